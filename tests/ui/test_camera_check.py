"""Staff "Camera check": the live picture and the pipeline's figures, opened from the staff menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.exhibit.camera import camera_activity
from tests.conftest import kiosk_settings


@pytest.fixture
def kiosk(shown_kiosk, tmp_path):
    settings = kiosk_settings(tmp_path, camera={"source": "synthetic", "width": 640, "height": 360})
    return shown_kiosk(settings, visit=True, demo=True, modules={"ar_cards": "exhibits.ar_cards"})


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def open_check(qtbot, window):
    window.staff_menu.open_for("staff")
    button = window.staff_menu._buttons["camera"]
    qtbot.waitUntil(lambda: button.height() > 0)
    click(qtbot, button)


def test_staff_see_the_picture_and_live_figures_then_the_camera_is_released(qtbot, kiosk):
    window = kiosk.window
    window.set_language("en")
    open_check(qtbot, window)
    check = window.camera_check
    assert check.isVisible() and not window.staff_menu.isVisible()
    assert camera_activity().in_use, "the camera indicator knows the camera is on"
    qtbot.waitUntil(lambda: check.view.frame is not None, timeout=10_000)
    qtbot.waitUntil(lambda: check.feed.stats.capture_fps > 5, timeout=10_000)
    check.refresh()
    assert float(check.tiles["fps"].number.text()) > 5
    assert check.headline.text() == "No camera is set up: the activities show the demo video."
    assert "synthetic" in check.source.text() and "640 × 360" in check.source.text()
    assert check.view.height() >= 100 and abs(check.view.width() / check.view.height() - 16 / 9) < 0.1
    feed = check.feed
    click(qtbot, check.back_button)
    assert not check.isVisible() and check.feed is None
    assert not feed.camera_open and not camera_activity().in_use


def test_in_latvian(qtbot, kiosk):
    window = kiosk.window
    window.set_language("lv")
    open_check(qtbot, window)
    check = window.camera_check
    assert check.title.text() == "Kameras pārbaude"
    qtbot.waitUntil(lambda: check.feed.status != "starting", timeout=10_000)
    check.refresh()
    assert check.headline.text().startswith("Kamera nav iestatīta")
    assert "," in check.tiles["processing"].number.text(), "a decimal comma"
    check.close_overlay()


def test_the_camera_in_use_by_an_activity_is_left_alone(qtbot, kiosk):
    window = kiosk.window
    window.set_language("en")
    window.open_exhibit("ar_cards")
    click(qtbot, window.host.intro.start_button)
    qtbot.waitUntil(lambda: camera_activity().in_use, timeout=5000)
    open_check(qtbot, window)
    assert not window.camera_check.isVisible() and window.staff_menu.isVisible()
    assert "Go back to Home" in window.staff_menu.info.text()


def test_only_staff_get_the_camera_check(qtbot, kiosk):
    kiosk.window.staff_menu.open_for("educator")
    assert "camera" not in kiosk.window.staff_menu._buttons
