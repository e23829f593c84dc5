<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>MotionPainterExhibit</name>
    <message>
        <source>Stay still…</source>
        <translation>Nekusties…</translation>
    </message>
    <message>
        <source>Paint with your body</source>
        <translation>Glezno ar visu ķermeni</translation>
    </message>
    <message>
        <source>Move in front of the camera: everything that moves leaves a trail of colour.</source>
        <translation>Kusties kameras priekšā: viss, kas kustas, atstāj krāsainu pēdu.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Krāsas</translation>
    </message>
    <message>
        <source>Rainbow</source>
        <translation>Varavīksne</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Uguns</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>Jūra</translation>
    </message>
    <message>
        <source>Wipe the canvas</source>
        <translation>Notīrīt audeklu</translation>
    </message>
    <message>
        <source>How does it know?</source>
        <translation>Kā dators to zina?</translation>
    </message>
    <message>
        <source>The computer remembers what the room looks like without you. Every pixel that differs from that memory, and has just changed, is you moving.</source>
        <translation>Dators atceras, kā telpa izskatās bez tevis. Katrs pikselis, kas atšķiras no šīs atmiņas un tikko mainījās, esi tu kustībā.</translation>
    </message>
    <message>
        <source>The room it remembers</source>
        <translation>Telpa, ko dators atceras</translation>
    </message>
    <message>
        <source>Different now: you</source>
        <translation>Tagad atšķiras: tu</translation>
    </message>
    <message>
        <source>Painted (goal %1)</source>
        <translation>Nokrāsots (mērķis %1)</translation>
    </message>
    <message>
        <source>Paintings finished: %1</source>
        <translation>Pabeigtas gleznas: %1</translation>
    </message>
    <message>
        <source>Stand still to wipe the canvas and start again.</source>
        <translation>Sastingsti, lai notīrītu audeklu un sāktu no jauna.</translation>
    </message>
</context>
</TS>
