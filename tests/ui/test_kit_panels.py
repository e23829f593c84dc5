"""Exhibit kit: the stage and side panel of an exhibit, and a panel that hides its extras to fit,
measured right even while off screen."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.exhibit import Card, ExhibitContext, ExhibitWidget, ThemedLabel, fit_in_height
from kiosk.manifest import Manifest

WIDTH = 400


def _panel_in_a_host(qtbot) -> tuple[QWidget, QWidget, QGridLayout, ThemedLabel]:
    """A host holding a panel whose card holds a task and an extra: the shape of an exhibit's panel."""
    host = QWidget()
    host_layout = QVBoxLayout(host)
    host_layout.setContentsMargins(0, 0, 0, 0)
    panel = QWidget()
    host_layout.addWidget(panel)
    grid = QGridLayout(panel)
    card = Card()
    card_layout = QVBoxLayout(card)
    card_layout.addWidget(ThemedLabel("The challenge, always shown " * 3, size=30))
    extra = ThemedLabel("An extra explanation " * 6, size=30)
    card_layout.addWidget(extra)
    grid.addWidget(card, 0, 0)
    qtbot.addWidget(host)
    return host, panel, grid, extra


def _needed_height(qtbot, extra_shown: bool) -> int:
    host, _, grid, extra = _panel_in_a_host(qtbot)
    extra.setVisible(extra_shown)
    host.resize(WIDTH, 2000)
    host.show()
    grid.activate()
    return grid.totalMinimumHeightForWidth(WIDTH)


def test_an_extra_shown_again_off_screen_is_measured_with_it(qtbot) -> None:
    """The wind farm's panel kept three extras it had no room for: its layouts still held the
    sizes of the last pass, made with the extras hidden, when they were shown again off screen."""
    with_extra, without_extra = _needed_height(qtbot, True), _needed_height(qtbot, False)
    between = (with_extra + without_extra) // 2
    host, panel, grid, extra = _panel_in_a_host(qtbot)
    extra.hide()
    host.resize(WIDTH, between)
    host.show()
    grid.activate()  # the layouts now remember the card without its extra
    host.hide()  # the exhibit opens behind the intro card
    fit_in_height(panel, [extra])
    assert extra.isHidden(), f"{with_extra} px do not fit in {panel.height()}"
    panel.resize(WIDTH, with_extra + 10)
    fit_in_height(panel, [extra])
    assert not extra.isHidden(), "room again: the extra comes back"


class _StageDemo(ExhibitWidget):
    panel_side_share = 0.3
    panel_min_side_px = 100
    panel_below_share = 0.4

    def __init__(self, context: ExhibitContext) -> None:
        super().__init__(context)
        self.scene, self.chart, self.panel = QWidget(), QWidget(), QWidget()
        self.box = self.lay_out_stage((self.scene, 3), (self.chart, 2))


def test_an_exhibit_lays_out_its_stage_and_panel_in_one_call(qtbot, tmp_path) -> None:
    """The stage (the scene's widgets in a column, with their stretch) and the side panel, as the
    baltic water and wind farm exhibits each built them by hand."""
    manifest = Manifest("demo", "1", "physics", (7, 99), False, "icon.svg", "w:W", {}, {}, {}, {}, tmp_path)
    widget = _StageDemo(ExhibitContext(manifest))
    qtbot.addWidget(widget)
    assert widget.layout() is widget.box and widget.stage.isAncestorOf(widget.scene)
    column = widget.stage.layout()
    assert [column.stretch(index) for index in range(column.count())] == [3, 2]
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.panel.width() == 300 and widget.panel.x() >= widget.stage.geometry().right()
    assert widget.scene.height() > widget.chart.height()
    widget.resize(600, 1000)
    assert widget.panel.height() == 400 and widget.panel.y() >= widget.stage.geometry().bottom()
