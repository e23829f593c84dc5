<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>RippleTankView</name>
    <message>
        <source>The microphone is stuck here!</source>
        <translation>Микрофон здесь застрял!</translation>
    </message>
    <message>
        <source>trough</source>
        <translation>впадина</translation>
    </message>
    <message>
        <source>crest</source>
        <translation>гребень</translation>
    </message>
    <message>
        <source>loud line: waves add up</source>
        <translation>громкая линия: волны складываются</translation>
    </message>
    <message>
        <source>quiet line: waves cancel</source>
        <translation>тихая линия: волны гасят друг друга</translation>
    </message>
    <message>
        <source>one wavelength λ</source>
        <translation>одна длина волны λ</translation>
    </message>
    <message>
        <source>slow motion</source>
        <translation>замедленно</translation>
    </message>
</context>
<context>
    <name>WavesExhibit</name>
    <message>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <source>{value} × one wave</source>
        <translation>{value} × одна волна</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>тихо</translation>
    </message>
    <message>
        <source>loud</source>
        <translation>громко</translation>
    </message>
    <message>
        <source>Show the lines</source>
        <translation>Показать линии</translation>
    </message>
    <message>
        <source>What the microphone hears</source>
        <translation>Что слышит микрофон</translation>
    </message>
    <message>
        <source>wave from A</source>
        <translation>волна от A</translation>
    </message>
    <message>
        <source>wave from B</source>
        <translation>волна от B</translation>
    </message>
    <message>
        <source>together</source>
        <translation>вместе</translation>
    </message>
    <message>
        <source>Challenge {number} of {total}</source>
        <translation>Задание {number} из {total}</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Отлично!</translation>
    </message>
    <message>
        <source>Find a quiet spot: move the microphone to where the water stays still.</source>
        <translation>Найди тихое место: передвинь микрофон туда, где вода стоит на месте.</translation>
    </message>
    <message>
        <source>Find a loud spot: move the microphone to where the waves are highest.</source>
        <translation>Найди громкое место: передвинь микрофон туда, где волны выше всего.</translation>
    </message>
    <message>
        <source>The microphone is stuck! Make it quiet: change the frequency or move A and B.</source>
        <translation>Микрофон застрял! Сделай, чтобы стало тихо: измени частоту или передвинь A и B.</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Частота</translation>
    </message>
    <message>
        <source>Hz</source>
        <translation>Гц</translation>
    </message>
    <message>
        <source>Distance from A to B</source>
        <translation>Расстояние от A до B</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>см</translation>
    </message>
    <message>
        <source>Wavelength: λ = speed ÷ frequency = {speed} ÷ {frequency} = {wavelength}</source>
        <translation>Длина волны: λ = скорость ÷ частота = {speed} ÷ {frequency} = {wavelength}</translation>
    </message>
    <message>
        <source>cm/s</source>
        <translation>см/с</translation>
    </message>
    <message>
        <source>Quiet lines between A and B: {count}, about 2 × distance ÷ λ = {estimate}</source>
        <translation>Тихих линий между A и B: {count}, примерно 2 × расстояние ÷ λ = {estimate}</translation>
    </message>
</context>
</TS>
