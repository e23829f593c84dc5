"""Cargo ship widget: drag real containers, sail, sink, switch water and language, render."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from exhibits.cargo_ship.model import Area
from exhibits.cargo_ship.scene import Motion


def drag(qtbot, widget, container_id: int, area: Area, column: int) -> None:
    """Press on a container, move in steps and let go over a stack (as a finger would)."""
    scene = widget.scene
    start = scene.container_centre(container_id).toPoint()
    end = scene.drop_point(area, column).toPoint()
    qtbot.mousePress(scene, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(scene, pos=start + (end - start) * step / 5)
    qtbot.mouseRelease(scene, Qt.MouseButton.LeftButton, pos=end)


def run(widget, seconds: float) -> None:
    for _ in range(round(seconds * 60)):
        widget.advance(1 / 60)


def masses_on_top(widget) -> dict[float, list[int]]:
    port = widget.port
    tops: dict[float, list[int]] = {}
    for stack in port.quay:
        if stack:
            tops.setdefault(port.containers[stack[-1]].mass_t, []).append(stack[-1])
    return tops


def test_loading_level_and_sailing_completes_the_order(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("cargo_ship", language="lv")
    twenties = masses_on_top(widget)[20.0]
    drag(qtbot, widget, twenties[0], Area.SHIP, 1)
    assert widget.port.state().cargo_t == 20
    assert not widget.port.check().level_ok
    drag(qtbot, widget, twenties[1], Area.SHIP, 2)
    assert widget.port.check().ready
    assert context.interactions >= 2
    with qtbot.waitSignal(context.completed, timeout=2000) as blocker:
        qtbot.mouseClick(widget.sail_button, Qt.MouseButton.LeftButton)
        run(widget, 5)
    assert blocker.args[0] == 100
    assert widget.port.delivered == 1
    assert widget.port.state().cargo_t == 0  # delivered, the ship comes back empty
    run(widget, 3)
    assert widget.scene.motion is Motion.IDLE


def test_sailing_too_early_explains_what_is_missing(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("cargo_ship", language="en")
    qtbot.mouseClick(widget.sail_button, Qt.MouseButton.LeftButton)
    assert widget.scene.motion is Motion.IDLE
    assert "Not yet" in widget.hint.text()
    assert context.completions == 0


def test_heavy_cargo_on_one_side_capsizes_and_comes_back(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("cargo_ship", language="en")
    port = widget.port
    heavy = port.quay[0][0]  # the heaviest of its stack, under a lighter box
    drag(qtbot, widget, port.quay[0][-1], Area.SHIP, 3)
    drag(qtbot, widget, heavy, Area.SHIP, 3)
    assert widget.scene.motion is Motion.SINKING
    run(widget, 6)
    assert widget.scene.motion is Motion.IDLE
    assert port.state().cargo_t == 0
    assert port.failed_attempts == 1
    assert context.interactions >= 3  # two moves and the sinking


def test_a_container_under_another_cannot_be_lifted(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("cargo_ship", language="en")
    bottom = widget.port.quay[2][0]
    drag(qtbot, widget, bottom, Area.SHIP, 0)
    assert widget.port.locate(bottom)[0] is Area.QUAY
    assert "top" in widget.hint.text()


def test_dropping_a_ship_container_in_the_sea_returns_it_to_the_quay(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("cargo_ship", language="en")
    cid = widget.port.quay[3][-1]
    drag(qtbot, widget, cid, Area.SHIP, 0)
    assert widget.port.locate(cid)[0] is Area.SHIP
    scene = widget.scene
    start = scene.container_centre(cid).toPoint()
    sea = scene.world_to_screen(2.0, -3.5).toPoint()
    qtbot.mousePress(scene, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(scene, pos=sea)
    qtbot.mouseRelease(scene, Qt.MouseButton.LeftButton, pos=sea)
    assert widget.port.locate(cid)[0] is Area.QUAY


def test_baltic_water_makes_the_ship_sit_deeper(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("cargo_ship", language="en")
    ocean_draught = widget.port.state().draught_m
    ocean_text = widget.readout_values["draught"].text()
    qtbot.mouseClick(widget.water_choice.button("baltic"), Qt.MouseButton.LeftButton)
    assert widget.port.water == "baltic"
    assert widget.port.state().draught_m > ocean_draught
    assert widget.readout_values["draught"].text() != ocean_text
    assert "1,005" in widget.water_label.text() or "1005" in widget.water_label.text()
    assert context.interactions == 1


def test_reset_returns_to_the_first_order(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("cargo_ship", language="en")
    drag(qtbot, widget, widget.port.quay[1][-1], Area.SHIP, 0)
    qtbot.mouseClick(widget.water_choice.button("baltic"), Qt.MouseButton.LeftButton)
    widget.port.order_index = 2
    widget.reset()
    assert widget.port.state().cargo_t == 0
    assert widget.port.water == "ocean" and widget.water_choice.current() == "ocean"
    assert widget.port.order_index == 0
    assert "1" in widget.order_title.text()
    assert widget.scene.motion is Motion.IDLE


def test_unload_button_clears_the_ship(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("cargo_ship", language="en")
    drag(qtbot, widget, widget.port.quay[4][-1], Area.SHIP, 1)
    qtbot.mouseClick(widget.unload_button, Qt.MouseButton.LeftButton)
    assert widget.port.state().cargo_t == 0


def test_switching_language_changes_visible_texts(open_exhibit, qtbot) -> None:
    from kiosk.exhibit.translator import TranslationSet

    widget, context = open_exhibit("cargo_ship", language="lv")
    latvian = (widget.sail_button.text(), widget.order_text.text(), widget.hint.text())
    russian_set = TranslationSet()
    russian_set.switch("ru")
    context.set_language("ru")
    qtbot.wait(10)  # let the LanguageChange event arrive
    russian = (widget.sail_button.text(), widget.order_text.text(), widget.hint.text())
    assert all(a != b for a, b in zip(latvian, russian, strict=True))
    assert any("\u0400" <= ch <= "\u04FF" for ch in widget.order_text.text())
    russian_set.switch("en")  # take the Russian catalogues out again


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1080, 1920)])
@pytest.mark.parametrize("high_contrast", [False, True])
def test_renders_at_station_sizes(open_exhibit, qtbot, size, high_contrast) -> None:
    widget, _ = open_exhibit("cargo_ship", language="ru", size=size, high_contrast=high_contrast)
    drag(qtbot, widget, widget.port.quay[0][-1], Area.SHIP, 3)
    run(widget, 0.5)
    image = widget.grab()
    assert not image.isNull()
    assert image.width() == size[0]
    # a drag in progress paints too (the crane cable and the drop hint)
    scene = widget.scene
    qtbot.mousePress(scene, Qt.MouseButton.LeftButton, pos=scene.container_centre(widget.port.quay[1][-1]).toPoint())
    qtbot.mouseMove(scene, pos=scene.drop_point(Area.SHIP, 1).toPoint() + QPoint(3, 3))
    assert scene.dragging
    assert not widget.grab().isNull()
