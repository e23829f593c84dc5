<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>WindFarmExhibit</name>
    <message>
        <source>MW</source>
        <extracomment>The day runs 24 hours in 12 seconds: long enough to watch the battery, short enough to wait.</extracomment>
        <translation>MW</translation>
    </message>
    <message>
        <source>m/s</source>
        <translation>m/s</translation>
    </message>
    <message>
        <source>from W</source>
        <translation>no R</translation>
    </message>
    <message>
        <source>from SW</source>
        <translation>no DR</translation>
    </message>
    <message>
        <source>from NW</source>
        <translation>no ZR</translation>
    </message>
    <message>
        <source>Calm day</source>
        <translation>Bezvējš</translation>
    </message>
    <message>
        <source>Windy day</source>
        <translation>Vējaina</translation>
    </message>
    <message>
        <source>Storm</source>
        <translation>Vētra</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Akumulators</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Notīrīt</translation>
    </message>
    <message>
        <source>Run the day</source>
        <translation>Palaist dienu</translation>
    </message>
    <message>
        <source>Ventspils</source>
        <translation>Ventspils</translation>
    </message>
    <message>
        <source>N</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Wind farm</source>
        <translation>Vēja parks</translation>
    </message>
    <message>
        <source>Town uses</source>
        <translation>Pilsēta patērē</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Iztrūkums</translation>
    </message>
    <message>
        <source>Farm: {power}</source>
        <translation>Parks: {power}</translation>
    </message>
    <message numerus="yes">
        <source>%n turbine(s) · lost in wakes: {loss}</source>
        <translation>
            <numerusform>%n turbīna · zaudēts aizplūdumos: {loss}</numerusform>
            <numerusform>%n turbīnas · zaudēts aizplūdumos: {loss}</numerusform>
            <numerusform>%n turbīnu · zaudēts aizplūdumos: {loss}</numerusform>
        </translation>
    </message>
    <message>
        <source>No rotor can take more than 16/27 ≈ 59 % of the wind&apos;s power (Betz limit). This one takes {cp} at most.</source>
        <translation>Neviens rotors nevar paņemt vairāk par 16/27 ≈ 59 % no vēja jaudas (Beca robeža). Šis paņem ne vairāk kā {cp}.</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>Vējš</translation>
    </message>
    <message>
        <source>Below {speed} the blades stand still.</source>
        <translation>Vējā, kas vājāks par {speed}, lāpstiņas negriežas.</translation>
    </message>
    <message>
        <source>Storm! From {speed} the turbines stop to protect themselves.</source>
        <translation>Vētra! No {speed} turbīnas apstājas, lai nesabojātos.</translation>
    </message>
    <message>
        <source>Above {speed} the blades turn out of the wind: full power, no more.</source>
        <translation>Virs {speed} lāpstiņas pagriežas prom no vēja: pilna jauda, ne vairāk.</translation>
    </message>
    <message>
        <source>One turbine: P = ½ · ρ · A · v³ · Cp = ½ · {rho} · {area} · ({speed})³ · {cp} = {power}</source>
        <translation>Viena turbīna: P = ½ · ρ · A · v³ · Cp = ½ · {rho} · {area} · ({speed})³ · {cp} = {power}</translation>
    </message>
    <message>
        <source>kg/m³</source>
        <translation>kg/m³</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Goal 1 of 2</source>
        <translation>1. uzdevums no 2</translation>
    </message>
    <message>
        <source>Place {count} turbines so that together they make at least {share} of what {count} lone turbines would, in a {speed} wind.</source>
        <translation>Novieto {count} turbīnas tā, lai {speed} vējā tās kopā ražotu vismaz {share} no tā, ko ražotu {count} atsevišķas turbīnas.</translation>
    </message>
    <message>
        <source>Goal 2 of 2</source>
        <translation>2. uzdevums no 2</translation>
    </message>
    <message>
        <source>Keep the lights of Ventspils on for a whole day: run a day without a shortfall.</source>
        <translation>Lai Ventspilī visu dienu deg gaisma: izspēlē dienu bez elektrības iztrūkuma.</translation>
    </message>
    <message>
        <source>Free play</source>
        <translation>Brīvā spēle</translation>
    </message>
    <message>
        <source>Both goals done! Try a storm, a calm day or fewer turbines.</source>
        <translation>Abi uzdevumi izpildīti! Izmēģini vētru, bezvēju vai mazāk turbīnu.</translation>
    </message>
    <message>
        <source>Tap a ring on the sea to build a turbine there; tap it again to take it away.</source>
        <translation>Pieskaries aplim jūrā, lai tur uzbūvētu turbīnu; pieskaries vēlreiz, lai to noņemtu.</translation>
    </message>
    <message>
        <source>In a {speed} wind this farm makes {share} of what lone turbines would.</source>
        <translation>{speed} vējā šis parks ražo {share} no tā, ko ražotu atsevišķas turbīnas.</translation>
    </message>
    <message>
        <source>Turbine removed.</source>
        <translation>Turbīna noņemta.</translation>
    </message>
    <message numerus="yes">
        <source>The farm is full: %n turbines. Tap one to take it away.</source>
        <translation>
            <numerusform>Parks ir pilns: %n turbīna. Pieskaries kādai, lai to noņemtu.</numerusform>
            <numerusform>Parks ir pilns: %n turbīnas. Pieskaries kādai, lai to noņemtu.</numerusform>
            <numerusform>Parks ir pilns: %n turbīnu. Pieskaries kādai, lai to noņemtu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The wind turned: the wakes now fall on other turbines.</source>
        <translation>Vējš pagriezās: tagad aizplūdumi krīt uz citām turbīnām.</translation>
    </message>
    <message>
        <source>Well done! Turbines side by side across the wind do not steal each other&apos;s wind.</source>
        <translation>Lieliski! Turbīnas, kas stāv blakus šķērsām vējam, viena otrai vēju neatņem.</translation>
    </message>
    <message>
        <source>Build some turbines first.</source>
        <translation>Vispirms uzbūvē dažas turbīnas.</translation>
    </message>
    <message>
        <source>The day is running…</source>
        <translation>Diena rit…</translation>
    </message>
    <message>
        <source>The lights stayed on all day!</source>
        <translation>Gaisma dega visu dienu!</translation>
    </message>
    <message>
        <source>The town ran short. More turbines, a bigger battery or a better layout?</source>
        <translation>Pilsētai pietrūka elektrības. Vairāk turbīnu, lielāks akumulators vai labāks izvietojums?</translation>
    </message>
    <message>
        <source>On a calm day no wind farm is enough: the town needs other sources too.</source>
        <translation>Bezvējā neviens vēja parks nepietiek: pilsētai vajag arī citus avotus.</translation>
    </message>
    <message>
        <source>From {speed} the turbines stop: a storm leaves the town short.</source>
        <translation>No {speed} turbīnas apstājas: vētrā pilsētai pietrūkst elektrības.</translation>
    </message>
    <message>
        <source>Choose a day and a battery, then run the day.</source>
        <translation>Izvēlies dienu un akumulatoru, tad palaid dienu.</translation>
    </message>
    <message>
        <source>Made {made} · shortfall {short} · battery {charge}</source>
        <translation>Saražots {made} · iztrūkums {short} · akumulators {charge}</translation>
    </message>
</context>
</TS>
