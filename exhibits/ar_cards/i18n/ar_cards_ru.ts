<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ArCardsExhibit</name>
    <message>
        <source>Earth</source>
        <translation>Земля</translation>
    </message>
    <message>
        <source>Mars</source>
        <translation>Марс</translation>
    </message>
    <message>
        <source>Saturn</source>
        <translation>Сатурн</translation>
    </message>
    <message>
        <source>Water H₂O</source>
        <translation>Вода H₂O</translation>
    </message>
    <message>
        <source>Carbon dioxide CO₂</source>
        <translation>Углекислый газ CO₂</translation>
    </message>
    <message>
        <source>Sea salt NaCl</source>
        <translation>Морская соль NaCl</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Сердце</translation>
    </message>
    <message>
        <source>Lungs</source>
        <translation>Лёгкие</translation>
    </message>
    <message>
        <source>Eye</source>
        <translation>Глаз</translation>
    </message>
    <message>
        <source>Earth turns once a day, and 71 % of its surface is water.</source>
        <translation>Земля оборачивается вокруг своей оси раз в сутки, и 71 % её поверхности покрыт водой.</translation>
    </message>
    <message>
        <source>Mars is red because its dust is rusty: it holds iron oxide.</source>
        <translation>Марс красный, потому что его пыль ржавая: в ней есть оксид железа.</translation>
    </message>
    <message>
        <source>Saturn&apos;s rings are billions of pieces of ice and rock, from grains to houses.</source>
        <translation>Кольца Сатурна – это миллиарды кусочков льда и камня, от песчинок до глыб размером с дом.</translation>
    </message>
    <message>
        <source>One oxygen atom holds two hydrogen atoms at an angle of 104.5°.</source>
        <translation>Один атом кислорода держит два атома водорода под углом 104,5°.</translation>
    </message>
    <message>
        <source>Carbon in the middle, oxygen on both sides, in a straight line. Plants take it in and give out oxygen.</source>
        <translation>Углерод посередине, кислород с двух сторон, на одной прямой. Растения поглощают его и выделяют кислород.</translation>
    </message>
    <message>
        <source>Sodium and chlorine stack into cube-shaped crystals. The Baltic Sea is about five times less salty than the ocean.</source>
        <translation>Натрий и хлор складываются в кристаллы-кубики. Балтийское море примерно в пять раз менее солёное, чем океан.</translation>
    </message>
    <message>
        <source>Your heart beats about 100 000 times a day, pumping blood around your body.</source>
        <translation>Твоё сердце бьётся около 100 000 раз в день и качает кровь по всему телу.</translation>
    </message>
    <message>
        <source>Your lungs take oxygen from the air and breathe out carbon dioxide, 12 to 20 times a minute.</source>
        <translation>Твои лёгкие берут кислород из воздуха и выдыхают углекислый газ 12–20 раз в минуту.</translation>
    </message>
    <message>
        <source>The pupil grows in the dark to let in more light, and shrinks in bright light.</source>
        <translation>Зрачок в темноте расширяется, чтобы впустить больше света, а на ярком свету сужается.</translation>
    </message>
    <message>
        <source>AR cards</source>
        <translation>AR-карточки</translation>
    </message>
    <message>
        <source>Hold a card up to the camera and turn it: a planet, a molecule or an organ appears on it.</source>
        <translation>Поднеси карточку к камере и поверни её: на ней появится планета, молекула или орган.</translation>
    </message>
    <message>
        <source>No cards? Ask the staff at the desk.</source>
        <translation>Нет карточек? Спроси у сотрудников на стойке.</translation>
    </message>
    <message>
        <source>How does the computer do it?</source>
        <translation>Как компьютер это делает?</translation>
    </message>
    <message>
        <source>It finds the black-and-white square, measures its four corners and works out how the card is turned and tilted. Then it draws the picture to match.</source>
        <translation>Он находит чёрно-белый квадрат, измеряет четыре его угла и вычисляет, как карточка повёрнута и наклонена. Потом рисует картинку прямо на ней.</translation>
    </message>
    <message>
        <source>Cards found: %1 of %2 · Goal: %3</source>
        <translation>Найдено карточек: %1 из %2 · Цель: %3</translation>
    </message>
    <message>
        <source>What is on the cards?</source>
        <translation>Что на карточках?</translation>
    </message>
    <message>
        <source>Three planets, three molecules and three organs of your body. Find them all!</source>
        <translation>Три планеты, три молекулы и три органа твоего тела. Найди их все!</translation>
    </message>
</context>
</TS>
