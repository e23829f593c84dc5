<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
  <context>
    <name>PilotBoatExhibit</name>
    <message>
      <source>Clear</source>
      <extracomment>Seconds between two program steps while the program runs (time to follow the lit block).</extracomment>
      <translation>Notīrīt</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Solis</translation>
    </message>
    <message>
      <source>Next trip</source>
      <translation>Nākamais brauciens</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Uz priekšu</translation>
    </message>
    <message>
      <source>Turn left</source>
      <translation>Pa kreisi</translation>
    </message>
    <message>
      <source>Turn right</source>
      <translation>Pa labi</translation>
    </message>
    <message>
      <source>Repeat</source>
      <translation>Atkārto</translation>
    </message>
    <message>
      <source>If buoy ahead</source>
      <translation>Ja priekšā ir boja</translation>
    </message>
    <message>
      <source>Tap or drag blocks here to build the program.</source>
      <translation>Pieskaries blokiem vai velc tos šeit, lai saliktu programmu.</translation>
    </message>
    <message>
      <source>Let go to remove</source>
      <translation>Atlaid, lai noņemtu</translation>
    </message>
    <message>
      <source>Steer the pilot boat from the pilot station to the ship. Add blocks: forward, turn, forward.</source>
      <translation>Aizved loču kuteri no loču stacijas līdz kuģim. Pievieno blokus: uz priekšu, pagriezies, uz priekšu.</translation>
    </message>
    <message>
      <source>A long channel, but only {blocks} blocks fit. Put Forward inside Repeat.</source>
      <translation>Garš kanāls, bet der tikai {blocks} bloki. Ieliec “Uz priekšu” blokā “Atkārto”.</translation>
    </message>
    <message>
      <source>Zig-zag between the piers with at most {blocks} blocks: repeat a pattern.</source>
      <translation>Līkločiem starp moliem, ne vairāk kā {blocks} bloki: atkārto rakstu.</translation>
    </message>
    <message>
      <source>Buoys show where to turn. Only {blocks} blocks: inside Repeat, check If buoy ahead, then go Forward.</source>
      <translation>Bojas rāda, kur griezties. Tikai {blocks} bloki: blokā “Atkārto” pārbaudi “Ja priekšā ir boja”, tad brauc “Uz priekšu”.</translation>
    </message>
    <message>
      <source>Out through the harbour mouth to the ship at sea. Here the buoys mean: turn left.</source>
      <translation>Ārā pa ostas vārtiem līdz kuģim jūrā. Šeit bojas nozīmē: griezies pa kreisi.</translation>
    </message>
    <message>
      <source>Build the program, then tap Run or Step.</source>
      <translation>Saliec programmu, tad spied “Palaist” vai “Solis”.</translation>
    </message>
    <message>
      <source>The program is empty: tap a block to add it.</source>
      <translation>Programma ir tukša: pieskaries blokam, lai to pievienotu.</translation>
    </message>
    <message>
      <source>The boat follows your program: watch the lit block.</source>
      <translation>Kuteris izpilda tavu programmu: seko izgaismotajam blokam.</translation>
    </message>
    <message>
      <source>Step {steps}: tap Step again for the next block.</source>
      <translation>Solis {steps}: spied “Solis” vēlreiz, lai izpildītu nākamo bloku.</translation>
    </message>
    <message>
      <source>Paused. Tap Run to go on, or Step for one block.</source>
      <translation>Pauze. Spied “Palaist”, lai turpinātu, vai “Solis” – vienam blokam.</translation>
    </message>
    <message>
      <source>This trip allows only {blocks} blocks. Can a Repeat do it with fewer?</source>
      <translation>Šajā braucienā drīkst tikai {blocks} blokus. Vai “Atkārto” to paveiks ar mazāk blokiem?</translation>
    </message>
    <message>
      <source>The boat is under way: tap Stop to change the program.</source>
      <translation>Kuteris ir ceļā: spied “Apturēt”, lai mainītu programmu.</translation>
    </message>
    <message>
      <source>Alongside! The pilot climbs aboard the ship. Well done!</source>
      <translation>Pie borta! Locis kāpj uz kuģa. Lieliski!</translation>
    </message>
    <message>
      <source>Bump! The boat hit the pier. Change the program and try again.</source>
      <translation>Bums! Kuteris atsitās pret molu. Izmaini programmu un mēģini vēlreiz.</translation>
    </message>
    <message>
      <source>Bump! The boat hit a buoy. Turn before it.</source>
      <translation>Bums! Kuteris atsitās pret boju. Pagriezies pirms tās.</translation>
    </message>
    <message>
      <source>The boat sailed off the chart. Turn the other way?</source>
      <translation>Kuteris aizbrauca ārpus kartes. Varbūt jāgriežas uz otru pusi?</translation>
    </message>
    <message>
      <source>Out of steps! This trip has fuel for {steps} steps. Does a Repeat run too often?</source>
      <translation>Soļi beigušies! Šim braucienam degvielas pietiek {steps} soļiem. Vai “Atkārto” neatkārto par daudz?</translation>
    </message>
    <message>
      <source>The program ended before the boat reached the ship. Add more blocks.</source>
      <translation>Programma beidzās, pirms kuteris sasniedza kuģi. Pievieno vēl blokus.</translation>
    </message>
    <message>
      <source>Trip {number} of {total}</source>
      <translation>Brauciens {number} no {total}</translation>
    </message>
    <message>
      <source>Blocks: {used} of {most}.</source>
      <translation>Bloki: {used} no {most}.</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Apturēt</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Palaist</translation>
    </message>
  </context>
</TS>
