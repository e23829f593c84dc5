<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>CargoShipExhibit</name>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>Ship + cargo</source>
        <translation>Kuģis + krava</translation>
    </message>
    <message>
        <source>Draught</source>
        <translation>Iegrime</translation>
    </message>
    <message>
        <source>Freeboard</source>
        <translation>Brīvsāns</translation>
    </message>
    <message>
        <source>Heel</source>
        <translation>Sasvērums</translation>
    </message>
    <message>
        <source>Stability (GM)</source>
        <translation>Stabilitāte (GM)</translation>
    </message>
    <message>
        <source>Ocean</source>
        <translation>Okeāns</translation>
    </message>
    <message>
        <source>Baltic Sea</source>
        <translation>Baltijas jūra</translation>
    </message>
    <message>
        <source>Unload</source>
        <translation>Izkraut</translation>
    </message>
    <message>
        <source>Sail!</source>
        <translation>Uz jūru!</translation>
    </message>
    <message>
        <source>Order {number} of {total}</source>
        <translation>Pasūtījums {number} no {total}</translation>
    </message>
    <message>
        <source>Load exactly {mass} onto the ship.</source>
        <translation>Iekrauj kuģī tieši {mass}.</translation>
    </message>
    <message>
        <source>Cargo: {loaded} of {wanted}</source>
        <translation>Krava: {loaded} no {wanted}</translation>
    </message>
    <message>
        <source>Level (heel under {limit})</source>
        <translation>Taisni (sasvērums līdz {limit})</translation>
    </message>
    <message>
        <source>Water below the load line</source>
        <translation>Ūdens zem kravas līnijas</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Krava</translation>
    </message>
    <message>
        <source>Spirit level</source>
        <translation>Līmeņrādis</translation>
    </message>
    <message>
        <source>{loaded} / {wanted}</source>
        <translation>{loaded} / {wanted}</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>Archimedes: T = m / (ρ · L · B)</source>
        <translation>Arhimēds: T = m / (ρ · L · B)</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Water: {density}</source>
        <translation>Ūdens: {density}</translation>
    </message>
    <message>
        <source>kg/m³</source>
        <translation>kg/m³</translation>
    </message>
    <message>
        <source>Drag containers from the quay onto the ship.</source>
        <translation>Velc konteinerus no piestātnes uz kuģi.</translation>
    </message>
    <message>
        <source>Too deep: the load line is under water. Take some cargo off.</source>
        <translation>Par dziļu: kravas līnija ir zem ūdens. Noņem daļu kravas.</translation>
    </message>
    <message>
        <source>Add {mass} more.</source>
        <translation>Pieliec vēl {mass}.</translation>
    </message>
    <message>
        <source>{mass} too much: take some off.</source>
        <translation>{mass} par daudz: noņem kaut ko.</translation>
    </message>
    <message>
        <source>The ship leans to the right: move weight to the left.</source>
        <translation>Kuģis sasveras pa labi: pārliec kravu pa kreisi.</translation>
    </message>
    <message>
        <source>The ship leans to the left: move weight to the right.</source>
        <translation>Kuģis sasveras pa kreisi: pārliec kravu pa labi.</translation>
    </message>
    <message>
        <source>All set! Tap Sail to deliver.</source>
        <translation>Viss gatavs! Spied “Uz jūru!”.</translation>
    </message>
    <message>
        <source>Hold on: the crew is fishing the cargo out of the sea.</source>
        <translation>Pagaidi: apkalpe zvejo kravu ārā no jūras.</translation>
    </message>
    <message>
        <source>Lift the container on top first.</source>
        <translation>Vispirms pacel augšējo konteineru.</translation>
    </message>
    <message>
        <source>Bon voyage!</source>
        <translation>Laimīgu ceļu!</translation>
    </message>
    <message>
        <source>Not yet!</source>
        <translation>Vēl ne!</translation>
    </message>
</context>
<context>
    <name>ShipScene</name>
    <message>
        <source>VENTSPILS</source>
        <extracomment>The part of the world always in view, metres. Roll and heave of the ship: natural period and damping of the displayed motion.</extracomment>
        <translation>VENTSPILS</translation>
    </message>
    <message>
        <source>draught
{value}</source>
        <translation>iegrime
{value}</translation>
    </message>
    <message>
        <source>load line</source>
        <translation>kravas līnija</translation>
    </message>
    <message>
        <source>heel {angle}</source>
        <translation>sasvērums {angle}</translation>
    </message>
    <message>
        <source>Whoops! The ship tipped over.</source>
        <translation>Ups! Kuģis apgāzās.</translation>
    </message>
    <message>
        <source>Too much weight on one side. Nobody got wet: the cargo is back on the quay.</source>
        <translation>Vienā pusē bija par daudz kravas. Neviens nesaslapa: krava atkal ir piestātnē.</translation>
    </message>
    <message>
        <source>Glug, glug! The deck went under water.</source>
        <translation>Bul, bul! Klājs nogāja zem ūdens.</translation>
    </message>
    <message>
        <source>The ship was too heavy. Nobody got wet: the cargo is back on the quay.</source>
        <translation>Kuģis bija par smagu. Neviens nesaslapa: krava atkal ir piestātnē.</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
</context>
</TS>
