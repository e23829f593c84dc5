"""A kiosk started as `kiosk run` starts it (``screens_later``) makes only the attract loop before
its first frame; every other screen and overlay is made on first use, and works then."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from tests.conftest import kiosk_settings

SAMPLES = "tests.fixtures.sample_exhibits"
MODULES = {"tapper": f"{SAMPLES}.tapper", "faulty_start": f"{SAMPLES}.faulty_start"}
LATER = ("home", "host", "closed", "countdown", "pinpad", "staff_menu", "a11y_panel", "notice")


@pytest.fixture
def kiosk(shown_kiosk, tmp_path):
    settings = kiosk_settings(tmp_path, ui={"idle_timeout_s": 0.3, "countdown_s": 0.4})
    return shown_kiosk(settings, demo=True, modules=MODULES, screens_later=True, staff_parts_later=True)


def click(qtbot, widget, pos=None):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())


def test_only_the_attract_loop_is_made_before_the_first_frame(kiosk):
    window = kiosk.window
    assert window.current_screen() == "attract"
    assert [name for name in LATER if window.made(name) is not None] == []


def test_the_first_touch_makes_the_home_and_starts_the_visit(qtbot, kiosk):
    window = kiosk.window
    click(qtbot, window.attract)
    assert window.current_screen() == "home"
    assert window.visit_id is not None
    assert set(window.home.tiles) == {"tapper", "faulty_start"}
    click(qtbot, window.home.tiles["tapper"])
    assert window.current_screen() == "exhibit-host"  # the host too, made on the tap


def test_screens_made_after_the_first_frame_are_in_the_visitors_language(qtbot, kiosk):
    window = kiosk.window
    window.set_language("ru")
    window.build_screens()
    assert window.home.language == "ru" and window.home.languages.buttons["ru"].isChecked()
    assert window.host.language == "ru" and window.host.languages.buttons["ru"].isChecked()


def test_the_corner_gesture_makes_the_pin_pad_and_the_pin_the_staff_menu(qtbot, kiosk):
    window = kiosk.window
    for _ in range(window.settings.ui.staff_gate_taps):
        click(qtbot, window.attract, pos=window.gate.corner_point())
    assert window.made("staff_menu") is None
    pad = window.made("pinpad")
    assert pad is not None and pad.isVisible()
    for digit in "2468":
        click(qtbot, window.pinpad.keys[digit])
    click(qtbot, window.pinpad.keys["ok"])
    assert window.staff_menu.isVisible() and window.staff_menu.role == "staff"
    # The window's own actions were waiting for the menu: all there.
    for key in ("reload", "doctor", "exit"):
        assert window.findChild(QAbstractButton, f"staff:{key}") is not None


def test_staff_parts_plugged_in_later_reach_the_menu(qtbot, kiosk):
    window = kiosk.window
    kiosk.install_staff_parts()
    window.staff_menu.open_for("staff")
    for key in ("programmes", "dashboard", "sync", "camera", "exit"):
        assert window.findChild(QAbstractButton, f"staff:{key}") is not None, key


def test_idle_makes_the_countdown_and_it_ends_the_visit(qtbot, kiosk):
    window = kiosk.window
    click(qtbot, window.attract)
    qtbot.waitUntil(lambda: window.made("countdown") is not None and window.countdown.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: window.current_screen() == "attract", timeout=3000)
    assert window.visit_id is None


def test_the_accessibility_button_makes_its_panel(qtbot, kiosk):
    window = kiosk.window
    click(qtbot, window.attract)
    assert window.made("a11y_panel") is None
    click(qtbot, window.home.a11y)
    assert window.a11y_panel.isVisible()
    click(qtbot, window.a11y_panel.large)
    assert window.large_text


def test_a_faulty_exhibit_makes_the_notice(qtbot, kiosk):
    window = kiosk.window
    click(qtbot, window.attract)
    click(qtbot, window.home.tiles["faulty_start"])
    click(qtbot, window.host.intro.start_button)
    qtbot.waitUntil(lambda: window.made("notice") is not None and window.notice.isVisible(), timeout=3000)
    assert window.current_screen() == "home"


def test_a_reset_for_the_next_visitor_makes_nothing(qtbot, kiosk):
    window = kiosk.window
    window.start_visit()
    made = {name for name in LATER if window.made(name) is not None}
    window.end_visit("idle")
    assert {name for name in LATER if window.made(name) is not None} == made
    assert window.current_screen() == "attract"


def test_a_tile_shows_it_is_pressed_on_the_press_itself(qtbot, kiosk):
    """The pressed look is painted by the press (through the window, the home's scroller and its
    gestures, as a touch comes), before any later turn of the event loop: the visitor sees the tile
    go down at once, though the exhibit may take a moment to open on the release."""
    from PySide6.QtTest import QTest

    window = kiosk.window
    click(qtbot, window.attract)
    tile = window.home.tiles["tapper"]
    qtbot.waitUntil(lambda: tile.isVisible() and not tile.painted_pressed)
    QTest.mousePress(tile, Qt.MouseButton.LeftButton, pos=tile.rect().center())
    assert tile.isDown() and tile.painted_pressed
    assert window.current_screen() == "home"  # the open follows on the release
    QTest.mouseRelease(tile, Qt.MouseButton.LeftButton, pos=tile.rect().center())
    assert window.current_screen() == "exhibit-host"
