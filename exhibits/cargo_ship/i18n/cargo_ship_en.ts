<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CargoShipExhibit</name>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>Ship + cargo</source>
        <translation>Ship + cargo</translation>
    </message>
    <message>
        <source>Draught</source>
        <translation>Draught</translation>
    </message>
    <message>
        <source>Freeboard</source>
        <translation>Freeboard</translation>
    </message>
    <message>
        <source>Heel</source>
        <translation>Heel</translation>
    </message>
    <message>
        <source>Stability (GM)</source>
        <translation>Stability (GM)</translation>
    </message>
    <message>
        <source>Ocean</source>
        <translation>Ocean</translation>
    </message>
    <message>
        <source>Baltic Sea</source>
        <translation>Baltic Sea</translation>
    </message>
    <message>
        <source>Unload</source>
        <translation>Unload</translation>
    </message>
    <message>
        <source>Sail!</source>
        <translation>Sail!</translation>
    </message>
    <message>
        <source>Order {number} of {total}</source>
        <translation>Order {number} of {total}</translation>
    </message>
    <message>
        <source>Load exactly {mass} onto the ship.</source>
        <translation>Load exactly {mass} onto the ship.</translation>
    </message>
    <message>
        <source>Cargo: {loaded} of {wanted}</source>
        <translation>Cargo: {loaded} of {wanted}</translation>
    </message>
    <message>
        <source>Level (heel under {limit})</source>
        <translation>Level (heel under {limit})</translation>
    </message>
    <message>
        <source>Water below the load line</source>
        <translation>Water below the load line</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Spirit level</source>
        <translation>Spirit level</translation>
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
        <translation>Archimedes: T = m / (ρ · L · B)</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Water: {density}</source>
        <translation>Water: {density}</translation>
    </message>
    <message>
        <source>kg/m³</source>
        <translation>kg/m³</translation>
    </message>
    <message>
        <source>Drag containers from the quay onto the ship.</source>
        <translation>Drag containers from the quay onto the ship.</translation>
    </message>
    <message>
        <source>Too deep: the load line is under water. Take some cargo off.</source>
        <translation>Too deep: the load line is under water. Take some cargo off.</translation>
    </message>
    <message>
        <source>Add {mass} more.</source>
        <translation>Add {mass} more.</translation>
    </message>
    <message>
        <source>{mass} too much: take some off.</source>
        <translation>{mass} too much: take some off.</translation>
    </message>
    <message>
        <source>The ship leans to the right: move weight to the left.</source>
        <translation>The ship leans to the right: move weight to the left.</translation>
    </message>
    <message>
        <source>The ship leans to the left: move weight to the right.</source>
        <translation>The ship leans to the left: move weight to the right.</translation>
    </message>
    <message>
        <source>All set! Tap Sail to deliver.</source>
        <translation>All set! Tap Sail to deliver.</translation>
    </message>
    <message>
        <source>Hold on: the crew is fishing the cargo out of the sea.</source>
        <translation>Hold on: the crew is fishing the cargo out of the sea.</translation>
    </message>
    <message>
        <source>Lift the container on top first.</source>
        <translation>Lift the container on top first.</translation>
    </message>
    <message>
        <source>Bon voyage!</source>
        <translation>Bon voyage!</translation>
    </message>
    <message>
        <source>Not yet!</source>
        <translation>Not yet!</translation>
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
        <translation>draught
{value}</translation>
    </message>
    <message>
        <source>load line</source>
        <translation>load line</translation>
    </message>
    <message>
        <source>heel {angle}</source>
        <translation>heel {angle}</translation>
    </message>
    <message>
        <source>Whoops! The ship tipped over.</source>
        <translation>Whoops! The ship tipped over.</translation>
    </message>
    <message>
        <source>Too much weight on one side. Nobody got wet: the cargo is back on the quay.</source>
        <translation>Too much weight on one side. Nobody got wet: the cargo is back on the quay.</translation>
    </message>
    <message>
        <source>Glug, glug! The deck went under water.</source>
        <translation>Glug, glug! The deck went under water.</translation>
    </message>
    <message>
        <source>The ship was too heavy. Nobody got wet: the cargo is back on the quay.</source>
        <translation>The ship was too heavy. Nobody got wet: the cargo is back on the quay.</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
</context>
</TS>
