"""The statistics engine: every KPI of ``definitions.KPIS`` for a period and (optionally) a station.

Qt-free and read-only: it takes a SQLite connection (a store reader) and runs a handful of
grouped queries over the ``local_day`` indexes (migration 4), then counts in Python. Breakdown
cells that count people are suppressed here, once, so the dashboard, every export and the sync
all show the same hidden cells.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.stats import definitions as d
from kiosk.stats.definitions import KPIS, KpiDefinition
from kiosk.stats.periods import Period
from kiosk.stats.suppression import COMPLEMENTARY, SMALL, Line, suppress
from kiosk.stats.targets import Target, Targets, load_targets

CellKey = tuple[str, ...]


@dataclass(frozen=True)
class Cell:
    """One breakdown cell: e.g. dimension "gender_age", key ("female", "9-12"), 7 people."""

    dimension: str
    key: CellKey
    value: float
    people: bool = False
    hidden: str = ""  # "" (shown), SMALL or COMPLEMENTARY

    @property
    def suppressed(self) -> bool:
        return bool(self.hidden)

    @property
    def shown(self) -> float | None:
        """The value a reader may see (None when suppressed)."""
        return None if self.hidden else self.value

    @property
    def dimensions(self) -> tuple[str, ...]:
        return (d.GENDER, d.AGE_BAND) if self.dimension == d.GENDER_AGE else (self.dimension,)

    @property
    def name(self) -> str:
        """Stable name, e.g. "gender-female.age-9-12" (used by the sync's entity ids)."""
        return ".".join(f"{d.CELL_PREFIX[dim]}-{value}" for dim, value in zip(self.dimensions, self.key, strict=True))

    def label(self, language: str) -> str:
        return " · ".join(
            d.category_label(dim, value, language) for dim, value in zip(self.dimensions, self.key, strict=True)
        )


@dataclass(frozen=True)
class KpiResult:
    """A KPI's value for the period, its breakdowns and its target."""

    definition: KpiDefinition
    value: float
    breakdowns: Mapping[str, tuple[Cell, ...]]
    target: Target | None = None
    period_target: float | None = None
    #: The value itself may not be shown: a share over fewer than min_cell people would tell
    #: who is who (the value is then 0).
    withheld: bool = False

    @property
    def key(self) -> str:
        return self.definition.key

    @property
    def shown(self) -> float | None:
        """The value a reader may see (None when withheld)."""
        return None if self.withheld else self.value

    @property
    def progress(self) -> float | None:
        """value / target for the period (1.0 = on target), or None without a target or value."""
        if not self.period_target or self.withheld:
            return None
        return self.value / self.period_target

    def cells(self) -> Iterable[Cell]:
        for cells in self.breakdowns.values():
            yield from cells


@dataclass(frozen=True)
class DayVisits:
    day: dt.date
    station: str
    visits: int
    by_language: Mapping[str, int]


@dataclass(frozen=True)
class ExhibitUse:
    exhibit_id: str
    runs: int
    completions: int
    active_ms: int

    @property
    def active_minutes(self) -> float:
        return self.active_ms / 60_000

    @property
    def completion_rate(self) -> float | None:
        return self.completions / self.runs if self.runs else None


@dataclass(frozen=True)
class ExhibitDay:
    day: dt.date
    exhibit_id: str
    runs: int
    completions: int
    active_ms: int


@dataclass(frozen=True)
class ProgrammeUse:
    """A programme's activity in the period; participants and graduations are people cells."""

    code: str
    subject: str
    titles: Mapping[str, str]
    sessions: int
    days: int
    participants: Cell
    graduations: Cell

    def title(self, language: str) -> str:
        return self.titles.get(language) or self.titles.get("en") or self.code


@dataclass(frozen=True)
class SuppressionSummary:
    min_cell: int
    small: int = 0
    complementary: int = 0

    @property
    def total(self) -> int:
        return self.small + self.complementary


@dataclass(frozen=True)
class KpiReport:
    """Everything a dashboard, an export or the sync shows for one period and station."""

    period: Period
    station: str | None  # None: every station in the database
    stations: tuple[str, ...]  # stations with data in the period
    timezone: str
    min_cell: int
    computed_at: dt.datetime
    kpis: tuple[KpiResult, ...]
    visitors_daily: tuple[DayVisits, ...]
    exhibits: tuple[ExhibitUse, ...]
    exhibit_daily: tuple[ExhibitDay, ...]
    programmes: tuple[ProgrammeUse, ...]
    suppression: SuppressionSummary
    languages: tuple[str, ...] = field(default=("lv", "en", "ru"))
    #: The figures are a demo centre's (synthetic history): every rendering says so.
    demo: bool = False
    #: The first day with a recorded visit (at this station, or any when station is None), before
    #: the period too: days before it have no data rather than no visitors. None when unknown.
    first_record_day: dt.date | None = None

    def kpi(self, key: str) -> KpiResult:
        for result in self.kpis:
            if result.key == key:
                return result
        raise KeyError(key)

    def today(self) -> dt.date:
        """The local day the report was made on."""
        return self.computed_at.astimezone(ZoneInfo(self.timezone)).date()

    def has_data(self, day: dt.date) -> bool:
        """A day there are records for: from the first record to the day the report was made."""
        return (self.first_record_day is None or day >= self.first_record_day) and day <= self.today()

    def daily_visitors(self) -> list[tuple[dt.date, int | None]]:
        """Visits per day of the period; None for a day without data (before the first record or
        still to come), so a chart does not draw it as a day nobody came."""
        return [(day, visits if self.has_data(day) else None) for day, visits in self.visitors_by_day()]

    def visitors_by_day(self) -> list[tuple[dt.date, int]]:
        """Visits per day, every day of the period (zeros included), all stations summed."""
        totals: Counter[dt.date] = Counter()
        for row in self.visitors_daily:
            totals[row.day] += row.visits
        return [(day, totals.get(day, 0)) for day in self.period.each_day()]

    @property
    def empty(self) -> bool:
        return not (self.visitors_daily or self.exhibits or self.programmes)


def runs_without_data(values: Sequence[int | None]) -> list[tuple[int, int]]:
    """[start, stop) index ranges of consecutive days without data (None), for charts to hatch."""
    runs, start = [], None
    for index, value in enumerate([*values, 0]):
        if value is None and start is None:
            start = index
        elif value is not None and start is not None:
            runs.append((start, index))
            start = None
    return runs


def moving_average(values: Sequence[int | None], window: int = 7) -> list[float | None]:
    """The mean of the last `window` days that have data; None on a day without data."""
    out: list[float | None] = []
    for index, value in enumerate(values):
        if value is None:
            out.append(None)
            continue
        known = [v for v in values[max(0, index - window + 1):index + 1] if v is not None]
        out.append(sum(known) / len(known))
    return out


# -- queries ---------------------------------------------------------------------------------

_VISITS = """
    SELECT local_day, station_id, language, COUNT(*) FROM visits
     WHERE local_day BETWEEN :first AND :last {station}
     GROUP BY local_day, station_id, language
"""
_RUNS_ALL = """
    SELECT local_day, exhibit_id, COUNT(*), TOTAL(outcome = 'completed'), TOTAL(active_ms)
      FROM exhibit_runs WHERE local_day BETWEEN :first AND :last
     GROUP BY local_day, exhibit_id
"""
_RUNS_STATION = """
    SELECT r.local_day, r.exhibit_id, COUNT(*), TOTAL(r.outcome = 'completed'), TOTAL(r.active_ms)
      FROM exhibit_runs r JOIN visits v ON v.id = r.visit_id
     WHERE r.local_day BETWEEN :first AND :last AND v.station_id = :station
     GROUP BY r.local_day, r.exhibit_id
"""
_SESSIONS = """
    SELECT local_day, programme_code, COUNT(*) FROM programme_sessions
     WHERE local_day BETWEEN :first AND :last {station}
     GROUP BY local_day, programme_code
"""
_ATTENDEES = """
    SELECT DISTINCT a.participant_code, p.gender, p.age_band, p.role, s.programme_code
      FROM programme_sessions s
      JOIN attendance a ON a.session_id = s.id
      JOIN participants p ON p.code = a.participant_code
     WHERE s.local_day BETWEEN :first AND :last {station}
"""
_GRADUATIONS = """
    SELECT g.participant_code, g.programme_code, p.gender, p.age_band, p.role
      FROM graduations g JOIN participants p ON p.code = g.participant_code
     WHERE g.graduated_on BETWEEN :first AND :last {station}
"""
# A graduation belongs to the station where the participant attended that programme.
_GRADUATION_STATION = """
       AND EXISTS (SELECT 1 FROM attendance a JOIN programme_sessions s ON s.id = a.session_id
                    WHERE a.participant_code = g.participant_code AND s.programme_code = g.programme_code
                      AND s.station_id = :station)
"""
_PROGRAMMES = "SELECT code, subject, tags, title_lv, title_en, title_ru FROM programmes"


@dataclass(frozen=True)
class _ProgrammeInfo:
    subject: str
    tags: frozenset[str]
    titles: Mapping[str, str]


@dataclass(frozen=True)
class _Person:
    gender: str
    age_band: str
    role: str

    def category(self, dimension: str) -> str:
        return str(getattr(self, dimension))


class StatsEngine:
    """Computes KPI reports from one station database (read-only)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        *,
        targets: Targets | None = None,
        min_cell: int = 5,
        timezone: str = "Europe/Riga",
        definitions: Sequence[KpiDefinition] = KPIS,
        languages: tuple[str, ...] = ("lv", "en", "ru"),
    ) -> None:
        if min_cell < 1:
            raise ValueError("min_cell must be at least 1")
        self.conn = conn
        self.targets = targets if targets is not None else load_targets()
        self.min_cell = min_cell
        self.timezone = timezone
        self.definitions = tuple(definitions)
        self.languages = languages

    @classmethod
    def for_settings(cls, conn: sqlite3.Connection, settings: Any, targets: Targets | None = None) -> StatsEngine:
        """An engine with a station's [stats] and [station] settings."""
        if targets is None:
            targets = load_targets(settings.stats.targets_file or None)
        return cls(conn, targets=targets, min_cell=settings.stats.min_cell, timezone=settings.station.timezone,
                   languages=tuple(settings.ui.languages))

    # -- public --------------------------------------------------------------------------------

    def all_stations(self) -> list[str]:
        """Every station with visits or programme sessions in the database.

        A skip scan: one index lookup per station (migration 4's station-first indexes), not a
        pass over every visit.
        """
        found = []
        for table in ("visits", "programme_sessions"):
            rows = self.conn.execute(
                f"WITH RECURSIVE s(id) AS (SELECT MIN(station_id) FROM {table}"
                f" UNION ALL SELECT (SELECT MIN(station_id) FROM {table} WHERE station_id > s.id)"
                " FROM s WHERE s.id IS NOT NULL) SELECT id FROM s WHERE id IS NOT NULL"
            ).fetchall()
            found += [r[0] for r in rows]
        return sorted(set(found), key=station_order)

    def report(self, period: Period, station: str | None = None, *, now: dt.datetime | None = None) -> KpiReport:
        params = {"first": period.first_text, "last": period.last_text, "station": station}
        where_station = "AND station_id = :station" if station else ""
        catalogue = self._programmes()

        visitors_daily, stations = self._visits(params, where_station)
        exhibit_daily = self._runs(params, station)
        sessions = self.conn.execute(_SESSIONS.format(station=where_station), params).fetchall()
        attendees = self.conn.execute(
            _ATTENDEES.format(station="AND s.station_id = :station" if station else ""), params
        ).fetchall()
        graduations = self.conn.execute(
            _GRADUATIONS.format(station=_GRADUATION_STATION if station else ""), params
        ).fetchall()
        stations |= {s for s, in self.conn.execute(
            "SELECT DISTINCT station_id FROM programme_sessions WHERE local_day BETWEEN :first AND :last "
            + where_station, params)}

        exhibits = _exhibit_totals(exhibit_daily)
        results = []
        for kpi in self.definitions:
            withheld = False
            if kpi.source == d.GIRLS_SHARE:
                value, cells, withheld = self._girls_share(kpi, attendees, catalogue)
            else:
                value, cells = self._compute(
                    kpi, visitors_daily, exhibits, sessions, attendees, graduations, catalogue
                )
            target = self.targets.get(kpi.key)
            results.append(KpiResult(
                kpi, value, cells, target, target.for_period(period) if target else None, withheld,
            ))
        programmes = self._programme_table(sessions, attendees, results, catalogue)
        summary = _summarise(results, programmes, self.min_cell)
        return KpiReport(
            period=period,
            station=station,
            stations=tuple(sorted(stations, key=station_order)),
            timezone=self.timezone,
            min_cell=self.min_cell,
            computed_at=now or dt.datetime.now(dt.UTC),
            kpis=tuple(results),
            visitors_daily=tuple(visitors_daily),
            exhibits=tuple(sorted(exhibits.values(), key=lambda e: (-e.runs, e.exhibit_id))),
            exhibit_daily=tuple(exhibit_daily),
            programmes=programmes,
            suppression=summary,
            languages=self.languages,
            first_record_day=self._first_record_day(where_station, params),
        )

    # -- reading -------------------------------------------------------------------------------

    def _programmes(self) -> dict[str, _ProgrammeInfo]:
        catalogue = {}
        for code, subject, tags, lv, en, ru in self.conn.execute(_PROGRAMMES):
            try:
                tag_set = frozenset(json.loads(tags or "[]"))
            except (ValueError, TypeError):
                tag_set = frozenset()
            catalogue[code] = _ProgrammeInfo(subject, tag_set, {"lv": lv, "en": en, "ru": ru})
        return catalogue

    def _first_record_day(self, where_station: str, params: dict[str, Any]) -> dt.date | None:
        first = self.conn.execute(f"SELECT MIN(local_day) FROM visits WHERE 1 {where_station}", params).fetchone()[0]
        return dt.date.fromisoformat(first) if first else None

    def _visits(self, params: dict[str, Any], where_station: str) -> tuple[list[DayVisits], set[str]]:
        grouped: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
        for day, station, language, count in self.conn.execute(_VISITS.format(station=where_station), params):
            grouped[(day, station)][language] = count
        rows = [
            DayVisits(dt.date.fromisoformat(day), station, sum(by_language.values()), by_language)
            for (day, station), by_language in sorted(grouped.items())
        ]
        return rows, {station for _, station in grouped}

    def _runs(self, params: dict[str, Any], station: str | None) -> list[ExhibitDay]:
        sql = _RUNS_STATION if station else _RUNS_ALL
        return [
            ExhibitDay(dt.date.fromisoformat(day), exhibit, int(runs), int(completed), int(active_ms))
            for day, exhibit, runs, completed, active_ms in self.conn.execute(sql, params)
        ]

    # -- counting ------------------------------------------------------------------------------

    def _compute(
        self,
        kpi: KpiDefinition,
        visitors_daily: list[DayVisits],
        exhibits: dict[str, ExhibitUse],
        sessions: list[tuple[str, str, int]],
        attendees: list[tuple[str, str, str, str, str]],
        graduations: list[tuple[str, str, str, str, str]],
        catalogue: dict[str, _ProgrammeInfo],
    ) -> tuple[float, dict[str, tuple[Cell, ...]]]:
        source = kpi.source
        if source == d.VISITS:
            by_station: Counter[str] = Counter()
            by_language: Counter[str] = Counter()
            for row in visitors_daily:
                by_station[row.station] += row.visits
                by_language.update(row.by_language)
            languages = list(self.languages) + sorted(set(by_language) - set(self.languages))
            return sum(by_station.values()), {
                d.STATION: _plain(d.STATION, sorted(by_station), by_station),
                d.LANGUAGE: _plain(d.LANGUAGE, languages, by_language),
            }
        if source in (d.RUNS, d.COMPLETIONS, d.ACTIVE_MINUTES):
            measure = {
                d.RUNS: lambda e: e.runs,
                d.COMPLETIONS: lambda e: e.completions,
                d.ACTIVE_MINUTES: lambda e: round(e.active_minutes, kpi.decimals),
            }[source]
            values = {exhibit_id: measure(use) for exhibit_id, use in exhibits.items()}
            total = sum(u.active_ms for u in exhibits.values()) / 60_000 if source == d.ACTIVE_MINUTES else None
            value = round(total, kpi.decimals) if total is not None else sum(values.values())
            return value, {d.EXHIBIT: _plain(d.EXHIBIT, sorted(values), values)}
        if source == d.PROGRAMMES:
            offered = {code for _, code, _ in sessions}
            subjects = Counter(catalogue[c].subject if c in catalogue else "unknown" for c in offered)
            return len(offered), {d.SUBJECT: _plain(d.SUBJECT, sorted(subjects), subjects)}
        if source == d.AFTER_SCHOOL_DAYS:
            days = {day for day, code, _ in sessions if _tagged(catalogue, code, kpi.tag)}
            weeks = {dt.date.fromisoformat(day).isocalendar()[:2] for day in days}
            value = round(len(days) / len(weeks), 2) if weeks else 0.0
            counts = {"days": len(days), "active": len(weeks)}
            return value, {d.WEEKS: _plain(d.WEEKS, ["days", "active"], counts)}
        if source == d.ATTENDEES:
            people = {
                code: _Person(gender, age, role)
                for code, gender, age, role, programme in attendees
                if _admits(kpi, role, age) and _tagged(catalogue, programme, kpi.tag)
            }
            return len(people), self._people_cells(kpi, list(people.values()))
        if source == d.GRADUATIONS:
            rows = [
                (programme, _Person(gender, age, role))
                for _, programme, gender, age, role in graduations
                if _admits(kpi, role, age) and _tagged(catalogue, programme, kpi.tag)
            ]
            cells = self._people_cells(kpi, [person for _, person in rows], by_programme=[p for p, _ in rows])
            return len(rows), cells
        raise ValueError(f"KPI {kpi.key}: unknown source {source!r}")

    def _girls_share(
        self,
        kpi: KpiDefinition,
        attendees: list[tuple[str, str, str, str, str]],
        catalogue: dict[str, _ProgrammeInfo],
    ) -> tuple[float, dict[str, tuple[Cell, ...]], bool]:
        """Girls among the distinct pupils and students, in per cent: overall, per programme and
        per subject. A share over fewer than min_cell people is withheld (it would tell who is who)."""
        overall: dict[str, str] = {}
        groups: dict[str, dict[str, dict[str, str]]] = {d.PROGRAMME: defaultdict(dict), d.SUBJECT: defaultdict(dict)}
        for code, gender, age, role, programme in attendees:
            if not _admits(kpi, role, age):
                continue
            overall[code] = gender
            groups[d.PROGRAMME][programme][code] = gender
            subject = catalogue[programme].subject if programme in catalogue else "unknown"
            groups[d.SUBJECT][subject][code] = gender

        def share(people: Mapping[str, str]) -> float:
            return round(100 * sum(g == "female" for g in people.values()) / len(people), kpi.decimals)

        cells = {
            dim: tuple(
                Cell(dim, (key,), share(people) if len(people) >= self.min_cell else 0.0, False,
                     "" if len(people) >= self.min_cell else SMALL)
                for key, people in sorted(by_key.items())
            )
            for dim, by_key in groups.items()
            if dim in kpi.dimensions
        }
        if len(overall) < self.min_cell:
            return 0.0, cells, bool(overall)
        return share(overall), cells, False

    def _people_cells(
        self, kpi: KpiDefinition, people: list[_Person], by_programme: list[str] | None = None
    ) -> dict[str, tuple[Cell, ...]]:
        """Breakdown cells of a people KPI, small cells suppressed (one-way first, then cross)."""
        values: dict[Hashable, float] = {}
        lines: list[Line] = []
        order: dict[str, list[CellKey]] = {}
        for dim in kpi.dimensions:
            if dim == d.GENDER_AGE:
                continue
            if dim == d.PROGRAMME:
                assert by_programme is not None
                counts: Counter[str] = Counter(by_programme)
                categories: Sequence[str] = sorted(counts)
            else:
                counts = Counter(person.category(dim) for person in people)
                categories = _categories(kpi, dim)
            keys: list[CellKey] = [(c,) for c in categories]
            order[dim] = keys
            for key in keys:
                values[(dim, key)] = counts.get(key[0], 0)
            lines.append(Line(tuple((dim, key) for key in keys)))
        hidden = suppress(values, lines, self.min_cell)

        if d.GENDER_AGE in kpi.dimensions:
            genders, ages = _categories(kpi, d.GENDER), _categories(kpi, d.AGE_BAND)
            cross = Counter((p.gender, p.age_band) for p in people)
            cross_values: dict[Hashable, float] = {
                (d.GENDER_AGE, (g, a)): cross.get((g, a), 0) for g in genders for a in ages
            }
            cross_lines = [
                Line(tuple((d.GENDER_AGE, (g, a)) for g in genders), (d.AGE_BAND, (a,)) not in hidden) for a in ages
            ] + [
                Line(tuple((d.GENDER_AGE, (g, a)) for a in ages), (d.GENDER, (g,)) not in hidden) for g in genders
            ]
            hidden.update(suppress(cross_values, cross_lines, self.min_cell))
            values.update(cross_values)
            order[d.GENDER_AGE] = [(g, a) for g in genders for a in ages]

        return {
            dim: tuple(
                Cell(dim, key, values[(dim, key)], True, hidden.get((dim, key), "")) for key in order[dim]
            )
            for dim in kpi.dimensions
        }

    def _programme_table(
        self,
        sessions: list[tuple[str, str, int]],
        attendees: list[tuple[str, str, str, str, str]],
        results: list[KpiResult],
        catalogue: dict[str, _ProgrammeInfo],
    ) -> tuple[ProgrammeUse, ...]:
        session_count: Counter[str] = Counter()
        days: dict[str, set[str]] = defaultdict(set)
        for day, code, count in sessions:
            session_count[code] += count
            days[code].add(day)
        participants: dict[str, set[str]] = defaultdict(set)
        for participant, _g, _a, _r, code in attendees:
            participants[code].add(participant)
        graduates = next((r for r in results if r.definition.source == d.GRADUATIONS and not r.definition.roles
                          and not r.definition.tag), None)
        graduation_cells = {c.key[0]: c for c in graduates.breakdowns.get(d.PROGRAMME, ())} if graduates else {}
        codes = sorted(set(session_count) | set(graduation_cells))
        table = []
        for code in codes:
            count = len(participants.get(code, ()))
            info = catalogue.get(code)
            table.append(ProgrammeUse(
                code=code,
                subject=info.subject if info else "unknown",
                titles=info.titles if info else {"en": code},
                sessions=session_count.get(code, 0),
                days=len(days.get(code, ())),
                # Programmes overlap (one person in two), so no sum of these is published:
                # a small cell is hidden, and needs no partner.
                participants=Cell(d.PROGRAMME, (code,), count, True, SMALL if 0 < count < self.min_cell else ""),
                graduations=graduation_cells.get(code, Cell(d.PROGRAMME, (code,), 0, True)),
            ))
        return tuple(table)


# -- helpers ---------------------------------------------------------------------------------

def station_order(station: str) -> tuple:
    """kiosk-2 before kiosk-10: numbers in an id compare as numbers."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", station))


def _plain(dimension: str, keys: Iterable[str], values: Mapping[str, float]) -> tuple[Cell, ...]:
    """Cells that do not count people (never suppressed)."""
    return tuple(Cell(dimension, (key,), values.get(key, 0)) for key in keys)


def _categories(kpi: KpiDefinition, dimension: str) -> tuple[str, ...]:
    if dimension == d.AGE_BAND and kpi.age_bands:
        return kpi.age_bands
    if dimension == d.ROLE and kpi.roles:
        return kpi.roles
    return d.CATEGORIES[dimension]


def _admits(kpi: KpiDefinition, role: str, age_band: str) -> bool:
    return (not kpi.roles or role in kpi.roles) and (not kpi.age_bands or age_band in kpi.age_bands)


def _tagged(catalogue: Mapping[str, _ProgrammeInfo], code: str, tag: str) -> bool:
    if not tag:
        return True
    info = catalogue.get(code)
    return info is not None and tag in info.tags


def _exhibit_totals(rows: list[ExhibitDay]) -> dict[str, ExhibitUse]:
    runs: Counter[str] = Counter()
    completions: Counter[str] = Counter()
    active: Counter[str] = Counter()
    for row in rows:
        runs[row.exhibit_id] += row.runs
        completions[row.exhibit_id] += row.completions
        active[row.exhibit_id] += row.active_ms
    return {e: ExhibitUse(e, runs[e], completions[e], active[e]) for e in runs}


def _summarise(results: list[KpiResult], programmes: tuple[ProgrammeUse, ...], min_cell: int) -> SuppressionSummary:
    cells = [c for r in results for c in r.cells()] + [p.participants for p in programmes]
    return SuppressionSummary(
        min_cell,
        small=sum(1 for c in cells if c.hidden == SMALL),
        complementary=sum(1 for c in cells if c.hidden == COMPLEMENTARY),
    )
