"""The visit journal: visits, exhibit runs and app events (DESIGN.md section 5).

Qt-free. Every write goes through the store's single writer and returns at once; ids are
allocated here so callers can refer to a visit or run before it reaches the disk.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.store import Store, WriteTicket

OUTCOMES = ("completed", "abandoned", "error")
END_REASONS = ("idle", "staff", "shutdown", "session", "closed")

Clock = Callable[[], dt.datetime]


def utc_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def iso_utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_iso_utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


@dataclass(frozen=True)
class RunResult:
    """How an exhibit run ended, as reported by the exhibit host."""

    outcome: str
    score: float | None = None
    interactions: int = 0
    active_ms: int = 0


class Journal:
    """Records what happens at one station."""

    def __init__(self, store: Store, station_id: str, timezone: str = "Europe/Riga", clock: Clock = utc_clock) -> None:
        self.store = store
        self.station_id = station_id
        self.zone = ZoneInfo(timezone)
        self.clock = clock
        self._ids_lock = threading.Lock()
        self._visit_ids = self._counter("visits")
        self._run_ids = self._counter("exhibit_runs")

    def _counter(self, table: str) -> itertools.count[int]:
        try:
            row = self.store.reader().execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()
            start = int(row[0]) + 1
        except Exception:  # store unavailable: ids stay unique within this process
            start = int(self.clock().timestamp() * 1000)
        return itertools.count(start)

    def _stamp(self) -> tuple[str, str]:
        now = self.clock()
        return iso_utc(now), now.astimezone(self.zone).date().isoformat()

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

    def close_open_visits(self, end_reason: str = "shutdown") -> WriteTicket:
        """End visits and runs left open by a crash or power cut (at start-up)."""
        at, _ = self._stamp()

        def close(conn: Any) -> int:
            conn.execute(
                "UPDATE exhibit_runs SET ended_at = ?, outcome = 'abandoned' WHERE ended_at IS NULL",
                (at,),
            )
            return conn.execute(
                "UPDATE visits SET ended_at = ?, end_reason = ? WHERE ended_at IS NULL AND station_id = ?",
                (at, end_reason, self.station_id),
            ).rowcount

        return self.store.call(close)
