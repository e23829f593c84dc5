"""Circuit builder widget: taps and swipes on the real board, challenges, short circuit, rendering."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt

from exhibits.circuits.model import Kind, make_edge

TOP = [((2, 2), (3, 2)), ((3, 2), (4, 2)), ((4, 2), (5, 2))]
BOTTOM = [((2, 3), (3, 3)), ((3, 3), (4, 3)), ((4, 3), (5, 3))]


def choose(qtbot, widget, tool: str) -> None:
    qtbot.mouseClick(widget.tool_buttons[tool], Qt.MouseButton.LeftButton)
    assert widget.tool == tool


def tap(qtbot, widget, edge) -> None:
    qtbot.mouseClick(widget.board, Qt.MouseButton.LeftButton, pos=widget.edge_point(edge).toPoint())


def swipe(qtbot, widget, nodes) -> None:
    """A finger pressed on the first node and dragged through the others."""
    board = widget.board
    points = [board.node_point(node).toPoint() for node in nodes]
    qtbot.mousePress(board, Qt.MouseButton.LeftButton, pos=points[0])
    for start, end in itertools.pairwise(points):
        for step in range(1, 5):
            qtbot.mouseMove(board, pos=start + (end - start) * step / 4)
    qtbot.mouseRelease(board, Qt.MouseButton.LeftButton, pos=points[-1])


def run(widget, seconds: float) -> None:
    for _ in range(round(seconds * 60)):
        widget.advance(1 / 60)


def test_tapping_wires_lights_the_bulb_and_completes_the_first_challenge(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("circuits", language="lv")
    choose(qtbot, widget, Kind.WIRE.value)
    for edge in TOP + BOTTOM[:-1]:
        tap(qtbot, widget, edge)
    assert context.completions == 0
    bulb = make_edge((5, 2), (5, 3))
    assert widget.game.solution.brightness(bulb) == 0
    with qtbot.waitSignal(context.completed, timeout=1000) as blocker:
        tap(qtbot, widget, BOTTOM[-1])
    assert blocker.args[0] == 100
    assert widget.game.solution.brightness(bulb) > 0.9
    assert context.interactions >= 7  # the tool choice and six wires
    run(widget, 1)  # charges move without trouble
    assert widget.game.challenge.key == "two_equal"


def test_swiping_lays_wires_along_the_path(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("circuits", language="en")
    swipe(qtbot, widget, [(2, 2), (5, 2)])
    assert all(widget.game.circuit.part(edge).kind is Kind.WIRE for edge in TOP)
    with qtbot.waitSignal(context.completed, timeout=1000):
        swipe(qtbot, widget, [(2, 3), (3, 3), (4, 3), (5, 3)])
    assert all(widget.game.circuit.part(edge) is not None for edge in BOTTOM)


def test_switch_opens_and_closes_the_circuit(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("circuits", language="en")
    swipe(qtbot, widget, [(2, 2), (3, 2)])
    swipe(qtbot, widget, [(4, 2), (5, 2)])
    swipe(qtbot, widget, [(2, 3), (5, 3)])
    choose(qtbot, widget, Kind.SWITCH.value)
    tap(qtbot, widget, TOP[1])
    switch = widget.game.circuit.part(TOP[1])
    assert switch.kind is Kind.SWITCH and not switch.closed
    bulb = make_edge((5, 2), (5, 3))
    assert widget.game.solution.current(bulb) == 0.0
    assert "switch" in widget.hint.text().lower()
    tap(qtbot, widget, TOP[1])  # tapping a switch closes it
    assert widget.game.circuit.part(TOP[1]).closed
    assert widget.game.solution.brightness(bulb) > 0.9
    assert context.completions == 1


def test_short_circuit_warns_and_never_crashes(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("circuits", language="en")
    recorded = []
    context.interaction_recorded.connect(lambda name, value: recorded.append(name))
    swipe(qtbot, widget, [(2, 2), (1, 2), (1, 3), (2, 3)])
    assert widget.game.solution.short_circuit
    assert "short_circuit" in recorded
    assert "Short circuit" in widget.hint.text()
    assert widget.hint_box.warning
    run(widget, 1)
    assert not widget.grab().isNull()
    assert context.completions == 0
    # Break the short with the eraser: the warning goes away.
    choose(qtbot, widget, "eraser")
    tap(qtbot, widget, make_edge((1, 2), (1, 3)))
    assert not widget.game.solution.short_circuit
    assert not widget.hint_box.warning


def test_battery_tool_turns_a_battery_round(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("circuits", language="en")
    choose(qtbot, widget, Kind.BATTERY.value)
    battery = make_edge((2, 2), (2, 3))
    assert not widget.game.circuit.part(battery).flipped
    tap(qtbot, widget, battery)
    assert widget.game.circuit.part(battery).flipped


def test_skip_clear_and_reset(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("circuits", language="en")
    qtbot.mouseClick(widget.skip_button, Qt.MouseButton.LeftButton)
    assert widget.game.challenge.key == "two_equal"
    assert "2" in widget.challenge_title.text()
    qtbot.mouseClick(widget.clear_button, Qt.MouseButton.LeftButton)
    assert widget.game.circuit.parts == {}
    assert "battery" in widget.hint.text().lower()
    choose(qtbot, widget, Kind.BULB.value)
    widget.reset()
    assert widget.game.challenge.key == "light_one"
    assert len(widget.game.circuit.parts) == 2
    assert widget.tool == Kind.WIRE.value and widget.tool_buttons["wire"].isChecked()
    assert context.interactions >= 3


def test_switching_language_changes_visible_texts(open_exhibit, qtbot) -> None:
    from kiosk.exhibit.translator import TranslationSet

    widget, context = open_exhibit("circuits", language="lv")
    latvian = (widget.challenge_text.text(), widget.clear_button.text(),
               widget.tool_buttons["bulb"].text(), widget.readout_names["current"].text())
    russian_set = TranslationSet()
    russian_set.switch("ru")
    context.set_language("ru")
    qtbot.wait(10)
    russian = (widget.challenge_text.text(), widget.clear_button.text(),
               widget.tool_buttons["bulb"].text(), widget.readout_names["current"].text())
    assert all(a != b for a, b in zip(latvian, russian, strict=True))
    assert any("\u0400" <= ch <= "\u04FF" for ch in widget.challenge_text.text())
    russian_set.switch("en")


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1080, 1920)])
@pytest.mark.parametrize("high_contrast", [False, True])
def test_renders_at_station_sizes(open_exhibit, qtbot, size, high_contrast) -> None:
    widget, _ = open_exhibit("circuits", language="ru", size=size, high_contrast=high_contrast)
    swipe(qtbot, widget, [(2, 2), (5, 2)])
    swipe(qtbot, widget, [(2, 3), (5, 3)])
    choose(qtbot, widget, Kind.RESISTOR.value)
    tap(qtbot, widget, make_edge((5, 3), (6, 3)))
    run(widget, 0.5)
    image = widget.grab()
    assert not image.isNull()
    assert image.width() == size[0]
    assert widget.game.solution.brightness(make_edge((5, 2), (5, 3))) > 0.9
