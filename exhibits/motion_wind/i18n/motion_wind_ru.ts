<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>MotionWindExhibit</name>
    <message>
        <source>Make a storm</source>
        <translation>Подними бурю</translation>
    </message>
    <message>
        <source>Wave your arms: your movement becomes wind. Charge the battery with the turbine!</source>
        <translation>Маши руками: твоё движение становится ветром. Заряди аккумулятор ветряком!</translation>
    </message>
    <message>
        <source>Wind twice as fast gives the turbine eight times the power: power grows with speed × speed × speed.</source>
        <translation>Ветер вдвое быстрее даёт ветряку в восемь раз больше мощности: мощность растёт как скорость × скорость × скорость.</translation>
    </message>
    <message>
        <source>Hide the motion arrows</source>
        <translation>Скрыть стрелки движения</translation>
    </message>
    <message>
        <source>Show the motion arrows</source>
        <translation>Показать стрелки движения</translation>
    </message>
    <message>
        <source>Optical flow</source>
        <translation>Оптический поток</translation>
    </message>
    <message>
        <source>The computer compares each picture with the one before and finds how far every small patch has moved. The arrows show that motion.</source>
        <translation>Компьютер сравнивает каждую картинку с предыдущей и находит, насколько сдвинулся каждый маленький участок. Стрелки показывают это движение.</translation>
    </message>
    <message>
        <source>Turbine power: %1</source>
        <translation>Мощность ветряка: %1</translation>
    </message>
</context>
</TS>
