<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ComputerVisionExhibit</name>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Контуры</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Размытие</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Пиксели</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Движение</translation>
    </message>
    <message>
        <source>To a computer a picture is a grid of pixels, and each pixel is three numbers: red, green and blue.</source>
        <translation>Для компьютера картинка – это сетка пикселей, а каждый пиксель – три числа: красный, зелёный и синий.</translation>
    </message>
    <message>
        <source>The computer marks where brightness changes sharply: those lines are the outlines of things.</source>
        <translation>Компьютер отмечает места, где яркость резко меняется: эти линии – контуры предметов.</translation>
    </message>
    <message>
        <source>Each pixel is mixed with its neighbours, so small details disappear and big shapes stay.</source>
        <translation>Каждый пиксель смешивается с соседями, поэтому мелкие детали исчезают, а крупные формы остаются.</translation>
    </message>
    <message>
        <source>Every pixel brighter than a chosen level turns yellow, all the others dark.</source>
        <translation>Каждый пиксель ярче выбранного уровня становится жёлтым, все остальные – тёмными.</translation>
    </message>
    <message>
        <source>A colour picture is really three pictures: how much red, green and blue light each pixel has.</source>
        <translation>Цветная картинка – это на самом деле три картинки: сколько красного, зелёного и синего света в каждом пикселе.</translation>
    </message>
    <message>
        <source>With fewer, bigger pixels the computer keeps less information, and the picture gets blocky.</source>
        <translation>Когда пикселей меньше и они крупнее, компьютер хранит меньше информации, и картинка распадается на квадратики.</translation>
    </message>
    <message>
        <source>Each picture is compared with the one before: the places that changed glow, hottest where you moved most.</source>
        <translation>Каждую картинку сравнивают с предыдущей: изменившиеся места светятся, ярче всего там, где ты двигался больше всего.</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Чувствительность</translation>
    </message>
    <message>
        <source>Blur strength</source>
        <translation>Сила размытия</translation>
    </message>
    <message>
        <source>Brightness level</source>
        <translation>Уровень яркости</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Размер пикселя</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Картинка</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <source>Filters tried: %1 of %2</source>
        <translation>Опробовано фильтров: %1 из %2</translation>
    </message>
    <message>
        <source>A computer gets only numbers: red, green and blue for each pixel in the yellow square.</source>
        <translation>Компьютер получает только числа: красный, зелёный и синий для каждого пикселя в жёлтом квадрате.</translation>
    </message>
    <message>
        <source>Goal: look at yourself through every filter.</source>
        <translation>Цель: посмотри на себя через каждый фильтр.</translation>
    </message>
    <message>
        <source>You have seen them all! Now move the slider: what changes?</source>
        <translation>Ты увидел все! Теперь подвигай ползунок: что меняется?</translation>
    </message>
</context>
</TS>
