<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>LaunchExhibit</name>
    <message>
        <source>The buoy</source>
        <extracomment>The ball flies a little faster than real time, so no visitor waits long for it to land. How long a cleared level is celebrated before the next one appears.</extracomment>
        <translation>Буй</translation>
    </message>
    <message>
        <source>The cargo ship</source>
        <translation>Грузовое судно</translation>
    </message>
    <message>
        <source>Behind the containers</source>
        <translation>За контейнерами</translation>
    </message>
    <message>
        <source>From the lighthouse</source>
        <translation>С маяка</translation>
    </message>
    <message>
        <source>A sailing ship</source>
        <translation>Корабль в пути</translation>
    </message>
    <message>
        <source>Air resistance</source>
        <translation>Сопротивление воздуха</translation>
    </message>
    <message>
        <source>Hit the buoy in the harbour!</source>
        <translation>Попади в буй в гавани!</translation>
    </message>
    <message>
        <source>Reach the cargo ship far out at sea.</source>
        <translation>Достань до грузового судна далеко в море.</translation>
    </message>
    <message>
        <source>Lob the ball over the containers onto the boat.</source>
        <translation>Перебрось мяч через контейнеры на лодку.</translation>
    </message>
    <message>
        <source>Shoot from the top of the lighthouse to the boat.</source>
        <translation>Стреляй с вершины маяка по лодке.</translation>
    </message>
    <message>
        <source>The ship sails to and fro: launch at the right moment!</source>
        <translation>Корабль плавает туда-сюда: стреляй в нужный момент!</translation>
    </message>
    <message>
        <source>Now the air slows the ball down. Fly over the crane!</source>
        <translation>Теперь воздух тормозит мяч. Перелети через кран!</translation>
    </message>
    <message>
        <source>Hit the target!</source>
        <translation>Попади в цель!</translation>
    </message>
    <message>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <source>You cleared every level! Try them again with fewer shots.</source>
        <translation>Все уровни пройдены! Попробуй снова с меньшим числом выстрелов.</translation>
    </message>
    <message>
        <source>Watch it fly…</source>
        <translation>Смотри, как летит…</translation>
    </message>
    <message>
        <source>Hit with the first shot! Perfect!</source>
        <translation>Попадание с первого выстрела! Отлично!</translation>
    </message>
    <message>
        <source>Hit! Level cleared. Shots used: {shots}.</source>
        <translation>Попал! Уровень пройден. Выстрелов: {shots}.</translation>
    </message>
    <message>
        <source>Bang! The ball hit the crane. Try a steeper angle.</source>
        <translation>Бум! Мяч ударился о кран. Попробуй угол покруче.</translation>
    </message>
    <message>
        <source>Bang! The ball hit the containers. Try a steeper angle.</source>
        <translation>Бум! Мяч ударился о контейнеры. Попробуй угол покруче.</translation>
    </message>
    <message>
        <source>Whoosh, out of the port! Less speed.</source>
        <translation>Вжух – за пределы порта! Поменьше скорость.</translation>
    </message>
    <message>
        <source>Splash! {distance} too short.</source>
        <translation>Плюх! Не долетел {distance}.</translation>
    </message>
    <message>
        <source>Splash! {distance} too far.</source>
        <translation>Плюх! Перелёт на {distance}.</translation>
    </message>
    <message>
        <source>Launch!</source>
        <translation>Пуск!</translation>
    </message>
    <message>
        <source>Level {number} of {total}: {name}</source>
        <translation>Уровень {number} из {total}: {name}</translation>
    </message>
    <message>
        <source>Shots: {shots}</source>
        <translation>Выстрелов: {shots}</translation>
    </message>
    <message>
        <source>Last shot: {distance} far, {height} high, {time} in the air</source>
        <translation>Последний выстрел: дальность {distance}, высота {height}, в воздухе {time}</translation>
    </message>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>Drag the arrow or use the sliders to aim.</source>
        <translation>Целься: тяни стрелку или двигай ползунки.</translation>
    </message>
    <message>
        <source>Flat ground, no air: v²·sin 2θ / g = {distance}</source>
        <translation>Ровная земля, без воздуха: v²·sin 2θ / g = {distance}</translation>
    </message>
    <message>
        <source>Angle θ</source>
        <translation>Угол θ</translation>
    </message>
    <message>
        <source>Speed v</source>
        <translation>Скорость v</translation>
    </message>
    <message>
        <source>m/s</source>
        <translation>м/с</translation>
    </message>
    <message>
        <source>Hit!</source>
        <translation>Попал!</translation>
    </message>
</context>
<context>
    <name>PortScene</name>
    <message>
        <source>m</source>
        <extracomment>Share of the height below the waterline (the sea and the distance ruler). Room left of the launcher (its dome, the quay, the height ruler), in pixels at the reference size. Room above the highest flight (the ball, the target&apos;s marker), in pixels at the reference size. The aim is drawn large in the free sky when that is at least this share of the scene (a tall screen). ... and the fastest aim would be drawn at least this long (pixels at the reference size). Seconds in which the camera goes most of the way to a new frame (a high ball, back to the level). Every n-th recorded point of a path becomes a dot of the trail. The aim drawn large in the sky (a tall screen): its foot, pixels per m/s, and the area a drag may start in.</extracomment>
        <translation>м</translation>
    </message>
    <message>
        <source>m/s</source>
        <translation>м/с</translation>
    </message>
    <message>
        <source>Highest point without air: v²·sin²θ / 2g = {height}</source>
        <translation>Высшая точка без воздуха: v²·sin²θ / 2g = {height}</translation>
    </message>
</context>
</TS>
