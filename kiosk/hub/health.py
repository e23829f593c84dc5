"""Station health at the hub (issue 19): what a running kiosk says about itself every heartbeat.

A beat is a small JSON object, written to ``stations.last_beat`` (the latest, in place) and to
``station_beats`` (a week of history for the console's station page). The console's floor
(kiosk.console.floor) reads it; its keys:

- ``version``, ``heartbeat_s`` (how often this station beats), ``uptime_s``, ``open`` (by the
  opening hours), ``settings_version`` (the hub settings version it runs, or null);
- ``camera``: null when no camera activity ran since the start, else ``state`` ("live", "demo",
  "starting", "stopped", or "missing", "lost", "failed", "error" when something is wrong),
  ``status`` (the camera's own words), ``fps`` (frames captured per second), ``running``, ``source``;
- ``disk_free_mb`` of the data folder; ``store``: ``health`` ("ok" or what is wrong),
  ``pending_writes``, ``unsaved``;
- ``waiting_hub`` (records not yet at the hub), ``provisional`` (badges waiting for the hub),
  ``waiting_city`` (KPI entities no target has confirmed);
- ``exhibit_faults`` and ``errors`` (kiosk errors): what happened since the last beat, each
  ``at``, ``kind``, ``exhibit``, ``message`` (the error's first words, never a traceback);
- ``last_crash``: ``at`` and ``message`` of the last unclean stop, or null;
  ``crashed_since_last_beat``: that crash was found since the last beat (at this run's start);
- ``exhibits``: the ids of the exhibits installed on the station (the console refuses an exhibit
  list that names one no station has).

Nothing personal is in a beat. The floor shows a station offline once three of its heartbeats
went by without a beat.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from collections.abc import Mapping
from typing import Any

from kiosk.config import Settings
from kiosk.hub.stations import refuse_retired
from kiosk.registry import entry_point_modules
from kiosk.schedule import is_open
from kiosk.store import Store

#: History kept at the hub per station; older beats are deleted as new ones arrive.
BEAT_KEEP_DAYS = 7
#: App events a beat counts as faults.
FAULT_KINDS = {"exhibit.error": "exhibit", "kiosk.error": "kiosk"}
#: Faults of each kind listed in one beat (a storm of errors stays a small beat).
MAX_FAULTS = 50
#: The camera's words for trouble, in the words the console's floor looks for.
CAMERA_TROUBLE = {"no camera": "missing", "camera lost": "lost", "source failed": "failed", "unavailable": "error"}
_TEXT_MAX = 200


def last_event_id(reader: sqlite3.Connection) -> int:
    """The newest app event now: the first beat of a run counts faults from here."""
    return int(reader.execute("SELECT COALESCE(max(id), 0) FROM app_events").fetchone()[0])


def collect_beat(
    store: Store,
    settings: Settings,
    *,
    now: dt.datetime,
    started_at: dt.datetime,
    since_event_id: int,
    camera: Mapping[str, Any] | None = None,
) -> tuple[dict[str, Any], int]:
    """The station's beat now, and the app event id the next beat counts faults after.

    Reads the station database (call off the UI thread); never writes.
    """
    from kiosk import __version__
    from kiosk.hub.rounds import waiting_up

    reader = store.reader()
    faults, crashed, upto = _faults_since(reader, since_event_id)
    waiting_hub, provisional = waiting_up(reader)
    health = store.health
    beat = {
        "version": __version__,
        "heartbeat_s": settings.hub.heartbeat_s,
        "uptime_s": max(0, round((now - started_at).total_seconds())),
        "open": is_open(settings.ui, now, settings.station.timezone),
        "settings_version": settings.centre_version,
        "camera": dict(camera) if camera else None,
        "disk_free_mb": _disk_free_mb(settings),
        "store": {"health": "ok" if health.ok else (health.problem or "not saving"),
                  "pending_writes": health.pending, "unsaved": health.unsaved},
        "waiting_hub": waiting_hub,
        "provisional": provisional,
        "waiting_city": _waiting_city(reader),
        "exhibit_faults": faults["exhibit.error"],
        "errors": faults["kiosk.error"],
        "last_crash": _last_crash(reader),
        # The exhibits installed here: the console checks the centre's exhibit lists against them.
        "exhibits": sorted(entry_point_modules()),
        "crashed_since_last_beat": crashed,
    }
    return beat, upto


def write_beat(conn: Any, settings: Settings, beat: Mapping[str, Any], at: dt.datetime | None = None) -> None:
    """Store a beat at the hub in one transaction and trim the station's history.

    ``at`` None: the hub's own clock (a station's clock may be off; the floor compares with the
    hub's). The station's row is created if this is its first contact. StationRetired for a
    station retired at the hub (its beat is not kept).
    """
    station_id = settings.station.id
    payload = json.dumps(beat, sort_keys=True, default=str)
    with conn.transaction():
        refuse_retired(conn, station_id)
        row = conn.execute(
            "INSERT INTO stations(station_id, site, kiosk_version, last_beat_at, last_beat)"
            " VALUES (%s, %s, %s, COALESCE(%s, now()), %s::jsonb)"
            " ON CONFLICT (station_id) DO UPDATE SET last_beat_at = EXCLUDED.last_beat_at,"
            " last_beat = EXCLUDED.last_beat, kiosk_version = EXCLUDED.kiosk_version"
            " RETURNING last_beat_at",
            (station_id, settings.station.site, beat.get("version"), at, payload),
        ).fetchone()
        conn.execute(
            "INSERT INTO station_beats(station_id, at, beat) VALUES (%s, %s, %s::jsonb)"
            " ON CONFLICT (station_id, at) DO UPDATE SET beat = EXCLUDED.beat",
            (station_id, row[0], payload),
        )
        conn.execute(
            "DELETE FROM station_beats WHERE station_id = %s AND at < %s - make_interval(days => %s)",
            (station_id, row[0], BEAT_KEEP_DAYS),
        )


def camera_summary(stats: Any, running: bool) -> dict[str, Any]:
    """A beat's camera part from a camera pipeline's stats (kiosk.camera.pipeline.PipelineStats)."""
    return {"state": CAMERA_TROUBLE.get(stats.status, stats.status), "status": stats.status,
            "fps": round(float(stats.capture_fps), 1), "running": running, "source": stats.source}


# -- what the station database says ----------------------------------------------------------


def _faults_since(
    reader: sqlite3.Connection, since_event_id: int
) -> tuple[dict[str, list[dict[str, Any]]], bool, int]:
    """(faults by kind, a crash was recorded, the event id counted up to) after ``since_event_id``."""
    faults: dict[str, list[dict[str, Any]]] = {kind: [] for kind in FAULT_KINDS}
    crashed = False
    upto = max(since_event_id, last_event_id(reader))  # first: an event written meanwhile waits for the next beat
    kinds = (*FAULT_KINDS, "kiosk.crash")
    for at, kind, detail in reader.execute(
        f"SELECT at, kind, detail FROM app_events WHERE id > ? AND id <= ?"
        f" AND kind IN ({', '.join('?' * len(kinds))}) ORDER BY id",
        (since_event_id, upto, *kinds),
    ):
        if kind == "kiosk.crash":
            crashed = True
        elif len(faults[kind]) < MAX_FAULTS:
            faults[kind].append(_fault(at, kind, detail))
    return faults, crashed, upto


def _fault(at: str, kind: str, detail: str | None) -> dict[str, Any]:
    data = _detail(detail)
    # The error's first words, never the traceback: enough for staff to know what to look at.
    fault = {"at": at, "kind": FAULT_KINDS[kind], "message": str(data.get("error", ""))[:_TEXT_MAX]}
    if data.get("exhibit"):
        fault["exhibit"] = str(data["exhibit"])
    return fault


def _detail(detail: str | None) -> dict[str, Any]:
    try:
        data = json.loads(detail or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _last_crash(reader: sqlite3.Connection) -> dict[str, Any] | None:
    row = reader.execute(
        "SELECT at, detail FROM app_events WHERE kind = 'kiosk.crash' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    return {"at": row[0], "message": str(_detail(row[1]).get("error", ""))[:_TEXT_MAX]}


def _waiting_city(reader: sqlite3.Connection) -> int:
    return int(reader.execute(
        "SELECT count(*) FROM kpi_outbox o WHERE NOT EXISTS (SELECT 1 FROM kpi_deliveries d"
        " WHERE d.entity_id = o.entity_id AND d.confirmed_hash = o.payload_hash)"
    ).fetchone()[0])


def _disk_free_mb(settings: Settings) -> int | None:
    try:
        return shutil.disk_usage(settings.data_dir).free // (1024 * 1024)
    except OSError:
        return None

