<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>BuilderPage</name>
    <message>
      <source>word</source>
      <extracomment>The cracking-time meters run on log10(seconds) from one second to the age of the Universe.</extracomment>
      <translation>word</translation>
    </message>
    <message>
      <source>less than a second</source>
      <translation>less than a second</translation>
    </message>
    <message>
      <source>longer than the Universe has existed</source>
      <translation>longer than the Universe has existed</translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n second</numerusform>
        <numerusform>%n seconds</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n hour</numerusform>
        <numerusform>%n hours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n year(s)</source>
      <translation>
        <numerusform>%n year</numerusform>
        <numerusform>%n years</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n thousand year(s)</source>
      <translation>
        <numerusform>%n thousand years</numerusform>
        <numerusform>%n thousand years</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n million year(s)</source>
      <translation>
        <numerusform>%n million years</numerusform>
        <numerusform>%n million years</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n billion year(s)</source>
      <translation>
        <numerusform>%n billion years</numerusform>
        <numerusform>%n billion years</numerusform>
      </translation>
    </message>
    <message>
      <source>Challenge 1: beat the home computer</source>
      <translation>Challenge 1: beat the home computer</translation>
    </message>
    <message>
      <source>Build a password that a home computer needs more than a year to crack.</source>
      <translation>Build a password that a home computer needs more than a year to crack.</translation>
    </message>
    <message>
      <source>Challenge 2: beat the cracking rig</source>
      <translation>Challenge 2: beat the cracking rig</translation>
    </message>
    <message>
      <source>Now hold out for a century against a cracking rig. Tip: words are easier to remember than random characters. How many do you need?</source>
      <translation>Now hold out for a century against a cracking rig. Tip: words are easier to remember than random characters. How many do you need?</translation>
    </message>
    <message>
      <source>Both challenges solved!</source>
      <translation>Both challenges solved!</translation>
    </message>
    <message>
      <source>Try the phishing spotter too: the strongest password is no help if you give it away.</source>
      <translation>Try the phishing spotter too: the strongest password is no help if you give it away.</translation>
    </message>
    <message>
      <source>Guesses to try every possibility: %1</source>
      <translation>Guesses to try every possibility: %1</translation>
    </message>
    <message>
      <source>Tap the pieces to build a password.</source>
      <translation>Tap the pieces to build a password.</translation>
    </message>
    <message>
      <source>Strength: %1 bits</source>
      <translation>Strength: %1 bits</translation>
    </message>
    <message>
      <source>1 s</source>
      <translation>1 s</translation>
    </message>
    <message>
      <source>1 day</source>
      <translation>1 day</translation>
    </message>
    <message>
      <source>1 year</source>
      <translation>1 year</translation>
    </message>
    <message>
      <source>1 million years</source>
      <translation>1 million years</translation>
    </message>
    <message>
      <source>Home computer</source>
      <translation>Home computer</translation>
    </message>
    <message>
      <source>Cracking rig</source>
      <translation>Cracking rig</translation>
    </message>
    <message>
      <source>Assumed: a home computer tries a billion (10⁹) guesses a second, a cracking rig of several graphics cards a trillion (10¹²), against a fast password hash. The attacker knows the recipe (which kinds of pieces), not the pieces.</source>
      <translation>Assumed: a home computer tries a billion (10⁹) guesses a second, a cracking rig of several graphics cards a trillion (10¹²), against a fast password hash. The attacker knows the recipe (which kinds of pieces), not the pieces.</translation>
    </message>
    <message>
      <source>Tap a piece to add it:</source>
      <translation>Tap a piece to add it:</translation>
    </message>
    <message>
      <source>+ %2   (%1: %3 bits)</source>
      <translation>+ %2   (%1: %3 bits)</translation>
    </message>
    <message>
      <source>12 random characters</source>
      <translation>12 random characters</translation>
    </message>
    <message>
      <source>Remove last</source>
      <translation>Remove last</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
    <message>
      <source>New pieces</source>
      <translation>New pieces</translation>
    </message>
    <message>
      <source>Never type a real password into anything to test it: this lab only uses made-up pieces.</source>
      <translation>Never type a real password into anything to test it: this lab only uses made-up pieces.</translation>
    </message>
  </context>
  <context>
    <name>PasswordLabExhibit</name>
    <message>
      <source>Password builder</source>
      <translation>Password builder</translation>
    </message>
    <message>
      <source>Phishing spotter</source>
      <translation>Phishing spotter</translation>
    </message>
  </context>
  <context>
    <name>SpotterPage</name>
    <message>
      <source>Message %1 of %2</source>
      <translation>Message %1 of %2</translation>
    </message>
    <message>
      <source>Tap every part of this message that is a warning sign.</source>
      <translation>Tap every part of this message that is a warning sign.</translation>
    </message>
    <message>
      <source>Warning signs found: %1 of %2</source>
      <translation>Warning signs found: %1 of %2</translation>
    </message>
    <message>
      <source>All found! A message with signs like these is phishing: delete it, and tell an adult or the real company.</source>
      <translation>All found! A message with signs like these is phishing: delete it, and tell an adult or the real company.</translation>
    </message>
    <message>
      <source>The signs you missed are marked with ⚠ now. Read why each one is a warning sign.</source>
      <translation>The signs you missed are marked with ⚠ now. Read why each one is a warning sign.</translation>
    </message>
    <message>
      <source>Phishing messages pretend to be someone you trust, to get your password or money. Look at the sender, the tone, the link and what they ask for.</source>
      <translation>Phishing messages pretend to be someone you trust, to get your password or money. Look at the sender, the tone, the link and what they ask for.</translation>
    </message>
    <message>
      <source>This part is normal: real messages say things like this too.</source>
      <translation>This part is normal: real messages say things like this too.</translation>
    </message>
    <message>
      <source>Show the answers</source>
      <translation>Show the answers</translation>
    </message>
    <message>
      <source>Next message</source>
      <translation>Next message</translation>
    </message>
  </context>
</TS>
