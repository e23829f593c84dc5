<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv">
  <context>
    <name>AccessibilityPanel</name>
    <message>
      <source>Make it easier to see</source>
      <translation>Lai būtu vieglāk redzēt</translation>
    </message>
    <message>
      <source>Larger text</source>
      <translation>Lielāks teksts</translation>
    </message>
    <message>
      <source>High contrast</source>
      <translation>Augsts kontrasts</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Gatavs</translation>
    </message>
  </context>
  <context>
    <name>AttractScreen</name>
    <message>
      <source>Touch to explore!</source>
      <translation>Pieskaries un atklāj!</translation>
    </message>
    <message>
      <source>Experiments about waves, planets, circuits and life in the Baltic Sea</source>
      <translation>Eksperimenti par viļņiem, planētām, elektriskām ķēdēm un dzīvi Baltijas jūrā</translation>
    </message>
  </context>
  <context>
    <name>Celebration</name>
    <message>
      <source>Well done!</source>
      <translation>Lieliski!</translation>
    </message>
    <message>
      <source>Goal reached!</source>
      <translation>Mērķis sasniegts!</translation>
    </message>
    <message>
      <source>Goal reached! Score: %1</source>
      <translation>Mērķis sasniegts! Punkti: %1</translation>
    </message>
  </context>
  <context>
    <name>CountdownOverlay</name>
    <message>
      <source>Are you still there?</source>
      <translation>Vai tu vēl esi šeit?</translation>
    </message>
    <message>
      <source>Touch the screen to keep playing.</source>
      <translation>Pieskaries ekrānam, lai turpinātu.</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Turpināt</translation>
    </message>
  </context>
  <context>
    <name>ExhibitHost</name>
    <message>
      <source>Home</source>
      <translation>Sākums</translation>
    </message>
    <message>
      <source>Learn more</source>
      <translation>Uzzināt vairāk</translation>
    </message>
    <message>
      <source>Camera on</source>
      <translation>Kamera ieslēgta</translation>
    </message>
  </context>
  <context>
    <name>ExhibitTile</name>
    <message>
      <source>Ages %1</source>
      <translation>Vecums %1</translation>
    </message>
    <message>
      <source>Camera</source>
      <translation>Kamera</translation>
    </message>
    <message>
      <source>Temporarily unavailable</source>
      <translation>Īslaicīgi nav pieejams</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <source>Explore science!</source>
      <translation>Atklāj zinātni!</translation>
    </message>
    <message>
      <source>Touch an experiment to start</source>
      <translation>Pieskaries eksperimentam, lai sāktu</translation>
    </message>
    <message>
      <source>Easier to see</source>
      <translation>Vieglāk redzēt</translation>
    </message>
    <message>
      <source>No experiments are available right now.</source>
      <translation>Pašlaik neviens eksperiments nav pieejams.</translation>
    </message>
  </context>
  <context>
    <name>IntroCard</name>
    <message>
      <source>The camera image is shown only on this screen and is never saved.</source>
      <translation>Kameras attēls redzams tikai šajā ekrānā, un tas nekad netiek saglabāts.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Sākt</translation>
    </message>
  </context>
  <context>
    <name>KioskWindow</name>
    <message>
      <source>Reload exhibits</source>
      <translation>Pārlādēt eksponātus</translation>
    </message>
    <message>
      <source>Station check</source>
      <translation>Stacijas pārbaude</translation>
    </message>
    <message>
      <source>Exit the kiosk</source>
      <translation>Iziet no kioska</translation>
    </message>
    <message>
      <source>%1 exhibits loaded, %2 unavailable.</source>
      <translation>Ielādēti eksponāti: %1, nav pieejami: %2.</translation>
    </message>
    <message>
      <source>Checking the station…</source>
      <translation>Pārbauda staciju…</translation>
    </message>
  </context>
  <context>
    <name>LearnMoreCard</name>
    <message>
      <source>What can you learn here?</source>
      <translation>Ko te var uzzināt?</translation>
    </message>
    <message>
      <source>Back to the experiment</source>
      <translation>Atpakaļ pie eksperimenta</translation>
    </message>
  </context>
  <context>
    <name>NoticeCard</name>
    <message>
      <source>Oops! This experiment needs a rest.</source>
      <translation>Ak vai! Šim eksperimentam vajag atpūsties.</translation>
    </message>
    <message>
      <source>Something went wrong, but it is not your fault. Please choose another experiment.</source>
      <translation>Kaut kas nogāja greizi, bet tā nav tava vaina. Lūdzu, izvēlies citu eksperimentu.</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Labi</translation>
    </message>
  </context>
  <context>
    <name>PinPad</name>
    <message>
      <source>No PIN is set. A technician sets one with: kiosk pin set</source>
      <translation>PIN kods nav iestatīts. Tehniķis to iestata ar komandu: kiosk pin set</translation>
    </message>
    <message numerus="yes">
      <source>Too many wrong PINs. Try again in %n second(s).</source>
      <translation>
        <numerusform>Pārāk daudz nepareizu PIN kodu. Mēģiniet vēlreiz pēc %n sekundes.</numerusform>
        <numerusform>Pārāk daudz nepareizu PIN kodu. Mēģiniet vēlreiz pēc %n sekundēm.</numerusform>
        <numerusform>Pārāk daudz nepareizu PIN kodu. Mēģiniet vēlreiz pēc %n sekundēm.</numerusform>
      </translation>
    </message>
    <message>
      <source>Wrong PIN. Please try again.</source>
      <translation>Nepareizs PIN kods. Lūdzu, mēģiniet vēlreiz.</translation>
    </message>
    <message>
      <source>For staff and educators only.</source>
      <translation>Tikai darbiniekiem un pedagogiem.</translation>
    </message>
    <message>
      <source>Enter PIN</source>
      <translation>Ievadiet PIN kodu</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Dzēst</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Labi</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Atcelt</translation>
    </message>
  </context>
  <context>
    <name>StaffMenu</name>
    <message>
      <source>Staff menu</source>
      <translation>Darbinieku izvēlne</translation>
    </message>
    <message>
      <source>Educator menu</source>
      <translation>Pedagoga izvēlne</translation>
    </message>
    <message>
      <source>Back to visitors</source>
      <translation>Atpakaļ pie apmeklētājiem</translation>
    </message>
  </context>
  <context>
    <name>Subjects</name>
    <message>
      <source>Physics</source>
      <translation>Fizika</translation>
    </message>
    <message>
      <source>Mathematics</source>
      <translation>Matemātika</translation>
    </message>
    <message>
      <source>Computing</source>
      <translation>Datorzinātne</translation>
    </message>
    <message>
      <source>Biology</source>
      <translation>Bioloģija</translation>
    </message>
    <message>
      <source>Chemistry</source>
      <translation>Ķīmija</translation>
    </message>
    <message>
      <source>Astronomy</source>
      <translation>Astronomija</translation>
    </message>
    <message>
      <source>Engineering</source>
      <translation>Inženierzinātnes</translation>
    </message>
  </context>
</TS>