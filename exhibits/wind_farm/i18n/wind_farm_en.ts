<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <translation>from W</translation>
    </message>
    <message>
        <source>from SW</source>
        <translation>from SW</translation>
    </message>
    <message>
        <source>from NW</source>
        <translation>from NW</translation>
    </message>
    <message>
        <source>Calm day</source>
        <translation>Calm day</translation>
    </message>
    <message>
        <source>Windy day</source>
        <translation>Windy day</translation>
    </message>
    <message>
        <source>Storm</source>
        <translation>Storm</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Battery</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Run the day</source>
        <translation>Run the day</translation>
    </message>
    <message>
        <source>Ventspils</source>
        <translation>Ventspils</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Wind farm</source>
        <translation>Wind farm</translation>
    </message>
    <message>
        <source>Town uses</source>
        <translation>Town uses</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <source>Farm: {power}</source>
        <translation>Farm: {power}</translation>
    </message>
    <message numerus="yes">
        <source>%n turbine(s) · lost in wakes: {loss}</source>
        <translation>
            <numerusform>%n turbine · lost in wakes: {loss}</numerusform>
            <numerusform>%n turbines · lost in wakes: {loss}</numerusform>
        </translation>
    </message>
    <message>
        <source>No rotor can take more than 16/27 ≈ 59 % of the wind&apos;s power (Betz limit). This one takes {cp} at most.</source>
        <translation>No rotor can take more than 16/27 ≈ 59 % of the wind&apos;s power (Betz limit). This one takes {cp} at most.</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>Wind</translation>
    </message>
    <message>
        <source>Below {speed} the blades stand still.</source>
        <translation>Below {speed} the blades stand still.</translation>
    </message>
    <message>
        <source>Storm! From {speed} the turbines stop to protect themselves.</source>
        <translation>Storm! From {speed} the turbines stop to protect themselves.</translation>
    </message>
    <message>
        <source>Above {speed} the blades turn out of the wind: full power, no more.</source>
        <translation>Above {speed} the blades turn out of the wind: full power, no more.</translation>
    </message>
    <message>
        <source>One turbine: P = ½ · ρ · A · v³ · Cp = ½ · {rho} · {area} · ({speed})³ · {cp} = {power}</source>
        <translation>One turbine: P = ½ · ρ · A · v³ · Cp = ½ · {rho} · {area} · ({speed})³ · {cp} = {power}</translation>
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
        <translation>Goal 1 of 2</translation>
    </message>
    <message>
        <source>Place {count} turbines so that together they make at least {share} of what {count} lone turbines would, in a {speed} wind.</source>
        <translation>Place {count} turbines so that together they make at least {share} of what {count} lone turbines would, in a {speed} wind.</translation>
    </message>
    <message>
        <source>Goal 2 of 2</source>
        <translation>Goal 2 of 2</translation>
    </message>
    <message>
        <source>Keep the lights of Ventspils on for a whole day: run a day without a shortfall.</source>
        <translation>Keep the lights of Ventspils on for a whole day: run a day without a shortfall.</translation>
    </message>
    <message>
        <source>Free play</source>
        <translation>Free play</translation>
    </message>
    <message>
        <source>Both goals done! Try a storm, a calm day or fewer turbines.</source>
        <translation>Both goals done! Try a storm, a calm day or fewer turbines.</translation>
    </message>
    <message>
        <source>Tap a ring on the sea to build a turbine there; tap it again to take it away.</source>
        <translation>Tap a ring on the sea to build a turbine there; tap it again to take it away.</translation>
    </message>
    <message>
        <source>In a {speed} wind this farm makes {share} of what lone turbines would.</source>
        <translation>In a {speed} wind this farm makes {share} of what lone turbines would.</translation>
    </message>
    <message>
        <source>Turbine removed.</source>
        <translation>Turbine removed.</translation>
    </message>
    <message numerus="yes">
        <source>The farm is full: %n turbines. Tap one to take it away.</source>
        <translation>
            <numerusform>The farm is full: %n turbine. Tap one to take it away.</numerusform>
            <numerusform>The farm is full: %n turbines. Tap one to take it away.</numerusform>
        </translation>
    </message>
    <message>
        <source>The wind turned: the wakes now fall on other turbines.</source>
        <translation>The wind turned: the wakes now fall on other turbines.</translation>
    </message>
    <message>
        <source>Well done! Turbines side by side across the wind do not steal each other&apos;s wind.</source>
        <translation>Well done! Turbines side by side across the wind do not steal each other&apos;s wind.</translation>
    </message>
    <message>
        <source>Build some turbines first.</source>
        <translation>Build some turbines first.</translation>
    </message>
    <message>
        <source>The day is running…</source>
        <translation>The day is running…</translation>
    </message>
    <message>
        <source>The lights stayed on all day!</source>
        <translation>The lights stayed on all day!</translation>
    </message>
    <message>
        <source>The town ran short. More turbines, a bigger battery or a better layout?</source>
        <translation>The town ran short. More turbines, a bigger battery or a better layout?</translation>
    </message>
    <message>
        <source>On a calm day no wind farm is enough: the town needs other sources too.</source>
        <translation>On a calm day no wind farm is enough: the town needs other sources too.</translation>
    </message>
    <message>
        <source>From {speed} the turbines stop: a storm leaves the town short.</source>
        <translation>From {speed} the turbines stop: a storm leaves the town short.</translation>
    </message>
    <message>
        <source>Choose a day and a battery, then run the day.</source>
        <translation>Choose a day and a battery, then run the day.</translation>
    </message>
    <message>
        <source>Made {made} · shortfall {short} · battery {charge}</source>
        <translation>Made {made} · shortfall {short} · battery {charge}</translation>
    </message>
</context>
</TS>
