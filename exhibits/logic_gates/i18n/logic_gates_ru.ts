<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AdderScene</name>
    <message>
        <source>Opened! You built the circuit every computer uses to add.</source>
        <translation>Открыто! Это та самая схема, которой складывает любой компьютер.</translation>
    </message>
    <message>
        <source>Build a half adder: it must add A + B right for all four inputs to open the container.</source>
        <translation>Собери полусумматор: он должен верно сложить A + B во всех четырёх случаях, и контейнер откроется.</translation>
    </message>
    <message>
        <source>SUM</source>
        <translation>СУММА</translation>
    </message>
    <message>
        <source>CARRY</source>
        <translation>ПЕРЕНОС</translation>
    </message>
    <message>
        <source>Testing {a} + {b}…</source>
        <translation>Проверяем {a} + {b}…</translation>
    </message>
    <message>
        <source>Put a gate into both slots first.</source>
        <translation>Сначала поставь элементы в оба гнезда.</translation>
    </message>
    <message>
        <source>A loop! A gate listens to its own output. Tap the ↺ pin to rewire it.</source>
        <translation>Петля! Элемент слушает собственный выход. Коснись контакта ↺, чтобы переключить провод.</translation>
    </message>
    <message>
        <source>Open! XOR makes the SUM, AND makes the CARRY.</source>
        <translation>Открыто! XOR даёт СУММУ, AND даёт ПЕРЕНОС.</translation>
    </message>
    <message>
        <source>{a} + {b} = {total}, in binary {carry}{sum}: SUM must be {sum}, CARRY {carry}.</source>
        <translation>{a} + {b} = {total}, в двоичной системе {carry}{sum}: СУММА должна быть {sum}, ПЕРЕНОС {carry}.</translation>
    </message>
    <message>
        <source>Drag gates into both slots, then try the lock.</source>
        <translation>Перетащи элементы в оба гнезда и проверь замок.</translation>
    </message>
    <message>
        <source>Try the lock</source>
        <translation>Проверить замок</translation>
    </message>
    <message>
        <source>{a} + {b} = {total}, in binary {carry}{sum}: CARRY {carry}, SUM {sum}</source>
        <translation>{a} + {b} = {total}, в двоичной системе {carry}{sum}: ПЕРЕНОС {carry}, СУММА {sum}</translation>
    </message>
    <message>
        <source>put a gate here</source>
        <translation>поставь сюда элемент</translation>
    </message>
    <message>
        <source>Drag a gate into a slot, or tap a gate and then a slot. Tap a pin to change its wire.</source>
        <translation>Перетащи элемент в гнездо или коснись элемента, а потом гнезда. Коснись контакта, чтобы сменить провод.</translation>
    </message>
</context>
<context>
    <name>BinaryScene</name>
    <message>
        <source>Well done! {number} in binary is {bits}.</source>
        <translation>Отлично! {number} в двоичной системе — это {bits}.</translation>
    </message>
    <message>
        <source>You count like a computer! Now try level 2: logic gates.</source>
        <translation>Ты считаешь как компьютер! Теперь попробуй уровень 2: логические элементы.</translation>
    </message>
    <message>
        <source>Light the lamps to show {number}.</source>
        <translation>Зажги лампочки так, чтобы получилось {number}.</translation>
    </message>
    <message>
        <source>Each lamp is worth twice the lamp on its right. Add up the lit ones!</source>
        <translation>Каждая лампочка стоит вдвое больше соседки справа. Сложи горящие!</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>двоичное</translation>
    </message>
    <message>
        <source>decimal</source>
        <translation>десятичное</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>All lamps off = 0</source>
        <translation>Все лампочки погашены = 0</translation>
    </message>
</context>
<context>
    <name>GatesScene</name>
    <message>
        <source>All four lamps are lit! Now the opposite…</source>
        <translation>Все четыре лампочки горят! А теперь наоборот…</translation>
    </message>
    <message>
        <source>You know the gates! Now try level 3: build an adder.</source>
        <translation>Ты знаешь элементы! Теперь попробуй уровень 3: собери сумматор.</translation>
    </message>
    <message>
        <source>Switch the inputs so that all four lamps light up.</source>
        <translation>Переключи входы так, чтобы загорелись все четыре лампочки.</translation>
    </message>
    <message>
        <source>Now make all four lamps go dark.</source>
        <translation>Теперь сделай так, чтобы все четыре лампочки погасли.</translation>
    </message>
    <message>
        <source>AND gate</source>
        <translation>Элемент И (AND)</translation>
    </message>
    <message>
        <source>OR gate</source>
        <translation>Элемент ИЛИ (OR)</translation>
    </message>
    <message>
        <source>NOT gate</source>
        <translation>Элемент НЕ (NOT)</translation>
    </message>
    <message>
        <source>XOR gate</source>
        <translation>Исключающее ИЛИ (XOR)</translation>
    </message>
    <message>
        <source>1 only if both inputs are 1</source>
        <translation>1, только если оба входа равны 1</translation>
    </message>
    <message>
        <source>1 if at least one input is 1</source>
        <translation>1, если хотя бы один вход равен 1</translation>
    </message>
    <message>
        <source>turns 1 into 0 and 0 into 1</source>
        <translation>превращает 1 в 0, а 0 в 1</translation>
    </message>
    <message>
        <source>1 if the inputs are different</source>
        <translation>1, если входы разные</translation>
    </message>
    <message>
        <source>out</source>
        <translation>выход</translation>
    </message>
</context>
<context>
    <name>LogicGatesExhibit</name>
    <message>
        <source>Play again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <source>Next level</source>
        <translation>Следующий уровень</translation>
    </message>
    <message>
        <source>1 · Binary</source>
        <translation>1 · Двоичные</translation>
    </message>
    <message>
        <source>2 · Gates</source>
        <translation>2 · Элементы</translation>
    </message>
    <message>
        <source>3 · Adder</source>
        <translation>3 · Сумматор</translation>
    </message>
</context>
</TS>
