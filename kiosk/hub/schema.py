"""The hub's numbered migrations. The version lives in the hub (`hub_meta.schema_version`).

Append a migration to change the schema; never edit one that has shipped. `init_hub` creates or
upgrades a hub and is safe to run from several stations at once (an advisory lock serialises it).
"""

from __future__ import annotations

from typing import Any

from kiosk.hub.connection import HubError, connect, redact
from kiosk.store.migrations import AGE_BANDS, GENDERS, PARTICIPANT_ROLES

#: Serialises migrations of several stations and `kiosk hub init` starting together.
_MIGRATION_LOCK_KEY = 7_364_502


def _in(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


_CENTRE_RECORDS = f"""
CREATE TABLE stations (
    station_id text PRIMARY KEY,
    site text NOT NULL,
    first_seen_at timestamptz NOT NULL DEFAULT now(),
    last_contact_at timestamptz,
    kiosk_version text,
    station_schema integer,
    demo boolean NOT NULL DEFAULT false,           -- a demo database: its rows never reach the city
    waiting_up integer NOT NULL DEFAULT 0,         -- records the station had not sent at its last round
    registry_seq_seen bigint NOT NULL DEFAULT 0,   -- the registry as far as the station has taken it
    last_error text
);

-- One sequence orders every change of the registry (participants, purges) that stations take down.
CREATE SEQUENCE registry_seq;

-- The centre-wide participant registry: pseudonymous codes only. Group labels stay on stations.
CREATE TABLE participants (
    code text PRIMARY KEY,
    age_band text NOT NULL CHECK (age_band IN ({_in(AGE_BANDS)})),
    gender text NOT NULL CHECK (gender IN ({_in(GENDERS)})),
    role text NOT NULL CHECK (role IN ({_in(PARTICIPANT_ROLES)})),
    created_at timestamptz NOT NULL,
    registered_at_station text REFERENCES stations(station_id),
    purged boolean NOT NULL DEFAULT false,
    seq bigint NOT NULL DEFAULT nextval('registry_seq')
);
CREATE INDEX participants_seq ON participants(seq);

-- Station records are keyed by station, the station's database (a station whose database was
-- replaced starts its ids again) and the local id.
CREATE TABLE programme_sessions (
    station_id text NOT NULL REFERENCES stations(station_id),
    database_id text NOT NULL,
    id bigint NOT NULL,
    programme_code text NOT NULL,
    started_at timestamptz NOT NULL,
    planned_end_at timestamptz NOT NULL,
    ended_at timestamptz,
    local_day date NOT NULL,
    end_reason text,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (station_id, database_id, id)
);
CREATE INDEX programme_sessions_open ON programme_sessions(station_id, database_id) WHERE ended_at IS NULL;
CREATE INDEX programme_sessions_day ON programme_sessions(local_day, programme_code);

CREATE TABLE attendance (
    station_id text NOT NULL,
    database_id text NOT NULL,
    session_id bigint NOT NULL,
    participant_code text NOT NULL REFERENCES participants(code) ON UPDATE CASCADE,
    checked_in_at timestamptz NOT NULL,
    method text NOT NULL,
    PRIMARY KEY (station_id, database_id, session_id, participant_code),
    FOREIGN KEY (station_id, database_id, session_id) REFERENCES programme_sessions(station_id, database_id, id)
);
CREATE INDEX attendance_participant ON attendance(participant_code);

CREATE TABLE visits (
    station_id text NOT NULL REFERENCES stations(station_id),
    database_id text NOT NULL,
    id bigint NOT NULL,
    started_at timestamptz NOT NULL,
    ended_at timestamptz,
    local_day date NOT NULL,
    language text NOT NULL,
    end_reason text,
    programme_session_id bigint,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (station_id, database_id, id)
);
CREATE INDEX visits_open ON visits(station_id, database_id) WHERE ended_at IS NULL;
CREATE INDEX visits_day ON visits(local_day, station_id);

CREATE TABLE exhibit_runs (
    station_id text NOT NULL,
    database_id text NOT NULL,
    id bigint NOT NULL,
    visit_id bigint NOT NULL,
    exhibit_id text NOT NULL,
    started_at timestamptz NOT NULL,
    ended_at timestamptz,
    local_day date NOT NULL,
    active_ms bigint NOT NULL DEFAULT 0,
    outcome text,
    score double precision,
    interactions integer NOT NULL DEFAULT 0,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (station_id, database_id, id),
    FOREIGN KEY (station_id, database_id, visit_id) REFERENCES visits(station_id, database_id, id)
);
CREATE INDEX exhibit_runs_open ON exhibit_runs(station_id, database_id) WHERE ended_at IS NULL;
CREATE INDEX exhibit_runs_day ON exhibit_runs(local_day, exhibit_id);

-- A purge (retention, or an erasure request) anywhere reaches every station: the code's hash
-- and the anonymous token that replaces it everywhere, so the same person stays one person.
CREATE TABLE purges (
    code_hash text PRIMARY KEY,                    -- sha256 of the code, hex
    token text NOT NULL UNIQUE,
    purged_at timestamptz NOT NULL DEFAULT now(),
    seq bigint NOT NULL DEFAULT nextval('registry_seq')
);
CREATE INDEX purges_seq ON purges(seq);

-- Badge codes reserved for one station, so two stations never hand out the same code, offline too.
CREATE TABLE badge_pool (
    code text PRIMARY KEY,
    station_id text NOT NULL REFERENCES stations(station_id),
    reserved_at timestamptz NOT NULL DEFAULT now()
);
"""

_HEALTH_SETTINGS_CONSOLE = """
-- Heartbeats: each running kiosk writes its health every [hub] heartbeat_s. The latest beat of a
-- station is in stations.last_beat (one row per station, updated in place); a short history is kept
-- in station_beats for the station page (faults over time), trimmed by the hub.
ALTER TABLE stations ADD COLUMN last_beat_at timestamptz;
ALTER TABLE stations ADD COLUMN last_beat jsonb;
CREATE TABLE station_beats (
    station_id text NOT NULL REFERENCES stations(station_id) ON DELETE CASCADE,
    at timestamptz NOT NULL,
    beat jsonb NOT NULL,                           -- version, uptime, open, camera, disk, store, waiting, faults
    PRIMARY KEY (station_id, at)
);

-- Settings from the centre: versions of the centre-managed settings for one station, or for all
-- ('*'). A station applies the newest valid version at its next idle reset and reports what it
-- applied; a version that fails validation is kept with its reason and never applied.
CREATE TABLE station_settings (
    id bigserial PRIMARY KEY,
    station_id text NOT NULL,                      -- a station id, or '*' for every station
    settings jsonb NOT NULL,                       -- {"ui": {"open_hours": "10:00-18:00", ...}, ...}
    created_by text NOT NULL,                      -- console account, or "kiosk hub settings" on the CLI
    created_at timestamptz NOT NULL DEFAULT now(),
    problem text                                   -- why validation refused it (NULL: valid)
);
CREATE INDEX station_settings_station ON station_settings(station_id, id);
ALTER TABLE stations ADD COLUMN settings_applied bigint;      -- station_settings.id the station runs
ALTER TABLE stations ADD COLUMN settings_applied_at timestamptz;
ALTER TABLE stations ADD COLUMN settings_problem text;        -- why the station refused a version

-- The console's staff accounts: passwords as scrypt hashes (as the kiosk's PINs), roles staff and
-- educator (read-only KPIs). Logins are throttled per account and per address, across restarts.
CREATE TABLE console_users (
    username text PRIMARY KEY,
    password_hash text NOT NULL,
    role text NOT NULL CHECK (role IN ('staff', 'educator')),
    created_at timestamptz NOT NULL DEFAULT now(),
    disabled boolean NOT NULL DEFAULT false
);
CREATE TABLE console_login_failures (
    key text PRIMARY KEY,                          -- 'user:<name>' or 'addr:<ip>'
    failures integer NOT NULL DEFAULT 0,
    lockouts integer NOT NULL DEFAULT 0,
    locked_until timestamptz
);
CREATE TABLE console_sessions (
    token_hash text PRIMARY KEY,                   -- sha256 of the cookie's token: a leak of this table opens nothing
    username text NOT NULL REFERENCES console_users(username) ON DELETE CASCADE,
    csrf_token text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);
-- Who did what in the console (settings changes, exports, logins): the audit trail.
CREATE TABLE console_audit (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    username text,
    action text NOT NULL,
    detail jsonb NOT NULL DEFAULT '{}'
);
"""

# A purged code's sha256 is reversible by brute force (the code space is small), so the hub keeps it
# only until every station has taken the purge down (kiosk.hub.privacy.forget_purged_hashes); the
# token and the order stay. The key moves to the token; a hash is unique while it is kept.
_PURGE_HASHES_FORGOTTEN = """
ALTER TABLE purges DROP CONSTRAINT purges_pkey;
ALTER TABLE purges DROP CONSTRAINT purges_token_key, ADD PRIMARY KEY (token);
ALTER TABLE purges ALTER COLUMN code_hash DROP NOT NULL;
ALTER TABLE purges ADD CONSTRAINT purges_code_hash_key UNIQUE (code_hash);
ALTER TABLE purges ADD COLUMN hash_forgotten_at timestamptz;
CREATE INDEX purges_hash_kept ON purges(seq) WHERE code_hash IS NOT NULL;
"""

# A station taken away for good (kiosk.hub.stations): the hub no longer waits for it.
_RETIRED_STATIONS = """
ALTER TABLE stations ADD COLUMN retired_at timestamptz;
ALTER TABLE stations ADD COLUMN retired_by text;
"""

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "centre records: stations, registry, sessions, attendance, visits, runs, purges, badge pool",
     _CENTRE_RECORDS),
    (2, "station health and settings from the centre; console accounts, sessions and audit",
     _HEALTH_SETTINGS_CONSOLE),
    (3, "a purged code's hash is forgotten once every station has taken the purge", _PURGE_HASHES_FORGOTTEN),
    (4, "stations can be retired", _RETIRED_STATIONS),
]
LATEST_VERSION = MIGRATIONS[-1][0]


def hub_version(conn: Any) -> int:
    """The hub's schema version (0 for an empty database)."""
    exists = conn.execute("SELECT to_regclass('hub_meta') IS NOT NULL").fetchone()[0]
    if not exists:
        return 0
    row = conn.execute("SELECT value FROM hub_meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: Any) -> list[int]:
    """Bring the hub to LATEST_VERSION in one transaction; the versions applied."""
    applied: list[int] = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK_KEY,))
        conn.execute("CREATE TABLE IF NOT EXISTS hub_meta (key text PRIMARY KEY, value text NOT NULL)")
        current = hub_version(conn)
        if current > LATEST_VERSION:
            raise HubError(
                f"the hub is at schema version {current}, newer than this kiosk ({LATEST_VERSION}): "
                "update the kiosk software on this station"
            )
        for version, _description, script in MIGRATIONS:
            if version > current:
                conn.execute(script)
                applied.append(version)
        if applied:
            conn.execute(
                "INSERT INTO hub_meta(key, value) VALUES ('schema_version', %s)"
                " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (str(applied[-1]),),
            )
    return applied


def init_hub(dsn: str) -> tuple[int, list[int]]:
    """Create or upgrade the hub at ``dsn``; returns (version now, versions applied)."""
    conn = connect(dsn, purpose="init")
    try:
        applied = migrate(conn)
        return hub_version(conn), applied
    except HubError:
        raise
    except Exception as exc:
        raise HubError(f"cannot set up the hub at {redact(dsn)}: {exc}") from None
    finally:
        conn.close()


def require_current(conn: Any, dsn: str) -> None:
    """Stop a round early when the hub has not been set up for this kiosk version."""
    version = hub_version(conn)
    if version < LATEST_VERSION:
        raise HubError(
            f"the hub at {redact(dsn)} is at schema version {version}, this kiosk needs {LATEST_VERSION}: "
            "run `kiosk hub init` once (it creates or upgrades the hub)"
        )
    if version > LATEST_VERSION:
        raise HubError(
            f"the hub is at schema version {version}, newer than this kiosk ({LATEST_VERSION}): "
            "update the kiosk software on this station"
        )
