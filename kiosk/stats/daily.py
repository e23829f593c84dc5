"""Per-day KPI cells for the sync (kiosk/sync): one value per station, KPI, breakdown and local day.

The sync turns each cell into a FIWARE KeyPerformanceIndicator entity; it never computes a KPI
itself. Cells carry the same fields as ``kiosk.sync.kpi_source.DailyKpi`` (so the sync can use
them as they are, or copy them field by field), and a suppressed cell says so: its value must
not leave the kiosk.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kiosk.stats.engine import StatsEngine
from kiosk.stats.periods import Period


@dataclass(frozen=True)
class DailyCell:
    """One KPI cell of one local day at one station: an absolute total, never an increment."""

    kpi: str
    breakdown: str  # "total" or the cell's name, e.g. "gender-female.age-9-12"
    day: dt.date
    value: int | float
    unit: str = ""
    people: bool = False
    category: tuple[str, ...] = ("quantitative",)
    process: str = ""
    description: str = ""
    suppressed: bool = False
    extra: tuple[tuple[str, str], ...] = field(default=())


def daily_cells(engine: StatsEngine, first: dt.date, last: dt.date, station: str | None) -> Iterator[DailyCell]:
    """Every KPI cell of each day from ``first`` to ``last`` (inclusive) at ``station``."""
    day = first
    while day <= last:
        report = engine.report(Period.day(day), station)
        for result in report.kpis:
            kpi = result.definition
            for name, value, suppressed in [("total", result.value, result.withheld)] + [
                (cell.name, 0 if cell.suppressed else cell.value, cell.suppressed) for cell in result.cells()
            ]:
                yield DailyCell(kpi.key, name, day, value, unit=kpi.unit, people=kpi.people, process=kpi.process,
                                description=kpi.how["en"], suppressed=suppressed)
        day += dt.timedelta(days=1)


class EngineKpiSource:
    """The statistics engine as the sync's ``KpiSource``: ``daily(first, last)`` for this station.

    ``connect`` returns a read connection for the calling thread (e.g. ``store.reader``).
    """

    def __init__(self, connect: Callable[[], sqlite3.Connection], settings: Any) -> None:
        self.connect = connect
        self.settings = settings

    def daily(self, first: dt.date, last: dt.date) -> Iterator[DailyCell]:
        engine = StatsEngine.for_settings(self.connect(), self.settings)
        yield from daily_cells(engine, first, last, self.settings.station.id)
