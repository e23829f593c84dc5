"""The station's SQLite store: one file, one writer thread, readers on their own connections.

Callers enqueue writes and return at once; the writer batches them into transactions
(``BEGIN IMMEDIATE`` .. ``COMMIT`` with ``synchronous=FULL``), so the UI thread never waits on
disk. A caller that must know its write is durable waits on the returned ticket.

When the disk is full or the folder read-only, writes stay in a bounded queue and are retried;
the problem is reported through ``health`` and the kiosk keeps running. Writes still queued when the
store closes go to a spill file and are replayed, once, at the next start (kiosk/store/spill.py).
Only a file SQLite reads and finds corrupt is moved aside (never overwritten) and a fresh one
started; a folder or file that cannot be opened or written is reported as such and retried.

``Store(path, readonly=True)`` is for commands that only look: it never creates, moves, migrates
or replays anything, and refuses writes.
"""

from __future__ import annotations

import collections
import datetime as dt
import errno
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

from kiosk.store import spill as spills
from kiosk.store.migrations import LATEST_VERSION, migrate, schema_version
from kiosk.store.spill import SqlWrite
from kiosk.timestamps import utc_now_iso

log = logging.getLogger(__name__)

WriteOp = Callable[[sqlite3.Connection], Any]

#: SQLite errors that mean "the disk or folder is the problem, try again later".
_TRANSIENT_MARKERS = ("disk", "full", "readonly", "read-only", "unable to open", "locked", "i/o")
#: SQLite's own verdict that a file is damaged: the only reason a database is ever moved aside.
_CORRUPTION_CODES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
#: How long a connection waits for another's lock before SQLite reports "database is locked".
BUSY_TIMEOUT_S = 5
#: Writes kept in memory at most, as a multiple of max_pending, when not even a spill file can be written.
HARD_LIMIT_FACTOR = 2
#: The same problem is logged again after this long, so a long outage is not silent (nor spammy).
PROBLEM_LOG_INTERVAL_S = 300.0


class StoreUnavailable(RuntimeError):
    """The database cannot be read right now (folder missing, unreadable)."""


class StoreDamaged(StoreUnavailable):
    """SQLite read the database and found it damaged: commands refuse it, the kiosk sets it aside."""


class StoreReadOnly(RuntimeError):
    """A write was asked of a store opened read-only (a command that must change nothing)."""


def is_corruption(exc: BaseException) -> bool:
    """True only when SQLite read the file and found it damaged (not: cannot open, read-only, full)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name:
        return name.startswith(_CORRUPTION_CODES)
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def is_disk_full(exc: BaseException) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    return name == "SQLITE_FULL" or "disk is full" in text or "no space left" in text


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
    #: at close: writes put in a spill file (replayed at the next start), and where
    spilled: int = 0
    spill_path: Path | None = None
    #: writes given up for good: queue overflow, or unsaved at close and not spillable
    lost: int = 0
    #: writes of earlier runs waiting in spill files for this database, and those replayed now
    waiting_in_spills: int = 0
    replayed: int = 0

    @property
    def unsaved(self) -> int:
        """Writes of this process that did not reach the database (spilled or lost)."""
        return self.spilled + self.lost

    def unsaved_text(self) -> str:
        """A sentence for the log, the monkey and `kiosk run` when writes did not reach the database."""
        parts = []
        if self.spilled:
            parts.append(f"{self.spilled} writes could not be saved to the database ({self.problem or 'no disk'}); "
                         f"they wait in {self.spill_path} and go in at the next start")
        if self.lost:
            parts.append(f"{self.lost} writes were lost ({self.problem or 'no disk'})")
        return "; ".join(parts)


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection with the kiosk's pragmas. Autocommit mode: transactions are explicit."""
    if readonly:
        conn = _connect_readonly(Path(path))
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def _connect_readonly(path: Path) -> sqlite3.Connection:
    if not path.exists():  # mode=ro never creates, but say so plainly
        raise sqlite3.OperationalError(f"unable to open database file: {path} does not exist")
    uri = f"file:{path}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")
        return conn
    except sqlite3.OperationalError as exc:
        wal = path.with_name(path.name + "-wal")
        # A WAL database on a read-only medium cannot make its -shm file. With no WAL content
        # everything is in the main file and nobody can change it: reading it as immutable is exact.
        # (With a -wal file, immutable would ignore committed rows: never done then.)
        if getattr(exc, "sqlite_errorname", "") != "SQLITE_CANTOPEN" or (wal.exists() and wal.stat().st_size):
            raise
    conn = sqlite3.connect(f"{uri}&immutable=1", uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")
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


def explain_failure(exc: BaseException, folder: Path, failed: str) -> str:
    """What a person should read when a database in ``folder`` cannot be opened or written: the
    cause first ("the disk is full at FOLDER", "the data folder FOLDER is read-only")."""
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code is None and isinstance(exc, sqlite3.OperationalError):
        # SQLite says "disk I/O error" or "unable to open" for a file system that turned
        # read-only under it (an ext4 error), a full disk, or a folder it may not write: ask the folder.
        code = _write_probe(folder)
    if is_disk_full(exc) or code == errno.ENOSPC:
        return f"the disk is full at {folder}: {failed} ({exc})"
    if code == errno.EROFS or "read-only" in text or "readonly" in text:
        return f"the data folder {folder} is read-only: {failed} ({exc})"
    if code in (errno.EACCES, errno.EPERM):
        return f"the data folder {folder} may not be written by this user: {failed} ({exc})"
    return f"{failed}: {exc}"


def check_readable(path: Path) -> None:
    """For commands that report from the database: raise StoreDamaged (SQLite finds it corrupt) or
    StoreUnavailable (missing, cannot be opened), with a message for a person. Changes nothing."""
    path = Path(path)
    if not path.exists():
        raise StoreUnavailable(f"No database at {path} yet: it is created when the kiosk first starts.")
    try:
        conn = connect(path, readonly=True)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check") if row[0] != "ok"]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if not is_corruption(exc):
            raise StoreUnavailable(
                explain_failure(exc, path.parent, f"the station database {path} cannot be opened") + "."
            ) from exc
        problems = [str(exc)]
    if problems:
        raise StoreDamaged(
            f"The station database {path} is damaged ({'; '.join(problems[:3])}): nothing is read from it. "
            "The kiosk sets it aside and starts a fresh one at its next start; `kiosk db check` lists the problems."
        )


class Store:
    """One station database with a single writer thread."""

    def __init__(
        self, path: Path, *, max_pending: int = 100_000, batch_window_s: float = 0.005, retry_s: float = 1.0,
        readonly: bool = False, spill_places: Sequence[Path] | None = None, keep_unsaved: bool = True,
    ) -> None:
        self.path = Path(path)
        self.readonly = readonly
        #: the kiosk keeps what the disk refuses (retried, then spilled at close); a command that
        #: reports its own failure passes False: a write the disk refuses fails at once, no retry,
        #: nothing kept, so the database stays as the command left it
        self.keep_unsaved = keep_unsaved
        #: where unsaved writes go at close, best first (see kiosk/store/spill.py)
        self.spill_places = list(spill_places) if spill_places is not None else spills.default_places(self.path)
        self._spills: list[spills.SpillFile] = []
        self._logged_problem: tuple[str, float] = ("", 0.0)
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
        """Open (recovering, migrating and replaying spilled writes as needed) and start the writer.

        Read-only: nothing is opened for writing and no writer starts; reads work as usual."""
        if self.readonly:
            return self
        self._find_spills()
        try:
            self._conn = self._open_connection()
            self._replay_spills(self._conn)
        except (OSError, sqlite3.Error) as exc:
            self._report_problem(self._open_problem(exc))
        self._writer = threading.Thread(target=self._run_writer, name="store-writer", daemon=True)
        self._writer.start()
        return self

    def close(self, timeout: float = 10.0) -> bool:
        """Flush everything and stop the writer. Returns False if writes were left unsaved: those
        are in a spill file (``health.spilled``, ``health.spill_path``) or lost (``health.lost``)."""
        if not self.health.ok:  # the disk is away: a retry or two, then the spill file (a stop stays quick)
            timeout = min(timeout, 2 * self.retry_s + 0.5)
        flushed = self.readonly or self.flush(timeout)
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        if self._writer:
            self._writer.join(timeout)
            if self._writer.is_alive():  # inside a transaction (a lock waits up to busy_timeout):
                self._writer.join(BUSY_TIMEOUT_S + 1)  # what it commits must not be spilled as well
            if self._writer.is_alive():
                log.error("the store's writer is stuck in the disk; spilling what waits (a write it "
                          "commits after all may be in the database and the spill file both)")
        with self._cond:
            unsaved = [(op, ticket) for op, ticket in self._queue if op is not _no_op]
            self._queue.clear()
            self.health.pending = 0
        if unsaved and self.keep_unsaved:
            self._spill(unsaved)
        elif unsaved:
            log.warning("%d writes not saved (%s); dropped: this command reports its own failure",
                        len(unsaved), self.health.problem)
            for _, ticket in unsaved:
                ticket._finish(error=RuntimeError(f"not saved to the database: {self.health.problem}"))
        flushed = flushed and not unsaved
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
            recovered_reason = self._corruption()
            if recovered_reason:
                self.health.recovered_from = self._move_aside(recovered_reason)
        conn = connect(self.path)
        try:
            self.health.migrated = migrate(conn)
            if recovered_reason:
                conn.execute(
                    "INSERT INTO app_events(at, kind, detail) VALUES (?, 'store.recovered', ?)",
                    (utc_now_iso(),
                     json.dumps({"moved_to": str(self.health.recovered_from), "reason": recovered_reason})),
                )
        except BaseException:
            conn.close()
            raise
        return conn

    def _corruption(self) -> str | None:
        """SQLite's reason when it reads the file and finds it damaged; None when healthy.
        Any other failure (cannot open, read-only, I/O) is raised: that file is not touched."""
        try:
            problems = check_integrity(self.path)
        except sqlite3.DatabaseError as exc:
            if is_corruption(exc):
                return str(exc)
            raise
        return "; ".join(problems[:5]) if problems else None

    def _open_problem(self, exc: BaseException) -> str:
        return self._problem(exc, f"cannot open the database {self.path}")

    def _problem(self, exc: BaseException, failed: str) -> str:
        return explain_failure(exc, self.path.parent, failed)

    def _move_aside(self, reason: str) -> Path:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        self.path.rename(target)  # an unwritable folder raises here: reported, and nothing is moved
        log.error("database %s is damaged (%s); moved it to %s and started a fresh one", self.path, reason, target)
        for suffix in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                side.rename(target.with_name(target.name + suffix))
        return target

    # -- spilled writes ---------------------------------------------------------------------

    def _find_spills(self) -> None:
        self._spills = spills.find_spills(self.path, self.spill_places)
        self.health.waiting_in_spills = sum(s.count for s in self._spills)
        if self._spills:
            log.warning("%d writes of an earlier run wait in %d spill file(s) for %s (%s)",
                        self.health.waiting_in_spills, len(self._spills), self.path,
                        ", ".join(str(s.path) for s in self._spills))

    def _replay_spills(self, conn: sqlite3.Connection) -> None:
        """Replay waiting spill files, oldest first; an OperationalError leaves the rest waiting."""
        while self._spills:
            spill = self._spills[0]
            result = spills.replay(conn, spill)
            self._spills.pop(0)
            self.health.waiting_in_spills -= spill.count
            if spill.own:  # spilled while the disk was away, saved now after all
                self.health.spilled -= spill.count
            if result.already_replayed:
                log.warning("spill file %s was already replayed; deleted it", spill.path)
                continue
            self.health.replayed += result.applied
            log.warning("replayed %d writes spilled at %s from %s%s", result.applied, spill.created_at, spill.path,
                        f"; {result.rejected} refused by the database (see above)" if result.rejected else "")

    @staticmethod
    def _spillable(unsaved: list[tuple[WriteOp, WriteTicket]]) -> tuple[list[SqlWrite], list[WriteOp]]:
        """The SqlWrites that stand for these operations, and the operations that have none."""
        data: list[SqlWrite] = []
        others = []
        for op, _ in unsaved:
            if isinstance(op, SqlWrite):
                data.append(op)
            elif hasattr(op, spills.SPILL_ATTRIBUTE):  # an operation that says what of it to keep
                data.extend(getattr(op, spills.SPILL_ATTRIBUTE))
            elif op is not _no_op:
                others.append(op)
        return data, others

    def _spill(self, unsaved: list[tuple[WriteOp, WriteTicket]]) -> None:
        """At close: put the writes the database did not take in a spill file; say so loudly."""
        data, others = self._spillable(unsaved)
        if data:
            try:
                spilled = spills.write_spill(self.path, data, self.spill_places)
                self.health.spill_path = spilled.path
                self.health.spilled += len(data)
            except OSError as exc:
                log.critical("%d writes are lost: %s", len(data), exc)
                self.health.lost += len(data)
        if others:
            names = sorted({getattr(op, "__qualname__", type(op).__name__) for op in others})
            log.critical("%d writes cannot wait in a spill file and are lost: %s", len(others), ", ".join(names))
            self.health.lost += len(others)
        if self.health.spilled:
            log.error("%s", self.health.unsaved_text())
        for _, ticket in unsaved:
            ticket._finish(error=RuntimeError(f"not saved to the database: {self.health.problem}"))

    def _spill_overflow(self) -> None:
        """While the disk is away and more than max_pending writes wait: the oldest half go to a
        spill file now (memory stays bounded, and a kill or power cut no longer loses them). They
        go into the database first when it takes writes again, or at the next start."""
        with self._cond:
            excess = len(self._queue) - self.max_pending // 2
            oldest = [self._queue[i] for i in range(excess)]
        # Operations with no spill form stay at the front of the queue, in order.
        head: list[tuple[WriteOp, WriteTicket]] = []
        spillable: list[tuple[WriteOp, WriteTicket]] = []
        for item in oldest:
            (spillable if isinstance(item[0], SqlWrite) or hasattr(item[0], spills.SPILL_ATTRIBUTE)
             else head).append(item)
        data, _ = self._spillable(spillable)
        if not data:
            return
        try:
            spilled = spills.write_spill(self.path, data, self.spill_places)
        except OSError as exc:
            self._report_problem(f"{self.health.problem}; and no folder takes a spill file ({exc})")
            return  # call() gives up the oldest writes beyond its hard limit
        with self._cond:
            for _ in oldest:
                self._queue.popleft()
            self._queue.extendleft(reversed(head))
            self.health.pending = len(self._queue)
        self._spills.append(spilled)
        self.health.waiting_in_spills += spilled.count
        self.health.spilled += spilled.count
        self.health.spill_path = spilled.path
        log.error("%d writes waiting for the disk moved to %s (%s)", spilled.count, spilled.path, self.health.problem)
        for _, ticket in spillable:
            ticket._finish(error=RuntimeError(f"waiting in {spilled.path}: {self.health.problem}"))

    def next_free_id(self, table: str) -> int | None:
        """The first id above every row of ``table`` in the database and in waiting spill files, so
        ids allocated now never collide with replayed ones. None when the database cannot be read."""
        spilled = spills.highest_ids(self._spills).get(table, 0)
        try:
            row = self.reader().execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()
        except (StoreUnavailable, sqlite3.Error):
            return spilled + 1 if spilled else None
        return max(int(row[0]), spilled) + 1

    # -- writes -----------------------------------------------------------------------------

    def call(self, op: WriteOp) -> WriteTicket:
        """Enqueue op(conn) to run inside the writer's transaction; returns at once."""
        ticket = WriteTicket()
        if self.readonly:
            ticket._finish(error=StoreReadOnly(f"{self.path} is open read-only: this command changes nothing"))
            return ticket
        with self._cond:
            if self._closing:
                ticket._finish(error=RuntimeError("the store is closed"))
                return ticket
            self._queue.append((op, ticket))
            # The writer moves the oldest to a spill file beyond max_pending; this hard limit is
            # for when no folder takes one either.
            while len(self._queue) > HARD_LIMIT_FACTOR * self.max_pending:
                _, lost = self._queue.popleft()
                self.health.dropped += 1
                self.health.lost += 1
                lost._finish(error=RuntimeError("dropped: too many writes waiting for the disk"))
            self.health.pending = len(self._queue)
            self._cond.notify()
        return ticket

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> WriteTicket:
        """Enqueue one statement; its ticket's result is the lastrowid. Kept as data, so it can
        wait in a spill file if the database cannot take it before the store closes."""
        return self.call(SqlWrite(sql, params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> WriteTicket:
        return self.call(SqlWrite(sql, [list(row) for row in rows], many=True))

    def flush(self, timeout: float | None = 10.0) -> bool:
        """Wait until every write enqueued so far is committed (or failed)."""
        return self.call(_no_op).wait(timeout)

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
                if not self.keep_unsaved:  # a command: fail these writes now, it says why
                    self._fail_batch(batch)
                    continue
                if len(self._queue) > self.max_pending:
                    self._spill_overflow()
                with self._cond:
                    if self._closing:
                        return
                    self._cond.wait(self.retry_s)
                continue
            with self._cond:
                for _ in batch:
                    self._queue.popleft()
                self.health.pending = len(self._queue)

    def _fail_batch(self, batch: list[tuple[WriteOp, WriteTicket]]) -> None:
        with self._cond:
            for _ in batch:
                self._queue.popleft()
            self.health.pending = len(self._queue)
        for _, ticket in batch:
            ticket._finish(error=sqlite3.OperationalError(self.health.problem))

    def _commit(self, batch: list[tuple[WriteOp, WriteTicket]]) -> bool:
        """Commit a batch; False means the disk is unavailable and the batch stays queued."""
        try:
            if self._conn is None:
                self._conn = self._open_connection()
        except (OSError, sqlite3.Error) as exc:
            self._report_problem(self._open_problem(exc))
            return False
        conn = self._conn
        if self._spills:  # an earlier run's writes go in before this run's
            try:
                self._replay_spills(conn)
            except sqlite3.Error as exc:
                self._report_problem(self._problem(exc, f"cannot write to {self.path}"))
                return False
        try:
            results = self._apply(conn, batch)
        except sqlite3.Error as exc:
            if _is_transient(exc):
                self._report_problem(self._problem(exc, f"cannot write to {self.path}"))
                return False
            one_by_one = self._replay_one_by_one(conn, batch)
            if one_by_one is None:
                return False
            results = one_by_one
        except Exception:
            # A caller's operation failed outside SQLite (a bug in that caller): it fails alone,
            # and the writer thread, which every other write depends on, carries on.
            one_by_one = self._replay_one_by_one(conn, batch)
            if one_by_one is None:
                return False
            results = one_by_one
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
                    self._report_problem(self._problem(single, f"cannot write to {self.path}"))
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
        """Logged when it appears or changes, then again every PROBLEM_LOG_INTERVAL_S, never each retry."""
        last, at = self._logged_problem
        now = time.monotonic()
        if problem != last or now - at >= PROBLEM_LOG_INTERVAL_S:
            log.error("%s; keeping %d writes in memory and retrying", problem, len(self._queue))
            self._logged_problem = (problem, now)
        self.health.ok, self.health.problem = False, problem

    # -- reads ------------------------------------------------------------------------------

    def reader(self) -> sqlite3.Connection:
        """A read connection for the calling thread (reused; never used for writes)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if not self.path.exists():
                raise StoreUnavailable(f"no database at {self.path}: {self.health.problem or 'not created yet'}")
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


def _write_probe(folder: Path) -> int | None:
    """The errno with which ``folder`` refuses a new file now (EROFS, ENOSPC, EACCES), or None."""
    probe = folder / f".kiosk-write-probe-{os.getpid()}"
    try:
        handle = os.open(probe, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    except OSError as exc:
        return exc.errno
    try:
        os.write(handle, b"\0" * 4096)  # a full disk may still take an empty file, not a block
        os.fsync(handle)
    except OSError as exc:
        return exc.errno
    finally:
        os.close(handle)
        try:
            os.unlink(probe)
        except OSError:
            pass
    return None


def _no_op(conn: sqlite3.Connection) -> None:
    """flush()'s marker write: nothing to save, never spilled."""


def _is_transient(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and any(m in text for m in _TRANSIENT_MARKERS)
