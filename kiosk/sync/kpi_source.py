"""Where the sync gets its numbers: the statistics engine's per-day KPIs, behind one small seam.

The sync never computes a KPI itself. It asks a ``KpiSource`` for the KPI cells of a range of
local days and turns each cell into an entity. The cells are the statistics engine's own
``DailyCell`` records (kiosk.stats.daily); ``StatsKpiSource`` reads them for this station, and
tests and benchmarks may pass any object with the same ``daily`` method.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kiosk.config import Settings
from kiosk.stats.daily import DailyCell, daily_cells
from kiosk.store import Store

if TYPE_CHECKING:
    from kiosk.stats.engine import StatsEngine


class KpiSource(Protocol):
    """Anything that yields the KPI cells of the local days first..last (inclusive)."""

    def daily(self, first: dt.date, last: dt.date) -> Iterable[DailyCell]: ...


#: FIWARE category values by what a KPI counts: use of the centre is an output; the offer
#: (programmes, after-school days) is an input the centre provides.
_CATEGORIES = {"programmes": ("quantitative", "input"), "after_school_days": ("quantitative", "input")}
_DEFAULT_CATEGORY = ("quantitative", "output")


class StatsKpiSource:
    """The statistics engine's per-day cells (``kiosk.stats.daily.daily_cells``) for this station.

    Only the additive KPIs (``definitions.ADDITIVE_SOURCES``: visits, exhibit runs, completions,
    active minutes) are shared per station and day: they add up over days and stations. A daily
    count of distinct people, programmes or shares does not (summed, a pupil counts once per day
    and station), so those go once per centre and period (``kiosk.sync.centre``). Their cells
    still come, flagged suppressed, so the outbox withdraws any cell an older version of the
    station sent (``shared_kpis`` names what is shared, to find those days).

    Cells the engine suppressed come flagged (so a cell that was shared before can be
    withdrawn); zero breakdown cells are left out (a consumer reads a missing cell as zero,
    and most cells of a day are zero). Totals are always kept.
    """

    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        self.store = store
        self.station = settings.station.id
        from kiosk.stats import definitions as d

        #: The KPIs this source shares per station and day; every other KPI comes withheld.
        self.shared_kpis = frozenset(k.key for k in d.KPIS if k.source in d.ADDITIVE_SOURCES)

    def _engine(self) -> StatsEngine:
        from kiosk.stats.engine import StatsEngine
        from kiosk.stats.targets import Targets

        # The sync needs no targets: a staff member's broken targets file must not stop it.
        return StatsEngine(
            self.store.reader(),
            targets=Targets({}, Path("-")),
            min_cell=self.settings.stats.min_cell,
            timezone=self.settings.station.timezone,
            languages=tuple(self.settings.ui.languages),
        )

    def daily(self, first: dt.date, last: dt.date) -> Iterator[DailyCell]:
        from kiosk.stats.definitions import definition

        for cell in daily_cells(self._engine(), first, last, self.station):
            shared = cell.kpi in self.shared_kpis
            if shared and cell.breakdown != "total" and cell.value == 0 and not cell.suppressed:
                continue
            yield dataclasses.replace(
                cell,
                category=_CATEGORIES.get(definition(cell.kpi).source, _DEFAULT_CATEGORY),
                suppressed=cell.suppressed or not shared,
            )

