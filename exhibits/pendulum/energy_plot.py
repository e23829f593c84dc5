"""Live plot of kinetic, potential and total energy over the last seconds (pyqtgraph)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from exhibits.pendulum.model import EnergyHistory
from kiosk.exhibit import Card, ThemedLabel, current_theme, make_still, style_axes

WINDOW_S = 10.0


class EnergyPlot(Card):
    """Three energy curves against time; also distinguishable by line style, not colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(enableMenu=False)  # no menus built: a third faster to make
        make_still(self.plot)
        self.plot.getPlotItem().getViewBox().setDefaultPadding(0)
        self.plot.setXRange(-WINDOW_S, 0, padding=0)
        self.plot.setYRange(0, 0.5, padding=0)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.plot)
        self.kinetic = self.plot.plot([], [])
        self.potential = self.plot.plot([], [])
        self.total = self.plot.plot([], [])
        self.legend = self.plot.addLegend(offset=(12, 8))
        # Before the first swing the plot would stand empty: say what will be drawn there.
        self.empty_hint = ThemedLabel("", self.plot, size=24, muted=True)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._made_for: tuple[object, ...] | None = None  # what the legend and axes show now
        self._y_top_j = 0.5
        self.apply_theme()
        self.retranslate()

    def retranslate(self) -> None:
        """Legend and axis titles in the current language.

        Called on every language and style change (about twenty times while the exhibit opens):
        the legend and axes are rebuilt only when their words or the look really changed."""
        self.empty_hint.setText(self.tr("Drag the ball and let go: its energy is drawn here as it swings."))
        names = (self.tr("Motion (kinetic)"), self.tr("Height (potential)"), self.tr("Total"))
        made_for = (names, self.tr("time, s"), self.tr("energy, J"), current_theme())
        if made_for == self._made_for:
            return
        self._made_for = made_for
        self.legend.clear()
        for curve, name in zip((self.kinetic, self.potential, self.total), names, strict=True):
            self.legend.addItem(curve, name)
        self._style_axes()

    def apply_theme(self) -> None:
        theme = current_theme()
        margin = theme.px(14)
        self._layout.setContentsMargins(margin, margin, margin + theme.px(8), margin)
        self.plot.setBackground(theme.color("surface"))
        self.kinetic.setPen(pg.mkPen(theme.series(0), width=theme.px(4)))
        self.potential.setPen(pg.mkPen(theme.series(1), width=theme.px(4), style=Qt.PenStyle.DashLine))
        self.total.setPen(pg.mkPen(theme.series(2), width=theme.px(6)))
        self.legend.setLabelTextColor(theme.color("text"))
        self.legend.setLabelTextSize(f"{theme.text_px(18)}px")
        raised = theme.color("surface_raised")
        raised.setAlpha(220)
        self.legend.setBrush(pg.mkBrush(raised))
        self.legend.setPen(pg.mkPen(theme.color("outline"), width=1))
        self.retranslate()
        super().apply_theme()

    def _style_axes(self) -> None:
        style_axes(self.plot, self.tr("time, s"), self.tr("energy, J"), left_px=80, bottom_px=70)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        area = self.plot.rect()
        margin = area.width() // 6
        self.empty_hint.setGeometry(area.adjusted(margin, area.height() // 4, -margin, -area.height() // 4))

    def show_history(self, history: EnergyHistory, now_s: float, energy_scale_j: float) -> None:
        """Redraw the curves, time relative to now; the vertical range follows the energy."""
        times, kinetic, potential, total = history.arrays()
        # A pendulum at rest draws a flat line at 0 J: the plot is still "empty" until a swing.
        self.empty_hint.setVisible(not (len(total) and float(total.max()) > 1e-6))
        ago = times - now_s
        self.kinetic.setData(ago, kinetic)
        self.potential.setData(ago, potential)
        self.total.setData(ago, total)
        wanted = max(energy_scale_j, float(total.max()) if len(total) else 0.0) * 1.15
        wanted = max(wanted, 0.5)
        # change the range only on a real change: re-laying out ticks every frame would cost time
        if wanted > self._y_top_j or wanted < self._y_top_j * 0.6:
            self._y_top_j = wanted
            self.plot.setYRange(0, wanted, padding=0)

    def clear(self) -> None:
        for curve in (self.kinetic, self.potential, self.total):
            curve.setData([], [])
        self.empty_hint.show()
