"""The sync status card in the staff menu, driven through its real widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kiosk.journal import Journal
from tests.conftest import kiosk_settings, show_kiosk
from tests.sync.conftest import FakeClock, play_day

SAMPLES = "tests.fixtures.sample_exhibits"
MODULES = {"tapper": f"{SAMPLES}.tapper"}


def build(qtbot, tmp_path, **sync):
    return show_kiosk(qtbot, kiosk_settings(tmp_path, sync=sync), language="en", demo=True, modules=MODULES)


@pytest.fixture
def kiosk(qtbot, tmp_path):
    built = build(qtbot, tmp_path)
    yield built
    built.close()


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def open_card(qtbot, kiosk):
    window = kiosk.window
    window.staff_menu.open_for("staff")
    button = window.staff_menu._buttons["sync"]
    qtbot.waitUntil(lambda: button.height() > 0)  # laid out
    click(qtbot, button)
    card = window.sync_status.card
    assert card is not None and card.isVisible()
    qtbot.waitUntil(lambda: card.status is not None or card.error is not None, timeout=10_000)
    return card


def test_staff_open_the_card_sync_now_and_see_it_sent(qtbot, kiosk):
    store = kiosk.services.store
    play_day(Journal(store, kiosk.services.settings.station.id, clock=FakeClock()), FakeClock(),
             dt.date(2025, 3, 4), visits=8)
    card = open_card(qtbot, kiosk)
    assert card.title.text() == "City KPI sync"
    assert "folder" in card.destination.text() and "outbox" in card.destination.text()
    assert card.sync_button.isEnabled() and card.sync_button.height() >= 40
    click(qtbot, card.sync_button)
    qtbot.waitUntil(lambda: card.status is not None and card.status.current is not None
                    and card.status.current.sent > 0 and card.status.current.queued == 0, timeout=20_000)
    qtbot.waitUntil(lambda: card.headline.text() == "Everything is sent.", timeout=10_000)
    assert card.tiles["sent"].number.text() == str(card.status.current.sent)
    assert card.tiles["queued"].number.text() == "0"
    assert "Last successful sync:" in card.details.text() and "never" not in card.details.text()
    assert not card.retry_button.isEnabled()
    outbox = kiosk.services.settings.data_dir / "outbox"
    assert list(outbox.glob("*.jsonld"))
    click(qtbot, card.back_button)
    assert not card.isVisible() and kiosk.window.staff_menu.isVisible()


def test_the_card_follows_the_language(qtbot, kiosk):
    card = open_card(qtbot, kiosk)
    assert card.sync_button.text() == "Sync now"
    kiosk.window.set_language("lv")
    assert (card.title.text(), card.sync_button.text()) == ("Pilsētas KPI sinhronizācija", "Sinhronizēt tagad")
    kiosk.window.set_language("ru")
    assert (card.title.text(), card.back_button.text()) == ("Синхронизация KPI с городом", "Назад")


def test_high_contrast_renders(qtbot, kiosk):
    kiosk.window.set_accessibility(True, True)
    card = open_card(qtbot, kiosk)
    assert not card.grab().isNull()


def test_settings_problems_are_shown_not_raised(qtbot, tmp_path):
    kiosk = build(qtbot, tmp_path, sink="ngsi-ld")  # no url
    try:
        card = open_card(qtbot, kiosk)
        qtbot.waitUntil(lambda: card.status is not None, timeout=10_000)
        assert card.headline.text() == "The sync settings need attention."
        assert "sync.url is empty" in card.destination.text()
        assert not card.sync_button.isEnabled()
    finally:
        kiosk.close()


def test_closing_the_kiosk_stops_the_sync_thread(qtbot, tmp_path):
    kiosk = build(qtbot, tmp_path)
    scheduler = kiosk.window.sync_status.scheduler
    assert scheduler.running
    kiosk.close()
    assert not scheduler.running
