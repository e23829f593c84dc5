"""The port scene frames the game: the target near the far side, the winning flight using most of
the sky, every ball kept in view, and the aim drawn large in the sky the level leaves free, on every
level, in landscape and portrait (issue 16: the scene was about 60 % empty sky)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from exhibit_checks import run_frames, settle
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF
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


@pytest.mark.parametrize("orientation", SIZES)
@pytest.mark.parametrize("key", [level.key for level in LEVELS])
def test_before_the_first_shot_the_sky_is_used(open_exhibit, qtbot, key, orientation) -> None:
    """A tall screen shows the aim large above the port; a wide one beside its numbers over the sea, where
    the flat levels (buoy, ship, sailing ship) left 60-70 % of the sky empty."""
    widget = open_level(open_exhibit, qtbot, key, orientation)
    assert used_sky_share(widget.scene) >= MIN_USED_SKY_SHARE


#: The launcher's extreme aims (angle°, speed m/s): the arrow flat and long, steep and long, short.
EXTREME_AIMS = [(5, 35), (45, 35), (85, 35), (5, 5), (85, 5)]
#: The wide screen's flat levels have the room for the aim beside its numbers; so does the lighthouse.
ROOMY_LEVELS = ["buoy", "ship", "lighthouse", "sailing"]


def diagram_pixels(scene, monkeypatch) -> QRect:
    """The box of the pixels the aim diagram paints: the scene with it against the scene without it."""
    with_diagram = scene.grab().toImage()
    with monkeypatch.context() as patch:
        patch.setattr(scene, "_paint_aim_diagram", lambda painter: None)
        without = scene.grab().toImage()
    a, b = (np.frombuffer(image.convertToFormat(QImage.Format.Format_RGB32).constBits(), np.uint32)
            .reshape(image.height(), -1)[:, : image.width()] for image in (with_diagram, without))
    rows, columns = np.nonzero(a != b)
    assert rows.size, "no aim diagram drawn"
    return QRect(QPoint(columns.min(), rows.min()), QPoint(columns.max(), rows.max()))


@pytest.mark.parametrize("key", ROOMY_LEVELS)
def test_on_a_wide_screen_the_aim_diagram_keeps_clear_of_the_launcher_and_the_target(
        open_exhibit, qtbot, monkeypatch, key) -> None:
    widget = open_level(open_exhibit, qtbot, key, "landscape")
    scene = widget.scene
    target = widget.game.level.target
    target_rect = QRectF(scene.to_screen(target.box.left_m - target.sway_m, target.box.top_m),
                         scene.to_screen(target.box.right_m + target.sway_m, 0)).adjusted(0, -90, 0, 0)
    base = scene.launcher_point()
    launcher = QRectF(base.x() - 50, base.y() - 50, 100, 100)
    for angle, speed in EXTREME_AIMS:
        widget.game.aim(angle, speed)
        drawn = QRectF(diagram_pixels(scene, monkeypatch))
        tip = scene.arrow_tip()
        arrow = QRectF(base, tip).normalized().adjusted(-20, -20, 20, 20)
        for name, rect in (("arrow", arrow), ("aim label", scene.aim_label_rect(tip)), ("launcher", launcher),
                           ("target", target_rect)):
            assert not drawn.intersects(rect), f"{angle}° {speed} m/s: the diagram {drawn} meets the {name} {rect}"
        assert scene.audit_text_problems() == []


@pytest.mark.parametrize("language", ["lv", "ru"])
def test_on_a_wide_screen_the_aim_is_drawn_with_large_text_too(open_exhibit, qtbot, language) -> None:
    from exhibit_checks import STATION_AREAS, show_large_text

    widget, _ = open_exhibit("launch", language=language, size=STATION_AREAS["landscape"])
    show_large_text(widget, STATION_AREAS["landscape"])
    widget.game.aim(85, 35)  # the widest numbers
    widget.scene.repaint()
    assert widget.scene.aim_diagram is not None
    assert widget.scene.audit_text_problems() == []


@pytest.mark.parametrize("orientation", SIZES)
def test_a_steep_fast_lob_is_followed_and_the_frame_comes_back(open_exhibit, qtbot, orientation) -> None:
    widget = open_level(open_exhibit, qtbot, "buoy", orientation)
    scale_before = widget.scene.px_per_m
    _, unseen = follow_flight(widget, 85, 35)  # 62 m high
    assert not unseen, unseen[:3]
    run_frames(widget, 3.0)
    assert widget.scene.px_per_m == pytest.approx(scale_before)


@pytest.mark.parametrize("orientation", SIZES)
def test_the_aim_drawn_in_the_sky_can_be_dragged_too(open_exhibit, qtbot, orientation) -> None:
    from PySide6.QtCore import Qt

    widget = open_level(open_exhibit, qtbot, "buoy", orientation)
    scene = widget.scene
    scene.repaint()
    foot, px_per_mps = scene.aim_diagram
    angle = math.radians(60)
    finger = QPointF(foot.x() + 20 * px_per_mps * math.cos(angle), foot.y() - 20 * px_per_mps * math.sin(angle))
    qtbot.mousePress(scene, Qt.MouseButton.LeftButton, pos=(foot + QPointF(30, -30)).toPoint())
    qtbot.mouseMove(scene, finger.toPoint())
    qtbot.mouseRelease(scene, Qt.MouseButton.LeftButton, pos=finger.toPoint())
    assert widget.game.angle_deg == pytest.approx(60, abs=1)
    assert widget.game.speed_mps == pytest.approx(20, abs=0.5)


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.key)
def test_the_arc_a_level_is_framed_for_runs_from_the_launcher_onto_the_target_under_the_frame(level) -> None:
    from exhibits.launch.framing import level_frame, level_lob

    arc = level_lob(level)
    assert arc[0] == pytest.approx((0.0, level.launch_height_m), abs=1e-9)
    assert arc[-1] == pytest.approx((level.target.box.centre_x_m, level.target.box.top_m))
    highest = max(y for _, y in arc)
    assert max(level.launch_height_m, level.target.box.top_m) <= highest < level_frame(level).top_m
