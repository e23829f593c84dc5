"""The port scene frames the game: the target near the far side, the winning flight using most of
the sky, and every ball kept in view, on every level, in landscape and portrait (issue 16: the scene
was about 60 % empty sky)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from exhibit_checks import run_frames, settle
from PySide6.QtGui import QImage
from test_launch_widget import SOLUTIONS

from exhibits.launch.model import LEVELS

#: The exhibit's part of a 1920x1080 and a 1080x1920 station screen (below the top bar, inside the margins).
SIZES = {"landscape": (1880, 955), "portrait": (1040, 1700)}
#: At the top of the winning flight, drawn things reach at least this share of the sky's height (was 15-45 %).
MIN_USED_SKY_SHARE = 0.5
#: A pixel this far (in any colour channel, 0-255) from its row's sky is drawn content (the faint skyline is not).
DRAWN = 90
#: The target's far side is at least this share of the scene's width from its left (was 69-79 %).
MIN_TARGET_RIGHT_SHARE = 0.8


def open_level(open_exhibit, qtbot, key: str, orientation: str):
    widget, _ = open_exhibit("launch", language="en", size=SIZES[orientation])
    while widget.game.level.key != key:
        widget._next_level()
    settle()
    widget.scene.advance(0.5)  # the frame settles on the new level
    return widget


def used_sky_share(scene) -> float:
    """From the picture: how high above the sea the highest drawn thing reaches, as a share of the sky."""
    image = scene.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    rows = pixels[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(int)
    sea_y = int(scene.waterline_y)
    # right of the height ruler (a ruler does not make a sky full), inside the rounded corners
    sky = rows[:sea_y, 100:-30]
    drawn = (np.abs(sky - np.median(sky, axis=1, keepdims=True)).max(axis=2) > DRAWN).any(axis=1)
    top = int(np.argmax(drawn)) if drawn.any() else sea_y
    return (sea_y - top) / sea_y


def follow_flight(widget, angle_deg: float, speed_mps: float) -> tuple[float, list[str]]:
    """Launch and follow the ball to its end: (the sky used at the top of the flight, frames where the ball was
    out of view)."""
    widget.game.aim(angle_deg, speed_mps)
    widget.launch()
    scene = widget.scene
    used, unseen = 0.0, []
    while widget.game.in_flight:
        run_frames(widget, 1 / 60)
        flight = widget.game.flight
        x_m, y_m = flight.position_m
        ball = scene.to_screen(x_m, y_m)
        if not (0 <= ball.y() <= scene.height() and ball.x() <= scene.width()):
            unseen.append(f"t={flight.time_s:.2f} s at ({x_m:.1f}, {y_m:.1f}) m")
        if not used and flight.velocity_mps[1] <= 0:  # the top of the flight
            used = used_sky_share(scene)
    return used, unseen


@pytest.mark.parametrize("orientation", SIZES)
@pytest.mark.parametrize("key", [level.key for level in LEVELS])
def test_the_winning_flight_fills_the_sky_and_stays_in_view(open_exhibit, qtbot, key, orientation) -> None:
    widget = open_level(open_exhibit, qtbot, key, orientation)
    used, unseen = follow_flight(widget, *SOLUTIONS[key])
    assert not unseen, unseen[:3]
    assert used >= MIN_USED_SKY_SHARE, f"{1 - used:.0%} of the sky empty at the top of the flight"


@pytest.mark.parametrize("orientation", SIZES)
@pytest.mark.parametrize("key", [level.key for level in LEVELS])
def test_the_target_sits_near_the_far_side(open_exhibit, qtbot, key, orientation) -> None:
    widget = open_level(open_exhibit, qtbot, key, orientation)
    scene = widget.scene
    target = widget.game.level.target
    far_side = scene.to_screen(target.box.right_m + target.sway_m, 0).x()
    assert MIN_TARGET_RIGHT_SHARE * scene.width() <= far_side <= scene.width()


@pytest.mark.parametrize("key", [level.key for level in LEVELS])
def test_a_tall_screen_shows_the_aim_large_in_the_sky_above_the_port(open_exhibit, qtbot, key) -> None:
    widget = open_level(open_exhibit, qtbot, key, "portrait")
    assert used_sky_share(widget.scene) >= MIN_USED_SKY_SHARE


@pytest.mark.parametrize("orientation", SIZES)
def test_a_steep_fast_lob_is_followed_and_the_frame_comes_back(open_exhibit, qtbot, orientation) -> None:
    widget = open_level(open_exhibit, qtbot, "buoy", orientation)
    scale_before = widget.scene.px_per_m
    _, unseen = follow_flight(widget, 85, 35)  # 62 m high
    assert not unseen, unseen[:3]
    run_frames(widget, 3.0)
    assert widget.scene.px_per_m == pytest.approx(scale_before)


def test_the_aim_drawn_in_the_sky_can_be_dragged_too(open_exhibit, qtbot) -> None:
    from PySide6.QtCore import QPointF, Qt

    widget = open_level(open_exhibit, qtbot, "buoy", "portrait")
    scene = widget.scene
    scene.repaint()
    foot, px_per_mps = scene.aim_diagram
    angle = math.radians(60)
    finger = QPointF(foot.x() + 20 * px_per_mps * math.cos(angle), foot.y() - 20 * px_per_mps * math.sin(angle))
    qtbot.mousePress(scene, Qt.MouseButton.LeftButton, pos=(foot + QPointF(60, -60)).toPoint())
    qtbot.mouseMove(scene, finger.toPoint())
    qtbot.mouseRelease(scene, Qt.MouseButton.LeftButton, pos=finger.toPoint())
    assert widget.game.angle_deg == pytest.approx(60, abs=1)
    assert widget.game.speed_mps == pytest.approx(20, abs=0.5)
