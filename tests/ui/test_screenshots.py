"""`kiosk screenshot`: screens rendered offscreen to PNG, camera activities with their picture."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from kiosk.config import settings_from_mapping
from kiosk.ui.screenshots import render_screen


def settings_for(tmp_path):
    return settings_from_mapping({"storage": {"path": str(tmp_path / "data")},
                                  "camera": {"source": "synthetic", "width": 640, "height": 360}})


def distinct_colours(image: QImage, x0: int, y0: int, x1: int, y1: int, step: int = 16) -> int:
    return len({image.pixel(x, y) for x in range(x0, x1, step) for y in range(y0, y1, step)})


def test_home_in_latvian(qtbot, tmp_path):
    out = render_screen(settings_for(tmp_path), "home", "lv", (1280, 720), tmp_path / "home.png")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)


def test_a_camera_activity_is_shown_with_its_picture_not_the_starting_message(qtbot, tmp_path):
    out = render_screen(settings_for(tmp_path), "exhibit:computer_vision", "en", (1280, 720), tmp_path / "cv.png")
    image = QImage(str(out))
    # The camera view fills the left of the screen: a live scene has many colours there,
    # "Starting the camera…" on a plain background only a few.
    assert distinct_colours(image, 20, 120, 800, 700) > 40


def test_an_unknown_screen_is_refused_with_the_choices(qtbot, tmp_path):
    with pytest.raises(SystemExit, match=r"choose from home.*staff:dashboard"):
        render_screen(settings_for(tmp_path), "nowhere", "en", (1280, 720), tmp_path / "x.png")
    with pytest.raises(SystemExit, match="kiosk exhibits list"):
        render_screen(settings_for(tmp_path), "exhibit:nothing", "en", (1280, 720), tmp_path / "x.png")


@pytest.mark.slow
def test_a_staff_screen_can_be_shown(qtbot, tmp_path):
    out = render_screen(settings_for(tmp_path), "staff:dashboard", "ru", (1080, 1920), tmp_path / "dash.png")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1080, 1920)
    # The dashboard covers the visitors' screen: its title bar is not the home screen's.
    assert distinct_colours(image, 0, 0, 1080, 1920) > 8
