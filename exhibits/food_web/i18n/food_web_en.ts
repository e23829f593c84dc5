<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FoodWebExhibit</name>
    <message>
        <source>kt</source>
        <translation>kt</translation>
    </message>
    <message>
        <source>{percent} a year</source>
        <translation>{percent} a year</translation>
    </message>
    <message>
        <source>Sprat growth</source>
        <translation>Sprat growth</translation>
    </message>
    <message>
        <source>Cod hunting</source>
        <translation>Cod hunting</translation>
    </message>
    <message>
        <source>Cod death rate</source>
        <translation>Cod death rate</translation>
    </message>
    <message>
        <source>Fishing</source>
        <translation>Fishing</translation>
    </message>
    <message>
        <source>The cod are gone! Ease off and press Restart.</source>
        <translation>The cod are gone! Ease off and press Restart.</translation>
    </message>
    <message>
        <source>The sprat are gone, so the cod will starve. Press Restart.</source>
        <translation>The sprat are gone, so the cod will starve. Press Restart.</translation>
    </message>
    <message>
        <source>Balance found! Now raise the fishing: the balance point moves to more sprat and fewer cod.</source>
        <translation>Balance found! Now raise the fishing: the balance point moves to more sprat and fewer cod.</translation>
    </message>
    <message>
        <source>Hint: the balance point is the yellow cross. Tap right on it.</source>
        <translation>Hint: the balance point is the yellow cross. Tap right on it.</translation>
    </message>
    <message>
        <source>Not quite: the fish still swing. Tap nearer the middle of the loop.</source>
        <translation>Not quite: the fish still swing. Tap nearer the middle of the loop.</translation>
    </message>
    <message>
        <source>Find the balance point: tap the phase plot where sprat and cod would stay the same.</source>
        <translation>Find the balance point: tap the phase plot where sprat and cod would stay the same.</translation>
    </message>
    <message>
        <source>50 years of fishing and both stocks survived! Healthy {score} % of the time.</source>
        <translation>50 years of fishing and both stocks survived! Healthy {score} % of the time.</translation>
    </message>
    <message>
        <source>Both survived 50 years, but were healthy only {score} % of the time. Try fishing less.</source>
        <translation>Both survived 50 years, but were healthy only {score} % of the time. Try fishing less.</translation>
    </message>
    <message>
        <source>Set fishing to at least 20 % a year, then keep sprat and cod alive for 50 years.</source>
        <translation>Set fishing to at least 20 % a year, then keep sprat and cod alive for 50 years.</translation>
    </message>
    <message>
        <source>Keep sprat and cod alive for 50 years while fishing.</source>
        <translation>Keep sprat and cod alive for 50 years while fishing.</translation>
    </message>
    <message>
        <source>{years} / {goal} years of fishing</source>
        <translation>{years} / {goal} years of fishing</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <source>Caught so far: {biomass}</source>
        <translation>Caught so far: {biomass}</translation>
    </message>
    <message>
        <source>Sprat: {biomass}</source>
        <translation>Sprat: {biomass}</translation>
    </message>
    <message>
        <source>Cod: {biomass}</source>
        <translation>Cod: {biomass}</translation>
    </message>
    <message>
        <source>each fish = {biomass}</source>
        <translation>each fish = {biomass}</translation>
    </message>
    <message>
        <source>The cod stock has collapsed.
Tap here to start again.</source>
        <translation>The cod stock has collapsed.
Tap here to start again.</translation>
    </message>
    <message>
        <source>The sprat stock has collapsed.
Tap here to start again.</source>
        <translation>The sprat stock has collapsed.
Tap here to start again.</translation>
    </message>
    <message>
        <source>Balance point</source>
        <translation>Balance point</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Stock, kt</source>
        <translation>Stock, kt</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Sprat</source>
        <translation>Sprat</translation>
    </message>
    <message>
        <source>Cod</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Cod, kt</source>
        <translation>Cod, kt</translation>
    </message>
    <message>
        <source>Sprat, kt</source>
        <translation>Sprat, kt</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
</context>
</TS>
