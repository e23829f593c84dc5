"""`kiosk hub status`: per station, when it was last heard from and what is still waiting."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from kiosk.hub.connection import connect
from kiosk.hub.schema import LATEST_VERSION, hub_version


@dataclass(frozen=True)
class StationStatus:
    station_id: str
    site: str
    last_contact_at: dt.datetime | None
    kiosk_version: str | None
    station_schema: int | None
    demo: bool
    waiting_up: int  # records the station had not sent at its last round
    waiting_down: int  # registry changes (participants, purges) the station has not taken yet
    visits: int
    last_error: str | None
    retired_at: dt.datetime | None = None  # `kiosk hub retire`: the hub no longer waits for it


@dataclass(frozen=True)
class HubStatus:
    address: str
    schema_version: int
    kiosk_schema_version: int
    participants: int
    stations: tuple[StationStatus, ...]

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for station in data["stations"]:
            for key in ("last_contact_at", "retired_at"):
                at = station[key]
                station[key] = at.isoformat() if at else None
        return data


def hub_status(dsn: str) -> HubStatus:
    from kiosk.hub.connection import redact

    conn = connect(dsn, purpose="status")
    try:
        version = hub_version(conn)
        if version == 0:
            return HubStatus(redact(dsn), 0, LATEST_VERSION, 0, ())
        newest = conn.execute(
            "SELECT GREATEST((SELECT COALESCE(max(seq), 0) FROM participants),"
            " (SELECT COALESCE(max(seq), 0) FROM purges))"
        ).fetchone()[0]
        retired = "s.retired_at" if version >= 4 else "NULL::timestamptz"  # a hub `kiosk hub init` has not upgraded
        rows = conn.execute(
            f"""
            SELECT s.station_id, s.site, s.last_contact_at, s.kiosk_version, s.station_schema, s.demo,
                   s.waiting_up, s.registry_seq_seen, s.last_error,
                   (SELECT count(*) FROM visits v WHERE v.station_id = s.station_id), {retired}
              FROM stations s ORDER BY s.station_id
            """
        ).fetchall()
        stations = []
        for sid, site, contact, kiosk, schema, demo, up, seen, error, visits, retired_at in rows:
            waiting_down = conn.execute(
                "SELECT (SELECT count(*) FROM participants WHERE seq > %s)"
                " + (SELECT count(*) FROM purges WHERE seq > %s)",
                (seen, seen),
            ).fetchone()[0] if seen < newest and retired_at is None else 0
            stations.append(StationStatus(sid, site, contact, kiosk, schema, demo, up, waiting_down, visits, error,
                                          retired_at))
        participants = conn.execute("SELECT count(*) FROM participants WHERE NOT purged").fetchone()[0]
        return HubStatus(redact(dsn), version, LATEST_VERSION, participants, tuple(stations))
    finally:
        conn.close()


def format_status(status: HubStatus, now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.UTC)
    lines = [
        f"Hub {status.address}: schema version {status.schema_version}"
        + ("" if status.schema_version == status.kiosk_schema_version
           else f" (this kiosk needs {status.kiosk_schema_version}: run `kiosk hub init`)"),
        f"{status.participants} participants in the centre's registry, {len(status.stations)} stations.",
    ]
    if status.stations:
        lines.append("")
        lines.append(f"{'station':<16} {'last contact':<22} {'up':>6} {'down':>6} {'visits':>8}  version")
    for s in status.stations:
        if s.last_contact_at is None:
            contact = "never"
        else:
            ago = now - s.last_contact_at
            contact = f"{s.last_contact_at:%Y-%m-%d %H:%M} ({_ago(ago)})"
        name = s.station_id + (" (demo)" if s.demo else "")
        if s.retired_at is not None:
            lines.append(f"{name} (retired {s.retired_at:%Y-%m-%d}): {s.visits} visits in the figures")
            continue
        lines.append(
            f"{name:<16} {contact:<22} {s.waiting_up:>6} {s.waiting_down:>6} {s.visits:>8}  "
            f"{s.kiosk_version or '?'} (schema {s.station_schema or '?'})"
        )
        if s.last_error:
            lines.append(f"    last error: {s.last_error}")
    return "\n".join(lines)


def _ago(delta: dt.timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 120:
        return f"{seconds} s ago"
    if seconds < 7200:
        return f"{seconds // 60} min ago"
    if seconds < 172_800:
        return f"{seconds // 3600} h ago"
    return f"{seconds // 86_400} days ago"
