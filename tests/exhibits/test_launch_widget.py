"""The launch exhibit driven like a visitor: aim with sliders or the arrow, launch, clear the levels."""

from __future__ import annotations

import math

import pytest
from exhibit_checks import run_frames
from PySide6.QtCore import QPoint, QPointF, Qt

from exhibits.launch.model import ideal_range_m
from kiosk.exhibit import TOUCH_TARGET_PX, current_theme

G = 9.81

#: angle, speed that clear each level (checked in test_launch_model.py); the sailing ship needs timing.
SOLUTIONS = {
    "buoy": (45, 17.5),
    "ship": (45, 26),
    "containers": (60, 27),
    "lighthouse": (30, 26.5),
    "sailing": (45, 26.5),
    "wind": (66, 32),
}


def slider_point(slider, value: float) -> QPoint:
    """Where to touch a ValueSlider to choose `value` (its track spans the width minus a thumb)."""
    radius = current_theme().px(TOUCH_TARGET_PX) / 2
    fraction = (value - slider.minimum) / (slider.maximum - slider.minimum)
    return QPoint(round(radius + fraction * (slider.width() - 2 * radius)), slider.height() - round(radius))


def aim_with_sliders(qtbot, widget, angle_deg: float, speed_mps: float) -> None:
    qtbot.mouseClick(widget.angle_slider, Qt.MouseButton.LeftButton, pos=slider_point(widget.angle_slider, angle_deg))
    qtbot.mouseClick(widget.speed_slider, Qt.MouseButton.LeftButton, pos=slider_point(widget.speed_slider, speed_mps))
    assert widget.game.angle_deg == pytest.approx(angle_deg)
    assert widget.game.speed_mps == pytest.approx(speed_mps)


def fire(qtbot, widget) -> None:
    """Press Launch and follow the ball until it lands, crashes or hits."""
    qtbot.mouseClick(widget.launch_button, Qt.MouseButton.LeftButton)
    assert widget.game.in_flight
    run_frames(widget, 15.0, until=lambda: not widget.game.in_flight)


def wait_for_the_ship(widget, angle_deg: float, speed_mps: float) -> None:
    """Let time pass until the sailing ship will be under the ball when it comes down."""
    landing_m = ideal_range_m(speed_mps, angle_deg)
    flight_s = 2 * speed_mps * math.sin(math.radians(angle_deg)) / G
    target = widget.game.level.target
    run_frames(widget, 20.0,
               until=lambda: abs(target.box_at(widget.game.clock_s + flight_s).centre_x_m - landing_m) < 1.0)


def test_visitor_clears_the_first_level_with_the_sliders(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("launch", language="lv")
    assert widget.launch_button.text() == "Šauj!"
    aim_with_sliders(qtbot, widget, *SOLUTIONS["buoy"])
    with qtbot.waitSignal(context.completed, timeout=1000) as blocker:
        fire(qtbot, widget)
    assert blocker.args == [100]
    assert context.interactions >= 3  # angle, speed, launch
    assert widget.game.cleared and not widget.launch_button.isEnabled()
    assert widget.scene.banner == "Trāpīts!"
    run_frames(widget, 4.0)  # the celebration, then the next level
    assert widget.game.level.key == "ship"
    assert widget.launch_button.isEnabled()
    assert widget.shots_label.text() == "Šāvieni: 0"


def test_a_miss_gives_advice_and_a_faint_trail_and_costs_points(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("launch", language="en")
    aim_with_sliders(qtbot, widget, 45, 12)
    fire(qtbot, widget)
    assert context.completions == 0
    assert "too short" in widget.message.text()
    assert "m far" in widget.last_shot.text()
    aim_with_sliders(qtbot, widget, 45, 22)
    fire(qtbot, widget)
    assert "too far" in widget.message.text()
    aim_with_sliders(qtbot, widget, *SOLUTIONS["buoy"])
    with qtbot.waitSignal(context.completed, timeout=1000) as blocker:
        fire(qtbot, widget)
    assert blocker.args == [70]
    assert len(widget.game.previous_paths) == 2


def test_dragging_the_arrow_aims_and_moves_the_sliders(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("launch", language="en")
    scene = widget.scene
    start = scene.launcher_point()
    length = 20 * scene.arrow_px_per_mps()
    angle = math.radians(60)
    finger = QPointF(start.x() + length * math.cos(angle), start.y() - length * math.sin(angle)).toPoint()
    qtbot.mousePress(scene, Qt.MouseButton.LeftButton, pos=(start + QPointF(40, -10)).toPoint())
    qtbot.mouseMove(scene, finger)
    qtbot.mouseRelease(scene, Qt.MouseButton.LeftButton, pos=finger)
    assert widget.game.angle_deg == pytest.approx(60, abs=1)
    assert widget.game.speed_mps == pytest.approx(20, abs=0.5)
    assert widget.angle_slider.value() == pytest.approx(widget.game.angle_deg, abs=0.5)
    assert widget.speed_slider.value() == pytest.approx(widget.game.speed_mps, abs=0.25)
    assert context.interactions >= 1
    assert "60°" in widget.angle_slider.value_text


def test_one_ball_at_a_time_and_the_idle_timer_is_held_in_flight(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("launch", language="en")
    qtbot.mouseClick(widget.launch_button, Qt.MouseButton.LeftButton)
    assert context.awake_held and not widget.launch_button.isEnabled()
    widget.launch()  # ignored while the ball flies
    assert widget.game.shots == 1
    run_frames(widget, 10.0, until=lambda: not widget.game.in_flight)
    assert not context.awake_held and widget.launch_button.isEnabled()


def test_visitor_plays_through_every_level(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("launch", language="en")
    for number, key in enumerate(SOLUTIONS, start=1):
        assert widget.game.level.key == key
        if key == "containers":  # the straight 45° shot crashes into the stack first
            aim_with_sliders(qtbot, widget, 45, 24)
            fire(qtbot, widget)
            assert "containers" in widget.message.text()
        aim_with_sliders(qtbot, widget, *SOLUTIONS[key])
        if key == "sailing":
            wait_for_the_ship(widget, *SOLUTIONS[key])
        with qtbot.waitSignal(context.completed, timeout=1000):
            fire(qtbot, widget)
        assert context.completions == number
        run_frames(widget, 4.0)
    assert widget.game.level.key == "buoy"  # round again
    assert "every level" in widget.message.text()
    assert context.last_score == 100


def test_reset_returns_to_the_first_level(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("launch", language="en")
    start_texts = (widget.level_title.text(), widget.message.text(), widget.angle_slider.value_text)
    aim_with_sliders(qtbot, widget, *SOLUTIONS["buoy"])
    fire(qtbot, widget)
    run_frames(widget, 4.0)
    aim_with_sliders(qtbot, widget, 30, 10)
    qtbot.mouseClick(widget.launch_button, Qt.MouseButton.LeftButton)
    run_frames(widget, 0.3)
    widget.reset()
    game = widget.game
    assert (game.level_index, game.shots, game.flight, game.previous_paths) == (0, 0, None, [])
    assert (game.angle_deg, game.speed_mps) == (45.0, 15.0)
    assert (widget.angle_slider.value(), widget.speed_slider.value()) == (45.0, 15.0)
    assert (widget.level_title.text(), widget.message.text(), widget.angle_slider.value_text) == start_texts
    assert widget.launch_button.isEnabled() and widget.scene.banner == ""


def test_language_switch_changes_visible_texts(open_exhibit, qtbot) -> None:
    from kiosk.exhibit.translator import TranslationSet

    widget, context = open_exhibit("launch", language="lv")
    latvian = (widget.level_title.text(), widget.message.text(), widget.launch_button.text(),
               widget.speed_slider.label, widget.formula.text())
    translations = TranslationSet()
    translations.switch("ru")
    context.set_language("ru")
    qtbot.waitUntil(lambda: widget.launch_button.text() == "Пуск!", timeout=2000)
    russian = (widget.level_title.text(), widget.message.text(), widget.launch_button.text(),
               widget.speed_slider.label, widget.formula.text())
    assert all(a != b for a, b in zip(latvian, russian, strict=True))
    assert "м/с" in widget.speed_slider.value_text
    translations.switch("en")
    qtbot.waitUntil(lambda: widget.launch_button.text() == "Launch!", timeout=2000)
    assert widget.level_title.text() == "Level 1 of 6: The buoy"


def test_high_contrast_renders(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("launch", language="en", high_contrast=True)
    qtbot.mouseClick(widget.launch_button, Qt.MouseButton.LeftButton)
    run_frames(widget, 0.5)
    image = widget.grab().toImage()
    assert not image.isNull()
    assert image.pixelColor(image.width() // 2, 5).lightness() < 40  # black sky


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1080, 1920)])
def test_renders_at_station_sizes(open_exhibit, qtbot, size: tuple[int, int]) -> None:
    widget, _ = open_exhibit("launch", language="ru", size=size)
    qtbot.mouseClick(widget.launch_button, Qt.MouseButton.LeftButton)
    run_frames(widget, 0.5)
    assert not widget.grab().isNull()
    assert widget.scene.width() > 0.8 * size[0]
    assert widget.scene.height() > 0.4 * size[1]
    assert widget.launch_button.height() >= current_theme().px(TOUCH_TARGET_PX)


def test_theme_change_while_open_restyles_and_renders(open_exhibit, qtbot) -> None:
    from kiosk.exhibit.theme import Theme, hub

    widget, _ = open_exhibit("launch", language="en")
    qtbot.mouseClick(widget.launch_button, Qt.MouseButton.LeftButton)
    run_frames(widget, 0.3)
    hub.set(Theme.create(high_contrast=True, large_text=True, scale=1280 / 1920))
    run_frames(widget, 0.3)
    image = widget.scene.grab().toImage()
    assert image.pixelColor(image.width() // 2, 5).lightness() < 40  # the sky turned black
