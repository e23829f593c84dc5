"""Helpers the exhibit widget tests share: frames without a real clock, and the layout checks.

Imported by name (``from exhibit_checks import ...``), as tests/stats imports stats_helpers.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget


def run_frames(widget, seconds: float) -> None:
    """Advance the exhibit ``seconds`` of 60 Hz frames, as the host's frame timer would."""
    for _ in range(round(seconds * 60)):
        widget.advance(1 / 60)


def rect_in(child: QWidget, host: QWidget) -> QRect:
    """``child``'s rectangle in ``host``'s coordinates."""
    return QRect(child.mapTo(host, QPoint(0, 0)), QSize(child.width(), child.height()))


def visible_leaves(root: QWidget) -> list[QWidget]:
    """The visible widgets below ``root`` that hold no widgets of their own (what a visitor reads)."""
    return [child for child in root.findChildren(QWidget)
            if child.isVisibleTo(root) and not child.findChildren(QWidget) and child.width() > 0]


def assert_side_panel_fits(widget: QWidget, size: tuple[int, int]) -> None:
    """The exhibit fills ``size``; its ``panel`` and ``stage`` are on screen and apart; every visible
    leaf of the panel is on screen, at least as tall as it needs, and overlaps no other."""
    image = widget.grab()
    assert (image.width(), image.height()) == size
    screen = QRect(0, 0, *size)
    panel = widget.panel.geometry()
    assert screen.contains(panel) and screen.contains(widget.stage.geometry())
    assert not panel.intersects(widget.stage.geometry())
    leaves = visible_leaves(widget.panel)
    rects = [rect_in(leaf, widget) for leaf in leaves]
    for index, rect in enumerate(rects):
        leaf = leaves[index]
        name = leaf.objectName() or type(leaf).__name__
        assert screen.contains(rect), name
        want = leaf.heightForWidth(leaf.width()) if leaf.hasHeightForWidth() else leaf.minimumSizeHint().height()
        assert leaf.height() >= want - 1, (name, leaf.height(), want)
        for other in rects[index + 1:]:
            assert not rect.intersects(other)
