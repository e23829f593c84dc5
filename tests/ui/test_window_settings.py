"""KioskWindow.use_settings: a new settings version (from the centre) runs between visits, whole."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from tests.conftest import kiosk_settings

MODULES = {name: f"tests.fixtures.sample_exhibits.{name}" for name in ("tapper", "faulty_start")}


def test_use_settings_runs_the_new_languages_exhibits_hours_and_timers(qtbot, shown_kiosk, tmp_path):
    kiosk = shown_kiosk(kiosk_settings(tmp_path), demo=True, modules=MODULES)
    window = kiosk.window
    old = window.settings
    assert set(window.home.tiles) == {"tapper", "faulty_start"}
    new = old.replace(
        ui=replace(old.ui, languages=("en", "ru"), default_language="en", countdown_s=2, idle_timeout_s=42,
                   open_hours="00:00-23:59"),
        exhibits=replace(old.exhibits, enabled=("tapper",)),
    )
    window.use_settings(new)
    assert window.settings is new and kiosk.services.settings is new
    assert set(window.home.languages.buttons) == set(window.host.languages.buttons) == {"en", "ru"}
    assert window.attract.languages == window.closed.languages == ("en", "ru")
    assert window.language == "en" and window.countdown.countdown_s == 2
    assert window.idle.timer.interval() == 42_000 and window.closed.open_hours == "00:00-23:59"
    assert window.hours_timer.isActive()
    assert list(window.home.tiles) == ["tapper"]
    window.start_visit()
    qtbot.mouseClick(window.home.languages.buttons["ru"], Qt.MouseButton.LeftButton)
    assert window.language == "ru"  # the new bar chooses as the old one did


def test_between_visitors_is_false_during_a_visit_and_while_staff_are_at_the_screen(shown_kiosk):
    window = shown_kiosk(demo=True, modules=MODULES).window
    assert window.current_screen() == "attract" and window.between_visitors()
    window.start_visit()
    assert not window.between_visitors()
    window.end_visit("staff")
    window.show_attract()
    window.staff_menu.open()
    assert not window.between_visitors()
    window.staff_menu.close_overlay()
    assert window.between_visitors()
