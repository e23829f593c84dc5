<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
  <context>
    <name>AccessibilityPanel</name>
    <message>
      <source>Make it easier to see</source>
      <extracomment>What idle resets, countdowns and animations follow (the monkey's own clock under the monkey).</extracomment>
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
    <name>AttendancePage</name>
    <message>
      <source>No session is running: attendance shows the running session.</source>
      <translation>Neviena nodarbība nenotiek: šeit redzami notiekošās nodarbības dalībnieki.</translation>
    </message>
    <message numerus="yes">
      <source>%1: %n checked in</source>
      <translation>
        <numerusform>%1: atzīmējies %n</numerusform>
        <numerusform>%1: atzīmējušies %n</numerusform>
        <numerusform>%1: atzīmējušies %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kods</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Grupa</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Vecums</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Dzimums</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Loma</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Laiks</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progress</translation>
    </message>
    <message>
      <source>graduated %1</source>
      <translation>absolvēja %1</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 no %2</translation>
    </message>
    <message>
      <source>unknown to the centre: register it</source>
      <translation>centram nezināma: reģistrējiet to</translation>
    </message>
    <message>
      <source>provisional: waiting for the centre</source>
      <translation>provizoriski: gaida centra apstiprinājumu</translation>
    </message>
    <message>
      <source>Graduates of this programme: %1</source>
      <translation>Programmas absolventi: %1</translation>
    </message>
    <message>
      <source>Graduated on</source>
      <translation>Absolvēšanas diena</translation>
    </message>
    <message>
      <source>(removed)</source>
      <translation>(dzēsts)</translation>
    </message>
    <message>
      <source>Nobody has graduated from this programme on this kiosk yet.</source>
      <translation>Šajā kioskā programmu vēl neviens nav absolvējis.</translation>
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
    <name>BadgesPage</name>
    <message>
      <source>Choose a folder first.</source>
      <translation>Vispirms izvēlieties mapi.</translation>
    </message>
    <message numerus="yes">
      <source>%n badge(s) saved to %1</source>
      <translation>
        <numerusform>%n karte saglabāta: %1</numerusform>
        <numerusform>%n kartes saglabātas: %1</numerusform>
        <numerusform>%n karšu saglabāts: %1</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not save the badges: %1</source>
      <translation>Kartes neizdevās saglabāt: %1</translation>
    </message>
    <message>
      <source>Preparing the badges…</source>
      <translation>Gatavo kartes…</translation>
    </message>
    <message>
      <source>How many new badges (12 on each A4 page)</source>
      <translation>Cik jaunu karšu (12 uz katras A4 lapas)</translation>
    </message>
    <message>
      <source>Language of the sheet</source>
      <translation>Lapas valoda</translation>
    </message>
    <message>
      <source>Save the PDF in this folder (a USB stick, or the kiosk's folder)</source>
      <translation>Saglabāt PDF šajā mapē (USB zibatmiņā vai kioska mapē)</translation>
    </message>
    <message>
      <source>Make badges</source>
      <translation>Izveidot kartes</translation>
    </message>
    <message numerus="yes">
      <source>Badges for %n new participant(s)</source>
      <translation>
        <numerusform>Kartes %n jaunam dalībniekam</numerusform>
        <numerusform>Kartes %n jauniem dalībniekiem</numerusform>
        <numerusform>Kartes %n jauniem dalībniekiem</numerusform>
      </translation>
    </message>
    <message>
      <source>Each badge has a new code and no name.</source>
      <translation>Katrai kartei ir jauns kods un nav vārda.</translation>
    </message>
  </context>
  <context>
    <name>CameraCheck</name>
    <message>
      <source>Camera check</source>
      <translation>Kameras pārbaude</translation>
    </message>
    <message>
      <source>This station has no camera support installed.</source>
      <translation>Šajā stacijā nav instalēts kameras atbalsts.</translation>
    </message>
    <message>
      <source>A camera activity is using the camera. Go back to Home, then check the camera.</source>
      <translation>Kameru izmanto kāda kameras aktivitāte. Atgriezies sākumā un tad pārbaudi kameru.</translation>
    </message>
    <message>
      <source>The camera works.</source>
      <translation>Kamera darbojas.</translation>
    </message>
    <message>
      <source>No camera is set up: the activities show the demo video.</source>
      <translation>Kamera nav iestatīta: aktivitātēs rāda demonstrācijas video.</translation>
    </message>
    <message>
      <source>Starting the camera…</source>
      <translation>Ieslēdzam kameru…</translation>
    </message>
    <message>
      <source>Showing: %1
Setting: source = %2, %3 × %4 at %5 frames a second</source>
      <translation>Rāda: %1
Iestatījums: avots = %2, %3 × %4, %5 kadri sekundē</translation>
    </message>
    <message>
      <source>frames per second</source>
      <translation>kadri sekundē</translation>
    </message>
    <message>
      <source>ms of work per frame</source>
      <translation>ms darba katram kadram</translation>
    </message>
    <message>
      <source>ms from camera to screen</source>
      <translation>ms no kameras līdz ekrānam</translation>
    </message>
    <message>
      <source>frames skipped</source>
      <translation>izlaisti kadri</translation>
    </message>
    <message>
      <source>The picture is only shown here: it is never saved or sent.</source>
      <translation>Attēls tiek tikai parādīts šeit: tas nekad netiek saglabāts vai nosūtīts.</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Atpakaļ</translation>
    </message>
  </context>
  <context>
    <name>CameraView</name>
    <message>
      <source>This screen has no camera.</source>
      <translation>Šim ekrānam nav kameras.</translation>
    </message>
    <message>
      <source>No camera found: showing a demo video.</source>
      <translation>Kamera nav atrasta: rādām demonstrācijas video.</translation>
    </message>
    <message>
      <source>The camera stopped: showing a demo video until it is back.</source>
      <translation>Kamera apstājās: rādām demonstrācijas video, līdz tā atgriezīsies.</translation>
    </message>
    <message>
      <source>The video cannot be played: showing a demo video.</source>
      <translation>Video nevar atskaņot: rādām demonstrācijas video.</translation>
    </message>
    <message>
      <source>The camera is not available right now.</source>
      <translation>Kamera pašlaik nav pieejama.</translation>
    </message>
    <message>
      <source>Starting the camera…</source>
      <translation>Ieslēdzam kameru…</translation>
    </message>
    <message>
      <source>Demo video</source>
      <translation>Demonstrācijas video</translation>
    </message>
  </context>
  <context>
    <name>CareersCard</name>
    <message>
      <source>Who works with this here?</source>
      <extracomment>How long the prompt stays after a completed challenge, in milliseconds. programme code, language -&gt; the programme's title (from the catalogue), or None.</extracomment>
      <translation>Kas ar to strādā šeit?</translation>
    </message>
    <message>
      <source>People around Ventspils use what you just tried in their work.</source>
      <translation>Cilvēki Ventspilī un tās apkārtnē savā darbā izmanto to, ko tu tikko izmēģināji.</translation>
    </message>
    <message>
      <source>Start at VIZIUM: %1</source>
      <translation>Sāc VIZIUM: %1</translation>
    </message>
    <message>
      <source>Back to the experiment</source>
      <translation>Atpakaļ pie eksperimenta</translation>
    </message>
  </context>
  <context>
    <name>CareersPrompt</name>
    <message>
      <source>Who works with this here? →</source>
      <translation>Kas ar to strādā šeit? →</translation>
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
    <name>CheckInPage</name>
    <message>
      <source>%1 of %2 sessions of this programme.</source>
      <extracomment>outcome -&gt; (symbol, colour role)</extracomment>
      <translation>%1. nodarbība no %2 šajā programmā.</translation>
    </message>
    <message>
      <source>%1 graduated!</source>
      <translation>%1 absolvē programmu!</translation>
    </message>
    <message>
      <source>Checked in, and the programme is complete. Congratulations!</source>
      <translation>Atzīmēts, un programma ir pabeigta. Apsveicam!</translation>
    </message>
    <message>
      <source>Checked in: %1</source>
      <translation>Atzīmēts: %1</translation>
    </message>
    <message>
      <source>%1 is already checked in</source>
      <translation>Kods %1 jau ir atzīmēts</translation>
    </message>
    <message>
      <source>Checked in provisionally: %1</source>
      <translation>Provizoriski pieteikts: %1</translation>
    </message>
    <message>
      <source>This kiosk does not know this badge yet; the centre database will confirm it. If the centre does not know it either, Attendance shows it to register.</source>
      <translation>Šis kiosks vēl nepazīst šo nozīmīti; centra datubāze to apstiprinās. Ja arī centrs to nepazīst, sadaļā “Apmeklējums” to varēs reģistrēt.</translation>
    </message>
    <message>
      <source>New badge %1</source>
      <translation>Jauna karte %1</translation>
    </message>
    <message>
      <source>This badge is not registered yet. Register it in a few taps.</source>
      <translation>Šī karte vēl nav reģistrēta. Reģistrējiet to ar dažiem pieskārieniem.</translation>
    </message>
    <message>
      <source>Unknown code %1</source>
      <translation>Nezināms kods %1</translation>
    </message>
    <message>
      <source>This kiosk has never seen this badge. Register it here, or check the code.</source>
      <translation>Šis kiosks šo karti redz pirmo reizi. Reģistrējiet to šeit vai pārbaudiet kodu.</translation>
    </message>
    <message>
      <source>The code was not read correctly</source>
      <translation>Kods netika nolasīts pareizi</translation>
    </message>
    <message>
      <source>Hold the badge still and closer, or type the code again.</source>
      <translation>Turiet karti mierīgi un tuvāk vai ievadiet kodu vēlreiz.</translation>
    </message>
    <message>
      <source>This is not a VIZIUM badge</source>
      <translation>Šī nav VIZIUM karte</translation>
    </message>
    <message>
      <source>The QR code does not belong to a VIZIUM participant badge.</source>
      <translation>Šis QR kods nav no VIZIUM dalībnieka kartes.</translation>
    </message>
    <message>
      <source>No session is running</source>
      <translation>Neviena nodarbība nenotiek</translation>
    </message>
    <message>
      <source>Start a session on the Today page first.</source>
      <translation>Vispirms sāciet nodarbību lapā “Šodien”.</translation>
    </message>
    <message>
      <source>Start a session first: check-in belongs to a session.</source>
      <translation>Vispirms sāciet nodarbību: atzīmēties var tikai nodarbībā.</translation>
    </message>
    <message>
      <source>Go to Today</source>
      <translation>Uz “Šodien”</translation>
    </message>
    <message>
      <source>Hold the badge up to the camera, QR code towards the screen.</source>
      <translation>Pielieciet karti pie kameras ar QR kodu pret ekrānu.</translation>
    </message>
    <message>
      <source>People checked in: %1</source>
      <translation>Atzīmējušies: %1</translation>
    </message>
    <message>
      <source>Type the code from the badge:</source>
      <translation>Ievadiet kodu no kartes:</translation>
    </message>
    <message>
      <source>No badge or no camera? Tap a returning participant:</source>
      <translation>Nav kartes vai kameras? Pieskarieties dalībniekam no saraksta:</translation>
    </message>
    <message>
      <source>Nobody else from earlier sessions of this programme.</source>
      <translation>No iepriekšējām šīs programmas nodarbībām vairs neviena nav.</translation>
    </message>
    <message>
      <source>Show the list</source>
      <translation>Rādīt sarakstu</translation>
    </message>
    <message>
      <source>Type a code</source>
      <translation>Ievadīt kodu</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>Atzīmēt</translation>
    </message>
    <message>
      <source>Register this badge</source>
      <translation>Reģistrēt šo karti</translation>
    </message>
    <message>
      <source>Waiting for a badge…</source>
      <translation>Gaida karti…</translation>
    </message>
    <message>
      <source>Each person shows their badge once; twice does no harm.</source>
      <translation>Katrs parāda savu karti vienreiz; arī divreiz nekas nenotiks.</translation>
    </message>
  </context>
  <context>
    <name>ClosedScreen</name>
    <message>
      <source>We are closed now</source>
      <translation>Pašlaik esam slēgti</translation>
    </message>
    <message>
      <source>Opening hours: %1</source>
      <translation>Darba laiks: %1</translation>
    </message>
    <message>
      <source>See you soon at VIZIUM!</source>
      <translation>Uz tikšanos VIZIUM!</translation>
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
    <name>CustomPeriodCard</name>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n diena</numerusform>
        <numerusform>%n dienas</numerusform>
        <numerusform>%n dienu</numerusform>
      </translation>
    </message>
    <message>
      <source>Choose the period</source>
      <translation>Izvēlieties periodu</translation>
    </message>
    <message>
      <source>From</source>
      <translation>No</translation>
    </message>
    <message>
      <source>To (included)</source>
      <translation>Līdz (ieskaitot)</translation>
    </message>
    <message>
      <source>« » a month back or forward · ‹ › a day</source>
      <translation>« » mēnesi atpakaļ vai uz priekšu · ‹ › dienu</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Rādīt</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Atcelt</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <source>Statistics and KPIs</source>
      <translation>Statistika un rādītāji</translation>
    </message>
  </context>
  <context>
    <name>DashboardCharts</name>
    <message>
      <source>Visitors per day</source>
      <extracomment>what the visitors chart shows: the days drawn, and how many days of the period have no data</extracomment>
      <translation>Apmeklētāji dienā</translation>
    </message>
    <message>
      <source>Exhibit popularity: runs and active minutes</source>
      <translation>Eksponātu popularitāte: lietojumi un aktīvās minūtes</translation>
    </message>
    <message>
      <source>Completion rate</source>
      <translation>Sasniegto mērķu daļa</translation>
    </message>
    <message>
      <source>Pupils and students by gender and age</source>
      <translation>Skolēni un studenti pēc dzimuma un vecuma</translation>
    </message>
    <message>
      <source>visits a day</source>
      <translation>apmeklējumi dienā</translation>
    </message>
    <message>
      <source>7-day average</source>
      <translation>7 dienu vidējais</translation>
    </message>
    <message>
      <source>Total: %1</source>
      <translation>Kopā: %1</translation>
    </message>
    <message>
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <source>Runs · active minutes, the %1 most used exhibits</source>
      <translation>Lietojumi · aktīvās minūtes, %1 populārākie eksponāti</translation>
    </message>
    <message>
      <source>No exhibit was used in this period.</source>
      <translation>Šajā periodā neviens eksponāts netika lietots.</translation>
    </message>
    <message>
      <source>Runs in which the visitor reached the goal; all exhibits: %1</source>
      <translation>Lietojumi, kuros apmeklētājs sasniedza mērķi; visi eksponāti: %1</translation>
    </message>
    <message>
      <source>hidden to protect privacy</source>
      <translation>slēpts privātuma dēļ</translation>
    </message>
    <message>
      <source>Calculating the statistics…</source>
      <translation>Aprēķina statistiku…</translation>
    </message>
    <message>
      <source>no records</source>
      <translation>nav datu</translation>
    </message>
  </context>
  <context>
    <name>DashboardScreen</name>
    <message>
      <source>The statistics could not be calculated: %1</source>
      <extracomment>Seconds without a touch after which the dashboard closes and the kiosk returns to visitors.</extracomment>
      <translation>Statistiku neizdevās aprēķināt: %1</translation>
    </message>
    <message>
      <source>The KPI targets file has a problem, so the built-in targets are shown: %1</source>
      <translation>Mērķu failā ir kļūda, tāpēc rādīti iebūvētie mērķi: %1</translation>
    </message>
    <message>
      <source>There is no data for this period yet.</source>
      <translation>Par šo periodu vēl nav datu.</translation>
    </message>
    <message>
      <source>The centre database cannot be reached, so this station's figures are shown: %1</source>
      <translation>Centra datubāze nav sasniedzama, tāpēc redzami šīs stacijas dati: %1</translation>
    </message>
    <message>
      <source>all stations</source>
      <translation>visas stacijas</translation>
    </message>
    <message>
      <source>whole centre</source>
      <translation>viss centrs</translation>
    </message>
    <message>
      <source>%1 · station: %2</source>
      <translation>%1 · stacija: %2</translation>
    </message>
    <message>
      <source>DEMO: synthetic figures of a demo centre</source>
      <translation>DEMO: demonstrācijas centra sintētiski dati</translation>
    </message>
    <message>
      <source>Station: %1</source>
      <translation>Stacija: %1</translation>
    </message>
    <message>
      <source>all</source>
      <translation>visas</translation>
    </message>
    <message>
      <source>Statistics and KPIs</source>
      <translation>Statistika un rādītāji</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Aizvērt</translation>
    </message>
  </context>
  <context>
    <name>EducatorScreen</name>
    <message>
      <source>The configured catalogue has a problem, so the built-in one is used: %1</source>
      <translation>Iestatītajā katalogā ir kļūda, tāpēc izmanto iebūvēto: %1</translation>
    </message>
    <message>
      <source>A session is already running on this kiosk. End it first.</source>
      <translation>Šajā kioskā jau notiek nodarbība. Vispirms pabeidziet to.</translation>
    </message>
    <message>
      <source>This programme is no longer in the catalogue.</source>
      <translation>Šīs programmas katalogā vairs nav.</translation>
    </message>
    <message>
      <source>The kiosk could not save this. Try again; if it keeps failing, call a technician.</source>
      <translation>Kiosks to nevarēja saglabāt. Mēģiniet vēlreiz; ja neizdodas, sauciet tehniķi.</translation>
    </message>
    <message>
      <source>That did not work: %1</source>
      <translation>Neizdevās: %1</translation>
    </message>
    <message>
      <source>Programmes · educator</source>
      <translation>Programmas · pedagogs</translation>
    </message>
    <message>
      <source>Back to visitors</source>
      <translation>Atpakaļ pie apmeklētājiem</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Šodien</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>Atzīmēties</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Reģistrēt</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Apmeklējums</translation>
    </message>
    <message>
      <source>Badges</source>
      <translation>Kartes</translation>
    </message>
    <message>
      <source>Programmes · staff</source>
      <translation>Programmas · personāls</translation>
    </message>
  </context>
  <context>
    <name>ExhibitHost</name>
    <message>
      <source>Home</source>
      <extracomment>The visit's rules: the host tells it when a run starts, sees input and ends. Exhibit packages opened in this host (package -&gt; exhibit id), to name the owner of a fault.</extracomment>
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
      <source>Uses the camera</source>
      <translation>Izmanto kameru</translation>
    </message>
    <message>
      <source>Camera</source>
      <translation type="vanished">Kamera</translation>
    </message>
    <message>
      <source>Temporarily unavailable</source>
      <translation>Īslaicīgi nav pieejams</translation>
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
      <translation>Kioska eksporta mape</translation>
    </message>
    <message>
      <source>Cannot write to %1. Is the USB stick still plugged in?</source>
      <translation>Nevar ierakstīt: %1. Vai USB zibatmiņa joprojām ir pievienota?</translation>
    </message>
    <message>
      <source>Exporting %1 to %2…</source>
      <translation>Eksportē %1 uz %2…</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Atceļ…</translation>
    </message>
    <message>
      <source>Saved to %1: %2</source>
      <translation>Saglabāts (%1): %2</translation>
    </message>
    <message>
      <source>Export cancelled; nothing was saved.</source>
      <translation>Eksports atcelts; nekas netika saglabāts.</translation>
    </message>
    <message>
      <source>The export failed: %1</source>
      <translation>Eksports neizdevās: %1</translation>
    </message>
    <message>
      <source>choose…</source>
      <translation>izvēlieties…</translation>
    </message>
    <message>
      <source>Save to: %1</source>
      <translation>Saglabāt: %1</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Atcelt</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>All</source>
      <extracomment>The age choices: "for 6+" shows what a six-year-old can play (the exhibit's youngest age &lt;= 6).</extracomment>
      <translation>Visi</translation>
    </message>
    <message>
      <source>For %1+</source>
      <translation>No %1 gadiem</translation>
    </message>
  </context>
  <context>
    <name>FolderCard</name>
    <message>
      <source>Save exports to</source>
      <extracomment>Where removable drives are mounted on Linux (udisks, older desktops, by hand).</extracomment>
      <translation>Kur saglabāt eksportu</translation>
    </message>
    <message>
      <source>Plug in a USB stick and it appears here.</source>
      <translation>Pievienojiet USB zibatmiņu, un tā parādīsies šeit.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Atcelt</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <source>Explore science!</source>
      <extracomment>Tiles are at least this wide (design px; larger with large text): four across a landscape screen, three with large text, two in portrait. Tiles to lay out once the home is shown (they are not, while it is hidden).</extracomment>
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
      <source>More experiments ↓</source>
      <translation>Vēl eksperimenti ↓</translation>
    </message>
    <message>
      <source>No experiment fits this choice. Touch “All” to see every one.</source>
      <translation>Šai izvēlei neatbilst neviens eksperiments. Pieskaries “Visi”, lai redzētu visus.</translation>
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
      <extracomment>The visit's rules (start, end and reason, session lock, runs); the window is its view.</extracomment>
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
    <message>
      <source>Exit the kiosk? The visit on this screen ends and the kiosk program closes.</source>
      <translation>Iziet no kioska? Apmeklējums uz šī ekrāna beigsies, un kioska programma aizvērsies.</translation>
    </message>
  </context>
  <context>
    <name>KpiPanel</name>
    <message>
      <source>%1 of %2 · %3</source>
      <translation>%1 no %2 · %3</translation>
    </message>
    <message>
      <source>Calculating…</source>
      <translation>Aprēķina…</translation>
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
    <message>
      <source>Who works with this here?</source>
      <translation>Kas ar to strādā šeit?</translation>
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
    <name>PeriodPicker</name>
    <message>
      <source>This month</source>
      <translation>Šis mēnesis</translation>
    </message>
    <message>
      <source>Last month</source>
      <translation>Iepriekšējais mēnesis</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>Šis gads</translation>
    </message>
    <message>
      <source>Choose dates…</source>
      <translation>Izvēlēties datumus…</translation>
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
    <name>ProgrammeTile</name>
    <message numerus="yes">
      <source>%n session(s)</source>
      <extracomment>A long title (Russian, large text) takes more lines before it is shortened with an ellipsis.</extracomment>
      <translation>
        <numerusform>%n nodarbība</numerusform>
        <numerusform>%n nodarbības</numerusform>
        <numerusform>%n nodarbību</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProgrammesController</name>
    <message>
      <source>Programme sessions</source>
      <extracomment>who opened the screen ("educator" or "staff"): its title says so</extracomment>
      <translation>Programmu nodarbības</translation>
    </message>
  </context>
  <context>
    <name>RegisterPage</name>
    <message>
      <source>Not registered: the kiosk could not save (%1).</source>
      <translation>Nav reģistrēts: kiosks nevarēja saglabāt (%1).</translation>
    </message>
    <message>
      <source>Not registered: the group may have at most %1 characters.</source>
      <translation>Nav reģistrēts: grupā var būt ne vairāk kā %1 rakstzīmes.</translation>
    </message>
    <message>
      <source>Not registered: the group may use only letters, digits, spaces and . - /</source>
      <translation>Nav reģistrēts: grupā drīkst būt tikai burti, cipari, atstarpes un . - /</translation>
    </message>
    <message>
      <source>Not registered: the group may have at most three words.</source>
      <translation>Nav reģistrēts: grupā var būt ne vairāk kā trīs vārdi.</translation>
    </message>
    <message>
      <source>Not registered: the group looks like a person's name. Use the class, e.g. 5.a</source>
      <translation>Nav reģistrēts: grupa izskatās pēc personas vārda. Norādiet klasi, piem., 5.a</translation>
    </message>
    <message>
      <source>Not registered: this badge is already registered. Check it in instead.</source>
      <translation>Nav reģistrēts: šī karte jau ir reģistrēta. Atzīmējiet to.</translation>
    </message>
    <message>
      <source>Not registered: please check the choices.</source>
      <translation>Nav reģistrēts: lūdzu, pārbaudiet izvēles.</translation>
    </message>
    <message>
      <source>Badge code: %1</source>
      <translation>Kartes kods: %1</translation>
    </message>
    <message>
      <source>A new code is made when you save.</source>
      <translation>Saglabājot tiks izveidots jauns kods.</translation>
    </message>
    <message>
      <source>New code instead</source>
      <translation>Labāk jaunu kodu</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Vecums</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Dzimums</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Loma</translation>
    </message>
    <message>
      <source>Class or group (optional): a class like 5.a or a club, never a name</source>
      <translation>Klase vai grupa (nav obligāti): klase, piem., 5.a, vai pulciņš, nekad ne vārds</translation>
    </message>
    <message>
      <source>e.g. 5.a</source>
      <translation>piem., 5.a</translation>
    </message>
    <message>
      <source>Register and check in</source>
      <translation>Reģistrēt un atzīmēt</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Reģistrēt</translation>
    </message>
    <message>
      <source>Registered %1 and checked in.</source>
      <translation>Kods %1 reģistrēts un atzīmēts.</translation>
    </message>
    <message>
      <source>Registered %1. Print a badge with this code on the Badges page.</source>
      <translation>Kods %1 reģistrēts. Karti ar šo kodu izdrukājiet lapā “Kartes”.</translation>
    </message>
    <message>
      <source>No names and no birth dates are recorded, only these choices.</source>
      <translation>Vārdi un dzimšanas datumi netiek saglabāti, tikai šīs izvēles.</translation>
    </message>
  </context>
  <context>
    <name>ScopeSwitch</name>
    <message>
      <source>Whole centre (not reachable)</source>
      <translation>Viss centrs (nav sasniedzams)</translation>
    </message>
    <message>
      <source>This station</source>
      <translation>Šī stacija</translation>
    </message>
    <message>
      <source>Whole centre</source>
      <translation>Viss centrs</translation>
    </message>
  </context>
  <context>
    <name>SessionBanner</name>
    <message>
      <source>Time left %1</source>
      <translation>Atlicis %1</translation>
    </message>
    <message>
      <source>Checked in: %1</source>
      <translation>Atzīmējušies: %1</translation>
    </message>
    <message>
      <source>Programme session</source>
      <translation>Programmas nodarbība</translation>
    </message>
  </context>
  <context>
    <name>StaffMenu</name>
    <message>
      <source>Staff menu</source>
      <extracomment>an action that cannot be undone from the screen (exit): drawn in the danger colour the question asked before the action runs (translated at render time); None runs it at once</extracomment>
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
    <message>
      <source>Cancel</source>
      <translation>Atcelt</translation>
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
    <message>
      <source>Energy</source>
      <translation>Enerģētika</translation>
    </message>
    <message>
      <source>Artificial intelligence</source>
      <translation>Mākslīgais intelekts</translation>
    </message>
    <message>
      <source>Online safety</source>
      <translation>Drošība internetā</translation>
    </message>
  </context>
  <context>
    <name>SyncStatusCard</name>
    <message>
      <source>never</source>
      <translation>nekad</translation>
    </message>
    <message>
      <source>folder</source>
      <translation>mape</translation>
    </message>
    <message>
      <source>NGSI-LD broker</source>
      <translation>NGSI-LD brokeris</translation>
    </message>
    <message>
      <source>PostgreSQL database</source>
      <translation>PostgreSQL datubāze</translation>
    </message>
    <message>
      <source>The sync settings need attention.</source>
      <translation>Sinhronizācijas iestatījumi jāpārbauda.</translation>
    </message>
    <message>
      <source>Syncing…</source>
      <translation>Sinhronizē…</translation>
    </message>
    <message>
      <source>Nothing to send yet.</source>
      <translation>Pagaidām nav ko sūtīt.</translation>
    </message>
    <message>
      <source>The KPI store cannot be reached. Nothing is lost: the kiosk keeps trying.</source>
      <translation>KPI krātuve nav sasniedzama. Nekas nezūd: kiosks turpina mēģināt.</translation>
    </message>
    <message numerus="yes">
      <source>%n KPI figures wait for the next sync.</source>
      <translation>
        <numerusform>%n KPI rādītājs gaida nākamo sinhronizāciju.</numerusform>
        <numerusform>%n KPI rādītāji gaida nākamo sinhronizāciju.</numerusform>
        <numerusform>%n KPI rādītāju gaida nākamo sinhronizāciju.</numerusform>
      </translation>
    </message>
    <message>
      <source>The KPI store refused some figures.</source>
      <translation>KPI krātuve dažus rādītājus noraidīja.</translation>
    </message>
    <message>
      <source>Everything is sent.</source>
      <translation>Viss ir nosūtīts.</translation>
    </message>
    <message>
      <source>Centre database: loading…</source>
      <translation>Centra datubāze: ielādē…</translation>
    </message>
    <message>
      <source>Centre database: exchanging records…</source>
      <translation>Centra datubāze: notiek ierakstu apmaiņa…</translation>
    </message>
    <message>
      <source>Centre database: the first exchange starts soon.</source>
      <translation>Centra datubāze: pirmā apmaiņa drīz sāksies.</translation>
    </message>
    <message>
      <source>Centre database: cannot exchange records. Nothing is lost: the kiosk keeps trying.</source>
      <translation>Centra datubāze: ierakstus nevar apmainīt. Nekas nezūd: kiosks mēģina atkal.</translation>
    </message>
    <message>
      <source>Centre database: up to date.</source>
      <translation>Centra datubāze: viss apmainīts.</translation>
    </message>
    <message>
      <source>Address: %1</source>
      <translation>Adrese: %1</translation>
    </message>
    <message>
      <source>Last exchange: %1 · last good exchange: %2</source>
      <translation>Pēdējā apmaiņa: %1 · pēdējā sekmīgā apmaiņa: %2</translation>
    </message>
    <message numerus="yes">
      <source>%n records wait to go to the centre.</source>
      <translation>
        <numerusform>%n ieraksts gaida nosūtīšanu uz centru.</numerusform>
        <numerusform>%n ieraksti gaida nosūtīšanu uz centru.</numerusform>
        <numerusform>%n ierakstu gaida nosūtīšanu uz centru.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n badges checked in provisionally wait for the centre.</source>
      <translation>
        <numerusform>%n provizoriski pieteikta nozīmīte gaida centra apstiprinājumu.</numerusform>
        <numerusform>%n provizoriski pieteiktas nozīmītes gaida centra apstiprinājumu.</numerusform>
        <numerusform>%n provizoriski pieteiktu nozīmīšu gaida centra apstiprinājumu.</numerusform>
      </translation>
    </message>
    <message>
      <source>Problem: %1</source>
      <translation>Problēma: %1</translation>
    </message>
    <message>
      <source>City KPI sync</source>
      <translation>Pilsētas KPI sinhronizācija</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>gaida</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>nosūtīti</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>noraidīti</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>Sinhronizēt tagad</translation>
    </message>
    <message>
      <source>Send refused again</source>
      <translation>Sūtīt noraidītos vēlreiz</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Atpakaļ</translation>
    </message>
    <message>
      <source>The sync cannot run on this kiosk.</source>
      <translation>Šajā kioskā sinhronizācija nevar darboties.</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Ielādē…</translation>
    </message>
    <message>
      <source>Destination: %1 %2</source>
      <translation>Galamērķis: %1 %2</translation>
    </message>
    <message>
      <source>Last successful sync: %1</source>
      <translation>Pēdējā veiksmīgā sinhronizācija: %1</translation>
    </message>
    <message>
      <source>Last problem: %1</source>
      <translation>Pēdējā problēma: %1</translation>
    </message>
    <message>
      <source>Next try: %1</source>
      <translation>Nākamais mēģinājums: %1</translation>
    </message>
    <message>
      <source>Refused (fix the cause, then send again):</source>
      <translation>Noraidīti (novērsiet cēloni, tad sūtiet vēlreiz):</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) of records wait to be computed and sent at the next sync.</source>
      <translation>
        <numerusform>%n dienas ieraksti gaida aprēķinu un nosūtīšanu nākamajā sinhronizācijā.</numerusform>
        <numerusform>%n dienu ieraksti gaida aprēķinu un nosūtīšanu nākamajā sinhronizācijā.</numerusform>
        <numerusform>%n dienu ieraksti gaida aprēķinu un nosūtīšanu nākamajā sinhronizācijā.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SyncStatusController</name>
    <message>
      <source>City KPI sync</source>
      <translation>Pilsētas KPI sinhronizācija</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <source>A session is running. End it before starting another.</source>
      <extracomment>Design pixels a programme tile needs for its title in two lines (more with large text).</extracomment>
      <translation>Notiek nodarbība. Pabeidziet to, pirms sākt citu.</translation>
    </message>
    <message>
      <source>Choose a programme, then start its session on this kiosk.</source>
      <translation>Izvēlieties programmu un sāciet tās nodarbību šajā kioskā.</translation>
    </message>
    <message>
      <source>Exhibits: %1</source>
      <translation>Eksponāti: %1</translation>
    </message>
    <message numerus="yes">
      <source>The session lasts %n minute(s).</source>
      <translation>
        <numerusform>Nodarbība ilgst %n minūti.</numerusform>
        <numerusform>Nodarbība ilgst %n minūtes.</numerusform>
        <numerusform>Nodarbība ilgst %n minūšu.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Participants graduate after %n session(s).</source>
      <translation>
        <numerusform>Dalībnieki absolvē pēc %n nodarbības.</numerusform>
        <numerusform>Dalībnieki absolvē pēc %n nodarbībām.</numerusform>
        <numerusform>Dalībnieki absolvē pēc %n nodarbībām.</numerusform>
      </translation>
    </message>
    <message>
      <source>Today is an after-school programme day.</source>
      <translation>Šodien ir ārpusskolas programmu diena.</translation>
    </message>
    <message>
      <source>No after-school programmes today. Next: %1</source>
      <translation>Šodien ārpusskolas programmu nav. Nākamā diena: %1</translation>
    </message>
    <message>
      <source>No after-school days are set.</source>
      <translation>Ārpusskolas dienas nav iestatītas.</translation>
    </message>
    <message>
      <source>running</source>
      <translation>notiek</translation>
    </message>
    <message numerus="yes">
      <source>%n checked in</source>
      <translation>
        <numerusform>atzīmējies %n</numerusform>
        <numerusform>atzīmējušies %n</numerusform>
        <numerusform>atzīmējušies %n</numerusform>
      </translation>
    </message>
    <message>
      <source>No sessions on this kiosk today yet.</source>
      <translation>Šodien šajā kioskā nodarbību vēl nav bijis.</translation>
    </message>
    <message>
      <source>Sessions today</source>
      <translation>Šodienas nodarbības</translation>
    </message>
    <message>
      <source>Session on this kiosk</source>
      <translation>Nodarbība šajā kioskā</translation>
    </message>
    <message>
      <source>Ends at %1 (%2 left). Checked in: %3.</source>
      <translation>Beidzas %1 (atlicis %2). Atzīmējušies: %3.</translation>
    </message>
    <message>
      <source>No session is running.</source>
      <translation>Neviena nodarbība nenotiek.</translation>
    </message>
    <message>
      <source>Choose a programme on the right to start one.</source>
      <translation>Lai sāktu, izvēlieties programmu labajā pusē.</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>Atzīmēt</translation>
    </message>
    <message>
      <source>End session</source>
      <translation>Beigt nodarbību</translation>
    </message>
    <message>
      <source>Start a session</source>
      <translation>Sākt nodarbību</translation>
    </message>
    <message>
      <source>Start session</source>
      <translation>Sākt</translation>
    </message>
  </context>
</TS>
