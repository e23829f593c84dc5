"""The visit journal: visits, exhibit runs and app events (DESIGN.md section 5).

Qt-free. Every write goes through the store's single writer and returns at once; ids are
allocated here so callers can refer to a visit or run before it reaches the disk.
"""

from __future__ import annotations

import itertools
import json
import logging
import sqlite3
import threading
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.clock import WallClock, utc_now
from kiosk.store import SqlWrite, Store, WriteTicket, spill_as
from kiosk.timestamps import iso_utc, local_day

#: Closed at the next start after a kill, crash or power cut (a clean stop writes "shutdown").
INTERRUPTED = "interrupted"
OUTCOMES = ("completed", "abandoned", "error", INTERRUPTED)
END_REASONS = ("idle", "staff", "shutdown", "session", "closed", INTERRUPTED)

#: app_state key: the last moment the running kiosk was known to be alive (UTC).
HEARTBEAT_KEY = "kiosk.heartbeat"
#: How often the running kiosk writes its heartbeat. Well under the sync scan's overlap
#: (kiosk.sync.changes.OVERLAP), so a day changed by a late close is still rescanned.
HEARTBEAT_S = 10
#: Recent rows looked at for the last write before a kill (ids grow with time).
_RECENT_ROWS = 100

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunResult:
    """How an exhibit run ended, as reported by the exhibit host."""

    outcome: str
    score: float | None = None
    interactions: int = 0
    active_ms: int = 0


class Journal:
    """Records what happens at one station."""

    def __init__(
        self, store: Store, station_id: str, timezone: str = "Europe/Riga", clock: WallClock = utc_now
    ) -> None:
        self.store = store
        self.station_id = station_id
        self.zone = ZoneInfo(timezone)
        self.clock = clock
        self._ids_lock = threading.Lock()
        self._visit_ids = self._counter("visits")
        self._run_ids = self._counter("exhibit_runs")

    def _counter(self, table: str) -> itertools.count[int]:
        # Above the database's rows and above the writes of an earlier run still waiting in a
        # spill file, so a replay never collides with a visit or run numbered now.
        start = self.store.next_free_id(table)
        if start is None:
            # Milliseconds since 1970 lie far above any counted id, so rows already on disk keep
            # theirs; the next start counts on from the highest again.
            start = int(self.clock().timestamp() * 1000)
            log.warning(
                "the database %s cannot be read, so %s are numbered from the clock (from %d) this run; "
                "run `kiosk doctor` to see what is wrong with the data folder",
                getattr(self.store, "path", "?"), table, start,
            )
        return itertools.count(start)

    def _stamp(self) -> tuple[str, str]:
        now = self.clock()
        return iso_utc(now), local_day(now, self.zone).isoformat()

    # -- visits ------------------------------------------------------------------------------

    def start_visit(self, language: str, programme_session_id: int | None = None) -> int:
        with self._ids_lock:
            visit_id = next(self._visit_ids)
        at, day = self._stamp()
        self.store.execute(
            "INSERT INTO visits(id, station_id, started_at, local_day, language, programme_session_id)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (visit_id, self.station_id, at, day, language, programme_session_id),
        )
        return visit_id

    def set_visit_language(self, visit_id: int, language: str) -> WriteTicket:
        return self.store.execute("UPDATE visits SET language = ? WHERE id = ?", (language, visit_id))

    def end_visit(self, visit_id: int, end_reason: str) -> WriteTicket:
        if end_reason not in END_REASONS:
            raise ValueError(f"end_reason must be one of {END_REASONS}, not {end_reason!r}")
        at, _ = self._stamp()
        return self.store.execute(
            "UPDATE visits SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL",
            (at, end_reason, visit_id),
        )

    # -- exhibit runs ------------------------------------------------------------------------

    def start_run(self, visit_id: int, exhibit_id: str) -> int:
        with self._ids_lock:
            run_id = next(self._run_ids)
        at, day = self._stamp()
        self.store.execute(
            "INSERT INTO exhibit_runs(id, visit_id, exhibit_id, started_at, local_day) VALUES (?, ?, ?, ?, ?)",
            (run_id, visit_id, exhibit_id, at, day),
        )
        return run_id

    def end_run(self, run_id: int, result: RunResult) -> WriteTicket:
        if result.outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {OUTCOMES}, not {result.outcome!r}")
        at, _ = self._stamp()
        return self.store.execute(
            "UPDATE exhibit_runs SET ended_at = ?, outcome = ?, score = ?, interactions = ?,"
            " active_ms = ? WHERE id = ? AND ended_at IS NULL",
            (at, result.outcome, result.score, result.interactions, max(0, int(result.active_ms)), run_id),
        )

    # -- app events --------------------------------------------------------------------------

    def event(self, kind: str, **detail: Any) -> WriteTicket:
        """Record an app event (start, stop, error, staff action) in the audit trail."""
        at, _ = self._stamp()
        return self.store.execute(
            "INSERT INTO app_events(at, kind, detail) VALUES (?, ?, ?)",
            (at, kind, json.dumps(detail, ensure_ascii=False, default=str)),
        )

    def heartbeat(self) -> WriteTicket:
        """Note that the kiosk is alive now: after a kill, open visits end at the last heartbeat."""
        at, _ = self._stamp()
        return self.store.execute(
            "INSERT INTO app_state(key, value, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (HEARTBEAT_KEY, at, at),
        )

    def close_open_visits(self, end_reason: str = INTERRUPTED) -> WriteTicket:
        """End the visits and runs a previous process left open (at start-up); the ticket's result
        is a StartRecovery."""
        at, _ = self._stamp()
        return self.store.call(lambda conn: _close_open(conn, self.station_id, end_reason, at))

    def record_start(self, **detail: Any) -> WriteTicket:
        """At start-up, in one transaction: record the last run as a crash if it never stopped
        cleanly (killed, power cut, native crash), close what it left open as interrupted, and
        write kiosk.start. The ticket's result is a StartRecovery."""
        at, _ = self._stamp()

        def start(conn: Any) -> StartRecovery:
            last = conn.execute(
                "SELECT kind, at FROM app_events WHERE kind IN ('kiosk.start', 'kiosk.stop', 'kiosk.crash')"
                " ORDER BY id DESC LIMIT 1"
            ).fetchone()
            recovery = _close_open(conn, self.station_id, INTERRUPTED, at)
            if last is not None and last[0] == "kiosk.start":
                recovery.crashed = True
                crash = {
                    "error": "the kiosk stopped without shutting down (killed, crashed or lost power); "
                    f"last seen alive {recovery.last_alive or last[1]}",
                    "started_at": last[1],
                    "last_alive": recovery.last_alive,
                    "visits_interrupted": recovery.visits,
                    "runs_interrupted": recovery.runs,
                }
                conn.execute(
                    "INSERT INTO app_events(at, kind, detail) VALUES (?, 'kiosk.crash', ?)",
                    (at, json.dumps(crash, ensure_ascii=False)),
                )
            conn.execute(
                "INSERT INTO app_events(at, kind, detail) VALUES (?, 'kiosk.start', ?)",
                (at, json.dumps(detail, ensure_ascii=False, default=str)),
            )
            conn.execute(
                "INSERT INTO app_state(key, value, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                (HEARTBEAT_KEY, at, at),
            )
            return recovery

        # If the database cannot take it before the kiosk stops, kiosk.start waits in the spill
        # file (kiosk/store/spill.py); the next start closes what is open, as it does anyway.
        return self.store.call(spill_as(start, [SqlWrite(
            "INSERT INTO app_events(at, kind, detail) VALUES (?, 'kiosk.start', ?)",
            (at, json.dumps(detail, ensure_ascii=False, default=str)),
        )]))


@dataclass
class StartRecovery:
    """What the start found of the previous process."""

    visits: int = 0
    runs: int = 0
    last_alive: str | None = None
    crashed: bool = False


def last_alive(conn: Any) -> str | None:
    """The last moment the kiosk is known to have run: its heartbeat, or a later write."""
    seen: list[str | None] = []
    row = conn.execute("SELECT value FROM app_state WHERE key = ?", (HEARTBEAT_KEY,)).fetchone()
    seen.append(row[0] if row else None)
    row = conn.execute("SELECT at FROM app_events ORDER BY id DESC LIMIT 1").fetchone()
    seen.append(row[0] if row else None)
    for table in ("visits", "exhibit_runs"):
        row = conn.execute(
            f"SELECT MAX(started_at), MAX(ended_at) FROM (SELECT started_at, ended_at FROM {table}"
            " ORDER BY id DESC LIMIT ?)",
            (_RECENT_ROWS,),
        ).fetchone()
        seen.extend(row)
    stamps = [stamp for stamp in seen if stamp]
    return max(stamps) if stamps else None  # ISO 8601 UTC stamps of one format sort as times


def _close_open(conn: Any, station_id: str, end_reason: str, now: str) -> StartRecovery:
    """Close open runs and visits at the last moment the kiosk was alive (never before they
    started, never 0 ms for a run that lasted), so an outage is not counted as a visit."""
    found = last_alive(conn)
    alive = found or now
    days = sorted(
        {row[0] for row in conn.execute("SELECT local_day FROM exhibit_runs WHERE ended_at IS NULL")}
        | {row[0] for row in conn.execute(
            "SELECT local_day FROM visits WHERE ended_at IS NULL AND station_id = ?", (station_id,))}
    )
    outcome = INTERRUPTED if end_reason == INTERRUPTED else "abandoned"
    runs = conn.execute(
        "UPDATE exhibit_runs SET ended_at = MAX(started_at, :alive), outcome = :outcome,"
        " active_ms = MAX(0, CAST(ROUND((julianday(MAX(started_at, :alive)) - julianday(started_at))"
        " * 86400000) AS INTEGER)) WHERE ended_at IS NULL",
        {"alive": alive, "outcome": outcome},
    ).rowcount
    visits = conn.execute(
        "UPDATE visits SET ended_at = MAX(started_at, ?), end_reason = ? WHERE ended_at IS NULL AND station_id = ?",
        (alive, end_reason, station_id),
    ).rowcount
    if days:
        # The rows end in the past: the sync's change scan finds their days through this event.
        conn.execute(
            "INSERT INTO app_events(at, kind, detail) VALUES (?, 'journal.interrupted', ?)",
            (now, json.dumps({"visits": visits, "runs": runs, "last_alive": alive, "days": days})),
        )
    return StartRecovery(visits=visits, runs=runs, last_alive=found)


# -- the demo flag ---------------------------------------------------------------------------

#: app_state key, '1' in a database of synthetic demo data (`kiosk run --demo`, `kiosk demo-data`).
DEMO_KEY = "database.demo"


def mark_demo_database(conn: Any) -> None:
    """Remember, in the database itself, that it holds demo data: no sink ever sends from it."""
    at = iso_utc(utc_now())
    conn.execute(
        "INSERT INTO app_state(key, value, updated_at) VALUES (?, '1', ?)"
        " ON CONFLICT(key) DO UPDATE SET value = '1', updated_at = excluded.updated_at",
        (DEMO_KEY, at),
    )


def is_demo_database(conn: Any) -> bool:
    """Whether the database was filled with demo data (False for an older schema without the flag)."""
    try:
        row = conn.execute("SELECT value FROM app_state WHERE key = ?", (DEMO_KEY,)).fetchone()
    except sqlite3.OperationalError:  # no app_state table yet: written before demo databases were marked
        return False
    return row is not None and row[0] == "1"
