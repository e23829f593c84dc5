"""The scheduler: start-up scan, scans after activity, delivery every interval, day close, its thread."""

from __future__ import annotations

import datetime as dt
import random
import threading

from kiosk.sync.scheduler import SyncScheduler
from kiosk.sync.service import SyncService
from kiosk.sync.sinks.file import FileSink
from tests.sync.conftest import JournalSource, play_day, play_visits

DAY = dt.date(2025, 3, 3)


class CountingSink(FileSink):
    """A file sink that tells the test each time it is used."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.sends = 0
        self.sent = threading.Event()

    def send(self, entries):
        answer = super().send(entries)
        self.sends += 1
        self.sent.set()
        return answer


def make(settings, store, clock, tmp_path, **options):
    holder: dict = {"created": threading.Event()}

    def factory(_choice):
        holder["sink"] = CountingSink(tmp_path / "out", service.station, clock=clock)
        holder["created"].set()
        return holder["sink"]

    service = SyncService(settings, store, source=JournalSource(store), clock=clock, sink_factory=factory)
    options.setdefault("first_delay_s", 30)
    scheduler = SyncScheduler(service, interval_s=900, clock=clock, scan_every_s=60, **options)
    return service, scheduler, holder


def test_start_up_waits_then_scans_everything_and_delivers(settings, station_store, station_journal, clock, tmp_path):
    play_day(station_journal, clock, DAY, visits=6)
    service, scheduler, holder = make(settings, station_store, clock, tmp_path)
    wait_s = scheduler.tick()
    assert 29 <= wait_s <= 30 and service.outbox.entity_count() == 0
    clock.advance(wait_s)
    scheduler.tick()
    assert service.outbox.entity_count() > 0
    assert holder["sink"].sends == 1 and service.status().current.queued == 0


def test_activity_is_scanned_at_once_and_delivered_at_the_interval(
    settings, station_store, station_journal, clock, tmp_path
):
    service, scheduler, _holder = make(settings, station_store, clock, tmp_path, first_delay_s=0)
    scheduler.tick()
    play_visits(station_journal, clock, 1, random.Random(1))  # a few minutes, less than the interval
    scheduler.notify_activity()
    clock.advance(1)
    scheduler.tick()
    assert service.outbox.entity_count() > 0
    assert service.status().current.queued > 0  # queued, not yet sent
    clock.advance(900)
    scheduler.tick()
    assert service.status().current.queued == 0


def test_day_close_recomputes_the_day_and_delivers_at_once(settings, station_store, station_journal, clock, tmp_path):
    service, scheduler, holder = make(settings, station_store, clock, tmp_path, first_delay_s=0)
    clock.set(dt.datetime(2025, 3, 3, 21, 50, tzinfo=dt.UTC))  # 23:50 in Riga
    scheduler.tick()
    wait_s = scheduler.tick()
    assert wait_s <= 11 * 60  # wakes for midnight, not only at the interval
    play_day(station_journal, clock, DAY, visits=2)  # (stamped earlier that day)
    clock.set(dt.datetime(2025, 3, 3, 22, 0, 5, tzinfo=dt.UTC))  # 00:00:05 on the 4th in Riga
    sends = holder["sink"].sends
    scheduler.tick()
    assert holder["sink"].sends > sends
    entity = service.outbox.entity("urn:ngsi-ld:KeyPerformanceIndicator:vizium:kiosk-1:visitors:total:2025-03-03")
    assert entity is not None and service.status().current.queued == 0


def test_a_failing_step_is_reported_and_retried(settings, station_store, clock, tmp_path):
    service, scheduler, _ = make(settings, station_store, clock, tmp_path, first_delay_s=0)

    def broken(**_kwargs):
        raise RuntimeError("disk on fire")

    service.scan = broken
    wait_s = scheduler.tick()
    assert scheduler.last_problem == "RuntimeError: disk on fire"
    assert 0 < wait_s <= 60


def test_the_thread_syncs_when_asked_and_stops_promptly(settings, station_store, station_journal, clock, tmp_path):
    play_day(station_journal, clock, DAY, visits=4)
    _service, scheduler, holder = make(settings, station_store, clock, tmp_path, first_delay_s=3600)
    scheduler.start()
    try:
        assert scheduler.running
        scheduler.sync_now()
        assert holder["created"].wait(60)
        assert holder["sink"].sent.wait(60)
        assert holder["sink"].sends >= 1
    finally:
        assert scheduler.stop(timeout_s=10)
    assert not scheduler.running


def test_a_store_that_cannot_save_is_one_warning_not_a_traceback_every_round(caplog):
    """A full or read-only disk is a known condition: the scheduler says it once, in a line."""
    import datetime as dt
    import logging

    from kiosk.store.database import StoreUnavailable
    from kiosk.sync.scheduler import SyncScheduler

    class Stuck:
        timezone = "Europe/Riga"

        def scan(self, full: bool = False):
            raise StoreUnavailable("the store cannot save right now: the disk is full at /data")

    moments = iter(dt.datetime(2026, 3, 3, 9, minute, tzinfo=dt.UTC) for minute in range(0, 60, 2))
    now = [next(moments)]
    scheduler = SyncScheduler(Stuck(), 60, clock=lambda: now[0], first_delay_s=0)  # type: ignore[arg-type]
    with caplog.at_level(logging.WARNING, logger="kiosk.sync.scheduler"):
        for _ in range(3):  # three rounds, each a new attempt at the scan
            scheduler.tick()
            assert "disk is full" in (scheduler.last_problem or "")
            now[0] = next(moments)
    records = [r for r in caplog.records if r.name == "kiosk.sync.scheduler"]
    assert len(records) == 1 and records[0].exc_info is None
    assert "disk is full" in records[0].getMessage()
