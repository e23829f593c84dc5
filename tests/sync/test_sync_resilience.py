"""Exactly-once totals: a week offline, a flapping broker, and a kiosk killed mid-sync.

After recovery the broker must hold, for every entity, exactly the total the kiosk's own KPI
engine computes: no entity missing, none extra, no value counted twice.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.stats.engine import StatsEngine
from kiosk.stats.targets import Targets
from kiosk.store import Store
from kiosk.sync.centre import centre_entities
from kiosk.sync.entities import SUPPRESSED, StationIdentity, build_entities
from kiosk.sync.retry import Backoff
from kiosk.sync.scheduler import SyncScheduler
from kiosk.sync.service import SyncService
from kiosk.sync.sinks.ngsi_ld import NgsiLdSink
from tests.sync.conftest import PEOPLE_MIX, hold_session, play_day, play_visits
from tests.sync.ngsi_ld_testserver import Behaviour

FIRST_DAY = dt.date(2025, 3, 3)
WEEK = [FIRST_DAY + dt.timedelta(days=i) for i in range(7)]
STATION = StationIdentity("vizium", "kiosk-1")


def engine_totals(source, days, min_cell: int = 5) -> dict[str, object]:
    """Entity id -> kpiValue of the station's daily cells, straight from the KPI engine, computed now."""
    totals = {}
    for day in days:
        for entity in build_entities(source.daily(day, day), STATION, min_cell, "2000-01-01T00:00:00.000Z"):
            totals[entity["id"]] = entity["kpiValue"]
    return totals


def kiosk_totals(service, source, days, today: dt.date | None = None) -> dict[str, object]:
    """Everything the kiosk's own engine computes now: its daily cells and, as a kiosk without a hub is
    its own centre, its year and month to date (kiosk.sync.centre) as of ``today``."""
    engine = StatsEngine(service.store.reader(), targets=Targets({}, Path("-")), min_cell=5)
    today = today or service.local_today()
    centre = centre_entities(engine.report, STATION.site, today, 5, "2000-01-01T00:00:00.000Z")
    return engine_totals(source, days) | {entity["id"]: entity["kpiValue"] for entity in centre.entities}


def assert_exact(received: dict[str, object], expected: dict[str, object]) -> None:
    """The broker holds every expected total; anything else is a centre cell withdrawn since it was sent."""
    assert {eid: received.get(eid) for eid in expected} == expected
    for eid in received.keys() - expected.keys():
        assert re.search(r":\d{4}(-\d{2})?$", eid) and received[eid] in (0, SUPPRESSED), (eid, received[eid])


def run_until(scheduler: SyncScheduler, clock, until: dt.datetime, max_ticks: int = 10_000) -> int:
    """Let the kiosk run (on the fake clock) until the given moment; returns the ticks taken."""
    ticks = 0
    while clock() < until:
        ticks += 1
        assert ticks < max_ticks, "the scheduler is spinning"
        wait_s = scheduler.tick()
        clock.advance(max(1.0, min(wait_s, (until - clock()).total_seconds())))
    return ticks


def broker_sink(broker, timeout_s: float = 0.3, batch_size: int = 20):
    def factory(_choice) -> NgsiLdSink:
        sink = NgsiLdSink(broker.url, timeout_s=timeout_s, connect_timeout_s=timeout_s)
        sink.batch_size = batch_size
        return sink

    return factory


@pytest.mark.slow
def test_a_week_offline_delivers_every_days_totals_exactly_once(
    settings, station_store, station_journal, clock, broker, kpi_engine
):
    backoff = Backoff(base_s=30, max_s=3600, rng=random.Random(3))
    service = SyncService(settings, station_store, source=kpi_engine, clock=clock, backoff=backoff,
                          sink_factory=broker_sink(broker))
    scheduler = SyncScheduler(service, interval_s=900, clock=clock, first_delay_s=0, scan_every_s=3600)
    rng = random.Random(11)
    # Each day of the week fails differently; the broker never confirms anything.
    outages = [
        ("refused", None), ("refused", None), ("503", Behaviour("status", 503)),
        ("429", Behaviour("status", 429, headers={"Retry-After": "1800"})),
        ("refused", None), ("lost answers", Behaviour("apply-then-drop")), ("502", Behaviour("status", 502)),
    ]
    pupils: list[str] = []
    for day, (_name, behaviour) in zip(WEEK, outages, strict=True):
        if behaviour is None:
            broker.stop()
        else:
            broker.start()
            broker.state.default = behaviour
        clock.set(dt.datetime.combine(day, dt.time(7, 0), dt.UTC))  # 09:00 in Riga
        for _hour in range(5):
            play_visits(station_journal, clock, rng.randint(0, 6), rng)
            scheduler.notify_activity()
            run_until(scheduler, clock, clock() + dt.timedelta(hours=1))
        if day.weekday() in (1, 3):  # after-school days: a programme session at 15:00
            pupils = hold_session(station_store, station_journal, clock, day, returning=pupils[:9],
                                  newcomers=PEOPLE_MIX[: 6 + day.weekday()])
            scheduler.notify_activity()
        run_until(scheduler, clock, dt.datetime.combine(day + dt.timedelta(days=1), dt.time(5, 0), dt.UTC))
    assert {r.answered for r in broker.state.requests} <= {None, 429, 502, 503}  # nothing was ever confirmed
    status = service.status().current
    assert status is not None and status.sent == 0 and status.queued == service.outbox.entity_count() > 0
    assert status.failures > 0 and status.last_error
    # The network comes back.
    broker.start()
    broker.state.default = Behaviour()
    run_until(scheduler, clock, clock() + dt.timedelta(hours=3))
    status = service.status().current
    assert (status.queued, status.parked, status.failures) == (0, 0, 0)
    assert_exact(broker.state.values(), kiosk_totals(service, kpi_engine, WEEK))
    assert broker.state.applied_upserts > len(broker.state.values())  # answers were lost: replays happened


@pytest.mark.slow
def test_a_flapping_broker_ends_with_exactly_the_engines_totals(
    settings, station_store, station_journal, clock, broker, kpi_engine
):
    codes: list[str] = []
    for day in WEEK[:4]:
        play_day(station_journal, clock, day, visits=25)
        codes = hold_session(station_store, station_journal, clock, day, returning=codes[:5])
    rng = random.Random(5)
    menu = [Behaviour()] * 8 + [Behaviour("status", 503), Behaviour("status", 500), Behaviour("drop"),
                                Behaviour("apply-then-drop"), Behaviour("apply-then-drop"), Behaviour("transient-207"),
                                Behaviour("status", 429, headers={"Retry-After": "5"})]
    original = broker.state.next_behaviour
    broker.state.next_behaviour = lambda: broker.state.script.popleft() if broker.state.script else rng.choice(menu)
    assert original  # (the scripted queue still wins)
    backoff = Backoff(base_s=2, max_s=60, rng=random.Random(9))
    service = SyncService(settings, station_store, source=kpi_engine, clock=clock, backoff=backoff,
                          sink_factory=broker_sink(broker, batch_size=4))
    service.scan()
    passes = 0
    while True:
        passes += 1
        assert passes < 500
        report = service.deliver()
        if report is not None and report.complete:
            break
        clock.advance(5)
    assert passes > 3
    assert_exact(broker.state.values(), kiosk_totals(service, kpi_engine, WEEK[:4]))
    assert broker.state.applied_upserts > len(broker.state.values())
    # More visits after the storm: only the changed entities go, and end up exact too.
    play_day(station_journal, clock, WEEK[3], visits=3, seed=77)
    service.scan()
    while not (report := service.deliver(force=True)).complete:
        clock.advance(5)
    assert_exact(broker.state.values(), kiosk_totals(service, kpi_engine, WEEK[:4]))


@pytest.mark.slow
def test_a_kiosk_killed_mid_sync_loses_nothing_and_counts_nothing_twice(tmp_path, clock, broker):
    from kiosk.config import settings_from_mapping
    from kiosk.journal import Journal

    config = tmp_path / "kiosk.toml"
    config.write_text(f'[storage]\npath = "{tmp_path / "station"}"\n[station]\nid = "kiosk-1"\n', encoding="utf-8")
    settings = settings_from_mapping({"storage": {"path": str(tmp_path / "station")}})
    with Store(settings.database_path, batch_window_s=0) as store:
        journal = Journal(store, "kiosk-1", clock=clock)
        codes: list[str] = []
        for day in WEEK:  # a week: the additive daily entities fill more than one batch of 100
            play_day(journal, clock, day, visits=20)
            codes = hold_session(store, journal, clock, day, returning=codes[:6])
    # The first batch goes through; the second is applied by the broker, whose answer never comes.
    broker.state.then(Behaviour(), Behaviour("apply-then-stall", stall_s=120))
    child = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--config", str(config), "sync", "--url", broker.url],
        cwd=Path(__file__).resolve().parents[2], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while len(broker.state.requests) < 2:
            assert time.monotonic() < deadline and child.poll() is None, child.communicate()
            time.sleep(0.02)
        child.send_signal(signal.SIGKILL)  # power cut while waiting for the broker's answer
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
    confirmed_before = set(broker.state.requests[0].entity_ids)
    broker.state.release.set()  # end the stalled request
    sent_before = len(broker.state.requests)
    with Store(settings.database_path, batch_window_s=0) as store:
        service = SyncService(settings, store, sink_factory=broker_sink(broker, batch_size=100), clock=clock)
        assert service.status().current.sent == len(confirmed_before) > 0
        report = service.deliver(force=True)
        assert report.complete
        resent = {eid for request in broker.state.requests[sent_before:] for eid in request.entity_ids}
        assert resent and not resent & confirmed_before  # what was confirmed is not sent again
        # The killed `kiosk sync` ran on the real clock: its year and month to date are today's.
        today = dt.datetime.now(ZoneInfo(settings.station.timezone)).date()
        assert_exact(broker.state.values(), kiosk_totals(service, service.outbox.source, WEEK, today))
        assert service.status().current.queued == 0
