<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChanceExhibit</name>
    <message>
        <source>Galton board</source>
        <extracomment>How far above and below the predicted average the running-average plot reaches, per mode.</extracomment>
        <translation>Galton board</translation>
    </message>
    <message>
        <source>One die</source>
        <translation>One die</translation>
    </message>
    <message>
        <source>Two dice</source>
        <translation>Two dice</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>what happened</translation>
    </message>
    <message>
        <source>what chance predicts</source>
        <translation>what chance predicts</translation>
    </message>
    <message>
        <source>bell curve</source>
        <translation>bell curve</translation>
    </message>
    <message>
        <source>your guess</source>
        <translation>your guess</translation>
    </message>
    <message>
        <source>Drop {balls} balls through the pegs. Where do most of them land?</source>
        <translation>Drop {balls} balls through the pegs. Where do most of them land?</translation>
    </message>
    <message>
        <source>Roll at least {rolls} times until the average stays within {tolerance} of {expected}.</source>
        <translation>Roll at least {rolls} times until the average stays within {tolerance} of {expected}.</translation>
    </message>
    <message>
        <source>Which total of two dice comes up most often? Tap its bar to guess, then roll {rolls} times.</source>
        <translation>Which total of two dice comes up most often? Tap its bar to guess, then roll {rolls} times.</translation>
    </message>
    <message>
        <source>Tap a number to drop that many balls.</source>
        <translation>Tap a number to drop that many balls.</translation>
    </message>
    <message>
        <source>Balls so far: {count} of {goal}.</source>
        <translation>Balls so far: {count} of {goal}.</translation>
    </message>
    <message>
        <source>A tilted board moves the pile to one side, and the curve with it.</source>
        <translation>A tilted board moves the pile to one side, and the curve with it.</translation>
    </message>
    <message>
        <source>Most balls land near the middle: many more paths lead there than to the edges. The more balls, the closer the pile is to the bell curve.</source>
        <translation>Most balls land near the middle: many more paths lead there than to the edges. The more balls, the closer the pile is to the bell curve.</translation>
    </message>
    <message>
        <source>Every face has the same chance. Tap a number to roll.</source>
        <translation>Every face has the same chance. Tap a number to roll.</translation>
    </message>
    <message>
        <source>Average so far: {mean}. Keep rolling!</source>
        <translation>Average so far: {mean}. Keep rolling!</translation>
    </message>
    <message>
        <source>The average settled near {expected}: the more you roll, the closer it gets. This is the law of large numbers.</source>
        <translation>The average settled near {expected}: the more you roll, the closer it gets. This is the law of large numbers.</translation>
    </message>
    <message>
        <source>Tap the bar of the total you think will win.</source>
        <translation>Tap the bar of the total you think will win.</translation>
    </message>
    <message>
        <source>First tap a bar to guess, then roll.</source>
        <translation>First tap a bar to guess, then roll.</translation>
    </message>
    <message>
        <source>Your guess: {total}. Rolls since then: {done} of {needed}.</source>
        <translation>Your guess: {total}. Rolls since then: {done} of {needed}.</translation>
    </message>
    <message>
        <source>7 comes up most often: six pairs make 7 (1+6, 2+5, 3+4, 4+3, 5+2, 6+1), only one pair makes 2 or 12.</source>
        <translation>7 comes up most often: six pairs make 7 (1+6, 2+5, 3+4, 4+3, 5+2, 6+1), only one pair makes 2 or 12.</translation>
    </message>
    <message>
        <source>Drop balls:</source>
        <translation>Drop balls:</translation>
    </message>
    <message>
        <source>Roll the dice:</source>
        <translation>Roll the dice:</translation>
    </message>
    <message>
        <source>{mean} (chance: {expected})</source>
        <translation>{mean} (chance: {expected})</translation>
    </message>
    <message>
        <source>Average after each try</source>
        <translation>Average after each try</translation>
    </message>
    <message>
        <source>chance: {expected}</source>
        <translation>chance: {expected}</translation>
    </message>
    <message>
        <source>Chance to bounce right</source>
        <translation>Chance to bounce right</translation>
    </message>
</context>
</TS>
