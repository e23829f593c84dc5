"""Retention and access requests for participant records.

``purge``: participants not seen for ``[programmes] retention_months`` lose everything that links
records to a badge: their code is replaced by a random token (attendance and graduations follow
through ``ON UPDATE CASCADE``), their group label is dropped and the issued badge code is
deleted. Age band, gender, role, attendance and graduations stay, so every aggregate count (the
city's KPIs) is exactly what it was. Badge codes printed but never registered are dropped after
the same time. The kiosk runs it at every start; ``kiosk privacy purge`` runs it by hand.

``export``: everything the station holds about one code, as JSON, for an access request.

A station that has exchanged with a centre database (hub) also notes each purge for the hub:
the hash of the code and its token (kpi_sync_state ``hub-purge:<sha256>``), so the next hub round
applies the same purge at the hub and every other station (kiosk.hub.privacy), then forgets it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import secrets
import sqlite3
from dataclasses import dataclass
from typing import Any

from kiosk.programmes import codes
from kiosk.programmes.service import ProgrammeService
from kiosk.store import spill_as
from kiosk.timestamps import iso_utc

PURGED_PREFIX = "purged-"

#: kpi_sync_state keys of purges the hub has not heard of yet: the prefix, then code_hash(code).
PENDING_HUB_PURGE = "hub-purge:"
#: Written by the first hub round (kiosk.hub.replication.DATABASE_ID): this station has a hub.
_HUB_DATABASE_ID = "hub.database_id"


@dataclass(frozen=True)
class PurgeReport:
    participants: int  # participant records made anonymous
    badge_codes: int  # issued badge codes deleted (of purged participants and stale unregistered ones)
    cutoff: dt.datetime  # records last seen before this (UTC) were purged


def months_before(moment: dt.datetime, months: int) -> dt.datetime:
    """The same wall-clock time ``months`` calendar months earlier (day clamped to the month's end)."""
    total = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(total, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def anonymous_token() -> str:
    """A random stand-in for a purged code: identifies nobody, matches no badge."""
    return PURGED_PREFIX + secrets.token_hex(8)


def code_hash(code: str) -> str:
    """How a purge names a code without carrying it: sha256, hex (the hub computes the same)."""
    return hashlib.sha256(code.encode("utf-8")).hexdigest()


def purge(service: ProgrammeService) -> PurgeReport:
    """Remove participant records not seen for the retention period; aggregates stay the same."""
    now_local = service.now().astimezone(service.zone)
    cutoff = months_before(now_local, service.settings.retention_months).astimezone(dt.UTC)
    cutoff_iso = iso_utc(cutoff)

    def op(conn: sqlite3.Connection) -> tuple[int, int]:
        # Set-based, in one transaction: the stale codes are gathered once, then each statement
        # handles all of them (a loop per participant made the purge ~60x a bare UPDATE).
        conn.execute("DROP TABLE IF EXISTS temp.purge_batch")
        conn.create_function("anonymous_token", 0, anonymous_token, deterministic=False)
        conn.create_function("code_hash", 1, code_hash, deterministic=True)
        conn.execute(
            "CREATE TEMP TABLE purge_batch AS SELECT code, anonymous_token() AS token FROM participants"
            " WHERE purged = 0 AND last_seen_at < ?",
            (cutoff_iso,),
        )
        stale = conn.execute("SELECT COUNT(*) FROM temp.purge_batch").fetchone()[0]
        conn.execute(
            "UPDATE participants SET code = b.token, group_label = NULL, purged = 1"
            " FROM temp.purge_batch b WHERE participants.code = b.code"
        )
        if conn.execute("SELECT 1 FROM kpi_sync_state WHERE key = ?", (_HUB_DATABASE_ID,)).fetchone():
            # The hub may hold these codes: the next round tells it (and through it every station).
            conn.execute(
                "INSERT INTO kpi_sync_state(key, value) SELECT ? || code_hash(code), token FROM temp.purge_batch"
                " WHERE true ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (PENDING_HUB_PURGE,),
            )
        dropped = conn.execute("DELETE FROM badge_codes WHERE code IN (SELECT code FROM temp.purge_batch)").rowcount
        # A provisional check-in of a purged badge would keep the code after the purge.
        conn.execute("DELETE FROM provisional_checkins WHERE code IN (SELECT code FROM temp.purge_batch)")
        conn.execute("DROP TABLE temp.purge_batch")
        dropped += conn.execute(
            "DELETE FROM badge_codes WHERE issued_at < ? AND code NOT IN (SELECT code FROM participants)",
            (cutoff_iso,),
        ).rowcount
        # Provisional check-ins older than the retention period go too: settled ones are attendance
        # now, and a badge the centre has not known for that long is nobody's any more.
        conn.execute("DELETE FROM provisional_checkins WHERE checked_in_at < ?", (cutoff_iso,))
        return stale, dropped

    participants, badge_codes = service._write(spill_as(op))  # runs again later: nothing to spill
    service.journal.event(
        "privacy.purge",
        participants=participants,
        badge_codes=badge_codes,
        retention_months=service.settings.retention_months,
    )
    return PurgeReport(participants, badge_codes, cutoff)


def export(service: ProgrammeService, text: str) -> dict[str, Any] | None:
    """All records of one participant code (typed with or without the hyphen), or None if unknown."""
    reading = codes.read_badge(text)
    if reading.kind != codes.CODE:
        service.journal.event("privacy.export", found=False)
        return None
    code = reading.code
    store = service.store
    participant = store.query(
        "SELECT code, age_band, gender, role, group_label, created_at, last_seen_at FROM participants"
        " WHERE code = ? AND purged = 0",
        (code,),
    )
    if not participant:
        service.journal.event("privacy.export", found=False)
        return None
    attendance = store.query(
        "SELECT a.session_id, s.programme_code, s.local_day AS session_day, a.checked_in_at, a.method"
        " FROM attendance a JOIN programme_sessions s ON s.id = a.session_id"
        " WHERE a.participant_code = ? ORDER BY a.checked_in_at",
        (code,),
    )
    for row in attendance:
        programme = service.catalogue.get(row["programme_code"])
        row["programme_title"] = dict(programme.title) if programme else None
    graduations = store.query(
        "SELECT programme_code, graduated_on FROM graduations WHERE participant_code = ? ORDER BY graduated_on",
        (code,),
    )
    badge = store.query("SELECT issued_at, printed_at FROM badge_codes WHERE code = ?", (code,))
    service.journal.event("privacy.export", found=True)
    return {
        "about": "Records the VIZIUM kiosk holds for one participant code (pseudonymous: no names are kept).",
        "station": service.station_id,
        "exported_at": iso_utc(service.now()),
        "retention_months": service.settings.retention_months,
        "participant": {**participant[0], "code_printed": codes.display(code)},
        "badge": badge[0] if badge else None,
        "attendance": attendance,
        "graduations": graduations,
    }
