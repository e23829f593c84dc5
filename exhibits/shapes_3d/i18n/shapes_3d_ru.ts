<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>Shapes3DExhibit</name>
    <message>
      <source>Challenge {number} of {total}</source>
      <extracomment>How long "Solved!" stays before the next challenge's empty plate appears.</extracomment>
      <translation>Задание {number} из {total}</translation>
    </message>
    <message>
      <source>Free building</source>
      <translation>Свободная стройка</translation>
    </message>
    <message>
      <source>All challenges solved! Build anything you like and watch its views.</source>
      <translation>Все задания решены! Строй что хочешь и смотри на его виды.</translation>
    </message>
    <message>
      <source>These views belong to a block of {big} cubes. Build the same views with only {small} cubes!</source>
      <translation>Это виды блока из {big} кубиков. Получи те же виды всего из {small} кубиков!</translation>
    </message>
    <message>
      <source>Build a shape that fills the striped squares in all three views.</source>
      <translation>Построй фигуру, которая заполняет заштрихованные клетки во всех трёх видах.</translation>
    </message>
    <message>
      <source>From above</source>
      <translation>Сверху</translation>
    </message>
    <message>
      <source>From the front</source>
      <translation>Спереди</translation>
    </message>
    <message>
      <source>From the right side</source>
      <translation>Справа</translation>
    </message>
    <message>
      <source>✔ matches</source>
      <translation>✔ совпадает</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>пока нет</translation>
    </message>
    <message>
      <source>Volume: {volume}</source>
      <translation>Объём: {volume}</translation>
    </message>
    <message>
      <source>Each cube is 1 cubic unit, so the volume is the number of cubes.</source>
      <translation>Каждый кубик – это 1 кубическая единица, поэтому объём равен числу кубиков.</translation>
    </message>
    <message>
      <source>Surface area: {area}</source>
      <translation>Площадь поверхности: {area}</translation>
    </message>
    <message>
      <source>Each cube has 6 square faces. Where two cubes touch, 2 faces are hidden: 6 × {volume} − 2 × {pairs} = {area}.</source>
      <translation>У каждого кубика 6 квадратных граней. Где два кубика соприкасаются, 2 грани скрыты: 6 × {volume} − 2 × {pairs} = {area}.</translation>
    </message>
    <message>
      <source>Add a cube</source>
      <translation>Добавить кубик</translation>
    </message>
    <message>
      <source>Take one off</source>
      <translation>Убрать кубик</translation>
    </message>
    <message>
      <source>Clear the plate</source>
      <translation>Очистить поле</translation>
    </message>
    <message>
      <source>FRONT</source>
      <translation>ПЕРЕД</translation>
    </message>
    <message numerus="yes">
      <source>%n cube(s)</source>
      <translation>
        <numerusform>%n кубик</numerusform>
        <numerusform>%n кубика</numerusform>
        <numerusform>%n кубиков</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n square(s)</source>
      <translation>
        <numerusform>%n квадратик</numerusform>
        <numerusform>%n квадратика</numerusform>
        <numerusform>%n квадратиков</numerusform>
      </translation>
    </message>
    <message>
      <source>Solved! All three views match. Well done!</source>
      <translation>Решено! Все три вида совпадают. Молодец!</translation>
    </message>
    <message>
      <source>That tower is as tall as it can be.</source>
      <translation>Эта башня уже максимальной высоты.</translation>
    </message>
    <message>
      <source>There is no cube there to take off.</source>
      <translation>Там нет кубика, который можно убрать.</translation>
    </message>
    <message>
      <source>Tap a square of the plate to stack a cube on it.</source>
      <translation>Коснись клетки поля, чтобы поставить на неё кубик.</translation>
    </message>
    <message>
      <source>The views match, but you used {count}. Take some off where they hide behind others.</source>
      <translation>Виды совпадают, но у тебя {count}. Убери те, что спрятаны за другими.</translation>
    </message>
    <message>
      <source>{matching} of 3 views match.</source>
      <translation>Совпадает видов: {matching} из 3.</translation>
    </message>
  </context>
</TS>
