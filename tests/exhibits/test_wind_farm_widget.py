"""The wind_farm exhibit driven like a visitor: taps on the sea, the day, languages and screen sizes."""

from __future__ import annotations

import pytest
from exhibit_checks import assert_side_panel_fits, run_frames
from PySide6.QtCore import Qt

from exhibits.wind_farm import model

SPREAD_FIVE = [0, 6, 12, 18, 3]  # every row, two columns: no turbine in another's wake in a west wind


def tap_site(qtbot, widget, site: int) -> None:
    qtbot.mouseClick(widget.map, Qt.MouseButton.LeftButton, pos=widget.map.site_centre(site).toPoint())


def test_tapping_the_sea_builds_and_removes_turbines(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("wind_farm")
    tap_site(qtbot, widget, 7)
    assert widget.farm.placed == [7]
    assert "MW" in widget.farm_power.text() and "0.0" not in widget.farm_power.text()
    tap_site(qtbot, widget, 7)
    assert widget.farm.placed == []
    assert context.interactions == 2


def test_a_turbine_in_a_wake_shows_the_loss(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("wind_farm")
    tap_site(qtbot, widget, 0)
    tap_site(qtbot, widget, 1)  # straight downwind
    assert widget.map.speeds[1] < widget.map.speeds[0]
    assert "0 %" not in widget.farm_detail.text()
    qtbot.mouseClick(widget.direction_choice.button("northwest"), Qt.MouseButton.LeftButton)
    assert widget.map.speeds[1] == pytest.approx(widget.map.speeds[0])
    assert "wind turned" in widget.hint.text()


def test_layout_goal_completes_through_taps(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("wind_farm", language="lv")
    for site in [0, 1, 2, 3]:  # a row along the wind: wakes everywhere
        tap_site(qtbot, widget, site)
    with qtbot.waitSignal(context.completed, timeout=2000) as completed:
        for site in [1, 2, 6, 12, 18]:  # take two away, spread the rest across the wind
            tap_site(qtbot, widget, site)
    assert sorted(widget.farm.placed) == [0, 3, 6, 12, 18]
    assert completed.args[0] >= 90
    assert widget.goal_index == 1
    assert widget.stars.text() == "★☆"


def test_the_day_runs_and_keeping_the_lights_on_completes(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("wind_farm", size=(1920, 1080))
    for site in SPREAD_FIVE:
        tap_site(qtbot, widget, site)
    assert context.completions == 1
    qtbot.mouseClick(widget.battery_choice.button("small"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.run_button, Qt.MouseButton.LeftButton)
    assert widget.day_running and context.awake_held
    tap_site(qtbot, widget, 9)  # the farm cannot change while the day runs
    assert 9 not in widget.farm.placed
    run_frames(widget, 6)
    assert 0 < widget.chart.shown_steps < len(widget.day_result.steps)
    widget.grab()
    with qtbot.waitSignal(context.completed, timeout=2000) as completed:
        run_frames(widget, 7)
    assert not widget.day_running and not context.awake_held
    assert widget.day_result.shortfall_mwh == 0
    assert completed.args[0] == model.day_score(widget.day_result, 5, widget.farm.max_turbines)
    assert "lights stayed on" in widget.hint.text()
    assert widget.goal_index == 2


def test_a_calm_day_leaves_the_town_short(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("wind_farm")
    for site in SPREAD_FIVE:
        tap_site(qtbot, widget, site)
    qtbot.mouseClick(widget.day_choice.button("calm"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.run_button, Qt.MouseButton.LeftButton)
    run_frames(widget, 13)
    assert widget.day_result.shortfall_mwh > 0
    assert "calm day" in widget.hint.text()
    assert context.completions == 1  # only the layout goal


def test_running_without_turbines_asks_for_some(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("wind_farm")
    qtbot.mouseClick(widget.run_button, Qt.MouseButton.LeftButton)
    assert not widget.day_running
    assert "first" in widget.hint.text()


def test_a_full_farm_says_so(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("wind_farm")
    for site in range(widget.farm.max_turbines + 1):
        tap_site(qtbot, widget, site)
    assert len(widget.farm.placed) == widget.farm.max_turbines
    assert "full" in widget.hint.text()


def test_switching_language_changes_every_text(open_exhibit, qtbot) -> None:
    from kiosk.exhibit.translator import TranslationSet

    widget, context = open_exhibit("wind_farm", language="lv")
    tap_site(qtbot, widget, 0)
    assert widget.run_button.text() == "Palaist dienu"
    assert "turbīna" in widget.farm_detail.text()
    TranslationSet().switch("ru")
    context.set_language("ru")
    qtbot.waitUntil(lambda: widget.run_button.text() == "Запустить день", timeout=2000)
    assert "МВт" in widget.farm_power.text() and "," in widget.farm_power.text()
    assert widget.chart.texts["short"] == "Нехватка"
    assert widget.map.texts["town"] == "Вентспилс"
    TranslationSet().switch("en")
    qtbot.waitUntil(lambda: widget.run_button.text() == "Run the day", timeout=2000)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1080, 1920)])
@pytest.mark.parametrize(("language", "large_text"), [("ru", True), ("lv", True), ("en", False)])
def test_fits_the_screen_without_overlap(open_exhibit, qtbot, size, language, large_text) -> None:
    from kiosk.exhibit.theme import Theme, hub, scale_for

    widget, _ = open_exhibit("wind_farm", language=language, size=size)
    hub.set(Theme.create(large_text=large_text, scale=scale_for(*size)))
    for site in SPREAD_FIVE:
        tap_site(qtbot, widget, site)
    qtbot.mouseClick(widget.run_button, Qt.MouseButton.LeftButton)
    run_frames(widget, 3)
    qtbot.wait(10)
    assert_side_panel_fits(widget, size)
