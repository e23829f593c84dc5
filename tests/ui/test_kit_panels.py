"""Exhibit kit: a side panel that hides its extras to fit, measured right even while off screen."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.exhibit import Card, ThemedLabel, fit_in_height

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
