<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>RadioTelescopeExhibit</name>
    <message>
        <source>New sky</source>
        <translation>Jaunas debesis</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Saule</translation>
    </message>
    <message>
        <source>Cassiopeia A</source>
        <translation>Kasiopeja A</translation>
    </message>
    <message>
        <source>Hydrogen cloud</source>
        <translation>Ūdeņraža mākonis</translation>
    </message>
    <message>
        <source>Radio spectrum</source>
        <translation>Radiospektrs</translation>
    </message>
    <message>
        <source>frequency, MHz</source>
        <translation>frekvence, MHz</translation>
    </message>
    <message>
        <source>power</source>
        <translation>jauda</translation>
    </message>
    <message>
        <source>empty sky</source>
        <translation>tukšas debesis</translation>
    </message>
    <message>
        <source>hydrogen 1420 MHz</source>
        <translation>ūdeņradis 1420 MHz</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>Dish size</source>
        <translation>Antenas izmērs</translation>
    </message>
    <message>
        <source>Spectra averaged</source>
        <translation>Vidējotie spektri</translation>
    </message>
    <message>
        <source>{count} ({seconds})</source>
        <translation>{count} ({seconds})</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>Find 3 hidden radio sources</source>
        <translation>Atrodi 3 paslēptus radioavotus</translation>
    </message>
    <message>
        <source>{size} (RT-{size_m})</source>
        <translation>{size} (RT-{size_m})</translation>
    </message>
    <message>
        <source>beam {angle}</source>
        <translation>stars {angle}</translation>
    </message>
    <message>
        <source>Beam width: 1.22 × λ ÷ D = 1.22 × {wavelength} ÷ {diameter} = {beam}.</source>
        <translation>Stara platums: 1,22 × λ ÷ D = 1,22 × {wavelength} ÷ {diameter} = {beam}.</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Dish area: {area}.</source>
        <translation>Antenas laukums: {area}.</translation>
    </message>
    <message>
        <source>Averaging N = {count} spectra makes the noise √N = {factor} times smaller.</source>
        <translation>Vidējojot N = {count} spektrus, troksnis kļūst √N = {factor} reizes mazāks.</translation>
    </message>
    <message>
        <source>Irbene near Ventspils has real radio telescopes with 16 m and 32 m dishes.</source>
        <translation>Irbenē pie Ventspils ir īsti radioteleskopi ar 16 m un 32 m antenām.</translation>
    </message>
    <message>
        <source>1 degree</source>
        <translation>1 grāds</translation>
    </message>
    <message>
        <source>Try here!</source>
        <translation>Mēģini te!</translation>
    </message>
    <message>
        <source>Signal-to-noise</source>
        <translation>Signāls pret troksni</translation>
    </message>
    <message>
        <source>lock on at {threshold}</source>
        <translation>fiksē pie {threshold}</translation>
    </message>
    <message>
        <source>Our star. In radio it outshines everything else.</source>
        <translation>Mūsu zvaigzne. Radioviļņos tā pārspīd visu citu.</translation>
    </message>
    <message>
        <source>One of the brightest radio sources in the sky: what is left of a star that exploded about 350 years ago.</source>
        <translation>Viens no spožākajiem radioavotiem debesīs: paliekas no zvaigznes, kas eksplodēja pirms apmēram 350 gadiem.</translation>
    </message>
    <message>
        <source>Cold hydrogen gas glows at 1420 MHz: the 21 cm line.</source>
        <translation>Auksta ūdeņraža gāze spīd 1420 MHz frekvencē: tā ir 21 cm līnija.</translation>
    </message>
    <message>
        <source>Very bright: the whole spectrum jumps up.</source>
        <translation>Ļoti spoža: viss spektrs uzlec augšup.</translation>
    </message>
    <message>
        <source>Bright, but far weaker than the Sun: the spectrum rises a little.</source>
        <translation>Spoža, bet daudz vājāka par Sauli: spektrs nedaudz paceļas.</translation>
    </message>
    <message>
        <source>A narrow peak at 1420 MHz. Average for longer!</source>
        <translation>Šaurs pīķis pie 1420 MHz. Vidējo ilgāk!</translation>
    </message>
    <message>
        <source>Drag on the sky to turn the dish. Watch the spectrum!</source>
        <translation>Velc pa debesīm, lai pagrieztu antenu. Vēro spektru!</translation>
    </message>
    <message>
        <source>Something is here! Average more spectra or use a bigger dish.</source>
        <translation>Te kaut kas ir! Vidējo vairāk spektru vai ņem lielāku antenu.</translation>
    </message>
    <message>
        <source>Strong signal! Hold still to lock on.</source>
        <translation>Spēcīgs signāls! Turi antenu uz vietas, lai to fiksētu.</translation>
    </message>
    <message>
        <source>You found all three! Tap New sky to play again.</source>
        <translation>Visi trīs atrasti! Pieskaries pogai “Jaunas debesis”, lai spēlētu vēlreiz.</translation>
    </message>
</context>
</TS>
