"""The educator sees a provisional check-in (a centre with a hub), then what the hub round made of it."""

from __future__ import annotations

from dataclasses import replace

from kiosk.config import HubSettings
from kiosk.programmes import codes
from kiosk.programmes.service import settle_provisional
from tests.programmes.test_programmes_screens import (  # noqa: F401  (fixtures)
    button,
    click,
    open_educator_screen,
    open_kiosk,
    settle,
    start_session,
    station,
)


def type_code(qtbot, page, code):
    if page.fallback.currentIndex() == 0:
        click(qtbot, button(page, "checkin:keypad"))
    for char in code:
        click(qtbot, button(page.keypad, f"key:{char}"))
    click(qtbot, page.keypad.ok)


def test_an_unknown_badge_with_a_hub_is_checked_in_provisionally_and_shown_in_attendance(
    qtbot, open_kiosk, station  # noqa: F811
):
    settings = station()
    # A hub nobody answers at: the check-in must not wait for it.
    settings = settings.replace(hub=replace(HubSettings(), dsn="postgresql://kiosk@127.0.0.1:1/none"))
    kiosk = open_kiosk(settings)
    screen = open_educator_screen(qtbot, kiosk)
    start_session(qtbot, kiosk, screen)
    page = screen.pages["checkin"]
    settle(qtbot, kiosk)
    stranger = codes.new_code()
    type_code(qtbot, page, stranger)
    qtbot.waitUntil(lambda: page.last is not None and page.last.outcome == "provisional", timeout=10_000)
    settle(qtbot, kiosk)
    assert codes.display(stranger) in page.result_panel.headline
    assert "provisionally" in page.result_panel.headline
    assert not page.register_button.isVisible()
    assert kiosk.window.programmes.checked_in_count == 1
    click(qtbot, button(screen, "choice:attendance"))
    settle(qtbot, kiosk)
    attendance = screen.pages["attendance"]
    assert attendance.table.rowCount() == 1
    assert attendance.table.cell_text(0, 0) == codes.display(stranger)
    assert "waiting for the centre" in attendance.table.cell_text(0, 6)
    # The hub round found no such badge anywhere: the educator is told to register it.
    store = kiosk.services.store
    store.call(lambda conn: settle_provisional(conn, "2026-12-05T18:00:00.000Z")).wait(10)
    attendance.refresh()
    settle(qtbot, kiosk)
    assert "register it" in attendance.table.cell_text(0, 6)
    for language in ("lv", "ru"):
        click(qtbot, button(screen.languages, f"lang:{language}"))
        settle(qtbot, kiosk)
        assert "register it" not in attendance.table.cell_text(0, 6)  # translated, not English copies
