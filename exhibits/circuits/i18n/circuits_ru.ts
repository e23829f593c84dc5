<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CircuitsExhibit</name>
    <message>
        <source>Wire</source>
        <extracomment>The palette, in order: tool key (a part kind&apos;s value, or the eraser). How long a &quot;well done&quot; stays in the hint box, seconds.</extracomment>
        <translation>Провод</translation>
    </message>
    <message>
        <source>Bulb</source>
        <translation>Лампочка</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Батарейка</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Выключатель</translation>
    </message>
    <message>
        <source>Resistor</source>
        <translation>Резистор</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Ластик</translation>
    </message>
    <message>
        <source>Light the bulb!</source>
        <translation>Зажги лампочку!</translation>
    </message>
    <message>
        <source>Pick Wire, then tap the grey lines or swipe along them to join the battery and the bulb in a loop.</source>
        <translation>Выбери «Провод», потом касайся серых линий или веди по ним пальцем, чтобы соединить батарейку и лампочку в замкнутую цепь.</translation>
    </message>
    <message>
        <source>Light two bulbs equally bright.</source>
        <translation>Зажги две лампочки одинаково ярко.</translation>
    </message>
    <message>
        <source>Add a second bulb. Does it matter where you put it?</source>
        <translation>Добавь вторую лампочку. Важно ли, куда её поставить?</translation>
    </message>
    <message>
        <source>Make one switch turn two bulbs on and off.</source>
        <translation>Сделай так, чтобы один выключатель включал и выключал две лампочки.</translation>
    </message>
    <message>
        <source>Put a switch where the current of both bulbs passes. Tap a switch to close or open it.</source>
        <translation>Поставь выключатель туда, где проходит ток обеих лампочек. Коснись выключателя, чтобы замкнуть или разомкнуть его.</translation>
    </message>
    <message>
        <source>Make each of two bulbs as bright as one bulb alone.</source>
        <translation>Сделай так, чтобы каждая из двух лампочек светила так же ярко, как одна.</translation>
    </message>
    <message>
        <source>Give every bulb its own path to the battery (a parallel circuit).</source>
        <translation>Дай каждой лампочке свой путь к батарейке (параллельное соединение).</translation>
    </message>
    <message>
        <source>Use a resistor to make a bulb glow dimmer.</source>
        <translation>С помощью резистора сделай так, чтобы лампочка светила тусклее.</translation>
    </message>
    <message>
        <source>A resistor lets less current through. Put it in a bulb&apos;s path.</source>
        <translation>Резистор пропускает меньше тока. Поставь его на пути тока к лампочке.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Next challenge</source>
        <translation>Новое задание</translation>
    </message>
    <message>
        <source>Voltage U</source>
        <translation>Напряжение U</translation>
    </message>
    <message>
        <source>Current I</source>
        <translation>Сила тока I</translation>
    </message>
    <message>
        <source>Resistance R</source>
        <translation>Сопротивление R</translation>
    </message>
    <message>
        <source>Bulbs lit</source>
        <translation>Лампочек горит</translation>
    </message>
    <message>
        <source>Ohm&apos;s law: I = U / R</source>
        <translation>Закон Ома: I = U / R</translation>
    </message>
    <message>
        <source>Tap an empty line: put the part there.</source>
        <translation>Коснись пустой линии: деталь встанет туда.</translation>
    </message>
    <message>
        <source>Swipe along lines: lay many at once.</source>
        <translation>Веди пальцем по линиям: поставишь сразу несколько.</translation>
    </message>
    <message>
        <source>Tap a switch: open or close it.</source>
        <translation>Коснись выключателя: он замкнётся или разомкнётся.</translation>
    </message>
    <message>
        <source>Tap a battery with Battery: turn it round.</source>
        <translation>Коснись батарейки «Батарейкой»: она повернётся.</translation>
    </message>
    <message>
        <source>Tap a part with Eraser, or with the same part: take it away.</source>
        <translation>Коснись детали ластиком или такой же деталью: она исчезнет.</translation>
    </message>
    <message>
        <source>A</source>
        <translation>А</translation>
    </message>
    <message>
        <source>V</source>
        <translation>В</translation>
    </message>
    <message>
        <source>Ω</source>
        <translation>Ом</translation>
    </message>
    <message>
        <source>Challenge {number} of {total}</source>
        <translation>Задание {number} из {total}</translation>
    </message>
    <message>
        <source>Short circuit! Wires join the battery&apos;s + and − directly, so a huge current flows and the battery gets hot. Put a bulb or a resistor in the way.</source>
        <translation>Короткое замыкание! Провода соединяют + и − батарейки напрямую, поэтому течёт огромный ток и батарейка нагревается. Поставь на пути лампочку или резистор.</translation>
    </message>
    <message>
        <source>Every circuit needs a battery: pick Battery and tap a line.</source>
        <translation>Каждой цепи нужна батарейка: выбери «Батарейка» и коснись линии.</translation>
    </message>
    <message>
        <source>A switch is open: tap it to close it.</source>
        <translation>Выключатель разомкнут: коснись его, чтобы замкнуть.</translation>
    </message>
    <message>
        <source>No current yet: the parts must make a closed loop from + round to −.</source>
        <translation>Тока пока нет: детали должны образовать замкнутую цепь от + до −.</translation>
    </message>
    <message>
        <source>Well done! Here is the next challenge.</source>
        <translation>Молодец! Вот следующее задание.</translation>
    </message>
</context>
</TS>
