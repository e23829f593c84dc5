"""The pendulum exhibit driven like a visitor: drag, let go, set length and world, solve challenges."""

from __future__ import annotations

import math

import pytest
from exhibit_checks import run_frames
from PySide6.QtCore import QPoint, Qt

from kiosk.exhibit import TOUCH_TARGET_PX, current_theme


def slider_point(slider, value: float) -> QPoint:
    """Where to touch a ValueSlider to choose `value` (its track spans the width minus a thumb)."""
    radius = current_theme().px(TOUCH_TARGET_PX) / 2
    fraction = (value - slider.minimum) / (slider.maximum - slider.minimum)
    x = radius + fraction * (slider.width() - 2 * radius)
    return QPoint(round(x), slider.height() - round(radius))


def bob_point_at(widget, angle_deg: float) -> QPoint:
    """A touch point in the scene in the direction of angle_deg from the pivot."""
    pivot, px_per_m, _ = widget.scene._pendulum_geometry()
    reach = widget.pendulum.length_m * px_per_m
    angle = math.radians(angle_deg)
    return QPoint(round(pivot.x() + reach * math.sin(angle)), round(pivot.y() + reach * math.cos(angle)))


def swing_from(qtbot, widget, angle_deg: float) -> None:
    target = bob_point_at(widget, angle_deg)
    qtbot.mousePress(widget.scene, Qt.MouseButton.LeftButton, pos=bob_point_at(widget, 0))
    qtbot.mouseMove(widget.scene, target)
    qtbot.mouseRelease(widget.scene, Qt.MouseButton.LeftButton, pos=target)


def test_visitor_solves_the_two_second_challenge(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("pendulum", language="lv")
    qtbot.mouseClick(widget.length_slider, Qt.MouseButton.LeftButton,
                     pos=slider_point(widget.length_slider, 0.99))
    assert widget.pendulum.length_m == pytest.approx(0.99, abs=0.011)
    swing_from(qtbot, widget, 15)
    assert not widget.pendulum.held
    assert widget.pendulum.angle_rad == pytest.approx(math.radians(15), abs=math.radians(2))
    with qtbot.waitSignal(context.completed, timeout=1000) as blocker:
        run_frames(widget, 4.0)
    assert blocker.args[0] >= 90
    assert context.interactions >= 2  # the length and the release
    assert "★" in widget.stars.text()
    assert widget.track.index == 1


def test_too_long_pendulum_gets_advice_and_no_completion(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("pendulum", language="en")
    swing_from(qtbot, widget, 20)
    run_frames(widget, 4.0)
    assert context.completions == 0
    assert widget.pendulum.measured_period_s == pytest.approx(2 * math.pi * math.sqrt(1.4 / 9.81), rel=0.02)
    assert "too slow" in widget.feedback.text()
    assert "shorter" in widget.feedback.text()


def test_visitor_plays_through_all_challenges(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("pendulum", language="en")
    plan = [("earth", 0.99), ("moon", 1.03), ("mars", 0.85), ("earth", 0.36)]
    for number, (world, length_m) in enumerate(plan, start=1):
        qtbot.mouseClick(widget.length_slider, Qt.MouseButton.LeftButton,
                         pos=slider_point(widget.length_slider, length_m))
        if number == 2:  # the Moon challenge first asks to change the world
            swing_from(qtbot, widget, 10)
            run_frames(widget, 3.0)
            assert "Moon" in widget.feedback.text()
        if widget.gravity_choice.current() != world:
            qtbot.mouseClick(widget.gravity_choice.button(world), Qt.MouseButton.LeftButton)
        swing_from(qtbot, widget, 10)
        with qtbot.waitSignal(context.completed, timeout=1000):
            run_frames(widget, 8.0, until=lambda n=number: context.completions == n)
        assert context.completions == number
        assert "Solved" in widget.feedback.text()
        run_frames(widget, 4.0)  # the solved challenge stays a moment, then the next appears
    assert widget.challenge_number.text() == "Free play"
    assert widget.stars.text() == "★★★★"
    assert "All challenges solved" in widget.task.text()


def test_wide_swing_of_the_right_length_is_explained(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("pendulum", language="en")
    qtbot.mouseClick(widget.length_slider, Qt.MouseButton.LeftButton,
                     pos=slider_point(widget.length_slider, 0.99))
    swing_from(qtbot, widget, 100)
    run_frames(widget, 3.0)
    assert context.completions == 0
    assert "wide swings" in widget.feedback.text()


def test_friction_slider_makes_the_swing_die_down(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("pendulum", language="en")
    qtbot.mouseClick(widget.friction_slider, Qt.MouseButton.LeftButton,
                     pos=slider_point(widget.friction_slider, 0.8))
    assert widget.pendulum.damping_per_s > 0.5
    swing_from(qtbot, widget, 40)
    start_j = widget.pendulum.total_energy_j
    run_frames(widget, 5.0)
    assert widget.pendulum.total_energy_j < 0.1 * start_j
    assert widget.friction_slider.value_text == "a lot"


def test_touching_the_energy_bars_does_not_grab_the_bob(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("pendulum", language="en")
    bars = widget.scene._bars_rect()
    qtbot.mousePress(widget.scene, Qt.MouseButton.LeftButton, pos=bars.center().toPoint())
    assert not widget.pendulum.held
    assert widget.pendulum.angle_rad == 0


def test_reset_returns_to_the_first_challenge_at_rest(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("pendulum", language="en")
    start_texts = (widget.task.text(), widget.feedback.text(), widget.length_slider.value_text)
    qtbot.mouseClick(widget.length_slider, Qt.MouseButton.LeftButton,
                     pos=slider_point(widget.length_slider, 0.99))
    qtbot.mouseClick(widget.gravity_choice.button("mars"), Qt.MouseButton.LeftButton)
    swing_from(qtbot, widget, 30)
    run_frames(widget, 3.0)
    widget.reset()
    assert widget.pendulum.angle_rad == 0 and widget.pendulum.angular_velocity_radps == 0
    assert widget.pendulum.length_m == pytest.approx(1.4)
    assert widget.pendulum.gravity_mps2 == pytest.approx(9.81)
    assert widget.gravity_choice.current() == "earth"
    assert widget.track.index == 0
    assert len(widget.history) == 0
    assert widget.scene.show_hint
    assert (widget.task.text(), widget.feedback.text(), widget.length_slider.value_text) == start_texts
    run_frames(widget, 1.0)
    assert widget.pendulum.total_energy_j == 0


def test_language_switch_changes_every_visible_text(open_exhibit, qtbot) -> None:
    from kiosk.exhibit.translator import TranslationSet

    widget, context = open_exhibit("pendulum", language="lv")
    latvian = (widget.challenge_number.text(), widget.task.text(), widget.length_slider.label,
               widget.gravity_choice.button("moon").text())
    assert latvian[3] == "Mēness"
    translations = TranslationSet()
    translations.switch("ru")
    context.set_language("ru")
    qtbot.waitUntil(lambda: widget.gravity_choice.button("moon").text() == "Луна", timeout=2000)
    russian = (widget.challenge_number.text(), widget.task.text(), widget.length_slider.label,
               widget.gravity_choice.button("moon").text())
    assert all(a != b for a, b in zip(latvian, russian, strict=True))
    assert "," in widget.formula_value.text()  # decimal comma in Russian
    translations.switch("en")
    qtbot.waitUntil(lambda: widget.length_slider.label == "Length", timeout=2000)
    assert widget.energy_plot.plot.legend_labels()[0] == "Motion (kinetic)"


def test_high_contrast_renders(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("pendulum", language="en", high_contrast=True)
    swing_from(qtbot, widget, 60)
    run_frames(widget, 1.0)
    image = widget.grab().toImage()
    assert not image.isNull()
    assert image.pixelColor(3, image.height() // 2).lightness() < 40  # black surroundings


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1080, 1920)])
def test_renders_at_station_sizes(open_exhibit, qtbot, size: tuple[int, int]) -> None:
    widget, _ = open_exhibit("pendulum", language="ru", size=size)
    swing_from(qtbot, widget, 45)
    run_frames(widget, 0.5)
    assert not widget.grab().isNull()
    assert widget.scene.height() > 0.3 * size[1] or size[1] > size[0]
    assert widget.scene.width() > 0.45 * size[0]


def test_theme_change_while_open_restyles_and_renders(open_exhibit, qtbot) -> None:
    from kiosk.exhibit.theme import Theme, hub

    widget, _ = open_exhibit("pendulum", language="en")
    swing_from(qtbot, widget, 30)
    run_frames(widget, 0.5)
    hub.set(Theme.create(high_contrast=True, large_text=True, scale=1280 / 1920))
    run_frames(widget, 0.5)
    assert not widget.grab().isNull()
    assert widget.energy_plot.plot.look.background == current_theme().color("surface")
    assert widget.energy_plot.total.pen.color() == current_theme().series(2)


def test_the_pendulum_opens_without_pyqtgraph() -> None:
    """Its energy plot is painted: opening the pendulum neither imports pyqtgraph (the most of its
    first open, 0.2-0.3 s) nor builds a pyqtgraph plot (about 40 ms on every open)."""
    import os
    import subprocess
    import sys

    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from kiosk.exhibit import ExhibitContext\n"
        "from kiosk.registry import discover, load_widget_class\n"
        "entry = next(e for e in discover() if e.id == 'pendulum')\n"
        "widget = load_widget_class(entry)(ExhibitContext(entry.manifest, 'en'))\n"
        "widget.resize(1920, 1080)\n"
        "for _ in range(60):\n"
        "    widget.advance(1 / 30)\n"
        "widget.grab()\n"
        "import sys\n"
        "print('pyqtgraph' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"
