"""Exhibit kit pieces shared by several exhibits: the zone meter and panels that fit their height."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QVBoxLayout, QWidget

from kiosk.exhibit import (
    ExhibitContext,
    ExhibitWidget,
    GoalCard,
    ThemedLabel,
    ThemedMixin,
    ZoneMeter,
    fit_in_height,
    lay_out_grid,
    turn_boxes,
)
from kiosk.exhibit.theme import Theme, current_theme, hub
from kiosk.manifest import Manifest


def pixel(widget: QWidget, x: float, y: float) -> tuple[int, int, int]:
    return widget.grab().toImage().pixelColor(round(x), round(y)).getRgb()[:3]


def test_a_meter_fills_to_its_reading_and_marks_its_zone(qtbot) -> None:
    meter = ZoneMeter(2.0, (0.0, 0.2), needle=True)
    qtbot.addWidget(meter)
    meter.resize(500, meter.sizeHint().height())
    meter.set_reading(1.5)
    assert not meter.in_zone
    meter.set_reading(0.1, zone=(0.0, 0.3))
    assert meter.in_zone and meter.zone == (0.0, 0.3)
    meter.set_reading(1.0, zone=(1.2, 2.0))
    theme = current_theme()
    bar_y = theme.text_px(24) + theme.px(8) + theme.px(4) + theme.px(26)  # the middle of the bar
    filled, empty = pixel(meter, 100, bar_y), pixel(meter, 420, bar_y)
    assert filled != empty, "filled to half, the rest shows the track and the zone"
    with pytest.raises(ValueError, match="maximum"):
        ZoneMeter(0.0, (0.0, 1.0))


def test_captions_make_room_for_themselves(qtbot) -> None:
    meter = ZoneMeter(1.0, (0.5, 1.0))
    qtbot.addWidget(meter)
    bare = meter.sizeHint().height()
    meter.set_texts("Painted", "37 %")
    assert meter.sizeHint().height() == bare
    meter.set_texts("Signal-to-noise", "4.2", [("lock on at 5", 0.5), ("", 1.0)])
    assert meter.sizeHint().height() > bare
    meter.resize(300, meter.sizeHint().height())
    assert not meter.grab().isNull()


@pytest.mark.parametrize("high_contrast", [False, True])
def test_a_long_title_and_value_still_paint_in_a_narrow_meter(qtbot, high_contrast) -> None:
    hub.set(Theme.create(high_contrast=high_contrast))
    meter = ZoneMeter(3.0, (1.0, 3.0))
    qtbot.addWidget(meter)
    meter.set_texts("Сигнал/шум (отношение сигнала к шуму)", "12 345,6", [("захват при 5", 1.0)])
    meter.set_reading(2.0)
    meter.resize(240, meter.sizeHint().height())
    assert not meter.grab().isNull()


def test_a_panel_hides_its_extras_in_order_until_it_fits(qtbot) -> None:
    panel = QWidget()
    layout = QVBoxLayout(panel)
    essentials = ThemedLabel("The challenge, always shown", size=30)
    first, second = ThemedLabel("An extra explanation " * 3, size=30), ThemedLabel("Another " * 3, size=30)
    for label in (essentials, first, second):
        layout.addWidget(label)
    qtbot.addWidget(panel)
    panel.resize(400, 2000)
    panel.show()
    fit_in_height(panel, [first, second])
    assert first.isVisible() and second.isVisible()
    first.hide()
    layout.invalidate()
    needed_without_first = layout.totalMinimumHeightForWidth(400)
    first.show()
    panel.resize(400, needed_without_first)
    fit_in_height(panel, [first, second])
    assert not first.isVisible() and second.isVisible(), "the first extra goes first"
    panel.resize(400, 80)
    fit_in_height(panel, [first, second])
    assert not first.isVisible() and not second.isVisible() and essentials.isVisible()
    panel.resize(400, 2000)
    fit_in_height(panel, [first, second])
    assert first.isVisible() and second.isVisible(), "room again: everything comes back"


class _Followed(ThemedMixin, QWidget):
    """A widget that counts what the kiosk asked of it."""

    def __init__(self) -> None:
        super().__init__()
        self.translations = 0
        self.themes = 0

    def retranslate(self) -> None:
        self.translations += 1

    def apply_theme(self) -> None:
        self.themes += 1
        self.setStyleSheet(f"/* {self.themes} */")  # sends another StyleChange: must not loop


def test_one_mixin_follows_both_the_language_and_the_look(qtbot) -> None:
    widget = _Followed()
    qtbot.addWidget(widget)
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert (widget.translations, widget.themes) == (1, 0)
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
    assert (widget.translations, widget.themes) == (1, 1)


def test_exhibit_widgets_and_kiosk_screens_follow_through_the_mixin() -> None:
    """The LanguageChange -> retranslate() block lives in ThemedMixin only; a widget that needs
    it takes the mixin rather than a copy (issue 14)."""
    assert issubclass(ExhibitWidget, ThemedMixin)
    root = Path(__file__).resolve().parents[2]
    copies = [
        str(path.relative_to(root))
        for folder in ("kiosk", "exhibits")
        for path in sorted((root / folder).rglob("*.py"))
        if "QEvent.Type.LanguageChange" in path.read_text(encoding="utf-8")
        and path.relative_to(root).as_posix() not in ("kiosk/exhibit/kit.py", "kiosk/exhibit/translator.py")
    ]
    assert copies == []


class _PanelDemo(ExhibitWidget):
    panel_side_share = 0.3
    panel_min_side_px = 100
    panel_below_share = 0.4

    def __init__(self, context: ExhibitContext) -> None:
        super().__init__(context)
        self.scene, self.panel = QWidget(), QWidget()
        layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scene, 1)
        layout.addWidget(self.panel)


def test_a_declared_side_panel_sits_beside_the_scene_or_below_it(qtbot, tmp_path) -> None:
    manifest = Manifest("demo", "1", "physics", (7, 99), False, "icon.svg", "w:W", {}, {}, {}, {}, tmp_path)
    widget = _PanelDemo(ExhibitContext(manifest))
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.panel.width() == 300 and widget.panel.x() >= widget.scene.geometry().right()
    widget.resize(600, 1000)
    assert widget.panel.height() == 400 and widget.panel.y() >= widget.scene.geometry().bottom()
    assert widget.panel.width() == 600


def test_a_goal_card_shows_title_and_stars_then_task_then_feedback(qtbot) -> None:
    card = GoalCard(task_size=26)
    qtbot.addWidget(card)
    card.column.addWidget(QWidget())  # an exhibit adds its own below
    header = card.column.itemAt(0).layout()
    assert [header.itemAt(i).widget() for i in range(2)] == [card.title, card.stars]
    assert card.column.indexOf(card.task) < card.column.indexOf(card.feedback)
    assert not card.stars.wordWrap() and card.task.text_size == 26


def test_a_grid_is_laid_out_anew_for_each_orientation(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    grid = QGridLayout(host)
    a, b = QWidget(), QWidget()
    lay_out_grid(grid, [(a, 0, 0, 1, 1), (b, 0, 1, 1, 1)], row_stretch=(1,), column_stretch=(3, 2))
    lay_out_grid(grid, [(a, 0, 0, 1, 1), (b, 1, 0, 1, 1)], row_stretch=(3, 2))
    assert grid.getItemPosition(grid.indexOf(b))[:2] == (1, 0)
    assert [grid.rowStretch(0), grid.rowStretch(1), grid.columnStretch(0), grid.columnStretch(1)] == [3, 2, 0, 0]


def test_boxes_turn_with_the_screen() -> None:
    beside, across = QBoxLayout(QBoxLayout.Direction.LeftToRight), QBoxLayout(QBoxLayout.Direction.LeftToRight)
    turn_boxes(True, beside=(beside,), across=(across,))
    assert (beside.direction(), across.direction()) == (QBoxLayout.Direction.TopToBottom,
                                                        QBoxLayout.Direction.LeftToRight)
    turn_boxes(False, beside=(beside,), across=(across,))
    assert (beside.direction(), across.direction()) == (QBoxLayout.Direction.LeftToRight,
                                                        QBoxLayout.Direction.TopToBottom)
