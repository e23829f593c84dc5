<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>EnergyPlot</name>
    <message>
        <source>Motion (kinetic)</source>
        <translation>Kustības (kinētiskā)</translation>
    </message>
    <message>
        <source>Height (potential)</source>
        <translation>Augstuma (potenciālā)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kopējā</translation>
    </message>
    <message>
        <source>time, s</source>
        <translation>laiks, s</translation>
    </message>
    <message>
        <source>energy, J</source>
        <translation>enerģija, J</translation>
    </message>
    <message>
        <source>Drag the ball and let go: its energy is drawn here as it swings.</source>
        <translation>Pavelc lodīti un atlaid: šeit parādīsies tās enerģija, kamēr tā šūpojas.</translation>
    </message>
</context>
<context>
    <name>PendulumExhibit</name>
    <message>
        <source>Earth</source>
        <extracomment>How long a solved challenge stays on screen before the next one appears.</extracomment>
        <translation>Zeme</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>Mēness</translation>
    </message>
    <message>
        <source>Mars</source>
        <translation>Marss</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>All challenges solved! Keep experimenting.</source>
        <translation>Visi uzdevumi atrisināti! Eksperimentē tālāk.</translation>
    </message>
    <message>
        <source>On Earth: make one full swing, there and back, take {seconds}.</source>
        <translation>Uz Zemes: panāc, lai viena pilna šūpošanās turp un atpakaļ ilgst {seconds}.</translation>
    </message>
    <message>
        <source>Fly to the Moon: make one full swing take {seconds}.</source>
        <translation>Lido uz Mēnesi: panāc, lai viena pilna šūpošanās ilgst {seconds}.</translation>
    </message>
    <message>
        <source>Now on Mars: make one full swing take {seconds}.</source>
        <translation>Tagad uz Marsa: panāc, lai viena pilna šūpošanās ilgst {seconds}.</translation>
    </message>
    <message>
        <source>Back on Earth: a quick swing of only {seconds}.</source>
        <translation>Atpakaļ uz Zemes: ātra šūpošanās – tikai {seconds}.</translation>
    </message>
    <message>
        <source>Make one full swing take {seconds}.</source>
        <translation>Panāc, lai viena pilna šūpošanās ilgst {seconds}.</translation>
    </message>
    <message>
        <source>Drag the ball to the side and let go.</source>
        <translation>Pavelc bumbu uz sāniem un palaid vaļā.</translation>
    </message>
    <message>
        <source>Now let go!</source>
        <translation>Tagad palaid vaļā!</translation>
    </message>
    <message>
        <source>Timing one full swing…</source>
        <translation>Mēru vienu pilnu šūpošanos…</translation>
    </message>
    <message>
        <source>One full swing: {period}.</source>
        <translation>Viena pilna šūpošanās: {period}.</translation>
    </message>
    <message>
        <source>Solved! One swing took {period}. Well done!</source>
        <translation>Atrisināts! Šūpošanās ilga {period}. Malacis!</translation>
    </message>
    <message>
        <source>{period}: too slow. Make the pendulum shorter.</source>
        <translation>{period}: par lēnu. Padari svārstu īsāku.</translation>
    </message>
    <message>
        <source>{period}: too fast. Make the pendulum longer.</source>
        <translation>{period}: par ātru. Padari svārstu garāku.</translation>
    </message>
    <message>
        <source>{period}: the length is right, but wide swings are slower. Let go lower.</source>
        <translation>{period}: garums ir pareizs, bet plaši atvēzieni ir lēnāki. Palaid vaļā zemāk.</translation>
    </message>
    <message>
        <source>First choose below: {world}.</source>
        <translation>Vispirms izvēlies zemāk: {world}.</translation>
    </message>
    <message>
        <source>Challenge {number} of {total}</source>
        <translation>{number}. uzdevums no {total}</translation>
    </message>
    <message>
        <source>Free play</source>
        <translation>Brīvā spēle</translation>
    </message>
    <message>
        <source>Measured swing</source>
        <translation>Izmērītā šūpošanās</translation>
    </message>
    <message>
        <source>Formula 2π√(L/g)</source>
        <translation>Formula 2π√(L/g)</translation>
    </message>
    <message>
        <source>The formula is exact only for small swings; wide swings take longer.</source>
        <translation>Formula ir precīza tikai maziem atvēzieniem; plaši atvēzieni ilgst ilgāk.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Garums</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>Gravity: {value}</source>
        <translation>Gravitācija: {value}</translation>
    </message>
    <message>
        <source>m/s²</source>
        <translation>m/s²</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Berze</translation>
    </message>
    <message>
        <source>goal {seconds}</source>
        <translation>mērķis {seconds}</translation>
    </message>
    <message>
        <source>faster</source>
        <translation>ātrāk</translation>
    </message>
    <message>
        <source>slower</source>
        <translation>lēnāk</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>maza</translation>
    </message>
    <message>
        <source>some</source>
        <translation>vidēja</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>liela</translation>
    </message>
</context>
<context>
    <name>PendulumScene</name>
    <message>
        <source>m</source>
        <extracomment>Room above the pivot, as a share of the longest rod, so a bob lifted above the pivot stays on screen.</extracomment>
        <translation>m</translation>
    </message>
    <message>
        <source>h = {height}</source>
        <translation>h = {height}</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Enerģija</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Kustība</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Augstums</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>heat</source>
        <translation>siltums</translation>
    </message>
</context>
</TS>