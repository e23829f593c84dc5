"""Pilot boat widget: build programs with real taps and drags, run them, see the lit block, the
child-sized messages and the goal; every language; landscape and portrait."""

from __future__ import annotations

import pytest
from exhibit_checks import assert_button_texts_fit, rect_in, settle
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QWidget

from exhibits.pilot_boat.model import LEVELS, Outcome
from exhibits.pilot_boat.widget import STEP_INTERVAL_S
from kiosk.exhibit.theme import hub


def tap(qtbot, widget: QWidget, point: QPointF) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point.toPoint())


def drag(qtbot, widget: QWidget, start: QPointF, end: QPointF) -> None:
    """Press, move in small steps as a finger does, let go."""
    start_point, end_point = start.toPoint(), end.toPoint()
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start_point)
    for step in range(1, 7):
        qtbot.mouseMove(widget, pos=start_point + (end_point - start_point) * step / 6)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end_point)


def add(qtbot, widget, kind: str, times: int = 1) -> None:
    editor = widget.editor
    for _ in range(times):
        tap(qtbot, editor, editor.palette_item(kind).center())


def run(widget, seconds: float) -> None:
    for _ in range(round(seconds * 60)):
        widget.advance(1 / 60)


def kinds(program) -> list:
    return [(b.kind, kinds(b.body)) if b.holds_body else b.kind for b in program]


def test_first_trip_by_taps_runs_step_by_step_and_completes(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("pilot_boat", language="en")
    add(qtbot, widget, "forward", 3)
    add(qtbot, widget, "right")
    add(qtbot, widget, "forward", 2)
    assert kinds(widget.editor.program) == ["forward"] * 3 + ["right"] + ["forward"] * 2
    assert "6 of 10" in widget.task.text()
    # Step lights one block at a time and moves the boat one square
    qtbot.mouseClick(widget.step_button, Qt.MouseButton.LeftButton)
    assert widget.editor.lit_path == (0,)
    assert (widget.harbour.boat.x, widget.harbour.boat.y) == (2, 1)
    qtbot.mouseClick(widget.step_button, Qt.MouseButton.LeftButton)
    assert widget.editor.lit_path == (1,)
    assert "Step 2" in widget.feedback.text()
    # Run goes on from there, one block per interval
    with qtbot.waitSignal(context.completed, timeout=2000) as blocker:
        qtbot.mouseClick(widget.run_button, Qt.MouseButton.LeftButton)
        assert widget.running and widget.editor.locked
        run(widget, STEP_INTERVAL_S * 6)
    assert blocker.args[0] == 100
    assert widget.execution.outcome is Outcome.ARRIVED
    assert widget.editor.lit_path == (5,)
    assert "Alongside" in widget.feedback.text()
    assert widget.next_button.isVisible()
    assert widget.stars.text().startswith("★")
    qtbot.mouseClick(widget.next_button, Qt.MouseButton.LeftButton)
    assert widget.trip.level_index == 1 and widget.editor.program == []
    assert context.interactions >= 8


def test_hitting_the_pier_is_explained_and_the_boat_stays_put(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("pilot_boat", language="en")
    add(qtbot, widget, "left")
    add(qtbot, widget, "forward")
    qtbot.mouseClick(widget.run_button, Qt.MouseButton.LeftButton)
    run(widget, STEP_INTERVAL_S * 3)
    assert widget.execution.outcome is Outcome.HIT_PIER
    assert "pier" in widget.feedback.text()
    assert not widget.running and not widget.editor.locked
    assert context.completions == 0
    run(widget, 1)
    assert not widget.harbour.moving


def test_a_loop_snapped_by_dragging_solves_the_long_channel(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("pilot_boat", language="lv", size=(1920, 1080))
    qtbot.mouseClick(widget.level_choice.button("2"), Qt.MouseButton.LeftButton)
    editor = widget.editor
    drag(qtbot, editor, editor.palette_item("repeat").center(), editor.drop_point((), 0))
    drag(qtbot, editor, editor.palette_item("forward").center(), editor.drop_point((0,), 0))
    assert kinds(editor.program) == [("repeat", ["forward"])]
    # tap the repeat's number until it says 9
    for _ in range(9 - editor.program[0].count):
        tap(qtbot, editor, editor.badge_rect((0,)).center())
    assert editor.program[0].count == 9
    with qtbot.waitSignal(context.completed, timeout=2000):
        qtbot.mouseClick(widget.run_button, Qt.MouseButton.LeftButton)
        run(widget, STEP_INTERVAL_S * 11)
    assert editor.lit_path == (0, 0)  # the block inside the loop was the last one lit


def test_the_block_limit_refuses_more_blocks_and_says_why(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("pilot_boat", language="en")
    qtbot.mouseClick(widget.level_choice.button("2"), Qt.MouseButton.LeftButton)
    add(qtbot, widget, "forward", 5)
    assert len(widget.editor.program) == LEVELS[1].max_blocks
    assert "only 3 blocks" in widget.feedback.text()


def test_dragging_a_block_out_removes_it_and_moving_reorders(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("pilot_boat", language="en")
    add(qtbot, widget, "forward")
    add(qtbot, widget, "left")
    add(qtbot, widget, "right")
    editor = widget.editor
    drag(qtbot, editor, editor.block_rect((2,)).center(), editor.drop_point((), 0))
    assert kinds(editor.program) == ["right", "forward", "left"]
    drag(qtbot, editor, editor.block_rect((1,)).center(), editor.palette_rect().center())
    assert kinds(editor.program) == ["right", "left"]
    qtbot.mouseClick(widget.clear_button, Qt.MouseButton.LeftButton)
    assert editor.program == []


def test_an_endless_spin_runs_out_of_steps(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("pilot_boat", language="en")
    qtbot.mouseClick(widget.level_choice.button("4"), Qt.MouseButton.LeftButton)
    editor = widget.editor
    drag(qtbot, editor, editor.palette_item("repeat").center(), editor.drop_point((), 0))
    drag(qtbot, editor, editor.palette_item("repeat").center(), editor.drop_point((0,), 0))
    drag(qtbot, editor, editor.palette_item("left").center(), editor.drop_point((0, 0), 0))
    for path in ((0,), (0, 0)):
        for _ in range(12 - block(editor, path).count):
            tap(qtbot, editor, editor.badge_rect(path).center())
    assert kinds(editor.program) == [("repeat", [("repeat", ["left"])])]
    qtbot.mouseClick(widget.run_button, Qt.MouseButton.LeftButton)
    run(widget, STEP_INTERVAL_S * (LEVELS[3].fuel_steps + 3))
    assert widget.execution.outcome is Outcome.OUT_OF_FUEL
    assert "Out of steps" in widget.feedback.text()


def block(editor, path):
    from exhibits.pilot_boat.model import block_at

    return block_at(editor.program, path)


def test_editing_is_refused_while_the_boat_is_under_way(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("pilot_boat", language="en")
    add(qtbot, widget, "forward", 3)
    qtbot.mouseClick(widget.run_button, Qt.MouseButton.LeftButton)
    add(qtbot, widget, "left")
    assert len(widget.editor.program) == 3
    assert "Stop" in widget.feedback.text()
    qtbot.mouseClick(widget.run_button, Qt.MouseButton.LeftButton)  # Stop
    assert not widget.running


def test_switching_language_changes_visible_texts(open_exhibit, qtbot) -> None:
    from kiosk.exhibit.translator import TranslationSet

    widget, context = open_exhibit("pilot_boat", language="lv")
    latvian = (widget.run_button.text(), widget.task.text(), widget.feedback.text(), widget.editor.labels["forward"])
    russian_set = TranslationSet()
    russian_set.switch("ru")
    context.set_language("ru")
    qtbot.wait(10)
    russian = (widget.run_button.text(), widget.task.text(), widget.feedback.text(), widget.editor.labels["forward"])
    assert all(a != b for a, b in zip(latvian, russian, strict=True))
    assert any("\u0400" <= ch <= "\u04FF" for ch in widget.task.text())
    russian_set.switch("en")


@pytest.mark.parametrize("language", ["lv", "ru"])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 720)])
@pytest.mark.parametrize("large_text", [False, True], ids=["normal", "large"])
def test_renders_at_station_sizes_with_nothing_overlapping(open_exhibit, qtbot, size, language, large_text) -> None:
    widget, _ = open_exhibit("pilot_boat", language=language, size=size)
    if large_text:
        hub.set(hub.theme.with_(large_text=True))
    qtbot.mouseClick(widget.level_choice.button("5"), Qt.MouseButton.LeftButton)
    editor = widget.editor
    drag(qtbot, editor, editor.palette_item("repeat").center(), editor.drop_point((), 0))
    drag(qtbot, editor, editor.palette_item("if_buoy").center(), editor.drop_point((0,), 0))
    drag(qtbot, editor, editor.palette_item("left").center(), editor.drop_point((0, 0), 0))
    drag(qtbot, editor, editor.palette_item("forward").center(), editor.drop_point((0,), 1))
    assert kinds(editor.program) == [("repeat", [("if_buoy", ["left"]), "forward"])]
    qtbot.mouseClick(widget.run_button, Qt.MouseButton.LeftButton)
    run(widget, 1.0)
    settle()  # the layouts follow the new texts, as the running kiosk does
    assert not widget.grab().isNull()
    panel_parts = [widget.trip_title, widget.level_choice, widget.task, editor, widget.feedback,
                   widget.run_button, widget.step_button, widget.clear_button]
    rects = [rect_in(part, widget) for part in panel_parts]
    for index, rect in enumerate(rects):
        assert widget.rect().contains(rect), panel_parts[index].objectName()
        for other in rects[index + 1:]:
            assert not rect.intersects(other)
    assert not rect_in(widget.harbour, widget).intersects(rect_in(widget.panel, widget))
    assert_button_texts_fit(widget)
    # every block of the program fits inside the editor's program area, at a touchable height
    for path in ((0,), (0, 0), (0, 0, 0), (0, 1)):
        rect = editor.block_rect(path)
        assert editor.program_rect().contains(rect)
        assert rect.height() >= widget.context.theme.px(34)
    # the task text is not cut: its label is as tall as its wrapped text needs
    assert widget.task.height() >= widget.task.heightForWidth(widget.task.width())

