"""Every word the console shows, in Latvian, English and Russian (Qt-free: no tr() here).

``text(key, language, **values)`` fills ``{placeholders}``; a key missing in a language falls
back to English, and a test checks that none is missing.
"""

from __future__ import annotations

import datetime as dt


def _t(lv: str, en: str, ru: str) -> dict[str, str]:
    return {"lv": lv, "en": en, "ru": ru}


TEXTS: dict[str, dict[str, str]] = {
    # frame
    "console": _t("Centra konsole", "Centre console", "Консоль центра"),
    "navigation": _t("Navigācija", "Navigation", "Навигация"),
    "nav_floor": _t("Zāle", "Floor", "Зал"),
    "nav_kpis": _t("Rādītāji", "KPIs", "Показатели"),
    "nav_settings": _t("Iestatījumi", "Settings", "Настройки"),
    "language": _t("Valoda", "Language", "Язык"),
    "role_staff": _t("darbinieks", "staff", "сотрудник"),
    "role_educator": _t("pedagogs", "educator", "педагог"),
    "log_out": _t("Iziet", "Log out", "Выйти"),
    "footer": _t("VIZIUM Zinātnes un inovāciju centrs, Ventspils · konsole nerāda personas datus",
                 "VIZIUM Science and Innovation Centre, Ventspils · the console shows no personal data",
                 "Центр науки и инноваций VIZIUM, Вентспилс · консоль не показывает личных данных"),
    # login
    "log_in": _t("Pieteikties", "Log in", "Войти"),
    "log_in_title": _t("Pieteikšanās konsolē", "Log in to the console", "Вход в консоль"),
    "log_in_intro": _t("Centra darbiniekiem un pedagogiem. Kontu izveido ar komandu kiosk hub user add.",
                       "For the centre's staff and educators. Accounts are made with the command kiosk hub user add.",
                       "Для сотрудников и педагогов центра. Учётные записи создаются командой kiosk hub user add."),
    "username": _t("Lietotājvārds", "User name", "Имя пользователя"),
    "password": _t("Parole", "Password", "Пароль"),
    "login_wrong": _t("Nepareizs lietotājvārds vai parole.", "Wrong user name or password.",
                      "Неверное имя пользователя или пароль."),
    "login_locked": _t("Pārāk daudz neveiksmīgu mēģinājumu. Mēģiniet vēlreiz pēc {minutes} min.",
                       "Too many failed attempts. Try again in {minutes} min.",
                       "Слишком много неудачных попыток. Повторите через {minutes} мин."),
    # problems
    "problem_title_400": _t("Nepareizs pieprasījums", "Not a valid request", "Неверный запрос"),
    "problem_title_403": _t("Nav atļauts", "Not allowed", "Нет доступа"),
    "problem_title_404": _t("Nav atrasts", "Not found", "Не найдено"),
    "problem_title_422": _t("Nav pieņemts", "Not accepted", "Не принято"),
    "problem_title_500": _t("Kaut kas nogāja greizi", "Something went wrong", "Что-то пошло не так"),
    "problem_title_503": _t("Centra datubāze nav sasniedzama", "The centre database cannot be reached",
                            "Нет связи с базой данных центра"),
    "back_home": _t("Uz sākumu", "Back to the start", "На главную"),
    "hub_unavailable": _t("Konsole nevar sasniegt centra datubāzi: {reason}. Stacijas turpina darbu; "
        "mēģiniet pēc brīža.",
                          "The console cannot reach the centre database: {reason}. The stations keep working; "
                          "try again in a moment.",
                          "Консоль не может связаться с базой данных центра: {reason}. Станции продолжают работу; "
                          "повторите через минуту."),
    "staff_only": _t("Šī lapa ir tikai darbiniekiem; pedagogi redz rādītājus.",
                     "This page is for staff; educators see the KPIs.",
                     "Эта страница только для сотрудников; педагоги видят показатели."),
    "csrf_refused": _t("Veidlapa netika pieņemta (drošības marķieris trūkst vai ir novecojis). "
        "Atveriet lapu no jauna un mēģiniet vēlreiz.",
                       "The form was refused (its security token is missing or out of date). Open the page again "
                       "and retry.",
                       "Форма отклонена (токен безопасности отсутствует или устарел). Откройте страницу заново "
                       "и повторите."),
    "no_such_station": _t("Centra datubāze šādu staciju nezina.", "The centre database knows no such station.",
                          "База данных центра не знает такой станции."),
    "no_such_export": _t("Eksportēt var CSV, XLSX vai PDF.", "Exports are CSV, XLSX or PDF.",
                         "Экспорт возможен в CSV, XLSX или PDF."),
    "period_problem": _t("Periods nav derīgs: {reason}", "The period is not valid: {reason}",
                         "Период недействителен: {reason}"),
    # floor
    "floor_title": _t("Visas stacijas", "Every station", "Все станции"),
    "status_online": _t("Darbojas", "Online", "В сети"),
    "status_fault": _t("Kļūme", "Fault", "Неисправность"),
    "retire_link": _t("Izņemt staciju no ekspluatācijas…", "Retire this station…", "Вывести станцию из эксплуатации…"),
    "retire_title": _t("Izņemt no ekspluatācijas: {station}", "Retire {station}", "Вывести из эксплуатации: {station}"),
    "retire_intro": _t("Stacijai, kas noņemta pavisam. Tās ieraksti paliek rādītājos; zālē tā vairs nav redzama, "
                       "un centra datubāze vairs negaida, lai tā saņemtu dzēšanas: dzēsto kodu jaucējvērtības, kas "
                       "glabātas tikai tās dēļ, tiek aizmirstas.",
                       "For a station taken away for good. Its records stay in the figures; the floor no longer "
                       "shows it, and the centre database no longer waits for it to take purges down: the purged "
                       "codes' hashes kept only for it are forgotten.",
                       "Для станции, убранной навсегда. Её записи остаются в показателях; в зале её больше нет, и "
                       "центральная база больше не ждёт, пока она примет удаления: хеши удалённых кодов, "
                       "хранившиеся только ради неё, забываются."),
    "retire_final": _t("Šo stacijas identifikatoru vairs nevarēs izmantot: lai datoru lietotu atkal, piešķiriet "
                       "tam jaunu identifikatoru un tukšu datu mapi.",
                       "The station id cannot be used again: to use the computer again, give it a new station id "
                       "and an empty data folder.",
                       "Этот идентификатор станции больше нельзя использовать: чтобы снова работать на этом "
                       "компьютере, дайте ему новый идентификатор и пустую папку данных."),
    # The count stands apart ("records not sent: 1"): a number in the sentence needs its plural in
    # Latvian and Russian, which these texts have no way to choose.
    "retire_unsent": _t("Stacija pēdējoreiz ziņoja par ierakstiem, kas vēl nav centra datubāzē: {count}. Ja "
                        "iespējams, ieslēdziet to, lai tā tos nosūtītu.",
                        "The station last said some of its records were not at the centre database yet: {count}. "
                        "If you can, switch it on so it sends them first.",
                        "Станция в последний раз сообщила о записях, которых ещё нет в центральной базе: {count}. "
                        "Если можно, включите её, чтобы она их отправила."),
    "retire_force": _t("Izņemt tik un tā: šie ieraksti ({count}) rādītājos neparādīsies.",
                       "Retire it anyway: these records ({count}) will not be in the figures.",
                       "Вывести всё равно: эти записи ({count}) не попадут в показатели."),
    "retire_unsent_refused": _t("Nav izņemta: daži stacijas ieraksti vēl nav centra datubāzē ({count}). Atzīmējiet, "
                                "ka to pieņemat, vai vispirms ļaujiet stacijai tos nosūtīt.",
                                "Not retired: some of the station's records are not at the centre database yet "
                                "({count}). Tick that you accept this, or let the station send them first.",
                                "Не выведена: части записей станции ещё нет в центральной базе ({count}). Отметьте, "
                                "что вы с этим согласны, или сначала дайте станции их отправить."),
    "retire_confirm": _t("Izņemt no ekspluatācijas", "Retire the station", "Вывести из эксплуатации"),
    "cancel": _t("Atcelt", "Cancel", "Отмена"),
    "station_retired": _t("Izņemta no ekspluatācijas {date}: tās ieraksti paliek rādītājos, zālē tā vairs nav redzama.",
                          "Retired on {date}: its records stay in the figures; the floor no longer shows it.",
                          "Выведена из эксплуатации {date}: её записи остаются в показателях, в зале её больше нет."),
    "status_offline": _t("Nav sakaru", "Offline", "Не в сети"),
    "col_status": _t("Stāvoklis", "Status", "Состояние"),
    "col_station": _t("Stacija", "Station", "Станция"),
    "col_last_beat": _t("Pēdējais signāls", "Last beat", "Последний сигнал"),
    "col_visits_today": _t("Apmeklējumi šodien", "Visits today", "Посещения сегодня"),
    "col_faults": _t("Kļūmes", "Faults", "Сбои"),
    "col_open": _t("Darba laiks", "Hours", "Часы работы"),
    "col_camera": _t("Kamera", "Camera", "Камера"),
    "col_waiting": _t("Gaida nosūtīšanu", "Waiting to send", "Ждут отправки"),
    "col_version": _t("Versija", "Version", "Версия"),
    "demo": _t("demo", "demo", "демо"),
    "never": _t("nekad", "never", "никогда"),
    "open": _t("atvērts", "open", "открыто"),
    "closed": _t("slēgts", "closed", "закрыто"),
    "no_stations": _t("Neviena stacija vēl nav sazinājusies ar centra datubāzi.",
                      "No station has contacted the centre database yet.",
                      "Ни одна станция ещё не связалась с базой данных центра."),
    "problem_never_beat": _t("nav sūtījusi nevienu signālu", "has never sent a beat", "не отправила ни одного сигнала"),
    "problem_offline": _t("nav sakaru kopš pēdējā signāla", "offline since its last beat",
                          "нет связи с последнего сигнала"),
    "problem_camera": _t("kamera nedarbojas", "the camera is not working", "камера не работает"),
    "problem_store": _t("datu glabātuvei ir problēma", "the data store has a problem", "проблема с хранилищем данных"),
    "problem_faults": _t("kļūmes kopš iepriekšējā signāla", "faults since the beat before",
                         "сбои с предыдущего сигнала"),
    "problem_crash": _t("programma bija avarējusi", "the kiosk program crashed",
                        "программа киоска аварийно завершилась"),
    "problem_settings": _t("stacija atteica centra iestatījumus", "the station refused the centre's settings",
                           "станция отклонила настройки центра"),
    "ago_seconds": _t("tikko", "just now", "только что"),
    "ago_minutes": _t("pirms {n} min", "{n} min ago", "{n} мин назад"),
    "ago_hours": _t("pirms {h} h {m} min", "{h} h {m} min ago", "{h} ч {m} мин назад"),
    "ago_days": _t("pirms {n} d", "{n} d ago", "{n} дн. назад"),
    # station
    "edit_settings": _t("Mainīt iestatījumus", "Change settings", "Изменить настройки"),
    "settings_saved": _t("Iestatījumu versija {version} saglabāta; stacija to pieņems nākamajā "
        "dīkstāves atiestatīšanā.",
                         "Settings version {version} saved; the station takes it at its next idle reset.",
                         "Версия настроек {version} сохранена; станция применит её при следующем сбросе простоя."),
    "settings_saved_all": _t("Iestatījumu versija {version} visām stacijām saglabāta; katra to pieņems nākamajā "
                             "dīkstāves atiestatīšanā, ja tai nav savas versijas.",
                             "Settings version {version} for every station saved; each takes it at its next idle "
                             "reset unless it has a version of its own.",
                             "Версия настроек {version} для всех станций сохранена; каждая применит её при "
                             "следующем сбросе простоя, если у неё нет собственной версии."),
    "health": _t("Stacijas veselība", "Health", "Самочувствие станции"),
    # words a station's beat uses, shown in the page's language (others are shown as they come)
    "word_live": _t("darbojas", "live", "работает"),
    "word_running": _t("darbojas", "running", "работает"),
    "word_demo": _t("demonstrācijas video", "demo video", "демо-видео"),
    "word_starting": _t("ieslēdzas", "starting", "запускается"),
    "word_stopped": _t("apturēta", "stopped", "остановлена"),
    "word_missing": _t("nav atrasta", "missing", "не найдена"),
    "word_lost": _t("pazaudēta", "lost", "потеряна"),
    "word_failed": _t("kļūme", "failed", "сбой"),
    "word_error": _t("kļūda", "error", "ошибка"),
    "word_ok": _t("kārtībā", "ok", "в порядке"),
    "disk_free": _t("Brīva vieta diskā", "Disk free", "Свободно на диске"),
    "store_health": _t("Datu glabātuve", "Data store", "Хранилище данных"),
    "waiting_hub": _t("Ieraksti, kas gaida centra datubāzi", "Records waiting for the hub",
                      "Записи, ожидающие базу центра"),
    "waiting_city": _t("Ieraksti, kas gaida pilsētu", "Records waiting for the city", "Записи, ожидающие город"),
    "settings_applied": _t("Piemērotā iestatījumu versija", "Settings version applied", "Применённая версия настроек"),
    "settings_refused_by_station": _t("Stacija atteica", "Refused by the station", "Станция отклонила"),
    "recent_faults": _t("Nesenās kļūmes", "Recent faults", "Недавние сбои"),
    "col_when": _t("Kad", "When", "Когда"),
    "exhibit_faults": _t("Eksponātu kļūmes", "Exhibit faults", "Сбои экспонатов"),
    "kiosk_errors": _t("Kioska kļūdas", "Kiosk errors", "Ошибки киоска"),
    "col_what": _t("Kas notika", "What happened", "Что произошло"),
    "no_faults": _t("Pēdējās dienās kļūmju nav bijis.", "No faults in recent days.", "За последние дни сбоев не было."),
    "settings_history": _t("Iestatījumu vēsture", "Settings history", "История настроек"),
    "col_version_no": _t("Versija", "Version", "Версия"),
    "col_for": _t("Kam", "For", "Для"),
    "col_who": _t("Kas", "Who", "Кто"),
    "col_state": _t("Stāvoklis", "State", "Состояние"),
    "all_stations": _t("visām stacijām", "every station", "всех станций"),
    "refused": _t("atteikta", "refused", "отклонена"),
    "applied": _t("piemērota", "applied", "применена"),
    "valid": _t("derīga", "valid", "действительна"),
    "no_settings_history": _t("No centra vēl nav nosūtīts neviens iestatījums; stacija izmanto savu kiosk.toml.",
                              "No settings from the centre yet; the station runs its own kiosk.toml.",
                              "Настроек из центра ещё нет; станция работает по своему kiosk.toml."),
    # settings
    "settings_for_all": _t("Iestatījumi visām stacijām", "Settings for every station", "Настройки для всех станций"),
    "settings_for": _t("Stacijas {station} iestatījumi", "Settings of station {station}",
                       "Настройки станции {station}"),
    "settings_intro_all": _t("Stacija, kurai nav savas versijas, izmanto šo. Izmaiņas stājas spēkā "
        "nākamajā dīkstāves atiestatīšanā, nekad apmeklējuma laikā.",
                             "A station without a version of its own takes this one. Changes take effect at the "
                             "station's next idle reset, never during a visit.",
                             "Станция без собственной версии берёт эту. Изменения вступают в силу при следующем "
                             "сбросе простоя, никогда во время посещения."),
    "settings_intro_one": _t("Šīs stacijas versija ir svarīgāka par kopējo. Izmaiņas stājas spēkā "
        "nākamajā dīkstāves atiestatīšanā.",
                             "This station's version wins over the one for every station. Changes take effect at "
                             "its next idle reset.",
                             "Версия этой станции важнее общей. Изменения вступают в силу при следующем сбросе "
                             "простоя."),
    "settings_refused": _t("Versija {version} saglabāta, bet netiks piemērota:", "Version {version} was stored but "
                           "will not be applied:", "Версия {version} сохранена, но не будет применена:"),
    "save_settings": _t("Saglabāt", "Save", "Сохранить"),
    "field_exhibits_enabled": _t("Eksponāti un to secība", "Exhibits and their order", "Экспонаты и их порядок"),
    "hint_exhibits_enabled": _t("Eksponātu identifikatori ar komatiem, secībā, kādā tie redzami "
        "sākuma ekrānā, vai all.",
                                "Exhibit ids separated by commas, in home-screen order, or all.",
                                "Идентификаторы экспонатов через запятую, в порядке на главном экране, или all."),
    "known_exhibits": _t("Zināmie eksponāti: {ids}.", "Known exhibits: {ids}.", "Известные экспонаты: {ids}."),
    "field_ui_open_hours": _t("Darba laiks", "Opening hours", "Часы работы"),
    "hint_ui_open_hours": _t("Piemēram, 10:00-18:00; tukšs: vienmēr atvērts.", "E.g. 10:00-18:00; empty: always open.",
                             "Например, 10:00-18:00; пусто: открыто всегда."),
    "field_ui_closed_days": _t("Slēgtās dienas", "Closed days", "Выходные дни"),
    "hint_ui_closed_days": _t("Nedēļas dienas, kad centrs ir slēgts visu dienu.",
                              "Weekdays the centre is closed all day.", "Дни недели, когда центр закрыт весь день."),
    "field_ui_languages": _t("Valodas", "Languages", "Языки"),
    "hint_ui_languages": _t("lv, en, ru — pogu secībā.", "lv, en, ru — in button order.",
                            "lv, en, ru — в порядке кнопок."),
    "field_ui_default_language": _t("Noklusējuma valoda", "Default language", "Язык по умолчанию"),
    "hint_ui_default_language": _t("Valoda pēc katras dīkstāves atiestatīšanas.", "The language after each idle reset.",
                                   "Язык после каждого сброса простоя."),
    "field_ui_idle_timeout_s": _t("Dīkstāve līdz atpakaļskaitīšanai (s)", "Idle time before the countdown (s)",
                                  "Простой до обратного отсчёта (с)"),
    "hint_ui_idle_timeout_s": _t("No 1 līdz 3600 sekundēm.", "1 to 3600 seconds.", "От 1 до 3600 секунд."),
    "field_ui_countdown_s": _t("Atpakaļskaitīšana (s)", "Countdown (s)", "Обратный отсчёт (с)"),
    "hint_ui_countdown_s": _t("No 1 līdz 600 sekundēm.", "1 to 600 seconds.", "От 1 до 600 секунд."),
    "field_camera_source": _t("Kameras avots", "Camera source", "Источник камеры"),
    "hint_camera_source": _t("auto, device:N, file:CEĻŠ vai synthetic.", "auto, device:N, file:PATH or synthetic.",
                             "auto, device:N, file:ПУТЬ или synthetic."),
    "day_monday": _t("pirmdiena", "Monday", "понедельник"),
    "day_tuesday": _t("otrdiena", "Tuesday", "вторник"),
    "day_wednesday": _t("trešdiena", "Wednesday", "среда"),
    "day_thursday": _t("ceturtdiena", "Thursday", "четверг"),
    "day_friday": _t("piektdiena", "Friday", "пятница"),
    "day_saturday": _t("sestdiena", "Saturday", "суббота"),
    "day_sunday": _t("svētdiena", "Sunday", "воскресенье"),
    # KPIs
    "kpis_title": _t("Centra rādītāji pret mērķiem", "The centre's KPIs against their targets",
                     "Показатели центра в сравнении с целями"),
    "period": _t("Periods", "Period", "Период"),
    "period_year": _t("Gads", "Year", "Год"),
    "period_month": _t("Mēnesis", "Month", "Месяц"),
    "period_custom": _t("Izvēlēts", "Custom", "Произвольный"),
    "from": _t("No", "From", "С"),
    "to": _t("Līdz", "To", "По"),
    "show": _t("Rādīt", "Show", "Показать"),
    "download": _t("Lejupielādēt", "Download", "Скачать"),
    "kpis_against_targets": _t("Rādītāji", "Indicators", "Показатели"),
    "col_kpi": _t("Rādītājs", "KPI", "Показатель"),
    "col_value": _t("Vērtība", "Value", "Значение"),
    "col_target": _t("Mērķis periodam", "Target for the period", "Цель на период"),
    "col_progress": _t("Izpilde", "Progress", "Выполнение"),
    "hidden": _t("slēpts", "hidden", "скрыто"),
    "hidden_note": _t("Mazāk nekā {n} cilvēki: slēpts privātuma dēļ.", "Fewer than {n} people: hidden for privacy.",
                      "Меньше {n} человек: скрыто ради конфиденциальности."),
    "no_target": _t("bez mērķa", "no target", "без цели"),
    "privacy": _t("Šūnas ar mazāk nekā {n} cilvēkiem ir slēptas tāpat kā eksportos (slēptas: {hidden}).",
                  "Cells of fewer than {n} people are hidden as in the exports ({hidden} hidden).",
                  "Ячейки, где меньше {n} человек, скрыты, как в экспорте (скрыто: {hidden})."),
    "chart_visits": _t("Apmeklējumi dienā", "Visits per day", "Посещения в день"),
    "chart_people": _t("Dalībnieki pēc dzimuma un vecuma", "Participants by gender and age",
                       "Участники по полу и возрасту"),
    "demo_figures": _t("Demonstrācijas dati: izdomāta demo staciju vēsture, ne centra īstie skaitļi.",
                       "Demo figures: the made-up history of demo stations, not the centre's real counts.",
                       "Демонстрационные данные: вымышленная история демо-станций, не реальные цифры центра."),
    "gender_by_age": _t("dzimums × vecums", "gender × age band", "пол × возраст"),
    "age_band": _t("Vecums", "Age band", "Возраст"),
}


def text(key: str, language: str, **values: object) -> str:
    table = TEXTS.get(key)
    if table is None:
        return key
    template = table.get(language) or table["en"]
    return template.format(**values) if values else template


def word(value: str, language: str) -> str:
    """A station's own word (camera state, store health) in the language, when it is a known one."""
    key = f"word_{value}"
    return text(key, language) if key in TEXTS else value


def since_text(moment: dt.datetime | None, now: dt.datetime, language: str) -> str:
    """How long ago, in words: "just now", "5 min ago", "2 h 10 min ago", "3 d ago"."""
    if moment is None:
        return text("never", language)
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 60:
        return text("ago_seconds", language)
    if seconds < 3600:
        return text("ago_minutes", language, n=seconds // 60)
    if seconds < 2 * 86400:
        return text("ago_hours", language, h=seconds // 3600, m=seconds % 3600 // 60)
    return text("ago_days", language, n=seconds // 86400)
