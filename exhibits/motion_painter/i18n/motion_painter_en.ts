<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MotionPainterExhibit</name>
    <message>
        <source>Stay still…</source>
        <translation>Stay still…</translation>
    </message>
    <message>
        <source>Paint with your body</source>
        <translation>Paint with your body</translation>
    </message>
    <message>
        <source>Move in front of the camera: everything that moves leaves a trail of colour.</source>
        <translation>Move in front of the camera: everything that moves leaves a trail of colour.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Rainbow</source>
        <translation>Rainbow</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Fire</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>Sea</translation>
    </message>
    <message>
        <source>Wipe the canvas</source>
        <translation>Wipe the canvas</translation>
    </message>
    <message>
        <source>How does it know?</source>
        <translation>How does it know?</translation>
    </message>
    <message>
        <source>The computer remembers what the room looks like without you. Every pixel that differs from that memory, and has just changed, is you moving.</source>
        <translation>The computer remembers what the room looks like without you. Every pixel that differs from that memory, and has just changed, is you moving.</translation>
    </message>
    <message>
        <source>The room it remembers</source>
        <translation>The room it remembers</translation>
    </message>
    <message>
        <source>Different now: you</source>
        <translation>Different now: you</translation>
    </message>
    <message>
        <source>Painted (goal %1)</source>
        <translation>Painted (goal %1)</translation>
    </message>
    <message>
        <source>Paintings finished: %1</source>
        <translation>Paintings finished: %1</translation>
    </message>
    <message>
        <source>Stand still to wipe the canvas and start again.</source>
        <translation>Stand still to wipe the canvas and start again.</translation>
    </message>
</context>
</TS>
