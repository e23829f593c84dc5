"""One delivery pass: send a target everything it has not confirmed, batch by batch.

Each batch's answer is saved (durably) before the next batch goes, so a crash or power cut
mid-sync at worst re-sends a batch, which is harmless: entities carry absolute totals and
deterministic ids, so the target overwrites, never adds. A batch the target calls invalid is
split in halves until the invalid entities are found and parked with the target's message.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from kiosk.clock import WallClock, utc_now
from kiosk.journal import is_demo_database
from kiosk.sync.outbox import DeliveryOutcome, Outbox, OutboxEntry, Target
from kiosk.sync.retry import Backoff, BatchRejected, TargetRefused, TransientError
from kiosk.sync.sinks import Sink

log = logging.getLogger(__name__)


class DemoDatabase(Exception):
    """The database holds synthetic demo data: nothing from it may reach the city's figures."""


def refuse_demo_database(outbox: Outbox) -> None:
    """Raise DemoDatabase if the outbox belongs to a demo database (set by the demo filler)."""
    if is_demo_database(outbox.store.reader()):
        raise DemoDatabase(
            f"{outbox.store.path} holds demo data (made by `kiosk run --demo` or `kiosk demo-data`), so nothing "
            "from it is sent to the city. Sync from the station's own database (see `kiosk config show`)."
        )


@dataclass
class DeliveryReport:
    """What one pass achieved for one target."""

    target: Target
    sent: int = 0
    parked: int = 0
    retried: int = 0  # entities the target asked to send again later
    batches: int = 0
    requests: int = 0
    error: str | None = None  # the transient problem that ended the pass
    refused: str | None = None  # the target refuses us: a configuration problem
    retry_at: dt.datetime | None = None
    parked_reasons: dict[str, str] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        """The queue was worked through without transient trouble."""
        return self.error is None and self.refused is None and self.retried == 0


def _send(sink: Sink, batch: list[OutboxEntry], report: DeliveryReport) -> tuple[DeliveryOutcome, float | None]:
    """Send one batch; split it when the target rejects it as invalid."""
    report.requests += 1
    try:
        answer = sink.send(batch)
    except BatchRejected as exc:
        if len(batch) == 1:
            entry = batch[0]
            return DeliveryOutcome(parked=[(entry.entity_id, entry.payload_hash, str(exc))]), None
        middle = len(batch) // 2
        first, first_after = _send(sink, batch[:middle], report)
        second, second_after = _send(sink, batch[middle:], report)
        merged = DeliveryOutcome(
            confirmed=first.confirmed + second.confirmed,
            parked=first.parked + second.parked,
            retry=first.retry + second.retry,
        )
        return merged, max(first_after or 0, second_after or 0) or None
    hashes = {e.entity_id: e.payload_hash for e in batch}
    outcome = DeliveryOutcome(
        confirmed=[(eid, hashes[eid]) for eid in answer.confirmed if eid in hashes],
        parked=[(eid, hashes[eid], reason) for eid, reason in answer.parked.items() if eid in hashes],
        retry=[(eid, reason) for eid, reason in answer.retry.items() if eid in hashes],
    )
    return outcome, answer.retry_after_s


def deliver(
    outbox: Outbox,
    sink: Sink,
    *,
    backoff: Backoff | None = None,
    clock: WallClock = utc_now,
    max_batches: int | None = None,
) -> DeliveryReport:
    """Send the target every entity it has not confirmed; stop at the first transient failure.

    Every send goes through here: a demo database is refused (DemoDatabase) before any sink is used.
    """
    refuse_demo_database(outbox)
    backoff = backoff or Backoff()
    report = DeliveryReport(sink.target)
    target_id = outbox.target_id(sink.target)
    assert target_id is not None
    cursor: tuple[str, str] | None = None
    retry_after: float | None = None
    while max_batches is None or report.batches < max_batches:
        batch = outbox.pending(target_id, sink.batch_size, after=cursor)
        if not batch:
            break
        cursor = (batch[-1].period_from, batch[-1].entity_id)
        try:
            outcome, after = _send(sink, batch, report)
        except TransientError as exc:
            report.error = str(exc)
            delay = backoff.delay_s(outbox.failures(target_id) + 1, exc.retry_after_s)
            report.retry_at = outbox.record_failure(target_id, report.error, delay)
            log.info("sync to %s: %s; next try in %.0f s", sink.target, report.error, delay)
            return report
        except TargetRefused as exc:
            report.refused = str(exc)
            report.retry_at = outbox.record_failure(target_id, report.refused, backoff.max_s)
            log.warning("sync to %s refused: %s", sink.target, report.refused)
            return report
        outbox.record(target_id, outcome)
        report.batches += 1
        report.sent += len(outcome.confirmed)
        report.parked += len(outcome.parked)
        report.retried += len(outcome.retry)
        for entity_id, _hash, reason in outcome.parked:
            report.parked_reasons[entity_id] = reason
        if after:
            retry_after = max(retry_after or 0.0, after)
    if report.retried:
        report.error = f"{report.retried} entities to send again later"
        delay = backoff.delay_s(outbox.failures(target_id) + 1, retry_after)
        report.retry_at = outbox.record_failure(target_id, report.error, delay)
    elif max_batches is None or report.batches < max_batches:
        outbox.record_success(target_id)
    return report
