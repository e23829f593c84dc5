<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>MotionPainterExhibit</name>
    <message>
        <source>Stay still…</source>
        <translation>Замри…</translation>
    </message>
    <message>
        <source>Paint with your body</source>
        <translation>Рисуй всем телом</translation>
    </message>
    <message>
        <source>Move in front of the camera: everything that moves leaves a trail of colour.</source>
        <translation>Двигайся перед камерой: всё, что движется, оставляет цветной след.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <source>Rainbow</source>
        <translation>Радуга</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Огонь</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>Море</translation>
    </message>
    <message>
        <source>Wipe the canvas</source>
        <translation>Стереть рисунок</translation>
    </message>
    <message>
        <source>How does it know?</source>
        <translation>Как компьютер это узнаёт?</translation>
    </message>
    <message>
        <source>The computer remembers what the room looks like without you. Every pixel that differs from that memory, and has just changed, is you moving.</source>
        <translation>Компьютер помнит, как выглядит комната без тебя. Каждый пиксель, который отличается от этой памяти и только что изменился, – это ты в движении.</translation>
    </message>
    <message>
        <source>The room it remembers</source>
        <translation>Комната, которую он помнит</translation>
    </message>
    <message>
        <source>Different now: you</source>
        <translation>Сейчас иначе: это ты</translation>
    </message>
    <message>
        <source>Painted (goal %1)</source>
        <translation>Закрашено (цель %1)</translation>
    </message>
    <message>
        <source>Paintings finished: %1</source>
        <translation>Готово картин: %1</translation>
    </message>
    <message>
        <source>Stand still to wipe the canvas and start again.</source>
        <translation>Замри, чтобы стереть рисунок и начать заново.</translation>
    </message>
</context>
</TS>
