<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
  <context>
    <name>Shapes3DExhibit</name>
    <message>
      <source>Challenge {number} of {total}</source>
      <extracomment>How long "Solved!" stays before the next challenge's empty plate appears.</extracomment>
      <translation>{number}. uzdevums no {total}</translation>
    </message>
    <message>
      <source>Free building</source>
      <translation>Brīvā būvēšana</translation>
    </message>
    <message>
      <source>All challenges solved! Build anything you like and watch its views.</source>
      <translation>Visi uzdevumi atrisināti! Būvē, ko vēlies, un vēro tā skatus.</translation>
    </message>
    <message>
      <source>These views belong to a block of {big} cubes. Build the same views with only {small} cubes!</source>
      <translation>Šie ir {big} klucīšu bloka skati. Iegūsti tos pašus skatus tikai ar {small} klucīšiem!</translation>
    </message>
    <message>
      <source>Build a shape that fills the striped squares in all three views.</source>
      <translation>Uzbūvē formu, kas aizpilda svītrotās rūtiņas visos trīs skatos.</translation>
    </message>
    <message>
      <source>From above</source>
      <translation>No augšas</translation>
    </message>
    <message>
      <source>From the front</source>
      <translation>No priekšas</translation>
    </message>
    <message>
      <source>From the right side</source>
      <translation>No labās puses</translation>
    </message>
    <message>
      <source>✔ matches</source>
      <translation>✔ sakrīt</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>vēl ne</translation>
    </message>
    <message>
      <source>Volume: {volume}</source>
      <translation>Tilpums: {volume}</translation>
    </message>
    <message>
      <source>Each cube is 1 cubic unit, so the volume is the number of cubes.</source>
      <translation>Katrs klucītis ir 1 kubikvienība, tāpēc tilpums ir klucīšu skaits.</translation>
    </message>
    <message>
      <source>Surface area: {area}</source>
      <translation>Virsmas laukums: {area}</translation>
    </message>
    <message>
      <source>Each cube has 6 square faces. Where two cubes touch, 2 faces are hidden: 6 × {volume} − 2 × {pairs} = {area}.</source>
      <translation>Katram klucītim ir 6 kvadrātveida skaldnes. Kur divi klucīši saskaras, 2 skaldnes paslēpjas: 6 × {volume} − 2 × {pairs} = {area}.</translation>
    </message>
    <message>
      <source>Add a cube</source>
      <translation>Pielikt klucīti</translation>
    </message>
    <message>
      <source>Take one off</source>
      <translation>Noņemt klucīti</translation>
    </message>
    <message>
      <source>Clear the plate</source>
      <translation>Notīrīt laukumu</translation>
    </message>
    <message>
      <source>FRONT</source>
      <translation>PRIEKŠA</translation>
    </message>
    <message numerus="yes">
      <source>%n cube(s)</source>
      <translation>
        <numerusform>%n klucītis</numerusform>
        <numerusform>%n klucīši</numerusform>
        <numerusform>%n klucīšu</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n square(s)</source>
      <translation>
        <numerusform>%n kvadrātiņš</numerusform>
        <numerusform>%n kvadrātiņi</numerusform>
        <numerusform>%n kvadrātiņu</numerusform>
      </translation>
    </message>
    <message>
      <source>Solved! All three views match. Well done!</source>
      <translation>Atrisināts! Visi trīs skati sakrīt. Malacis!</translation>
    </message>
    <message>
      <source>That tower is as tall as it can be.</source>
      <translation>Šis tornis jau ir augstākais iespējamais.</translation>
    </message>
    <message>
      <source>There is no cube there to take off.</source>
      <translation>Tur nav klucīša, ko noņemt.</translation>
    </message>
    <message>
      <source>Tap a square of the plate to stack a cube on it.</source>
      <translation>Pieskaries laukuma rūtiņai, lai uzliktu uz tās klucīti.</translation>
    </message>
    <message>
      <source>The views match, but you used {count}. Take some off where they hide behind others.</source>
      <translation>Skati sakrīt, bet tu izmantoji {count}. Noņem dažus, kas paslēpti aiz citiem.</translation>
    </message>
    <message>
      <source>{matching} of 3 views match.</source>
      <translation>Sakrīt {matching} no 3 skatiem.</translation>
    </message>
  </context>
</TS>
