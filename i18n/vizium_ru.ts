<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
  <context>
    <name>AccessibilityPanel</name>
    <message>
      <source>Make it easier to see</source>
      <translation>Чтобы было лучше видно</translation>
    </message>
    <message>
      <source>Larger text</source>
      <translation>Крупный текст</translation>
    </message>
    <message>
      <source>High contrast</source>
      <translation>Высокий контраст</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Готово</translation>
    </message>
  </context>
  <context>
    <name>AttractScreen</name>
    <message>
      <source>Touch to explore!</source>
      <translation>Коснись и исследуй!</translation>
    </message>
    <message>
      <source>Experiments about waves, planets, circuits and life in the Baltic Sea</source>
      <translation>Опыты о волнах, планетах, электрических цепях и жизни в Балтийском море</translation>
    </message>
  </context>
  <context>
    <name>Celebration</name>
    <message>
      <source>Well done!</source>
      <translation>Отлично!</translation>
    </message>
    <message>
      <source>Goal reached!</source>
      <translation>Цель достигнута!</translation>
    </message>
    <message>
      <source>Goal reached! Score: %1</source>
      <translation>Цель достигнута! Очки: %1</translation>
    </message>
  </context>
  <context>
    <name>CountdownOverlay</name>
    <message>
      <source>Are you still there?</source>
      <translation>Ты ещё здесь?</translation>
    </message>
    <message>
      <source>Touch the screen to keep playing.</source>
      <translation>Коснись экрана, чтобы продолжить.</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Продолжить</translation>
    </message>
  </context>
  <context>
    <name>ExhibitHost</name>
    <message>
      <source>Home</source>
      <translation>Главная</translation>
    </message>
    <message>
      <source>Learn more</source>
      <translation>Узнать больше</translation>
    </message>
    <message>
      <source>Camera on</source>
      <translation>Камера включена</translation>
    </message>
  </context>
  <context>
    <name>ExhibitTile</name>
    <message>
      <source>Ages %1</source>
      <translation>Возраст %1</translation>
    </message>
    <message>
      <source>Camera</source>
      <translation>Камера</translation>
    </message>
    <message>
      <source>Temporarily unavailable</source>
      <translation>Временно недоступно</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <source>Explore science!</source>
      <translation>Открывай науку!</translation>
    </message>
    <message>
      <source>Touch an experiment to start</source>
      <translation>Коснись опыта, чтобы начать</translation>
    </message>
    <message>
      <source>Easier to see</source>
      <translation>Лучше видно</translation>
    </message>
    <message>
      <source>No experiments are available right now.</source>
      <translation>Сейчас нет доступных опытов.</translation>
    </message>
  </context>
  <context>
    <name>IntroCard</name>
    <message>
      <source>The camera image is shown only on this screen and is never saved.</source>
      <translation>Изображение с камеры видно только на этом экране и никогда не сохраняется.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Начать</translation>
    </message>
  </context>
  <context>
    <name>KioskWindow</name>
    <message>
      <source>Reload exhibits</source>
      <translation>Перезагрузить экспонаты</translation>
    </message>
    <message>
      <source>Station check</source>
      <translation>Проверка станции</translation>
    </message>
    <message>
      <source>Exit the kiosk</source>
      <translation>Выйти из киоска</translation>
    </message>
    <message>
      <source>%1 exhibits loaded, %2 unavailable.</source>
      <translation>Загружено экспонатов: %1, недоступно: %2.</translation>
    </message>
    <message>
      <source>Checking the station…</source>
      <translation>Проверяем станцию…</translation>
    </message>
  </context>
  <context>
    <name>LearnMoreCard</name>
    <message>
      <source>What can you learn here?</source>
      <translation>Что здесь можно узнать?</translation>
    </message>
    <message>
      <source>Back to the experiment</source>
      <translation>Вернуться к опыту</translation>
    </message>
  </context>
  <context>
    <name>NoticeCard</name>
    <message>
      <source>Oops! This experiment needs a rest.</source>
      <translation>Ой! Этому опыту нужно отдохнуть.</translation>
    </message>
    <message>
      <source>Something went wrong, but it is not your fault. Please choose another experiment.</source>
      <translation>Что-то пошло не так, но ты в этом не виноват. Пожалуйста, выбери другой опыт.</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Хорошо</translation>
    </message>
  </context>
  <context>
    <name>PinPad</name>
    <message>
      <source>No PIN is set. A technician sets one with: kiosk pin set</source>
      <translation>PIN-код не задан. Техник задаёт его командой: kiosk pin set</translation>
    </message>
    <message numerus="yes">
      <source>Too many wrong PINs. Try again in %n second(s).</source>
      <translation>
        <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунду.</numerusform>
        <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунды.</numerusform>
        <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунд.</numerusform>
      </translation>
    </message>
    <message>
      <source>Wrong PIN. Please try again.</source>
      <translation>Неверный PIN-код. Попробуйте ещё раз.</translation>
    </message>
    <message>
      <source>For staff and educators only.</source>
      <translation>Только для сотрудников и педагогов.</translation>
    </message>
    <message>
      <source>Enter PIN</source>
      <translation>Введите PIN-код</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Стереть</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>ОК</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
  </context>
  <context>
    <name>StaffMenu</name>
    <message>
      <source>Staff menu</source>
      <translation>Меню сотрудников</translation>
    </message>
    <message>
      <source>Educator menu</source>
      <translation>Меню педагога</translation>
    </message>
    <message>
      <source>Back to visitors</source>
      <translation>Вернуться к посетителям</translation>
    </message>
  </context>
  <context>
    <name>Subjects</name>
    <message>
      <source>Physics</source>
      <translation>Физика</translation>
    </message>
    <message>
      <source>Mathematics</source>
      <translation>Математика</translation>
    </message>
    <message>
      <source>Computing</source>
      <translation>Информатика</translation>
    </message>
    <message>
      <source>Biology</source>
      <translation>Биология</translation>
    </message>
    <message>
      <source>Chemistry</source>
      <translation>Химия</translation>
    </message>
    <message>
      <source>Astronomy</source>
      <translation>Астрономия</translation>
    </message>
    <message>
      <source>Engineering</source>
      <translation>Инженерия</translation>
    </message>
  </context>
</TS>