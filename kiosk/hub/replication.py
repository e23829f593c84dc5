"""One replication round between a station and the hub: up what the hub lacks, down the registry.

Up: the station's programme sessions, participants, attendance, visits and exhibit runs. What to
send is asked of the hub itself (its highest id and its still-open rows for this station's
database), so a round needs no bookkeeping of its own for those tables, and a repeated or
interrupted round sends the same rows again and changes nothing (upserts by global id, inside
one transaction). Attendance and participants have no ids of their own: their SQLite rowids
are marked locally, after the hub has committed.

Down: the participant registry and purges, in the order of the hub's registry sequence, so a
badge registered at one station checks in at every other; a purge made anywhere reaches every
station with the same anonymous token.
"""

from __future__ import annotations

import dataclasses
import logging
import secrets
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kiosk.hub.connection import HubError, HubUnavailable, connect, redact
from kiosk.hub.privacy import forget_purged_hashes, hub_retention, refresh_last_seen, send_purges
from kiosk.hub.schema import require_current
from kiosk.hub.stations import refuse_retired
from kiosk.journal import is_demo_database
from kiosk.programmes.privacy import code_hash
from kiosk.store import Store
from kiosk.timestamps import iso_utc

log = logging.getLogger(__name__)

#: Rows taken down from the hub per read.
DOWN_BATCH = 5000

# Keys of the station's small key-value state table (kpi_sync_state).
DATABASE_ID = "hub.database_id"
ATTENDANCE_MARK = "hub.attendance_rowid"
PARTICIPANT_MARK = "hub.participant_rowid"
REGISTRY_MARK = "hub.registry_seq"


@dataclass
class RoundReport:
    """What one round moved."""

    sent: dict[str, int] = field(default_factory=dict)  # table -> rows sent up
    participants_received: int = 0
    purges_applied: int = 0
    purges_sent: int = 0  # purges made at this station, now at the hub
    purged_at_hub: int = 0  # participants the centre's retention made anonymous in this round
    purge_hashes_forgotten: int = 0  # purges every station has taken: their code hash cleared at the hub
    provisional_confirmed: int = 0  # badges checked in offline that the centre knew: now attendance
    provisional_unknown: int = 0  # ... that the centre does not know either: for the educator to register

    @property
    def sent_total(self) -> int:
        return sum(self.sent.values())

    def describe(self) -> str:
        sent = ", ".join(f"{count} {table.replace('_', ' ')}" for table, count in self.sent.items() if count)
        text = (
            f"sent {sent or 'nothing new'}; received {self.participants_received} participants"
            f" and {self.purges_applied} purges"
        )
        if self.purges_sent or self.purged_at_hub:
            text += f"; purges sent {self.purges_sent}, retention at the hub {self.purged_at_hub}"
        if self.provisional_confirmed or self.provisional_unknown:
            text += (
                f"; provisional check-ins: {self.provisional_confirmed} confirmed,"
                f" {self.provisional_unknown} unknown to the centre"
            )
        return text


@dataclass(frozen=True)
class StationIdentity:
    """Who is replicating: the station, its site and its database, as the hub records them."""

    station_id: str
    site: str
    database_id: str
    kiosk_version: str = ""
    schema_version: int = 0
    demo: bool = False
    #: [programmes] retention_months of the station: its rounds run the same retention at the hub
    #: (kiosk.hub.privacy). None: the round leaves retention alone (tools, tests).
    retention_months: int | None = None


@dataclass(frozen=True)
class Table:
    """How one station table is upserted at the hub."""

    name: str
    columns: tuple[str, ...]  # as read from the station (hub columns of the same names)
    key: tuple[str, ...]  # conflict target at the hub
    update: tuple[str, ...] = ()  # columns an upsert refreshes (empty: insert only)


SESSIONS = Table(
    "programme_sessions",
    ("station_id", "database_id", "id", "programme_code", "started_at", "planned_end_at", "ended_at",
     "local_day", "end_reason"),
    ("station_id", "database_id", "id"),
    ("ended_at", "end_reason", "planned_end_at"),
)
VISITS = Table(
    "visits",
    ("station_id", "database_id", "id", "started_at", "ended_at", "local_day", "language", "end_reason",
     "programme_session_id"),
    ("station_id", "database_id", "id"),
    ("ended_at", "language", "end_reason"),
)
RUNS = Table(
    "exhibit_runs",
    ("station_id", "database_id", "id", "visit_id", "exhibit_id", "started_at", "ended_at", "local_day",
     "active_ms", "outcome", "score", "interactions"),
    ("station_id", "database_id", "id"),
    ("ended_at", "active_ms", "outcome", "score", "interactions"),
)
PARTICIPANTS = Table(
    "participants",
    ("code", "age_band", "gender", "role", "created_at", "registered_at_station", "purged"),
    ("code",),
)
ATTENDANCE = Table(
    "attendance",
    ("station_id", "database_id", "session_id", "participant_code", "checked_in_at", "method"),
    ("station_id", "database_id", "session_id", "participant_code"),
)


# -- the station's side ------------------------------------------------------------------------


def _state(reader: sqlite3.Connection) -> dict[str, str]:
    return dict(reader.execute("SELECT key, value FROM kpi_sync_state WHERE key LIKE 'hub.%'").fetchall())


def _set_state(store: Store, values: dict[str, str]) -> None:
    def op(conn: sqlite3.Connection) -> None:
        conn.executemany(
            "INSERT INTO kpi_sync_state(key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            list(values.items()),
        )

    ticket = store.call(op)
    if not ticket.wait(30) or ticket.error is not None:
        raise HubError(f"cannot record the round in the station database: {ticket.error or 'timed out'}")


def database_id(store: Store) -> str:
    """This station database's id at the hub, made once (a replaced database gets a new one)."""
    known = _state(store.reader()).get(DATABASE_ID)
    if known:
        return known
    made = secrets.token_hex(6)

    def op(conn: sqlite3.Connection) -> str:
        conn.execute("INSERT INTO kpi_sync_state(key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING",
                     (DATABASE_ID, made))
        return str(conn.execute("SELECT value FROM kpi_sync_state WHERE key = ?", (DATABASE_ID,)).fetchone()[0])

    ticket = store.call(op)
    if not ticket.wait(30) or ticket.error is not None:
        raise HubError(f"cannot record this database's hub id: {ticket.error or 'timed out'}")
    return str(ticket.result)


def _pending_ids(hub: Any, table: str, station_id: str, db_id: str) -> tuple[int, list[int]]:
    """The hub's highest id of this station database's rows in a table, and its still-open ids."""
    highest = hub.execute(
        f"SELECT COALESCE(max(id), 0) FROM {table} WHERE station_id = %s AND database_id = %s", (station_id, db_id)
    ).fetchone()[0]
    open_ids = [
        row[0]
        for row in hub.execute(
            f"SELECT id FROM {table} WHERE station_id = %s AND database_id = %s AND ended_at IS NULL",
            (station_id, db_id),
        )
    ]
    return int(highest), open_ids


def _rows_after(
    reader: sqlite3.Connection, sql: str, highest: int, open_ids: Sequence[int]
) -> list[tuple[Any, ...]]:
    """Rows with an id above the hub's highest, and rows the hub still has open (maybe closed now)."""
    rows = reader.execute(sql + " WHERE id > ?", (highest,)).fetchall()
    for start in range(0, len(open_ids), 500):
        chunk = list(open_ids[start:start + 500])
        marks = ", ".join("?" * len(chunk))
        rows += reader.execute(sql + f" WHERE id IN ({marks}) AND ended_at IS NOT NULL", chunk).fetchall()
    return rows


# -- the hub's side ----------------------------------------------------------------------------


def _upsert(
    hub: Any,
    table: Table,
    rows: Iterable[Sequence[Any]],
    *,
    translate_code: str | None = None,
    skip_purged: str | None = None,
) -> int:
    """COPY rows into a temporary table, then one INSERT ... ON CONFLICT into the real one.

    ``translate_code`` names a column holding a participant code that a purge may have replaced
    meanwhile: the hub's token is used instead, so a late row joins the anonymous person.
    ``skip_purged`` names a code column whose purged codes are not taken at all.
    """
    rows = list(rows)
    if not rows:
        return 0
    temp = f"incoming_{table.name}"
    columns = ", ".join(table.columns)
    hub.execute(f"CREATE TEMP TABLE IF NOT EXISTS {temp} (LIKE {table.name} INCLUDING DEFAULTS) ON COMMIT DROP")
    hub.execute(f"TRUNCATE {temp}")
    with hub.cursor().copy(f"COPY {temp} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
    selected = ", ".join(
        f"COALESCE(p.token, t.{name})" if name == translate_code else f"t.{name}" for name in table.columns
    )
    purge_join = (
        f" LEFT JOIN purges p ON p.code_hash = encode(sha256(convert_to(t.{translate_code}, 'UTF8')), 'hex')"
        if translate_code
        else ""
    )
    if skip_purged:
        purge_join += (
            " WHERE NOT EXISTS (SELECT 1 FROM purges q"
            f" WHERE q.code_hash = encode(sha256(convert_to(t.{skip_purged}, 'UTF8')), 'hex'))"
        )
    conflict = ", ".join(table.key)
    action = (
        "DO UPDATE SET " + ", ".join(f"{c} = EXCLUDED.{c}" for c in table.update) if table.update else "DO NOTHING"
    )
    hub.execute(
        f"INSERT INTO {table.name} ({columns}) SELECT {selected} FROM {temp} t{purge_join}"
        f" ON CONFLICT ({conflict}) {action}"
    )
    return len(rows)


def _send_up(hub: Any, store: Store, station: StationIdentity, report: RoundReport) -> dict[str, str]:
    """Upsert what the hub lacks, in one hub transaction; returns the local marks to record."""
    reader = store.reader()
    state = _state(reader)
    db_id = station.database_id
    with hub.transaction():
        hub.execute(
            "INSERT INTO stations(station_id, site, last_contact_at, kiosk_version, station_schema, demo)"
            " VALUES (%s, %s, now(), %s, %s, %s)"
            " ON CONFLICT (station_id) DO UPDATE SET site = EXCLUDED.site, last_contact_at = now(),"
            " kiosk_version = EXCLUDED.kiosk_version, station_schema = EXCLUDED.station_schema,"
            " demo = EXCLUDED.demo, last_error = NULL",
            (station.station_id, station.site, station.kiosk_version, station.schema_version, station.demo),
        )
        pending = {t.name: _pending_ids(hub, t.name, station.station_id, db_id) for t in (SESSIONS, VISITS, RUNS)}
        attendance_mark = int(state.get(ATTENDANCE_MARK, 0))
        participant_mark = int(state.get(PARTICIPANT_MARK, 0))
        # One read transaction: a consistent snapshot of the station while the writer goes on.
        reader.execute("BEGIN")
        try:
            prefix = (station.station_id, db_id)
            sessions = _rows_after(
                reader,
                "SELECT id, programme_code, started_at, planned_end_at, ended_at, local_day, end_reason"
                " FROM programme_sessions",
                *pending[SESSIONS.name],
            )
            participants = reader.execute(
                "SELECT rowid, code, age_band, gender, role, created_at, purged FROM participants WHERE rowid > ?",
                (participant_mark,),
            ).fetchall()
            attendance = reader.execute(
                "SELECT rowid, session_id, participant_code, checked_in_at, method FROM attendance WHERE rowid > ?",
                (attendance_mark,),
            ).fetchall()
            visits = _rows_after(
                reader,
                "SELECT id, started_at, ended_at, local_day, language, end_reason, programme_session_id FROM visits",
                *pending[VISITS.name],
            )
            runs = _rows_after(
                reader,
                "SELECT id, visit_id, exhibit_id, started_at, ended_at, local_day, active_ms, outcome, score,"
                " interactions FROM exhibit_runs",
                *pending[RUNS.name],
            )
        finally:
            reader.execute("COMMIT")
        report.sent["participants"] = _upsert(
            hub,
            PARTICIPANTS,
            ((code, age, gender, role, created, station.station_id, bool(purged))
             for _rowid, code, age, gender, role, created, purged in participants),
            skip_purged="code",
        )
        report.sent["programme_sessions"] = _upsert(hub, SESSIONS, (prefix + tuple(row) for row in sessions))
        report.sent["attendance"] = _upsert(
            hub, ATTENDANCE, (prefix + tuple(row[1:]) for row in attendance), translate_code="participant_code"
        )
        report.sent["visits"] = _upsert(hub, VISITS, (prefix + tuple(row) for row in visits))
        report.sent["exhibit_runs"] = _upsert(hub, RUNS, (prefix + tuple(row) for row in runs))
        hub.execute("UPDATE stations SET waiting_up = 0 WHERE station_id = %s", (station.station_id,))
    marks = {}
    if attendance:
        marks[ATTENDANCE_MARK] = str(max(row[0] for row in attendance))
    if participants:
        marks[PARTICIPANT_MARK] = str(max(row[0] for row in participants))
    return marks


def _take_down(hub: Any, store: Store, station: StationIdentity, report: RoundReport) -> None:
    """Apply the registry's changes since the last round, batch by batch, in sequence order."""
    seen = int(_state(store.reader()).get(REGISTRY_MARK, 0))
    while True:
        participants = hub.execute(
            "SELECT code, age_band, gender, role, created_at, seq FROM participants"
            " WHERE seq > %s AND NOT purged ORDER BY seq LIMIT %s",
            (seen, DOWN_BATCH),
        ).fetchall()
        purges = hub.execute(
            "SELECT code_hash, token, seq FROM purges WHERE seq > %s ORDER BY seq LIMIT %s", (seen, DOWN_BATCH)
        ).fetchall()
        hub.commit()
        if not participants and not purges:
            break
        # Both lists are complete up to the lower of their last sequence numbers.
        limits = [rows[-1][-1] for rows in (participants, purges) if len(rows) == DOWN_BATCH]
        upto = min(limits) if limits else max(row[-1] for row in (*participants, *purges))
        participants = [row for row in participants if row[-1] <= upto]
        purges = [row for row in purges if row[-1] <= upto]
        applied = _apply_registry(store, participants, purges, upto)
        report.participants_received += len(participants)
        report.purges_applied += applied
        seen = upto
    with hub.transaction():
        hub.execute("UPDATE stations SET registry_seq_seen = %s WHERE station_id = %s", (seen, station.station_id))
        report.purge_hashes_forgotten = forget_purged_hashes(hub)


def _apply_registry(
    store: Store, participants: list[tuple[Any, ...]], purges: list[tuple[Any, ...]], upto: int
) -> int:
    def op(conn: sqlite3.Connection) -> int:
        # Registrations taken from the hub need not go back up: when every local one has been
        # sent already, the participants' upload mark moves past the rows added here.
        highest = conn.execute("SELECT COALESCE(max(rowid), 0) FROM participants").fetchone()[0]
        mark = conn.execute("SELECT value FROM kpi_sync_state WHERE key = ?", (PARTICIPANT_MARK,)).fetchone()
        all_sent = int(mark[0] if mark else 0) >= highest
        for code, age_band, gender, role, created_at, _seq in participants:
            at = iso_utc(created_at)
            conn.execute(
                "INSERT INTO participants(code, age_band, gender, role, created_at, last_seen_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET"
                " age_band = excluded.age_band, gender = excluded.gender, role = excluded.role",
                (code, age_band, gender, role, at, at),
            )
        applied = 0
        if purges:
            local = {
                code_hash(code): code
                for (code,) in conn.execute("SELECT code FROM participants WHERE purged = 0").fetchall()
            }
            for hashed, token, _seq in purges:
                code = local.get(hashed)
                if code is None:
                    continue
                conn.execute(
                    "UPDATE participants SET code = ?, group_label = NULL, purged = 1 WHERE code = ?", (token, code)
                )
                conn.execute("DELETE FROM badge_codes WHERE code = ?", (code,))
                applied += 1
            # A purged code may also wait in a provisional check-in here (never registered here).
            hashes = {hashed for hashed, _token, _seq in purges}
            for (code,) in conn.execute("SELECT DISTINCT code FROM provisional_checkins").fetchall():
                if code_hash(code) in hashes:
                    conn.execute("DELETE FROM provisional_checkins WHERE code = ?", (code,))
        marks = [(REGISTRY_MARK, str(upto))]
        if all_sent:
            highest = conn.execute("SELECT COALESCE(max(rowid), 0) FROM participants").fetchone()[0]
            marks.append((PARTICIPANT_MARK, str(highest)))
        conn.executemany(
            "INSERT INTO kpi_sync_state(key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            marks,
        )
        return applied

    ticket = store.call(op)
    if not ticket.wait(60) or ticket.error is not None:
        raise HubError(f"cannot store the participant registry in the station database: {ticket.error or 'timed out'}")
    return int(ticket.result)


def _settle_provisional(store: Store, report: RoundReport) -> None:
    """Provisional check-ins become attendance once the registry knows their code (see
    kiosk.programmes.service.settle_provisional); runs after the registry was taken down."""
    from kiosk.clock import utc_now
    from kiosk.programmes.service import settle_provisional
    from kiosk.timestamps import iso_utc

    at = iso_utc(utc_now())
    ticket = store.call(lambda conn: settle_provisional(conn, at))
    if not ticket.wait(60) or ticket.error is not None:
        raise HubError(f"cannot settle provisional check-ins in the station database: {ticket.error or 'timed out'}")
    report.provisional_confirmed, report.provisional_unknown = ticket.result


def sync_station(store: Store, dsn: str, station: StationIdentity) -> RoundReport:
    """One round: up, then down. HubUnavailable when the hub cannot be reached (nothing changed)."""
    import psycopg

    if is_demo_database(store.reader()) and not station.demo:
        # The database's own flag wins: the hub keeps a demo station out of the figures it publishes.
        station = dataclasses.replace(station, demo=True)
    report = RoundReport()
    hub = connect(dsn)
    try:
        require_current(hub, dsn)
        refuse_retired(hub, station.station_id)
        # End the check's implicit transaction: the upload below must be a real transaction of its
        # own, committed before the station records its marks (else a reset after the marks are
        # saved loses the rows for good).
        hub.commit()
        # Purges first: rows the station has made anonymous go up under the token the hub keeps.
        report.purges_sent = send_purges(hub, store)
        marks = _send_up(hub, store, station, report)
        if marks:  # only after the hub committed: an interrupted round sends these rows again
            _set_state(store, marks)
        if station.retention_months is not None:  # before the registry comes down: it carries these purges
            report.purged_at_hub = hub_retention(hub, station.retention_months)
        _take_down(hub, store, station, report)
        if station.retention_months is not None:
            refresh_last_seen(hub, store, station.retention_months)
        _settle_provisional(store, report)
        if report.provisional_confirmed:  # the new attendance goes up now, not a round later
            more = _send_up(hub, store, station, RoundReport())
            if more:
                _set_state(store, more)
    except psycopg.OperationalError as exc:
        first_line = (str(exc).strip().splitlines() or ["connection lost"])[0]
        raise HubUnavailable(f"lost the hub at {redact(dsn)} during the round: {first_line}") from None
    finally:
        hub.close()
    log.info("hub round for %s: %s", station.station_id, report.describe())
    return report
