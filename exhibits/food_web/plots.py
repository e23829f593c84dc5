"""The two live charts: sprat and cod over time, and the phase plot (cod against sprat).

Both are the kiosk's painted plots styled from the kiosk theme: thick colour-blind-safe pens (cod also
dashed, so the two series differ by more than colour), large tick fonts, translated axis titles
and legends. The axes, grid and legend are drawn once into pixmaps; each frame draws only the
curves and markers. Nothing pans, zooms or hides a curve: a stray finger on a kiosk must not. The
phase plot reports taps in data coordinates (kilotonnes).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QWidget

from kiosk.exhibit import PaintedPlot, PlotLook, PlotSeries, Theme, current_theme

#: The time plot's window moves on in whole years: its axes are drawn again once a year of the
#: model (every half second), not on every chart update.
SCROLL_STEP_YEARS = 1.0


def nice_ceiling(value: float) -> float:
    """The next 'round' axis end at or above value (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times 10^n)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if value <= step * power:
            return step * power
    return 10 * power


class KioskPlot(PaintedPlot):
    """A themed, touch-safe plot with a legend; emits tapped(QPointF) in data coordinates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_legend = True
        self._y_end = 1.0
        self._x_end = 1.0
        self.set_y_range(0, self._y_end)

    def data_at(self, viewport_pos: QPointF) -> QPointF:
        """Widget pixel position -> data coordinates."""
        return self.to_data(viewport_pos)

    def viewport_pos_of(self, x: float, y: float) -> QPointF:
        """Data coordinates -> widget pixel position (tests tap here)."""
        return self.to_view(x, y)

    # -- look -----------------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        """Colours, fonts and axis sizes from the kiosk theme."""
        self.set_look(PlotLook(
            background=theme.color("surface"),
            axis_pen=QPen(theme.color("text_muted"), max(1, theme.px(2))),
            tick_colour=theme.color("text"), tick_font=theme.font(20),
            tick_length=-theme.px(8), tick_gap=theme.px(6),
            title_colour=theme.color("text"), title_font=theme.font(22),
            # Major ticks only: the grid follows them.
            grid_alpha=0.35 if theme.high_contrast else 0.15,
            left_px=theme.px(78) + theme.text_px(30),
            bottom_px=theme.text_px(22) + theme.text_px(30) + theme.px(14),
            legend_brush=QBrush(_with_alpha(theme.color("background"), 200)),
            legend_pen=QPen(theme.color("outline"), max(1, theme.px(2))),
            legend_text=theme.color("text"), legend_font=theme.font(22),
            legend_offset=(-theme.px(12), theme.px(8)),  # top right, above the headroom
            scale=theme.scale,
        ))

    def set_axis_labels(self, theme: Theme, left: str, bottom: str) -> None:
        self.set_titles(bottom, left)

    def set_legend_text(self, theme: Theme, curve: PlotSeries, text: str) -> None:
        if curve.name != text:
            curve.name = text
            self.update()

    def legend_text(self, curve: PlotSeries) -> str:
        return curve.name

    # Room above the highest value, so the legend at the top does not cover the curves.
    headroom = 1.3

    def follow_range(self, x_range: tuple[float, float] | None, y_max: float, x_max: float | None = None) -> None:
        """Set the axes to round numbers; grow at once, shrink only when far too big (no jitter)."""
        y_end = nice_ceiling(y_max * self.headroom)
        if y_end > self._y_end or y_end < self._y_end * 0.45:
            self._y_end = y_end
            self.set_y_range(0, y_end)
        if x_max is not None:
            x_end = nice_ceiling(x_max * 1.1)
            if x_end > self._x_end or x_end < self._x_end * 0.45:
                self._x_end = x_end
                self.set_x_range(0, x_end)
        elif x_range is not None:
            self.set_x_range(*x_range)
        self.update()

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


def series_pen(theme: Theme, index: int, dashed: bool = False, width: float = 5) -> QPen:
    """A thick pen in the colour-blind-safe series colour; dashed for the second series."""
    pen = QPen(theme.series(index), max(2, theme.px(width)))
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
        self.prey_curve = self.add_series(PlotSeries("sprat", pen=series_pen(theme, 0)))
        self.predator_curve = self.add_series(PlotSeries("cod", pen=series_pen(theme, 1, dashed=True)))

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self.prey_curve.pen = series_pen(theme, 0)
        self.predator_curve.pen = series_pen(theme, 1, dashed=True)

    def show_history(self, times: np.ndarray, prey: np.ndarray, predator: np.ndarray, now_years: float) -> None:
        self.prey_curve.set_data(times, prey)
        self.predator_curve.set_data(times, predator)
        # The window's start moves on in whole steps (its axes are drawn again only then); the
        # newest year always stays inside, at most a step from the right edge.
        start = max(0.0, math.ceil((now_years - self.window_years) / SCROLL_STEP_YEARS) * SCROLL_STEP_YEARS)
        peak = max(_peak(prey, 1.0), _peak(predator, 1.0))
        self.follow_range((start, start + self.window_years), peak)


class PhasePlot(KioskPlot):
    """Cod against sprat: the cycles become loops around the balance point."""

    trail_years = 25.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme = current_theme()
        self.trail = self.add_series(PlotSeries("path", pen=series_pen(theme, 3, width=4)))
        self.now_marker = self.add_series(PlotSeries("now", symbol="o"))
        self.balance_marker = self.add_series(PlotSeries("balance", symbol="x"))
        self.tap_marker = self.add_series(PlotSeries(symbol="o"))  # hollow ring where the finger was
        self._style_markers(theme)

    def _style_markers(self, theme: Theme) -> None:
        self.now_marker.symbol_size = theme.px(30)
        self.now_marker.symbol_brush = QBrush(theme.color("text"))
        self.now_marker.symbol_pen = QPen(theme.color("background"), theme.px(3))
        self.balance_marker.symbol_size = theme.px(40)
        self.balance_marker.symbol_brush = QBrush(theme.color("accent"))
        self.balance_marker.symbol_pen = QPen(theme.color("background"), theme.px(2))
        self.tap_marker.symbol_size = theme.px(26)
        self.tap_marker.symbol_brush = None
        self.tap_marker.symbol_pen = QPen(theme.color("text_muted"), theme.px(3))

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self.trail.pen = series_pen(theme, 3, width=4)
        self._style_markers(theme)

    def show_state(self, prey: np.ndarray, predator: np.ndarray, now: tuple[float, float],
                   balance: tuple[float, float] | None, last_tap: tuple[float, float] | None,
                   keep_in_view: tuple[float, float] | None = None) -> None:
        """The trail, the current point, the balance point (None hides it) and the last tap."""
        self.trail.set_data(prey, predator)
        self.now_marker.set_data([now[0]], [now[1]])
        self.balance_marker.set_data(*(([balance[0]], [balance[1]]) if balance else ([], [])))
        self.tap_marker.set_data(*(([last_tap[0]], [last_tap[1]]) if last_tap else ([], [])))
        x_peak = max(_peak(prey, now[0]), now[0])
        y_peak = max(_peak(predator, now[1]), now[1])
        if keep_in_view:  # the balance point stays on screen even while hidden: it is the goal
            x_peak, y_peak = max(x_peak, keep_in_view[0] * 1.4), max(y_peak, keep_in_view[1] * 1.4)
        self.follow_range(None, y_peak, x_max=x_peak)
