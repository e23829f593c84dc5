<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>RadioTelescopeExhibit</name>
    <message>
        <source>New sky</source>
        <translation>Новое небо</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Солнце</translation>
    </message>
    <message>
        <source>Cassiopeia A</source>
        <translation>Кассиопея A</translation>
    </message>
    <message>
        <source>Hydrogen cloud</source>
        <translation>Облако водорода</translation>
    </message>
    <message>
        <source>Radio spectrum</source>
        <translation>Радиоспектр</translation>
    </message>
    <message>
        <source>frequency, MHz</source>
        <translation>частота, МГц</translation>
    </message>
    <message>
        <source>power</source>
        <translation>мощность</translation>
    </message>
    <message>
        <source>empty sky</source>
        <translation>пустое небо</translation>
    </message>
    <message>
        <source>hydrogen 1420 MHz</source>
        <translation>водород 1420 МГц</translation>
    </message>
    <message>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <source>Dish size</source>
        <translation>Размер антенны</translation>
    </message>
    <message>
        <source>Spectra averaged</source>
        <translation>Усреднено спектров</translation>
    </message>
    <message>
        <source>{count} ({seconds})</source>
        <translation>{count} ({seconds})</translation>
    </message>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>см</translation>
    </message>
    <message>
        <source>Find 3 hidden radio sources</source>
        <translation>Найди 3 спрятанных радиоисточника</translation>
    </message>
    <message>
        <source>{size} (RT-{size_m})</source>
        <translation>{size} (RT-{size_m})</translation>
    </message>
    <message>
        <source>beam {angle}</source>
        <translation>луч {angle}</translation>
    </message>
    <message>
        <source>Beam width: 1.22 × λ ÷ D = 1.22 × {wavelength} ÷ {diameter} = {beam}.</source>
        <translation>Ширина луча: 1,22 × λ ÷ D = 1,22 × {wavelength} ÷ {diameter} = {beam}.</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>м²</translation>
    </message>
    <message>
        <source>Dish area: {area}.</source>
        <translation>Площадь антенны: {area}.</translation>
    </message>
    <message>
        <source>Averaging N = {count} spectra makes the noise √N = {factor} times smaller.</source>
        <translation>Усреднение N = {count} спектров делает шум в √N = {factor} раза меньше.</translation>
    </message>
    <message>
        <source>Irbene near Ventspils has real radio telescopes with 16 m and 32 m dishes.</source>
        <translation>В Ирбене под Вентспилсом есть настоящие радиотелескопы с антеннами 16 м и 32 м.</translation>
    </message>
    <message>
        <source>1 degree</source>
        <translation>1 градус</translation>
    </message>
    <message>
        <source>Try here!</source>
        <translation>Попробуй здесь!</translation>
    </message>
    <message>
        <source>Signal-to-noise</source>
        <translation>Сигнал/шум</translation>
    </message>
    <message>
        <source>lock on at {threshold}</source>
        <translation>захват при {threshold}</translation>
    </message>
    <message>
        <source>Our star. In radio it outshines everything else.</source>
        <translation>Наша звезда. В радиоволнах она ярче всего остального.</translation>
    </message>
    <message>
        <source>One of the brightest radio sources in the sky: what is left of a star that exploded about 350 years ago.</source>
        <translation>Один из самых ярких радиоисточников неба: остатки звезды, которая взорвалась около 350 лет назад.</translation>
    </message>
    <message>
        <source>Cold hydrogen gas glows at 1420 MHz: the 21 cm line.</source>
        <translation>Холодный водород светится на частоте 1420 МГц: это линия 21 см.</translation>
    </message>
    <message>
        <source>Very bright: the whole spectrum jumps up.</source>
        <translation>Очень яркое: весь спектр подпрыгивает вверх.</translation>
    </message>
    <message>
        <source>Bright, but far weaker than the Sun: the spectrum rises a little.</source>
        <translation>Яркий, но гораздо слабее Солнца: спектр чуть поднимается.</translation>
    </message>
    <message>
        <source>A narrow peak at 1420 MHz. Average for longer!</source>
        <translation>Узкий пик на 1420 МГц. Усредняй дольше!</translation>
    </message>
    <message>
        <source>Drag on the sky to turn the dish. Watch the spectrum!</source>
        <translation>Веди пальцем по небу, чтобы повернуть антенну. Следи за спектром!</translation>
    </message>
    <message>
        <source>Something is here! Average more spectra or use a bigger dish.</source>
        <translation>Здесь что-то есть! Усредни больше спектров или возьми антенну побольше.</translation>
    </message>
    <message>
        <source>Strong signal! Hold still to lock on.</source>
        <translation>Сильный сигнал! Держи антенну на месте для захвата.</translation>
    </message>
    <message>
        <source>You found all three! Tap New sky to play again.</source>
        <translation>Все три найдены! Нажми «Новое небо», чтобы сыграть ещё раз.</translation>
    </message>
</context>
</TS>
