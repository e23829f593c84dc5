"""The staff sync card shows the centre database: last exchange, records waiting, the problem in words."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import kiosk_settings, show_kiosk
from tests.hub.conftest import hub_rows

MODULES = {"tapper": "tests.fixtures.sample_exhibits.tapper"}


def build(qtbot, tmp_path, dsn):
    return show_kiosk(qtbot, kiosk_settings(tmp_path, hub={"dsn": dsn}), language="en", demo=True, modules=MODULES)


def open_card(qtbot, kiosk):
    window = kiosk.window
    window.staff_menu.open_for("staff")
    button = window.staff_menu._buttons["sync"]
    qtbot.waitUntil(lambda: button.height() > 0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
    card = window.sync_status.card
    qtbot.waitUntil(lambda: card.hub_state is not None, timeout=10_000)
    return card


def test_sync_now_exchanges_with_the_hub_and_the_card_says_so(qtbot, tmp_path, hub_dsn):
    kiosk = build(qtbot, tmp_path, hub_dsn)
    hub = kiosk.window.sync_status.hub
    try:
        assert hub is not None and hub.running and hub.rounds == 0  # started, first round still to come
        card = open_card(qtbot, kiosk)
        assert card.hub_headline.isVisible()
        qtbot.mouseClick(card.sync_button, Qt.MouseButton.LeftButton, pos=card.sync_button.rect().center())
        qtbot.waitUntil(lambda: card.hub_headline.text() == "Centre database: up to date.", timeout=30_000)
        assert "0 records wait to go to the centre." in card.hub_details.text()
        assert hub_rows(hub_dsn, "SELECT station_id FROM stations") == [("kiosk-1",)]
        kiosk.window.set_language("lv")
        assert "Centr" in card.hub_headline.text() and "up to date" not in card.hub_headline.text()
        kiosk.window.set_language("ru")
        assert "up to date" not in card.hub_headline.text()
    finally:
        kiosk.close()
    assert not hub.running  # stopped with the kiosk


def test_an_unreachable_hub_is_shown_in_words_and_the_kiosk_runs_on(qtbot, tmp_path):
    kiosk = build(qtbot, tmp_path, f"host={tmp_path} port=1 dbname=x password=hunter2")
    try:
        card = open_card(qtbot, kiosk)
        qtbot.mouseClick(card.sync_button, Qt.MouseButton.LeftButton, pos=card.sync_button.rect().center())
        qtbot.waitUntil(lambda: "cannot exchange records" in card.hub_headline.text(), timeout=30_000)
        assert "Problem: cannot reach the hub" in card.hub_details.text()
        assert "hunter2" not in card.hub_details.text() + card.hub_headline.text()
    finally:
        kiosk.close()
    assert not kiosk.window.sync_status.hub.running


def test_a_provisional_check_in_asks_for_a_round_at_once(qtbot, tmp_path, hub_dsn):
    from kiosk.programmes.service import ALREADY, PROVISIONAL, CheckIn

    kiosk = build(qtbot, tmp_path, hub_dsn)
    hub = kiosk.window.sync_status.hub
    try:
        kiosk.window.programmes.checked_in.emit(CheckIn(ALREADY, "ABCDE"))
        qtbot.wait(50)
        assert hub.rounds == 0  # the first round waits 20 s after start
        kiosk.window.programmes.checked_in.emit(CheckIn(PROVISIONAL, "ABCDE"))
        qtbot.waitUntil(lambda: hub.rounds >= 1 and not hub.busy, timeout=20_000)
        assert hub.last_error is None
    finally:
        kiosk.close()
