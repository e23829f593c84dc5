"""Writes the database could not take, kept in a file until it can (the spill).

When the store closes with writes still queued (the disk is full, the folder read-only), they are
written as SQL and parameters to a spill file: beside the database if that folder still takes a
file, else in the kiosk's state folder, else in the system's temporary folder. At the next start
the store replays each spill file in one transaction that also records the file's id in
``store_spills``; the file is deleted only after that commit. A crash between the two leaves a file
whose id is already recorded, so it is deleted without a second replay: each write lands once.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.timestamps import utc_now_iso

log = logging.getLogger(__name__)

SPILL_FORMAT = 1
#: Folder for spills in the system temporary folder (the last resort).
FALLBACK_FOLDER = "vizium-kiosk-spill"

#: The replay marker: one row per spill file replayed into this database.
MARKER_TABLE_SQL = """
CREATE TABLE IF NOT EXISTS store_spills (
    spill_id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,          -- UTC, when the writes were spilled
    replayed_at TEXT NOT NULL,         -- UTC
    writes INTEGER NOT NULL,
    rejected INTEGER NOT NULL          -- writes the database refused on replay (logged)
)
"""

#: An operation passed to Store.call() that is not a SqlWrite may carry this attribute: the
#: SqlWrites that stand for it in a spill file, or () when it is redone at every start anyway.
#: Without it, an unsaved operation is reported lost.
SPILL_ATTRIBUTE = "spill_as"


def spill_as(op: Any, writes: Sequence[SqlWrite] = ()) -> Any:
    """Mark ``op`` (a callable for Store.call) with what to keep of it if it cannot be saved."""
    setattr(op, SPILL_ATTRIBUTE, tuple(writes))
    return op


#: An INSERT that names its id first (the journal allocates visit and run ids itself).
_INSERT_WITH_ID = re.compile(r"^\s*INSERT\s+(?:OR\s+\w+\s+)?INTO\s+(\w+)\s*\(\s*id\s*,", re.IGNORECASE)


@dataclass(frozen=True)
class SqlWrite:
    """A write as data (SQL and parameters), so it can wait in a spill file and be replayed."""

    sql: str
    params: Any = ()
    many: bool = False

    def __call__(self, conn: sqlite3.Connection) -> Any:
        if self.many:
            return conn.executemany(self.sql, self.params).rowcount
        return conn.execute(self.sql, self.params).lastrowid

    def as_json(self) -> dict[str, Any]:
        return {"sql": self.sql, "params": _encode(self.params), "many": self.many}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SqlWrite:
        return cls(data["sql"], _decode(data["params"]), bool(data.get("many")))

    def inserted_ids(self) -> tuple[str, list[int]] | None:
        """(table, ids) when this write inserts rows with explicit ids, else None."""
        match = _INSERT_WITH_ID.match(self.sql)
        if not match:
            return None
        rows = self.params if self.many else [self.params]
        ids = [row[0] for row in rows if isinstance(row, list | tuple) and row and isinstance(row[0], int)]
        return match.group(1), ids


@dataclass
class SpillFile:
    """One spill file found for a database."""

    path: Path
    spill_id: str
    created_at: str
    count: int
    writes: list[SqlWrite] = field(default_factory=list, repr=False)
    #: written by this process (while the disk was away), not found from an earlier run
    own: bool = False


@dataclass
class ReplayResult:
    spill: SpillFile
    applied: int = 0
    rejected: int = 0
    already_replayed: bool = False


def _encode(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, dict):
        return {"$dict": {key: _encode(item) for key, item in value.items()}}
    if isinstance(value, list | tuple):
        return [_encode(item) for item in value]
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if "$bytes" in value:
            return base64.b64decode(value["$bytes"])
        return {key: _decode(item) for key, item in value["$dict"].items()}
    if isinstance(value, list):
        return [_decode(item) for item in value]
    return value


def _state_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_state_dir("vizium-kiosk", "VIZIUM"))


def default_places(database: Path) -> list[Path]:
    """Where a spill may go, best first: beside the database, the state folder, the temp folder."""
    return [database.parent, _state_dir() / "spill", Path(tempfile.gettempdir()) / FALLBACK_FOLDER]


def _database_key(database: Path) -> str:
    return hashlib.sha1(str(database.resolve()).encode()).hexdigest()[:12]


def _file_prefix(database: Path, place: Path) -> str:
    # Beside the database its name says whose it is; elsewhere a hash of its path does too.
    if place == database.parent:
        return f"{database.name}.spill-"
    return f"{_database_key(database)}-{database.name}.spill-"


def write_spill(database: Path, writes: Sequence[SqlWrite], places: Iterable[Path]) -> SpillFile:
    """Write the writes to the first place that takes the whole file; OSError if none does."""
    import uuid  # (with platform) only when writes must wait in a file: not on every start

    spill_id = uuid.uuid4().hex
    created = utc_now_iso()
    header = {"format": SPILL_FORMAT, "spill_id": spill_id, "database": str(database.resolve()),
              "created_at": created, "writes": len(writes)}
    lines = [json.dumps(header)] + [json.dumps(w.as_json(), ensure_ascii=False) for w in writes]
    body = ("\n".join(lines) + "\n").encode("utf-8")
    stamp = created.replace("-", "").replace(":", "").replace(".", "")
    errors = []
    for place in places:
        target = place / f"{_file_prefix(database, place)}{stamp}-{spill_id[:8]}.jsonl"
        try:
            place.mkdir(mode=0o700, parents=True, exist_ok=True)
            _write_atomically(target, body)
        except OSError as exc:
            errors.append(f"{place}: {exc.strerror or exc}")
            continue
        return SpillFile(target, spill_id, created, len(writes), list(writes), own=True)
    raise OSError(f"no folder takes the spill file ({'; '.join(errors)})")


def _write_atomically(target: Path, body: bytes) -> None:
    """A complete file or none: a temporary name, fsync, rename, fsync of the folder."""
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        # Owner only: the writes may hold participant codes, and the last resort is a shared /tmp.
        with open(os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600), "wb") as handle:
            handle.write(body)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise
    try:
        folder = os.open(target.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(folder)
    except OSError:
        pass
    finally:
        os.close(folder)


def find_spills(database: Path, places: Iterable[Path], *, load: bool = True) -> list[SpillFile]:
    """Spill files waiting for this database, oldest first. Unreadable files are logged and left."""
    found: dict[str, SpillFile] = {}
    for place in places:
        if not place.is_dir():
            continue
        for path in sorted(place.glob(f"{_file_prefix(database, place)}*.jsonl")):
            try:
                spill = read_spill(path, load=load)
            except (OSError, ValueError, KeyError) as exc:
                log.error("spill file %s cannot be read (%s); it is left in place for a person to look at",
                          path, exc)
                continue
            found.setdefault(spill.spill_id, spill)
    return sorted(found.values(), key=lambda s: (s.created_at, s.spill_id))


def read_spill(path: Path, *, load: bool = True) -> SpillFile:
    with open(path, encoding="utf-8") as handle:
        header = json.loads(handle.readline())
        if header.get("format") != SPILL_FORMAT:
            raise ValueError(f"unknown spill format {header.get('format')!r}")
        spill = SpillFile(path, header["spill_id"], header["created_at"], int(header["writes"]))
        if load:
            spill.writes = [SqlWrite.from_json(json.loads(line)) for line in handle if line.strip()]
            if len(spill.writes) != spill.count:
                raise ValueError(f"{len(spill.writes)} writes, the header says {spill.count}: incomplete")
    return spill


def highest_ids(spills: Iterable[SpillFile]) -> dict[str, int]:
    """The highest explicit id per table among the spilled inserts (new ids must start above)."""
    highest: dict[str, int] = {}
    for spill in spills:
        for write in spill.writes:
            inserted = write.inserted_ids()
            if inserted and inserted[1]:
                table, ids = inserted
                highest[table] = max(highest.get(table, 0), *ids)
    return highest


def replay(conn: sqlite3.Connection, spill: SpillFile) -> ReplayResult:
    """Apply a spill file in one transaction with its marker; then delete the file.

    sqlite3.OperationalError (disk, lock) leaves the database and the file as they were.
    A write the database refuses (a constraint) is logged and skipped, the others go in.
    """
    result = ReplayResult(spill)
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(MARKER_TABLE_SQL)
        done = conn.execute("SELECT 1 FROM store_spills WHERE spill_id = ?", (spill.spill_id,)).fetchone()
        if done:
            result.already_replayed = True
        else:
            for write in spill.writes:
                conn.execute("SAVEPOINT spilled_write")
                try:
                    write(conn)
                except sqlite3.OperationalError:
                    raise
                except sqlite3.Error as exc:
                    conn.execute("ROLLBACK TO spilled_write")
                    log.error("spilled write refused by the database (%s): %s %s", exc, write.sql, write.params)
                    result.rejected += 1
                else:
                    result.applied += 1
                conn.execute("RELEASE spilled_write")
            conn.execute(
                "INSERT INTO store_spills(spill_id, created_at, replayed_at, writes, rejected) VALUES (?, ?, ?, ?, ?)",
                (spill.spill_id, spill.created_at, utc_now_iso(), result.applied, result.rejected),
            )
            conn.execute(
                "INSERT INTO app_events(at, kind, detail) VALUES (?, 'store.spill_replayed', ?)",
                (utc_now_iso(), json.dumps({"file": str(spill.path), "spilled_at": spill.created_at,
                                            "writes": result.applied, "rejected": result.rejected})),
            )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        spill.path.unlink(missing_ok=True)
    except OSError as exc:  # replayed and marked: the marker keeps it from going in twice
        log.warning("replayed spill file %s could not be deleted (%s); it will not be replayed again",
                    spill.path, exc)
    return result
