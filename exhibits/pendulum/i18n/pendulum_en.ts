<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EnergyPlot</name>
    <message>
        <source>Motion (kinetic)</source>
        <translation>Motion (kinetic)</translation>
    </message>
    <message>
        <source>Height (potential)</source>
        <translation>Height (potential)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>time, s</source>
        <translation>time, s</translation>
    </message>
    <message>
        <source>energy, J</source>
        <translation>energy, J</translation>
    </message>
    <message>
        <source>Drag the ball and let go: its energy is drawn here as it swings.</source>
        <translation>Drag the ball and let go: its energy is drawn here as it swings.</translation>
    </message>
</context>
<context>
    <name>PendulumExhibit</name>
    <message>
        <source>Earth</source>
        <extracomment>How long a solved challenge stays on screen before the next one appears.</extracomment>
        <translation>Earth</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>Moon</translation>
    </message>
    <message>
        <source>Mars</source>
        <translation>Mars</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>All challenges solved! Keep experimenting.</source>
        <translation>All challenges solved! Keep experimenting.</translation>
    </message>
    <message>
        <source>On Earth: make one full swing, there and back, take {seconds}.</source>
        <translation>On Earth: make one full swing, there and back, take {seconds}.</translation>
    </message>
    <message>
        <source>Fly to the Moon: make one full swing take {seconds}.</source>
        <translation>Fly to the Moon: make one full swing take {seconds}.</translation>
    </message>
    <message>
        <source>Now on Mars: make one full swing take {seconds}.</source>
        <translation>Now on Mars: make one full swing take {seconds}.</translation>
    </message>
    <message>
        <source>Back on Earth: a quick swing of only {seconds}.</source>
        <translation>Back on Earth: a quick swing of only {seconds}.</translation>
    </message>
    <message>
        <source>Make one full swing take {seconds}.</source>
        <translation>Make one full swing take {seconds}.</translation>
    </message>
    <message>
        <source>Drag the ball to the side and let go.</source>
        <translation>Drag the ball to the side and let go.</translation>
    </message>
    <message>
        <source>Now let go!</source>
        <translation>Now let go!</translation>
    </message>
    <message>
        <source>Timing one full swing…</source>
        <translation>Timing one full swing…</translation>
    </message>
    <message>
        <source>One full swing: {period}.</source>
        <translation>One full swing: {period}.</translation>
    </message>
    <message>
        <source>Solved! One swing took {period}. Well done!</source>
        <translation>Solved! One swing took {period}. Well done!</translation>
    </message>
    <message>
        <source>{period}: too slow. Make the pendulum shorter.</source>
        <translation>{period}: too slow. Make the pendulum shorter.</translation>
    </message>
    <message>
        <source>{period}: too fast. Make the pendulum longer.</source>
        <translation>{period}: too fast. Make the pendulum longer.</translation>
    </message>
    <message>
        <source>{period}: the length is right, but wide swings are slower. Let go lower.</source>
        <translation>{period}: the length is right, but wide swings are slower. Let go lower.</translation>
    </message>
    <message>
        <source>First choose below: {world}.</source>
        <translation>First choose below: {world}.</translation>
    </message>
    <message>
        <source>Challenge {number} of {total}</source>
        <translation>Challenge {number} of {total}</translation>
    </message>
    <message>
        <source>Free play</source>
        <translation>Free play</translation>
    </message>
    <message>
        <source>Measured swing</source>
        <translation>Measured swing</translation>
    </message>
    <message>
        <source>Formula 2π√(L/g)</source>
        <translation>Formula 2π√(L/g)</translation>
    </message>
    <message>
        <source>The formula is exact only for small swings; wide swings take longer.</source>
        <translation>The formula is exact only for small swings; wide swings take longer.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>Gravity: {value}</source>
        <translation>Gravity: {value}</translation>
    </message>
    <message>
        <source>m/s²</source>
        <translation>m/s²</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Friction</translation>
    </message>
    <message>
        <source>goal {seconds}</source>
        <translation>goal {seconds}</translation>
    </message>
    <message>
        <source>faster</source>
        <translation>faster</translation>
    </message>
    <message>
        <source>slower</source>
        <translation>slower</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>a little</translation>
    </message>
    <message>
        <source>some</source>
        <translation>some</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>a lot</translation>
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
        <translation>Energy</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Motion</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>heat</source>
        <translation>heat</translation>
    </message>
</context>
</TS>