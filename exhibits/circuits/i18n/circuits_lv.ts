<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>CircuitsExhibit</name>
    <message>
        <source>Wire</source>
        <extracomment>The palette, in order: tool key (a part kind&apos;s value, or the eraser). How long a &quot;well done&quot; stays in the hint box, seconds.</extracomment>
        <translation>Vads</translation>
    </message>
    <message>
        <source>Bulb</source>
        <translation>Spuldze</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Baterija</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Slēdzis</translation>
    </message>
    <message>
        <source>Resistor</source>
        <translation>Rezistors</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Dzēšgumija</translation>
    </message>
    <message>
        <source>Light the bulb!</source>
        <translation>Iededz spuldzi!</translation>
    </message>
    <message>
        <source>Pick Wire, then tap the grey lines or swipe along them to join the battery and the bulb in a loop.</source>
        <translation>Izvēlies “Vads”, tad pieskaries pelēkajām līnijām vai velc pa tām, lai savienotu bateriju un spuldzi noslēgtā lokā.</translation>
    </message>
    <message>
        <source>Light two bulbs equally bright.</source>
        <translation>Iededz divas spuldzes vienādi spoži.</translation>
    </message>
    <message>
        <source>Add a second bulb. Does it matter where you put it?</source>
        <translation>Pievieno otru spuldzi. Vai ir svarīgi, kur tu to noliec?</translation>
    </message>
    <message>
        <source>Make one switch turn two bulbs on and off.</source>
        <translation>Panāc, lai viens slēdzis ieslēdz un izslēdz divas spuldzes.</translation>
    </message>
    <message>
        <source>Put a switch where the current of both bulbs passes. Tap a switch to close or open it.</source>
        <translation>Noliec slēdzi tur, kur plūst abu spuldžu strāva. Pieskaries slēdzim, lai to ieslēgtu vai izslēgtu.</translation>
    </message>
    <message>
        <source>Make each of two bulbs as bright as one bulb alone.</source>
        <translation>Panāc, lai katra no divām spuldzēm spīd tikpat spoži kā viena pati.</translation>
    </message>
    <message>
        <source>Give every bulb its own path to the battery (a parallel circuit).</source>
        <translation>Dod katrai spuldzei savu ceļu līdz baterijai (paralēlais slēgums).</translation>
    </message>
    <message>
        <source>Use a resistor to make a bulb glow dimmer.</source>
        <translation>Ar rezistoru panāc, lai spuldze spīd blāvāk.</translation>
    </message>
    <message>
        <source>A resistor lets less current through. Put it in a bulb&apos;s path.</source>
        <translation>Rezistors laiž cauri mazāk strāvas. Ieliec to spuldzes ceļā.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Notīrīt</translation>
    </message>
    <message>
        <source>Next challenge</source>
        <translation>Cits uzdevums</translation>
    </message>
    <message>
        <source>Voltage U</source>
        <translation>Spriegums U</translation>
    </message>
    <message>
        <source>Current I</source>
        <translation>Strāva I</translation>
    </message>
    <message>
        <source>Resistance R</source>
        <translation>Pretestība R</translation>
    </message>
    <message>
        <source>Bulbs lit</source>
        <translation>Spuldzes deg</translation>
    </message>
    <message>
        <source>Ohm&apos;s law: I = U / R</source>
        <translation>Oma likums: I = U / R</translation>
    </message>
    <message>
        <source>Tap an empty line: put the part there.</source>
        <translation>Pieskaries tukšai līnijai: detaļa nostāsies tur.</translation>
    </message>
    <message>
        <source>Swipe along lines: lay many at once.</source>
        <translation>Velc pa līnijām: noliksi vairākas uzreiz.</translation>
    </message>
    <message>
        <source>Tap a switch: open or close it.</source>
        <translation>Pieskaries slēdzim: ieslēgsi vai izslēgsi to.</translation>
    </message>
    <message>
        <source>Tap a battery with Battery: turn it round.</source>
        <translation>Pieskaries baterijai ar “Baterija”: apgriezīsi to otrādi.</translation>
    </message>
    <message>
        <source>Tap a part with Eraser, or with the same part: take it away.</source>
        <translation>Pieskaries detaļai ar dzēšgumiju vai tādu pašu detaļu: noņemsi to.</translation>
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
        <translation>Uzdevums {number} no {total}</translation>
    </message>
    <message>
        <source>Short circuit! Wires join the battery&apos;s + and − directly, so a huge current flows and the battery gets hot. Put a bulb or a resistor in the way.</source>
        <translation>Īssavienojums! Vadi savieno baterijas + un − tieši, tāpēc plūst milzīga strāva un baterija sakarst. Ieliec ceļā spuldzi vai rezistoru.</translation>
    </message>
    <message>
        <source>Every circuit needs a battery: pick Battery and tap a line.</source>
        <translation>Katrai ķēdei vajag bateriju: izvēlies “Baterija” un pieskaries līnijai.</translation>
    </message>
    <message>
        <source>A switch is open: tap it to close it.</source>
        <translation>Slēdzis ir izslēgts: pieskaries tam, lai to ieslēgtu.</translation>
    </message>
    <message>
        <source>No current yet: the parts must make a closed loop from + round to −.</source>
        <translation>Strāva vēl neplūst: detaļām jāveido noslēgts loks no + līdz −.</translation>
    </message>
    <message>
        <source>Well done! Here is the next challenge.</source>
        <translation>Malacis! Lūk, nākamais uzdevums.</translation>
    </message>
</context>
</TS>
