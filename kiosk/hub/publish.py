"""The centre's period entities as the hub's data gives them (``kiosk hub publish``).

What the city receives, and how it is queued, lives in the sync layer (``kiosk.sync.centre``),
shared with a single kiosk that is its own centre. This module only reads the hub: the
centre's report over the hub's snapshot (every station, each person once), and the time the
hub last received a record, used as ``dateModified`` so two publishers on the same hub data
queue identical payloads.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.hub.connection import connect
from kiosk.stats.engine import StatsEngine
from kiosk.stats.targets import Targets
from kiosk.sync.centre import CentreEntities, centre_entities, queue_centre_entities
from kiosk.timestamps import iso_utc

# kiosk.cli.hub queues what compute_from_hub gives through this module.
__all__ = ["compute_from_hub", "hub_data_time", "queue_centre_entities"]


def hub_data_time(dsn: str) -> str:
    """When the hub last received a record (the entities' dateModified): the same for every
    publisher reading the same hub data."""
    hub = connect(dsn, purpose="publish")
    try:
        moment = hub.execute(
            "SELECT GREATEST((SELECT max(received_at) FROM visits), (SELECT max(received_at) FROM programme_sessions))"
        ).fetchone()[0]
    finally:
        hub.close()
    moment = moment or dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    return iso_utc(moment)


def compute_from_hub(dsn: str, settings: Any, today: dt.date | None = None) -> CentreEntities:
    """The centre's period entities as the hub's data gives them today."""
    from kiosk.hub.snapshot import centre_snapshot
    from kiosk.programmes.catalogue import load_catalogue

    zone = ZoneInfo(settings.station.timezone)
    today = today or dt.datetime.now(zone).date()
    catalogue = load_catalogue(getattr(settings.programmes, "catalogue", "") or None)
    # People, sessions and check-ins only: the city gets the additive counts (visits, runs) daily
    # from each station, so copying a year of them here would only cost time (most of it).
    snapshot = centre_snapshot(dsn, catalogue)
    engine = StatsEngine(
        snapshot, targets=Targets({}, Path("-")), min_cell=settings.stats.min_cell,
        timezone=settings.station.timezone, languages=tuple(settings.ui.languages),
    )
    return centre_entities(
        lambda period: engine.report(period), settings.station.site, today, settings.stats.min_cell,
        hub_data_time(dsn),
    )
