"""The outbox: queue only what changed, per-target delivery state, parking, change scans, restarts."""

from __future__ import annotations

import datetime as dt
import json

from kiosk.stats.daily import DailyCell
from kiosk.store import LATEST_VERSION, Store
from kiosk.store.migrations import MIGRATIONS
from kiosk.sync.entities import SUPPRESSED, StationIdentity
from kiosk.sync.outbox import DeliveryOutcome, Outbox, Target
from kiosk.sync.service import SyncService
from tests.sync.conftest import JournalSource, play_day

DAY = dt.date(2025, 3, 3)
USB = Target("file", "/media/usb")
BROKER = Target("ngsi-ld", "https://broker.example/")


def make_outbox(store, clock, source=None) -> Outbox:
    return Outbox(store, source or JournalSource(store), StationIdentity("vizium", "kiosk-1"), clock=clock)


def pending_ids(outbox: Outbox, target: Target) -> set[str]:
    target_id = outbox.target_id(target)
    return {e.entity_id for e in outbox.pending(target_id, 10_000)}


def confirm_all(outbox: Outbox, target: Target) -> None:
    target_id = outbox.target_id(target)
    entries = outbox.pending(target_id, 10_000)
    outbox.record(target_id, DeliveryOutcome(confirmed=[(e.entity_id, e.payload_hash) for e in entries]))


def test_migration_5_is_in_order_and_creates_the_outbox(station_store):
    numbers = [number for number, _, _ in MIGRATIONS]
    assert numbers == sorted(numbers) and 5 in numbers
    assert station_store.schema_version == LATEST_VERSION
    tables = {row["name"] for row in station_store.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"kpi_outbox", "kpi_sync_targets", "kpi_deliveries", "kpi_sync_state"} <= tables
    columns = {row["name"] for row in station_store.query("PRAGMA table_info(kpi_outbox)")}
    # DESIGN.md section 5: deterministic id, period, payload, hash, computed_at, sent_at, attempts, last_error
    assert {"entity_id", "period_from", "period_to", "payload", "payload_hash", "computed_at", "sent_at",
            "attempts", "last_error"} <= columns


def test_refresh_queues_only_entities_whose_payload_changed(station_store, station_journal, clock):
    play_day(station_journal, clock, DAY, visits=20)
    outbox = make_outbox(station_store, clock)
    first = outbox.refresh([DAY])
    assert first.changed > 0 and first.unchanged == 0
    again = outbox.refresh([DAY])
    assert again.changed == 0 and again.unchanged == first.changed
    visits = outbox.entity("urn:ngsi-ld:KeyPerformanceIndicator:vizium:kiosk-1:visitors:total:2025-03-03")
    assert visits is not None and visits.payload["kpiValue"] == 20
    # One more visit: the visitors entity changes (and only the runs it touched).
    play_day(station_journal, clock, DAY, visits=1, seed=99)
    third = outbox.refresh([DAY])
    assert 1 <= third.changed < first.changed
    (row,) = station_store.query(
        "SELECT revision, payload FROM kpi_outbox WHERE entity_id = ?", (visits.entity_id,)
    )
    assert row["revision"] == 2 and json.loads(row["payload"])["kpiValue"] == 21


def test_each_target_has_its_own_delivery_state(station_store, station_journal, clock):
    play_day(station_journal, clock, DAY, visits=10)
    outbox = make_outbox(station_store, clock)
    outbox.refresh([DAY])
    everything = pending_ids(outbox, BROKER)
    confirm_all(outbox, BROKER)
    assert pending_ids(outbox, BROKER) == set()
    # A USB stick seen for the first time receives everything the broker already has.
    assert pending_ids(outbox, USB) == everything
    # A new visit changes the visitors entity: both targets need it (again).
    play_day(station_journal, clock, DAY, visits=1, seed=5)
    outbox.refresh([DAY])
    changed = pending_ids(outbox, BROKER)
    assert changed and any(":visitors:total:" in e for e in changed)
    assert changed <= pending_ids(outbox, USB) == everything


def test_confirmation_is_for_the_payload_that_was_sent(station_store, station_journal, clock):
    """An entity recomputed while its batch was in flight is sent again."""
    play_day(station_journal, clock, DAY, visits=5)
    outbox = make_outbox(station_store, clock)
    outbox.refresh([DAY])
    target_id = outbox.target_id(BROKER)
    in_flight = outbox.pending(target_id, 10_000)
    play_day(station_journal, clock, DAY, visits=1, seed=3)
    outbox.refresh([DAY])
    outbox.record(target_id, DeliveryOutcome(confirmed=[(e.entity_id, e.payload_hash) for e in in_flight]))
    again = pending_ids(outbox, BROKER)
    assert any(":visitors:total:" in e for e in again)


def test_parked_entities_are_visible_and_a_new_payload_or_staff_retry_unparks(station_store, station_journal, clock):
    play_day(station_journal, clock, DAY, visits=5)
    outbox = make_outbox(station_store, clock)
    outbox.refresh([DAY])
    target_id = outbox.target_id(BROKER)
    entries = outbox.pending(target_id, 10_000)
    bad = next(e for e in entries if ":visitors:" in e.entity_id)
    outbox.record(target_id, DeliveryOutcome(
        confirmed=[(e.entity_id, e.payload_hash) for e in entries if e is not bad],
        parked=[(bad.entity_id, bad.payload_hash, "400: kpiValue out of range")],
    ))
    (status,) = outbox.status()
    assert (status.queued, status.parked) == (0, 1)
    assert status.parked_examples[0].entity_id == bad.entity_id
    assert "out of range" in status.parked_examples[0].reason
    assert pending_ids(outbox, BROKER) == set()
    assert outbox.retry_parked(target_id) == 1
    assert pending_ids(outbox, BROKER) == {bad.entity_id}
    outbox.record(target_id, DeliveryOutcome(parked=[(bad.entity_id, bad.payload_hash, "400: again")]))
    play_day(station_journal, clock, DAY, visits=1, seed=8)
    outbox.refresh([DAY])
    assert bad.entity_id in pending_ids(outbox, BROKER)


def test_queued_entities_survive_a_restart(settings, clock):
    from kiosk.journal import Journal

    with Store(settings.database_path, batch_window_s=0) as store:
        journal = Journal(store, "kiosk-1", clock=clock)
        play_day(journal, clock, DAY, visits=8)
        outbox = make_outbox(store, clock)
        outbox.refresh([DAY])
        before = pending_ids(outbox, BROKER)
    with Store(settings.database_path, batch_window_s=0) as store:
        assert pending_ids(make_outbox(store, clock), BROKER) == before != set()


def test_a_cell_that_becomes_suppressed_is_withdrawn_not_left_stale(station_store, clock):
    class Source:
        value = 7

        def daily(self, first, last):
            return [DailyCell("pupils", "gender-female", DAY, self.value, people=True)]

    source = Source()
    outbox = make_outbox(station_store, clock, source)
    outbox.refresh([DAY])
    source.value = 3  # now below min_cell: the cell is no longer shared
    result = outbox.refresh([DAY])
    assert result.withdrawn == 1
    entry = outbox.entity("urn:ngsi-ld:KeyPerformanceIndicator:vizium:kiosk-1:pupils:gender-female:2025-03-03")
    assert entry is not None and entry.payload["kpiValue"] == SUPPRESSED
    assert outbox.refresh([DAY]).withdrawn == 0


def test_scan_backfills_everything_first_then_only_changed_days(settings, station_store, station_journal, clock):
    for offset in range(3):
        play_day(station_journal, clock, DAY + dt.timedelta(days=offset), visits=4)
    service = SyncService(settings, station_store, source=JournalSource(station_store), clock=clock)
    first = service.scan()
    assert first.days == 3 and first.changed > 0
    clock.advance(3600)
    assert service.scan().changed == 0
    later = DAY + dt.timedelta(days=5)
    play_day(station_journal, clock, later, visits=2)
    clock.advance(60)
    result = service.scan()
    assert result.days == 1 and result.changed > 0
    assert service.outbox.entity(f"urn:ngsi-ld:KeyPerformanceIndicator:vizium:kiosk-1:visitors:total:{later}")


def test_full_scan_finds_old_days_touched_late(settings, station_store, station_journal, clock):
    """A visit left open by a power cut and closed at the next start changes an old day."""
    visit = station_journal.start_visit("lv")
    run = station_journal.start_run(visit, "pendulum")
    service = SyncService(settings, station_store, source=JournalSource(station_store), clock=clock)
    service.scan()
    clock.advance(4 * 86400)
    service.scan()  # the kiosk ran on; the watermark is days past the open visit
    clock.advance(60)
    station_journal.close_open_visits()
    assert run  # the run is closed as interrupted, days later, at the last moment the kiosk was alive
    clock.advance(60)
    # The close names the old day (journal.interrupted), so even the quick scan recomputes it.
    assert service.scan().days == 1
    assert service.scan(full=True).days == 1


def test_a_cell_that_is_no_longer_produced_becomes_zero(station_store, clock):
    class Source:
        exhibits = {"pendulum": 4, "waves": 2}

        def daily(self, first, last):
            return [DailyCell("exhibit_runs", f"exhibit-{e}", DAY, n) for e, n in self.exhibits.items()]

    source = Source()
    outbox = make_outbox(station_store, clock, source)
    outbox.refresh([DAY])
    source.exhibits = {"pendulum": 4}  # e.g. runs corrected away: the cell is gone, so it is zero
    assert outbox.refresh([DAY]).withdrawn == 1
    entry = outbox.entity("urn:ngsi-ld:KeyPerformanceIndicator:vizium:kiosk-1:exhibit_runs:exhibit-waves:2025-03-03")
    assert entry is not None and entry.payload["kpiValue"] == 0


def test_a_bad_target_is_refused_and_the_store_keeps_working(station_store, clock):
    import pytest

    from kiosk.sync.outbox import OutboxWriteFailed

    outbox = make_outbox(station_store, clock)
    with pytest.raises(OutboxWriteFailed, match="CHECK constraint"):
        outbox.target_id(Target("carrier-pigeon", "loft"))
    assert outbox.target_id(USB) is not None  # the writer thread is still alive
