"""A KPI report as the KPI page shows it: rows against targets, gender x age tables, chart data.

Only what the exports may show: a suppressed cell has no number here (``None``), a withheld
value neither, so nothing hidden in a file can be read off the page or its chart data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.stats import definitions as d
from kiosk.stats.engine import KpiReport, KpiResult
from kiosk.stats.texts import format_number, format_percent, period_label


@dataclass(frozen=True)
class KpiRow:
    key: str
    title: str
    how: str
    value: str  # formatted; "" when withheld
    unit: str
    target: str  # the period's target, formatted ("" without one)
    progress_pct: int | None  # value / target in per cent (None without a target)
    state: str  # "on-track", "behind", "none"


@dataclass(frozen=True)
class CrossTable:
    """A gender x age table of one people KPI: rows age bands, columns genders."""

    key: str
    title: str
    genders: tuple[str, ...]  # labels
    rows: tuple[tuple[str, tuple[str | None, ...]], ...]  # (age band label, cells: text, or None if hidden)


@dataclass(frozen=True)
class KpiView:
    period: str
    rows: tuple[KpiRow, ...]
    tables: tuple[CrossTable, ...]
    hidden_cells: int
    min_cell: int
    charts: dict[str, Any]  # data for console.js (visits per day, people by gender and age)


def _row(result: KpiResult, language: str) -> KpiRow:
    kpi = result.definition
    percent = kpi.unit == "percent"
    if result.shown is None:
        value = ""
    elif percent:
        value = format_percent(result.value / 100, language)
    else:
        value = format_number(result.value, kpi.decimals, language)
    target = "" if result.period_target is None else (
        format_percent(result.period_target / 100, language) if percent
        else format_number(result.period_target, kpi.decimals, language))
    progress = None if result.progress is None else round(result.progress * 100)
    state = "none" if progress is None else ("on-track" if progress >= 100 else "behind")
    return KpiRow(kpi.key, kpi.text("title", language), kpi.text("how", language), value,
                  d.UNITS[kpi.unit].get(language, kpi.unit) if not percent else "", target, progress, state)


def _cross(result: KpiResult, language: str) -> CrossTable | None:
    cells = {cell.key: cell for cell in result.breakdowns.get(d.GENDER_AGE, ())}
    if not cells:
        return None
    genders = tuple(g for g in d.CATEGORIES[d.GENDER] if any(k[0] == g for k in cells))
    bands = tuple(b for b in d.CATEGORIES[d.AGE_BAND] if any(k[1] == b for k in cells))
    rows = []
    for band in bands:
        values = []
        for gender in genders:
            cell = cells.get((gender, band))
            values.append("0" if cell is None else None if cell.shown is None
                          else format_number(cell.shown, 0, language))
        rows.append((d.category_label(d.AGE_BAND, band, language), tuple(values)))
    return CrossTable(result.key, result.definition.text("title", language),
                      tuple(d.category_label(d.GENDER, g, language) for g in genders), tuple(rows))


def kpi_view(report: KpiReport, language: str) -> KpiView:
    # A table of nothing but zeros says nothing; hidden cells count as something (they are not zero).
    tables = tuple(t for t in (_cross(r, language) for r in report.kpis)
                   if t is not None and any(cell != "0" for _, cells in t.rows for cell in cells))
    # Only the days there can be records for: the months before the first record and the days still
    # to come are left out, not drawn as days nobody came (as the dashboard and the PDF do).
    by_day = [(day, visits) for day, visits in report.daily_visitors() if visits is not None]
    people: dict[str, Any] = {}
    first_people = next((r for r in report.kpis if r.breakdowns.get(d.GENDER_AGE)), None)
    if first_people is not None:
        cells = {c.key: c for c in first_people.breakdowns[d.GENDER_AGE]}
        bands = list(d.CATEGORIES[d.AGE_BAND])
        people = {
            "title": first_people.definition.text("title", language),
            "labels": [d.category_label(d.AGE_BAND, b, language) for b in bands],
            "series": [
                {"label": d.category_label(d.GENDER, g, language),
                 "values": [None if (g, b) not in cells else cells[(g, b)].shown for b in bands]}
                for g in d.CATEGORIES[d.GENDER]
            ],
        }
    return KpiView(
        period=f"{period_label(report.period, language)} ({report.period.first_text} – {report.period.last_text})",
        rows=tuple(_row(r, language) for r in report.kpis),
        tables=tables,
        hidden_cells=report.suppression.total,
        min_cell=report.min_cell,
        charts={
            "visits": {"labels": [day.isoformat() for day, _ in by_day], "values": [n for _, n in by_day]},
            "people": people,
        },
    )
