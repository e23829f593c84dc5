<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>RippleTankView</name>
    <message>
        <source>The microphone is stuck here!</source>
        <translation>The microphone is stuck here!</translation>
    </message>
    <message>
        <source>trough</source>
        <translation>trough</translation>
    </message>
    <message>
        <source>crest</source>
        <translation>crest</translation>
    </message>
    <message>
        <source>loud line: waves add up</source>
        <translation>loud line: waves add up</translation>
    </message>
    <message>
        <source>quiet line: waves cancel</source>
        <translation>quiet line: waves cancel</translation>
    </message>
    <message>
        <source>one wavelength λ</source>
        <translation>one wavelength λ</translation>
    </message>
    <message>
        <source>slow motion</source>
        <translation>slow motion</translation>
    </message>
</context>
<context>
    <name>WavesExhibit</name>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>{value} × one wave</source>
        <translation>{value} × one wave</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>quiet</translation>
    </message>
    <message>
        <source>loud</source>
        <translation>loud</translation>
    </message>
    <message>
        <source>Show the lines</source>
        <translation>Show the lines</translation>
    </message>
    <message>
        <source>What the microphone hears</source>
        <translation>What the microphone hears</translation>
    </message>
    <message>
        <source>wave from A</source>
        <translation>wave from A</translation>
    </message>
    <message>
        <source>wave from B</source>
        <translation>wave from B</translation>
    </message>
    <message>
        <source>together</source>
        <translation>together</translation>
    </message>
    <message>
        <source>Challenge {number} of {total}</source>
        <translation>Challenge {number} of {total}</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Well done!</translation>
    </message>
    <message>
        <source>Find a quiet spot: move the microphone to where the water stays still.</source>
        <translation>Find a quiet spot: move the microphone to where the water stays still.</translation>
    </message>
    <message>
        <source>Find a loud spot: move the microphone to where the waves are highest.</source>
        <translation>Find a loud spot: move the microphone to where the waves are highest.</translation>
    </message>
    <message>
        <source>The microphone is stuck! Make it quiet: change the frequency or move A and B.</source>
        <translation>The microphone is stuck! Make it quiet: change the frequency or move A and B.</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <source>Distance from A to B</source>
        <translation>Distance from A to B</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>Wavelength: λ = speed ÷ frequency = {speed} ÷ {frequency} = {wavelength}</source>
        <translation>Wavelength: λ = speed ÷ frequency = {speed} ÷ {frequency} = {wavelength}</translation>
    </message>
    <message>
        <source>cm/s</source>
        <translation>cm/s</translation>
    </message>
    <message>
        <source>Quiet lines between A and B: {count}, about 2 × distance ÷ λ = {estimate}</source>
        <translation>Quiet lines between A and B: {count}, about 2 × distance ÷ λ = {estimate}</translation>
    </message>
</context>
</TS>
