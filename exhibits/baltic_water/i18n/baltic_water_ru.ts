<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>BalticWaterExhibit</name>
    <message>
        <source>mixed down to {depth}</source>
        <extracomment>Model days per second on screen: a month a second, so oxygen is seen running out in a minute. The texts follow the months this often (the column repaints every frame).</extracomment>
        <translation>перемешано до {depth}</translation>
    </message>
    <message>
        <source>North Sea water</source>
        <translation>вода Северного моря</translation>
    </message>
    <message>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <source>kg/m³</source>
        <translation>кг/м³</translation>
    </message>
    <message>
        <source>g/kg</source>
        <translation>г/кг</translation>
    </message>
    <message>
        <source>mg/L</source>
        <translation>мг/л</translation>
    </message>
    <message>
        <source>Salt</source>
        <translation>Соль</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Плотность</translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation>Кислород</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>Темп.</translation>
    </message>
    <message>
        <source>Storm!</source>
        <translation>Шторм!</translation>
    </message>
    <message>
        <source>Let North Sea water in</source>
        <translation>Впустить воду Северного моря</translation>
    </message>
    <message>
        <source>depth, m</source>
        <translation>глубина, м</translation>
    </message>
    <message>
        <source>halocline</source>
        <translation>галоклин</translation>
    </message>
    <message>
        <source>no oxygen: hydrogen sulphide</source>
        <translation>нет кислорода: сероводород</translation>
    </message>
    <message>
        <source>surface</source>
        <translation>поверхность</translation>
    </message>
    <message>
        <source>sea floor, Gotland Deep</source>
        <translation>дно, Готландская впадина</translation>
    </message>
    <message>
        <source>Storm wind</source>
        <translation>Ветер шторма</translation>
    </message>
    <message>
        <source>m/s</source>
        <translation>м/с</translation>
    </message>
    <message>
        <source>Inflow: salt</source>
        <translation>Заток: солёность</translation>
    </message>
    <message>
        <source>Inflow: temperature</source>
        <translation>Заток: температура</translation>
    </message>
    <message>
        <source>This water: {rho} · at the bottom: {bottom}</source>
        <translation>Эта вода: {rho} · у дна: {bottom}</translation>
    </message>
    <message>
        <source>Density by UNESCO EOS-80. The simple formula ρ₀(1 − αΔT + βΔS) gives {linear}: off by up to {error} in this range.</source>
        <translation>Плотность по UNESCO EOS-80. Простая формула ρ₀(1 − αΔT + βΔS) даёт {linear}: в этом диапазоне она ошибается до {error}.</translation>
    </message>
    <message>
        <source>Goal 1 of 2</source>
        <translation>Задание 1 из 2</translation>
    </message>
    <message>
        <source>The sea floor has no oxygen. Can a storm stir oxygen down to it? Make a storm that mixes at least the top {depth}.</source>
        <translation>У дна нет кислорода. Может ли шторм донести его туда? Подними шторм, который перемешает хотя бы верхние {depth}.</translation>
    </message>
    <message>
        <source>Goal 2 of 2</source>
        <translation>Задание 2 из 2</translation>
    </message>
    <message>
        <source>Bring oxygen to the sea floor: let in North Sea water heavy enough to sink all the way down.</source>
        <translation>Доставь кислород ко дну: впусти воду Северного моря, достаточно тяжёлую, чтобы опуститься до самого дна.</translation>
    </message>
    <message>
        <source>Free play</source>
        <translation>Свободная игра</translation>
    </message>
    <message>
        <source>Both goals done! Watch the oxygen at the bottom, and try a warm inflow.</source>
        <translation>Оба задания выполнены! Следи за кислородом у дна и попробуй тёплый заток.</translation>
    </message>
    <message>
        <source>Touch the water to measure it at any depth. Choose what the colours show.</source>
        <translation>Коснись воды, чтобы измерить её на любой глубине. Выбери, что показывают цвета.</translation>
    </message>
    <message>
        <source>The storm mixed the water down to {depth}. Try a stronger wind.</source>
        <translation>Шторм перемешал воду до {depth}. Попробуй ветер сильнее.</translation>
    </message>
    <message>
        <source>The storm mixed the water down to {depth}, but the halocline at {halocline} stopped it: salty water below is too heavy to stir. The bottom got no oxygen.</source>
        <translation>Шторм перемешал воду до {depth}, но галоклин на глубине {halocline} остановил его: солёная вода под ним слишком тяжела, чтобы её перемешать. Дно кислорода не получило.</translation>
    </message>
    <message>
        <source>This water ({density}) is lighter than the deep water: it stopped at {depth}. Saltier or colder water is heavier.</source>
        <translation>Эта вода ({density}) легче глубинной: она остановилась на глубине {depth}. Более солёная или более холодная вода тяжелее.</translation>
    </message>
    <message>
        <source>It sank to the sea floor and brought oxygen! Now watch: decomposing dead plankton uses it up, month by month.</source>
        <translation>Она опустилась до дна и принесла кислород! Теперь смотри: разложение отмершего планктона расходует его месяц за месяцем.</translation>
    </message>
    <message numerus="yes">
        <source>After %n month(s) the bottom has no oxygen again. Big inflows come only every few years.</source>
        <translation>
            <numerusform>Через %n месяц у дна снова нет кислорода. Большие затоки бывают лишь раз в несколько лет.</numerusform>
            <numerusform>Через %n месяца у дна снова нет кислорода. Большие затоки бывают лишь раз в несколько лет.</numerusform>
            <numerusform>Через %n месяцев у дна снова нет кислорода. Большие затоки бывают лишь раз в несколько лет.</numerusform>
        </translation>
    </message>
    <message>
        <source>At {depth} deep</source>
        <translation>На глубине {depth}</translation>
    </message>
    <message>
        <source>none (H₂S)</source>
        <translation>нет (H₂S)</translation>
    </message>
    <message>
        <source>No salt-water inflow yet: the deep water is years old.</source>
        <translation>Затока солёной воды ещё не было: глубинной воде уже много лет.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) since the last inflow</source>
        <translation>
            <numerusform>%n месяц после последнего затока</numerusform>
            <numerusform>%n месяца после последнего затока</numerusform>
            <numerusform>%n месяцев после последнего затока</numerusform>
        </translation>
    </message>
</context>
</TS>
