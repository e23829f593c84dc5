<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>WindFarmExhibit</name>
    <message>
        <source>MW</source>
        <extracomment>The day runs 24 hours in 12 seconds: long enough to watch the battery, short enough to wait.</extracomment>
        <translation>МВт</translation>
    </message>
    <message>
        <source>m/s</source>
        <translation>м/с</translation>
    </message>
    <message>
        <source>from W</source>
        <translation>с З</translation>
    </message>
    <message>
        <source>from SW</source>
        <translation>с ЮЗ</translation>
    </message>
    <message>
        <source>from NW</source>
        <translation>с СЗ</translation>
    </message>
    <message>
        <source>Calm day</source>
        <translation>Штиль</translation>
    </message>
    <message>
        <source>Windy day</source>
        <translation>Ветрено</translation>
    </message>
    <message>
        <source>Storm</source>
        <translation>Шторм</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>МВт·ч</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Аккумулятор</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Run the day</source>
        <translation>Запустить день</translation>
    </message>
    <message>
        <source>Ventspils</source>
        <translation>Вентспилс</translation>
    </message>
    <message>
        <source>N</source>
        <translation>С</translation>
    </message>
    <message>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <source>Wind farm</source>
        <translation>Ветропарк</translation>
    </message>
    <message>
        <source>Town uses</source>
        <translation>Город потребляет</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Нехватка</translation>
    </message>
    <message>
        <source>Farm: {power}</source>
        <translation>Парк: {power}</translation>
    </message>
    <message numerus="yes">
        <source>%n turbine(s) · lost in wakes: {loss}</source>
        <translation>
            <numerusform>%n турбина · потери в следах: {loss}</numerusform>
            <numerusform>%n турбины · потери в следах: {loss}</numerusform>
            <numerusform>%n турбин · потери в следах: {loss}</numerusform>
        </translation>
    </message>
    <message>
        <source>No rotor can take more than 16/27 ≈ 59 % of the wind&apos;s power (Betz limit). This one takes {cp} at most.</source>
        <translation>Ни один ротор не возьмёт больше 16/27 ≈ 59 % мощности ветра (предел Беца). Этот берёт не больше {cp}.</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>Ветер</translation>
    </message>
    <message>
        <source>Below {speed} the blades stand still.</source>
        <translation>При ветре слабее {speed} лопасти стоят.</translation>
    </message>
    <message>
        <source>Storm! From {speed} the turbines stop to protect themselves.</source>
        <translation>Шторм! От {speed} турбины останавливаются, чтобы не сломаться.</translation>
    </message>
    <message>
        <source>Above {speed} the blades turn out of the wind: full power, no more.</source>
        <translation>Выше {speed} лопасти поворачиваются и пропускают часть ветра: полная мощность, не больше.</translation>
    </message>
    <message>
        <source>One turbine: P = ½ · ρ · A · v³ · Cp = ½ · {rho} · {area} · ({speed})³ · {cp} = {power}</source>
        <translation>Одна турбина: P = ½ · ρ · A · v³ · Cp = ½ · {rho} · {area} · ({speed})³ · {cp} = {power}</translation>
    </message>
    <message>
        <source>kg/m³</source>
        <translation>кг/м³</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>м²</translation>
    </message>
    <message>
        <source>Goal 1 of 2</source>
        <translation>Задание 1 из 2</translation>
    </message>
    <message>
        <source>Place {count} turbines so that together they make at least {share} of what {count} lone turbines would, in a {speed} wind.</source>
        <translation>Поставь {count} турбин так, чтобы при ветре {speed} вместе они давали не меньше {share} того, что дали бы {count} отдельных турбин.</translation>
    </message>
    <message>
        <source>Goal 2 of 2</source>
        <translation>Задание 2 из 2</translation>
    </message>
    <message>
        <source>Keep the lights of Ventspils on for a whole day: run a day without a shortfall.</source>
        <translation>Пусть в Вентспилсе весь день горит свет: проведи день без нехватки электричества.</translation>
    </message>
    <message>
        <source>Free play</source>
        <translation>Свободная игра</translation>
    </message>
    <message>
        <source>Both goals done! Try a storm, a calm day or fewer turbines.</source>
        <translation>Оба задания выполнены! Попробуй шторм, штиль или меньше турбин.</translation>
    </message>
    <message>
        <source>Tap a ring on the sea to build a turbine there; tap it again to take it away.</source>
        <translation>Коснись кружка на море, чтобы построить там турбину; коснись ещё раз, чтобы убрать её.</translation>
    </message>
    <message>
        <source>In a {speed} wind this farm makes {share} of what lone turbines would.</source>
        <translation>При ветре {speed} этот парк даёт {share} того, что дали бы отдельные турбины.</translation>
    </message>
    <message>
        <source>Turbine removed.</source>
        <translation>Турбина убрана.</translation>
    </message>
    <message numerus="yes">
        <source>The farm is full: %n turbines. Tap one to take it away.</source>
        <translation>
            <numerusform>Парк заполнен: %n турбина. Коснись одной, чтобы убрать её.</numerusform>
            <numerusform>Парк заполнен: %n турбины. Коснись одной, чтобы убрать её.</numerusform>
            <numerusform>Парк заполнен: %n турбин. Коснись одной, чтобы убрать её.</numerusform>
        </translation>
    </message>
    <message>
        <source>The wind turned: the wakes now fall on other turbines.</source>
        <translation>Ветер повернул: теперь следы падают на другие турбины.</translation>
    </message>
    <message>
        <source>Well done! Turbines side by side across the wind do not steal each other&apos;s wind.</source>
        <translation>Отлично! Турбины, стоящие рядом поперёк ветра, не отнимают ветер друг у друга.</translation>
    </message>
    <message>
        <source>Build some turbines first.</source>
        <translation>Сначала построй несколько турбин.</translation>
    </message>
    <message>
        <source>The day is running…</source>
        <translation>День идёт…</translation>
    </message>
    <message>
        <source>The lights stayed on all day!</source>
        <translation>Свет горел весь день!</translation>
    </message>
    <message>
        <source>The town ran short. More turbines, a bigger battery or a better layout?</source>
        <translation>Городу не хватило электричества. Больше турбин, аккумулятор побольше или расстановка получше?</translation>
    </message>
    <message>
        <source>On a calm day no wind farm is enough: the town needs other sources too.</source>
        <translation>В штиль никакого ветропарка не хватит: городу нужны и другие источники.</translation>
    </message>
    <message>
        <source>From {speed} the turbines stop: a storm leaves the town short.</source>
        <translation>От {speed} турбины останавливаются: в шторм городу не хватает электричества.</translation>
    </message>
    <message>
        <source>Choose a day and a battery, then run the day.</source>
        <translation>Выбери день и аккумулятор, затем запусти день.</translation>
    </message>
    <message>
        <source>Made {made} · shortfall {short} · battery {charge}</source>
        <translation>Выработано {made} · нехватка {short} · аккумулятор {charge}</translation>
    </message>
</context>
</TS>
