"""Whose figures the dashboard shows, when a hub is configured: this station, or the whole centre.

"Whole centre" is the same statistics engine over the centre snapshot (kiosk.hub.snapshot: the
hub's records of every station in one in-memory station database, each person once). Building it
reads the hub, so it runs on a worker thread like every dashboard computation; a hub that is away
is said on the switch, and the dashboard goes back to the station's own figures.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from kiosk.exhibit.kit import SegmentedChoice
from kiosk.stats.engine import StatsEngine
from kiosk.stats.periods import Period
from kiosk.stats.targets import TargetsError, load_targets

SCOPES = ("station", "centre")


def report_targets(settings: Any) -> tuple[Any, str]:
    """(targets, problem): the centre's targets file, else the built-in targets and why."""
    try:
        return load_targets(settings.stats.targets_file or None), ""
    except TargetsError as exc:  # staff still see their figures, against the built-in targets
        return load_targets(), str(exc)


def compute_centre_report(
    dsn: str, settings: Any, period: Period, station: str | None
) -> tuple[Any, tuple[str, ...], str, Callable[[], Any]]:
    """(report, stations, targets problem, connection for exports) over the whole centre.
    Reads the hub: call on a worker thread. HubError (HubUnavailable) when the hub is away."""
    from kiosk.hub import snapshot
    from kiosk.programmes.catalogue import load_catalogue

    catalogue = load_catalogue(getattr(settings.programmes, "catalogue", "") or None)
    # The centre as its other readers see it (kpi --source, the console): its real stations, or,
    # on a centre of demo stations only, those, with the report marked demo.
    demo, _stations = snapshot.counted_stations(dsn)
    centre = snapshot.centre_snapshot(dsn, catalogue, period, include_demo=demo)
    targets, problem = report_targets(settings)
    engine = StatsEngine.for_settings(centre, settings, targets)
    report = dataclasses.replace(engine.report(period, station), demo=demo)
    return report, tuple(engine.all_stations()), problem, lambda: centre


class ScopeSwitch(SegmentedChoice):
    """Two buttons, "This station" and "Whole centre" (objectNames scope:station, scope:centre)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(list(SCOPES), parent, current="station")
        for key in SCOPES:
            self.button(key).setObjectName(f"scope:{key}")
        self.unreachable = False
        self.retranslate()

    def set_unreachable(self, unreachable: bool) -> None:
        """The hub could not be asked (or can again): the centre button says so."""
        self.unreachable = unreachable
        self.retranslate()

    def retranslate(self) -> None:
        centre = self.tr("Whole centre (not reachable)") if getattr(self, "unreachable", False) else None
        self.set_texts({"station": self.tr("This station"), "centre": centre or self.tr("Whole centre")})
