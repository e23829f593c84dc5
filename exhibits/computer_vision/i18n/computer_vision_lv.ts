<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>ComputerVisionExhibit</name>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Kontūras</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Izpludināt</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Slieksnis</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Krāsas</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pikseļi</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Kustība</translation>
    </message>
    <message>
        <source>To a computer a picture is a grid of pixels, and each pixel is three numbers: red, green and blue.</source>
        <translation>Datoram attēls ir pikseļu režģis, un katrs pikselis ir trīs skaitļi: sarkans, zaļš un zils.</translation>
    </message>
    <message>
        <source>The computer marks where brightness changes sharply: those lines are the outlines of things.</source>
        <translation>Dators atzīmē vietas, kur spilgtums strauji mainās: šīs līnijas ir priekšmetu kontūras.</translation>
    </message>
    <message>
        <source>Each pixel is mixed with its neighbours, so small details disappear and big shapes stay.</source>
        <translation>Katru pikseli sajauc ar kaimiņiem, tāpēc sīkas detaļas pazūd, bet lielas formas paliek.</translation>
    </message>
    <message>
        <source>Every pixel brighter than a chosen level turns yellow, all the others dark.</source>
        <translation>Katrs pikselis, kas ir gaišāks par izvēlēto līmeni, kļūst dzeltens, visi pārējie – tumši.</translation>
    </message>
    <message>
        <source>A colour picture is really three pictures: how much red, green and blue light each pixel has.</source>
        <translation>Krāsains attēls patiesībā ir trīs attēli: cik daudz sarkanās, zaļās un zilās gaismas ir katrā pikselī.</translation>
    </message>
    <message>
        <source>With fewer, bigger pixels the computer keeps less information, and the picture gets blocky.</source>
        <translation>Ja pikseļu ir mazāk un tie ir lielāki, dators glabā mazāk informācijas, un attēls kļūst klucīšains.</translation>
    </message>
    <message>
        <source>Each picture is compared with the one before: the places that changed glow, hottest where you moved most.</source>
        <translation>Katru attēlu salīdzina ar iepriekšējo: vietas, kas mainījās, kvēlo – visspožāk tur, kur tu kustējies visvairāk.</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Jutīgums</translation>
    </message>
    <message>
        <source>Blur strength</source>
        <translation>Izpludinājuma stiprums</translation>
    </message>
    <message>
        <source>Brightness level</source>
        <translation>Spilgtuma līmenis</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Pikseļa izmērs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Atmiņa</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Attēls</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Sarkans</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Zaļš</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Zils</translation>
    </message>
    <message>
        <source>Filters tried: %1 of %2</source>
        <translation>Izmēģināti filtri: %1 no %2</translation>
    </message>
    <message>
        <source>A computer gets only numbers: red, green and blue for each pixel in the yellow square.</source>
        <translation>Dators saņem tikai skaitļus: sarkano, zaļo un zilo katram pikselim dzeltenajā kvadrātā.</translation>
    </message>
    <message>
        <source>Goal: look at yourself through every filter.</source>
        <translation>Mērķis: apskati sevi caur katru filtru.</translation>
    </message>
    <message>
        <source>You have seen them all! Now move the slider: what changes?</source>
        <translation>Tu redzēji visus! Tagad pabīdi slīdni: kas mainās?</translation>
    </message>
</context>
</TS>
