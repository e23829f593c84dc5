"""The tables of an export, as data: columns with a type and a header in every language, and a
function that yields the rows. The CSV and XLSX writers know nothing about KPIs.

Aggregate tables come from a ``KpiReport`` (small, in memory); the raw ``visits`` and
``exhibit_runs`` tables are streamed from SQLite a batch at a time, so memory stays flat
however long the period. A suppressed cell is written as an empty value with a note: the
number itself never reaches a file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kiosk.stats.definitions import DIMENSION_TITLES, UNITS
from kiosk.stats.engine import Cell, KpiReport
from kiosk.stats.texts import format_date, period_label, text

# Column kinds: how a value is written (XLSX types them; CSV writes text).
TEXT, INT, NUMBER, PERCENT, DATE, DATETIME = "text", "int", "number", "percent", "date", "datetime"

Row = tuple[object, ...]


@dataclass(frozen=True)
class Column:
    key: str  # key of texts.TEXTS ("col_...")
    kind: str
    decimals: int = 0
    header_values: tuple[tuple[str, object], ...] = ()  # placeholders of the header text

    def header(self, language: str) -> str:
        return text(self.key, language, **dict(self.header_values))


@dataclass(frozen=True)
class Table:
    """One table of an export: a CSV file, or an XLSX sheet."""

    name: str  # file name stem and stable id, e.g. "exhibit_runs"
    columns: tuple[Column, ...]
    rows: Callable[[], Iterator[Row]]
    row_count: int  # how many rows rows() yields (for progress)
    raw: bool = False  # streamed from the database

    def title(self, language: str) -> str:
        return text(f"sheet_{self.name}", language)


def _c(key: str, kind: str = TEXT, decimals: int = 0, **header: object) -> Column:
    return Column(key, kind, decimals, tuple(header.items()))


def _note(cell: Cell, min_cell: int, language: str) -> str:
    """The same words for every hidden cell, small or partner (which is which must not show)."""
    return text("hidden_privacy", language) if cell.suppressed else ""


def report_tables(report: KpiReport, conn: sqlite3.Connection | None, language: str) -> list[Table]:
    """Every table of an export for a report, in order (raw tables only with a connection)."""
    tables = [
        kpi_table(report, language),
        breakdown_table(report, language),
        _visitors_daily(report),
        _exhibits(report),
        _exhibit_daily(report),
        _programmes(report, language),
    ]
    if conn is not None:
        tables += [visits_table(report, conn), runs_table(report, conn)]
    return tables


def kpi_table(report: KpiReport, language: str) -> Table:
    columns = (
        _c("col_kpi"), _c("col_name"), _c("col_value", NUMBER, 2), _c("col_unit"),
        _c("col_target_period", NUMBER, 2), _c("col_target", NUMBER, 2), _c("col_target_years", NUMBER, 2),
        _c("col_progress", PERCENT), _c("col_due", DATE), _c("col_how"),
    )
    def rows() -> Iterator[Row]:
        for result in report.kpis:
            kpi, target = result.definition, result.target
            yield (
                kpi.key, kpi.text("title", language), result.shown, UNITS[kpi.unit].get(language, kpi.unit),
                result.period_target, target.value if target else None, target.years if target else None,
                result.progress, format_date(target.due) if target and target.due else None,
                kpi.text("how", language),
            )

    return Table("kpis", columns, rows, len(report.kpis))


def breakdown_table(report: KpiReport, language: str) -> Table:
    columns = (
        _c("col_kpi"), _c("col_name"), _c("col_dimension"), _c("col_cell"), _c("col_label"),
        _c("col_value", NUMBER, 2), _c("col_note"),
    )
    count = sum(1 for r in report.kpis for _ in r.cells())

    def rows() -> Iterator[Row]:
        for result in report.kpis:
            kpi = result.definition
            for cell in result.cells():
                yield (
                    kpi.key, kpi.text("title", language),
                    DIMENSION_TITLES[cell.dimension].get(language, cell.dimension),
                    cell.name, cell.label(language), cell.shown, _note(cell, report.min_cell, language),
                )

    return Table("breakdowns", columns, rows, count)


def _visitors_daily(report: KpiReport) -> Table:
    languages = report.languages
    columns = (
        _c("col_day", DATE), _c("col_station"), _c("col_visits", INT),
        *(_c("col_visits_lang", INT, lang=lang) for lang in languages),
    )

    def rows() -> Iterator[Row]:
        for row in report.visitors_daily:
            yield (row.day.isoformat(), row.station, row.visits,
                   *(row.by_language.get(lang, 0) for lang in languages))

    return Table("visitors_daily", columns, rows, len(report.visitors_daily))


def _exhibits(report: KpiReport) -> Table:
    columns = (
        _c("col_exhibit"), _c("col_runs", INT), _c("col_completions", INT), _c("col_completion_rate", PERCENT),
        _c("col_active_minutes", NUMBER, 1), _c("col_minutes_per_run", NUMBER, 2),
    )

    def rows() -> Iterator[Row]:
        for use in report.exhibits:
            yield (use.exhibit_id, use.runs, use.completions, use.completion_rate, round(use.active_minutes, 1),
                   round(use.active_minutes / use.runs, 2) if use.runs else None)

    return Table("exhibits", columns, rows, len(report.exhibits))


def _exhibit_daily(report: KpiReport) -> Table:
    columns = (
        _c("col_day", DATE), _c("col_exhibit"), _c("col_runs", INT), _c("col_completions", INT),
        _c("col_active_minutes", NUMBER, 1),
    )

    def rows() -> Iterator[Row]:
        for row in report.exhibit_daily:
            yield (row.day.isoformat(), row.exhibit_id, row.runs, row.completions, round(row.active_ms / 60_000, 1))

    return Table("exhibit_daily", columns, rows, len(report.exhibit_daily))


def _programmes(report: KpiReport, language: str) -> Table:
    columns = (
        _c("col_code"), _c("col_title"), _c("col_subject"), _c("col_sessions", INT), _c("col_days", INT),
        _c("col_participants", INT), _c("col_graduations", INT), _c("col_note"),
    )

    def rows() -> Iterator[Row]:
        for programme in report.programmes:
            notes = [n for n in (_note(programme.participants, report.min_cell, language),
                                 _note(programme.graduations, report.min_cell, language)) if n]
            yield (programme.code, programme.title(language), programme.subject, programme.sessions,
                   programme.days, programme.participants.shown, programme.graduations.shown, "; ".join(notes))

    return Table("programmes", columns, rows, len(report.programmes))


# -- raw rows, streamed ----------------------------------------------------------------------

BATCH_ROWS = 2_000

_VISITS_RAW = """
    SELECT id, station_id, local_day, started_at, ended_at, language, end_reason, programme_session_id
      FROM visits WHERE local_day BETWEEN :first AND :last {station}
     ORDER BY local_day, id
"""
_RUNS_RAW = """
    SELECT r.id, r.visit_id, v.station_id, r.exhibit_id, r.local_day, r.started_at, r.ended_at,
           r.active_ms / 1000.0, r.outcome, r.score, r.interactions
      FROM exhibit_runs r JOIN visits v ON v.id = r.visit_id
     WHERE r.local_day BETWEEN :first AND :last {station}
     ORDER BY r.local_day, r.id
"""


def _stream(conn: sqlite3.Connection, sql: str, params: dict[str, object]) -> Iterator[Row]:
    cursor = conn.execute(sql, params)
    try:
        while True:
            batch = cursor.fetchmany(BATCH_ROWS)
            if not batch:
                return
            yield from batch
    finally:
        cursor.close()


def _params(report: KpiReport) -> dict[str, object]:
    return {"first": report.period.first_text, "last": report.period.last_text, "station": report.station}


def visits_table(report: KpiReport, conn: sqlite3.Connection) -> Table:
    columns = (
        _c("col_id", INT), _c("col_station"), _c("col_day", DATE), _c("col_started", DATETIME),
        _c("col_ended", DATETIME), _c("col_language"), _c("col_end_reason"), _c("col_session", INT),
    )
    sql = _VISITS_RAW.format(station="AND station_id = :station" if report.station else "")
    count = int(report.kpi("visitors").value)
    return Table("visits", columns, lambda: _stream(conn, sql, _params(report)), count, raw=True)


def runs_table(report: KpiReport, conn: sqlite3.Connection) -> Table:
    columns = (
        _c("col_id", INT), _c("col_visit", INT), _c("col_station"), _c("col_exhibit"), _c("col_day", DATE),
        _c("col_started", DATETIME), _c("col_ended", DATETIME), _c("col_active_s", NUMBER, 3),
        _c("col_outcome"), _c("col_score", NUMBER, 2), _c("col_interactions", INT),
    )
    sql = _RUNS_RAW.format(station="AND v.station_id = :station" if report.station else "")
    count = int(report.kpi("exhibit_runs").value)
    return Table("exhibit_runs", columns, lambda: _stream(conn, sql, _params(report)), count, raw=True)


def about_rows(report: KpiReport, language: str) -> list[tuple[str, str]]:
    """What the report is: period, station, time zone, when, and the privacy note."""
    station = report.station or text("all_stations", language)
    rows = [
        (text("period", language), f"{period_label(report.period, language)} "
                                   f"({report.period.first_text} – {report.period.last_text})"),
        (text("station", language), station),
        (text("timezone", language), f"{report.timezone} ({text('days_note', language)})"),
        (text("generated", language), report.computed_at.strftime("%Y-%m-%d %H:%M UTC")),
        (text("min_cell", language), str(report.min_cell)),
        (text("suppressed_cells", language), str(report.suppression.total)),
    ]
    if report.demo:
        rows.insert(0, (text("data", language), text("demo_note", language)))
    return rows


def privacy_note(report: KpiReport, language: str) -> str:
    summary = report.suppression
    if summary.total == 0:
        return text("no_suppression", language, n=report.min_cell)
    return text("privacy_note", language, n=report.min_cell, small=summary.small, comp=summary.complementary)
