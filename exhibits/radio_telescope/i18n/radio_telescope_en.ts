<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>RadioTelescopeExhibit</name>
    <message>
        <source>New sky</source>
        <translation>New sky</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Cassiopeia A</source>
        <translation>Cassiopeia A</translation>
    </message>
    <message>
        <source>Hydrogen cloud</source>
        <translation>Hydrogen cloud</translation>
    </message>
    <message>
        <source>Radio spectrum</source>
        <translation>Radio spectrum</translation>
    </message>
    <message>
        <source>frequency, MHz</source>
        <translation>frequency, MHz</translation>
    </message>
    <message>
        <source>power</source>
        <translation>power</translation>
    </message>
    <message>
        <source>empty sky</source>
        <translation>empty sky</translation>
    </message>
    <message>
        <source>hydrogen 1420 MHz</source>
        <translation>hydrogen 1420 MHz</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>Dish size</source>
        <translation>Dish size</translation>
    </message>
    <message>
        <source>Spectra averaged</source>
        <translation>Spectra averaged</translation>
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
        <translation>Find 3 hidden radio sources</translation>
    </message>
    <message>
        <source>{size} (RT-{size_m})</source>
        <translation>{size} (RT-{size_m})</translation>
    </message>
    <message>
        <source>beam {angle}</source>
        <translation>beam {angle}</translation>
    </message>
    <message>
        <source>Beam width: 1.22 × λ ÷ D = 1.22 × {wavelength} ÷ {diameter} = {beam}.</source>
        <translation>Beam width: 1.22 × λ ÷ D = 1.22 × {wavelength} ÷ {diameter} = {beam}.</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Dish area: {area}.</source>
        <translation>Dish area: {area}.</translation>
    </message>
    <message>
        <source>Averaging N = {count} spectra makes the noise √N = {factor} times smaller.</source>
        <translation>Averaging N = {count} spectra makes the noise √N = {factor} times smaller.</translation>
    </message>
    <message>
        <source>Irbene near Ventspils has real radio telescopes with 16 m and 32 m dishes.</source>
        <translation>Irbene near Ventspils has real radio telescopes with 16 m and 32 m dishes.</translation>
    </message>
    <message>
        <source>1 degree</source>
        <translation>1 degree</translation>
    </message>
    <message>
        <source>Try here!</source>
        <translation>Try here!</translation>
    </message>
    <message>
        <source>Signal-to-noise</source>
        <translation>Signal-to-noise</translation>
    </message>
    <message>
        <source>lock on at {threshold}</source>
        <translation>lock on at {threshold}</translation>
    </message>
    <message>
        <source>Our star. In radio it outshines everything else.</source>
        <translation>Our star. In radio it outshines everything else.</translation>
    </message>
    <message>
        <source>One of the brightest radio sources in the sky: what is left of a star that exploded about 350 years ago.</source>
        <translation>One of the brightest radio sources in the sky: what is left of a star that exploded about 350 years ago.</translation>
    </message>
    <message>
        <source>Cold hydrogen gas glows at 1420 MHz: the 21 cm line.</source>
        <translation>Cold hydrogen gas glows at 1420 MHz: the 21 cm line.</translation>
    </message>
    <message>
        <source>Very bright: the whole spectrum jumps up.</source>
        <translation>Very bright: the whole spectrum jumps up.</translation>
    </message>
    <message>
        <source>Bright, but far weaker than the Sun: the spectrum rises a little.</source>
        <translation>Bright, but far weaker than the Sun: the spectrum rises a little.</translation>
    </message>
    <message>
        <source>A narrow peak at 1420 MHz. Average for longer!</source>
        <translation>A narrow peak at 1420 MHz. Average for longer!</translation>
    </message>
    <message>
        <source>Drag on the sky to turn the dish. Watch the spectrum!</source>
        <translation>Drag on the sky to turn the dish. Watch the spectrum!</translation>
    </message>
    <message>
        <source>Something is here! Average more spectra or use a bigger dish.</source>
        <translation>Something is here! Average more spectra or use a bigger dish.</translation>
    </message>
    <message>
        <source>Strong signal! Hold still to lock on.</source>
        <translation>Strong signal! Hold still to lock on.</translation>
    </message>
    <message>
        <source>You found all three! Tap New sky to play again.</source>
        <translation>You found all three! Tap New sky to play again.</translation>
    </message>
</context>
</TS>
