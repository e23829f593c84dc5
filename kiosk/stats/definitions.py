"""The KPIs of DESIGN.md section 6, declared as data: what each one counts, in which unit, and
how it may be broken down. The engine (``kiosk.stats.engine``) reads these; nothing else in the
kiosk names a KPI by hand.

Titles and labels are given in every kiosk language here, because the core has no Qt
translator and exports, the PDF report and the sync all need the same words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kiosk.programmes.categories import count_word
from kiosk.programmes.categories import words as _t
from kiosk.store.migrations import AGE_BANDS, GENDERS, PARTICIPANT_ROLES

Texts = Mapping[str, str]  # language -> text

#: Age bands of children and young people (under 19) and of adults.
CHILD_AGE_BANDS = ("5-8", "9-12", "13-15", "16-18")
ADULT_AGE_BANDS = ("19-25", "26-64", "65+")
NON_TEACHER_ROLES = ("pupil", "student", "adult")

# What a KPI counts, i.e. which rows the engine reads for it.
VISITS = "visits"  # visits started in the period (a visit = one person-session at a screen)
RUNS = "runs"  # exhibit runs started in the period
COMPLETIONS = "completions"  # ... of those, the runs whose outcome is completed
ACTIVE_MINUTES = "active_minutes"  # ... their active time (idle tail excluded), in minutes
ATTENDEES = "attendees"  # distinct participants attending at least one session in the period
GRADUATIONS = "graduations"  # graduations dated in the period
PROGRAMMES = "programmes"  # distinct programmes with at least one session in the period
AFTER_SCHOOL_DAYS = "after_school_days"  # after-school days per active week
GIRLS_SHARE = "girls_share"  # share of girls among the distinct attendees, in per cent
SOURCES = (
    VISITS, RUNS, COMPLETIONS, ACTIVE_MINUTES, ATTENDEES, GRADUATIONS, PROGRAMMES, AFTER_SCHOOL_DAYS, GIRLS_SHARE,
)

#: Sources that count people: their breakdown cells are subject to small-cell suppression.
PEOPLE_SOURCES = (ATTENDEES, GRADUATIONS)

#: Sources whose counts add up over days and stations (a visit or a run happens at one screen on
#: one day). Only these go to the city daily per station; the others (distinct people, programmes,
#: shares) go once per centre and period (kiosk.sync.centre), since a sum of daily or per-station
#: distinct counts counts a person once per day and station.
ADDITIVE_SOURCES = frozenset({VISITS, RUNS, COMPLETIONS, ACTIVE_MINUTES})

# Breakdown dimensions. "gender_age" is the gender x age band cross table.
GENDER, AGE_BAND, ROLE, GENDER_AGE = "gender", "age_band", "role", "gender_age"
STATION, LANGUAGE, EXHIBIT, PROGRAMME, SUBJECT, WEEKS = (
    "station", "language", "exhibit", "programme", "subject", "weeks",
)
#: Prefix of each dimension in a breakdown cell's name, e.g. "gender-female.age-9-12".
CELL_PREFIX = {
    GENDER: "gender", AGE_BAND: "age", ROLE: "role", STATION: "station", LANGUAGE: "lang",
    EXHIBIT: "exhibit", PROGRAMME: "programme", SUBJECT: "subject", WEEKS: "weeks",
}
#: Which dimensions each source can be broken down by.
SOURCE_DIMENSIONS = {
    VISITS: (STATION, LANGUAGE),
    RUNS: (EXHIBIT,),
    COMPLETIONS: (EXHIBIT,),
    ACTIVE_MINUTES: (EXHIBIT,),
    ATTENDEES: (GENDER, AGE_BAND, ROLE, GENDER_AGE),
    GRADUATIONS: (GENDER, AGE_BAND, ROLE, PROGRAMME),
    PROGRAMMES: (SUBJECT,),
    AFTER_SCHOOL_DAYS: (WEEKS,),
    GIRLS_SHARE: (PROGRAMME, SUBJECT),
}

#: Categories of the people dimensions, in display order.
CATEGORIES = {GENDER: GENDERS, AGE_BAND: AGE_BANDS, ROLE: PARTICIPANT_ROLES}


@dataclass(frozen=True)
class KpiDefinition:
    """One KPI: a stable key, what it counts, filters on people and programmes, breakdowns."""

    key: str
    source: str
    unit: str  # key of UNITS
    title: Texts
    how: Texts  # one sentence: how the kiosk counts it
    roles: tuple[str, ...] = ()  # only participants with these roles (empty: all)
    age_bands: tuple[str, ...] = ()  # only participants in these age bands (empty: all)
    tag: str = ""  # only programmes with this catalogue tag (empty: all)
    dimensions: tuple[str, ...] = ()
    decimals: int = 0
    process: str = ""  # the activity it evaluates (FIWARE KeyPerformanceIndicator.process)

    @property
    def people(self) -> bool:
        """True when the KPI counts people, so its breakdown cells are suppressed when small."""
        return self.source in PEOPLE_SOURCES

    def text(self, field: str, language: str) -> str:
        table: Texts = getattr(self, field)
        return table.get(language) or table["en"]


_PEOPLE_DIMS = (GENDER, AGE_BAND, ROLE, GENDER_AGE)
_ONE_ROLE_DIMS = (GENDER, AGE_BAND, GENDER_AGE)

KPIS: tuple[KpiDefinition, ...] = (
    KpiDefinition(
        "visitors", VISITS, "visits",
        _t("Apmeklētāji", "Visitors", "Посетители"),
        _t("Apmeklējumi pie ekrāniem: viens cilvēks vienā reizē pie ekrāna.",
           "Visits at the screens: one person-session at a screen.",
           "Посещения у экранов: один человек за один подход к экрану."),
        dimensions=(STATION, LANGUAGE), process="exhibits",
    ),
    KpiDefinition(
        "exhibit_runs", RUNS, "runs",
        _t("Eksponātu lietojumi", "Exhibit runs", "Запуски экспонатов"),
        _t("Cik reizes eksponāts atvērts un lietots.", "Times an exhibit was opened and used.",
           "Сколько раз экспонат открывали и использовали."),
        dimensions=(EXHIBIT,), process="exhibits",
    ),
    KpiDefinition(
        "exhibit_completions", COMPLETIONS, "runs",
        _t("Sasniegti mērķi", "Completed runs", "Достигнутые цели"),
        _t("Lietojumi, kuros apmeklētājs sasniedza eksponāta mērķi.",
           "Runs in which the visitor reached the exhibit's goal.",
           "Запуски, в которых посетитель достиг цели экспоната."),
        dimensions=(EXHIBIT,), process="exhibits",
    ),
    KpiDefinition(
        "exhibit_active_minutes", ACTIVE_MINUTES, "minutes",
        _t("Aktīvās minūtes", "Active minutes", "Активные минуты"),
        _t("Laiks, ko apmeklētāji aktīvi darbojās ar eksponātiem (bez dīkstāves beigās).",
           "Time visitors were active at the exhibits (the idle tail not counted).",
           "Время активной работы с экспонатами (без простоя в конце)."),
        dimensions=(EXHIBIT,), decimals=1, process="exhibits",
    ),
    KpiDefinition(
        "pupils_students", ATTENDEES, "people",
        _t("Skolēni un studenti programmās", "Pupils and students in programmes", "Школьники и студенты в программах"),
        _t("Dažādi skolēni un studenti, kas apmeklēja vismaz vienu programmas nodarbību.",
           "Distinct pupils and students who attended at least one programme session.",
           "Разные школьники и студенты, посетившие хотя бы одно занятие программы."),
        roles=("pupil", "student"), dimensions=_PEOPLE_DIMS, process="STEM programmes",
    ),
    KpiDefinition(
        "teachers", ATTENDEES, "people",
        _t("Iesaistītie skolotāji", "Teachers involved", "Вовлечённые учителя"),
        _t("Dažādi skolotāji programmās un darbnīcās.", "Distinct teachers in programmes and workshops.",
           "Разные учителя в программах и мастерских."),
        roles=("teacher",), dimensions=_ONE_ROLE_DIMS, process="STEM programmes",
    ),
    KpiDefinition(
        "graduates", GRADUATIONS, "graduations",
        _t("STEM programmu absolventi", "STEM programme graduates", "Выпускники STEM-программ"),
        _t("Dalībnieki, kas izpildīja programmas beigšanas nosacījumu (viens par cilvēku un programmu).",
           "Participants who met a programme's graduation rule (one per person and programme).",
           "Участники, выполнившие условие окончания программы (по одному на человека и программу)."),
        dimensions=(GENDER, AGE_BAND, ROLE, PROGRAMME), process="STEM programmes",
    ),
    KpiDefinition(
        "programmes_offered", PROGRAMMES, "programmes",
        _t("Piedāvātās STEM programmas", "STEM programmes offered", "Предложенные STEM-программы"),
        _t("Kataloga programmas ar vismaz vienu nodarbību.", "Catalogue programmes with at least one session.",
           "Программы каталога, у которых было хотя бы одно занятие."),
        dimensions=(SUBJECT,), process="STEM programmes",
    ),
    KpiDefinition(
        "after_school_days", AFTER_SCHOOL_DAYS, "days_per_week",
        _t("Ārpusskolas dienas nedēļā", "After-school days per week", "Дни внешкольных занятий в неделю"),
        _t("Dažādas dienas ar ārpusskolas nodarbībām, vidēji nedēļās, kurās tās notika.",
           "Distinct days with after-school sessions, averaged over the weeks that had any.",
           "Разные дни с внешкольными занятиями, в среднем за недели, когда они были."),
        tag="after-school", dimensions=(WEEKS,), decimals=1, process="after-school activities",
    ),
    KpiDefinition(
        "digital_children", ATTENDEES, "people",
        _t("Bērni digitālo prasmju programmās", "Children in digital-skills programmes",
           "Дети в программах цифровых навыков"),
        _t("Dažādi dalībnieki līdz 18 gadiem (ne skolotāji) programmās ar birku digital-skills.",
           "Distinct participants aged up to 18 (not teachers) in programmes tagged digital-skills.",
           "Разные участники до 18 лет (не учителя) в программах с меткой digital-skills."),
        roles=NON_TEACHER_ROLES, age_bands=CHILD_AGE_BANDS, tag="digital-skills",
        dimensions=_PEOPLE_DIMS, process="digital skills",
    ),
    KpiDefinition(
        "digital_adults", ATTENDEES, "people",
        _t("Pieaugušie digitālo prasmju programmās", "Adults in digital-skills programmes",
           "Взрослые в программах цифровых навыков"),
        _t("Dažādi dalībnieki no 19 gadiem (ne skolotāji) programmās ar birku digital-skills.",
           "Distinct participants aged 19 and over (not teachers) in programmes tagged digital-skills.",
           "Разные участники от 19 лет (не учителя) в программах с меткой digital-skills."),
        roles=NON_TEACHER_ROLES, age_bands=ADULT_AGE_BANDS, tag="digital-skills",
        dimensions=_PEOPLE_DIMS, process="digital skills",
    ),
    KpiDefinition(
        "digital_teachers", ATTENDEES, "people",
        _t("Skolotāji digitālo prasmju programmās", "Teachers in digital-skills programmes",
           "Учителя в программах цифровых навыков"),
        _t("Dažādi skolotāji programmās ar birku digital-skills.",
           "Distinct teachers in programmes tagged digital-skills.",
           "Разные учителя в программах с меткой digital-skills."),
        roles=("teacher",), tag="digital-skills", dimensions=_ONE_ROLE_DIMS, process="digital skills",
    ),
    KpiDefinition(
        "girls_share", GIRLS_SHARE, "percent",
        _t("Meiteņu daļa STEM programmās", "Girls in STEM programmes", "Доля девочек в STEM-программах"),
        _t("Meitenes starp dažādajiem skolēniem un studentiem programmu nodarbībās, procentos; līdztiesība ir 50 %.",
           "Girls among the distinct pupils and students at programme sessions, in per cent; parity is 50 %.",
           "Девочки среди разных школьников и студентов на занятиях программ, в процентах; паритет – 50 %."),
        roles=("pupil", "student"), dimensions=(PROGRAMME, SUBJECT), decimals=1,
        process="gender balance in STEM",
    ),
)

KPI_KEYS = tuple(k.key for k in KPIS)

UNITS: dict[str, Texts] = {
    "visits": _t("apmeklējumi", "visits", "посещения"),
    "runs": _t("lietojumi", "runs", "запуски"),
    "minutes": _t("minūtes", "minutes", "минуты"),
    "people": _t("cilvēki", "people", "человек"),
    "graduations": _t("absolventi", "graduations", "выпуски"),
    "programmes": _t("programmas", "programmes", "программы"),
    "days_per_week": _t("dienas nedēļā", "days a week", "дней в неделю"),
    "percent": _t("%", "%", "%"),
}

DIMENSION_TITLES: dict[str, Texts] = {
    GENDER: _t("Dzimums", "Gender", "Пол"),
    AGE_BAND: _t("Vecums", "Age band", "Возраст"),
    ROLE: _t("Loma", "Role", "Роль"),
    GENDER_AGE: _t("Dzimums un vecums", "Gender and age band", "Пол и возраст"),
    STATION: _t("Stacija", "Station", "Станция"),
    LANGUAGE: _t("Valoda", "Language", "Язык"),
    EXHIBIT: _t("Eksponāts", "Exhibit", "Экспонат"),
    PROGRAMME: _t("Programma", "Programme", "Программа"),
    SUBJECT: _t("Joma", "Subject", "Область"),
    WEEKS: _t("Nedēļas", "Weeks", "Недели"),
}

def category_label(dimension: str, value: str, language: str) -> str:
    """A breakdown category in a language (the value itself when it has no label, e.g. '9-12')."""
    return count_word(dimension, value, language)


def definition(key: str) -> KpiDefinition:
    for kpi in KPIS:
        if kpi.key == key:
            return kpi
    raise KeyError(f"no KPI {key!r}; known: {', '.join(KPI_KEYS)}")


def _check_definitions() -> None:
    """Catch a mistake in the table above at import, not in a report for the city."""
    keys = [k.key for k in KPIS]
    assert len(set(keys)) == len(keys), "KPI keys must be unique"
    for kpi in KPIS:
        assert kpi.source in SOURCES, kpi.key
        assert kpi.unit in UNITS, kpi.key
        assert set(kpi.dimensions) <= set(SOURCE_DIMENSIONS[kpi.source]), kpi.key
        assert set(kpi.roles) <= set(PARTICIPANT_ROLES) and set(kpi.age_bands) <= set(AGE_BANDS), kpi.key


_check_definitions()
