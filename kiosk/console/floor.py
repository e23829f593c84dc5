"""The floor: every station's state from its last heartbeat, and a station's recent history.

A station writes a beat to the hub every [hub] heartbeat_s (``stations.last_beat_at`` and
``last_beat``, a short history in ``station_beats``). The console reads the beat tolerantly:
a station of an older version, or a beat without some field, still shows what it has. Fields
read: ``version``, ``uptime_s``, ``open``, ``camera`` ({state, fps}), ``disk_free_mb``,
``store`` (its health: "ok" or what is wrong), ``waiting_hub``, ``waiting_city``,
``exhibit_faults`` and ``errors`` (counts, or lists of what happened, since the last beat),
``last_crash`` and ``heartbeat_s``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

ONLINE, OFFLINE, FAULT = "online", "offline", "fault"
DEFAULT_HEARTBEAT_S = 60
#: Beats a station may miss before the floor calls it offline (a round may be slow, once).
MISSED_BEATS = 3
#: Camera states that mean the camera is not doing its job.
CAMERA_FAULTS = frozenset({"error", "failed", "lost", "missing", "stalled"})


def count(value: Any) -> int:
    """A count from a beat field that is a number or a list of events."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return int(value)
    if isinstance(value, list | tuple):
        return len(value)
    return 0


def _text(value: Any) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class StationState:
    station_id: str
    site: str
    demo: bool
    status: str  # ONLINE, OFFLINE or FAULT
    last_beat_at: dt.datetime | None
    version: str
    open_now: bool | None
    camera_state: str
    camera_fps: float | None
    disk_free_mb: float | None
    store: str
    waiting_hub: int
    waiting_city: int
    faults: int  # exhibit faults and kiosk errors in the last beat (since the beat before)
    visits_today: int
    settings_applied: int | None
    settings_problem: str
    problems: tuple[str, ...]  # text keys of kiosk.console.texts naming what is wrong
    retired_at: dt.datetime | None = None  # `kiosk hub retire`: off the floor, its records stay


def judge(beat: dict[str, Any] | None, last_beat_at: dt.datetime | None, now: dt.datetime,
          settings_problem: str = "") -> tuple[str, tuple[str, ...]]:
    """The status light and what is wrong, from the last beat and when it came."""
    if last_beat_at is None or beat is None:
        return OFFLINE, ("problem_never_beat",)
    beat_interval = beat.get("heartbeat_s")
    heartbeat_s = beat_interval if isinstance(beat_interval, int | float) else DEFAULT_HEARTBEAT_S
    if now - last_beat_at > dt.timedelta(seconds=MISSED_BEATS * max(heartbeat_s, 10)):
        return OFFLINE, ("problem_offline",)
    problems = []
    camera_beat = beat.get("camera")
    camera = camera_beat if isinstance(camera_beat, dict) else {}
    if _text(camera.get("state")).lower() in CAMERA_FAULTS:
        problems.append("problem_camera")
    store = beat.get("store")
    store_state = store.get("health", store.get("state")) if isinstance(store, dict) else store
    if store_state not in (None, "", "ok", True):
        problems.append("problem_store")
    if count(beat.get("exhibit_faults")) or count(beat.get("errors")):
        problems.append("problem_faults")
    if beat.get("last_crash") and beat.get("crashed_since_last_beat"):
        problems.append("problem_crash")
    if settings_problem:
        problems.append("problem_settings")
    return (FAULT if problems else ONLINE), tuple(problems)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _state(row: tuple[Any, ...], visits_today: int, now: dt.datetime) -> StationState:
    station_id, site, demo, last_beat_at, beat, kiosk_version, applied, settings_problem = row
    beat = beat if isinstance(beat, dict) else None
    status, problems = judge(beat, last_beat_at, now, settings_problem or "")
    beat = beat or {}
    camera_beat = beat.get("camera")
    camera = camera_beat if isinstance(camera_beat, dict) else {}
    store = beat.get("store")
    open_now = beat.get("open")
    return StationState(
        station_id=station_id, site=site, demo=demo, status=status, last_beat_at=last_beat_at,
        version=_text(beat.get("version") or kiosk_version),
        open_now=open_now if isinstance(open_now, bool) else None,
        camera_state=_text(camera.get("state")), camera_fps=_number(camera.get("fps")),
        disk_free_mb=_number(beat.get("disk_free_mb")),
        store=_text(store.get("health", store.get("state")) if isinstance(store, dict) else store),
        waiting_hub=count(beat.get("waiting_hub")), waiting_city=count(beat.get("waiting_city")),
        faults=count(beat.get("exhibit_faults")) + count(beat.get("errors")),
        visits_today=visits_today, settings_applied=applied, settings_problem=settings_problem or "",
        problems=problems,
    )


def floor(conn: Any, today: dt.date, now: dt.datetime) -> list[StationState]:
    """Every station of the centre (not the retired ones), in id order, with its light and today's visits."""
    visits = dict(conn.execute(
        "SELECT station_id, count(*) FROM visits WHERE local_day = %s GROUP BY station_id", (today,)
    ).fetchall())
    rows = conn.execute(
        "SELECT station_id, site, demo, last_beat_at, last_beat, kiosk_version, settings_applied, settings_problem"
        " FROM stations WHERE retired_at IS NULL ORDER BY station_id"
    ).fetchall()
    return [_state(row, visits.get(row[0], 0), now) for row in rows]


def station(conn: Any, station_id: str, today: dt.date, now: dt.datetime) -> StationState | None:
    """One station, retired ones too (its page says so)."""
    row = conn.execute(
        "SELECT station_id, site, demo, last_beat_at, last_beat, kiosk_version, settings_applied, settings_problem,"
        " retired_at FROM stations WHERE station_id = %s", (station_id,)
    ).fetchone()
    if row is None:
        return None
    visits = conn.execute("SELECT count(*) FROM visits WHERE local_day = %s AND station_id = %s",
                          (today, station_id)).fetchone()[0]
    return dataclasses.replace(_state(row[:-1], visits, now), retired_at=row[-1])


@dataclass(frozen=True)
class FaultBeat:
    at: dt.datetime
    exhibit_faults: int
    errors: int
    details: tuple[str, ...]  # what the beat says happened (exhibit ids, error kinds), short


def _details(value: Any) -> list[str]:
    if not isinstance(value, list | tuple):
        return []
    out = []
    for item in value[:5]:
        if isinstance(item, dict):
            out.append(" ".join(_text(item.get(k)) for k in ("exhibit", "kind", "message") if item.get(k))[:160])
        else:
            out.append(_text(item)[:160])
    return [d for d in out if d]


def recent_faults(conn: Any, station_id: str, limit: int = 50) -> list[FaultBeat]:
    """The station's recent beats that report faults or errors, newest first."""
    rows = conn.execute(
        "SELECT at, beat FROM station_beats WHERE station_id = %s"
        " AND (COALESCE(beat->'exhibit_faults', '0') NOT IN ('0', '[]', 'null')"
        "      OR COALESCE(beat->'errors', '0') NOT IN ('0', '[]', 'null'))"
        " ORDER BY at DESC LIMIT %s",
        (station_id, limit),
    ).fetchall()
    return [
        FaultBeat(at, count(beat.get("exhibit_faults")), count(beat.get("errors")),
                  tuple(_details(beat.get("exhibit_faults")) + _details(beat.get("errors"))))
        for at, beat in rows
    ]


@dataclass(frozen=True)
class SettingsVersion:
    id: int
    station_id: str  # a station, or '*'
    settings: dict[str, Any]
    created_by: str
    created_at: dt.datetime
    problem: str


def settings_history(conn: Any, station_id: str, limit: int = 30) -> list[SettingsVersion]:
    """Versions for this station and for every station ('*'), newest first."""
    rows = conn.execute(
        "SELECT id, station_id, settings, created_by, created_at, problem FROM station_settings"
        " WHERE station_id IN (%s, '*') ORDER BY id DESC LIMIT %s",
        (station_id, limit),
    ).fetchall()
    return [SettingsVersion(r[0], r[1], r[2] or {}, r[3], r[4], r[5] or "") for r in rows]
