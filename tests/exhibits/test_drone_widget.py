"""Fly the drone driven like a visitor: throttle, autopilot gains, Fly, parcel, gusts, languages, sizes."""

from __future__ import annotations

import pytest
from exhibit_checks import assert_every_text_changes, run_frames
from PySide6.QtCore import QPoint, Qt

from exhibits.drone.model import TEST_FLIGHT_S
from kiosk.exhibit import TOUCH_TARGET_PX, current_theme


def slider_point(slider, value: float) -> QPoint:
    """Where to touch a ValueSlider to choose `value` (its track spans the width minus a thumb)."""
    radius = current_theme().px(TOUCH_TARGET_PX) / 2
    fraction = (value - slider.minimum) / (slider.maximum - slider.minimum)
    return QPoint(round(radius + fraction * (slider.width() - 2 * radius)), slider.height() - round(radius))


def set_slider(qtbot, slider, value: float) -> None:
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=slider_point(slider, value))


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_hovering_by_hand_completes_the_first_challenge(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("drone", language="lv")
    assert widget.by_hand and widget.throttle_slider.isVisible()
    set_slider(qtbot, widget.throttle_slider, 60)
    assert widget.flight.throttle == pytest.approx(0.60)
    assert ">" in widget.balance.text()
    run_frames(widget, 10, until=lambda: widget.flight.drone.altitude_m > 3.0)
    assert widget.flight.drone.altitude_m > 3.0
    set_slider(qtbot, widget.throttle_slider, 25)  # brake the climb
    run_frames(widget, 5, until=lambda: widget.flight.drone.velocity_mps < 0.05)
    set_slider(qtbot, widget.throttle_slider, 40)  # thrust = weight: hover
    assert "=" in widget.balance.text()
    assert 4.0 < widget.flight.drone.altitude_m < 6.0
    with qtbot.waitSignal(context.completed, timeout=1000) as blocker:
        run_frames(widget, 4)
    assert blocker.args[0] == 100
    assert widget.stars.text().startswith("★")
    assert context.interactions >= 1


def test_p_alone_swings_and_pid_solves_the_settle_challenge(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("drone", language="en")
    click(qtbot, widget.mode_choice.button("auto"))
    assert widget.fly_button.isVisible() and not widget.throttle_slider.isVisible()
    assert widget.challenge_number.text() == "Challenge 2 of 4"
    click(qtbot, widget.kind_choice.button("p"))
    assert not widget.gain_sliders["kd"].isEnabled()
    set_slider(qtbot, widget.gain_sliders["kp"], 10)
    click(qtbot, widget.fly_button)
    run_frames(widget, TEST_FLIGHT_S + 0.5)
    assert context.completions == 0
    assert "keeps swinging" in widget.feedback.text()
    click(qtbot, widget.kind_choice.button("pid"))
    set_slider(qtbot, widget.gain_sliders["ki"], 3)
    set_slider(qtbot, widget.gain_sliders["kd"], 5)
    assert (widget.flight.autopilot.kp, widget.flight.autopilot.ki, widget.flight.autopilot.kd) == (10, 3, 5)
    with qtbot.waitSignal(context.completed, timeout=1000) as blocker:
        click(qtbot, widget.fly_button)
        run_frames(widget, TEST_FLIGHT_S + 0.5)
    assert blocker.args[0] == 90  # the second try
    assert "Solved" in widget.feedback.text()
    assert len(widget.earlier) == 1  # the P flight stays on the plot for comparison
    assert widget.plot.legend_labels()[1].startswith("P: P 10")


def test_the_parcel_needs_the_integral_and_gusts_are_weathered(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("drone", language="en")
    click(qtbot, widget.mode_choice.button("auto"))
    widget.book.solve(widget.book.current(by_hand=False))  # the settle challenge is done
    widget.retranslate()
    assert "parcel" in widget.task.text()
    click(qtbot, widget.parcel_button)
    assert widget.flight.drone.payload_kg > 0
    click(qtbot, widget.kind_choice.button("pid"))
    set_slider(qtbot, widget.gain_sliders["kp"], 10)
    set_slider(qtbot, widget.gain_sliders["ki"], 0)
    set_slider(qtbot, widget.gain_sliders["kd"], 5)
    click(qtbot, widget.fly_button)
    run_frames(widget, TEST_FLIGHT_S + 0.5)
    assert "heavier than the autopilot expects" in widget.feedback.text()
    set_slider(qtbot, widget.gain_sliders["ki"], 3)
    with qtbot.waitSignal(context.completed, timeout=1000):
        click(qtbot, widget.fly_button)
        run_frames(widget, TEST_FLIGHT_S + 0.5)
    assert "Gusts" in widget.task.text()
    click(qtbot, widget.fly_button)
    run_frames(widget, 6.5)
    assert widget.flight.drone.wind_mps < -1  # the first gust blows down
    with qtbot.waitSignal(context.completed, timeout=1000):
        run_frames(widget, TEST_FLIGHT_S)
    assert widget.challenge_number.text() == "Free flight"  # only hovering by hand is left
    assert "By hand" in widget.task.text()


def test_the_gust_button_pushes_a_hovering_drone(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("drone", language="en")
    widget.flight.restart(altitude_m=5.0)
    set_slider(qtbot, widget.throttle_slider, 40)
    click(qtbot, widget.gust_button)
    run_frames(widget, 1.5)
    assert widget.flight.drone.altitude_m < 4.6
    assert context.interactions >= 2


def test_language_switch_changes_every_visible_text(open_exhibit, qtbot) -> None:

    widget, context = open_exhibit("drone", language="lv")

    def texts() -> tuple[str, ...]:
        return (widget.challenge_number.text(), widget.task.text(), widget.feedback.text(), widget.balance.text(),
                widget.mode_choice.button("auto").text(), widget.throttle_slider.label, widget.gust_button.text(),
                widget.scene.texts["thrust"], widget.plot.x_title)

    assert_every_text_changes(qtbot, context, texts)
    assert widget.gust_button.text() == "Gust of wind"


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 720)])
@pytest.mark.parametrize("language", ["lv", "ru"])
@pytest.mark.parametrize("mode", ["hand", "auto"])
def test_renders_at_station_sizes_without_overlap(open_exhibit, qtbot, size, language, mode) -> None:
    widget, _ = open_exhibit("drone", language=language, size=size)
    click(qtbot, widget.mode_choice.button(mode))
    click(qtbot, widget.parcel_button)
    if mode == "auto":
        click(qtbot, widget.fly_button)
    run_frames(widget, 2.0)
    assert not widget.grab().isNull()
    parts = [("scene", widget.scene), ("plot", widget.plot), ("challenge", widget.challenge_card),
             ("controls", widget.controls)]
    for index, (name, part) in enumerate(parts):
        assert widget.rect().contains(part.geometry()), name
        for other_name, other in parts[index + 1:]:
            assert not part.geometry().intersects(other.geometry()), (name, other_name)
    controls = [widget.mode_choice, widget.parcel_button, widget.gust_button]
    controls += [widget.throttle_slider, widget.balance] if mode == "hand" else \
        [widget.kind_choice, widget.fly_button, *widget.gain_sliders.values()]
    for control in controls:
        assert control.isVisible()
        assert widget.controls.rect().contains(control.geometry()), control.objectName()
        assert control.height() >= control.minimumSizeHint().height() - 1, control.objectName()
    for label in (widget.task, widget.feedback):
        assert widget.challenge_card.rect().contains(label.geometry())


def test_large_text_high_contrast_portrait_keeps_every_control(open_exhibit, qtbot) -> None:
    from kiosk.exhibit.theme import Theme, hub

    widget, _ = open_exhibit("drone", language="ru", size=(1080, 1920))
    click(qtbot, widget.mode_choice.button("auto"))
    hub.set(Theme.create(high_contrast=True, large_text=True, scale=1.0))
    run_frames(widget, 0.5)
    for control in (widget.kind_choice, widget.fly_button, *widget.gain_sliders.values(), widget.parcel_button):
        assert control.isVisible()
        assert widget.controls.rect().contains(control.geometry())
    assert widget.plot.plot.look.background == current_theme().color("surface")


def test_the_controls_keep_their_share_of_the_width_after_a_resize(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("drone", language="ru", size=(1280, 720))
    widget.resize(1900, 990)
    qtbot.waitUntil(lambda: widget.controls.width() == round(1900 * 0.3), timeout=1000)


def test_the_drone_opens_without_pyqtgraph() -> None:
    """Its plot is painted: opening the drone neither imports pyqtgraph (0.3-0.9 s on a first
    open) nor builds a pyqtgraph plot (about 40 ms on every open)."""
    import subprocess
    import sys

    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from kiosk.exhibit import ExhibitContext\n"
        "from kiosk.registry import discover, load_widget_class\n"
        "entry = next(e for e in discover() if e.id == 'drone')\n"
        "widget = load_widget_class(entry)(ExhibitContext(entry.manifest, 'en'))\n"
        "widget.resize(1920, 1080)\n"
        "widget.grab()\n"
        "import sys\n"
        "print('pyqtgraph' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_the_legend_follows_the_language(open_exhibit, qtbot) -> None:
    """The flight's name in the legend is translated with the rest, before any frame runs."""
    from kiosk.exhibit.translator import TranslationSet

    widget, context = open_exhibit("drone", language="en")
    widget.stop_frames()
    assert widget.plot.legend_labels() == ["by hand"]
    TranslationSet().switch("ru")
    context.set_language("ru")
    qtbot.waitUntil(lambda: widget.mode_choice.button("hand").text() != "By hand", timeout=2000)
    assert widget.plot.legend_labels() == ["вручную"]


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 720)])
@pytest.mark.parametrize("throttle", [0.0, 1.0])
def test_the_force_arrows_stay_in_the_scene_on_the_ground(open_exhibit, qtbot, size, throttle) -> None:
    """On the ground the weight arrow pointed down past the scene's bottom edge, its head cut
    off; now both arrows fit, and the longer is still the larger force."""
    from exhibits.drone.scene import ARROW_HEAD_PX

    widget, _ = open_exhibit("drone", language="lv", size=size)
    run_frames(widget, 0.1)
    drone = widget.scene.flight.drone
    drone.thrust_n = throttle * drone.spec.max_thrust_n  # full throttle, the moment before lift-off
    head = current_theme().px(ARROW_HEAD_PX)
    arrows = {key: (foot, tip) for key, foot, tip in widget.scene.force_arrows()}
    assert "weight" in arrows
    for _foot, tip in arrows.values():
        assert head <= tip.y() <= widget.scene.height() - head
    if throttle:
        lengths = {key: abs(tip.y() - foot.y()) for key, (foot, tip) in arrows.items()}
        assert (lengths["thrust"] > lengths["weight"]) == (drone.thrust_n > drone.weight_n)
