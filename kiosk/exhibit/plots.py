"""Plots that suit a touch screen: pyqtgraph made still and themed.

Loads pyqtgraph (and numpy), so exhibits reach it through ``kiosk.exhibit`` on first use, never
at start-up.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetrics

from kiosk.exhibit.theme import current_theme


def make_still(plot: pg.PlotWidget) -> None:
    """No panning, zooming, context menu or "A" button: a visitor's finger only ever taps.

    Make the plot with ``pg.PlotWidget(enableMenu=False)`` as well: then its menus are never
    built (about a third of the 25-40 ms a plot takes to make, on the way to an exhibit's first
    frame)."""
    item = plot.getPlotItem()
    item.setMouseEnabled(False, False)
    item.setMenuEnabled(False)
    item.hideButtons()


def plain_numbers(axis: pg.AxisItem) -> None:
    """Tick labels show the data's own numbers, never a hidden SI prefix or factor.

    pyqtgraph's enableAutoSIPrefix(False) still computes a prefix from the range the axis has at
    that moment and keeps it: an axis styled while it spans 0-0.5 J then labels 2.4 J as 2400.
    """
    axis.enableAutoSIPrefix(False)
    axis.autoSIPrefixScale = 1.0
    axis.labelUnitPrefix = ""
    axis.picture = None  # redraw the tick labels with the plain scale
    axis.update()


def value_scale_shown(axis: pg.AxisItem) -> float:
    """The factor between the data and the numbers an axis's tick labels show (1.0 when true)."""
    return float(axis.autoSIPrefixScale * axis.scale)


def style_axes(plot: pg.PlotWidget, x_title: str, y_title: str, *, left_px: float, bottom_px: float) -> None:
    """Axis lines, tick labels and titles in the theme's muted text colour and sizes.

    Exhibits call this on every language and style change (a dozen times while one opens); each
    axis title is HTML that pyqtgraph lays out again at every setting (about 0.4 ms a time), so
    nothing is redone while the words, sizes and look stay the same."""
    theme = current_theme()
    styled_for = (x_title, y_title, left_px, bottom_px, theme)
    if getattr(plot, "_styled_for", None) == styled_for:
        return
    plot._styled_for = styled_for  # type: ignore[attr-defined]
    font = theme.font(16, QFont.Weight.Normal)
    pen = pg.mkPen(theme.color("text_muted"), width=max(1, theme.px(2)))
    style = {"color": theme.colours["text_muted"], "font-size": f"{theme.text_px(18)}px"}
    for name, title in (("bottom", x_title), ("left", y_title)):
        axis = plot.getAxis(name)
        axis.setPen(pen)
        axis.setTextPen(pen)
        axis.setTickFont(font)
        axis.setLabel(title, **style)
        plain_numbers(axis)
    plot.getAxis("left").setWidth(theme.px(left_px))
    plot.getAxis("bottom").setHeight(theme.px(bottom_px))
    # The top tick label is centred on the axis's upper end: without room above the axis for
    # its upper half, the plot's edge cuts it in half ("0.5" read as "0.").
    layout = plot.getPlotItem().layout
    left, _top, right, bottom = layout.getContentsMargins()
    layout.setContentsMargins(left, QFontMetrics(font).height() / 2 + 1, right, bottom)
