"""The live radio spectrum (pyqtgraph): averaged power against frequency."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from exhibits.radio_telescope.model import HYDROGEN_LINE_MHZ
from kiosk.exhibit import Card, ThemedLabel, current_theme, make_still, style_axes


class SpectrumPlot(Card):
    """Spectrum curve, the empty-sky level (dashed) and the 1420 MHz hydrogen marker (dotted)."""

    def __init__(self, frequencies_mhz: np.ndarray, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frequencies_mhz = frequencies_mhz
        self.title = ThemedLabel(size=22, bold=True)
        self.caption = ThemedLabel(size=19, muted=True)
        self.caption.setObjectName("spectrum-caption")
        self.plot = pg.PlotWidget(enableMenu=False)  # no menus built: a third faster to make
        self.plot.setObjectName("spectrum")
        make_still(self.plot)
        self.plot.getPlotItem().getViewBox().setDefaultPadding(0)
        self.plot.setXRange(float(frequencies_mhz[0]), float(frequencies_mhz[-1]), padding=0)
        self._y_top = 4.0
        self.plot.setYRange(0, self._y_top * 1.05, padding=0)
        self.curve = self.plot.plot([], [])
        self.empty_sky = pg.InfiniteLine(pos=1.0, angle=0, movable=False)
        self.empty_sky_label = pg.InfLineLabel(self.empty_sky, "", position=0.08, anchors=[(0, 1), (0, 1)])
        self.hydrogen = pg.InfiniteLine(pos=HYDROGEN_LINE_MHZ, angle=90, movable=False)
        self.hydrogen_label = pg.InfLineLabel(self.hydrogen, "", position=0.93, anchors=[(0, 0), (0, 0)])
        self.plot.addItem(self.empty_sky)
        self.plot.addItem(self.hydrogen)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.plot, 1)
        self._layout.addWidget(self.caption)
        self.apply_theme()

    def set_texts(self, title: str, x_title: str, y_title: str, empty_sky: str, hydrogen: str) -> None:
        """All visible texts, already translated by the owner."""
        self.title.setText(title)
        self.empty_sky_label.setFormat(empty_sky)
        self.hydrogen_label.setFormat(hydrogen)
        self._titles = (x_title, y_title)
        self._style_axes()

    def apply_theme(self) -> None:
        theme = current_theme()
        margin = theme.px(16)
        self._layout.setContentsMargins(margin + theme.px(4), margin, margin + theme.px(8), margin)
        self._layout.setSpacing(theme.px(4))
        self.plot.setBackground(theme.color("surface"))
        self.plot.setMinimumHeight(theme.px(150))
        self.curve.setPen(pg.mkPen(theme.series(0), width=theme.px(3)))
        fill = theme.series(0)
        fill.setAlpha(60)
        self.curve.setFillLevel(0)
        self.curve.setBrush(pg.mkBrush(fill))
        self.empty_sky.setPen(pg.mkPen(theme.color("text"), width=theme.px(2), style=Qt.PenStyle.DashLine))
        self.hydrogen.setPen(pg.mkPen(theme.series(2), width=theme.px(3), style=Qt.PenStyle.DotLine))
        for label, colour in ((self.empty_sky_label, theme.color("text")), (self.hydrogen_label, theme.series(2))):
            label.setColor(colour)
            label.setFont(theme.font(18, QFont.Weight.Bold))
        self._style_axes()
        super().apply_theme()

    def _style_axes(self) -> None:
        # No grid: pyqtgraph's translucent grid costs more per frame than the whole curve.
        style_axes(self.plot, *getattr(self, "_titles", ("", "")), left_px=76, bottom_px=64)

    def show_spectrum(self, spectrum: np.ndarray) -> None:
        """Draw the spectrum; the vertical range grows at once and shrinks only after a big drop."""
        self.curve.setData(self.frequencies_mhz, spectrum)
        wanted = max(4.0, float(np.max(spectrum)) * 1.2)
        # Changing the range re-lays out the ticks, so only do it on a real change.
        if wanted > self._y_top or wanted <= self._y_top * 0.5:
            self._y_top = _nice_ceiling(wanted)
            self.plot.setYRange(0, self._y_top * 1.05, padding=0)  # headroom: the top label is not cut


def _nice_ceiling(value: float) -> float:
    """The next of 1, 2, 5 times a power of ten at or above value."""
    power = 10 ** np.floor(np.log10(value))
    for step in (1, 2, 5, 10):
        if step * power >= value:
            return float(step * power)
    return float(10 * power)
