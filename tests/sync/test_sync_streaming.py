"""A backlog is read and sent a batch at a time (issue 18): a year of a station's entities never
sits in memory at once, however long the station was offline."""

from __future__ import annotations

import datetime as dt

from kiosk.stats.daily import DailyCell
from kiosk.sync.entities import StationIdentity, build_entities
from kiosk.sync.outbox import Outbox, OutboxEntry, Target
from kiosk.sync.runner import deliver
from kiosk.sync.sinks.base import SinkAnswer

STATION = StationIdentity("vizium", "kiosk-1")
FIRST_DAY = dt.date(2025, 1, 1)


class RecordingSink:
    """Confirms everything and remembers the size of every batch it was given."""

    def __init__(self, batch_size: int) -> None:
        self.target = Target("file", "/recording")
        self.batch_size = batch_size
        self.batches: list[int] = []
        self.sent: list[str] = []

    def send(self, entries: list[OutboxEntry]) -> SinkAnswer:
        self.batches.append(len(entries))
        self.sent += [e.entity_id for e in entries]
        return SinkAnswer(confirmed=[e.entity_id for e in entries])

    def close(self) -> None:
        pass


def queue_backlog(outbox: Outbox, days: int, cells_per_day: int) -> int:
    cells = [
        DailyCell("exhibit_runs", f"exhibit-e{index}", FIRST_DAY + dt.timedelta(days=offset), 10 + index, unit="n")
        for offset in range(days)
        for index in range(cells_per_day)
    ]
    return outbox.add_entities(build_entities(cells, STATION, 5, "2025-12-31T22:00:00.000Z"))


def test_a_backlog_is_read_from_the_outbox_and_sent_one_batch_at_a_time(station_store, clock, fast_backoff):
    outbox = Outbox(station_store, None, STATION, clock=clock)
    queued = queue_backlog(outbox, days=60, cells_per_day=10)
    reads: list[int] = []
    read_pending = outbox.pending

    def pending(target_id: int, limit: int, after=None) -> list[OutboxEntry]:
        entries = read_pending(target_id, limit, after=after)
        reads.append(len(entries))
        return entries

    outbox.pending = pending  # type: ignore[method-assign]
    sink = RecordingSink(batch_size=50)
    report = deliver(outbox, sink, backoff=fast_backoff, clock=clock)

    assert report.complete and report.sent == queued == 600
    assert max(reads) <= 50 and max(sink.batches) <= 50  # never more than one batch in hand
    assert len(sink.sent) == len(set(sink.sent)) == queued  # each entity once, in order
    assert report.batches == queued // 50
    # Nothing is left for this target; a second pass reads one empty page and sends nothing.
    reads.clear()
    assert deliver(outbox, sink, backoff=fast_backoff, clock=clock).sent == 0
    assert reads == [0]
