<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>AccessibilityPanel</name>
    <message>
      <source>Make it easier to see</source>
      <translation>Make it easier to see</translation>
    </message>
    <message>
      <source>Larger text</source>
      <translation>Larger text</translation>
    </message>
    <message>
      <source>High contrast</source>
      <translation>High contrast</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
  </context>
  <context>
    <name>AttractScreen</name>
    <message>
      <source>Touch to explore!</source>
      <translation>Touch to explore!</translation>
    </message>
    <message>
      <source>Experiments about waves, planets, circuits and life in the Baltic Sea</source>
      <translation>Experiments about waves, planets, circuits and life in the Baltic Sea</translation>
    </message>
  </context>
  <context>
    <name>Celebration</name>
    <message>
      <source>Well done!</source>
      <translation>Well done!</translation>
    </message>
    <message>
      <source>Goal reached!</source>
      <translation>Goal reached!</translation>
    </message>
    <message>
      <source>Goal reached! Score: %1</source>
      <translation>Goal reached! Score: %1</translation>
    </message>
  </context>
  <context>
    <name>CountdownOverlay</name>
    <message>
      <source>Are you still there?</source>
      <translation>Are you still there?</translation>
    </message>
    <message>
      <source>Touch the screen to keep playing.</source>
      <translation>Touch the screen to keep playing.</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Continue</translation>
    </message>
  </context>
  <context>
    <name>ExhibitHost</name>
    <message>
      <source>Home</source>
      <translation>Home</translation>
    </message>
    <message>
      <source>Learn more</source>
      <translation>Learn more</translation>
    </message>
    <message>
      <source>Camera on</source>
      <translation>Camera on</translation>
    </message>
  </context>
  <context>
    <name>ExhibitTile</name>
    <message>
      <source>Ages %1</source>
      <translation>Ages %1</translation>
    </message>
    <message>
      <source>Camera</source>
      <translation>Camera</translation>
    </message>
    <message>
      <source>Temporarily unavailable</source>
      <translation>Temporarily unavailable</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <source>Explore science!</source>
      <translation>Explore science!</translation>
    </message>
    <message>
      <source>Touch an experiment to start</source>
      <translation>Touch an experiment to start</translation>
    </message>
    <message>
      <source>Easier to see</source>
      <translation>Easier to see</translation>
    </message>
    <message>
      <source>No experiments are available right now.</source>
      <translation>No experiments are available right now.</translation>
    </message>
  </context>
  <context>
    <name>IntroCard</name>
    <message>
      <source>The camera image is shown only on this screen and is never saved.</source>
      <translation>The camera image is shown only on this screen and is never saved.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
  </context>
  <context>
    <name>KioskWindow</name>
    <message>
      <source>Reload exhibits</source>
      <translation>Reload exhibits</translation>
    </message>
    <message>
      <source>Station check</source>
      <translation>Station check</translation>
    </message>
    <message>
      <source>Exit the kiosk</source>
      <translation>Exit the kiosk</translation>
    </message>
    <message>
      <source>%1 exhibits loaded, %2 unavailable.</source>
      <translation>%1 exhibits loaded, %2 unavailable.</translation>
    </message>
    <message>
      <source>Checking the station…</source>
      <translation>Checking the station…</translation>
    </message>
  </context>
  <context>
    <name>LearnMoreCard</name>
    <message>
      <source>What can you learn here?</source>
      <translation>What can you learn here?</translation>
    </message>
    <message>
      <source>Back to the experiment</source>
      <translation>Back to the experiment</translation>
    </message>
  </context>
  <context>
    <name>NoticeCard</name>
    <message>
      <source>Oops! This experiment needs a rest.</source>
      <translation>Oops! This experiment needs a rest.</translation>
    </message>
    <message>
      <source>Something went wrong, but it is not your fault. Please choose another experiment.</source>
      <translation>Something went wrong, but it is not your fault. Please choose another experiment.</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>PinPad</name>
    <message>
      <source>No PIN is set. A technician sets one with: kiosk pin set</source>
      <translation>No PIN is set. A technician sets one with: kiosk pin set</translation>
    </message>
    <message numerus="yes">
      <source>Too many wrong PINs. Try again in %n second(s).</source>
      <translation>
        <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
        <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
      </translation>
    </message>
    <message>
      <source>Wrong PIN. Please try again.</source>
      <translation>Wrong PIN. Please try again.</translation>
    </message>
    <message>
      <source>For staff and educators only.</source>
      <translation>For staff and educators only.</translation>
    </message>
    <message>
      <source>Enter PIN</source>
      <translation>Enter PIN</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>StaffMenu</name>
    <message>
      <source>Staff menu</source>
      <translation>Staff menu</translation>
    </message>
    <message>
      <source>Educator menu</source>
      <translation>Educator menu</translation>
    </message>
    <message>
      <source>Back to visitors</source>
      <translation>Back to visitors</translation>
    </message>
  </context>
  <context>
    <name>Subjects</name>
    <message>
      <source>Physics</source>
      <translation>Physics</translation>
    </message>
    <message>
      <source>Mathematics</source>
      <translation>Mathematics</translation>
    </message>
    <message>
      <source>Computing</source>
      <translation>Computing</translation>
    </message>
    <message>
      <source>Biology</source>
      <translation>Biology</translation>
    </message>
    <message>
      <source>Chemistry</source>
      <translation>Chemistry</translation>
    </message>
    <message>
      <source>Astronomy</source>
      <translation>Astronomy</translation>
    </message>
    <message>
      <source>Engineering</source>
      <translation>Engineering</translation>
    </message>
  </context>
</TS>