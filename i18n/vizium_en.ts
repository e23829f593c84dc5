<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>AccessibilityPanel</name>
    <message>
      <source>Make it easier to see</source>
      <extracomment>What idle resets, countdowns and animations follow (the monkey's own clock under the monkey).</extracomment>
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
    <name>AttendancePage</name>
    <message>
      <source>No session is running: attendance shows the running session.</source>
      <translation>No session is running: attendance shows the running session.</translation>
    </message>
    <message numerus="yes">
      <source>%1: %n checked in</source>
      <translation>
        <numerusform>%1: %n checked in</numerusform>
        <numerusform>%1: %n checked in</numerusform>
      </translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Group</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Age</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Gender</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progress</translation>
    </message>
    <message>
      <source>graduated %1</source>
      <translation>graduated %1</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 of %2</translation>
    </message>
    <message>
      <source>unknown to the centre: register it</source>
      <translation>unknown to the centre: register it</translation>
    </message>
    <message>
      <source>provisional: waiting for the centre</source>
      <translation>provisional: waiting for the centre</translation>
    </message>
    <message>
      <source>Graduates of this programme: %1</source>
      <translation>Graduates of this programme: %1</translation>
    </message>
    <message>
      <source>Graduated on</source>
      <translation>Graduated on</translation>
    </message>
    <message>
      <source>(removed)</source>
      <translation>(removed)</translation>
    </message>
    <message>
      <source>Nobody has graduated from this programme on this kiosk yet.</source>
      <translation>Nobody has graduated from this programme on this kiosk yet.</translation>
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
    <name>BadgesPage</name>
    <message>
      <source>Choose a folder first.</source>
      <translation>Choose a folder first.</translation>
    </message>
    <message numerus="yes">
      <source>%n badge(s) saved to %1</source>
      <translation>
        <numerusform>%n badge saved to %1</numerusform>
        <numerusform>%n badges saved to %1</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not save the badges: %1</source>
      <translation>Could not save the badges: %1</translation>
    </message>
    <message>
      <source>Preparing the badges…</source>
      <translation>Preparing the badges…</translation>
    </message>
    <message>
      <source>How many new badges (12 on each A4 page)</source>
      <translation>How many new badges (12 on each A4 page)</translation>
    </message>
    <message>
      <source>Language of the sheet</source>
      <translation>Language of the sheet</translation>
    </message>
    <message>
      <source>Save the PDF in this folder (a USB stick, or the kiosk's folder)</source>
      <translation>Save the PDF in this folder (a USB stick, or the kiosk's folder)</translation>
    </message>
    <message>
      <source>Make badges</source>
      <translation>Make badges</translation>
    </message>
    <message numerus="yes">
      <source>Badges for %n new participant(s)</source>
      <translation>
        <numerusform>Badges for %n new participant</numerusform>
        <numerusform>Badges for %n new participants</numerusform>
      </translation>
    </message>
    <message>
      <source>Each badge has a new code and no name.</source>
      <translation>Each badge has a new code and no name.</translation>
    </message>
  </context>
  <context>
    <name>CameraCheck</name>
    <message>
      <source>Camera check</source>
      <translation>Camera check</translation>
    </message>
    <message>
      <source>This station has no camera support installed.</source>
      <translation>This station has no camera support installed.</translation>
    </message>
    <message>
      <source>A camera activity is using the camera. Go back to Home, then check the camera.</source>
      <translation>A camera activity is using the camera. Go back to Home, then check the camera.</translation>
    </message>
    <message>
      <source>The camera works.</source>
      <translation>The camera works.</translation>
    </message>
    <message>
      <source>No camera is set up: the activities show the demo video.</source>
      <translation>No camera is set up: the activities show the demo video.</translation>
    </message>
    <message>
      <source>Starting the camera…</source>
      <translation>Starting the camera…</translation>
    </message>
    <message>
      <source>Showing: %1
Setting: source = %2, %3 × %4 at %5 frames a second</source>
      <translation>Showing: %1
Setting: source = %2, %3 × %4 at %5 frames a second</translation>
    </message>
    <message>
      <source>frames per second</source>
      <translation>frames per second</translation>
    </message>
    <message>
      <source>ms of work per frame</source>
      <translation>ms of work per frame</translation>
    </message>
    <message>
      <source>ms from camera to screen</source>
      <translation>ms from camera to screen</translation>
    </message>
    <message>
      <source>frames skipped</source>
      <translation>frames skipped</translation>
    </message>
    <message>
      <source>The picture is only shown here: it is never saved or sent.</source>
      <translation>The picture is only shown here: it is never saved or sent.</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Back</translation>
    </message>
  </context>
  <context>
    <name>CameraView</name>
    <message>
      <source>This screen has no camera.</source>
      <translation>This screen has no camera.</translation>
    </message>
    <message>
      <source>No camera found: showing a demo video.</source>
      <translation>No camera found: showing a demo video.</translation>
    </message>
    <message>
      <source>The camera stopped: showing a demo video until it is back.</source>
      <translation>The camera stopped: showing a demo video until it is back.</translation>
    </message>
    <message>
      <source>The video cannot be played: showing a demo video.</source>
      <translation>The video cannot be played: showing a demo video.</translation>
    </message>
    <message>
      <source>The camera is not available right now.</source>
      <translation>The camera is not available right now.</translation>
    </message>
    <message>
      <source>Starting the camera…</source>
      <translation>Starting the camera…</translation>
    </message>
    <message>
      <source>Demo video</source>
      <translation>Demo video</translation>
    </message>
  </context>
  <context>
    <name>CareersCard</name>
    <message>
      <source>Who works with this here?</source>
      <extracomment>How long the prompt stays after a completed challenge, in milliseconds. programme code, language -&gt; the programme's title (from the catalogue), or None.</extracomment>
      <translation>Who works with this here?</translation>
    </message>
    <message>
      <source>People around Ventspils use what you just tried in their work.</source>
      <translation>People around Ventspils use what you just tried in their work.</translation>
    </message>
    <message>
      <source>Start at VIZIUM: %1</source>
      <translation>Start at VIZIUM: %1</translation>
    </message>
    <message>
      <source>Back to the experiment</source>
      <translation>Back to the experiment</translation>
    </message>
  </context>
  <context>
    <name>CareersPrompt</name>
    <message>
      <source>Who works with this here? →</source>
      <translation>Who works with this here? →</translation>
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
    <name>CheckInPage</name>
    <message>
      <source>%1 of %2 sessions of this programme.</source>
      <extracomment>outcome -&gt; (symbol, colour role)</extracomment>
      <translation>%1 of %2 sessions of this programme.</translation>
    </message>
    <message>
      <source>%1 graduated!</source>
      <translation>%1 graduated!</translation>
    </message>
    <message>
      <source>Checked in, and the programme is complete. Congratulations!</source>
      <translation>Checked in, and the programme is complete. Congratulations!</translation>
    </message>
    <message>
      <source>Checked in: %1</source>
      <translation>Checked in: %1</translation>
    </message>
    <message>
      <source>%1 is already checked in</source>
      <translation>%1 is already checked in</translation>
    </message>
    <message>
      <source>Checked in provisionally: %1</source>
      <translation>Checked in provisionally: %1</translation>
    </message>
    <message>
      <source>This kiosk does not know this badge yet; the centre database will confirm it. If the centre does not know it either, Attendance shows it to register.</source>
      <translation>This kiosk does not know this badge yet; the centre database will confirm it. If the centre does not know it either, Attendance shows it to register.</translation>
    </message>
    <message>
      <source>New badge %1</source>
      <translation>New badge %1</translation>
    </message>
    <message>
      <source>This badge is not registered yet. Register it in a few taps.</source>
      <translation>This badge is not registered yet. Register it in a few taps.</translation>
    </message>
    <message>
      <source>Unknown code %1</source>
      <translation>Unknown code %1</translation>
    </message>
    <message>
      <source>This kiosk has never seen this badge. Register it here, or check the code.</source>
      <translation>This kiosk has never seen this badge. Register it here, or check the code.</translation>
    </message>
    <message>
      <source>The code was not read correctly</source>
      <translation>The code was not read correctly</translation>
    </message>
    <message>
      <source>Hold the badge still and closer, or type the code again.</source>
      <translation>Hold the badge still and closer, or type the code again.</translation>
    </message>
    <message>
      <source>This is not a VIZIUM badge</source>
      <translation>This is not a VIZIUM badge</translation>
    </message>
    <message>
      <source>The QR code does not belong to a VIZIUM participant badge.</source>
      <translation>The QR code does not belong to a VIZIUM participant badge.</translation>
    </message>
    <message>
      <source>No session is running</source>
      <translation>No session is running</translation>
    </message>
    <message>
      <source>Start a session on the Today page first.</source>
      <translation>Start a session on the Today page first.</translation>
    </message>
    <message>
      <source>Start a session first: check-in belongs to a session.</source>
      <translation>Start a session first: check-in belongs to a session.</translation>
    </message>
    <message>
      <source>Go to Today</source>
      <translation>Go to Today</translation>
    </message>
    <message>
      <source>Hold the badge up to the camera, QR code towards the screen.</source>
      <translation>Hold the badge up to the camera, QR code towards the screen.</translation>
    </message>
    <message>
      <source>People checked in: %1</source>
      <translation>People checked in: %1</translation>
    </message>
    <message>
      <source>Type the code from the badge:</source>
      <translation>Type the code from the badge:</translation>
    </message>
    <message>
      <source>No badge or no camera? Tap a returning participant:</source>
      <translation>No badge or no camera? Tap a returning participant:</translation>
    </message>
    <message>
      <source>Nobody else from earlier sessions of this programme.</source>
      <translation>Nobody else from earlier sessions of this programme.</translation>
    </message>
    <message>
      <source>Show the list</source>
      <translation>Show the list</translation>
    </message>
    <message>
      <source>Type a code</source>
      <translation>Type a code</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>Check in</translation>
    </message>
    <message>
      <source>Register this badge</source>
      <translation>Register this badge</translation>
    </message>
    <message>
      <source>Waiting for a badge…</source>
      <translation>Waiting for a badge…</translation>
    </message>
    <message>
      <source>Each person shows their badge once; twice does no harm.</source>
      <translation>Each person shows their badge once; twice does no harm.</translation>
    </message>
  </context>
  <context>
    <name>ClosedScreen</name>
    <message>
      <source>We are closed now</source>
      <translation>We are closed now</translation>
    </message>
    <message>
      <source>Opening hours: %1</source>
      <translation>Opening hours: %1</translation>
    </message>
    <message>
      <source>See you soon at VIZIUM!</source>
      <translation>See you soon at VIZIUM!</translation>
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
    <name>CustomPeriodCard</name>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
    <message>
      <source>Choose the period</source>
      <translation>Choose the period</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>To (included)</source>
      <translation>To (included)</translation>
    </message>
    <message>
      <source>« » a month back or forward · ‹ › a day</source>
      <translation>« » a month back or forward · ‹ › a day</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <source>Statistics and KPIs</source>
      <translation>Statistics and KPIs</translation>
    </message>
  </context>
  <context>
    <name>DashboardCharts</name>
    <message>
      <source>Visitors per day</source>
      <extracomment>what the visitors chart shows: the days drawn, and how many days of the period have no data</extracomment>
      <translation>Visitors per day</translation>
    </message>
    <message>
      <source>Exhibit popularity: runs and active minutes</source>
      <translation>Exhibit popularity: runs and active minutes</translation>
    </message>
    <message>
      <source>Completion rate</source>
      <translation>Completion rate</translation>
    </message>
    <message>
      <source>Pupils and students by gender and age</source>
      <translation>Pupils and students by gender and age</translation>
    </message>
    <message>
      <source>visits a day</source>
      <translation>visits a day</translation>
    </message>
    <message>
      <source>7-day average</source>
      <translation>7-day average</translation>
    </message>
    <message>
      <source>Total: %1</source>
      <translation>Total: %1</translation>
    </message>
    <message>
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <source>Runs · active minutes, the %1 most used exhibits</source>
      <translation>Runs · active minutes, the %1 most used exhibits</translation>
    </message>
    <message>
      <source>No exhibit was used in this period.</source>
      <translation>No exhibit was used in this period.</translation>
    </message>
    <message>
      <source>Runs in which the visitor reached the goal; all exhibits: %1</source>
      <translation>Runs in which the visitor reached the goal; all exhibits: %1</translation>
    </message>
    <message>
      <source>hidden to protect privacy</source>
      <translation>hidden to protect privacy</translation>
    </message>
    <message>
      <source>Calculating the statistics…</source>
      <translation>Calculating the statistics…</translation>
    </message>
    <message>
      <source>no records</source>
      <translation>no records</translation>
    </message>
  </context>
  <context>
    <name>DashboardScreen</name>
    <message>
      <source>The statistics could not be calculated: %1</source>
      <extracomment>Seconds without a touch after which the dashboard closes and the kiosk returns to visitors.</extracomment>
      <translation>The statistics could not be calculated: %1</translation>
    </message>
    <message>
      <source>The KPI targets file has a problem, so the built-in targets are shown: %1</source>
      <translation>The KPI targets file has a problem, so the built-in targets are shown: %1</translation>
    </message>
    <message>
      <source>There is no data for this period yet.</source>
      <translation>There is no data for this period yet.</translation>
    </message>
    <message>
      <source>The centre database cannot be reached, so this station's figures are shown: %1</source>
      <translation>The centre database cannot be reached, so this station's figures are shown: %1</translation>
    </message>
    <message>
      <source>all stations</source>
      <translation>all stations</translation>
    </message>
    <message>
      <source>whole centre</source>
      <translation>whole centre</translation>
    </message>
    <message>
      <source>%1 · station: %2</source>
      <translation>%1 · station: %2</translation>
    </message>
    <message>
      <source>DEMO: synthetic figures of a demo centre</source>
      <translation>DEMO: synthetic figures of a demo centre</translation>
    </message>
    <message>
      <source>Station: %1</source>
      <translation>Station: %1</translation>
    </message>
    <message>
      <source>all</source>
      <translation>all</translation>
    </message>
    <message>
      <source>Statistics and KPIs</source>
      <translation>Statistics and KPIs</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>EducatorScreen</name>
    <message>
      <source>The configured catalogue has a problem, so the built-in one is used: %1</source>
      <translation>The configured catalogue has a problem, so the built-in one is used: %1</translation>
    </message>
    <message>
      <source>A session is already running on this kiosk. End it first.</source>
      <translation>A session is already running on this kiosk. End it first.</translation>
    </message>
    <message>
      <source>This programme is no longer in the catalogue.</source>
      <translation>This programme is no longer in the catalogue.</translation>
    </message>
    <message>
      <source>The kiosk could not save this. Try again; if it keeps failing, call a technician.</source>
      <translation>The kiosk could not save this. Try again; if it keeps failing, call a technician.</translation>
    </message>
    <message>
      <source>That did not work: %1</source>
      <translation>That did not work: %1</translation>
    </message>
    <message>
      <source>Programmes · educator</source>
      <translation>Programmes · educator</translation>
    </message>
    <message>
      <source>Back to visitors</source>
      <translation>Back to visitors</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Today</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>Check in</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Register</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <source>Badges</source>
      <translation>Badges</translation>
    </message>
    <message>
      <source>Programmes · staff</source>
      <translation>Programmes · staff</translation>
    </message>
  </context>
  <context>
    <name>ExhibitHost</name>
    <message>
      <source>Home</source>
      <extracomment>The visit's rules: the host tells it when a run starts, sees input and ends. Exhibit packages opened in this host (package -&gt; exhibit id), to name the owner of a fault.</extracomment>
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
      <source>Uses the camera</source>
      <translation>Uses the camera</translation>
    </message>
    <message>
      <source>Camera</source>
      <translation type="vanished">Camera</translation>
    </message>
    <message>
      <source>Temporarily unavailable</source>
      <translation>Temporarily unavailable</translation>
    </message>
  </context>
  <context>
    <name>ExportBar</name>
    <message>
      <source>USB: %1</source>
      <extracomment>(label, folder) choices; replaced in tests, filled from the mounted drives otherwise.</extracomment>
      <translation>USB: %1</translation>
    </message>
    <message>
      <source>Kiosk exports folder</source>
      <translation>Kiosk exports folder</translation>
    </message>
    <message>
      <source>Cannot write to %1. Is the USB stick still plugged in?</source>
      <translation>Cannot write to %1. Is the USB stick still plugged in?</translation>
    </message>
    <message>
      <source>Exporting %1 to %2…</source>
      <translation>Exporting %1 to %2…</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <source>Saved to %1: %2</source>
      <translation>Saved to %1: %2</translation>
    </message>
    <message>
      <source>Export cancelled; nothing was saved.</source>
      <translation>Export cancelled; nothing was saved.</translation>
    </message>
    <message>
      <source>The export failed: %1</source>
      <translation>The export failed: %1</translation>
    </message>
    <message>
      <source>choose…</source>
      <translation>choose…</translation>
    </message>
    <message>
      <source>Save to: %1</source>
      <translation>Save to: %1</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>All</source>
      <extracomment>The age choices: "for 6+" shows what a six-year-old can play (the exhibit's youngest age &lt;= 6).</extracomment>
      <translation>All</translation>
    </message>
    <message>
      <source>For %1+</source>
      <translation>For %1+</translation>
    </message>
  </context>
  <context>
    <name>FolderCard</name>
    <message>
      <source>Save exports to</source>
      <extracomment>Where removable drives are mounted on Linux (udisks, older desktops, by hand).</extracomment>
      <translation>Save exports to</translation>
    </message>
    <message>
      <source>Plug in a USB stick and it appears here.</source>
      <translation>Plug in a USB stick and it appears here.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <source>Explore science!</source>
      <extracomment>Tiles are at least this wide (design px; larger with large text): four across a landscape screen, three with large text, two in portrait. Tiles to lay out once the home is shown (they are not, while it is hidden).</extracomment>
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
      <source>More experiments ↓</source>
      <translation>More experiments ↓</translation>
    </message>
    <message>
      <source>No experiment fits this choice. Touch “All” to see every one.</source>
      <translation>No experiment fits this choice. Touch “All” to see every one.</translation>
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
      <extracomment>The visit's rules (start, end and reason, session lock, runs); the window is its view.</extracomment>
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
    <message>
      <source>Exit the kiosk? The visit on this screen ends and the kiosk program closes.</source>
      <translation>Exit the kiosk? The visit on this screen ends and the kiosk program closes.</translation>
    </message>
  </context>
  <context>
    <name>KpiPanel</name>
    <message>
      <source>%1 of %2 · %3</source>
      <translation>%1 of %2 · %3</translation>
    </message>
    <message>
      <source>Calculating…</source>
      <translation>Calculating…</translation>
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
    <message>
      <source>Who works with this here?</source>
      <translation>Who works with this here?</translation>
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
    <name>PeriodPicker</name>
    <message>
      <source>This month</source>
      <translation>This month</translation>
    </message>
    <message>
      <source>Last month</source>
      <translation>Last month</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>This year</translation>
    </message>
    <message>
      <source>Choose dates…</source>
      <translation>Choose dates…</translation>
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
    <name>ProgrammeTile</name>
    <message numerus="yes">
      <source>%n session(s)</source>
      <extracomment>A long title (Russian, large text) takes more lines before it is shortened with an ellipsis.</extracomment>
      <translation>
        <numerusform>%n session</numerusform>
        <numerusform>%n sessions</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProgrammesController</name>
    <message>
      <source>Programme sessions</source>
      <extracomment>who opened the screen ("educator" or "staff"): its title says so</extracomment>
      <translation>Programme sessions</translation>
    </message>
  </context>
  <context>
    <name>RegisterPage</name>
    <message>
      <source>Not registered: the kiosk could not save (%1).</source>
      <translation>Not registered: the kiosk could not save (%1).</translation>
    </message>
    <message>
      <source>Not registered: the group may have at most %1 characters.</source>
      <translation>Not registered: the group may have at most %1 characters.</translation>
    </message>
    <message>
      <source>Not registered: the group may use only letters, digits, spaces and . - /</source>
      <translation>Not registered: the group may use only letters, digits, spaces and . - /</translation>
    </message>
    <message>
      <source>Not registered: the group may have at most three words.</source>
      <translation>Not registered: the group may have at most three words.</translation>
    </message>
    <message>
      <source>Not registered: the group looks like a person's name. Use the class, e.g. 5.a</source>
      <translation>Not registered: the group looks like a person's name. Use the class, e.g. 5.a</translation>
    </message>
    <message>
      <source>Not registered: this badge is already registered. Check it in instead.</source>
      <translation>Not registered: this badge is already registered. Check it in instead.</translation>
    </message>
    <message>
      <source>Not registered: please check the choices.</source>
      <translation>Not registered: please check the choices.</translation>
    </message>
    <message>
      <source>Badge code: %1</source>
      <translation>Badge code: %1</translation>
    </message>
    <message>
      <source>A new code is made when you save.</source>
      <translation>A new code is made when you save.</translation>
    </message>
    <message>
      <source>New code instead</source>
      <translation>New code instead</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Age</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Gender</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Class or group (optional): a class like 5.a or a club, never a name</source>
      <translation>Class or group (optional): a class like 5.a or a club, never a name</translation>
    </message>
    <message>
      <source>e.g. 5.a</source>
      <translation>e.g. 5.a</translation>
    </message>
    <message>
      <source>Register and check in</source>
      <translation>Register and check in</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Register</translation>
    </message>
    <message>
      <source>Registered %1 and checked in.</source>
      <translation>Registered %1 and checked in.</translation>
    </message>
    <message>
      <source>Registered %1. Print a badge with this code on the Badges page.</source>
      <translation>Registered %1. Print a badge with this code on the Badges page.</translation>
    </message>
    <message>
      <source>No names and no birth dates are recorded, only these choices.</source>
      <translation>No names and no birth dates are recorded, only these choices.</translation>
    </message>
  </context>
  <context>
    <name>ScopeSwitch</name>
    <message>
      <source>Whole centre (not reachable)</source>
      <translation>Whole centre (not reachable)</translation>
    </message>
    <message>
      <source>This station</source>
      <translation>This station</translation>
    </message>
    <message>
      <source>Whole centre</source>
      <translation>Whole centre</translation>
    </message>
  </context>
  <context>
    <name>SessionBanner</name>
    <message>
      <source>Time left %1</source>
      <translation>Time left %1</translation>
    </message>
    <message>
      <source>Checked in: %1</source>
      <translation>Checked in: %1</translation>
    </message>
    <message>
      <source>Programme session</source>
      <translation>Programme session</translation>
    </message>
  </context>
  <context>
    <name>StaffMenu</name>
    <message>
      <source>Staff menu</source>
      <extracomment>an action that cannot be undone from the screen (exit): drawn in the danger colour the question asked before the action runs (translated at render time); None runs it at once</extracomment>
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
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
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
    <message>
      <source>Energy</source>
      <translation>Energy</translation>
    </message>
    <message>
      <source>Artificial intelligence</source>
      <translation>Artificial intelligence</translation>
    </message>
    <message>
      <source>Online safety</source>
      <translation>Online safety</translation>
    </message>
  </context>
  <context>
    <name>SyncStatusCard</name>
    <message>
      <source>never</source>
      <translation>never</translation>
    </message>
    <message>
      <source>folder</source>
      <translation>folder</translation>
    </message>
    <message>
      <source>NGSI-LD broker</source>
      <translation>NGSI-LD broker</translation>
    </message>
    <message>
      <source>PostgreSQL database</source>
      <translation>PostgreSQL database</translation>
    </message>
    <message>
      <source>The sync settings need attention.</source>
      <translation>The sync settings need attention.</translation>
    </message>
    <message>
      <source>Syncing…</source>
      <translation>Syncing…</translation>
    </message>
    <message>
      <source>Nothing to send yet.</source>
      <translation>Nothing to send yet.</translation>
    </message>
    <message>
      <source>The KPI store cannot be reached. Nothing is lost: the kiosk keeps trying.</source>
      <translation>The KPI store cannot be reached. Nothing is lost: the kiosk keeps trying.</translation>
    </message>
    <message numerus="yes">
      <source>%n KPI figures wait for the next sync.</source>
      <translation>
        <numerusform>%n KPI figure waits for the next sync.</numerusform>
        <numerusform>%n KPI figures wait for the next sync.</numerusform>
      </translation>
    </message>
    <message>
      <source>The KPI store refused some figures.</source>
      <translation>The KPI store refused some figures.</translation>
    </message>
    <message>
      <source>Everything is sent.</source>
      <translation>Everything is sent.</translation>
    </message>
    <message>
      <source>Centre database: loading…</source>
      <translation>Centre database: loading…</translation>
    </message>
    <message>
      <source>Centre database: exchanging records…</source>
      <translation>Centre database: exchanging records…</translation>
    </message>
    <message>
      <source>Centre database: the first exchange starts soon.</source>
      <translation>Centre database: the first exchange starts soon.</translation>
    </message>
    <message>
      <source>Centre database: cannot exchange records. Nothing is lost: the kiosk keeps trying.</source>
      <translation>Centre database: cannot exchange records. Nothing is lost: the kiosk keeps trying.</translation>
    </message>
    <message>
      <source>Centre database: up to date.</source>
      <translation>Centre database: up to date.</translation>
    </message>
    <message>
      <source>Address: %1</source>
      <translation>Address: %1</translation>
    </message>
    <message>
      <source>Last exchange: %1 · last good exchange: %2</source>
      <translation>Last exchange: %1 · last good exchange: %2</translation>
    </message>
    <message numerus="yes">
      <source>%n records wait to go to the centre.</source>
      <translation>
        <numerusform>%n record waits to go to the centre.</numerusform>
        <numerusform>%n records wait to go to the centre.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n badges checked in provisionally wait for the centre.</source>
      <translation>
        <numerusform>%n badge checked in provisionally waits for the centre.</numerusform>
        <numerusform>%n badges checked in provisionally wait for the centre.</numerusform>
      </translation>
    </message>
    <message>
      <source>Problem: %1</source>
      <translation>Problem: %1</translation>
    </message>
    <message>
      <source>City KPI sync</source>
      <translation>City KPI sync</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>waiting</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>sent</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>refused</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>Sync now</translation>
    </message>
    <message>
      <source>Send refused again</source>
      <translation>Send refused again</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Back</translation>
    </message>
    <message>
      <source>The sync cannot run on this kiosk.</source>
      <translation>The sync cannot run on this kiosk.</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <source>Destination: %1 %2</source>
      <translation>Destination: %1 %2</translation>
    </message>
    <message>
      <source>Last successful sync: %1</source>
      <translation>Last successful sync: %1</translation>
    </message>
    <message>
      <source>Last problem: %1</source>
      <translation>Last problem: %1</translation>
    </message>
    <message>
      <source>Next try: %1</source>
      <translation>Next try: %1</translation>
    </message>
    <message>
      <source>Refused (fix the cause, then send again):</source>
      <translation>Refused (fix the cause, then send again):</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) of records wait to be computed and sent at the next sync.</source>
      <translation>
        <numerusform>%n day of records waits to be computed and sent at the next sync.</numerusform>
        <numerusform>%n days of records wait to be computed and sent at the next sync.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SyncStatusController</name>
    <message>
      <source>City KPI sync</source>
      <translation>City KPI sync</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <source>A session is running. End it before starting another.</source>
      <extracomment>Design pixels a programme tile needs for its title in two lines (more with large text).</extracomment>
      <translation>A session is running. End it before starting another.</translation>
    </message>
    <message>
      <source>Choose a programme, then start its session on this kiosk.</source>
      <translation>Choose a programme, then start its session on this kiosk.</translation>
    </message>
    <message>
      <source>Exhibits: %1</source>
      <translation>Exhibits: %1</translation>
    </message>
    <message numerus="yes">
      <source>The session lasts %n minute(s).</source>
      <translation>
        <numerusform>The session lasts %n minute.</numerusform>
        <numerusform>The session lasts %n minutes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Participants graduate after %n session(s).</source>
      <translation>
        <numerusform>Participants graduate after %n session.</numerusform>
        <numerusform>Participants graduate after %n sessions.</numerusform>
      </translation>
    </message>
    <message>
      <source>Today is an after-school programme day.</source>
      <translation>Today is an after-school programme day.</translation>
    </message>
    <message>
      <source>No after-school programmes today. Next: %1</source>
      <translation>No after-school programmes today. Next: %1</translation>
    </message>
    <message>
      <source>No after-school days are set.</source>
      <translation>No after-school days are set.</translation>
    </message>
    <message>
      <source>running</source>
      <translation>running</translation>
    </message>
    <message numerus="yes">
      <source>%n checked in</source>
      <translation>
        <numerusform>%n checked in</numerusform>
        <numerusform>%n checked in</numerusform>
      </translation>
    </message>
    <message>
      <source>No sessions on this kiosk today yet.</source>
      <translation>No sessions on this kiosk today yet.</translation>
    </message>
    <message>
      <source>Sessions today</source>
      <translation>Sessions today</translation>
    </message>
    <message>
      <source>Session on this kiosk</source>
      <translation>Session on this kiosk</translation>
    </message>
    <message>
      <source>Ends at %1 (%2 left). Checked in: %3.</source>
      <translation>Ends at %1 (%2 left). Checked in: %3.</translation>
    </message>
    <message>
      <source>No session is running.</source>
      <translation>No session is running.</translation>
    </message>
    <message>
      <source>Choose a programme on the right to start one.</source>
      <translation>Choose a programme on the right to start one.</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>Check in</translation>
    </message>
    <message>
      <source>End session</source>
      <translation>End session</translation>
    </message>
    <message>
      <source>Start a session</source>
      <translation>Start a session</translation>
    </message>
    <message>
      <source>Start session</source>
      <translation>Start session</translation>
    </message>
  </context>
</TS>
