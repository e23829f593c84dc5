<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>BalticWaterExhibit</name>
    <message>
        <source>mixed down to {depth}</source>
        <extracomment>Model days per second on screen: a month a second, so oxygen is seen running out in a minute. The texts follow the months this often (the column repaints every frame).</extracomment>
        <translation>izmaisīts līdz {depth}</translation>
    </message>
    <message>
        <source>North Sea water</source>
        <translation>Ziemeļjūras ūdens</translation>
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
        <translation>mg/l</translation>
    </message>
    <message>
        <source>Salt</source>
        <translation>Sāļums</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatūra</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Blīvums</translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation>Skābeklis</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <source>Storm!</source>
        <translation>Vētra!</translation>
    </message>
    <message>
        <source>Let North Sea water in</source>
        <translation>Ielaist Ziemeļjūras ūdeni</translation>
    </message>
    <message>
        <source>depth, m</source>
        <translation>dziļums, m</translation>
    </message>
    <message>
        <source>halocline</source>
        <translation>haloklīns</translation>
    </message>
    <message>
        <source>no oxygen: hydrogen sulphide</source>
        <translation>nav skābekļa: sērūdeņradis</translation>
    </message>
    <message>
        <source>surface</source>
        <translation>virsma</translation>
    </message>
    <message>
        <source>sea floor, Gotland Deep</source>
        <translation>jūras dibens, Gotlandes dziļvieta</translation>
    </message>
    <message>
        <source>Storm wind</source>
        <translation>Vētras vējš</translation>
    </message>
    <message>
        <source>m/s</source>
        <translation>m/s</translation>
    </message>
    <message>
        <source>Inflow: salt</source>
        <translation>Ieplūde: sāļums</translation>
    </message>
    <message>
        <source>Inflow: temperature</source>
        <translation>Ieplūde: temperatūra</translation>
    </message>
    <message>
        <source>This water: {rho} · at the bottom: {bottom}</source>
        <translation>Šis ūdens: {rho} · pie dibena: {bottom}</translation>
    </message>
    <message>
        <source>Density by UNESCO EOS-80. The simple formula ρ₀(1 − αΔT + βΔS) gives {linear}: off by up to {error} in this range.</source>
        <translation>Blīvums pēc UNESCO EOS-80. Vienkāršā formula ρ₀(1 − αΔT + βΔS) dod {linear}: šajā diapazonā tā kļūdās līdz {error}.</translation>
    </message>
    <message>
        <source>Goal 1 of 2</source>
        <translation>1. uzdevums no 2</translation>
    </message>
    <message>
        <source>The sea floor has no oxygen. Can a storm stir oxygen down to it? Make a storm that mixes at least the top {depth}.</source>
        <translation>Jūras dibenā nav skābekļa. Vai vētra var to iemaisīt līdz dibenam? Sacel vētru, kas izmaisa vismaz augšējos {depth}.</translation>
    </message>
    <message>
        <source>Goal 2 of 2</source>
        <translation>2. uzdevums no 2</translation>
    </message>
    <message>
        <source>Bring oxygen to the sea floor: let in North Sea water heavy enough to sink all the way down.</source>
        <translation>Atnes skābekli līdz jūras dibenam: ielaid Ziemeļjūras ūdeni, kas ir pietiekami smags, lai nogrimtu līdz pašai apakšai.</translation>
    </message>
    <message>
        <source>Free play</source>
        <translation>Brīvā spēle</translation>
    </message>
    <message>
        <source>Both goals done! Watch the oxygen at the bottom, and try a warm inflow.</source>
        <translation>Abi uzdevumi izpildīti! Vēro skābekli pie dibena un izmēģini siltu ieplūdi.</translation>
    </message>
    <message>
        <source>Touch the water to measure it at any depth. Choose what the colours show.</source>
        <translation>Pieskaries ūdenim, lai to izmērītu jebkurā dziļumā. Izvēlies, ko rāda krāsas.</translation>
    </message>
    <message>
        <source>The storm mixed the water down to {depth}. Try a stronger wind.</source>
        <translation>Vētra izmaisīja ūdeni līdz {depth}. Izmēģini stiprāku vēju.</translation>
    </message>
    <message>
        <source>The storm mixed the water down to {depth}, but the halocline at {halocline} stopped it: salty water below is too heavy to stir. The bottom got no oxygen.</source>
        <translation>Vētra izmaisīja ūdeni līdz {depth}, bet haloklīns {halocline} dziļumā to apturēja: sāļais ūdens zem tā ir par smagu, lai to izmaisītu. Dibens skābekli nesaņēma.</translation>
    </message>
    <message>
        <source>This water ({density}) is lighter than the deep water: it stopped at {depth}. Saltier or colder water is heavier.</source>
        <translation>Šis ūdens ({density}) ir vieglāks par dziļo ūdeni: tas apstājās {depth} dziļumā. Sāļāks vai aukstāks ūdens ir smagāks.</translation>
    </message>
    <message>
        <source>It sank to the sea floor and brought oxygen! Now watch: decomposing dead plankton uses it up, month by month.</source>
        <translation>Tas nogrima līdz dibenam un atnesa skābekli! Tagad vēro: mirušā planktona sadalīšanās to patērē mēnesi pēc mēneša.</translation>
    </message>
    <message numerus="yes">
        <source>After %n month(s) the bottom has no oxygen again. Big inflows come only every few years.</source>
        <translation>
            <numerusform>Pēc %n mēneša pie dibena atkal nav skābekļa. Lielas ieplūdes notiek tikai reizi dažos gados.</numerusform>
            <numerusform>Pēc %n mēnešiem pie dibena atkal nav skābekļa. Lielas ieplūdes notiek tikai reizi dažos gados.</numerusform>
            <numerusform>Pēc %n mēnešiem pie dibena atkal nav skābekļa. Lielas ieplūdes notiek tikai reizi dažos gados.</numerusform>
        </translation>
    </message>
    <message>
        <source>At {depth} deep</source>
        <translation>{depth} dziļumā</translation>
    </message>
    <message>
        <source>none (H₂S)</source>
        <translation>nav (H₂S)</translation>
    </message>
    <message>
        <source>No salt-water inflow yet: the deep water is years old.</source>
        <translation>Sālsūdens ieplūdes vēl nav bijis: dziļais ūdens ir gadiem vecs.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) since the last inflow</source>
        <translation>
            <numerusform>%n mēnesis kopš pēdējās ieplūdes</numerusform>
            <numerusform>%n mēneši kopš pēdējās ieplūdes</numerusform>
            <numerusform>%n mēnešu kopš pēdējās ieplūdes</numerusform>
        </translation>
    </message>
</context>
</TS>
