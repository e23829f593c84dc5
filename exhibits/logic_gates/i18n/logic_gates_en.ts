<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdderScene</name>
    <message>
        <source>Opened! You built the circuit every computer uses to add.</source>
        <translation>Opened! You built the circuit every computer uses to add.</translation>
    </message>
    <message>
        <source>Build a half adder: it must add A + B right for all four inputs to open the container.</source>
        <translation>Build a half adder: it must add A + B right for all four inputs to open the container.</translation>
    </message>
    <message>
        <source>SUM</source>
        <translation>SUM</translation>
    </message>
    <message>
        <source>CARRY</source>
        <translation>CARRY</translation>
    </message>
    <message>
        <source>Testing {a} + {b}…</source>
        <translation>Testing {a} + {b}…</translation>
    </message>
    <message>
        <source>Put a gate into both slots first.</source>
        <translation>Put a gate into both slots first.</translation>
    </message>
    <message>
        <source>A loop! A gate listens to its own output. Tap the ↺ pin to rewire it.</source>
        <translation>A loop! A gate listens to its own output. Tap the ↺ pin to rewire it.</translation>
    </message>
    <message>
        <source>Open! XOR makes the SUM, AND makes the CARRY.</source>
        <translation>Open! XOR makes the SUM, AND makes the CARRY.</translation>
    </message>
    <message>
        <source>{a} + {b} = {total}, in binary {carry}{sum}: SUM must be {sum}, CARRY {carry}.</source>
        <translation>{a} + {b} = {total}, in binary {carry}{sum}: SUM must be {sum}, CARRY {carry}.</translation>
    </message>
    <message>
        <source>Drag gates into both slots, then try the lock.</source>
        <translation>Drag gates into both slots, then try the lock.</translation>
    </message>
    <message>
        <source>Try the lock</source>
        <translation>Try the lock</translation>
    </message>
    <message>
        <source>{a} + {b} = {total}, in binary {carry}{sum}: CARRY {carry}, SUM {sum}</source>
        <translation>{a} + {b} = {total}, in binary {carry}{sum}: CARRY {carry}, SUM {sum}</translation>
    </message>
    <message>
        <source>put a gate here</source>
        <translation>put a gate here</translation>
    </message>
    <message>
        <source>Drag a gate into a slot, or tap a gate and then a slot. Tap a pin to change its wire.</source>
        <translation>Drag a gate into a slot, or tap a gate and then a slot. Tap a pin to change its wire.</translation>
    </message>
</context>
<context>
    <name>BinaryScene</name>
    <message>
        <source>Well done! {number} in binary is {bits}.</source>
        <translation>Well done! {number} in binary is {bits}.</translation>
    </message>
    <message>
        <source>You count like a computer! Now try level 2: logic gates.</source>
        <translation>You count like a computer! Now try level 2: logic gates.</translation>
    </message>
    <message>
        <source>Light the lamps to show {number}.</source>
        <translation>Light the lamps to show {number}.</translation>
    </message>
    <message>
        <source>Each lamp is worth twice the lamp on its right. Add up the lit ones!</source>
        <translation>Each lamp is worth twice the lamp on its right. Add up the lit ones!</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binary</translation>
    </message>
    <message>
        <source>decimal</source>
        <translation>decimal</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>All lamps off = 0</source>
        <translation>All lamps off = 0</translation>
    </message>
</context>
<context>
    <name>GatesScene</name>
    <message>
        <source>All four lamps are lit! Now the opposite…</source>
        <translation>All four lamps are lit! Now the opposite…</translation>
    </message>
    <message>
        <source>You know the gates! Now try level 3: build an adder.</source>
        <translation>You know the gates! Now try level 3: build an adder.</translation>
    </message>
    <message>
        <source>Switch the inputs so that all four lamps light up.</source>
        <translation>Switch the inputs so that all four lamps light up.</translation>
    </message>
    <message>
        <source>Now make all four lamps go dark.</source>
        <translation>Now make all four lamps go dark.</translation>
    </message>
    <message>
        <source>AND gate</source>
        <translation>AND gate</translation>
    </message>
    <message>
        <source>OR gate</source>
        <translation>OR gate</translation>
    </message>
    <message>
        <source>NOT gate</source>
        <translation>NOT gate</translation>
    </message>
    <message>
        <source>XOR gate</source>
        <translation>XOR gate</translation>
    </message>
    <message>
        <source>1 only if both inputs are 1</source>
        <translation>1 only if both inputs are 1</translation>
    </message>
    <message>
        <source>1 if at least one input is 1</source>
        <translation>1 if at least one input is 1</translation>
    </message>
    <message>
        <source>turns 1 into 0 and 0 into 1</source>
        <translation>turns 1 into 0 and 0 into 1</translation>
    </message>
    <message>
        <source>1 if the inputs are different</source>
        <translation>1 if the inputs are different</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
</context>
<context>
    <name>LogicGatesExhibit</name>
    <message>
        <source>Play again</source>
        <translation>Play again</translation>
    </message>
    <message>
        <source>Next level</source>
        <translation>Next level</translation>
    </message>
    <message>
        <source>1 · Binary</source>
        <translation>1 · Binary</translation>
    </message>
    <message>
        <source>2 · Gates</source>
        <translation>2 · Gates</translation>
    </message>
    <message>
        <source>3 · Adder</source>
        <translation>3 · Adder</translation>
    </message>
</context>
</TS>
