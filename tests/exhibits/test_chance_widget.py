"""Chance widget: pour balls and roll dice with real taps, reach the three goals, switch
language, and fit landscape and portrait screens with nothing overlapping."""

from __future__ import annotations

import pytest
from exhibit_checks import assert_button_texts_fit, rect_in, settle
from PySide6.QtCore import Qt

from exhibits.chance.model import ROWS
from kiosk.exhibit.theme import hub


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def run(widget, seconds: float) -> None:
    for _ in range(round(seconds * 60)):
        widget.advance(1 / 60)


def test_pouring_a_hundred_balls_animates_them_and_completes(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("chance", language="en")
    click(qtbot, widget.amount_buttons[10])
    run(widget, 0.2)
    assert widget.board.falling  # the balls are on their way, not counted yet
    assert context.awake_held
    with qtbot.waitSignal(context.completed, timeout=2000) as blocker:
        click(qtbot, widget.amount_buttons[100])
        run(widget, 6)
    assert blocker.args[0] == 100
    assert widget.board.total == 110 and not widget.board.busy
    assert not context.awake_held
    assert "middle" in widget.feedback.text()
    assert widget.count_value.text() == "110"
    click(qtbot, widget.amount_buttons[1000])  # a big pour lands at once
    assert widget.board.total == 1110
    assert context.completions == 1  # the goal counts once


def test_a_tilted_board_starts_a_new_pile_and_does_not_count_for_the_goal(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("chance", language="en")
    widget.tilt.setValue(0.7)
    assert widget.board.p_right == pytest.approx(0.7)
    click(qtbot, widget.amount_buttons[1000])
    assert widget.board.mean() > ROWS / 2
    assert "tilted" in widget.feedback.text()
    assert context.completions == 0
    assert "70" in widget.tilt.value_text


def test_rolling_one_die_until_the_average_settles(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("chance", language="lv")
    click(qtbot, widget.mode_choice.button("one_die"))
    assert widget.view.mode == "dice"
    click(qtbot, widget.amount_buttons[10])
    assert widget.dice.total == 10 and context.completions == 0
    for _ in range(20):
        if context.completions:
            break
        click(qtbot, widget.amount_buttons[1000])
    assert context.completions == 1 and context.last_score == 100
    assert abs(widget.dice.running.mean - 3.5) <= 0.1
    assert "," in widget.mean_value.text()  # Latvian decimal comma


def test_guessing_the_most_common_total_of_two_dice(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("chance", language="en", size=(1920, 1080))
    click(qtbot, widget.mode_choice.button("two_dice"))
    click(qtbot, widget.amount_buttons[10])
    assert "First tap a bar" in widget.feedback.text()
    qtbot.mouseClick(widget.view, Qt.MouseButton.LeftButton, pos=widget.view.bar_rect(7).center().toPoint())
    assert widget.guess == 7 and widget.view.guess == 7
    assert "Your guess: 7" in widget.feedback.text()
    with qtbot.waitSignal(context.completed, timeout=1000) as blocker:
        click(qtbot, widget.amount_buttons[100])
    assert blocker.args[0] == 100
    assert "six pairs" in widget.feedback.text()


def test_a_wrong_guess_still_completes_with_a_lower_score(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("chance", language="en")
    click(qtbot, widget.mode_choice.button("two_dice"))
    qtbot.mouseClick(widget.view, Qt.MouseButton.LeftButton, pos=widget.view.bar_rect(12).center().toPoint())
    click(qtbot, widget.amount_buttons[100])
    assert context.last_score == 60


def test_start_again_clears_only_the_current_experiment(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("chance", language="en")
    click(qtbot, widget.amount_buttons[1000])
    click(qtbot, widget.mode_choice.button("one_die"))
    click(qtbot, widget.amount_buttons[100])
    click(qtbot, widget.clear_button)
    assert widget.dice.total == 0 and widget.board.total == 1000
    assert widget.count_value.text() == "0"


def test_switching_language_changes_visible_texts(open_exhibit, qtbot) -> None:
    from kiosk.exhibit.translator import TranslationSet

    widget, context = open_exhibit("chance", language="lv")
    latvian = (widget.task.text(), widget.feedback.text(), widget.clear_button.text(), widget.view.legend[1])
    russian_set = TranslationSet()
    russian_set.switch("ru")
    context.set_language("ru")
    qtbot.wait(10)
    russian = (widget.task.text(), widget.feedback.text(), widget.clear_button.text(), widget.view.legend[1])
    assert all(a != b for a, b in zip(latvian, russian, strict=True))
    assert any("\u0400" <= ch <= "\u04FF" for ch in widget.task.text())
    russian_set.switch("en")


@pytest.mark.parametrize("mode", ["galton", "two_dice"])
@pytest.mark.parametrize("language", ["lv", "ru"])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 720)])
@pytest.mark.parametrize("large_text", [False, True], ids=["normal", "large"])
def test_renders_at_station_sizes_with_nothing_overlapping(open_exhibit, qtbot, size, language, mode,
                                                           large_text) -> None:
    widget, _ = open_exhibit("chance", language=language, size=size)
    if large_text:
        hub.set(hub.theme.with_(large_text=True))
    click(qtbot, widget.mode_choice.button(mode))
    click(qtbot, widget.amount_buttons[100])
    run(widget, 0.5)
    settle()  # the layouts follow the new texts, as the running kiosk does
    assert not widget.grab().isNull()
    parts = [widget.mode_choice, widget.task, widget.feedback, *widget.amount_buttons.values(), widget.count_value,
             widget.mean_value, widget.clear_button]
    if mode == "galton":
        parts.append(widget.tilt)
    rects = [rect_in(part, widget) for part in parts]
    for index, rect in enumerate(rects):
        assert widget.rect().contains(rect)
        for other in rects[index + 1:]:
            assert not rect.intersects(other)
    assert not rect_in(widget.view, widget).intersects(rect_in(widget.panel, widget))
    assert_button_texts_fit(widget)
    for label in (widget.task, widget.feedback):  # wrapped texts get the height they need
        assert label.height() >= label.heightForWidth(label.width())
    for button in widget.amount_buttons.values():
        assert button.height() >= widget.context.theme.px(72) - 1

