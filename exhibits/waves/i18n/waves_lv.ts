<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>RippleTankView</name>
    <message>
        <source>The microphone is stuck here!</source>
        <translation>Mikrofons te ir iestrēdzis!</translation>
    </message>
    <message>
        <source>trough</source>
        <translation>ieplaka</translation>
    </message>
    <message>
        <source>crest</source>
        <translation>virsotne</translation>
    </message>
    <message>
        <source>loud line: waves add up</source>
        <translation>skaļā līnija: viļņi saskaitās</translation>
    </message>
    <message>
        <source>quiet line: waves cancel</source>
        <translation>klusā līnija: viļņi viens otru dzēš</translation>
    </message>
    <message>
        <source>one wavelength λ</source>
        <translation>viena viļņa garums λ</translation>
    </message>
    <message>
        <source>slow motion</source>
        <translation>palēnināti</translation>
    </message>
</context>
<context>
    <name>WavesExhibit</name>
    <message>
        <source>Microphone</source>
        <translation>Mikrofons</translation>
    </message>
    <message>
        <source>{value} × one wave</source>
        <translation>{value} × viens vilnis</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>klusi</translation>
    </message>
    <message>
        <source>loud</source>
        <translation>skaļi</translation>
    </message>
    <message>
        <source>Show the lines</source>
        <translation>Rādīt līnijas</translation>
    </message>
    <message>
        <source>What the microphone hears</source>
        <translation>Ko dzird mikrofons</translation>
    </message>
    <message>
        <source>wave from A</source>
        <translation>vilnis no A</translation>
    </message>
    <message>
        <source>wave from B</source>
        <translation>vilnis no B</translation>
    </message>
    <message>
        <source>together</source>
        <translation>kopā</translation>
    </message>
    <message>
        <source>Challenge {number} of {total}</source>
        <translation>Uzdevums {number} no {total}</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Lieliski!</translation>
    </message>
    <message>
        <source>Find a quiet spot: move the microphone to where the water stays still.</source>
        <translation>Atrodi klusu vietu: pārvieto mikrofonu tur, kur ūdens stāv mierā.</translation>
    </message>
    <message>
        <source>Find a loud spot: move the microphone to where the waves are highest.</source>
        <translation>Atrodi skaļu vietu: pārvieto mikrofonu tur, kur viļņi ir visaugstākie.</translation>
    </message>
    <message>
        <source>The microphone is stuck! Make it quiet: change the frequency or move A and B.</source>
        <translation>Mikrofons ir iestrēdzis! Padari to klusu: maini frekvenci vai pārvieto A un B.</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekvence</translation>
    </message>
    <message>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <source>Distance from A to B</source>
        <translation>Attālums no A līdz B</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>Wavelength: λ = speed ÷ frequency = {speed} ÷ {frequency} = {wavelength}</source>
        <translation>Viļņa garums: λ = ātrums ÷ frekvence = {speed} ÷ {frequency} = {wavelength}</translation>
    </message>
    <message>
        <source>cm/s</source>
        <translation>cm/s</translation>
    </message>
    <message>
        <source>Quiet lines between A and B: {count}, about 2 × distance ÷ λ = {estimate}</source>
        <translation>Klusās līnijas starp A un B: {count}, aptuveni 2 × attālums ÷ λ = {estimate}</translation>
    </message>
</context>
</TS>
