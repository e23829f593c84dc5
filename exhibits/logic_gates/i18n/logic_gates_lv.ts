<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>AdderScene</name>
    <message>
        <source>Opened! You built the circuit every computer uses to add.</source>
        <translation>Atvērts! Tu uzbūvēji shēmu, ar kuru saskaita katrs dators.</translation>
    </message>
    <message>
        <source>Build a half adder: it must add A + B right for all four inputs to open the container.</source>
        <translation>Uzbūvē pussummatoru: tam jāsaskaita A + B pareizi visos četros gadījumos, tad konteiners atvērsies.</translation>
    </message>
    <message>
        <source>SUM</source>
        <translation>SUMMA</translation>
    </message>
    <message>
        <source>CARRY</source>
        <translation>PĀRNESUMS</translation>
    </message>
    <message>
        <source>Testing {a} + {b}…</source>
        <translation>Pārbauda {a} + {b}…</translation>
    </message>
    <message>
        <source>Put a gate into both slots first.</source>
        <translation>Vispirms ieliec vārtus abās ligzdās.</translation>
    </message>
    <message>
        <source>A loop! A gate listens to its own output. Tap the ↺ pin to rewire it.</source>
        <translation>Cilpa! Vārti klausās paši savā izejā. Pieskaries ↺ kontaktam, lai pārslēgtu vadu.</translation>
    </message>
    <message>
        <source>Open! XOR makes the SUM, AND makes the CARRY.</source>
        <translation>Atvērts! XOR dod SUMMU, AND dod PĀRNESUMU.</translation>
    </message>
    <message>
        <source>{a} + {b} = {total}, in binary {carry}{sum}: SUM must be {sum}, CARRY {carry}.</source>
        <translation>{a} + {b} = {total}, binārajā sistēmā {carry}{sum}: SUMMAI jābūt {sum}, PĀRNESUMAM {carry}.</translation>
    </message>
    <message>
        <source>Drag gates into both slots, then try the lock.</source>
        <translation>Ievelc vārtus abās ligzdās un tad izmēģini slēdzeni.</translation>
    </message>
    <message>
        <source>Try the lock</source>
        <translation>Izmēģini slēdzeni</translation>
    </message>
    <message>
        <source>{a} + {b} = {total}, in binary {carry}{sum}: CARRY {carry}, SUM {sum}</source>
        <translation>{a} + {b} = {total}, binārajā sistēmā {carry}{sum}: PĀRNESUMS {carry}, SUMMA {sum}</translation>
    </message>
    <message>
        <source>put a gate here</source>
        <translation>ieliec šeit vārtus</translation>
    </message>
    <message>
        <source>Drag a gate into a slot, or tap a gate and then a slot. Tap a pin to change its wire.</source>
        <translation>Ievelc vārtus ligzdā vai pieskaries vārtiem un tad ligzdai. Pieskaries kontaktam, lai mainītu vadu.</translation>
    </message>
</context>
<context>
    <name>BinaryScene</name>
    <message>
        <source>Well done! {number} in binary is {bits}.</source>
        <translation>Lieliski! {number} binārajā sistēmā ir {bits}.</translation>
    </message>
    <message>
        <source>You count like a computer! Now try level 2: logic gates.</source>
        <translation>Tu skaiti kā dators! Tagad izmēģini 2. līmeni: loģiskos vārtus.</translation>
    </message>
    <message>
        <source>Light the lamps to show {number}.</source>
        <translation>Iededz spuldzītes tā, lai sanāktu {number}.</translation>
    </message>
    <message>
        <source>Each lamp is worth twice the lamp on its right. Add up the lit ones!</source>
        <translation>Katra spuldzīte ir divreiz vērtīgāka par kaimiņieni pa labi. Saskaiti degošās!</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binārais</translation>
    </message>
    <message>
        <source>decimal</source>
        <translation>decimālais</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>mērķis</translation>
    </message>
    <message>
        <source>All lamps off = 0</source>
        <translation>Neviena spuldzīte nedeg = 0</translation>
    </message>
</context>
<context>
    <name>GatesScene</name>
    <message>
        <source>All four lamps are lit! Now the opposite…</source>
        <translation>Visas četras spuldzītes deg! Tagad otrādi…</translation>
    </message>
    <message>
        <source>You know the gates! Now try level 3: build an adder.</source>
        <translation>Tu pazīsti vārtus! Tagad izmēģini 3. līmeni: uzbūvē saskaitītāju.</translation>
    </message>
    <message>
        <source>Switch the inputs so that all four lamps light up.</source>
        <translation>Pārslēdz ieejas tā, lai iedegtos visas četras spuldzītes.</translation>
    </message>
    <message>
        <source>Now make all four lamps go dark.</source>
        <translation>Tagad panāc, lai visas četras spuldzītes nodzistu.</translation>
    </message>
    <message>
        <source>AND gate</source>
        <translation>UN vārti (AND)</translation>
    </message>
    <message>
        <source>OR gate</source>
        <translation>VAI vārti (OR)</translation>
    </message>
    <message>
        <source>NOT gate</source>
        <translation>NE vārti (NOT)</translation>
    </message>
    <message>
        <source>XOR gate</source>
        <translation>Izslēdzošais VAI (XOR)</translation>
    </message>
    <message>
        <source>1 only if both inputs are 1</source>
        <translation>1 tikai tad, ja abas ieejas ir 1</translation>
    </message>
    <message>
        <source>1 if at least one input is 1</source>
        <translation>1, ja vismaz viena ieeja ir 1</translation>
    </message>
    <message>
        <source>turns 1 into 0 and 0 into 1</source>
        <translation>pārvērš 1 par 0 un 0 par 1</translation>
    </message>
    <message>
        <source>1 if the inputs are different</source>
        <translation>1, ja ieejas ir atšķirīgas</translation>
    </message>
    <message>
        <source>out</source>
        <translation>izeja</translation>
    </message>
</context>
<context>
    <name>LogicGatesExhibit</name>
    <message>
        <source>Play again</source>
        <translation>Spēlēt vēlreiz</translation>
    </message>
    <message>
        <source>Next level</source>
        <translation>Nākamais līmenis</translation>
    </message>
    <message>
        <source>1 · Binary</source>
        <translation>1 · Bināri</translation>
    </message>
    <message>
        <source>2 · Gates</source>
        <translation>2 · Vārti</translation>
    </message>
    <message>
        <source>3 · Adder</source>
        <translation>3 · Saskaitītājs</translation>
    </message>
</context>
</TS>
