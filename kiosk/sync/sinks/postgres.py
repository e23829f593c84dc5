"""The PostgreSQL sink: a ``kpi_observations`` table many stations upsert into.

The table is created if missing. Each row is one entity, keyed by its id, so every station
writes its own rows and a replay overwrites a row with the same absolute total. An older
payload never overwrites a newer one (``date_modified`` guard), should two processes of one
station sync at once. Connection problems are transient; data errors mark the batch invalid.
"""

from __future__ import annotations

import logging
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.types.json import Jsonb

from kiosk.sync.outbox import OutboxEntry, Target
from kiosk.sync.retry import BatchRejected, TargetRefused, TransientError
from kiosk.sync.sinks.base import SinkAnswer, SyncConfigError

log = logging.getLogger(__name__)

TABLE = "kpi_observations"
#: Serialises concurrent CREATE TABLE IF NOT EXISTS of several stations starting together.
_DDL_LOCK_KEY = 7_364_501

DDL = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    entity_id text PRIMARY KEY,
    site text NOT NULL,
    station text NOT NULL,
    kpi text NOT NULL,
    breakdown text NOT NULL,
    period_from date NOT NULL,
    period_to date NOT NULL,
    kpi_value double precision,          -- NULL when the cell is suppressed
    unit text,
    payload jsonb NOT NULL,              -- the key-values entity
    payload_hash text NOT NULL,
    date_modified timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS {TABLE}_period ON {TABLE} (period_from, kpi, breakdown);
"""

UPSERT = f"""
INSERT INTO {TABLE} (entity_id, site, station, kpi, breakdown, period_from, period_to, kpi_value, unit,
                     payload, payload_hash, date_modified)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
ON CONFLICT (entity_id) DO UPDATE SET
    kpi_value = EXCLUDED.kpi_value, unit = EXCLUDED.unit, payload = EXCLUDED.payload,
    payload_hash = EXCLUDED.payload_hash, date_modified = EXCLUDED.date_modified, received_at = now()
WHERE {TABLE}.date_modified <= EXCLUDED.date_modified
"""

COLUMNS = (
    "entity_id", "site", "station", "kpi", "breakdown", "period_from", "period_to", "kpi_value", "unit",
    "payload", "payload_hash", "date_modified",
)


def redact(dsn: str) -> str:
    """The connection string without its password (for logs, status and the target's address)."""
    try:
        params = conninfo_to_dict(dsn)
    except psycopg.ProgrammingError as exc:
        raise SyncConfigError(f"sync.dsn is not a valid PostgreSQL connection string: {exc}") from None
    params.pop("password", None)
    return make_conninfo("", **{k: v for k, v in params.items() if v is not None})


def row_of(entry: OutboxEntry) -> tuple[Any, ...]:
    """One kpi_observations row from an outbox entry."""
    entity = entry.payload
    value = entity.get("kpiValue")
    number = float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
    period = entity["calculationPeriod"]
    return (
        entity["id"],
        entity["site"],
        entity["station"],
        entity["name"],
        entity["breakdown"],
        period["from"],
        period["to"],
        number,
        entity.get("unit"),
        Jsonb(entity),
        entry.payload_hash,
        entity["dateModified"],
    )


class PostgresSink:
    """Upserts batches of entities into a central PostgreSQL database."""

    kind = "postgres"
    batch_size = 1000

    def __init__(self, dsn: str, *, connect_timeout_s: int = 10) -> None:
        self.address = redact(dsn)
        self.target = Target(self.kind, self.address)
        self._dsn = dsn
        self._connect_timeout_s = connect_timeout_s
        self._conn: psycopg.Connection[Any] | None = None

    def __repr__(self) -> str:  # never shows the password
        return f"PostgresSink({self.address!r})"

    def _connection(self) -> psycopg.Connection[Any]:
        if self._conn is not None and not self._conn.closed and not self._conn.broken:
            return self._conn
        try:
            conn = psycopg.connect(self._dsn, connect_timeout=self._connect_timeout_s, application_name="vizium-kiosk")
        except psycopg.OperationalError as exc:
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else "cannot connect"
            if "password authentication failed" in message or "no password supplied" in message:
                raise TargetRefused(f"the database refused the login: {message}") from None
            raise TransientError(f"cannot connect to {self.address}: {message}") from None
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (_DDL_LOCK_KEY,))
                for statement in DDL.split(";"):
                    if statement.strip():
                        conn.execute(statement)
        except psycopg.errors.InsufficientPrivilege as exc:
            conn.close()
            raise TargetRefused(f"the database user may not create or use {TABLE}: {exc}") from None
        except psycopg.OperationalError as exc:
            conn.close()
            raise TransientError(f"the database went away: {exc}") from None
        self._conn = conn
        return conn

    def send(self, entries: list[OutboxEntry]) -> SinkAnswer:
        if not entries:
            return SinkAnswer()
        conn = self._connection()
        rows = [row_of(e) for e in entries]
        try:
            with conn.transaction(), conn.cursor() as cursor:
                cursor.executemany(UPSERT, rows)
        except (psycopg.OperationalError, psycopg.errors.AdminShutdown, psycopg.InterfaceError) as exc:
            self._drop()
            raise TransientError(f"the database went away: {str(exc).strip() or type(exc).__name__}") from None
        except psycopg.errors.InsufficientPrivilege as exc:
            raise TargetRefused(f"the database user may not write {TABLE}: {exc}") from None
        except (psycopg.DataError, psycopg.IntegrityError, psycopg.ProgrammingError) as exc:
            first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise BatchRejected(f"the database refused the row ({type(exc).__name__}): {first_line[:300]}") from None
        return SinkAnswer(confirmed=[e.entity_id for e in entries])

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except psycopg.Error:
                pass
        self._conn = None

    def close(self) -> None:
        self._drop()
