"""How computers see, on screen: tap every filter on the synthetic camera and reach the goal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from exhibits.computer_vision.model import FILTERS, VisionOutput
from kiosk.exhibit import camera_activity
from kiosk.exhibit.translator import TranslationSet


def test_trying_every_filter_completes_the_goal(open_exhibit, qtbot, isolated_environment, tmp_path) -> None:
    before = set(tmp_path.rglob("*"))
    widget, context = open_exhibit("computer_vision", language="lv", camera="synthetic")
    feed = context.camera()
    qtbot.waitUntil(lambda: widget.view.frame is not None, timeout=5000)
    assert feed.camera_open and camera_activity().in_use
    for key in FILTERS:
        qtbot.mouseClick(widget.buttons[key], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda k=key: k in widget.tour.tried, timeout=5000)
        shown = widget.view.frame.result
        assert isinstance(shown, VisionOutput)
    assert context.completions == 1 and context.last_score == 7.0
    assert context.interactions >= len(FILTERS) - 1  # "camera" is already chosen at the start
    assert "7" in widget.progress.text()
    widget.stop()
    assert not feed.camera_open and not feed.running, "leaving the exhibit releases the camera"
    assert not camera_activity().in_use
    assert set(tmp_path.rglob("*")) == before, "privacy: no camera frame was written anywhere"
    assert not isolated_environment.exists() or not any(isolated_environment.rglob("*"))


def test_strength_slider_changes_the_filter(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("computer_vision", camera="synthetic")
    widget.choose("threshold")
    assert widget.slider.isVisible()
    slider = widget.slider
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=slider.rect().center())
    qtbot.mouseMove(slider, pos=slider.rect().center() + slider.rect().topRight() / 4)
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton)
    assert widget.filters.strength > 0.5
    assert "Brightness level" in slider.label
    widget.choose("channels")
    assert not widget.slider.isVisible(), "the colour mosaic has nothing to adjust"


def test_without_a_camera_it_says_so_and_still_works(open_exhibit) -> None:
    widget, _ = open_exhibit("computer_vision")
    assert widget.view.unavailable
    widget.choose("edges")
    assert widget.heading.text() == "Edges"
    widget.grab()


def test_reset_returns_to_the_start(open_exhibit) -> None:
    widget, _ = open_exhibit("computer_vision")
    widget.choose("pixels")
    widget.tour.watch("pixels", 1.0)
    widget.reset()
    assert widget.filters.filter == "camera" and widget.tour.progress == (0, 7)
    assert widget.buttons["camera"].isChecked()


def test_language_switch_changes_every_text(open_exhibit) -> None:
    widget, _ = open_exhibit("computer_vision", language="en")
    english = (widget.heading.text(), widget.explanation.text(), widget.buttons["edges"].text())
    TranslationSet().switch("ru")
    russian = (widget.heading.text(), widget.explanation.text(), widget.buttons["edges"].text())
    assert russian == ("Камера", widget.explanations()["camera"], "Контуры")
    assert all(a != b for a, b in zip(english, russian, strict=True))
    TranslationSet().switch("lv")
    assert widget.buttons["blur"].text() == "Izpludināt"


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1080, 1920)])
@pytest.mark.parametrize("high_contrast", [False, True])
def test_renders_at_every_size(open_exhibit, size, high_contrast) -> None:
    widget, _ = open_exhibit("computer_vision", size=size, high_contrast=high_contrast)
    widget.choose("channels")
    widget.advance(1 / 60)
    assert not widget.grab().isNull()
