"""The baltic_water exhibit driven like a visitor: probe, storms, inflows, months, languages, sizes."""

from __future__ import annotations

import pytest
from exhibit_checks import assert_side_panel_fits, run_frames
from PySide6.QtCore import QPoint, Qt

from exhibits.baltic_water import model
from kiosk.exhibit import TOUCH_TARGET_PX, current_theme


def slide_to(qtbot, slider, value: float) -> None:
    """Drag the slider's thumb to `value` the way a finger would."""
    radius = current_theme().px(TOUCH_TARGET_PX) / 2
    y = round(slider.height() - radius)

    def x_of(v: float) -> int:
        return round(radius + (v - slider.minimum) / (slider.maximum - slider.minimum) * (slider.width() - 2 * radius))

    start, end = QPoint(x_of(slider.value()), y), QPoint(x_of(value), y)
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(slider, pos=(start + end) / 2)
    qtbot.mouseMove(slider, pos=end)
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=end)
    assert slider.value() == pytest.approx(value, abs=slider.step / 2 + 1e-9)


def test_touching_the_water_measures_it(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("baltic_water")
    view = widget.view
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(view.width() // 2, round(view.y_at(10))))
    assert view.probe_depth_m == pytest.approx(10, abs=3)
    layer_middle = widget.column.reading(view.probe_depth_m).depth_m
    assert widget.probe_title.text() == "At {depth} deep".format(depth=context.format_number(layer_middle, 0, "m"))
    assert "mg/L" in widget.readouts["oxygen"].text()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(view.width() // 2, round(view.y_at(10))))
    qtbot.mouseMove(view, pos=QPoint(view.width() // 2, round(view.y_at(200))))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(view.width() // 2, round(view.y_at(200))))
    assert view.probe_depth_m == pytest.approx(200, abs=3)
    assert "H₂S" in widget.readouts["oxygen"].text()
    assert "H₂S" in view.texts["probe"]


def test_a_weak_storm_then_a_strong_one_completes_goal_one(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("baltic_water", size=(1920, 1080))
    slide_to(qtbot, widget.storm_slider, 12)
    qtbot.mouseClick(widget.storm_button, Qt.MouseButton.LeftButton)
    assert context.completions == 0
    assert "stronger" in widget.hint.text()
    slide_to(qtbot, widget.storm_slider, 30)
    with qtbot.waitSignal(context.completed, timeout=2000) as completed:
        qtbot.mouseClick(widget.storm_button, Qt.MouseButton.LeftButton)
    assert completed.args[0] == 100
    assert "halocline" in widget.hint.text()
    assert widget.column.bottom_oxygen_mgl < 0  # the storm did not reach the bottom
    assert widget.stars.text() == "★☆" and "Goal 2" in widget.goal_title.text()
    run_frames(widget, 1)
    widget.grab()


def test_a_warm_inflow_stops_and_a_cold_salty_one_ventilates_the_bottom(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("baltic_water", language="en", size=(1920, 1080))
    slide_to(qtbot, widget.salinity_slider, 12)
    slide_to(qtbot, widget.temperature_slider, 16)
    qtbot.mouseClick(widget.inflow_button, Qt.MouseButton.LeftButton)
    assert widget.failed_inflows == 1 and context.completions == 0
    assert "lighter" in widget.hint.text()
    slide_to(qtbot, widget.salinity_slider, 20)
    slide_to(qtbot, widget.temperature_slider, 4)
    with qtbot.waitSignal(context.completed, timeout=2000) as completed:
        qtbot.mouseClick(widget.inflow_button, Qt.MouseButton.LeftButton)
    assert completed.args[0] == model.inflow_score(1) == 80
    assert widget.column.bottom_oxygen_mgl >= model.HYPOXIA_MGL
    assert "sea floor" in widget.hint.text()
    # months pass on screen: the oxygen at the bottom runs out again and the exhibit says when
    for _ in range(40):
        run_frames(widget, 1)
        if widget.column.bottom_oxygen_mgl <= 0:
            break
    assert widget.column.bottom_oxygen_mgl <= 0
    assert "no oxygen again" in widget.hint.text()
    assert "since the last inflow" in widget.months_label.text()


def test_the_colour_choice_changes_what_the_column_shows(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("baltic_water")
    qtbot.mouseClick(widget.quantity_choice.button("salinity"), Qt.MouseButton.LeftButton)
    assert widget.view.quantity == "salinity"
    assert "g/kg" in widget.view.texts["high"] and "g/kg" in widget.view.texts["probe"]
    assert context.interactions == 1


def test_switching_language_changes_every_text(open_exhibit, qtbot) -> None:
    from kiosk.exhibit.translator import TranslationSet

    widget, context = open_exhibit("baltic_water", language="lv")
    assert widget.inflow_button.text() == "Ielaist Ziemeļjūras ūdeni"
    assert widget.view.texts["halocline"] == "haloklīns"
    TranslationSet().switch("ru")
    context.set_language("ru")
    qtbot.waitUntil(lambda: widget.storm_button.text() == "Шторм!", timeout=2000)
    assert widget.view.texts["floor"].startswith("дно")
    assert "кг/м³" in widget.readouts["density"].text() and "," in widget.readouts["density"].text()
    assert widget.goal_title.text() == "Задание 1 из 2"
    TranslationSet().switch("en")
    qtbot.waitUntil(lambda: widget.storm_button.text() == "Storm!", timeout=2000)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1080, 1920)])
@pytest.mark.parametrize(("language", "large_text"), [("ru", True), ("lv", True), ("en", False)])
def test_fits_the_screen_without_overlap(open_exhibit, qtbot, size, language, large_text) -> None:
    from kiosk.exhibit.theme import Theme, hub, scale_for

    widget, _ = open_exhibit("baltic_water", language=language, size=size)
    hub.set(Theme.create(large_text=large_text, scale=scale_for(*size)))
    widget.storm_slider.setValue(30)
    widget._on_storm()  # the longest hint
    run_frames(widget, 1)
    qtbot.wait(10)
    assert_side_panel_fits(widget, size)
    for must_show in (widget.task, widget.hint, widget.storm_button, widget.inflow_button, widget.salinity_slider):
        assert must_show.isVisibleTo(widget)
