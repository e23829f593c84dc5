<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BalticWaterExhibit</name>
    <message>
        <source>mixed down to {depth}</source>
        <extracomment>Model days per second on screen: a month a second, so oxygen is seen running out in a minute. The texts follow the months this often (the column repaints every frame).</extracomment>
        <translation>mixed down to {depth}</translation>
    </message>
    <message>
        <source>North Sea water</source>
        <translation>North Sea water</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>kg/m³</source>
        <translation>kg/m³</translation>
    </message>
    <message>
        <source>g/kg</source>
        <translation>g/kg</translation>
    </message>
    <message>
        <source>mg/L</source>
        <translation>mg/L</translation>
    </message>
    <message>
        <source>Salt</source>
        <translation>Salt</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Density</translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation>Oxygen</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <source>Storm!</source>
        <translation>Storm!</translation>
    </message>
    <message>
        <source>Let North Sea water in</source>
        <translation>Let North Sea water in</translation>
    </message>
    <message>
        <source>depth, m</source>
        <translation>depth, m</translation>
    </message>
    <message>
        <source>halocline</source>
        <translation>halocline</translation>
    </message>
    <message>
        <source>no oxygen: hydrogen sulphide</source>
        <translation>no oxygen: hydrogen sulphide</translation>
    </message>
    <message>
        <source>surface</source>
        <translation>surface</translation>
    </message>
    <message>
        <source>sea floor, Gotland Deep</source>
        <translation>sea floor, Gotland Deep</translation>
    </message>
    <message>
        <source>Storm wind</source>
        <translation>Storm wind</translation>
    </message>
    <message>
        <source>m/s</source>
        <translation>m/s</translation>
    </message>
    <message>
        <source>Inflow: salt</source>
        <translation>Inflow: salt</translation>
    </message>
    <message>
        <source>Inflow: temperature</source>
        <translation>Inflow: temperature</translation>
    </message>
    <message>
        <source>This water: {rho} · at the bottom: {bottom}</source>
        <translation>This water: {rho} · at the bottom: {bottom}</translation>
    </message>
    <message>
        <source>Density by UNESCO EOS-80. The simple formula ρ₀(1 − αΔT + βΔS) gives {linear}: off by up to {error} in this range.</source>
        <translation>Density by UNESCO EOS-80. The simple formula ρ₀(1 − αΔT + βΔS) gives {linear}: off by up to {error} in this range.</translation>
    </message>
    <message>
        <source>Goal 1 of 2</source>
        <translation>Goal 1 of 2</translation>
    </message>
    <message>
        <source>The sea floor has no oxygen. Can a storm stir oxygen down to it? Make a storm that mixes at least the top {depth}.</source>
        <translation>The sea floor has no oxygen. Can a storm stir oxygen down to it? Make a storm that mixes at least the top {depth}.</translation>
    </message>
    <message>
        <source>Goal 2 of 2</source>
        <translation>Goal 2 of 2</translation>
    </message>
    <message>
        <source>Bring oxygen to the sea floor: let in North Sea water heavy enough to sink all the way down.</source>
        <translation>Bring oxygen to the sea floor: let in North Sea water heavy enough to sink all the way down.</translation>
    </message>
    <message>
        <source>Free play</source>
        <translation>Free play</translation>
    </message>
    <message>
        <source>Both goals done! Watch the oxygen at the bottom, and try a warm inflow.</source>
        <translation>Both goals done! Watch the oxygen at the bottom, and try a warm inflow.</translation>
    </message>
    <message>
        <source>Touch the water to measure it at any depth. Choose what the colours show.</source>
        <translation>Touch the water to measure it at any depth. Choose what the colours show.</translation>
    </message>
    <message>
        <source>The storm mixed the water down to {depth}. Try a stronger wind.</source>
        <translation>The storm mixed the water down to {depth}. Try a stronger wind.</translation>
    </message>
    <message>
        <source>The storm mixed the water down to {depth}, but the halocline at {halocline} stopped it: salty water below is too heavy to stir. The bottom got no oxygen.</source>
        <translation>The storm mixed the water down to {depth}, but the halocline at {halocline} stopped it: salty water below is too heavy to stir. The bottom got no oxygen.</translation>
    </message>
    <message>
        <source>This water ({density}) is lighter than the deep water: it stopped at {depth}. Saltier or colder water is heavier.</source>
        <translation>This water ({density}) is lighter than the deep water: it stopped at {depth}. Saltier or colder water is heavier.</translation>
    </message>
    <message>
        <source>It sank to the sea floor and brought oxygen! Now watch: decomposing dead plankton uses it up, month by month.</source>
        <translation>It sank to the sea floor and brought oxygen! Now watch: decomposing dead plankton uses it up, month by month.</translation>
    </message>
    <message numerus="yes">
        <source>After %n month(s) the bottom has no oxygen again. Big inflows come only every few years.</source>
        <translation>
            <numerusform>After %n month the bottom has no oxygen again. Big inflows come only every few years.</numerusform>
            <numerusform>After %n months the bottom has no oxygen again. Big inflows come only every few years.</numerusform>
        </translation>
    </message>
    <message>
        <source>At {depth} deep</source>
        <translation>At {depth} deep</translation>
    </message>
    <message>
        <source>none (H₂S)</source>
        <translation>none (H₂S)</translation>
    </message>
    <message>
        <source>No salt-water inflow yet: the deep water is years old.</source>
        <translation>No salt-water inflow yet: the deep water is years old.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) since the last inflow</source>
        <translation>
            <numerusform>%n month since the last inflow</numerusform>
            <numerusform>%n months since the last inflow</numerusform>
        </translation>
    </message>
</context>
</TS>
