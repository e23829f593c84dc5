"""Teach the computer, on screen: a file camera shows a red ball, then blue stripes; the visitor
taps to give examples, the computer guesses live, the bias challenge is played, and the
examples are gone when the run ends."""

from __future__ import annotations

import itertools
from pathlib import Path

import cv2
import numpy as np
import pytest
from exhibit_checks import settle
from PySide6.QtCore import Qt

from exhibits.teach_ai.model import HUE_BINS, TeachOutput, features
from kiosk.exhibit import camera_activity
from kiosk.exhibit.theme import Theme, hub, scale_for
from kiosk.exhibit.translator import TranslationSet

SECONDS_PER_THING = 1.5
FPS = 20


def thing(kind: str, index: int) -> np.ndarray:
    """A camera picture of a red ball or of blue stripes, moving a little from frame to frame."""
    rng = np.random.default_rng(index)
    frame = np.clip(rng.normal(110, 10, (360, 640, 3)), 0, 255).astype(np.uint8)
    cx, cy = 320 + (index % 9) * 3 - 12, 180 + (index % 7) * 3 - 9
    if kind == "red":
        cv2.circle(frame, (cx, cy), 80, (30, 30, 210), -1)
    else:
        for x in range(cx - 90, cx + 90, 36):
            cv2.rectangle(frame, (x, cy - 90), (x + 16, cy + 90), (200, 90, 20), -1)
    return frame


@pytest.fixture
def two_things_clip(tmp_path: Path) -> Path:
    """An MJPG clip (looped by the file camera): a red ball, then blue stripes."""
    path = tmp_path / "clip" / "two_things.avi"
    path.parent.mkdir()
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), FPS, (640, 360))
    assert writer.isOpened()
    count = round(SECONDS_PER_THING * FPS)
    for kind in ("red", "blue"):
        for index in range(count):
            writer.write(thing(kind, index))
    writer.release()
    return path


def showing(widget, kind: str) -> bool:
    """Whether the newest camera picture shows the red ball (hue bin 0) or the blue stripes."""
    latest = widget.latest
    if latest is None:
        return False
    colours = latest.features[:HUE_BINS]
    red_share, blue_share = colours[0] + colours[-1], colours[HUE_BINS * 2 // 3 - 1:HUE_BINS * 5 // 6].sum()
    return bool(red_share > 0.2) if kind == "red" else bool(blue_share > 0.1 and red_share < 0.01)


def tap_while_showing(qtbot, widget, group: int, kind: str, times: int) -> None:
    for _ in range(times):
        qtbot.waitUntil(lambda: showing(widget, kind), timeout=8000)
        qtbot.mouseClick(widget.rows[group].add, Qt.MouseButton.LeftButton)


def test_visitor_teaches_two_things_then_plays_the_bias_challenge(
        open_exhibit, qtbot, two_things_clip, tmp_path, isolated_environment) -> None:
    before = set(tmp_path.rglob("*"))
    widget, context = open_exhibit("teach_ai", language="en", camera=f"file:{two_things_clip}")
    feed = context.camera()
    qtbot.waitUntil(lambda: widget.latest is not None, timeout=5000)
    assert feed.camera_open and camera_activity().in_use
    assert widget.stage_title.text().startswith("1.")
    tap_while_showing(qtbot, widget, 0, "red", 1)
    tap_while_showing(qtbot, widget, 1, "blue", 1)
    assert "Too few examples" in widget.advice.text()
    tap_while_showing(qtbot, widget, 0, "red", 5)
    with qtbot.waitSignal(context.completed, timeout=10_000) as blocker:
        tap_while_showing(qtbot, widget, 1, "blue", 5)
    assert blocker.args[0] == 100.0 and widget.teacher.counts == [6, 6]
    assert "2." in widget.stage_title.text()
    assert widget.rows[0].count.text() == "Examples: 6 · self-test: 6 of 6 right"

    # It guesses live: the square and the vote bars follow the camera.
    qtbot.waitUntil(lambda: showing(widget, "red") and widget.guess_group() == 0, timeout=8000)
    assert "Group 1" in widget.view_caption()
    qtbot.waitUntil(lambda: showing(widget, "blue") and widget.guess_group() == 1, timeout=8000)
    for _ in range(30):
        widget.advance(1 / 60)
    assert widget.votes.shown[1] > 0.5

    # The bias challenge: Group 1 gets far more examples, so the small group loses votes.
    qtbot.mouseClick(widget.rows[1].forget, Qt.MouseButton.LeftButton)
    tap_while_showing(qtbot, widget, 0, "red", 2)
    assert context.completions == 1, "one group alone is not the bias challenge yet"
    with qtbot.waitSignal(context.completed, timeout=10_000):
        tap_while_showing(qtbot, widget, 1, "blue", 2)
    assert widget.teacher.counts == [8, 2]
    assert "One-sided" in widget.advice.text()
    assert widget.self_test[1] == (0, 2), "each hidden stripe example is outvoted"
    assert widget.stage_title.text().startswith("3.")

    widget.stop()
    assert widget.teacher.counts == [0, 0], "the examples end with the run"
    assert not feed.camera_open and not camera_activity().in_use
    assert set(tmp_path.rglob("*")) == before, "privacy: no picture was written anywhere"
    assert not isolated_environment.exists() or not any(isolated_environment.rglob("*"))


def test_third_group_forget_and_start_over(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("teach_ai", language="en", camera="synthetic")
    qtbot.waitUntil(lambda: widget.latest is not None, timeout=5000)
    qtbot.mouseClick(widget.third, Qt.MouseButton.LeftButton)
    assert widget.rows[2].isVisible() and not widget.third.isEnabled()
    for group in range(3):
        qtbot.mouseClick(widget.rows[group].add, Qt.MouseButton.LeftButton)
    assert widget.teacher.counts == [1, 1, 1]
    qtbot.mouseClick(widget.rows[1].forget, Qt.MouseButton.LeftButton)
    assert widget.teacher.counts == [1, 0, 1]
    qtbot.mouseClick(widget.over, Qt.MouseButton.LeftButton)
    assert widget.teacher.counts == [0, 0] and not widget.rows[2].isVisible()
    assert "nothing yet" in widget.advice.text()
    assert context.interactions >= 6


def test_without_a_camera_a_tap_asks_to_wait(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("teach_ai")
    assert widget.view.unavailable
    qtbot.mouseClick(widget.rows[0].add, Qt.MouseButton.LeftButton)
    assert widget.teacher.counts == [0, 0] and "Wait" in widget.advice.text()
    assert context.interactions == 0
    widget.grab()


def test_language_switch_changes_every_text(open_exhibit) -> None:
    widget, _ = open_exhibit("teach_ai", language="en")
    widget.latest = TeachOutput(features(thing("red", 0)), None)
    english = (widget.stage_title.text(), widget.rows[0].add.text(), widget.advice.text(), widget.view_caption())
    TranslationSet().switch("ru")
    russian = (widget.stage_title.text(), widget.rows[0].add.text(), widget.advice.text(), widget.view_caption())
    assert russian[1] == "● Группа 1: добавить пример"
    assert all(a != b for a, b in zip(english, russian, strict=True))
    TranslationSet().switch("lv")
    assert widget.over.text() == "Sākt no jauna" and widget.view_caption() == "Parādi šeit"


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1080, 1920)])
@pytest.mark.parametrize(("language", "large_text"), [("lv", False), ("ru", False), ("ru", True)])
def test_panel_fits_at_station_sizes(open_exhibit, qtbot, size, language, large_text) -> None:
    widget, _ = open_exhibit("teach_ai", language=language, size=size, camera="synthetic")
    if large_text:
        hub.set(Theme.create(large_text=True, scale=scale_for(*size)))
        settle()  # the layouts follow the new texts, as the running kiosk does
    widget.add_third_group()
    qtbot.waitUntil(lambda: widget.latest is not None, timeout=5000)
    widget.advance(1 / 60)
    panel = widget.panel
    shown = [w for w in (widget.stage_title, *widget.rows, widget.guess_title, widget.votes, widget.advice,
                         widget.third, widget.over) if w.isVisible()]
    assert len(shown) == 9, "everything but the optional lines stays on screen"
    rects = sorted((w.geometry() if w.parent() is panel else w.geometry().translated(w.parent().pos())
                    for w in shown), key=lambda r: (r.top(), r.left()))
    for rect in rects:
        assert panel.rect().contains(rect), f"{rect} leaves the panel {panel.rect()}"
    for upper, lower in itertools.pairwise(rects):
        assert not upper.intersects(lower) or upper.top() == lower.top(), "widgets overlap"
    minimum = widget.minimumSizeHint()
    assert minimum.width() <= size[0] and minimum.height() <= size[1], f"needs {minimum}, more than the screen"
    assert not widget.grab().isNull()
