<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CircuitsExhibit</name>
    <message>
        <source>Wire</source>
        <extracomment>The palette, in order: tool key (a part kind&apos;s value, or the eraser). How long a &quot;well done&quot; stays in the hint box, seconds.</extracomment>
        <translation>Wire</translation>
    </message>
    <message>
        <source>Bulb</source>
        <translation>Bulb</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Battery</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>Resistor</source>
        <translation>Resistor</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Eraser</translation>
    </message>
    <message>
        <source>Light the bulb!</source>
        <translation>Light the bulb!</translation>
    </message>
    <message>
        <source>Pick Wire, then tap the grey lines or swipe along them to join the battery and the bulb in a loop.</source>
        <translation>Pick Wire, then tap the grey lines or swipe along them to join the battery and the bulb in a loop.</translation>
    </message>
    <message>
        <source>Light two bulbs equally bright.</source>
        <translation>Light two bulbs equally bright.</translation>
    </message>
    <message>
        <source>Add a second bulb. Does it matter where you put it?</source>
        <translation>Add a second bulb. Does it matter where you put it?</translation>
    </message>
    <message>
        <source>Make one switch turn two bulbs on and off.</source>
        <translation>Make one switch turn two bulbs on and off.</translation>
    </message>
    <message>
        <source>Put a switch where the current of both bulbs passes. Tap a switch to close or open it.</source>
        <translation>Put a switch where the current of both bulbs passes. Tap a switch to close or open it.</translation>
    </message>
    <message>
        <source>Make each of two bulbs as bright as one bulb alone.</source>
        <translation>Make each of two bulbs as bright as one bulb alone.</translation>
    </message>
    <message>
        <source>Give every bulb its own path to the battery (a parallel circuit).</source>
        <translation>Give every bulb its own path to the battery (a parallel circuit).</translation>
    </message>
    <message>
        <source>Use a resistor to make a bulb glow dimmer.</source>
        <translation>Use a resistor to make a bulb glow dimmer.</translation>
    </message>
    <message>
        <source>A resistor lets less current through. Put it in a bulb&apos;s path.</source>
        <translation>A resistor lets less current through. Put it in a bulb's path.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Next challenge</source>
        <translation>Next challenge</translation>
    </message>
    <message>
        <source>Voltage U</source>
        <translation>Voltage U</translation>
    </message>
    <message>
        <source>Current I</source>
        <translation>Current I</translation>
    </message>
    <message>
        <source>Resistance R</source>
        <translation>Resistance R</translation>
    </message>
    <message>
        <source>Bulbs lit</source>
        <translation>Bulbs lit</translation>
    </message>
    <message>
        <source>Ohm&apos;s law: I = U / R</source>
        <translation>Ohm's law: I = U / R</translation>
    </message>
    <message>
        <source>Tap an empty line: put the part there.</source>
        <translation>Tap an empty line: put the part there.</translation>
    </message>
    <message>
        <source>Swipe along lines: lay many at once.</source>
        <translation>Swipe along lines: lay many at once.</translation>
    </message>
    <message>
        <source>Tap a switch: open or close it.</source>
        <translation>Tap a switch: open or close it.</translation>
    </message>
    <message>
        <source>Tap a battery with Battery: turn it round.</source>
        <translation>Tap a battery with Battery: turn it round.</translation>
    </message>
    <message>
        <source>Tap a part with Eraser, or with the same part: take it away.</source>
        <translation>Tap a part with Eraser, or with the same part: take it away.</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Ω</source>
        <translation>Ω</translation>
    </message>
    <message>
        <source>Challenge {number} of {total}</source>
        <translation>Challenge {number} of {total}</translation>
    </message>
    <message>
        <source>Short circuit! Wires join the battery&apos;s + and − directly, so a huge current flows and the battery gets hot. Put a bulb or a resistor in the way.</source>
        <translation>Short circuit! Wires join the battery's + and − directly, so a huge current flows and the battery gets hot. Put a bulb or a resistor in the way.</translation>
    </message>
    <message>
        <source>Every circuit needs a battery: pick Battery and tap a line.</source>
        <translation>Every circuit needs a battery: pick Battery and tap a line.</translation>
    </message>
    <message>
        <source>A switch is open: tap it to close it.</source>
        <translation>A switch is open: tap it to close it.</translation>
    </message>
    <message>
        <source>No current yet: the parts must make a closed loop from + round to −.</source>
        <translation>No current yet: the parts must make a closed loop from + round to −.</translation>
    </message>
    <message>
        <source>Well done! Here is the next challenge.</source>
        <translation>Well done! Here is the next challenge.</translation>
    </message>
</context>
</TS>
