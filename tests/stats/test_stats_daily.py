"""Per-day KPI cells for the sync."""

from __future__ import annotations

import datetime as dt

from kiosk.stats.daily import daily_cells
from kiosk.stats.engine import StatsEngine
from kiosk.stats.periods import Period


def test_daily_totals_add_up_to_the_period_for_additive_kpis(demo_conn):
    engine = StatsEngine(demo_conn)
    first, last = dt.date(2026, 10, 12), dt.date(2026, 10, 18)
    cells = list(daily_cells(engine, first, last, "kiosk-1"))
    totals = {}
    for cell in cells:
        if cell.breakdown == "total":
            totals[cell.kpi] = totals.get(cell.kpi, 0) + cell.value
    week = engine.report(Period.custom(first, last), "kiosk-1")
    for key in ("visitors", "exhibit_runs", "exhibit_completions", "graduates"):
        assert totals[key] == week.kpi(key).value
    assert {c.day for c in cells} == set(Period.custom(first, last).each_day())


def test_daily_cells_say_which_are_suppressed_and_carry_no_hidden_value(demo_conn):
    cells = list(daily_cells(StatsEngine(demo_conn), dt.date(2026, 10, 13), dt.date(2026, 10, 13), "kiosk-1"))
    hidden = [c for c in cells if c.suppressed]
    assert hidden and all(c.people and c.value == 0 for c in hidden)
    names = {c.breakdown for c in cells if c.kpi == "pupils_students"}
    assert {"total", "gender-female", "age-9-12", "role-pupil", "gender-male.age-13-15"} <= names


def test_daily_cells_read_one_station(demo_conn):
    cells = list(daily_cells(StatsEngine(demo_conn), dt.date(2026, 10, 13), dt.date(2026, 10, 13), "kiosk-2"))
    visitors = next(c for c in cells if c.kpi == "visitors" and c.breakdown == "total")
    expected = demo_conn.execute(
        "SELECT COUNT(*) FROM visits WHERE station_id = 'kiosk-2' AND local_day = '2026-10-13'").fetchone()[0]
    assert visitors.value == expected > 0
