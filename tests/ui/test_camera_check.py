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


@pytest.fixture
def check_at(qtbot):
    """check_at(mode, language) -> the camera check open on a demo kiosk at that size and look."""
    from kiosk.config import settings_from_mapping
    from kiosk.ui.audit.runner import audit_kiosk
    from kiosk.ui.audit.screens import screen, settle

    opened, checks = [], []

    def build(mode, language):
        context = audit_kiosk(settings_from_mapping({"camera": {"source": "synthetic"}}), mode)
        opened.append(context)
        kiosk = context.__enter__()
        kiosk.window.set_language(language)
        assert screen("staff:camera").show(kiosk)
        checks.append(kiosk.window.camera_check)
        check = kiosk.window.camera_check
        qtbot.waitUntil(lambda: check.headline.text() not in ("", check.tr("Starting the camera…")), timeout=10_000)
        settle(kiosk)
        return check

    yield build
    for check in checks:
        check.close_overlay()  # releases the camera, for the next test's kiosk
    for context in reversed(opened):
        context.__exit__(None, None, None)


@pytest.mark.parametrize(("orientation", "large_text"),
                         [("landscape", True), ("portrait", True), ("portrait", False)],
                         ids=["landscape-large", "portrait-large", "portrait"])
def test_every_figure_and_caption_is_whole_in_russian(check_at, orientation, large_text):
    """The figure tiles grow with their texts (large text, two-line Russian captions) after the
    headline has changed under them, nothing overlaps, and the picture stays large: beside the
    figures in landscape, the card's whole width in portrait with the figures below it."""
    from kiosk.ui.audit.checks import check_outside, check_overlaps, check_texts, leaves
    from kiosk.ui.audit.results import Mode

    check = check_at(Mode(orientation, large_text=large_text), "ru")
    items = leaves(check)
    assert [str(f) for f in (*check_texts(items), *check_overlaps(items), *check_outside(items))] == []
    assert check.rect().contains(check.card.geometry()), "the card stays on the screen"
    share = check.picture.width() / check.card.width()
    assert share >= (0.5 if orientation == "landscape" else 0.85), share
