<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>TeachExhibit</name>
    <message>
      <source>Group 1</source>
      <translation>Группа 1</translation>
    </message>
    <message>
      <source>Group 2</source>
      <translation>Группа 2</translation>
    </message>
    <message>
      <source>Group 3</source>
      <translation>Группа 3</translation>
    </message>
    <message>
      <source>1. Teach it two groups</source>
      <translation>1. Научи его двум группам</translation>
    </message>
    <message>
      <source>Hold something (or make a gesture) in the square and tap Group 1 a few times. Then show something different and tap Group 2.</source>
      <translation>Держи что-нибудь в квадрате (или покажи жест) и несколько раз нажми «Группа 1». Потом покажи что-то другое и нажми «Группа 2».</translation>
    </message>
    <message>
      <source>2. The bias challenge</source>
      <translation>2. Испытание предвзятостью</translation>
    </message>
    <message>
      <source>Give Group 1 at least three times as many examples as Group 2. Then show Group 2's thing: does the computer still know it?</source>
      <translation>Дай группе 1 хотя бы в три раза больше примеров, чем группе 2. Потом покажи вещь группы 2: узнаёт ли её компьютер?</translation>
    </message>
    <message>
      <source>3. Make it fair again</source>
      <translation>3. Сделай его снова справедливым</translation>
    </message>
    <message>
      <source>One-sided examples make the small group lose votes. Give both groups about the same number of good examples.</source>
      <translation>Из-за однобоких примеров маленькая группа теряет голоса. Дай обеим группам примерно одинаковое число хороших примеров.</translation>
    </message>
    <message>
      <source>4. Three groups</source>
      <translation>4. Три группы</translation>
    </message>
    <message>
      <source>Add a third group and teach it something new. Can it tell all three apart?</source>
      <translation>Добавь третью группу и научи её чему-то новому. Различит ли компьютер все три?</translation>
    </message>
    <message>
      <source>Free play</source>
      <translation>Свободная игра</translation>
    </message>
    <message>
      <source>You taught a computer! Try tricky things: what does it say about something it never saw?</source>
      <translation>Ты научил компьютер! Попробуй хитрое: что он скажет о вещи, которую никогда не видел?</translation>
    </message>
    <message>
      <source>Show it here</source>
      <translation>Покажи здесь</translation>
    </message>
    <message>
      <source>It knows nothing yet: give at least one example to two groups.</source>
      <translation>Он пока ничего не знает: дай хотя бы по одному примеру двум группам.</translation>
    </message>
    <message>
      <source>One-sided! The big group has far more examples, so it wins the vote even when it should not.</source>
      <translation>Однобоко! У большой группы гораздо больше примеров, поэтому она выигрывает голосование, даже когда не должна.</translation>
    </message>
    <message>
      <source>Too few examples in %1: with fewer than %2 it is mostly guessing.</source>
      <translation>Слишком мало примеров: %1. Если их меньше %2, компьютер в основном гадает.</translation>
    </message>
    <message>
      <source>It mixes the groups up: show things that look more different, from a few angles.</source>
      <translation>Он путает группы: показывай вещи, которые больше отличаются, с разных сторон.</translation>
    </message>
    <message>
      <source>Well taught: it recognises most of its own examples.</source>
      <translation>Хорошо обучен: он узнаёт большинство своих примеров.</translation>
    </message>
    <message>
      <source>add example</source>
      <translation>добавить пример</translation>
    </message>
    <message>
      <source>Forget</source>
      <translation>Забыть</translation>
    </message>
    <message>
      <source>Examples: %1 · self-test: %2 of %3 right</source>
      <translation>Примеров: %1 · самопроверка: %2 из %3 верно</translation>
    </message>
    <message>
      <source>The computer thinks:</source>
      <translation>Компьютер думает:</translation>
    </message>
    <message>
      <source>Add Group 3</source>
      <translation>Добавить группу 3</translation>
    </message>
    <message>
      <source>Start over</source>
      <translation>Начать заново</translation>
    </message>
    <message>
      <source>No pictures are kept: the computer remembers only numbers, and forgets them when you leave.</source>
      <translation>Снимки не сохраняются: компьютер помнит только числа и забывает их, когда ты уходишь.</translation>
    </message>
    <message>
      <source>Wait for the camera picture, then tap again.</source>
      <translation>Дождись изображения с камеры и нажми ещё раз.</translation>
    </message>
    <message>
      <source>This group is full. Forget it to start it again.</source>
      <translation>Эта группа заполнена. Забудь её, чтобы начать заново.</translation>
    </message>
  </context>
</TS>
