<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>FoodWebExhibit</name>
    <message>
        <source>kt</source>
        <translation>kt</translation>
    </message>
    <message>
        <source>{percent} a year</source>
        <translation>{percent} gadā</translation>
    </message>
    <message>
        <source>Sprat growth</source>
        <translation>Brētliņu vairošanās</translation>
    </message>
    <message>
        <source>Cod hunting</source>
        <translation>Mencu medības</translation>
    </message>
    <message>
        <source>Cod death rate</source>
        <translation>Mencu mirstība</translation>
    </message>
    <message>
        <source>Fishing</source>
        <translation>Zveja</translation>
    </message>
    <message>
        <source>The cod are gone! Ease off and press Restart.</source>
        <translation>Mencu vairs nav! Zvejo saudzīgāk un spied „Sākt no jauna”.</translation>
    </message>
    <message>
        <source>The sprat are gone, so the cod will starve. Press Restart.</source>
        <translation>Brētliņu vairs nav, un mencas paliks badā. Spied „Sākt no jauna”.</translation>
    </message>
    <message>
        <source>Balance found! Now raise the fishing: the balance point moves to more sprat and fewer cod.</source>
        <translation>Līdzsvars atrasts! Tagad palielini zveju: līdzsvara punkts pārvietojas uz vairāk brētliņu un mazāk mencu.</translation>
    </message>
    <message>
        <source>Hint: the balance point is the yellow cross. Tap right on it.</source>
        <translation>Padoms: līdzsvara punkts ir dzeltenais krustiņš. Pieskaries tieši tam.</translation>
    </message>
    <message>
        <source>Not quite: the fish still swing. Tap nearer the middle of the loop.</source>
        <translation>Vēl ne gluži: zivju skaits joprojām svārstās. Pieskaries tuvāk cilpas vidum.</translation>
    </message>
    <message>
        <source>Find the balance point: tap the phase plot where sprat and cod would stay the same.</source>
        <translation>Atrodi līdzsvara punktu: pieskaries fāzes grafikā vietai, kur brētliņu un mencu skaits vairs nemainītos.</translation>
    </message>
    <message>
        <source>50 years of fishing and both stocks survived! Healthy {score} % of the time.</source>
        <translation>50 zvejas gadi, un abi krājumi izdzīvoja! Veselīgi {score} % laika.</translation>
    </message>
    <message>
        <source>Both survived 50 years, but were healthy only {score} % of the time. Try fishing less.</source>
        <translation>Abas sugas izdzīvoja 50 gadus, bet veselīgas bija tikai {score} % laika. Pamēģini zvejot mazāk.</translation>
    </message>
    <message>
        <source>Set fishing to at least 20 % a year, then keep sprat and cod alive for 50 years.</source>
        <translation>Iestati zveju vismaz 20 % gadā un nosargā brētliņas un mencas 50 gadus.</translation>
    </message>
    <message>
        <source>Keep sprat and cod alive for 50 years while fishing.</source>
        <translation>Zvejo un nosargā brētliņas un mencas 50 gadus.</translation>
    </message>
    <message>
        <source>{years} / {goal} years of fishing</source>
        <translation>Zvejas gadi: {years} / {goal}</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>{year}. gads</translation>
    </message>
    <message>
        <source>Caught so far: {biomass}</source>
        <translation>Nozvejots: {biomass}</translation>
    </message>
    <message>
        <source>Sprat: {biomass}</source>
        <translation>Brētliņas: {biomass}</translation>
    </message>
    <message>
        <source>Cod: {biomass}</source>
        <translation>Mencas: {biomass}</translation>
    </message>
    <message>
        <source>each fish = {biomass}</source>
        <translation>katra zivs = {biomass}</translation>
    </message>
    <message>
        <source>The cod stock has collapsed.
Tap here to start again.</source>
        <translation>Mencu krājums ir sabrucis.
Pieskaries šeit, lai sāktu no jauna.</translation>
    </message>
    <message>
        <source>The sprat stock has collapsed.
Tap here to start again.</source>
        <translation>Brētliņu krājums ir sabrucis.
Pieskaries šeit, lai sāktu no jauna.</translation>
    </message>
    <message>
        <source>Balance point</source>
        <translation>Līdzsvara punkts</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Sākt no jauna</translation>
    </message>
    <message>
        <source>Stock, kt</source>
        <translation>Krājums, kt</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Gadi</translation>
    </message>
    <message>
        <source>Sprat</source>
        <translation>Brētliņas</translation>
    </message>
    <message>
        <source>Cod</source>
        <translation>Mencas</translation>
    </message>
    <message>
        <source>Cod, kt</source>
        <translation>Mencas, kt</translation>
    </message>
    <message>
        <source>Sprat, kt</source>
        <translation>Brētliņas, kt</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ceļš</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Tagad</translation>
    </message>
</context>
</TS>
