<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>EnergyPlot</name>
    <message>
        <source>Motion (kinetic)</source>
        <translation>Движения (кинетическая)</translation>
    </message>
    <message>
        <source>Height (potential)</source>
        <translation>Высоты (потенциальная)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Полная</translation>
    </message>
    <message>
        <source>time, s</source>
        <translation>время, с</translation>
    </message>
    <message>
        <source>energy, J</source>
        <translation>энергия, Дж</translation>
    </message>
    <message>
        <source>Drag the ball and let go: its energy is drawn here as it swings.</source>
        <translation>Отведи шарик и отпусти: здесь будет видна его энергия, пока он качается.</translation>
    </message>
</context>
<context>
    <name>PendulumExhibit</name>
    <message>
        <source>Earth</source>
        <extracomment>How long a solved challenge stays on screen before the next one appears.</extracomment>
        <translation>Земля</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>Луна</translation>
    </message>
    <message>
        <source>Mars</source>
        <translation>Марс</translation>
    </message>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>All challenges solved! Keep experimenting.</source>
        <translation>Все задания решены! Экспериментируй дальше.</translation>
    </message>
    <message>
        <source>On Earth: make one full swing, there and back, take {seconds}.</source>
        <translation>На Земле: сделай так, чтобы одно полное качание туда и обратно длилось {seconds}.</translation>
    </message>
    <message>
        <source>Fly to the Moon: make one full swing take {seconds}.</source>
        <translation>Летим на Луну: сделай так, чтобы одно полное качание длилось {seconds}.</translation>
    </message>
    <message>
        <source>Now on Mars: make one full swing take {seconds}.</source>
        <translation>Теперь на Марсе: сделай так, чтобы одно полное качание длилось {seconds}.</translation>
    </message>
    <message>
        <source>Back on Earth: a quick swing of only {seconds}.</source>
        <translation>Снова на Земле: быстрое качание – всего {seconds}.</translation>
    </message>
    <message>
        <source>Make one full swing take {seconds}.</source>
        <translation>Сделай так, чтобы одно полное качание длилось {seconds}.</translation>
    </message>
    <message>
        <source>Drag the ball to the side and let go.</source>
        <translation>Отведи шарик в сторону и отпусти.</translation>
    </message>
    <message>
        <source>Now let go!</source>
        <translation>Теперь отпусти!</translation>
    </message>
    <message>
        <source>Timing one full swing…</source>
        <translation>Измеряю одно полное качание…</translation>
    </message>
    <message>
        <source>One full swing: {period}.</source>
        <translation>Одно полное качание: {period}.</translation>
    </message>
    <message>
        <source>Solved! One swing took {period}. Well done!</source>
        <translation>Решено! Качание длилось {period}. Молодец!</translation>
    </message>
    <message>
        <source>{period}: too slow. Make the pendulum shorter.</source>
        <translation>{period}: слишком медленно. Сделай маятник короче.</translation>
    </message>
    <message>
        <source>{period}: too fast. Make the pendulum longer.</source>
        <translation>{period}: слишком быстро. Сделай маятник длиннее.</translation>
    </message>
    <message>
        <source>{period}: the length is right, but wide swings are slower. Let go lower.</source>
        <translation>{period}: длина верная, но широкие качания медленнее. Отпусти пониже.</translation>
    </message>
    <message>
        <source>First choose below: {world}.</source>
        <translation>Сначала выбери внизу: {world}.</translation>
    </message>
    <message>
        <source>Challenge {number} of {total}</source>
        <translation>Задание {number} из {total}</translation>
    </message>
    <message>
        <source>Free play</source>
        <translation>Свободная игра</translation>
    </message>
    <message>
        <source>Measured swing</source>
        <translation>Измеренное качание</translation>
    </message>
    <message>
        <source>Formula 2π√(L/g)</source>
        <translation>Формула 2π√(L/g)</translation>
    </message>
    <message>
        <source>The formula is exact only for small swings; wide swings take longer.</source>
        <translation>Формула точна только для малых качаний; широкие качания длятся дольше.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <source>Gravity: {value}</source>
        <translation>Гравитация: {value}</translation>
    </message>
    <message>
        <source>m/s²</source>
        <translation>м/с²</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Трение</translation>
    </message>
    <message>
        <source>goal {seconds}</source>
        <translation>цель {seconds}</translation>
    </message>
    <message>
        <source>faster</source>
        <translation>быстрее</translation>
    </message>
    <message>
        <source>slower</source>
        <translation>медленнее</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>слабое</translation>
    </message>
    <message>
        <source>some</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>сильное</translation>
    </message>
</context>
<context>
    <name>PendulumScene</name>
    <message>
        <source>m</source>
        <extracomment>Room above the pivot, as a share of the longest rod, so a bob lifted above the pivot stays on screen.</extracomment>
        <translation>м</translation>
    </message>
    <message>
        <source>h = {height}</source>
        <translation>h = {height}</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Движение</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Высота</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>J</source>
        <translation>Дж</translation>
    </message>
    <message>
        <source>heat</source>
        <translation>тепло</translation>
    </message>
</context>
</TS>