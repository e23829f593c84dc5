"""The KPI outbox: the latest entity of every KPI cell, and what each target has confirmed.

``refresh(days)`` recomputes the given local days with the statistics engine and writes an
entity only when its payload hash changed. Each target (a sink kind and its address) has its
own delivery state, so a USB folder used once, a second broker, or the central database each
receive every entity they have not confirmed at its current payload. Rows are written through
the store's single writer and waited for, so nothing confirmed or computed is lost on restart.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, NamedTuple

from kiosk.clock import WallClock, utc_now
from kiosk.store import Store
from kiosk.sync.entities import (
    SUPPRESSED,
    StationIdentity,
    build_entities,
    payload_hash,
    suppressed_copy,
    withheld_ids,
)
from kiosk.sync.kpi_source import KpiSource
from kiosk.timestamps import iso_utc, parse_iso_utc

#: Days recomputed per call to the statistics engine during a backfill.
DAYS_PER_CHUNK = 31
#: How long the outbox waits for its own writes to reach the disk.
WRITE_TIMEOUT_S = 60.0


class OutboxWriteFailed(RuntimeError):
    """The store could not save outbox changes (disk full, read-only); nothing was lost, retry later."""


@dataclass(frozen=True)
class Target:
    """A place entities go: a sink kind and its address (folder, broker URL, database)."""

    kind: str
    address: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.address}"


@dataclass(frozen=True)
class OutboxEntry:
    """One entity waiting for a target, at the payload it has now."""

    entity_id: str
    payload: dict[str, Any]
    payload_hash: str
    period_from: str


class DayEntities(NamedTuple):
    """A day's shareable entities, and the ids of its cells that may not be shared."""

    entities: list[dict[str, Any]]
    withheld: set[str]


@dataclass
class RefreshResult:
    days: int = 0
    changed: int = 0
    unchanged: int = 0
    withdrawn: int = 0  # cells sent before, now suppressed or zero


@dataclass
class ParkedEntity:
    entity_id: str
    reason: str
    parked_at: str


@dataclass
class TargetStatus:
    """What staff see about one target."""

    kind: str
    address: str
    queued: int = 0
    sent: int = 0
    parked: int = 0
    parked_examples: list[ParkedEntity] = field(default_factory=list)
    last_attempt_at: str | None = None
    last_success_at: str | None = None
    last_error: str | None = None
    failures: int = 0
    next_attempt_at: str | None = None

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["parked_examples"] = [p.__dict__ for p in self.parked_examples]
        return data


@dataclass
class DeliveryOutcome:
    """What a target answered for one batch, by entity id and the payload hash that was sent."""

    confirmed: list[tuple[str, str]] = field(default_factory=list)
    parked: list[tuple[str, str, str]] = field(default_factory=list)  # id, hash, reason
    retry: list[tuple[str, str]] = field(default_factory=list)  # id, reason


class Outbox:
    """The outbox of one station database."""

    def __init__(
        self,
        store: Store,
        source: KpiSource | None,
        station: StationIdentity,
        *,
        min_cell: int = 5,
        clock: WallClock = utc_now,
    ) -> None:
        self.store = store
        self.source = source
        self.station = station
        self.min_cell = min_cell
        self.clock = clock

    # -- writing --------------------------------------------------------------------------

    def _write(self, op: Callable[[Any], Any]) -> Any:
        def guarded(conn: Any) -> Any:
            # Only database errors may leave an op: anything else would stop the store's writer thread.
            try:
                return op(conn)
            except sqlite3.Error:
                raise
            except Exception as exc:
                raise sqlite3.IntegrityError(f"outbox write refused: {type(exc).__name__}: {exc}") from exc

        ticket = self.store.call(guarded)
        if not ticket.wait(WRITE_TIMEOUT_S):
            raise OutboxWriteFailed(f"the outbox could not be saved: {ticket.error or self.store.health.problem}")
        return ticket.result

    # -- recomputing ----------------------------------------------------------------------

    def compute(self, days: Iterable[dt.date]) -> dict[dt.date, DayEntities]:
        """The entities of each day, as the statistics engine computes them now (nothing saved)."""
        if self.source is None:
            raise RuntimeError("this outbox has no KPI source to compute from")
        wanted = sorted(set(days))
        by_day: dict[dt.date, DayEntities] = {day: DayEntities([], set()) for day in wanted}
        stamp = iso_utc(self.clock())
        for first, last in _ranges(wanted):
            grouped: dict[dt.date, list[Any]] = defaultdict(list)
            for cell in self.source.daily(first, last):
                if cell.day in by_day:
                    grouped[cell.day].append(cell)
            for day, day_cells in grouped.items():
                by_day[day] = DayEntities(
                    build_entities(day_cells, self.station, self.min_cell, stamp),
                    withheld_ids(day_cells, self.station, self.min_cell),
                )
        return by_day

    def refresh(self, days: Iterable[dt.date]) -> RefreshResult:
        """Recompute these days and queue every entity whose payload changed."""
        self.store.flush(WRITE_TIMEOUT_S)  # count what was recorded up to now
        result = RefreshResult()
        wanted = sorted(set(days))
        for first, last in _ranges(wanted):
            chunk = [d for d in wanted if first <= d <= last]
            for start in range(0, len(chunk), DAYS_PER_CHUNK):
                part = chunk[start : start + DAYS_PER_CHUNK]
                computed = self.compute(part)
                stamp = iso_utc(self.clock())
                done: RefreshResult = self._write(partial(self._apply_refresh, computed=computed, stamp=stamp))
                result.days += done.days
                result.changed += done.changed
                result.unchanged += done.unchanged
                result.withdrawn += done.withdrawn
        return result

    def _apply_refresh(self, conn: Any, computed: dict[dt.date, DayEntities], stamp: str) -> RefreshResult:
        result = RefreshResult()
        rows = []
        for day, (entities, withheld) in computed.items():
            result.days += 1
            existing = {
                entity_id: (old_hash, payload)
                for entity_id, old_hash, payload in conn.execute(
                    "SELECT entity_id, payload_hash, payload FROM kpi_outbox WHERE period_from = ? AND station_id = ?",
                    (day.isoformat(), self.station.station),
                )
            }
            for entity in entities:
                new_hash = payload_hash(entity)
                old = existing.pop(entity["id"], None)
                if old is not None and old[0] == new_hash:
                    result.unchanged += 1
                    continue
                entity = {**entity, "dateModified": stamp}
                rows.append(_outbox_row(entity, new_hash, stamp))
                result.changed += 1
            for old_id, (_old_hash, payload) in existing.items():
                # Sent before, not produced now: withdrawn if now suppressed, else now zero.
                value = SUPPRESSED if old_id in withheld else 0
                old_entity = json.loads(payload)
                if old_entity.get("kpiValue") == value:
                    continue
                replacement = suppressed_copy(old_entity, stamp, value)
                rows.append(_outbox_row(replacement, payload_hash(replacement), stamp))
                result.withdrawn += 1
        conn.executemany(
            "INSERT INTO kpi_outbox(entity_id, station_id, kpi, breakdown, period_from, period_to, payload,"
            " payload_hash, revision, computed_at, attempts, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 0, NULL)"
            " ON CONFLICT(entity_id) DO UPDATE SET payload = excluded.payload,"
            " payload_hash = excluded.payload_hash, revision = kpi_outbox.revision + 1,"
            " computed_at = excluded.computed_at, attempts = 0, last_error = NULL",
            rows,
        )
        return result

    def add_entities(self, entities: Sequence[dict[str, Any]]) -> int:
        """Queue ready-made key-values entities (benchmarks, imports); returns how many changed."""
        stamp = iso_utc(self.clock())
        rows = [_outbox_row(e, payload_hash(e), stamp) for e in entities]

        def apply(conn: Any) -> int:
            before = conn.total_changes
            conn.executemany(
                "INSERT INTO kpi_outbox(entity_id, station_id, kpi, breakdown, period_from, period_to, payload,"
                " payload_hash, revision, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"
                " ON CONFLICT(entity_id) DO UPDATE SET payload = excluded.payload,"
                " payload_hash = excluded.payload_hash, revision = kpi_outbox.revision + 1,"
                " computed_at = excluded.computed_at, attempts = 0, last_error = NULL"
                " WHERE kpi_outbox.payload_hash != excluded.payload_hash",
                rows,
            )
            return int(conn.total_changes - before)

        return int(self._write(apply))

    # -- targets and deliveries -----------------------------------------------------------

    def target_id(self, target: Target, *, create: bool = True) -> int | None:
        """The id of a target's delivery state (created on first use)."""
        row = self.store.reader().execute(
            "SELECT id FROM kpi_sync_targets WHERE kind = ? AND address = ?", (target.kind, target.address)
        ).fetchone()
        if row is not None or not create:
            return int(row[0]) if row else None
        stamp = iso_utc(self.clock())

        def insert(conn: Any) -> int:
            conn.execute(
                "INSERT INTO kpi_sync_targets(kind, address, created_at) VALUES (?, ?, ?)"
                " ON CONFLICT(kind, address) DO NOTHING",
                (target.kind, target.address, stamp),
            )
            row = conn.execute(
                "SELECT id FROM kpi_sync_targets WHERE kind = ? AND address = ?", (target.kind, target.address)
            ).fetchone()
            return int(row[0])

        return int(self._write(insert))

    def pending(self, target_id: int, limit: int, after: tuple[str, str] | None = None) -> list[OutboxEntry]:
        """Entities this target has neither confirmed nor refused at their current payload."""
        cursor_from, cursor_id = after or ("", "")
        rows = self.store.reader().execute(
            "SELECT o.entity_id, o.payload, o.payload_hash, o.period_from FROM kpi_outbox o"
            " LEFT JOIN kpi_deliveries d ON d.target_id = ? AND d.entity_id = o.entity_id"
            " WHERE (d.confirmed_hash IS NULL OR d.confirmed_hash != o.payload_hash)"
            " AND (d.parked_hash IS NULL OR d.parked_hash != o.payload_hash)"
            " AND (o.period_from, o.entity_id) > (?, ?)"
            " ORDER BY o.period_from, o.entity_id LIMIT ?",
            (target_id, cursor_from, cursor_id, limit),
        ).fetchall()
        return [OutboxEntry(r[0], json.loads(r[1]), r[2], r[3]) for r in rows]

    def entity(self, entity_id: str) -> OutboxEntry | None:
        row = self.store.reader().execute(
            "SELECT entity_id, payload, payload_hash, period_from FROM kpi_outbox WHERE entity_id = ?", (entity_id,)
        ).fetchone()
        return OutboxEntry(row[0], json.loads(row[1]), row[2], row[3]) if row else None

    def record(self, target_id: int, outcome: DeliveryOutcome) -> None:
        """Save what the target answered (durably, before the next batch is sent)."""
        stamp = iso_utc(self.clock())

        def apply(conn: Any) -> None:
            if outcome.confirmed:
                conn.executemany(
                    "INSERT INTO kpi_deliveries(target_id, entity_id, confirmed_hash, confirmed_at, attempts)"
                    " VALUES (?, ?, ?, ?, 1) ON CONFLICT(target_id, entity_id) DO UPDATE SET"
                    " confirmed_hash = excluded.confirmed_hash, confirmed_at = excluded.confirmed_at,"
                    " attempts = kpi_deliveries.attempts + 1,"
                    " parked_hash = NULL, parked_reason = NULL, parked_at = NULL",
                    [(target_id, eid, sent_hash, stamp) for eid, sent_hash in outcome.confirmed],
                )
                conn.executemany(
                    "UPDATE kpi_outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL"
                    " WHERE entity_id = ?",
                    [(stamp, eid) for eid, _ in outcome.confirmed],
                )
            if outcome.parked:
                conn.executemany(
                    "INSERT INTO kpi_deliveries(target_id, entity_id, parked_hash, parked_reason, parked_at, attempts)"
                    " VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT(target_id, entity_id) DO UPDATE SET"
                    " parked_hash = excluded.parked_hash, parked_reason = excluded.parked_reason,"
                    " parked_at = excluded.parked_at, attempts = kpi_deliveries.attempts + 1",
                    [(target_id, eid, sent_hash, reason, stamp) for eid, sent_hash, reason in outcome.parked],
                )
                conn.executemany(
                    "UPDATE kpi_outbox SET attempts = attempts + 1, last_error = ? WHERE entity_id = ?",
                    [(reason, eid) for eid, _, reason in outcome.parked],
                )
            if outcome.retry:
                conn.executemany(
                    "INSERT INTO kpi_deliveries(target_id, entity_id, attempts) VALUES (?, ?, 1)"
                    " ON CONFLICT(target_id, entity_id) DO UPDATE SET attempts = kpi_deliveries.attempts + 1",
                    [(target_id, eid) for eid, _ in outcome.retry],
                )
                conn.executemany(
                    "UPDATE kpi_outbox SET attempts = attempts + 1, last_error = ? WHERE entity_id = ?",
                    [(reason, eid) for eid, reason in outcome.retry],
                )
            conn.execute(
                "UPDATE kpi_sync_targets SET last_attempt_at = ?,"
                " last_success_at = CASE WHEN ? THEN ? ELSE last_success_at END WHERE id = ?",
                (stamp, bool(outcome.confirmed or outcome.parked), stamp, target_id),
            )

        self._write(apply)

    def record_success(self, target_id: int) -> None:
        """A pass reached the end of the queue: the target is healthy again."""
        stamp = iso_utc(self.clock())
        self._write(
            lambda conn: conn.execute(
                "UPDATE kpi_sync_targets SET failures = 0, next_attempt_at = NULL, last_error = NULL,"
                " last_attempt_at = ? WHERE id = ?",
                (stamp, target_id),
            )
        )

    def record_failure(self, target_id: int, error: str, retry_in_s: float) -> dt.datetime:
        """A transient failure: count it and set when to try again. Returns that moment."""
        now = self.clock()
        next_at = now + dt.timedelta(seconds=retry_in_s)
        self._write(
            lambda conn: conn.execute(
                "UPDATE kpi_sync_targets SET failures = failures + 1, last_error = ?, last_attempt_at = ?,"
                " next_attempt_at = ? WHERE id = ?",
                (error, iso_utc(now), iso_utc(next_at), target_id),
            )
        )
        return next_at

    def failures(self, target_id: int) -> int:
        row = self.store.reader().execute("SELECT failures FROM kpi_sync_targets WHERE id = ?", (target_id,)).fetchone()
        return int(row[0]) if row else 0

    def next_attempt_at(self, target_id: int) -> dt.datetime | None:
        row = self.store.reader().execute(
            "SELECT next_attempt_at FROM kpi_sync_targets WHERE id = ?", (target_id,)
        ).fetchone()
        return parse_iso_utc(row[0]) if row and row[0] else None

    def retry_parked(self, target_id: int) -> int:
        """Give parked entities another chance (after staff fixed the cause)."""
        return int(
            self._write(
                lambda conn: conn.execute(
                    "UPDATE kpi_deliveries SET parked_hash = NULL, parked_reason = NULL, parked_at = NULL"
                    " WHERE target_id = ? AND parked_hash IS NOT NULL",
                    (target_id,),
                ).rowcount
            )
        )

    # -- state ----------------------------------------------------------------------------

    def get_state(self, key: str) -> str | None:
        row = self.store.reader().execute("SELECT value FROM kpi_sync_state WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def set_state(self, key: str, value: str) -> None:
        self._write(
            lambda conn: conn.execute(
                "INSERT INTO kpi_sync_state(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        )

    # -- status ---------------------------------------------------------------------------

    def entity_count(self) -> int:
        return int(self.store.reader().execute("SELECT COUNT(*) FROM kpi_outbox").fetchone()[0])

    def status(self, targets: Iterable[Target] = (), parked_examples: int = 5) -> list[TargetStatus]:
        """Queued, sent and parked counts for every known target (and the ones named)."""
        reader = self.store.reader()
        known = {
            (kind, address): row_id
            for row_id, kind, address in reader.execute("SELECT id, kind, address FROM kpi_sync_targets")
        }
        wanted = list(dict.fromkeys([(t.kind, t.address) for t in targets] + list(known)))
        total = self.entity_count()
        out = []
        for kind, address in wanted:
            status = TargetStatus(kind, address, queued=total)
            target_id = known.get((kind, address))
            if target_id is not None:
                sent, parked = reader.execute(
                    "SELECT COALESCE(SUM(d.confirmed_hash = o.payload_hash), 0),"
                    " COALESCE(SUM(d.parked_hash = o.payload_hash AND d.confirmed_hash IS NOT o.payload_hash), 0)"
                    " FROM kpi_deliveries d JOIN kpi_outbox o ON o.entity_id = d.entity_id WHERE d.target_id = ?",
                    (target_id,),
                ).fetchone()
                status.sent, status.parked = int(sent), int(parked)
                status.queued = total - status.sent - status.parked
                row = reader.execute(
                    "SELECT last_attempt_at, last_success_at, last_error, failures, next_attempt_at"
                    " FROM kpi_sync_targets WHERE id = ?",
                    (target_id,),
                ).fetchone()
                (status.last_attempt_at, status.last_success_at, status.last_error, status.failures,
                 status.next_attempt_at) = row
                status.parked_examples = [
                    ParkedEntity(eid, reason or "", at or "")
                    for eid, reason, at in reader.execute(
                        "SELECT d.entity_id, d.parked_reason, d.parked_at FROM kpi_deliveries d"
                        " JOIN kpi_outbox o ON o.entity_id = d.entity_id"
                        " WHERE d.target_id = ? AND d.parked_hash = o.payload_hash"
                        " ORDER BY d.parked_at DESC, d.entity_id LIMIT ?",
                        (target_id, parked_examples),
                    )
                ]
            out.append(status)
        return out


def _outbox_row(entity: dict[str, Any], entity_hash: str, stamp: str) -> tuple[Any, ...]:
    period = entity["calculationPeriod"]
    return (
        entity["id"],
        entity["station"],
        entity["name"],
        entity["breakdown"],
        period["from"],
        period["to"],
        json.dumps(entity, ensure_ascii=False, sort_keys=True),
        entity_hash,
        stamp,
    )


def _ranges(days: Sequence[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """Runs of consecutive days, so the engine is asked once per run."""
    runs: list[tuple[dt.date, dt.date]] = []
    for day in days:
        if runs and day == runs[-1][1] + dt.timedelta(days=1):
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs
