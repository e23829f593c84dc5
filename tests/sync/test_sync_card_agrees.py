"""The sync card and `kiosk sync --dry-run` agree: records never computed are not 'nothing to send'."""

from __future__ import annotations

import datetime as dt

from test_sync_status_ui import build, open_card

from kiosk.journal import Journal
from kiosk.sync.service import SyncService
from tests.sync.conftest import FakeClock, play_day

DAYS = (dt.date(2025, 3, 4), dt.date(2025, 3, 5), dt.date(2025, 3, 6))


def test_status_counts_the_days_the_next_scan_computes(settings, station_store, station_journal, clock):
    for day in DAYS:
        play_day(station_journal, clock, day, visits=4)
    station_store.flush()
    service = SyncService(settings, station_store)
    try:
        status = service.status()
        assert status.days_to_compute == len(service.days_to_compute()) == 3  # what the dry run computes
        assert status.current is None or status.current.queued == 0  # the outbox itself is still empty
        service.scan()
        assert service.status().days_to_compute == 0
    finally:
        service.close()


def test_the_card_says_what_waits_to_be_computed(qtbot, tmp_path):
    kiosk = build(qtbot, tmp_path)
    try:
        store = kiosk.services.store
        journal = Journal(store, kiosk.services.settings.station.id, clock=FakeClock())
        play_day(journal, FakeClock(), dt.date.today() - dt.timedelta(days=1), visits=4)
        store.flush()
        waiting = len(kiosk.window.sync_status.service.days_to_compute())
        assert waiting > 0
        card = open_card(qtbot, kiosk)
        assert card.headline.text() != "Nothing to send yet."
        assert f"{waiting} day" in card.headline.text()
    finally:
        kiosk.close()
