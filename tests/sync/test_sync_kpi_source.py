"""The sync reads the statistics engine's own per-day records: one record type, never a copy."""

from __future__ import annotations

import dataclasses
import datetime as dt

from kiosk.stats.daily import DailyCell
from kiosk.sync import kpi_source
from kiosk.sync.kpi_source import StatsKpiSource
from tests.sync.conftest import play_day

DAY = dt.date(2025, 3, 4)


def test_the_sync_shares_the_statistics_daily_cells(settings, station_store, station_journal, clock):
    play_day(station_journal, clock, DAY, visits=7)
    assert station_store.flush(timeout=30)  # the journal writes in the background, as the sync's scan waits
    cells = list(StatsKpiSource(settings, station_store).daily(DAY, DAY))
    assert cells and all(type(cell) is DailyCell for cell in cells)
    visits = next(c for c in cells if c.kpi == "visitors" and c.breakdown == "total")
    assert visits.value == 7 and not visits.suppressed
    assert visits.category == ("quantitative", "output")  # the FIWARE category the sync adds


def test_the_sync_has_no_record_type_of_its_own():
    copies = [name for name, value in vars(kpi_source).items()
              if dataclasses.is_dataclass(value) and value.__module__ == kpi_source.__name__]
    assert copies == [], f"kiosk.sync.kpi_source defines its own record type again: {copies}"
