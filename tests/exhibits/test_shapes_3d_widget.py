"""Shapes in 3D driven like a visitor: tap the plate, match the views, clear, switch language, render."""

from __future__ import annotations

import pytest
from exhibit_checks import assert_every_text_changes, run_frames
from PySide6.QtCore import QRect, Qt


def tap(qtbot, widget, x: int, y: int, times: int = 1) -> None:
    """Tap the square (x, y) of the build plate (y = 0 is the front row, at the bottom)."""
    point = widget.plate.square_rect(x, y).center().toPoint()
    for _ in range(times):
        qtbot.mouseClick(widget.plate, Qt.MouseButton.LeftButton, pos=point)


def build(qtbot, widget, plan: list[list[int]]) -> None:
    for y, row in enumerate(plan):
        for x, height in enumerate(row):
            tap(qtbot, widget, x, y, height)


def test_tapping_the_plate_stacks_cubes_and_updates_the_numbers(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("shapes_3d", language="en")
    tap(qtbot, widget, 0, 0, 2)
    tap(qtbot, widget, 1, 0)
    assert widget.shape.heights()[0][:2] == [2, 1]
    assert widget.volume_text.text() == "Volume: 3 cubes"
    assert widget.area_text.text() == "Surface area: 14 squares"
    assert "6 × 3 − 2 × 2 = 14" in widget.area_explained.text()
    assert widget.flat_views["front"].cells == {(0, 0), (0, 1), (1, 0)}
    assert context.interactions == 3


def test_taking_cubes_off_and_clearing(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("shapes_3d", language="en")
    tap(qtbot, widget, 2, 3, 3)
    qtbot.mouseClick(widget.mode_choice.button("remove"), Qt.MouseButton.LeftButton)
    tap(qtbot, widget, 2, 3)
    assert widget.shape.height(2, 3) == 2
    tap(qtbot, widget, 0, 0)
    assert "no cube there" in widget.feedback.text()
    qtbot.mouseClick(widget.clear_button, Qt.MouseButton.LeftButton)
    assert widget.shape.volume == 0
    assert widget.mode_choice.current() == "add"


def test_a_full_tower_says_so(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("shapes_3d", language="en")
    tap(qtbot, widget, 3, 3, 5)
    assert widget.shape.height(3, 3) == 4
    assert "as tall as it can be" in widget.feedback.text()


def test_matching_the_views_completes_the_first_challenge(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("shapes_3d", language="lv")
    tap(qtbot, widget, 0, 0, 3)
    assert context.completions == 0
    with qtbot.waitSignal(context.completed, timeout=1000) as blocker:
        tap(qtbot, widget, 1, 0, 2)
        tap(qtbot, widget, 2, 0, 1)
    assert blocker.args[0] == 100
    assert all(view.matches for view in widget.flat_views.values())
    assert "★" in widget.stars.text()
    tap(qtbot, widget, 3, 3)  # ignored while "solved" shows
    assert widget.shape.volume == 6
    run_frames(widget, 3.0)
    assert widget.shape.volume == 0  # the next challenge starts on an empty plate
    assert widget.track.index == 1


def test_the_fewest_cubes_challenge_asks_for_fewer_cubes(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("shapes_3d", language="en")
    widget.track.index = len(widget.track.challenges) - 1
    widget.retranslate()
    assert "only 6 cubes" in widget.task.text()
    build(qtbot, widget, [[2, 2], [2, 2]])
    assert all(view.matches for view in widget.flat_views.values())
    assert context.completions == 0
    assert "you used 8 cubes" in widget.feedback.text()
    qtbot.mouseClick(widget.mode_choice.button("remove"), Qt.MouseButton.LeftButton)
    tap(qtbot, widget, 1, 0)
    assert "you used 7 cubes" in widget.feedback.text()
    with qtbot.waitSignal(context.completed, timeout=1000) as blocker:
        tap(qtbot, widget, 0, 1)
    assert blocker.args[0] == 100 - 5 * (10 - 6)  # ten taps where six cubes were needed
    run_frames(widget, 3.0)
    assert widget.challenge_number.text() == "Free building"


def test_language_switch_changes_every_visible_text(open_exhibit, qtbot) -> None:

    widget, context = open_exhibit("shapes_3d", language="lv")
    tap(qtbot, widget, 0, 0)

    def texts() -> tuple[str, ...]:
        return (widget.challenge_number.text(), widget.task.text(), widget.feedback.text(),
                widget.volume_text.text(), widget.area_text.text(), widget.clear_button.text(),
                widget.mode_choice.button("add").text(), widget.flat_views["top"].title, widget.plate.front_label)

    assert_every_text_changes(qtbot, context, texts)
    assert widget.volume_text.text() == "Volume: 1 cube"


def visible_boxes(widget) -> list[tuple[str, QRect]]:
    """The screen boxes of the pictures, the panel and each visible control (in widget coordinates)."""
    boxes = [(name, part.geometry()) for name, part in (
        ("iso", widget.iso_view), ("plate", widget.plate), ("views", widget.views_card), ("panel", widget.panel))]
    return boxes


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 720)])
@pytest.mark.parametrize("language", ["lv", "ru"])
def test_renders_at_station_sizes_without_overlap(open_exhibit, qtbot, size, language) -> None:
    widget, _ = open_exhibit("shapes_3d", language=language, size=size)
    build(qtbot, widget, [[3, 1, 0, 2], [1, 0, 0, 0], [0, 0, 4, 0], [1, 0, 0, 0]])
    assert not widget.grab().isNull()
    boxes = visible_boxes(widget)
    for index, (name, box) in enumerate(boxes):
        assert widget.rect().contains(box), (name, box)
        for other_name, other in boxes[index + 1:]:
            assert not box.intersects(other), (name, other_name)
    panel = widget.panel
    for child in (widget.task, widget.feedback, widget.volume_text, widget.area_text, widget.mode_choice,
                  widget.clear_button):
        assert panel.rect().contains(child.geometry()), child.objectName() or child.text()
        assert child.height() >= child.minimumSizeHint().height() - 1
    plate_square = widget.plate.square_rect(0, 0)
    assert plate_square.width() >= 72 * size[0] / 1920 * 0.9  # a touch target


def test_large_text_and_high_contrast_keep_the_controls(open_exhibit, qtbot) -> None:
    from kiosk.exhibit.theme import Theme, hub

    widget, _ = open_exhibit("shapes_3d", language="ru", size=(1080, 1920))
    hub.set(Theme.create(high_contrast=True, large_text=True, scale=1.0))
    qtbot.waitUntil(lambda: widget.clear_button.isVisible(), timeout=1000)
    panel = widget.panel
    for child in (widget.task, widget.volume_text, widget.area_text, widget.mode_choice, widget.clear_button):
        assert child.isVisible()
        assert panel.rect().contains(child.geometry())
    assert not widget.grab().isNull()


def button_text_fits(button) -> bool:
    """The button's text fits its face at the smallest size TouchButton shrinks it to."""
    from PySide6.QtGui import QFont, QFontMetrics

    from kiosk.exhibit import current_theme, fitted_font

    height = button.height() - 4
    inner_width = button.width() - 4 - 1.2 * height / 2
    font = fitted_font(button.text(), current_theme().font(26, QFont.Weight.DemiBold), inner_width)
    return QFontMetrics(font).horizontalAdvance(button.text()) <= inner_width


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
@pytest.mark.parametrize("language", ["lv", "ru", "en"])
def test_button_texts_fit_with_large_text(open_exhibit, qtbot, size, language) -> None:
    from kiosk.exhibit.theme import Theme, hub, scale_for

    widget, _ = open_exhibit("shapes_3d", language=language, size=size)
    hub.set(Theme.create(large_text=True, scale=scale_for(*size)))
    qtbot.wait(10)
    for button in (widget.mode_choice.button("add"), widget.mode_choice.button("remove"), widget.clear_button):
        assert button_text_fits(button), button.text()


def test_the_panel_keeps_its_share_of_the_width_after_a_resize(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("shapes_3d", language="lv", size=(1280, 720))
    widget.resize(1900, 990)  # the kiosk's exhibit area: the same orientation, another size
    qtbot.waitUntil(lambda: widget.panel.width() == round(1900 * 0.3), timeout=1000)
    assert button_text_fits(widget.mode_choice.button("add"))


def test_the_turn_button_turns_the_3d_view_a_quarter_at_a_time(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("shapes_3d", language="en")
    tap(qtbot, widget, 0, 0)
    iso = widget.iso_view
    front_left = iso.plate_point(0, 0, 0)
    qtbot.mouseClick(iso.turn_button, Qt.MouseButton.LeftButton)
    assert iso.turns == 1
    assert iso.plate_point(0, 0, 0) != front_left  # the plate's front corner went elsewhere
    assert context.interactions == 2
    for _ in range(3):
        qtbot.mouseClick(iso.turn_button, Qt.MouseButton.LeftButton)
    assert iso.turns == 0 and iso.plate_point(0, 0, 0) == front_left
    assert widget.shape.volume == 1  # turning the view never changes the shape
    assert iso.rect().contains(iso.turn_button.geometry())
