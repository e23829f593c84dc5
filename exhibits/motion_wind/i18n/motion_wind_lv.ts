<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>MotionWindExhibit</name>
    <message>
        <source>Make a storm</source>
        <translation>Sacel vētru</translation>
    </message>
    <message>
        <source>Wave your arms: your movement becomes wind. Charge the battery with the turbine!</source>
        <translation>Vicini rokas: tava kustība kļūst par vēju. Uzlādē akumulatoru ar vēja turbīnu!</translation>
    </message>
    <message>
        <source>Wind twice as fast gives the turbine eight times the power: power grows with speed × speed × speed.</source>
        <translation>Divreiz ātrāks vējš dod turbīnai astoņreiz lielāku jaudu: jauda aug kā ātrums × ātrums × ātrums.</translation>
    </message>
    <message>
        <source>Hide the motion arrows</source>
        <translation>Paslēpt kustības bultas</translation>
    </message>
    <message>
        <source>Show the motion arrows</source>
        <translation>Rādīt kustības bultas</translation>
    </message>
    <message>
        <source>Optical flow</source>
        <translation>Optiskā plūsma</translation>
    </message>
    <message>
        <source>The computer compares each picture with the one before and finds how far every small patch has moved. The arrows show that motion.</source>
        <translation>Dators salīdzina katru attēlu ar iepriekšējo un atrod, cik tālu pārvietojies katrs mazs laukums. Bultas rāda šo kustību.</translation>
    </message>
    <message>
        <source>Turbine power: %1</source>
        <translation>Turbīnas jauda: %1</translation>
    </message>
</context>
</TS>
