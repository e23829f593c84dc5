"""Centre-wide additive figures from a city KPI database the stations' sync fills (``--sink postgres``).

This reads the stations' daily KPI cells (table ``kpi_observations``): the counts that add up
over days and stations (visits, exhibit runs, completions, active minutes). Counts of distinct
people cannot be had from daily cells (a pupil would count once per day and station), so they
are not here: a centre's KPIs, each person once, come from its centre database (the hub:
``kiosk kpi --source HUB_DSN`` reads it through kiosk.hub.snapshot). This module serves a city
database that is not a hub, or a centre without one.

``central_report(dsn, first, last)`` sums the stations' daily KPI cells over a period, per KPI
and breakdown: the same numbers as adding up each station's own report for that period.
``central_cells`` gives the daily cells themselves, as ``DailyCell`` rows, for a report that
wants its own grouping. Suppressed cells (no number) are left out, as they are in each
station's own report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.stats.daily import DailyCell


class CentralSourceError(Exception):
    """The central database cannot be read; the message says why (never the password)."""


@dataclass(frozen=True)
class CentralRow:
    """One KPI cell summed over the period and the stations."""

    kpi: str
    breakdown: str
    value: float
    unit: str
    stations: int  # how many stations contributed
    days: int  # how many local days contributed


def _connect(dsn: str) -> Any:
    import psycopg

    from kiosk.sync.sinks import SyncConfigError
    from kiosk.sync.sinks.postgres import redact

    try:
        address = redact(dsn)
    except SyncConfigError as exc:
        raise CentralSourceError(str(exc).replace("sync.dsn", "--source")) from None
    try:
        return psycopg.connect(dsn, connect_timeout=10, application_name="vizium-kiosk-report")
    except psycopg.OperationalError as exc:
        first_line = (str(exc).strip().splitlines() or ["cannot connect"])[0]
        raise CentralSourceError(f"cannot connect to {address}: {first_line}") from None


def _where(first: dt.date, last: dt.date, stations: Sequence[str] | None, site: str | None) -> tuple[str, list[Any]]:
    if last < first:
        raise ValueError(f"the period ends ({last}) before it starts ({first})")
    clauses = ["period_from >= %s", "period_to <= %s", "kpi_value IS NOT NULL"]
    params: list[Any] = [first, last]
    if stations:
        clauses.append("station = ANY(%s)")
        params.append(list(stations))
    if site:
        clauses.append("site = %s")
        params.append(site)
    return " AND ".join(clauses), params


def _query(dsn: str, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    import psycopg

    conn = _connect(dsn)
    try:
        with conn.cursor() as cursor:
            cursor.execute(sql, params)
            return list(cursor.fetchall())
    except psycopg.errors.UndefinedTable:
        raise CentralSourceError(
            "it is neither a centre database nor a city KPI database (no kpi_observations table: no station has"
            " synced to it). For a centre, set up its database with `kiosk hub init --dsn DSN` and let the stations"
            " replicate to it"
        ) from None
    except psycopg.Error as exc:
        raise CentralSourceError(f"the central database answered: {str(exc).strip()[:300]}") from None
    finally:
        conn.close()


def central_report(
    dsn: str,
    first: dt.date,
    last: dt.date,
    *,
    stations: Sequence[str] | None = None,
    site: str | None = None,
) -> list[CentralRow]:
    """Per KPI and breakdown, the sum over every station's days in first..last (inclusive)."""
    where, params = _where(first, last, stations, site)
    rows = _query(
        dsn,
        "SELECT kpi, breakdown, SUM(kpi_value), COALESCE(MAX(unit), ''), COUNT(DISTINCT station),"
        f" COUNT(DISTINCT period_from) FROM kpi_observations WHERE {where}"
        " GROUP BY kpi, breakdown ORDER BY kpi, breakdown",
        params,
    )
    return [
        CentralRow(kpi, breakdown, float(total), unit, int(n), int(days))
        for kpi, breakdown, total, unit, n, days in rows
    ]


def central_cells(
    dsn: str,
    first: dt.date,
    last: dt.date,
    *,
    stations: Sequence[str] | None = None,
    site: str | None = None,
) -> list[tuple[str, DailyCell]]:
    """Every station's daily cells in first..last, as (station, DailyCell)."""
    where, params = _where(first, last, stations, site)
    rows = _query(
        dsn,
        "SELECT station, kpi, breakdown, period_from, kpi_value, COALESCE(unit, ''), payload"
        f" FROM kpi_observations WHERE {where} ORDER BY period_from, station, kpi, breakdown",
        params,
    )
    cells = []
    for station, kpi, breakdown, day, value, unit, payload in rows:
        number = int(value) if float(value).is_integer() else float(value)
        cells.append(
            (
                station,
                DailyCell(
                    kpi=kpi,
                    breakdown=breakdown,
                    day=day,
                    value=number,
                    unit=unit,
                    category=tuple(payload.get("category", ())),
                    process=payload.get("process", ""),
                    description=payload.get("description", ""),
                ),
            )
        )
    return cells


def _cell_key(name: str) -> tuple[str, tuple[str, ...]] | None:
    """A breakdown cell's name back to (dimension, key): "gender-female.age-9-12" -> gender_age."""
    from kiosk.stats import definitions as d

    by_prefix = {prefix: dim for dim, prefix in d.CELL_PREFIX.items()}
    dims, values = [], []
    for part in name.split("."):
        prefix, _, value = part.partition("-")
        if prefix not in by_prefix or not value:
            return None
        dims.append(by_prefix[prefix])
        values.append(value)
    if dims == [d.GENDER, d.AGE_BAND]:
        return d.GENDER_AGE, tuple(values)
    return (dims[0], tuple(values)) if len(dims) == 1 else None


@dataclass
class _Sums:
    """The central cells of a period, added up the ways a KpiReport needs them."""

    totals: dict[str, float] = field(default_factory=dict)
    cells: dict[tuple[str, str, tuple[str, ...]], float] = field(default_factory=dict)
    visits: dict[tuple[dt.date, str], int] = field(default_factory=dict)
    languages: dict[tuple[dt.date, str], dict[str, int]] = field(default_factory=dict)
    exhibits: dict[tuple[dt.date, str], list[float]] = field(default_factory=dict)
    session_days: set[dt.date] = field(default_factory=set)
    stations: set[str] = field(default_factory=set)


_EXHIBIT_MEASURES = {"exhibit_runs": 0, "exhibit_completions": 1, "exhibit_active_minutes": 2}


def _add_up(rows: list[tuple[str, DailyCell]]) -> _Sums:
    from kiosk.stats import definitions as d

    sums = _Sums()
    for station, cell in rows:
        sums.stations.add(station)
        if cell.breakdown == "total":
            sums.totals[cell.kpi] = sums.totals.get(cell.kpi, 0) + cell.value
            if cell.kpi == "visitors":
                sums.visits[(cell.day, station)] = int(cell.value)
            continue
        parsed = _cell_key(cell.breakdown)
        if parsed is None:
            continue
        dimension, key = parsed
        sums.cells[(cell.kpi, dimension, key)] = sums.cells.get((cell.kpi, dimension, key), 0) + cell.value
        if cell.kpi == "visitors" and dimension == d.LANGUAGE:
            sums.languages.setdefault((cell.day, station), {})[key[0]] = int(cell.value)
        elif cell.kpi in _EXHIBIT_MEASURES and dimension == d.EXHIBIT:
            sums.exhibits.setdefault((cell.day, key[0]), [0, 0, 0])[_EXHIBIT_MEASURES[cell.kpi]] += cell.value
        elif cell.kpi == "after_school_days" and key == ("days",) and cell.value > 0:
            sums.session_days.add(cell.day)
    return sums


def central_kpi_report(
    dsn: str,
    period: Any,
    *,
    stations: Sequence[str] | None = None,
    site: str | None = None,
    targets: Any = None,
    min_cell: int = 5,
    timezone: str = "Europe/Riga",
    languages: tuple[str, ...] = ("lv", "en", "ru"),
) -> Any:
    """A ``kiosk.stats.engine.KpiReport`` over every station in the central database.

    Built from the daily entities the stations synced, so the same tables, exports and PDF
    render it. Each figure is the sum of the stations' daily figures over the period. Stations
    send daily only the additive counts (visits, exhibit runs, completions, active minutes): a
    sum of daily distinct counts would count a pupil once per day and station, so the KPIs that
    count people, programmes or shares are withheld here (shown as hidden, never as a 0 or as
    the sum of what an older station version sent): they come from the hub, each person once.
    Cells a station suppressed never left it, so they are absent here too. There is no
    per-programme table (the central database has no programme rows).
    """
    from kiosk.stats import definitions as d
    from kiosk.stats.engine import Cell, DayVisits, ExhibitDay, ExhibitUse, KpiReport, KpiResult, SuppressionSummary
    from kiosk.stats.targets import Targets

    targets = targets if targets is not None else Targets({}, Path("-"))
    sums = _add_up(central_cells(dsn, period.first, period.last, stations=stations, site=site))
    results = []
    for kpi in d.KPIS:
        target = targets.get(kpi.key)
        if kpi.source not in d.ADDITIVE_SOURCES:  # not to be had from daily cells: see the docstring
            results.append(KpiResult(kpi, 0, dict.fromkeys(kpi.dimensions, ()), target,
                                     target.for_period(period) if target else None, withheld=True))
            continue
        value = sums.totals.get(kpi.key, 0)
        breakdowns = {}
        for dim in kpi.dimensions:
            if dim in d.CATEGORIES:
                keys: list[tuple[str, ...]] = [(c,) for c in d.CATEGORIES[dim]]
            else:
                keys = sorted({key for (k, dimension, key) in sums.cells if k == kpi.key and dimension == dim})
            breakdowns[dim] = tuple(
                Cell(dim, key, round(sums.cells.get((kpi.key, dim, key), 0), 2), kpi.people) for key in keys
            )
        results.append(
            KpiResult(kpi, round(value, 2), breakdowns, target, target.for_period(period) if target else None)
        )
    visitors_daily = tuple(
        DayVisits(day, station, sums.visits.get((day, station), 0), sums.languages.get((day, station), {}))
        for day, station in sorted(set(sums.visits) | set(sums.languages))
    )
    exhibit_daily = tuple(
        ExhibitDay(day, exhibit, int(runs), int(completed), round(minutes * 60_000))
        for (day, exhibit), (runs, completed, minutes) in sorted(sums.exhibits.items())
    )
    per_exhibit: dict[str, list[int]] = {}
    for row in exhibit_daily:
        slot = per_exhibit.setdefault(row.exhibit_id, [0, 0, 0])
        slot[0] += row.runs
        slot[1] += row.completions
        slot[2] += row.active_ms
    exhibits = sorted((ExhibitUse(e, *v) for e, v in per_exhibit.items()), key=lambda u: (-u.runs, u.exhibit_id))
    return KpiReport(
        period=period,
        station=stations[0] if stations and len(stations) == 1 else None,
        stations=tuple(sorted(sums.stations)),
        timezone=timezone,
        min_cell=min_cell,
        computed_at=dt.datetime.now(dt.UTC),
        kpis=tuple(results),
        visitors_daily=visitors_daily,
        exhibits=tuple(exhibits),
        exhibit_daily=exhibit_daily,
        programmes=(),
        suppression=SuppressionSummary(min_cell),
        languages=languages,
    )
