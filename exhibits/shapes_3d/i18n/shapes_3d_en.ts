<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>Shapes3DExhibit</name>
    <message>
      <source>Challenge {number} of {total}</source>
      <extracomment>How long "Solved!" stays before the next challenge's empty plate appears.</extracomment>
      <translation>Challenge {number} of {total}</translation>
    </message>
    <message>
      <source>Free building</source>
      <translation>Free building</translation>
    </message>
    <message>
      <source>All challenges solved! Build anything you like and watch its views.</source>
      <translation>All challenges solved! Build anything you like and watch its views.</translation>
    </message>
    <message>
      <source>These views belong to a block of {big} cubes. Build the same views with only {small} cubes!</source>
      <translation>These views belong to a block of {big} cubes. Build the same views with only {small} cubes!</translation>
    </message>
    <message>
      <source>Build a shape that fills the striped squares in all three views.</source>
      <translation>Build a shape that fills the striped squares in all three views.</translation>
    </message>
    <message>
      <source>From above</source>
      <translation>From above</translation>
    </message>
    <message>
      <source>From the front</source>
      <translation>From the front</translation>
    </message>
    <message>
      <source>From the right side</source>
      <translation>From the right side</translation>
    </message>
    <message>
      <source>✔ matches</source>
      <translation>✔ matches</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>not yet</translation>
    </message>
    <message>
      <source>Volume: {volume}</source>
      <translation>Volume: {volume}</translation>
    </message>
    <message>
      <source>Each cube is 1 cubic unit, so the volume is the number of cubes.</source>
      <translation>Each cube is 1 cubic unit, so the volume is the number of cubes.</translation>
    </message>
    <message>
      <source>Surface area: {area}</source>
      <translation>Surface area: {area}</translation>
    </message>
    <message>
      <source>Each cube has 6 square faces. Where two cubes touch, 2 faces are hidden: 6 × {volume} − 2 × {pairs} = {area}.</source>
      <translation>Each cube has 6 square faces. Where two cubes touch, 2 faces are hidden: 6 × {volume} − 2 × {pairs} = {area}.</translation>
    </message>
    <message>
      <source>Add a cube</source>
      <translation>Add a cube</translation>
    </message>
    <message>
      <source>Take one off</source>
      <translation>Take one off</translation>
    </message>
    <message>
      <source>Clear the plate</source>
      <translation>Clear the plate</translation>
    </message>
    <message>
      <source>FRONT</source>
      <translation>FRONT</translation>
    </message>
    <message numerus="yes">
      <source>%n cube(s)</source>
      <translation>
        <numerusform>%n cube</numerusform>
        <numerusform>%n cubes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n square(s)</source>
      <translation>
        <numerusform>%n square</numerusform>
        <numerusform>%n squares</numerusform>
      </translation>
    </message>
    <message>
      <source>Solved! All three views match. Well done!</source>
      <translation>Solved! All three views match. Well done!</translation>
    </message>
    <message>
      <source>That tower is as tall as it can be.</source>
      <translation>That tower is as tall as it can be.</translation>
    </message>
    <message>
      <source>There is no cube there to take off.</source>
      <translation>There is no cube there to take off.</translation>
    </message>
    <message>
      <source>Tap a square of the plate to stack a cube on it.</source>
      <translation>Tap a square of the plate to stack a cube on it.</translation>
    </message>
    <message>
      <source>The views match, but you used {count}. Take some off where they hide behind others.</source>
      <translation>The views match, but you used {count}. Take some off where they hide behind others.</translation>
    </message>
    <message>
      <source>{matching} of 3 views match.</source>
      <translation>{matching} of 3 views match.</translation>
    </message>
  </context>
</TS>
