<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
  <context>
    <name>BuilderPage</name>
    <message>
      <source>word</source>
      <extracomment>The cracking-time meters run on log10(seconds) from one second to the age of the Universe.</extracomment>
      <translation>vārds</translation>
    </message>
    <message>
      <source>less than a second</source>
      <translation>mazāk par sekundi</translation>
    </message>
    <message>
      <source>longer than the Universe has existed</source>
      <translation>ilgāk, nekā pastāv Visums</translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n sekunde</numerusform>
        <numerusform>%n sekundes</numerusform>
        <numerusform>%n sekunžu</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minūte</numerusform>
        <numerusform>%n minūtes</numerusform>
        <numerusform>%n minūšu</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n stunda</numerusform>
        <numerusform>%n stundas</numerusform>
        <numerusform>%n stundu</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n diena</numerusform>
        <numerusform>%n dienas</numerusform>
        <numerusform>%n dienu</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n year(s)</source>
      <translation>
        <numerusform>%n gads</numerusform>
        <numerusform>%n gadi</numerusform>
        <numerusform>%n gadu</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n thousand year(s)</source>
      <translation>
        <numerusform>%n tūkstotis gadu</numerusform>
        <numerusform>%n tūkstoši gadu</numerusform>
        <numerusform>%n tūkstošu gadu</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n million year(s)</source>
      <translation>
        <numerusform>%n miljons gadu</numerusform>
        <numerusform>%n miljoni gadu</numerusform>
        <numerusform>%n miljonu gadu</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n billion year(s)</source>
      <translation>
        <numerusform>%n miljards gadu</numerusform>
        <numerusform>%n miljardi gadu</numerusform>
        <numerusform>%n miljardu gadu</numerusform>
      </translation>
    </message>
    <message>
      <source>Challenge 1: beat the home computer</source>
      <translation>1. uzdevums: pārspēj mājas datoru</translation>
    </message>
    <message>
      <source>Build a password that a home computer needs more than a year to crack.</source>
      <translation>Saliec paroli, kuras uzlaušanai mājas datoram vajag vairāk nekā gadu.</translation>
    </message>
    <message>
      <source>Challenge 2: beat the cracking rig</source>
      <translation>2. uzdevums: pārspēj uzlaušanas iekārtu</translation>
    </message>
    <message>
      <source>Now hold out for a century against a cracking rig. Tip: words are easier to remember than random characters. How many do you need?</source>
      <translation>Tagad izturi gadsimtu pret uzlaušanas iekārtu. Padoms: vārdus atcerēties ir vieglāk nekā nejaušas rakstzīmes. Cik tev to vajag?</translation>
    </message>
    <message>
      <source>Both challenges solved!</source>
      <translation>Abi uzdevumi atrisināti!</translation>
    </message>
    <message>
      <source>Try the phishing spotter too: the strongest password is no help if you give it away.</source>
      <translation>Izmēģini arī pikšķerēšanas meklētāju: stiprākā parole nepalīdz, ja tu to atdod.</translation>
    </message>
    <message>
      <source>Guesses to try every possibility: %1</source>
      <translation>Minējumi, lai izmēģinātu visas iespējas: %1</translation>
    </message>
    <message>
      <source>Tap the pieces to build a password.</source>
      <translation>Pieskaries gabaliņiem, lai saliktu paroli.</translation>
    </message>
    <message>
      <source>Strength: %1 bits</source>
      <translation>Stiprums: %1 biti</translation>
    </message>
    <message>
      <source>1 s</source>
      <translation>1 s</translation>
    </message>
    <message>
      <source>1 day</source>
      <translation>1 diena</translation>
    </message>
    <message>
      <source>1 year</source>
      <translation>1 gads</translation>
    </message>
    <message>
      <source>1 million years</source>
      <translation>1 miljons gadu</translation>
    </message>
    <message>
      <source>Home computer</source>
      <translation>Mājas dators</translation>
    </message>
    <message>
      <source>Cracking rig</source>
      <translation>Uzlaušanas iekārta</translation>
    </message>
    <message>
      <source>Assumed: a home computer tries a billion (10⁹) guesses a second, a cracking rig of several graphics cards a trillion (10¹²), against a fast password hash. The attacker knows the recipe (which kinds of pieces), not the pieces.</source>
      <translation>Pieņemts: mājas dators izmēģina miljardu (10⁹) minējumu sekundē, uzlaušanas iekārta ar vairākām videokartēm – triljonu (10¹²), ja paroles saglabātas ar ātru jaucējfunkciju. Uzbrucējs zina recepti (kādi gabaliņi), bet ne pašus gabaliņus.</translation>
    </message>
    <message>
      <source>Tap a piece to add it:</source>
      <translation>Pieskaries gabaliņam, lai to pievienotu:</translation>
    </message>
    <message>
      <source>+ %2   (%1: %3 bits)</source>
      <translation>+ %2   (%1: %3 biti)</translation>
    </message>
    <message>
      <source>12 random characters</source>
      <translation>12 nejaušas rakstzīmes</translation>
    </message>
    <message>
      <source>Remove last</source>
      <translation>Noņemt pēdējo</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Notīrīt</translation>
    </message>
    <message>
      <source>New pieces</source>
      <translation>Jauni gabaliņi</translation>
    </message>
    <message>
      <source>Never type a real password into anything to test it: this lab only uses made-up pieces.</source>
      <translation>Nekad nekur neraksti īstu paroli, lai to pārbaudītu: šī laboratorija izmanto tikai izdomātus gabaliņus.</translation>
    </message>
  </context>
  <context>
    <name>PasswordLabExhibit</name>
    <message>
      <source>Password builder</source>
      <translation>Paroļu veidotājs</translation>
    </message>
    <message>
      <source>Phishing spotter</source>
      <translation>Pikšķerēšanas meklētājs</translation>
    </message>
  </context>
  <context>
    <name>SpotterPage</name>
    <message>
      <source>Message %1 of %2</source>
      <translation>%1. ziņa no %2</translation>
    </message>
    <message>
      <source>Tap every part of this message that is a warning sign.</source>
      <translation>Pieskaries katrai ziņas daļai, kas ir brīdinājuma zīme.</translation>
    </message>
    <message>
      <source>Warning signs found: %1 of %2</source>
      <translation>Atrastas brīdinājuma zīmes: %1 no %2</translation>
    </message>
    <message>
      <source>All found! A message with signs like these is phishing: delete it, and tell an adult or the real company.</source>
      <translation>Visas atrastas! Ziņa ar šādām zīmēm ir pikšķerēšana: izdzēs to un pastāsti pieaugušajam vai īstajam uzņēmumam.</translation>
    </message>
    <message>
      <source>The signs you missed are marked with ⚠ now. Read why each one is a warning sign.</source>
      <translation>Zīmes, kuras palaidi garām, tagad ir atzīmētas ar ⚠. Izlasi, kāpēc katra ir brīdinājuma zīme.</translation>
    </message>
    <message>
      <source>Phishing messages pretend to be someone you trust, to get your password or money. Look at the sender, the tone, the link and what they ask for.</source>
      <translation>Pikšķerēšanas ziņas izliekas, ka ir no kāda, kam uzticies, lai iegūtu tavu paroli vai naudu. Skaties uz sūtītāju, toni, saiti un to, ko prasa.</translation>
    </message>
    <message>
      <source>This part is normal: real messages say things like this too.</source>
      <translation>Šī daļa ir parasta: arī īstās ziņās raksta ko tādu.</translation>
    </message>
    <message>
      <source>Show the answers</source>
      <translation>Rādīt atbildes</translation>
    </message>
    <message>
      <source>Next message</source>
      <translation>Nākamā ziņa</translation>
    </message>
  </context>
</TS>
