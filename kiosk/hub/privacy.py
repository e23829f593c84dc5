"""Privacy at the centre: station purges reach the hub, retention runs centre-wide, access requests
gather a code's records from every station.

A purge never changes a count: the code is replaced by an anonymous token everywhere (attendance
follows), age band, gender and role stay on the token. What the hub does:

- ``send_purges``: a purge made at a station (retention, noted by kiosk.programmes.privacy) goes up
  at the start of the station's next round; the hub applies it to its own rows and records it in
  ``purges``, which every other station takes down with the registry. When the hub already knew a
  purge of the same code (two stations purged it), the hub's token wins and the station adopts it,
  so the person stays one person. ``forget_purged_hashes``: once every station has taken a purge
  down, the hub clears its code hash (a sha256 of a short code is reversible by brute force).
- ``hub_retention``: the same rule as a station (``[programmes] retention_months``), judged on the
  centre's records: a participant nobody at any station has registered or checked in for that long.
  Every station's round runs it (at most once per ``RETENTION_EVERY_S``): the hub has no process of
  its own, and retention must not depend on someone publishing.
- ``refresh_last_seen``: a station's own retention judges "last seen" from its own rows; a pupil
  registered here who now comes to another station must not be purged here (the purge would reach
  the whole centre), so the rounds (once an hour) tell the station when the centre last saw the
  participants it has not seen for half the retention period.
- ``centre_records``: one code's records at the hub (registry, attendance at every station).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from kiosk.hub.connection import HubError
from kiosk.programmes.privacy import PENDING_HUB_PURGE, anonymous_token, months_before
from kiosk.store import Store
from kiosk.timestamps import iso_utc, parse_iso_utc

#: Seconds between two runs of the hub's retention (every station's round would otherwise run it).
RETENTION_EVERY_S = 3600
_RETENTION_LOCK_KEY = 7_364_503
#: kpi_sync_state: when the station last asked the centre about participants it may forget.
_REFRESHED = "hub.last_seen_refreshed_at"
_HASH = "encode(sha256(convert_to({column}, 'UTF8')), 'hex')"


def _wait(ticket: Any, what: str) -> Any:
    if not ticket.wait(60) or ticket.error is not None:
        raise HubError(f"cannot {what} in the station database: {ticket.error or 'timed out'}")
    return ticket.result


def _apply_at_hub(hub: Any, purges: list[tuple[str, str]]) -> dict[str, str]:
    """Record purges (code hash, token) at the hub and make its rows anonymous; inside the caller's
    transaction. Returns hash -> the token the hub keeps (the first one it heard of)."""
    hashes = [hashed for hashed, _token in purges]
    hub.execute(
        "INSERT INTO purges(code_hash, token) SELECT * FROM unnest(%s::text[], %s::text[])"
        " ON CONFLICT (code_hash) DO NOTHING",
        (hashes, [token for _hashed, token in purges]),
    )
    agreed = dict(hub.execute("SELECT code_hash, token FROM purges WHERE code_hash = ANY(%s)", (hashes,)).fetchall())
    hashed_code = _HASH.format(column="p.code")
    # Attendance follows the code (ON UPDATE CASCADE); the new seq sends nothing down (stations take
    # participants that are not purged), it only orders the change.
    hub.execute(
        "UPDATE participants p SET code = g.token, purged = true, seq = nextval('registry_seq')"
        f" FROM purges g WHERE g.code_hash = ANY(%s) AND g.code_hash = {hashed_code} AND NOT p.purged",
        (hashes,),
    )
    hub.execute(f"DELETE FROM badge_pool WHERE {_HASH.format(column='code')} = ANY(%s)", (hashes,))
    return agreed


def send_purges(hub: Any, store: Store) -> int:
    """Send the station's purges the hub has not heard of; the station adopts the hub's token when
    the hub had another for the same code. Returns the purges sent. A round interrupted after the
    hub committed sends them again, which changes nothing."""
    reader = store.reader()
    pending = [
        (key[len(PENDING_HUB_PURGE):], token)
        for key, token in reader.execute(
            "SELECT key, value FROM kpi_sync_state WHERE key LIKE ?", (PENDING_HUB_PURGE + "%",)
        ).fetchall()
    ]
    if not pending:
        return 0
    with hub.transaction():
        agreed = _apply_at_hub(hub, pending)

    def op(conn: sqlite3.Connection) -> None:
        for hashed, token in pending:
            hub_token = agreed.get(hashed, token)
            if hub_token != token:  # another station (or the hub) purged this person first
                conn.execute("UPDATE participants SET code = ? WHERE code = ?", (hub_token, token))
            conn.execute("DELETE FROM kpi_sync_state WHERE key = ?", (PENDING_HUB_PURGE + hashed,))

    _wait(store.call(op), "record the purges the hub took")
    return len(pending)


def forget_purged_hashes(hub: Any) -> int:
    """Clear the code hash of every purge all the centre's stations have taken down; inside the
    caller's transaction. Returns how many were cleared.

    A hash is kept while a station may still hold the code: to find it in its own rows, to send a
    late check-in of it up as the anonymous person, or to adopt the hub's token for a purge of its
    own. A station that has taken the purge has none of these; one that joins later never had the
    code (its badges come from its own reserved pool), and a retired one (kiosk.hub.stations) never
    comes back. The token and the sequence number stay, so the counts and what waits down are what
    they were."""
    return int(
        hub.execute(
            "UPDATE purges SET code_hash = NULL, hash_forgotten_at = now()"
            " WHERE code_hash IS NOT NULL AND seq <= COALESCE("
            "(SELECT min(registry_seq_seen) FROM stations WHERE retired_at IS NULL), (SELECT max(seq) FROM purges))"
        ).rowcount
    )


def hub_retention(hub: Any, retention_months: int, *, every_s: float = RETENTION_EVERY_S) -> int:
    """Purge at the hub the participants the whole centre has not seen for ``retention_months``
    (registered and checked in nowhere since). Returns how many; 0 when it ran less than
    ``every_s`` ago. The stations take the purges down with the registry."""
    with hub.transaction():
        hub.execute("SELECT pg_advisory_xact_lock(%s)", (_RETENTION_LOCK_KEY,))
        now, last = hub.execute(
            "SELECT now(), (SELECT value FROM hub_meta WHERE key = 'retention_run_at')"
        ).fetchone()
        if last and (now - parse_iso_utc(last)).total_seconds() < every_s:
            return 0
        cutoff = months_before(now, retention_months)
        stale = [
            row[0]
            for row in hub.execute(
                "SELECT code FROM participants p WHERE NOT purged AND created_at < %s"
                " AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.participant_code = p.code"
                " AND a.checked_in_at >= %s)",
                (cutoff, cutoff),
            )
        ]
        if stale:
            hashes = [row[0] for row in hub.execute(
                f"SELECT {_HASH.format(column='c')} FROM unnest(%s::text[]) AS c", (stale,)
            )]
            _apply_at_hub(hub, [(hashed, anonymous_token()) for hashed in hashes])
        hub.execute(
            "INSERT INTO hub_meta(key, value) VALUES ('retention_run_at', %s)"
            " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            (now.isoformat(),),
        )
    return len(stale)


def refresh_last_seen(hub: Any, store: Store, retention_months: int, *, every_s: float = RETENTION_EVERY_S) -> int:
    """Tell the station when the centre last saw the participants it may forget before long (unseen
    here for half the retention period or more: a station switched off for months must still know
    at start-up). At most once per ``every_s``. Returns how many were seen elsewhere since."""
    now = hub.execute("SELECT now()").fetchone()[0]
    hub.commit()
    last = _state_value(store, _REFRESHED)
    if last and (now - parse_iso_utc(last)).total_seconds() < every_s:
        return 0
    soon = months_before(now, retention_months // 2).astimezone(dt.UTC)
    at_risk = dict(
        store.reader().execute(
            "SELECT code, last_seen_at FROM participants WHERE purged = 0 AND last_seen_at < ?",
            (iso_utc(soon),),
        ).fetchall()
    )
    if not at_risk:
        _mark_refreshed(store, now)
        return 0
    seen = hub.execute(
        "SELECT p.code, greatest(p.created_at, max(a.checked_in_at)) FROM participants p"
        " LEFT JOIN attendance a ON a.participant_code = p.code"
        " WHERE p.code = ANY(%s) AND NOT p.purged GROUP BY p.code, p.created_at",
        (list(at_risk),),
    ).fetchall()
    hub.commit()
    newer = []
    for code, moment in seen:
        text = iso_utc(moment)
        if text > at_risk[code]:
            newer.append((text, code, text))
    if newer:
        _wait(
            store.call(lambda conn: conn.executemany(
                "UPDATE participants SET last_seen_at = ? WHERE code = ? AND last_seen_at < ?", newer
            )),
            "record when the centre last saw its participants",
        )
    _mark_refreshed(store, now)
    return len(newer)


def _state_value(store: Store, key: str) -> str | None:
    row = store.reader().execute("SELECT value FROM kpi_sync_state WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _mark_refreshed(store: Store, now: dt.datetime) -> None:
    _wait(
        store.call(lambda conn: conn.execute(
            "INSERT INTO kpi_sync_state(key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (_REFRESHED, now.isoformat()),
        )),
        "record when the centre was last asked",
    )


def centre_records(hub: Any, code: str, sessions_to_graduate: dict[str, int]) -> dict[str, Any] | None:
    """What the hub holds about one code: the registry entry, attendance at every station, and the
    programmes completed centre-wide. None when the hub does not know the code (or it was purged)."""
    row = hub.execute(
        "SELECT code, age_band, gender, role, created_at, registered_at_station FROM participants"
        " WHERE code = %s AND NOT purged",
        (code,),
    ).fetchone()
    if row is None:
        hub.commit()
        return None
    attendance = [
        {
            "station": station,
            "programme_code": programme,
            "session_day": day.isoformat(),
            "checked_in_at": iso_utc(checked_in),
            "method": method,
        }
        for station, programme, day, checked_in, method in hub.execute(
            "SELECT a.station_id, s.programme_code, s.local_day, a.checked_in_at, a.method FROM attendance a"
            " JOIN programme_sessions s ON (s.station_id, s.database_id, s.id) = (a.station_id, a.database_id,"
            " a.session_id) WHERE a.participant_code = %s ORDER BY a.checked_in_at, a.station_id",
            (code,),
        )
    ]
    hub.commit()
    days: dict[str, list[str]] = {}
    for visit in attendance:
        days.setdefault(visit["programme_code"], []).append(visit["session_day"])
    graduations = [
        {"programme_code": programme, "graduated_on": attended[sessions_to_graduate[programme] - 1]}
        for programme, attended in days.items()
        if programme in sessions_to_graduate and len(attended) >= sessions_to_graduate[programme]
    ]
    code_, age_band, gender, role, created_at, station = row
    return {
        "participant": {
            "code": code_, "age_band": age_band, "gender": gender, "role": role,
            "created_at": iso_utc(created_at), "registered_at_station": station,
        },
        "attendance": attendance,
        "graduations": sorted(graduations, key=lambda g: (g["graduated_on"], g["programme_code"])),
    }


def export_with_centre(service: Any, text: str, dsn: str) -> tuple[dict[str, Any] | None, str]:
    """An access request: the station's records of a code and, with a hub, the centre's (attendance
    at every station). Returns (records or None when nobody knows the code, where they came from in
    words). A hub that is away: the station's own records, and the message says so."""
    from kiosk.hub.connection import connect, redact
    from kiosk.hub.schema import require_current
    from kiosk.journal import iso_utc
    from kiosk.programmes import codes, privacy

    records = privacy.export(service, text)
    if records is not None:
        records["source"] = "station"  # until the centre has answered
    if not dsn:
        return records, "No hub is configured: these are this station's records only."
    reading = codes.read_badge(text)
    if reading.kind != codes.CODE:
        return None, "Not a participant code."
    try:
        hub = connect(dsn, purpose="privacy")
        try:
            require_current(hub, dsn)
            centre = centre_records(hub, reading.code, {p.code: p.sessions_to_graduate for p in service.catalogue})
        finally:
            hub.close()
    except HubError as exc:
        if records is not None:
            records["centre_problem"] = str(exc)
        return records, f"{exc}\nThe centre database could not be asked: these are this station's records only."
    if records is None and centre is None:
        return None, f"Neither this station nor the centre database ({redact(dsn)}) knows this code."
    if records is None:  # registered and seen at other stations only
        records = {
            "about": "Records the VIZIUM centre holds for one participant code (pseudonymous: no names are kept).",
            "station": service.station_id,
            "exported_at": iso_utc(service.now()),
            "retention_months": service.settings.retention_months,
            "participant": None,
            "badge": None,
            "attendance": [],
            "graduations": [],
        }
    records["source"] = "centre"
    records["centre"] = centre
    return records, (
        f"Records from the centre database ({redact(dsn)}, every station) and from this station"
        " (its group label and badge print)."
    )
