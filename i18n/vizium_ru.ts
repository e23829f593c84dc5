<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>AccessibilityPanel</name>
    <message>
      <source>Make it easier to see</source>
      <extracomment>What idle resets, countdowns and animations follow (the monkey's own clock under the monkey).</extracomment>
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
    <name>AttendancePage</name>
    <message>
      <source>No session is running: attendance shows the running session.</source>
      <translation>Занятие не идёт: здесь отображаются участники текущего занятия.</translation>
    </message>
    <message numerus="yes">
      <source>%1: %n checked in</source>
      <translation>
        <numerusform>%1: отметился %n</numerusform>
        <numerusform>%1: отметились %n</numerusform>
        <numerusform>%1: отметились %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Код</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Группа</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Возраст</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Пол</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Прогресс</translation>
    </message>
    <message>
      <source>graduated %1</source>
      <translation>окончено %1</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 из %2</translation>
    </message>
    <message>
      <source>unknown to the centre: register it</source>
      <translation>неизвестен центру: зарегистрируйте его</translation>
    </message>
    <message>
      <source>provisional: waiting for the centre</source>
      <translation>предварительно: ждёт подтверждения центра</translation>
    </message>
    <message>
      <source>Graduates of this programme: %1</source>
      <translation>Выпускники программы: %1</translation>
    </message>
    <message>
      <source>Graduated on</source>
      <translation>Дата окончания</translation>
    </message>
    <message>
      <source>(removed)</source>
      <translation>(удалён)</translation>
    </message>
    <message>
      <source>Nobody has graduated from this programme on this kiosk yet.</source>
      <translation>На этом киоске программу ещё никто не окончил.</translation>
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
    <name>BadgesPage</name>
    <message>
      <source>Choose a folder first.</source>
      <translation>Сначала выберите папку.</translation>
    </message>
    <message numerus="yes">
      <source>%n badge(s) saved to %1</source>
      <translation>
        <numerusform>%n карточка сохранена: %1</numerusform>
        <numerusform>%n карточки сохранены: %1</numerusform>
        <numerusform>%n карточек сохранено: %1</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not save the badges: %1</source>
      <translation>Не удалось сохранить карточки: %1</translation>
    </message>
    <message>
      <source>Preparing the badges…</source>
      <translation>Готовим карточки…</translation>
    </message>
    <message>
      <source>How many new badges (12 on each A4 page)</source>
      <translation>Сколько новых карточек (12 на листе A4)</translation>
    </message>
    <message>
      <source>Language of the sheet</source>
      <translation>Язык листа</translation>
    </message>
    <message>
      <source>Save the PDF in this folder (a USB stick, or the kiosk's folder)</source>
      <translation>Сохранить PDF в эту папку (на флешку или в папку киоска)</translation>
    </message>
    <message>
      <source>Make badges</source>
      <translation>Создать карточки</translation>
    </message>
    <message numerus="yes">
      <source>Badges for %n new participant(s)</source>
      <translation>
        <numerusform>Карточки для %n нового участника</numerusform>
        <numerusform>Карточки для %n новых участников</numerusform>
        <numerusform>Карточки для %n новых участников</numerusform>
      </translation>
    </message>
    <message>
      <source>Each badge has a new code and no name.</source>
      <translation>На каждой карточке новый код и нет имени.</translation>
    </message>
  </context>
  <context>
    <name>CameraCheck</name>
    <message>
      <source>Camera check</source>
      <translation>Проверка камеры</translation>
    </message>
    <message>
      <source>This station has no camera support installed.</source>
      <translation>На этой станции не установлена поддержка камеры.</translation>
    </message>
    <message>
      <source>A camera activity is using the camera. Go back to Home, then check the camera.</source>
      <translation>Камеру сейчас использует занятие с камерой. Вернитесь на главный экран и тогда проверьте камеру.</translation>
    </message>
    <message>
      <source>The camera works.</source>
      <translation>Камера работает.</translation>
    </message>
    <message>
      <source>No camera is set up: the activities show the demo video.</source>
      <translation>Камера не настроена: в занятиях показывается демонстрационное видео.</translation>
    </message>
    <message>
      <source>Starting the camera…</source>
      <translation>Включаем камеру…</translation>
    </message>
    <message>
      <source>Showing: %1
Setting: source = %2, %3 × %4 at %5 frames a second</source>
      <translation>Показывается: %1
Настройка: источник = %2, %3 × %4, %5 кадров в секунду</translation>
    </message>
    <message>
      <source>frames per second</source>
      <translation>кадров в секунду</translation>
    </message>
    <message>
      <source>ms of work per frame</source>
      <translation>мс работы на кадр</translation>
    </message>
    <message>
      <source>ms from camera to screen</source>
      <translation>мс от камеры до экрана</translation>
    </message>
    <message>
      <source>frames skipped</source>
      <translation>пропущено кадров</translation>
    </message>
    <message>
      <source>The picture is only shown here: it is never saved or sent.</source>
      <translation>Изображение только показывается здесь: оно никогда не сохраняется и не отправляется.</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Назад</translation>
    </message>
  </context>
  <context>
    <name>CameraView</name>
    <message>
      <source>This screen has no camera.</source>
      <translation>У этого экрана нет камеры.</translation>
    </message>
    <message>
      <source>No camera found: showing a demo video.</source>
      <translation>Камера не найдена: показываем демо-видео.</translation>
    </message>
    <message>
      <source>The camera stopped: showing a demo video until it is back.</source>
      <translation>Камера остановилась: показываем демо-видео, пока она не вернётся.</translation>
    </message>
    <message>
      <source>The video cannot be played: showing a demo video.</source>
      <translation>Видео не воспроизводится: показываем демо-видео.</translation>
    </message>
    <message>
      <source>The camera is not available right now.</source>
      <translation>Камера сейчас недоступна.</translation>
    </message>
    <message>
      <source>Starting the camera…</source>
      <translation>Включаем камеру…</translation>
    </message>
    <message>
      <source>Demo video</source>
      <translation>Демо-видео</translation>
    </message>
  </context>
  <context>
    <name>CareersCard</name>
    <message>
      <source>Who works with this here?</source>
      <extracomment>How long the prompt stays after a completed challenge, in milliseconds. programme code, language -&gt; the programme's title (from the catalogue), or None.</extracomment>
      <translation>Кто здесь с этим работает?</translation>
    </message>
    <message>
      <source>People around Ventspils use what you just tried in their work.</source>
      <translation>Люди в Вентспилсе и вокруг него используют в работе то, что ты только что попробовал.</translation>
    </message>
    <message>
      <source>Start at VIZIUM: %1</source>
      <translation>Начни в VIZIUM: %1</translation>
    </message>
    <message>
      <source>Back to the experiment</source>
      <translation>Назад к опыту</translation>
    </message>
  </context>
  <context>
    <name>CareersPrompt</name>
    <message>
      <source>Who works with this here? →</source>
      <translation>Кто здесь с этим работает? →</translation>
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
    <name>CheckInPage</name>
    <message>
      <source>%1 of %2 sessions of this programme.</source>
      <extracomment>outcome -&gt; (symbol, colour role)</extracomment>
      <translation>%1-е занятие из %2 в этой программе.</translation>
    </message>
    <message>
      <source>%1 graduated!</source>
      <translation>%1: программа пройдена!</translation>
    </message>
    <message>
      <source>Checked in, and the programme is complete. Congratulations!</source>
      <translation>Отмечено, и программа пройдена. Поздравляем!</translation>
    </message>
    <message>
      <source>Checked in: %1</source>
      <translation>Отмечено: %1</translation>
    </message>
    <message>
      <source>%1 is already checked in</source>
      <translation>Код %1 уже отмечен</translation>
    </message>
    <message>
      <source>Checked in provisionally: %1</source>
      <translation>Отмечен предварительно: %1</translation>
    </message>
    <message>
      <source>This kiosk does not know this badge yet; the centre database will confirm it. If the centre does not know it either, Attendance shows it to register.</source>
      <translation>Этот киоск ещё не знает этот бейдж; база данных центра его подтвердит. Если центр его тоже не знает, он появится в разделе «Посещаемость» для регистрации.</translation>
    </message>
    <message>
      <source>New badge %1</source>
      <translation>Новая карточка %1</translation>
    </message>
    <message>
      <source>This badge is not registered yet. Register it in a few taps.</source>
      <translation>Эта карточка ещё не зарегистрирована. Зарегистрируйте её в пару касаний.</translation>
    </message>
    <message>
      <source>Unknown code %1</source>
      <translation>Неизвестный код %1</translation>
    </message>
    <message>
      <source>This kiosk has never seen this badge. Register it here, or check the code.</source>
      <translation>Этот киоск видит карточку впервые. Зарегистрируйте её здесь или проверьте код.</translation>
    </message>
    <message>
      <source>The code was not read correctly</source>
      <translation>Код считан неверно</translation>
    </message>
    <message>
      <source>Hold the badge still and closer, or type the code again.</source>
      <translation>Держите карточку ровно и ближе или введите код ещё раз.</translation>
    </message>
    <message>
      <source>This is not a VIZIUM badge</source>
      <translation>Это не карточка VIZIUM</translation>
    </message>
    <message>
      <source>The QR code does not belong to a VIZIUM participant badge.</source>
      <translation>Этот QR-код не с карточки участника VIZIUM.</translation>
    </message>
    <message>
      <source>No session is running</source>
      <translation>Занятие не идёт</translation>
    </message>
    <message>
      <source>Start a session on the Today page first.</source>
      <translation>Сначала начните занятие на странице «Сегодня».</translation>
    </message>
    <message>
      <source>Start a session first: check-in belongs to a session.</source>
      <translation>Сначала начните занятие: отмечаться можно только на занятии.</translation>
    </message>
    <message>
      <source>Go to Today</source>
      <translation>К «Сегодня»</translation>
    </message>
    <message>
      <source>Hold the badge up to the camera, QR code towards the screen.</source>
      <translation>Поднесите карточку к камере QR-кодом к экрану.</translation>
    </message>
    <message>
      <source>People checked in: %1</source>
      <translation>Отметились: %1</translation>
    </message>
    <message>
      <source>Type the code from the badge:</source>
      <translation>Введите код с карточки:</translation>
    </message>
    <message>
      <source>No badge or no camera? Tap a returning participant:</source>
      <translation>Нет карточки или камеры? Коснитесь участника в списке:</translation>
    </message>
    <message>
      <source>Nobody else from earlier sessions of this programme.</source>
      <translation>С прошлых занятий этой программы больше никого нет.</translation>
    </message>
    <message>
      <source>Show the list</source>
      <translation>Показать список</translation>
    </message>
    <message>
      <source>Type a code</source>
      <translation>Ввести код</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>Отметить</translation>
    </message>
    <message>
      <source>Register this badge</source>
      <translation>Зарегистрировать карточку</translation>
    </message>
    <message>
      <source>Waiting for a badge…</source>
      <translation>Ждём карточку…</translation>
    </message>
    <message>
      <source>Each person shows their badge once; twice does no harm.</source>
      <translation>Каждый показывает карточку один раз; повторно — не страшно.</translation>
    </message>
  </context>
  <context>
    <name>ClosedScreen</name>
    <message>
      <source>We are closed now</source>
      <translation>Сейчас мы закрыты</translation>
    </message>
    <message>
      <source>Opening hours: %1</source>
      <translation>Часы работы: %1</translation>
    </message>
    <message>
      <source>See you soon at VIZIUM!</source>
      <translation>До скорой встречи в VIZIUM!</translation>
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
    <name>CustomPeriodCard</name>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n день</numerusform>
        <numerusform>%n дня</numerusform>
        <numerusform>%n дней</numerusform>
      </translation>
    </message>
    <message>
      <source>Choose the period</source>
      <translation>Выберите период</translation>
    </message>
    <message>
      <source>From</source>
      <translation>С</translation>
    </message>
    <message>
      <source>To (included)</source>
      <translation>По (включительно)</translation>
    </message>
    <message>
      <source>« » a month back or forward · ‹ › a day</source>
      <translation>« » на месяц назад или вперёд · ‹ › на день</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Показать</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <source>Statistics and KPIs</source>
      <translation>Статистика и показатели</translation>
    </message>
  </context>
  <context>
    <name>DashboardCharts</name>
    <message>
      <source>Visitors per day</source>
      <extracomment>what the visitors chart shows: the days drawn, and how many days of the period have no data</extracomment>
      <translation>Посетители в день</translation>
    </message>
    <message>
      <source>Exhibit popularity: runs and active minutes</source>
      <translation>Популярность экспонатов: запуски и активные минуты</translation>
    </message>
    <message>
      <source>Completion rate</source>
      <translation>Доля достигнутых целей</translation>
    </message>
    <message>
      <source>Pupils and students by gender and age</source>
      <translation>Школьники и студенты по полу и возрасту</translation>
    </message>
    <message>
      <source>visits a day</source>
      <translation>посещений в день</translation>
    </message>
    <message>
      <source>7-day average</source>
      <translation>среднее за 7 дней</translation>
    </message>
    <message>
      <source>Total: %1</source>
      <translation>Всего: %1</translation>
    </message>
    <message>
      <source>min</source>
      <translation>мин</translation>
    </message>
    <message>
      <source>Runs · active minutes, the %1 most used exhibits</source>
      <translation>Запуски · активные минуты, %1 самых популярных экспонатов</translation>
    </message>
    <message>
      <source>No exhibit was used in this period.</source>
      <translation>В этот период экспонатами не пользовались.</translation>
    </message>
    <message>
      <source>Runs in which the visitor reached the goal; all exhibits: %1</source>
      <translation>Запуски, в которых посетитель достиг цели; все экспонаты: %1</translation>
    </message>
    <message>
      <source>hidden to protect privacy</source>
      <translation>скрыто ради конфиденциальности</translation>
    </message>
    <message>
      <source>Calculating the statistics…</source>
      <translation>Статистика рассчитывается…</translation>
    </message>
    <message>
      <source>no records</source>
      <translation>нет данных</translation>
    </message>
  </context>
  <context>
    <name>DashboardScreen</name>
    <message>
      <source>The statistics could not be calculated: %1</source>
      <extracomment>Seconds without a touch after which the dashboard closes and the kiosk returns to visitors.</extracomment>
      <translation>Не удалось рассчитать статистику: %1</translation>
    </message>
    <message>
      <source>The KPI targets file has a problem, so the built-in targets are shown: %1</source>
      <translation>В файле целей ошибка, поэтому показаны встроенные цели: %1</translation>
    </message>
    <message>
      <source>There is no data for this period yet.</source>
      <translation>За этот период данных пока нет.</translation>
    </message>
    <message>
      <source>The centre database cannot be reached, so this station's figures are shown: %1</source>
      <translation>База данных центра недоступна, поэтому показаны данные этой станции: %1</translation>
    </message>
    <message>
      <source>all stations</source>
      <translation>все станции</translation>
    </message>
    <message>
      <source>whole centre</source>
      <translation>весь центр</translation>
    </message>
    <message>
      <source>%1 · station: %2</source>
      <translation>%1 · станция: %2</translation>
    </message>
    <message>
      <source>DEMO: synthetic figures of a demo centre</source>
      <translation>ДЕМО: синтетические данные демонстрационного центра</translation>
    </message>
    <message>
      <source>Station: %1</source>
      <translation>Станция: %1</translation>
    </message>
    <message>
      <source>all</source>
      <translation>все</translation>
    </message>
    <message>
      <source>Statistics and KPIs</source>
      <translation>Статистика и показатели</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
  </context>
  <context>
    <name>EducatorScreen</name>
    <message>
      <source>The configured catalogue has a problem, so the built-in one is used: %1</source>
      <translation>В заданном каталоге ошибка, поэтому используется встроенный: %1</translation>
    </message>
    <message>
      <source>A session is already running on this kiosk. End it first.</source>
      <translation>На этом киоске уже идёт занятие. Сначала завершите его.</translation>
    </message>
    <message>
      <source>This programme is no longer in the catalogue.</source>
      <translation>Этой программы больше нет в каталоге.</translation>
    </message>
    <message>
      <source>The kiosk could not save this. Try again; if it keeps failing, call a technician.</source>
      <translation>Киоск не смог это сохранить. Попробуйте ещё раз; если не выходит, позовите техника.</translation>
    </message>
    <message>
      <source>That did not work: %1</source>
      <translation>Не получилось: %1</translation>
    </message>
    <message>
      <source>Programmes · educator</source>
      <translation>Программы · педагог</translation>
    </message>
    <message>
      <source>Back to visitors</source>
      <translation>Назад к посетителям</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Сегодня</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>Отметиться</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Регистрация</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Посещаемость</translation>
    </message>
    <message>
      <source>Badges</source>
      <translation>Карточки</translation>
    </message>
    <message>
      <source>Programmes · staff</source>
      <translation>Программы · персонал</translation>
    </message>
  </context>
  <context>
    <name>ExhibitHost</name>
    <message>
      <source>Home</source>
      <extracomment>The visit's rules: the host tells it when a run starts, sees input and ends. Exhibit packages opened in this host (package -&gt; exhibit id), to name the owner of a fault.</extracomment>
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
      <source>Uses the camera</source>
      <translation>С камерой</translation>
    </message>
    <message>
      <source>Camera</source>
      <translation type="vanished">Камера</translation>
    </message>
    <message>
      <source>Temporarily unavailable</source>
      <translation>Временно недоступно</translation>
    </message>
  </context>
  <context>
    <name>ExportBar</name>
    <message>
      <source>USB: %1</source>
      <extracomment>(label, folder) choices; replaced in tests, filled from the mounted drives otherwise.</extracomment>
      <translation>USB: %1</translation>
    </message>
    <message>
      <source>Kiosk exports folder</source>
      <translation>Папка экспорта киоска</translation>
    </message>
    <message>
      <source>Cannot write to %1. Is the USB stick still plugged in?</source>
      <translation>Не удаётся записать: %1. USB-накопитель всё ещё подключён?</translation>
    </message>
    <message>
      <source>Exporting %1 to %2…</source>
      <translation>Экспорт %1 в %2…</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Отмена…</translation>
    </message>
    <message>
      <source>Saved to %1: %2</source>
      <translation>Сохранено (%1): %2</translation>
    </message>
    <message>
      <source>Export cancelled; nothing was saved.</source>
      <translation>Экспорт отменён; ничего не сохранено.</translation>
    </message>
    <message>
      <source>The export failed: %1</source>
      <translation>Экспорт не удался: %1</translation>
    </message>
    <message>
      <source>choose…</source>
      <translation>выберите…</translation>
    </message>
    <message>
      <source>Save to: %1</source>
      <translation>Сохранить: %1</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>All</source>
      <extracomment>The age choices: "for 6+" shows what a six-year-old can play (the exhibit's youngest age &lt;= 6).</extracomment>
      <translation>Все</translation>
    </message>
    <message>
      <source>For %1+</source>
      <translation>С %1 лет</translation>
    </message>
  </context>
  <context>
    <name>FolderCard</name>
    <message>
      <source>Save exports to</source>
      <extracomment>Where removable drives are mounted on Linux (udisks, older desktops, by hand).</extracomment>
      <translation>Куда сохранить экспорт</translation>
    </message>
    <message>
      <source>Plug in a USB stick and it appears here.</source>
      <translation>Подключите USB-накопитель, и он появится здесь.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <source>Explore science!</source>
      <extracomment>Tiles are at least this wide (design px; larger with large text): four across a landscape screen, three with large text, two in portrait. Tiles to lay out once the home is shown (they are not, while it is hidden).</extracomment>
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
      <source>More experiments ↓</source>
      <translation>Ещё опыты ↓</translation>
    </message>
    <message>
      <source>No experiment fits this choice. Touch “All” to see every one.</source>
      <translation>Под этот выбор не подходит ни один опыт. Коснись «Все», чтобы увидеть все.</translation>
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
      <extracomment>The visit's rules (start, end and reason, session lock, runs); the window is its view.</extracomment>
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
    <message>
      <source>Exit the kiosk? The visit on this screen ends and the kiosk program closes.</source>
      <translation>Выйти из киоска? Посещение на этом экране завершится, и программа киоска закроется.</translation>
    </message>
  </context>
  <context>
    <name>KpiPanel</name>
    <message>
      <source>%1 of %2 · %3</source>
      <translation>%1 из %2 · %3</translation>
    </message>
    <message>
      <source>Calculating…</source>
      <translation>Вычисление…</translation>
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
    <message>
      <source>Who works with this here?</source>
      <translation>Кто здесь с этим работает?</translation>
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
    <name>PeriodPicker</name>
    <message>
      <source>This month</source>
      <translation>Этот месяц</translation>
    </message>
    <message>
      <source>Last month</source>
      <translation>Прошлый месяц</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>Этот год</translation>
    </message>
    <message>
      <source>Choose dates…</source>
      <translation>Выбрать даты…</translation>
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
    <name>ProgrammeTile</name>
    <message numerus="yes">
      <source>%n session(s)</source>
      <extracomment>A long title (Russian, large text) takes more lines before it is shortened with an ellipsis.</extracomment>
      <translation>
        <numerusform>%n занятие</numerusform>
        <numerusform>%n занятия</numerusform>
        <numerusform>%n занятий</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProgrammesController</name>
    <message>
      <source>Programme sessions</source>
      <extracomment>who opened the screen ("educator" or "staff"): its title says so</extracomment>
      <translation>Занятия программ</translation>
    </message>
  </context>
  <context>
    <name>RegisterPage</name>
    <message>
      <source>Not registered: the kiosk could not save (%1).</source>
      <translation>Не зарегистрировано: киоск не смог сохранить (%1).</translation>
    </message>
    <message>
      <source>Not registered: the group may have at most %1 characters.</source>
      <translation>Не зарегистрировано: в группе не больше %1 символов.</translation>
    </message>
    <message>
      <source>Not registered: the group may use only letters, digits, spaces and . - /</source>
      <translation>Не зарегистрировано: в группе только буквы, цифры, пробелы и . - /</translation>
    </message>
    <message>
      <source>Not registered: the group may have at most three words.</source>
      <translation>Не зарегистрировано: в группе не больше трёх слов.</translation>
    </message>
    <message>
      <source>Not registered: the group looks like a person's name. Use the class, e.g. 5.a</source>
      <translation>Не зарегистрировано: группа похожа на имя человека. Укажите класс, напр. 5.a</translation>
    </message>
    <message>
      <source>Not registered: this badge is already registered. Check it in instead.</source>
      <translation>Не зарегистрировано: карточка уже зарегистрирована. Просто отметьте её.</translation>
    </message>
    <message>
      <source>Not registered: please check the choices.</source>
      <translation>Не зарегистрировано: проверьте выбор.</translation>
    </message>
    <message>
      <source>Badge code: %1</source>
      <translation>Код карточки: %1</translation>
    </message>
    <message>
      <source>A new code is made when you save.</source>
      <translation>При сохранении будет создан новый код.</translation>
    </message>
    <message>
      <source>New code instead</source>
      <translation>Лучше новый код</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Возраст</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Пол</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <source>Class or group (optional): a class like 5.a or a club, never a name</source>
      <translation>Класс или группа (по желанию): класс, напр. 5.a, или кружок, но не имя</translation>
    </message>
    <message>
      <source>e.g. 5.a</source>
      <translation>напр. 5.a</translation>
    </message>
    <message>
      <source>Register and check in</source>
      <translation>Зарегистрировать и отметить</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Зарегистрировать</translation>
    </message>
    <message>
      <source>Registered %1 and checked in.</source>
      <translation>Код %1 зарегистрирован и отмечен.</translation>
    </message>
    <message>
      <source>Registered %1. Print a badge with this code on the Badges page.</source>
      <translation>Код %1 зарегистрирован. Карточку с этим кодом напечатайте на странице «Карточки».</translation>
    </message>
    <message>
      <source>No names and no birth dates are recorded, only these choices.</source>
      <translation>Имена и даты рождения не сохраняются, только этот выбор.</translation>
    </message>
  </context>
  <context>
    <name>ScopeSwitch</name>
    <message>
      <source>Whole centre (not reachable)</source>
      <translation>Весь центр (недоступен)</translation>
    </message>
    <message>
      <source>This station</source>
      <translation>Эта станция</translation>
    </message>
    <message>
      <source>Whole centre</source>
      <translation>Весь центр</translation>
    </message>
  </context>
  <context>
    <name>SessionBanner</name>
    <message>
      <source>Time left %1</source>
      <translation>Осталось %1</translation>
    </message>
    <message>
      <source>Checked in: %1</source>
      <translation>Отметились: %1</translation>
    </message>
    <message>
      <source>Programme session</source>
      <translation>Занятие программы</translation>
    </message>
  </context>
  <context>
    <name>StaffMenu</name>
    <message>
      <source>Staff menu</source>
      <extracomment>an action that cannot be undone from the screen (exit): drawn in the danger colour the question asked before the action runs (translated at render time); None runs it at once</extracomment>
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
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
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
    <message>
      <source>Energy</source>
      <translation>Энергетика</translation>
    </message>
    <message>
      <source>Artificial intelligence</source>
      <translation>Искусственный интеллект</translation>
    </message>
    <message>
      <source>Online safety</source>
      <translation>Безопасность в интернете</translation>
    </message>
  </context>
  <context>
    <name>SyncStatusCard</name>
    <message>
      <source>never</source>
      <translation>никогда</translation>
    </message>
    <message>
      <source>folder</source>
      <translation>папка</translation>
    </message>
    <message>
      <source>NGSI-LD broker</source>
      <translation>NGSI-LD брокер</translation>
    </message>
    <message>
      <source>PostgreSQL database</source>
      <translation>база данных PostgreSQL</translation>
    </message>
    <message>
      <source>The sync settings need attention.</source>
      <translation>Настройки синхронизации требуют внимания.</translation>
    </message>
    <message>
      <source>Syncing…</source>
      <translation>Синхронизация…</translation>
    </message>
    <message>
      <source>Nothing to send yet.</source>
      <translation>Пока нечего отправлять.</translation>
    </message>
    <message>
      <source>The KPI store cannot be reached. Nothing is lost: the kiosk keeps trying.</source>
      <translation>Хранилище KPI недоступно. Ничего не теряется: киоск продолжает попытки.</translation>
    </message>
    <message numerus="yes">
      <source>%n KPI figures wait for the next sync.</source>
      <translation>
        <numerusform>%n показатель KPI ждёт следующей синхронизации.</numerusform>
        <numerusform>%n показателя KPI ждут следующей синхронизации.</numerusform>
        <numerusform>%n показателей KPI ждут следующей синхронизации.</numerusform>
      </translation>
    </message>
    <message>
      <source>The KPI store refused some figures.</source>
      <translation>Хранилище KPI отклонило некоторые показатели.</translation>
    </message>
    <message>
      <source>Everything is sent.</source>
      <translation>Всё отправлено.</translation>
    </message>
    <message>
      <source>Centre database: loading…</source>
      <translation>База данных центра: загрузка…</translation>
    </message>
    <message>
      <source>Centre database: exchanging records…</source>
      <translation>База данных центра: идёт обмен записями…</translation>
    </message>
    <message>
      <source>Centre database: the first exchange starts soon.</source>
      <translation>База данных центра: первый обмен скоро начнётся.</translation>
    </message>
    <message>
      <source>Centre database: cannot exchange records. Nothing is lost: the kiosk keeps trying.</source>
      <translation>База данных центра: обмен записями невозможен. Ничего не теряется: киоск продолжает попытки.</translation>
    </message>
    <message>
      <source>Centre database: up to date.</source>
      <translation>База данных центра: всё передано.</translation>
    </message>
    <message>
      <source>Address: %1</source>
      <translation>Адрес: %1</translation>
    </message>
    <message>
      <source>Last exchange: %1 · last good exchange: %2</source>
      <translation>Последний обмен: %1 · последний успешный обмен: %2</translation>
    </message>
    <message numerus="yes">
      <source>%n records wait to go to the centre.</source>
      <translation>
        <numerusform>%n запись ждёт отправки в центр.</numerusform>
        <numerusform>%n записи ждут отправки в центр.</numerusform>
        <numerusform>%n записей ждут отправки в центр.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n badges checked in provisionally wait for the centre.</source>
      <translation>
        <numerusform>%n предварительно отмеченный бейдж ждёт подтверждения центра.</numerusform>
        <numerusform>%n предварительно отмеченных бейджа ждут подтверждения центра.</numerusform>
        <numerusform>%n предварительно отмеченных бейджей ждут подтверждения центра.</numerusform>
      </translation>
    </message>
    <message>
      <source>Problem: %1</source>
      <translation>Проблема: %1</translation>
    </message>
    <message>
      <source>City KPI sync</source>
      <translation>Синхронизация KPI с городом</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>ожидают</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>отправлены</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>отклонены</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>Синхронизировать</translation>
    </message>
    <message>
      <source>Send refused again</source>
      <translation>Повторить отклонённые</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <source>The sync cannot run on this kiosk.</source>
      <translation>На этом киоске синхронизация невозможна.</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Загрузка…</translation>
    </message>
    <message>
      <source>Destination: %1 %2</source>
      <translation>Назначение: %1 %2</translation>
    </message>
    <message>
      <source>Last successful sync: %1</source>
      <translation>Последняя успешная синхронизация: %1</translation>
    </message>
    <message>
      <source>Last problem: %1</source>
      <translation>Последняя проблема: %1</translation>
    </message>
    <message>
      <source>Next try: %1</source>
      <translation>Следующая попытка: %1</translation>
    </message>
    <message>
      <source>Refused (fix the cause, then send again):</source>
      <translation>Отклонены (устраните причину и отправьте снова):</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) of records wait to be computed and sent at the next sync.</source>
      <translation>
        <numerusform>Записи за %n день ждут расчёта и отправки при следующей синхронизации.</numerusform>
        <numerusform>Записи за %n дня ждут расчёта и отправки при следующей синхронизации.</numerusform>
        <numerusform>Записи за %n дней ждут расчёта и отправки при следующей синхронизации.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SyncStatusController</name>
    <message>
      <source>City KPI sync</source>
      <translation>Синхронизация KPI с городом</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <source>A session is running. End it before starting another.</source>
      <extracomment>Design pixels a programme tile needs for its title in two lines (more with large text).</extracomment>
      <translation>Идёт занятие. Завершите его, прежде чем начать другое.</translation>
    </message>
    <message>
      <source>Choose a programme, then start its session on this kiosk.</source>
      <translation>Выберите программу и начните её занятие на этом киоске.</translation>
    </message>
    <message>
      <source>Exhibits: %1</source>
      <translation>Экспонаты: %1</translation>
    </message>
    <message numerus="yes">
      <source>The session lasts %n minute(s).</source>
      <translation>
        <numerusform>Занятие длится %n минуту.</numerusform>
        <numerusform>Занятие длится %n минуты.</numerusform>
        <numerusform>Занятие длится %n минут.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Participants graduate after %n session(s).</source>
      <translation>
        <numerusform>Участники оканчивают программу после %n занятия.</numerusform>
        <numerusform>Участники оканчивают программу после %n занятий.</numerusform>
        <numerusform>Участники оканчивают программу после %n занятий.</numerusform>
      </translation>
    </message>
    <message>
      <source>Today is an after-school programme day.</source>
      <translation>Сегодня день внешкольных программ.</translation>
    </message>
    <message>
      <source>No after-school programmes today. Next: %1</source>
      <translation>Сегодня внешкольных программ нет. Следующий день: %1</translation>
    </message>
    <message>
      <source>No after-school days are set.</source>
      <translation>Дни внешкольных программ не заданы.</translation>
    </message>
    <message>
      <source>running</source>
      <translation>идёт</translation>
    </message>
    <message numerus="yes">
      <source>%n checked in</source>
      <translation>
        <numerusform>отметился %n</numerusform>
        <numerusform>отметились %n</numerusform>
        <numerusform>отметились %n</numerusform>
      </translation>
    </message>
    <message>
      <source>No sessions on this kiosk today yet.</source>
      <translation>Сегодня на этом киоске занятий ещё не было.</translation>
    </message>
    <message>
      <source>Sessions today</source>
      <translation>Занятия сегодня</translation>
    </message>
    <message>
      <source>Session on this kiosk</source>
      <translation>Занятие на этом киоске</translation>
    </message>
    <message>
      <source>Ends at %1 (%2 left). Checked in: %3.</source>
      <translation>Заканчивается в %1 (осталось %2). Отметились: %3.</translation>
    </message>
    <message>
      <source>No session is running.</source>
      <translation>Занятие не идёт.</translation>
    </message>
    <message>
      <source>Choose a programme on the right to start one.</source>
      <translation>Чтобы начать, выберите программу справа.</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>Отметить</translation>
    </message>
    <message>
      <source>End session</source>
      <translation>Завершить занятие</translation>
    </message>
    <message>
      <source>Start a session</source>
      <translation>Начать занятие</translation>
    </message>
    <message>
      <source>Start session</source>
      <translation>Начать</translation>
    </message>
  </context>
</TS>
