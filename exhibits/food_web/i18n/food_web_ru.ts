<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>FoodWebExhibit</name>
    <message>
        <source>kt</source>
        <translation>тыс. т</translation>
    </message>
    <message>
        <source>{percent} a year</source>
        <translation>{percent} в год</translation>
    </message>
    <message>
        <source>Sprat growth</source>
        <translation>Рост шпрота</translation>
    </message>
    <message>
        <source>Cod hunting</source>
        <translation>Охота трески</translation>
    </message>
    <message>
        <source>Cod death rate</source>
        <translation>Смертность трески</translation>
    </message>
    <message>
        <source>Fishing</source>
        <translation>Промысел</translation>
    </message>
    <message>
        <source>The cod are gone! Ease off and press Restart.</source>
        <translation>Трески больше нет! Лови меньше и нажми «Заново».</translation>
    </message>
    <message>
        <source>The sprat are gone, so the cod will starve. Press Restart.</source>
        <translation>Шпрота больше нет, и треска останется голодной. Нажми «Заново».</translation>
    </message>
    <message>
        <source>Balance found! Now raise the fishing: the balance point moves to more sprat and fewer cod.</source>
        <translation>Равновесие найдено! Теперь увеличь промысел: точка равновесия сдвинется к большему числу шпрота и меньшему — трески.</translation>
    </message>
    <message>
        <source>Hint: the balance point is the yellow cross. Tap right on it.</source>
        <translation>Подсказка: точка равновесия — жёлтый крестик. Коснись прямо его.</translation>
    </message>
    <message>
        <source>Not quite: the fish still swing. Tap nearer the middle of the loop.</source>
        <translation>Не совсем: численность рыб всё ещё колеблется. Коснись ближе к середине петли.</translation>
    </message>
    <message>
        <source>Find the balance point: tap the phase plot where sprat and cod would stay the same.</source>
        <translation>Найди точку равновесия: коснись фазового графика там, где число шпрота и трески перестало бы меняться.</translation>
    </message>
    <message>
        <source>50 years of fishing and both stocks survived! Healthy {score} % of the time.</source>
        <translation>50 лет промысла, и оба запаса выжили! В хорошем состоянии {score} % времени.</translation>
    </message>
    <message>
        <source>Both survived 50 years, but were healthy only {score} % of the time. Try fishing less.</source>
        <translation>Оба вида прожили 50 лет, но были в хорошем состоянии только {score} % времени. Попробуй ловить меньше.</translation>
    </message>
    <message>
        <source>Set fishing to at least 20 % a year, then keep sprat and cod alive for 50 years.</source>
        <translation>Поставь промысел не меньше 20 % в год и сохрани шпрот и треску на 50 лет.</translation>
    </message>
    <message>
        <source>Keep sprat and cod alive for 50 years while fishing.</source>
        <translation>Лови рыбу и сохрани шпрот и треску на 50 лет.</translation>
    </message>
    <message>
        <source>{years} / {goal} years of fishing</source>
        <translation>Годы промысла: {years} / {goal}</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Год {year}</translation>
    </message>
    <message>
        <source>Caught so far: {biomass}</source>
        <translation>Выловлено: {biomass}</translation>
    </message>
    <message>
        <source>Sprat: {biomass}</source>
        <translation>Шпрот: {biomass}</translation>
    </message>
    <message>
        <source>Cod: {biomass}</source>
        <translation>Треска: {biomass}</translation>
    </message>
    <message>
        <source>each fish = {biomass}</source>
        <translation>каждая рыба = {biomass}</translation>
    </message>
    <message>
        <source>The cod stock has collapsed.
Tap here to start again.</source>
        <translation>Запас трески рухнул.
Коснись здесь, чтобы начать заново.</translation>
    </message>
    <message>
        <source>The sprat stock has collapsed.
Tap here to start again.</source>
        <translation>Запас шпрота рухнул.
Коснись здесь, чтобы начать заново.</translation>
    </message>
    <message>
        <source>Balance point</source>
        <translation>Точка равновесия</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Заново</translation>
    </message>
    <message>
        <source>Stock, kt</source>
        <translation>Запас, тыс. т</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <source>Sprat</source>
        <translation>Шпрот</translation>
    </message>
    <message>
        <source>Cod</source>
        <translation>Треска</translation>
    </message>
    <message>
        <source>Cod, kt</source>
        <translation>Треска, тыс. т</translation>
    </message>
    <message>
        <source>Sprat, kt</source>
        <translation>Шпрот, тыс. т</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
</context>
</TS>
