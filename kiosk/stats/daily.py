"""Per-day KPI cells for the sync (kiosk/sync): one value per station, KPI, breakdown and local day.

The sync turns each cell into a FIWARE KeyPerformanceIndicator entity; it never computes a KPI
itself. ``DailyCell`` is the one record type both use: the sync reads the cells as they are
(``kiosk.sync.kpi_source`` adds the FIWARE category), and a suppressed cell says so: its value
must not leave the kiosk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kiosk.stats.periods import Period

if TYPE_CHECKING:  # the engine is loaded by whoever builds one; the sync's record type stays light
    from kiosk.stats.engine import StatsEngine


@dataclass(frozen=True)
class DailyCell:
    """One KPI cell of one local day at one station: an absolute total, never an increment."""

    kpi: str  # stable key of the KPI definition, e.g. "visitors"
    breakdown: str  # "total", or the cell's name, e.g. "gender-female" or "role-pupil.age-9-12"
    day: dt.date
    value: int | float
    unit: str = ""  # what is counted: "visits", "people", "minutes", ...
    people: bool = False  # counts people: small-cell suppression applies to its breakdown cells
    category: tuple[str, ...] = ("quantitative",)  # FIWARE category enumeration values
    process: str = ""  # the activity the KPI evaluates, e.g. "exhibits", "STEM programmes"
    description: str = ""  # the definition's fixed English text (never text typed by a person)
    suppressed: bool = False  # the engine hid this cell (its value is then meaningless)
    extra: tuple[tuple[str, str], ...] = field(default=())  # reserved for definition metadata


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

