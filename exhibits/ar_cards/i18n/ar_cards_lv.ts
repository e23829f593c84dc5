<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>ArCardsExhibit</name>
    <message>
        <source>Earth</source>
        <translation>Zeme</translation>
    </message>
    <message>
        <source>Mars</source>
        <translation>Marss</translation>
    </message>
    <message>
        <source>Saturn</source>
        <translation>Saturns</translation>
    </message>
    <message>
        <source>Water H₂O</source>
        <translation>Ūdens H₂O</translation>
    </message>
    <message>
        <source>Carbon dioxide CO₂</source>
        <translation>Oglekļa dioksīds CO₂</translation>
    </message>
    <message>
        <source>Sea salt NaCl</source>
        <translation>Jūras sāls NaCl</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Sirds</translation>
    </message>
    <message>
        <source>Lungs</source>
        <translation>Plaušas</translation>
    </message>
    <message>
        <source>Eye</source>
        <translation>Acs</translation>
    </message>
    <message>
        <source>Earth turns once a day, and 71 % of its surface is water.</source>
        <translation>Zeme apgriežas ap savu asi reizi diennaktī, un 71 % tās virsmas klāj ūdens.</translation>
    </message>
    <message>
        <source>Mars is red because its dust is rusty: it holds iron oxide.</source>
        <translation>Marss ir sarkans, jo tā putekļi ir sarūsējuši: tajos ir dzelzs oksīds.</translation>
    </message>
    <message>
        <source>Saturn&apos;s rings are billions of pieces of ice and rock, from grains to houses.</source>
        <translation>Saturna gredzeni ir miljardiem ledus un akmens gabaliņu – no smilšu graudiņiem līdz mājas lielumam.</translation>
    </message>
    <message>
        <source>One oxygen atom holds two hydrogen atoms at an angle of 104.5°.</source>
        <translation>Viens skābekļa atoms tur divus ūdeņraža atomus 104,5° leņķī.</translation>
    </message>
    <message>
        <source>Carbon in the middle, oxygen on both sides, in a straight line. Plants take it in and give out oxygen.</source>
        <translation>Ogleklis vidū, skābeklis abās pusēs, vienā taisnā līnijā. Augi to uzņem un izdala skābekli.</translation>
    </message>
    <message>
        <source>Sodium and chlorine stack into cube-shaped crystals. The Baltic Sea is about five times less salty than the ocean.</source>
        <translation>Nātrijs un hlors sakārtojas kubveida kristālos. Baltijas jūra ir apmēram piecas reizes mazāk sāļa nekā okeāns.</translation>
    </message>
    <message>
        <source>Your heart beats about 100 000 times a day, pumping blood around your body.</source>
        <translation>Tava sirds pukst apmēram 100 000 reižu dienā un sūknē asinis pa visu ķermeni.</translation>
    </message>
    <message>
        <source>Your lungs take oxygen from the air and breathe out carbon dioxide, 12 to 20 times a minute.</source>
        <translation>Tavas plaušas uzņem skābekli no gaisa un izelpo oglekļa dioksīdu 12 līdz 20 reizes minūtē.</translation>
    </message>
    <message>
        <source>The pupil grows in the dark to let in more light, and shrinks in bright light.</source>
        <translation>Acs zīlīte tumsā paplašinās, lai ielaistu vairāk gaismas, bet spožā gaismā sašaurinās.</translation>
    </message>
    <message>
        <source>AR cards</source>
        <translation>AR kartītes</translation>
    </message>
    <message>
        <source>Hold a card up to the camera and turn it: a planet, a molecule or an organ appears on it.</source>
        <translation>Turi kartīti kameras priekšā un pagriez to: uz tās parādās planēta, molekula vai orgāns.</translation>
    </message>
    <message>
        <source>No cards? Ask the staff at the desk.</source>
        <translation>Nav kartīšu? Pajautā darbiniekiem informācijas galdā.</translation>
    </message>
    <message>
        <source>How does the computer do it?</source>
        <translation>Kā dators to dara?</translation>
    </message>
    <message>
        <source>It finds the black-and-white square, measures its four corners and works out how the card is turned and tilted. Then it draws the picture to match.</source>
        <translation>Tas atrod melnbalto kvadrātu, izmēra tā četrus stūrus un aprēķina, kā kartīte ir pagriezta un noliekta. Tad tas uzzīmē attēlu tieši uz tās.</translation>
    </message>
    <message>
        <source>Cards found: %1 of %2 · Goal: %3</source>
        <translation>Atrastas kartītes: %1 no %2 · Mērķis: %3</translation>
    </message>
    <message>
        <source>What is on the cards?</source>
        <translation>Kas ir uz kartītēm?</translation>
    </message>
    <message>
        <source>Three planets, three molecules and three organs of your body. Find them all!</source>
        <translation>Trīs planētas, trīs molekulas un trīs tava ķermeņa orgāni. Atrodi tos visus!</translation>
    </message>
</context>
</TS>
