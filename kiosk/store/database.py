"""The station's SQLite store: one file, one writer thread, readers on their own connections.

Callers enqueue writes and return at once; the writer batches them into transactions
(``BEGIN IMMEDIATE`` .. ``COMMIT`` with ``synchronous=FULL``), so the UI thread never waits on
disk. A caller that must know its write is durable waits on the returned ticket.

When the disk is full or the folder read-only, writes stay in a bounded queue and are retried;
the problem is reported through ``health`` and the kiosk keeps running. A database that cannot be
opened or fails its integrity check is moved aside (never overwritten) and a fresh one started.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

from kiosk.store.migrations import LATEST_VERSION, migrate, schema_version

log = logging.getLogger(__name__)

WriteOp = Callable[[sqlite3.Connection], Any]

#: SQLite errors that mean "the disk or folder is the problem, try again later".
_TRANSIENT_MARKERS = ("disk", "full", "readonly", "read-only", "unable to open", "locked", "i/o")


class StoreUnavailable(RuntimeError):
    """The database cannot be read right now (folder missing, unreadable)."""


class WriteTicket:
    """Handle for one enqueued write: wait() returns True once it is committed to disk."""

    __slots__ = ("_done", "error", "result")

    def __init__(self) -> None:
        self._done = threading.Event()
        self.error: BaseException | None = None
        self.result: Any = None

    def wait(self, timeout: float | None = None) -> bool:
        """Block until committed (True) or failed/timed out (False)."""
        return self._done.wait(timeout) and self.error is None

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def _finish(self, result: Any = None, error: BaseException | None = None) -> None:
        self.result, self.error = result, error
        self._done.set()


@dataclass
class StoreHealth:
    """What staff diagnostics and `kiosk doctor` show about the store."""

    ok: bool = True
    problem: str = ""
    pending: int = 0
    dropped: int = 0
    committed_batches: int = 0
    recovered_from: Path | None = None
    migrated: list[int] = field(default_factory=list)


def utc_now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection with the kiosk's pragmas. Autocommit mode: transactions are explicit."""
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def check_integrity(path: Path) -> list[str]:
    """Problems found by SQLite's integrity and foreign-key checks (empty when healthy)."""
    conn = connect(path, readonly=True)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [
            f"foreign key: {table} row {rowid} points to missing {parent}"
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
        ]
        return problems
    finally:
        conn.close()


class Store:
    """One station database with a single writer thread."""

    def __init__(
        self, path: Path, *, max_pending: int = 100_000, batch_window_s: float = 0.005, retry_s: float = 1.0
    ) -> None:
        self.path = Path(path)
        self.max_pending = max_pending
        self.batch_window_s = batch_window_s
        self.retry_s = retry_s
        self.health = StoreHealth()
        self._queue: collections.deque[tuple[WriteOp, WriteTicket]] = collections.deque()
        self._cond = threading.Condition()
        self._closing = False
        self._writer: threading.Thread | None = None
        self._conn: sqlite3.Connection | None = None
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []

    # -- lifecycle --------------------------------------------------------------------------

    def open(self) -> Store:
        """Open (recovering and migrating as needed) and start the writer thread."""
        try:
            self._conn = self._open_connection()
        except (OSError, sqlite3.Error) as exc:
            self._report_problem(f"cannot open the database at {self.path}: {exc}")
        self._writer = threading.Thread(target=self._run_writer, name="store-writer", daemon=True)
        self._writer.start()
        return self

    def close(self, timeout: float = 10.0) -> bool:
        """Flush everything and stop the writer. Returns False if writes were left unsaved."""
        flushed = self.flush(timeout)
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        if self._writer:
            self._writer.join(timeout)
        for conn in self._readers:
            conn.close()
        self._readers.clear()
        self._local = threading.local()
        if self._conn:
            self._conn.close()
            self._conn = None
        return flushed

    def __enter__(self) -> Store:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _open_connection(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        recovered_reason = None
        if self.path.exists() and self.path.stat().st_size > 0:
            recovered_reason = self._health_problem()
            if recovered_reason:
                self.health.recovered_from = self._move_aside(recovered_reason)
        conn = connect(self.path)
        self.health.migrated = migrate(conn)
        if recovered_reason:
            conn.execute(
                "INSERT INTO app_events(at, kind, detail) VALUES (?, 'store.recovered', ?)",
                (utc_now_iso(), json.dumps({"moved_to": str(self.health.recovered_from), "reason": recovered_reason})),
            )
        return conn

    def _health_problem(self) -> str | None:
        try:
            problems = check_integrity(self.path)
        except sqlite3.DatabaseError as exc:
            return str(exc)
        return "; ".join(problems[:5]) if problems else None

    def _move_aside(self, reason: str) -> Path:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        log.error("database %s is damaged (%s); moving it to %s", self.path, reason, target)
        self.path.rename(target)
        for suffix in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                side.rename(target.with_name(target.name + suffix))
        return target

    # -- writes -----------------------------------------------------------------------------

    def call(self, op: WriteOp) -> WriteTicket:
        """Enqueue op(conn) to run inside the writer's transaction; returns at once."""
        ticket = WriteTicket()
        with self._cond:
            if self._closing:
                ticket._finish(error=RuntimeError("the store is closed"))
                return ticket
            self._queue.append((op, ticket))
            while len(self._queue) > self.max_pending:
                _, lost = self._queue.popleft()
                self.health.dropped += 1
                lost._finish(error=RuntimeError("dropped: too many writes waiting for the disk"))
            self.health.pending = len(self._queue)
            self._cond.notify()
        return ticket

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> WriteTicket:
        return self.call(lambda conn: conn.execute(sql, params).lastrowid)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> WriteTicket:
        rows = list(rows)
        return self.call(lambda conn: conn.executemany(sql, rows).rowcount)

    def flush(self, timeout: float | None = 10.0) -> bool:
        """Wait until every write enqueued so far is committed (or failed)."""
        return self.call(lambda conn: None).wait(timeout)

    def _run_writer(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._closing:
                    self._cond.wait()
                if self._closing and not self._queue:
                    return
            if self.batch_window_s:
                time.sleep(self.batch_window_s)  # let a burst of writes join one transaction
            with self._cond:
                batch = list(self._queue)
            if not self._commit(batch):
                with self._cond:
                    if self._closing:
                        return
                    self._cond.wait(self.retry_s)
                continue
            with self._cond:
                for _ in batch:
                    self._queue.popleft()
                self.health.pending = len(self._queue)

    def _commit(self, batch: list[tuple[WriteOp, WriteTicket]]) -> bool:
        """Commit a batch; False means the disk is unavailable and the batch stays queued."""
        try:
            if self._conn is None:
                self._conn = self._open_connection()
        except (OSError, sqlite3.Error) as exc:
            self._report_problem(f"cannot open the database at {self.path}: {exc}")
            return False
        conn = self._conn
        try:
            results = self._apply(conn, batch)
        except sqlite3.Error as exc:
            if _is_transient(exc):
                self._report_problem(f"cannot write to {self.path}: {exc}")
                return False
            results = self._replay_one_by_one(conn, batch)
            if results is None:
                return False
        except Exception:
            # A caller's operation failed outside SQLite (a bug in that caller): it fails alone,
            # and the writer thread, which every other write depends on, carries on.
            results = self._replay_one_by_one(conn, batch)
            if results is None:
                return False
        # Health first: whoever wakes on a ticket must already see the store as healthy.
        if not self.health.ok:
            log.warning("the store can write again; %d queued writes saved", len(batch))
        self.health.ok, self.health.problem = True, ""
        self.health.committed_batches += 1
        for (_, ticket), result in zip(batch, results, strict=True):
            if isinstance(result, BaseException):
                ticket._finish(error=result)
            else:
                ticket._finish(result)
        return True

    def _replay_one_by_one(
        self, conn: sqlite3.Connection, batch: list[tuple[WriteOp, WriteTicket]]
    ) -> list[Any] | None:
        """After a failed batch: each write in its own transaction, so a bad one fails alone."""
        results: list[Any] = []
        for op, ticket in batch:
            try:
                results.extend(self._apply(conn, [(op, ticket)]))
            except sqlite3.Error as single:
                if _is_transient(single):
                    self._report_problem(f"cannot write to {self.path}: {single}")
                    return None
                log.error("write rejected by the database: %s", single)
                results.append(single)
            except Exception as single:
                log.exception("a write operation failed")
                results.append(single)
        return results

    @staticmethod
    def _apply(conn: sqlite3.Connection, batch: list[tuple[WriteOp, WriteTicket]]) -> list[Any]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            results = [op(conn) for op, _ in batch]
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return results

    def _report_problem(self, problem: str) -> None:
        if self.health.problem != problem:
            log.error("%s; keeping writes in memory and retrying", problem)
        self.health.ok, self.health.problem = False, problem

    # -- reads ------------------------------------------------------------------------------

    def reader(self) -> sqlite3.Connection:
        """A read connection for the calling thread (reused; never used for writes)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if not self.path.exists():
                raise StoreUnavailable(f"no database at {self.path}: {self.health.problem}")
            try:
                conn = connect(self.path, readonly=True)
            except sqlite3.Error as exc:
                raise StoreUnavailable(f"cannot read {self.path}: {exc}") from exc
            self._local.conn = conn
            self._readers.append(conn)
        return conn

    def db(self) -> sqlite_utils.Database:
        """sqlite-utils view over this thread's read connection, for queries and introspection."""
        import sqlite_utils  # imported on first use: it brings numpy, which start-up does without

        return sqlite_utils.Database(self.reader())

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        return list(self.db().query(sql, params))

    @property
    def schema_version(self) -> int:
        return schema_version(self.reader())

    @property
    def is_current(self) -> bool:
        return self.schema_version == LATEST_VERSION


def _is_transient(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and any(m in text for m in _TRANSIENT_MARKERS)
