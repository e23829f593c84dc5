<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>TeachExhibit</name>
    <message>
      <source>Group 1</source>
      <translation>Group 1</translation>
    </message>
    <message>
      <source>Group 2</source>
      <translation>Group 2</translation>
    </message>
    <message>
      <source>Group 3</source>
      <translation>Group 3</translation>
    </message>
    <message>
      <source>1. Teach it two groups</source>
      <translation>1. Teach it two groups</translation>
    </message>
    <message>
      <source>Hold something (or make a gesture) in the square and tap Group 1 a few times. Then show something different and tap Group 2.</source>
      <translation>Hold something (or make a gesture) in the square and tap Group 1 a few times. Then show something different and tap Group 2.</translation>
    </message>
    <message>
      <source>2. The bias challenge</source>
      <translation>2. The bias challenge</translation>
    </message>
    <message>
      <source>Give Group 1 at least three times as many examples as Group 2. Then show Group 2's thing: does the computer still know it?</source>
      <translation>Give Group 1 at least three times as many examples as Group 2. Then show Group 2's thing: does the computer still know it?</translation>
    </message>
    <message>
      <source>3. Make it fair again</source>
      <translation>3. Make it fair again</translation>
    </message>
    <message>
      <source>One-sided examples make the small group lose votes. Give both groups about the same number of good examples.</source>
      <translation>One-sided examples make the small group lose votes. Give both groups about the same number of good examples.</translation>
    </message>
    <message>
      <source>4. Three groups</source>
      <translation>4. Three groups</translation>
    </message>
    <message>
      <source>Add a third group and teach it something new. Can it tell all three apart?</source>
      <translation>Add a third group and teach it something new. Can it tell all three apart?</translation>
    </message>
    <message>
      <source>Free play</source>
      <translation>Free play</translation>
    </message>
    <message>
      <source>You taught a computer! Try tricky things: what does it say about something it never saw?</source>
      <translation>You taught a computer! Try tricky things: what does it say about something it never saw?</translation>
    </message>
    <message>
      <source>Show it here</source>
      <translation>Show it here</translation>
    </message>
    <message>
      <source>It knows nothing yet: give at least one example to two groups.</source>
      <translation>It knows nothing yet: give at least one example to two groups.</translation>
    </message>
    <message>
      <source>One-sided! The big group has far more examples, so it wins the vote even when it should not.</source>
      <translation>One-sided! The big group has far more examples, so it wins the vote even when it should not.</translation>
    </message>
    <message>
      <source>Too few examples in %1: with fewer than %2 it is mostly guessing.</source>
      <translation>Too few examples in %1: with fewer than %2 it is mostly guessing.</translation>
    </message>
    <message>
      <source>It mixes the groups up: show things that look more different, from a few angles.</source>
      <translation>It mixes the groups up: show things that look more different, from a few angles.</translation>
    </message>
    <message>
      <source>Well taught: it recognises most of its own examples.</source>
      <translation>Well taught: it recognises most of its own examples.</translation>
    </message>
    <message>
      <source>add example</source>
      <translation>add example</translation>
    </message>
    <message>
      <source>Forget</source>
      <translation>Forget</translation>
    </message>
    <message>
      <source>Examples: %1 · self-test: %2 of %3 right</source>
      <translation>Examples: %1 · self-test: %2 of %3 right</translation>
    </message>
    <message>
      <source>The computer thinks:</source>
      <translation>The computer thinks:</translation>
    </message>
    <message>
      <source>Add Group 3</source>
      <translation>Add Group 3</translation>
    </message>
    <message>
      <source>Start over</source>
      <translation>Start over</translation>
    </message>
    <message>
      <source>No pictures are kept: the computer remembers only numbers, and forgets them when you leave.</source>
      <translation>No pictures are kept: the computer remembers only numbers, and forgets them when you leave.</translation>
    </message>
    <message>
      <source>Wait for the camera picture, then tap again.</source>
      <translation>Wait for the camera picture, then tap again.</translation>
    </message>
    <message>
      <source>This group is full. Forget it to start it again.</source>
      <translation>This group is full. Forget it to start it again.</translation>
    </message>
  </context>
</TS>
