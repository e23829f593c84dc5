"""Words of the exports and the PDF report in every kiosk language, and number formatting.

The core has no Qt translator, and a report for the city must read the same in the CSV, the
XLSX and the PDF, so the words live here once. (The dashboard's own buttons and labels are
translated with Qt Linguist like every other screen.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import lru_cache

from kiosk.programmes.categories import words as _t
from kiosk.stats.periods import Period

TEXTS: dict[str, dict[str, str]] = {
    # report and sheet titles
    "report_title": _t("VIZIUM statistikas pārskats", "VIZIUM statistics report", "Статистический отчёт VIZIUM"),
    "period": _t("Periods", "Period", "Период"),
    "station": _t("Stacija", "Station", "Станция"),
    "all_stations": _t("visas stacijas", "all stations", "все станции"),
    "generated": _t("Sagatavots", "Generated", "Создан"),
    "timezone": _t("Laika josla", "Time zone", "Часовой пояс"),
    "days_note": _t("Dienas skaitītas pēc vietējā laika", "Days are local days", "Дни считаются по местному времени"),
    "min_cell": _t("Mazākā rādāmā šūna", "Smallest cell shown", "Наименьшая показываемая ячейка"),
    "suppressed_cells": _t("Slēptās šūnas", "Suppressed cells", "Скрытые ячейки"),
    "privacy_note": _t(
        "Privātums: sadalījuma šūnas ar mazāk nekā {n} cilvēkiem ir slēptas ({small}), un vēl {comp} ir slēptas, "
        "lai tās nevarētu aprēķināt no kopsummas.",
        "Privacy: breakdown cells with fewer than {n} people are hidden ({small}), and {comp} more are hidden "
        "so they cannot be worked out from the total.",
        "Конфиденциальность: ячейки разбивки, где меньше {n} человек, скрыты ({small}), и ещё {comp} скрыто, "
        "чтобы их нельзя было вычислить из итога.",
    ),
    "no_suppression": _t(
        "Privātums: neviena sadalījuma šūna nebija jāslēpj (mazākā rādāmā šūna: {n} cilvēki).",
        "Privacy: no breakdown cell had to be hidden (smallest cell shown: {n} people).",
        "Конфиденциальность: ни одну ячейку разбивки не пришлось скрыть (наименьшая ячейка: {n} человек).",
    ),
    "pro_rated_note": _t(
        "Mērķi, kas doti vairākiem gadiem vai gadam, ir pārrēķināti perioda garumam.",
        "Targets set for a year or several years are pro-rated to the length of the period.",
        "Цели, заданные на год или несколько лет, пересчитаны на длину периода.",
    ),
    "data": _t("Dati", "Data", "Данные"),
    "demo_note": _t(
        "DEMO: sintētiski demonstrācijas dati, nevis īsti apmeklējumi.",
        "DEMO: synthetic demonstration data, not real visits.",
        "ДЕМО: синтетические демонстрационные данные, а не настоящие посещения.",
    ),
    "empty_period": _t("Šajā periodā nav datu.", "No data in this period.", "За этот период данных нет."),
    "hidden": _t("slēpts", "hidden", "скрыто"),
    # One note for every hidden cell: telling small cells from their partners would give them away.
    "hidden_privacy": _t("slēpts privātuma dēļ", "hidden to protect privacy", "скрыто ради конфиденциальности"),
    "kpi_table": _t("Rādītāji un mērķi", "KPIs and targets", "Показатели и цели"),
    "charts": _t("Grafiki", "Charts", "Графики"),
    "visitors_per_day": _t("Apmeklētāji dienā", "Visitors per day", "Посетители в день"),
    "weekly_trend": _t("7 dienu vidējais", "7-day average", "Среднее за 7 дней"),
    # Days of a period before the first record or still to come: not days nobody came.
    "no_records": _t("nav datu (pirms pirmā ieraksta vai vēl priekšā)",
                     "no records (before the first or still to come)",
                     "нет данных (до первой записи или ещё впереди)"),
    "top_of": _t("{shown} populārākie no {total}", "top {shown} of {total}", "{shown} самых популярных из {total}"),
    "exhibit_popularity": _t("Eksponātu lietojumi", "Exhibit runs", "Запуски экспонатов"),
    "active_minutes": _t("Aktīvās minūtes", "Active minutes", "Активные минуты"),
    "completion_rates": _t("Sasniegto mērķu daļa", "Completion rate", "Доля достигнутых целей"),
    "participation": _t("Skolēni un studenti pēc dzimuma un vecuma", "Pupils and students by gender and age",
                        "Школьники и студенты по полу и возрасту"),
    "definitions": _t("Kā rādītāji skaitīti", "How the KPIs are counted", "Как считаются показатели"),
    "minutes_short": _t("min", "min", "мин"),
    "page": _t("Lappuse {n} no {total}", "Page {n} of {total}", "Страница {n} из {total}"),
    "due": _t("līdz {date}", "by {date}", "до {date}"),
    "per_years": _t("{value} uz {years} g.", "{value} in {years} yr", "{value} за {years} г."),
    # sheet / file titles
    "sheet_kpis": _t("Kopsavilkums", "Summary", "Сводка"),
    "sheet_breakdowns": _t("Sadalījumi", "Breakdowns", "Разбивки"),
    "sheet_visitors_daily": _t("Apmeklētāji pa dienām", "Visitors per day", "Посетители по дням"),
    "sheet_exhibits": _t("Eksponāti", "Exhibits", "Экспонаты"),
    "sheet_exhibit_daily": _t("Eksponāti pa dienām", "Exhibits per day", "Экспонаты по дням"),
    "sheet_programmes": _t("Programmas", "Programmes", "Программы"),
    "sheet_visits": _t("Apmeklējumi", "Visits", "Посещения"),
    "sheet_exhibit_runs": _t("Eksponātu lietojumi", "Exhibit runs", "Запуски экспонатов"),
    "sheet_about": _t("Par pārskatu", "About", "Об отчёте"),
    # column headers
    "col_kpi": _t("Rādītāja kods", "KPI code", "Код показателя"),
    "col_name": _t("Rādītājs", "KPI", "Показатель"),
    "col_value": _t("Vērtība", "Value", "Значение"),
    "col_unit": _t("Mērvienība", "Unit", "Единица"),
    "col_target_period": _t("Mērķis periodam", "Target for the period", "Цель на период"),
    "col_target": _t("Mērķis", "Target", "Цель"),
    "col_target_years": _t("Mērķa gadi", "Target years", "Лет на цель"),
    "col_progress": _t("Izpilde", "Progress", "Выполнение"),
    "col_due": _t("Termiņš", "Due", "Срок"),
    "col_how": _t("Kā skaitīts", "How it is counted", "Как считается"),
    "col_dimension": _t("Sadalījums", "Breakdown", "Разбивка"),
    "col_cell": _t("Šūnas kods", "Cell code", "Код ячейки"),
    "col_label": _t("Šūna", "Cell", "Ячейка"),
    "col_note": _t("Piezīme", "Note", "Примечание"),
    "col_day": _t("Diena", "Day", "День"),
    "col_station": _t("Stacija", "Station", "Станция"),
    "col_visits": _t("Apmeklējumi", "Visits", "Посещения"),
    "col_visits_lang": _t("Apmeklējumi ({lang})", "Visits ({lang})", "Посещения ({lang})"),
    "col_exhibit": _t("Eksponāts", "Exhibit", "Экспонат"),
    "col_runs": _t("Lietojumi", "Runs", "Запуски"),
    "col_completions": _t("Sasniegti mērķi", "Completed", "Достигнуто целей"),
    "col_completion_rate": _t("Mērķu daļa", "Completion rate", "Доля целей"),
    "col_active_minutes": _t("Aktīvās minūtes", "Active minutes", "Активные минуты"),
    "col_minutes_per_run": _t("Minūtes lietojumā", "Minutes per run", "Минут на запуск"),
    "col_code": _t("Kods", "Code", "Код"),
    "col_title": _t("Nosaukums", "Title", "Название"),
    "col_subject": _t("Joma", "Subject", "Область"),
    "col_sessions": _t("Nodarbības", "Sessions", "Занятия"),
    "col_days": _t("Dienas", "Days", "Дни"),
    "col_participants": _t("Dalībnieki", "Participants", "Участники"),
    "col_graduations": _t("Absolventi", "Graduates", "Выпускники"),
    "col_visit": _t("Apmeklējums", "Visit", "Посещение"),
    "col_id": _t("ID", "ID", "ID"),
    "col_started": _t("Sākums (UTC)", "Started (UTC)", "Начало (UTC)"),
    "col_ended": _t("Beigas (UTC)", "Ended (UTC)", "Конец (UTC)"),
    "col_language": _t("Valoda", "Language", "Язык"),
    "col_end_reason": _t("Beigu iemesls", "End reason", "Причина окончания"),
    "col_session": _t("Programmas nodarbība", "Programme session", "Занятие программы"),
    "col_active_s": _t("Aktīvās sekundes", "Active seconds", "Активные секунды"),
    "col_outcome": _t("Iznākums", "Outcome", "Итог"),
    "col_score": _t("Rezultāts", "Score", "Результат"),
    "col_interactions": _t("Darbības", "Interactions", "Действия"),
    "col_item": _t("Vienums", "Item", "Пункт"),
}

MONTHS: dict[str, tuple[str, ...]] = {
    "lv": ("janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris",
           "oktobris", "novembris", "decembris"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
           "ноябрь", "декабрь"),
}


def text(key: str, language: str, **values: object) -> str:
    """A report word in a language (English if missing), with {placeholders} filled."""
    table: Mapping[str, str] = TEXTS[key]
    template = table.get(language) or table["en"]
    return template.format(**values) if values else template


def format_number(value: float | None, decimals: int = 0, language: str = "en") -> str:
    """1234.5 -> '1,234.5' (en) or '1 234,5' (lv, ru); None -> '–'."""
    if value is None:
        return "–"
    formatted = f"{value:,.{decimals}f}"
    if language in ("lv", "ru"):
        formatted = formatted.replace(",", "\u00a0").replace(".", ",")
    return formatted


def format_percent(fraction: float | None, language: str = "en", decimals: int = 0) -> str:
    if fraction is None:
        return "–"
    sign = "\u00a0%" if language in ("lv", "ru") else "%"
    return format_number(fraction * 100, decimals, language) + sign


def period_label(period: Period, language: str) -> str:
    """'March 2026', 'marts 2026', '2026', or '2026-03-01 – 2026-03-15'."""
    if period.kind == "month":
        month = MONTHS.get(language, MONTHS["en"])[period.first.month - 1]
        return f"{month} {period.first.year}"
    if period.kind == "year":
        return str(period.first.year)
    return period.label()


def format_date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


@lru_cache(maxsize=1)
def _exhibit_titles() -> dict[str, Mapping[str, str]]:
    """Exhibit titles from the installed manifests (read without importing any exhibit code)."""
    try:
        from kiosk.registry import discover

        return {e.id: e.manifest.title for e in discover() if e.manifest is not None}
    except Exception:  # a report must not fail because an exhibit is broken
        return {}


def exhibit_title(exhibit_id: str, language: str) -> str:
    """An exhibit's title in a language, or its id when it is not installed here."""
    titles = _exhibit_titles().get(exhibit_id)
    return (titles.get(language) or titles.get("en") or exhibit_id) if titles else exhibit_id
