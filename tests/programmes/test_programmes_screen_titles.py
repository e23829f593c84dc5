"""The programme screen names who opened it (staff are not 'educator'), and today's sessions
on a busy day stay reachable instead of running off the bottom of the card."""

from __future__ import annotations

import test_programmes_screens as shared

# the shared station and kiosk fixtures
station = shared.station
open_kiosk = shared.open_kiosk


def open_programmes_as(qtbot, kiosk, role: str):
    window = kiosk.window
    window.start_visit()
    window.staff_menu.open_for(role)
    shared.click(qtbot, shared.button(window.staff_menu, "staff:programmes"))
    shared.settle(qtbot, kiosk)
    return window.programmes.screen


def test_staff_open_the_programme_screen_as_staff(qtbot, open_kiosk):
    kiosk = open_kiosk()
    screen = open_programmes_as(qtbot, kiosk, "staff")
    shared.click(qtbot, shared.button(screen.languages, "lang:en"))
    assert screen.title.text() == "Programmes · staff"
    screen.close_button.click()
    screen = open_programmes_as(qtbot, kiosk, "educator")
    shared.click(qtbot, shared.button(screen.languages, "lang:en"))
    assert screen.title.text() == "Programmes · educator"


def test_a_long_list_of_sessions_today_scrolls_inside_its_card(qtbot, open_kiosk):
    kiosk = open_kiosk(size=(1280, 720))
    screen = open_programmes_as(qtbot, kiosk, "educator")
    today = screen.pages["today"]
    today.history.setText("\n".join(f"{9 + i // 4:02}:{i % 4 * 15:02}  Robotics · 5 checked in" for i in range(30)))
    qtbot.wait(20)
    card = today.history_scroll.parentWidget()
    bottom = today.history_scroll.mapTo(card, today.history_scroll.rect().bottomLeft()).y()
    assert bottom <= card.height()
    assert today.history_scroll.verticalScrollBar().maximum() > 0  # the rest is a finger-drag away
