<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MotionWindExhibit</name>
    <message>
        <source>Make a storm</source>
        <translation>Make a storm</translation>
    </message>
    <message>
        <source>Wave your arms: your movement becomes wind. Charge the battery with the turbine!</source>
        <translation>Wave your arms: your movement becomes wind. Charge the battery with the turbine!</translation>
    </message>
    <message>
        <source>Wind twice as fast gives the turbine eight times the power: power grows with speed × speed × speed.</source>
        <translation>Wind twice as fast gives the turbine eight times the power: power grows with speed × speed × speed.</translation>
    </message>
    <message>
        <source>Hide the motion arrows</source>
        <translation>Hide the motion arrows</translation>
    </message>
    <message>
        <source>Show the motion arrows</source>
        <translation>Show the motion arrows</translation>
    </message>
    <message>
        <source>Optical flow</source>
        <translation>Optical flow</translation>
    </message>
    <message>
        <source>The computer compares each picture with the one before and finds how far every small patch has moved. The arrows show that motion.</source>
        <translation>The computer compares each picture with the one before and finds how far every small patch has moved. The arrows show that motion.</translation>
    </message>
    <message>
        <source>Turbine power: %1</source>
        <translation>Turbine power: %1</translation>
    </message>
</context>
</TS>
