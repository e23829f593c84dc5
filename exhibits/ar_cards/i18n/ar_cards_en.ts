<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArCardsExhibit</name>
    <message>
        <source>Earth</source>
        <translation>Earth</translation>
    </message>
    <message>
        <source>Mars</source>
        <translation>Mars</translation>
    </message>
    <message>
        <source>Saturn</source>
        <translation>Saturn</translation>
    </message>
    <message>
        <source>Water H₂O</source>
        <translation>Water H₂O</translation>
    </message>
    <message>
        <source>Carbon dioxide CO₂</source>
        <translation>Carbon dioxide CO₂</translation>
    </message>
    <message>
        <source>Sea salt NaCl</source>
        <translation>Sea salt NaCl</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Heart</translation>
    </message>
    <message>
        <source>Lungs</source>
        <translation>Lungs</translation>
    </message>
    <message>
        <source>Eye</source>
        <translation>Eye</translation>
    </message>
    <message>
        <source>Earth turns once a day, and 71 % of its surface is water.</source>
        <translation>Earth turns once a day, and 71 % of its surface is water.</translation>
    </message>
    <message>
        <source>Mars is red because its dust is rusty: it holds iron oxide.</source>
        <translation>Mars is red because its dust is rusty: it holds iron oxide.</translation>
    </message>
    <message>
        <source>Saturn&apos;s rings are billions of pieces of ice and rock, from grains to houses.</source>
        <translation>Saturn&apos;s rings are billions of pieces of ice and rock, from grains to houses.</translation>
    </message>
    <message>
        <source>One oxygen atom holds two hydrogen atoms at an angle of 104.5°.</source>
        <translation>One oxygen atom holds two hydrogen atoms at an angle of 104.5°.</translation>
    </message>
    <message>
        <source>Carbon in the middle, oxygen on both sides, in a straight line. Plants take it in and give out oxygen.</source>
        <translation>Carbon in the middle, oxygen on both sides, in a straight line. Plants take it in and give out oxygen.</translation>
    </message>
    <message>
        <source>Sodium and chlorine stack into cube-shaped crystals. The Baltic Sea is about five times less salty than the ocean.</source>
        <translation>Sodium and chlorine stack into cube-shaped crystals. The Baltic Sea is about five times less salty than the ocean.</translation>
    </message>
    <message>
        <source>Your heart beats about 100 000 times a day, pumping blood around your body.</source>
        <translation>Your heart beats about 100 000 times a day, pumping blood around your body.</translation>
    </message>
    <message>
        <source>Your lungs take oxygen from the air and breathe out carbon dioxide, 12 to 20 times a minute.</source>
        <translation>Your lungs take oxygen from the air and breathe out carbon dioxide, 12 to 20 times a minute.</translation>
    </message>
    <message>
        <source>The pupil grows in the dark to let in more light, and shrinks in bright light.</source>
        <translation>The pupil grows in the dark to let in more light, and shrinks in bright light.</translation>
    </message>
    <message>
        <source>AR cards</source>
        <translation>AR cards</translation>
    </message>
    <message>
        <source>Hold a card up to the camera and turn it: a planet, a molecule or an organ appears on it.</source>
        <translation>Hold a card up to the camera and turn it: a planet, a molecule or an organ appears on it.</translation>
    </message>
    <message>
        <source>No cards? Ask the staff at the desk.</source>
        <translation>No cards? Ask the staff at the desk.</translation>
    </message>
    <message>
        <source>How does the computer do it?</source>
        <translation>How does the computer do it?</translation>
    </message>
    <message>
        <source>It finds the black-and-white square, measures its four corners and works out how the card is turned and tilted. Then it draws the picture to match.</source>
        <translation>It finds the black-and-white square, measures its four corners and works out how the card is turned and tilted. Then it draws the picture to match.</translation>
    </message>
    <message>
        <source>Cards found: %1 of %2 · Goal: %3</source>
        <translation>Cards found: %1 of %2 · Goal: %3</translation>
    </message>
    <message>
        <source>What is on the cards?</source>
        <translation>What is on the cards?</translation>
    </message>
    <message>
        <source>Three planets, three molecules and three organs of your body. Find them all!</source>
        <translation>Three planets, three molecules and three organs of your body. Find them all!</translation>
    </message>
</context>
</TS>
