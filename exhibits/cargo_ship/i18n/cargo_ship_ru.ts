<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CargoShipExhibit</name>
    <message>
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <source>Ship + cargo</source>
        <translation>Судно + груз</translation>
    </message>
    <message>
        <source>Draught</source>
        <translation>Осадка</translation>
    </message>
    <message>
        <source>Freeboard</source>
        <translation>Надводный борт</translation>
    </message>
    <message>
        <source>Heel</source>
        <translation>Крен</translation>
    </message>
    <message>
        <source>Stability (GM)</source>
        <translation>Остойчивость (GM)</translation>
    </message>
    <message>
        <source>Ocean</source>
        <translation>Океан</translation>
    </message>
    <message>
        <source>Baltic Sea</source>
        <translation>Балтика</translation>
    </message>
    <message>
        <source>Unload</source>
        <translation>Разгрузить</translation>
    </message>
    <message>
        <source>Sail!</source>
        <translation>В путь!</translation>
    </message>
    <message>
        <source>Order {number} of {total}</source>
        <translation>Заказ {number} из {total}</translation>
    </message>
    <message>
        <source>Load exactly {mass} onto the ship.</source>
        <translation>Погрузи на судно ровно {mass}.</translation>
    </message>
    <message>
        <source>Cargo: {loaded} of {wanted}</source>
        <translation>Груз: {loaded} из {wanted}</translation>
    </message>
    <message>
        <source>Level (heel under {limit})</source>
        <translation>Ровно (крен до {limit})</translation>
    </message>
    <message>
        <source>Water below the load line</source>
        <translation>Вода ниже грузовой марки</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Груз</translation>
    </message>
    <message>
        <source>Spirit level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>{loaded} / {wanted}</source>
        <translation>{loaded} / {wanted}</translation>
    </message>
    <message>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <source>Archimedes: T = m / (ρ · L · B)</source>
        <translation>Архимед: T = m / (ρ · L · B)</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <source>Water: {density}</source>
        <translation>Вода: {density}</translation>
    </message>
    <message>
        <source>kg/m³</source>
        <translation>кг/м³</translation>
    </message>
    <message>
        <source>Drag containers from the quay onto the ship.</source>
        <translation>Перетаскивай контейнеры с причала на судно.</translation>
    </message>
    <message>
        <source>Too deep: the load line is under water. Take some cargo off.</source>
        <translation>Слишком глубоко: грузовая марка под водой. Сними часть груза.</translation>
    </message>
    <message>
        <source>Add {mass} more.</source>
        <translation>Добавь ещё {mass}.</translation>
    </message>
    <message>
        <source>{mass} too much: take some off.</source>
        <translation>Лишние {mass}: сними что-нибудь.</translation>
    </message>
    <message>
        <source>The ship leans to the right: move weight to the left.</source>
        <translation>Судно кренится вправо: перенеси груз влево.</translation>
    </message>
    <message>
        <source>The ship leans to the left: move weight to the right.</source>
        <translation>Судно кренится влево: перенеси груз вправо.</translation>
    </message>
    <message>
        <source>All set! Tap Sail to deliver.</source>
        <translation>Всё готово! Нажми «В путь!».</translation>
    </message>
    <message>
        <source>Hold on: the crew is fishing the cargo out of the sea.</source>
        <translation>Подожди: команда вылавливает груз из моря.</translation>
    </message>
    <message>
        <source>Lift the container on top first.</source>
        <translation>Сначала подними верхний контейнер.</translation>
    </message>
    <message>
        <source>Bon voyage!</source>
        <translation>Счастливого пути!</translation>
    </message>
    <message>
        <source>Not yet!</source>
        <translation>Ещё нет!</translation>
    </message>
</context>
<context>
    <name>ShipScene</name>
    <message>
        <source>VENTSPILS</source>
        <extracomment>The part of the world always in view, metres. Roll and heave of the ship: natural period and damping of the displayed motion.</extracomment>
        <translation>ВЕНТСПИЛС</translation>
    </message>
    <message>
        <source>draught
{value}</source>
        <translation>осадка
{value}</translation>
    </message>
    <message>
        <source>load line</source>
        <translation>грузовая марка</translation>
    </message>
    <message>
        <source>heel {angle}</source>
        <translation>крен {angle}</translation>
    </message>
    <message>
        <source>Whoops! The ship tipped over.</source>
        <translation>Ой! Судно перевернулось.</translation>
    </message>
    <message>
        <source>Too much weight on one side. Nobody got wet: the cargo is back on the quay.</source>
        <translation>Слишком много груза на одном борту. Никто не промок: груз снова на причале.</translation>
    </message>
    <message>
        <source>Glug, glug! The deck went under water.</source>
        <translation>Буль-буль! Палуба ушла под воду.</translation>
    </message>
    <message>
        <source>The ship was too heavy. Nobody got wet: the cargo is back on the quay.</source>
        <translation>Судно было слишком тяжёлым. Никто не промок: груз снова на причале.</translation>
    </message>
    <message>
        <source>m</source>
        <translation>м</translation>
    </message>
</context>
</TS>
