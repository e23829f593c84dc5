<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ChanceExhibit</name>
    <message>
        <source>Galton board</source>
        <extracomment>How far above and below the predicted average the running-average plot reaches, per mode.</extracomment>
        <translation>Доска Гальтона</translation>
    </message>
    <message>
        <source>One die</source>
        <translation>Один кубик</translation>
    </message>
    <message>
        <source>Two dice</source>
        <translation>Два кубика</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>что получилось</translation>
    </message>
    <message>
        <source>what chance predicts</source>
        <translation>что предсказывает вероятность</translation>
    </message>
    <message>
        <source>bell curve</source>
        <translation>колоколообразная кривая</translation>
    </message>
    <message>
        <source>your guess</source>
        <translation>твоя догадка</translation>
    </message>
    <message>
        <source>Drop {balls} balls through the pegs. Where do most of them land?</source>
        <translation>Брось {balls} шариков сквозь штырьки. Куда попадает больше всего?</translation>
    </message>
    <message>
        <source>Roll at least {rolls} times until the average stays within {tolerance} of {expected}.</source>
        <translation>Бросай не меньше {rolls} раз, пока среднее не будет отличаться от {expected} не больше чем на {tolerance}.</translation>
    </message>
    <message>
        <source>Which total of two dice comes up most often? Tap its bar to guess, then roll {rolls} times.</source>
        <translation>Какая сумма двух кубиков выпадает чаще всего? Нажми на её столбик, потом брось {rolls} раз.</translation>
    </message>
    <message>
        <source>Tap a number to drop that many balls.</source>
        <translation>Нажми на число, чтобы бросить столько шариков.</translation>
    </message>
    <message>
        <source>Balls so far: {count} of {goal}.</source>
        <translation>Шарики: {count} из {goal}.</translation>
    </message>
    <message>
        <source>A tilted board moves the pile to one side, and the curve with it.</source>
        <translation>Наклонённая доска сдвигает горку в сторону, а вместе с ней и кривую.</translation>
    </message>
    <message>
        <source>Most balls land near the middle: many more paths lead there than to the edges. The more balls, the closer the pile is to the bell curve.</source>
        <translation>Больше всего шариков попадает в середину: туда ведёт гораздо больше путей, чем к краям. Чем больше шариков, тем ближе горка к колоколообразной кривой.</translation>
    </message>
    <message>
        <source>Every face has the same chance. Tap a number to roll.</source>
        <translation>У каждой грани одинаковый шанс. Нажми на число, чтобы бросить.</translation>
    </message>
    <message>
        <source>Average so far: {mean}. Keep rolling!</source>
        <translation>Среднее пока: {mean}. Бросай ещё!</translation>
    </message>
    <message>
        <source>The average settled near {expected}: the more you roll, the closer it gets. This is the law of large numbers.</source>
        <translation>Среднее установилось около {expected}: чем больше бросков, тем оно ближе. Это закон больших чисел.</translation>
    </message>
    <message>
        <source>Tap the bar of the total you think will win.</source>
        <translation>Нажми на столбик суммы, которая, по-твоему, победит.</translation>
    </message>
    <message>
        <source>First tap a bar to guess, then roll.</source>
        <translation>Сначала нажми на столбик, чтобы угадать, потом бросай.</translation>
    </message>
    <message>
        <source>Your guess: {total}. Rolls since then: {done} of {needed}.</source>
        <translation>Твоя догадка: {total}. Бросков с тех пор: {done} из {needed}.</translation>
    </message>
    <message>
        <source>7 comes up most often: six pairs make 7 (1+6, 2+5, 3+4, 4+3, 5+2, 6+1), only one pair makes 2 or 12.</source>
        <translation>Чаще всего выпадает 7: её дают шесть пар (1+6, 2+5, 3+4, 4+3, 5+2, 6+1), а 2 или 12 – только одна пара.</translation>
    </message>
    <message>
        <source>Drop balls:</source>
        <translation>Бросить шарики:</translation>
    </message>
    <message>
        <source>Roll the dice:</source>
        <translation>Бросить кубики:</translation>
    </message>
    <message>
        <source>{mean} (chance: {expected})</source>
        <translation>{mean} (ожидается: {expected})</translation>
    </message>
    <message>
        <source>Average after each try</source>
        <translation>Среднее после каждой попытки</translation>
    </message>
    <message>
        <source>chance: {expected}</source>
        <translation>ожидается: {expected}</translation>
    </message>
    <message>
        <source>Chance to bounce right</source>
        <translation>Шанс отскочить вправо</translation>
    </message>
</context>
</TS>
