"""The two live charts: sprat and cod over time, and the phase plot (cod against sprat).

Both are pyqtgraph plots styled from the kiosk theme: thick colour-blind-safe pens (cod also
dashed, so the two series differ by more than colour), large tick fonts, translated axis labels
and legends. Pan, zoom, menus and legend clicks are switched off: on a kiosk a stray finger must
never hide a curve. The phase plot reports taps in data coordinates (kilotonnes).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QWidget

from kiosk.exhibit import Theme, current_theme, make_still

TAP_SLOP_DESIGN_PX = 24  # a press and release closer than this is a tap, not a swipe


def nice_ceiling(value: float) -> float:
    """The next 'round' axis end at or above value (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times 10^n)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if value <= step * power:
            return step * power
    return 10 * power


class KioskPlot(pg.PlotWidget):
    """A themed, touch-safe pyqtgraph plot; emits tapped(QPointF) in data coordinates."""

    tapped = Signal(QPointF)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, enableMenu=False)  # no menus built: a plot costs a third less to make
        make_still(self)
        self.setAntialiasing(True)
        self.viewport().installEventFilter(self)
        self._press: QPointF | None = None
        self._y_end = 1.0
        self._x_end = 1.0
        self.legend = self.getPlotItem().addLegend(offset=(-10, 10), colCount=3)

    # -- touch ----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._press = event.position()
            return True
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            press, self._press = self._press, None
            if press is not None:
                moved = (event.position() - press).manhattanLength()
                if moved <= current_theme().px(TAP_SLOP_DESIGN_PX):
                    self.tapped.emit(self.data_at(event.position()))
            return True
        if kind in (QEvent.Type.MouseMove, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel,
                    QEvent.Type.ContextMenu):
            return True  # no panning, zooming, menus or legend toggles on a kiosk
        return super().eventFilter(watched, event)

    def data_at(self, viewport_pos: QPointF) -> QPointF:
        """Viewport pixel position -> data coordinates."""
        return self.getPlotItem().vb.mapSceneToView(self.mapToScene(viewport_pos.toPoint()))

    def viewport_pos_of(self, x: float, y: float) -> QPointF:
        """Data coordinates -> viewport pixel position (tests tap here)."""
        scene = self.getPlotItem().vb.mapViewToScene(QPointF(x, y))
        return QPointF(self.mapFromScene(scene))

    # -- look -----------------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        """Colours, fonts and axis sizes from the kiosk theme."""
        self.setBackground(theme.color("surface"))
        item = self.getPlotItem()
        tick_font = theme.font(20)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(theme.color("text_muted"), width=max(1, theme.px(2))))
            axis.setTextPen(pg.mkPen(theme.color("text")))
            # Major ticks only: the grid follows the ticks, and the minor grid lines cost more to
            # draw (alpha-blended over the whole plot) than everything else in the plot.
            axis.setStyle(tickFont=tick_font, tickTextOffset=theme.px(6), tickLength=-theme.px(8), maxTickLevel=0)
        item.getAxis("left").setWidth(theme.px(78) + theme.text_px(30))
        item.getAxis("bottom").setHeight(theme.text_px(22) + theme.text_px(30) + theme.px(14))
        item.showGrid(x=True, y=True, alpha=0.35 if theme.high_contrast else 0.15)
        legend = self.legend
        legend.setBrush(pg.mkBrush(_with_alpha(theme.color("background"), 200)))
        legend.setPen(pg.mkPen(theme.color("outline"), width=max(1, theme.px(2))))
        legend.setLabelTextColor(theme.color("text"))
        legend.setLabelTextSize(f"{theme.text_px(22)}px")
        legend.setOffset((-theme.px(12), theme.px(8)))  # top right, above the headroom

    def set_axis_labels(self, theme: Theme, left: str, bottom: str) -> None:
        style = {"color": theme.colours["text"], "font-size": f"{theme.text_px(22)}px"}
        item = self.getPlotItem()
        item.setLabel("left", left, **style)
        item.setLabel("bottom", bottom, **style)

    def set_legend_text(self, theme: Theme, curve: pg.PlotDataItem, text: str) -> None:
        label = self.legend.getLabel(curve)
        if label is not None:
            label.setText(text, color=theme.colours["text"], size=f"{theme.text_px(22)}px")
            self.legend.updateSize()

    # Room above the highest value, so the legend at the top does not cover the curves.
    headroom = 1.3

    def follow_range(self, x_range: tuple[float, float] | None, y_max: float, x_max: float | None = None) -> None:
        """Set the axes to round numbers; grow at once, shrink only when far too big (no jitter)."""
        y_end = nice_ceiling(y_max * self.headroom)
        if y_end > self._y_end or y_end < self._y_end * 0.45:
            self._y_end = y_end
            self.setYRange(0, y_end, padding=0)
        if x_max is not None:
            x_end = nice_ceiling(x_max * 1.1)
            if x_end > self._x_end or x_end < self._x_end * 0.45:
                self._x_end = x_end
                self.setXRange(0, x_end, padding=0)
        elif x_range is not None:
            self.setXRange(*x_range, padding=0)

    def reset_range(self) -> None:
        self._y_end = self._x_end = 1.0


def _peak(values: np.ndarray, default: float) -> float:
    """The largest finite value (NaN rows mark jumps), or `default` if there is none."""
    finite = values[np.isfinite(values)]
    return float(finite.max()) if len(finite) else default


def _with_alpha(colour: QColor, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


def series_pen(theme: Theme, index: int, dashed: bool = False, width: float = 5) -> pg.QtGui.QPen:
    """A thick pen in the colour-blind-safe series colour; dashed for the second series."""
    pen = pg.mkPen(theme.series(index), width=max(2, theme.px(width)))
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


class TimePlot(KioskPlot):
    """Sprat and cod biomass over the last decades."""

    window_years = 30.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme = current_theme()
        self.prey_curve = self.plot([], [], name="sprat", pen=series_pen(theme, 0), connect="finite")
        self.predator_curve = self.plot([], [], name="cod", pen=series_pen(theme, 1, dashed=True), connect="finite")

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self.prey_curve.setPen(series_pen(theme, 0))
        self.predator_curve.setPen(series_pen(theme, 1, dashed=True))

    def show_history(self, times: np.ndarray, prey: np.ndarray, predator: np.ndarray, now_years: float) -> None:
        self.prey_curve.setData(times, prey)
        self.predator_curve.setData(times, predator)
        start = max(0.0, now_years - self.window_years)
        peak = max(_peak(prey, 1.0), _peak(predator, 1.0))
        self.follow_range((start, start + self.window_years), peak)


class PhasePlot(KioskPlot):
    """Cod against sprat: the cycles become loops around the balance point."""

    trail_years = 25.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme = current_theme()
        self.trail = self.plot([], [], name="path", pen=series_pen(theme, 3, width=4), connect="finite")
        self.now_marker = self.plot([], [], name="now", pen=None, symbol="o")
        self.balance_marker = self.plot([], [], name="balance", pen=None, symbol="x")
        self.tap_marker = self.plot([], [], pen=None, symbol="o")  # hollow ring where the finger was
        self._style_markers(theme)

    def _style_markers(self, theme: Theme) -> None:
        self.now_marker.setSymbolSize(theme.px(30))
        self.now_marker.setSymbolBrush(theme.color("text"))
        self.now_marker.setSymbolPen(pg.mkPen(theme.color("background"), width=theme.px(3)))
        self.balance_marker.setSymbolSize(theme.px(40))
        self.balance_marker.setSymbolBrush(theme.color("accent"))
        self.balance_marker.setSymbolPen(pg.mkPen(theme.color("background"), width=theme.px(2)))
        self.tap_marker.setSymbolSize(theme.px(26))
        self.tap_marker.setSymbolBrush(pg.mkBrush(None))
        self.tap_marker.setSymbolPen(pg.mkPen(theme.color("text_muted"), width=theme.px(3)))

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self.trail.setPen(series_pen(theme, 3, width=4))
        self._style_markers(theme)

    def show_state(self, prey: np.ndarray, predator: np.ndarray, now: tuple[float, float],
                   balance: tuple[float, float] | None, last_tap: tuple[float, float] | None,
                   keep_in_view: tuple[float, float] | None = None) -> None:
        """The trail, the current point, the balance point (None hides it) and the last tap."""
        self.trail.setData(prey, predator)
        self.now_marker.setData([now[0]], [now[1]])
        self.balance_marker.setData(*(([balance[0]], [balance[1]]) if balance else ([], [])))
        self.tap_marker.setData(*(([last_tap[0]], [last_tap[1]]) if last_tap else ([], [])))
        x_peak = max(_peak(prey, now[0]), now[0])
        y_peak = max(_peak(predator, now[1]), now[1])
        if keep_in_view:  # the balance point stays on screen even while hidden: it is the goal
            x_peak, y_peak = max(x_peak, keep_in_view[0] * 1.4), max(y_peak, keep_in_view[1] * 1.4)
        self.follow_range(None, y_peak, x_max=x_peak)
