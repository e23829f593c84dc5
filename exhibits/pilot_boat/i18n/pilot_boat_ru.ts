<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>PilotBoatExhibit</name>
    <message>
      <source>Clear</source>
      <extracomment>Seconds between two program steps while the program runs (time to follow the lit block).</extracomment>
      <translation>Очистить</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Шаг</translation>
    </message>
    <message>
      <source>Next trip</source>
      <translation>Следующий рейс</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Вперёд</translation>
    </message>
    <message>
      <source>Turn left</source>
      <translation>Налево</translation>
    </message>
    <message>
      <source>Turn right</source>
      <translation>Направо</translation>
    </message>
    <message>
      <source>Repeat</source>
      <translation>Повтори</translation>
    </message>
    <message>
      <source>If buoy ahead</source>
      <translation>Если впереди буй</translation>
    </message>
    <message>
      <source>Tap or drag blocks here to build the program.</source>
      <translation>Нажимай на блоки или перетаскивай их сюда, чтобы собрать программу.</translation>
    </message>
    <message>
      <source>Let go to remove</source>
      <translation>Отпусти, чтобы убрать</translation>
    </message>
    <message>
      <source>Steer the pilot boat from the pilot station to the ship. Add blocks: forward, turn, forward.</source>
      <translation>Проведи лоцманский катер от лоцманской станции к судну. Добавь блоки: вперёд, поворот, вперёд.</translation>
    </message>
    <message>
      <source>A long channel, but only {blocks} blocks fit. Put Forward inside Repeat.</source>
      <translation>Длинный канал, но помещается только {blocks} блока. Вложи «Вперёд» в «Повтори».</translation>
    </message>
    <message>
      <source>Zig-zag between the piers with at most {blocks} blocks: repeat a pattern.</source>
      <translation>Зигзагом между причалами, не больше {blocks} блоков: повтори узор.</translation>
    </message>
    <message>
      <source>Buoys show where to turn. Only {blocks} blocks: inside Repeat, check If buoy ahead, then go Forward.</source>
      <translation>Буи показывают, где поворачивать. Только {blocks} блока: внутри «Повтори» проверь «Если впереди буй», потом – «Вперёд».</translation>
    </message>
    <message>
      <source>Out through the harbour mouth to the ship at sea. Here the buoys mean: turn left.</source>
      <translation>Через ворота порта к судну в море. Здесь буи значат: поверни налево.</translation>
    </message>
    <message>
      <source>Build the program, then tap Run or Step.</source>
      <translation>Собери программу, потом нажми «Пуск» или «Шаг».</translation>
    </message>
    <message>
      <source>The program is empty: tap a block to add it.</source>
      <translation>Программа пуста: нажми на блок, чтобы добавить его.</translation>
    </message>
    <message>
      <source>The boat follows your program: watch the lit block.</source>
      <translation>Катер выполняет твою программу: следи за подсвеченным блоком.</translation>
    </message>
    <message>
      <source>Step {steps}: tap Step again for the next block.</source>
      <translation>Шаг {steps}: нажми «Шаг» ещё раз для следующего блока.</translation>
    </message>
    <message>
      <source>Paused. Tap Run to go on, or Step for one block.</source>
      <translation>Пауза. Нажми «Пуск», чтобы продолжить, или «Шаг» – для одного блока.</translation>
    </message>
    <message>
      <source>This trip allows only {blocks} blocks. Can a Repeat do it with fewer?</source>
      <translation>В этом рейсе блоков не больше: {blocks}. Может, «Повтори» справится с меньшим числом?</translation>
    </message>
    <message>
      <source>The boat is under way: tap Stop to change the program.</source>
      <translation>Катер в пути: нажми «Стоп», чтобы изменить программу.</translation>
    </message>
    <message>
      <source>Alongside! The pilot climbs aboard the ship. Well done!</source>
      <translation>У борта! Лоцман поднимается на судно. Отлично!</translation>
    </message>
    <message>
      <source>Bump! The boat hit the pier. Change the program and try again.</source>
      <translation>Бум! Катер ударился о причал. Измени программу и попробуй снова.</translation>
    </message>
    <message>
      <source>Bump! The boat hit a buoy. Turn before it.</source>
      <translation>Бум! Катер ударился о буй. Поверни перед ним.</translation>
    </message>
    <message>
      <source>The boat sailed off the chart. Turn the other way?</source>
      <translation>Катер уплыл за край карты. Может, повернуть в другую сторону?</translation>
    </message>
    <message>
      <source>Out of steps! This trip has fuel for {steps} steps. Does a Repeat run too often?</source>
      <translation>Шаги закончились! Топлива на этот рейс – на {steps} шагов. Может, «Повтори» повторяет слишком много раз?</translation>
    </message>
    <message>
      <source>The program ended before the boat reached the ship. Add more blocks.</source>
      <translation>Программа закончилась раньше, чем катер дошёл до судна. Добавь ещё блоки.</translation>
    </message>
    <message>
      <source>Trip {number} of {total}</source>
      <translation>Рейс {number} из {total}</translation>
    </message>
    <message>
      <source>Blocks: {used} of {most}.</source>
      <translation>Блоки: {used} из {most}.</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Стоп</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Пуск</translation>
    </message>
  </context>
</TS>
