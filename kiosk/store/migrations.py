"""Numbered schema migrations. The schema version lives in the database (PRAGMA user_version).

Append a new function to MIGRATIONS to change the schema; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = tuple[int, str, Callable[[sqlite3.Connection], None]]


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run DDL statement by statement: executescript() would commit the migration's transaction."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line.split("--", 1)[0] + "\n"
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""


def _journal_tables(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE visits (
            id INTEGER PRIMARY KEY,
            station_id TEXT NOT NULL,
            started_at TEXT NOT NULL,              -- UTC, ISO 8601 with Z
            ended_at TEXT,
            local_day TEXT NOT NULL,               -- YYYY-MM-DD in the station's time zone
            language TEXT NOT NULL,
            end_reason TEXT,                       -- idle, staff, shutdown, session
            programme_session_id INTEGER
        );
        CREATE INDEX visits_day ON visits(local_day, station_id);

        CREATE TABLE exhibit_runs (
            id INTEGER PRIMARY KEY,
            visit_id INTEGER NOT NULL REFERENCES visits(id),
            exhibit_id TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            local_day TEXT NOT NULL,
            active_ms INTEGER NOT NULL DEFAULT 0 CHECK (active_ms >= 0),
            outcome TEXT CHECK (outcome IN ('completed', 'abandoned', 'error')),
            score REAL,
            interactions INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX exhibit_runs_visit ON exhibit_runs(visit_id);
        CREATE INDEX exhibit_runs_day ON exhibit_runs(local_day, exhibit_id);

        CREATE TABLE app_events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}'     -- JSON
        );
        CREATE INDEX app_events_kind ON app_events(kind, at);
        """,
    )


def _staff_gate(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE staff_pins (
            role TEXT PRIMARY KEY CHECK (role IN ('staff', 'educator')),
            pin_hash TEXT NOT NULL,                -- scrypt, see kiosk.pins
            set_at TEXT NOT NULL
        );
        CREATE TABLE pin_lockout (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            failures INTEGER NOT NULL DEFAULT 0,   -- consecutive wrong PINs
            lockouts INTEGER NOT NULL DEFAULT 0,   -- how many times the pad has locked
            locked_until TEXT                      -- UTC; NULL when not locked
        );
        """,
    )


AGE_BANDS = ("5-8", "9-12", "13-15", "16-18", "19-25", "26-64", "65+")
GENDERS = ("female", "male", "another", "not_said")
PARTICIPANT_ROLES = ("pupil", "student", "teacher", "adult")


def _sql_list(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def _programmes(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        f"""
        CREATE TABLE programmes (                  -- the catalogue, refreshed from its file at start
            code TEXT PRIMARY KEY,
            subject TEXT NOT NULL,
            target_group TEXT NOT NULL,            -- children, youth, adults, teachers
            tags TEXT NOT NULL DEFAULT '[]',       -- JSON list, e.g. ["digital-skills", "after-school"]
            sessions_to_graduate INTEGER NOT NULL CHECK (sessions_to_graduate > 0),
            title_lv TEXT NOT NULL,
            title_en TEXT NOT NULL,
            title_ru TEXT NOT NULL
        );
        CREATE TABLE programme_sessions (
            id INTEGER PRIMARY KEY,
            programme_code TEXT NOT NULL REFERENCES programmes(code),
            station_id TEXT NOT NULL,
            started_at TEXT NOT NULL,
            planned_end_at TEXT NOT NULL,
            ended_at TEXT,
            local_day TEXT NOT NULL,
            end_reason TEXT                        -- educator, planned_end, restart
        );
        CREATE INDEX programme_sessions_day ON programme_sessions(local_day, programme_code);
        -- Pseudonymous only: no names, no birth dates. A purged participant keeps its
        -- age band, gender and role for the aggregate counts, and loses its code and group.
        CREATE TABLE participants (
            code TEXT PRIMARY KEY,
            age_band TEXT NOT NULL CHECK (age_band IN ({_sql_list(AGE_BANDS)})),
            gender TEXT NOT NULL CHECK (gender IN ({_sql_list(GENDERS)})),
            role TEXT NOT NULL CHECK (role IN ({_sql_list(PARTICIPANT_ROLES)})),
            group_label TEXT,                      -- a school class, never a person's name
            created_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL,
            purged INTEGER NOT NULL DEFAULT 0 CHECK (purged IN (0, 1))
        );
        CREATE TABLE attendance (
            session_id INTEGER NOT NULL REFERENCES programme_sessions(id),
            participant_code TEXT NOT NULL REFERENCES participants(code) ON UPDATE CASCADE,
            checked_in_at TEXT NOT NULL,
            method TEXT NOT NULL CHECK (method IN ('qr', 'manual')),
            PRIMARY KEY (session_id, participant_code)
        );
        CREATE INDEX attendance_participant ON attendance(participant_code);
        CREATE TABLE graduations (
            participant_code TEXT NOT NULL REFERENCES participants(code) ON UPDATE CASCADE,
            programme_code TEXT NOT NULL REFERENCES programmes(code),
            graduated_on TEXT NOT NULL,            -- local day
            PRIMARY KEY (participant_code, programme_code)
        );
        """,
    )


def _stats_indexes(conn: sqlite3.Connection) -> None:
    """Indexes the statistics engine (kiosk/stats) reads through: a KPI table for a year of ten
    stations scans only index pages, never the tables."""
    _run_script(
        conn,
        """
        -- visitors per day, station and language (covering); per station first for one kiosk
        CREATE INDEX IF NOT EXISTS visits_stats ON visits(local_day, station_id, language);
        CREATE INDEX IF NOT EXISTS visits_station_day ON visits(station_id, local_day, language);
        -- exhibit use per day and exhibit: runs, completions, active time (covering)
        CREATE INDEX IF NOT EXISTS exhibit_runs_stats
            ON exhibit_runs(local_day, exhibit_id, outcome, active_ms, visit_id);
        CREATE INDEX IF NOT EXISTS programme_sessions_station_day
            ON programme_sessions(station_id, local_day, programme_code);
        CREATE INDEX IF NOT EXISTS graduations_day ON graduations(graduated_on, programme_code);
        """,
    )


def _sync_outbox(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        -- One row per KPI entity (station, KPI, breakdown, local day): the latest payload.
        -- Rows stay; what each target has confirmed is kept in kpi_deliveries.
        CREATE TABLE kpi_outbox (
            entity_id TEXT PRIMARY KEY,            -- urn:ngsi-ld:KeyPerformanceIndicator:...
            station_id TEXT NOT NULL,
            kpi TEXT NOT NULL,
            breakdown TEXT NOT NULL,
            period_from TEXT NOT NULL,             -- local day, YYYY-MM-DD
            period_to TEXT NOT NULL,
            payload TEXT NOT NULL,                 -- JSON, key-values form
            payload_hash TEXT NOT NULL,            -- sha256 of the payload without dateModified
            revision INTEGER NOT NULL DEFAULT 1,   -- +1 each time the payload changes
            computed_at TEXT NOT NULL,             -- UTC, when this payload was computed
            sent_at TEXT,                          -- UTC, last confirmation by any target
            attempts INTEGER NOT NULL DEFAULT 0,   -- deliveries tried since the last change
            last_error TEXT
        );
        CREATE INDEX kpi_outbox_period ON kpi_outbox(period_from, entity_id);
        -- A place the outbox delivers to: a sink kind and its address (folder, URL, database).
        CREATE TABLE kpi_sync_targets (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('file', 'ngsi-ld', 'postgres')),
            address TEXT NOT NULL,                 -- never holds a password or token
            created_at TEXT NOT NULL,
            last_attempt_at TEXT,
            last_success_at TEXT,
            last_error TEXT,
            failures INTEGER NOT NULL DEFAULT 0,   -- consecutive transient failures
            next_attempt_at TEXT,                  -- UTC; backoff after failures
            UNIQUE (kind, address)
        );
        -- What each target has confirmed (or refused) of each entity, by payload hash.
        CREATE TABLE kpi_deliveries (
            target_id INTEGER NOT NULL REFERENCES kpi_sync_targets(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL REFERENCES kpi_outbox(entity_id) ON DELETE CASCADE,
            confirmed_hash TEXT,
            confirmed_at TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            parked_hash TEXT,                      -- refused for good at this payload
            parked_reason TEXT,
            parked_at TEXT,
            PRIMARY KEY (target_id, entity_id)
        );
        -- Small key-value state of the sync (e.g. the change-scan watermark).
        CREATE TABLE kpi_sync_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    )


def _programme_badges(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        -- Codes handed out on printed badges. A code becomes a participant's code when an
        -- educator registers the badge; unregistered codes carry no data about anyone.
        CREATE TABLE badge_codes (
            code TEXT PRIMARY KEY,
            issued_at TEXT NOT NULL,               -- UTC
            printed_at TEXT                        -- UTC; NULL until a badge with it was printed
        );
        CREATE INDEX participants_last_seen ON participants(last_seen_at);
        CREATE INDEX programme_sessions_open ON programme_sessions(station_id, ended_at);
        """,
    )


RUN_OUTCOMES = ("completed", "abandoned", "error", "interrupted")


def _interrupted_and_app_state(conn: sqlite3.Connection) -> None:
    """Runs left open by a kill or power cut are closed as 'interrupted' at the next start (not
    'abandoned', which a visitor does); app_state holds the kiosk's heartbeat and the demo flag.
    SQLite cannot change a CHECK constraint in place, so exhibit_runs is rebuilt, rows and indexes kept."""
    _run_script(
        conn,
        f"""
        CREATE TABLE exhibit_runs_v7 (
            id INTEGER PRIMARY KEY,
            visit_id INTEGER NOT NULL REFERENCES visits(id),
            exhibit_id TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            local_day TEXT NOT NULL,
            active_ms INTEGER NOT NULL DEFAULT 0 CHECK (active_ms >= 0),
            outcome TEXT CHECK (outcome IN ({_sql_list(RUN_OUTCOMES)})),
            score REAL,
            interactions INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO exhibit_runs_v7(id, visit_id, exhibit_id, started_at, ended_at, local_day, active_ms, outcome,
                                    score, interactions)
            SELECT id, visit_id, exhibit_id, started_at, ended_at, local_day, active_ms, outcome, score, interactions
              FROM exhibit_runs;
        DROP TABLE exhibit_runs;
        ALTER TABLE exhibit_runs_v7 RENAME TO exhibit_runs;
        CREATE INDEX exhibit_runs_visit ON exhibit_runs(visit_id);
        CREATE INDEX exhibit_runs_day ON exhibit_runs(local_day, exhibit_id);
        CREATE INDEX exhibit_runs_stats ON exhibit_runs(local_day, exhibit_id, outcome, active_ms, visit_id);
        -- Small key-value state of the kiosk: 'kiosk.heartbeat' (UTC, the last moment the kiosk
        -- was known to run), 'database.demo' ('1' when the database holds synthetic demo data).
        CREATE TABLE app_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL               -- UTC
        );
        """,
    )


def _spill_replays(conn: sqlite3.Connection) -> None:
    """One row per spill file replayed (kiosk/store/spill.py): written in the replay's own
    transaction, so a file is never replayed twice, even after a crash before it was deleted."""
    from kiosk.store.spill import MARKER_TABLE_SQL

    _run_script(conn, MARKER_TABLE_SQL + ";")


PROVISIONAL_STATUSES = ("provisional", "confirmed", "unknown")


def _provisional_checkins(conn: sqlite3.Connection) -> None:
    """Offline, a well-formed badge this station does not know (maybe registered at another
    station of the centre) is checked in provisionally and kept here until a hub round settles it:
    'confirmed' (it became an attendance row) or 'unknown' (shown to the educator to register;
    still re-checked at every round). A check-in is never lost."""
    statuses = ", ".join(f"'{s}'" for s in PROVISIONAL_STATUSES)
    _run_script(
        conn,
        f"""
        CREATE TABLE provisional_checkins (
            session_id INTEGER NOT NULL REFERENCES programme_sessions(id),
            code TEXT NOT NULL,
            checked_in_at TEXT NOT NULL,           -- UTC
            method TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'provisional' CHECK (status IN ({statuses})),
            settled_at TEXT,                       -- UTC; when a round confirmed or marked it
            PRIMARY KEY (session_id, code)
        );
        CREATE INDEX provisional_checkins_open ON provisional_checkins(status);
        """,
    )


MIGRATIONS: list[Migration] = [
    (1, "journal: visits, exhibit runs, app events", _journal_tables),
    (2, "staff gate: PIN hashes and lockout state", _staff_gate),
    (3, "programmes: catalogue, sessions, participants, attendance, graduations", _programmes),
    (4, "statistics: indexes for the KPI queries", _stats_indexes),
    (5, "sync: KPI outbox and per-target delivery state", _sync_outbox),
    (6, "programmes: badge codes, purge and open-session indexes", _programme_badges),
    (7, "journal: interrupted runs; app state (heartbeat, demo flag)", _interrupted_and_app_state),
    (8, "store: spill files replayed (each exactly once)", _spill_replays),
    (9, "programmes: provisional check-ins of badges registered at another station", _provisional_checkins),
]
# Reserved, one per part of the kiosk, so parts built side by side never clash:
#   4 statistics indexes (kiosk/stats), 5 sync outbox (kiosk/sync).

LATEST_VERSION = MIGRATIONS[-1][0]


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> list[int]:
    """Apply the migrations above the database's version, each in its own transaction."""
    applied = []
    current = schema_version(conn)
    if current > LATEST_VERSION:
        raise RuntimeError(
            f"the database is at schema version {current}, newer than this kiosk ({LATEST_VERSION}); "
            "install the newer kiosk version or restore a backup"
        )
    for version, _description, apply in MIGRATIONS:
        if current < version <= target:
            conn.execute("BEGIN IMMEDIATE")
            try:
                apply(conn)
                conn.execute(f"PRAGMA user_version = {version}")
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:  # SQLite may have ended it itself (a full disk)
                    conn.execute("ROLLBACK")
                raise
            applied.append(version)
    return applied
