"""The live radio spectrum: averaged power against frequency.

Painted with the kiosk's light plot (no pyqtgraph): the axes and their numbers are drawn once into a
pixmap, each frame draws only the curve, its fill and the two marker lines.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from exhibits.radio_telescope.model import HYDROGEN_LINE_MHZ
from kiosk.exhibit import Card, PaintedPlot, PlotLook, PlotSeries, ReferenceLine, ThemedLabel, current_theme


class SpectrumPlot(Card):
    """Spectrum curve, the empty-sky level (dashed) and the 1420 MHz hydrogen marker (dotted)."""

    def __init__(self, frequencies_mhz: np.ndarray, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frequencies_mhz = frequencies_mhz
        self.title = ThemedLabel(size=22, bold=True)
        self.caption = ThemedLabel(size=19, muted=True)
        self.caption.setObjectName("spectrum-caption")
        self.plot = PaintedPlot()
        self.plot.setObjectName("spectrum")
        self.plot.set_x_range(float(frequencies_mhz[0]), float(frequencies_mhz[-1]))
        self._y_top = 4.0
        self.plot.set_y_range(0, self._y_top * 1.05)
        self.curve = self.plot.add_series(PlotSeries())
        self.empty_sky = self.plot.add_line(ReferenceLine(1.0, vertical=False, along=0.08))
        self.hydrogen = self.plot.add_line(ReferenceLine(HYDROGEN_LINE_MHZ, vertical=True, along=0.93))
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.plot, 1)
        self._layout.addWidget(self.caption)
        self.apply_theme()

    def set_texts(self, title: str, x_title: str, y_title: str, empty_sky: str, hydrogen: str) -> None:
        """All visible texts, already translated by the owner."""
        self.title.setText(title)
        self.empty_sky.label = empty_sky
        self.hydrogen.label = hydrogen
        self.plot.set_titles(x_title, y_title)
        self.plot.update()

    def apply_theme(self) -> None:
        theme = current_theme()
        margin = theme.px(16)
        self._layout.setContentsMargins(margin + theme.px(4), margin, margin + theme.px(8), margin)
        self._layout.setSpacing(theme.px(4))
        self.plot.setMinimumHeight(theme.px(150))
        self.curve.pen = QPen(theme.series(0), theme.px(3))
        fill = theme.series(0)
        fill.setAlpha(60)
        self.curve.fill = QBrush(fill)
        self.empty_sky.pen = QPen(theme.color("text"), theme.px(2), Qt.PenStyle.DashLine)
        self.hydrogen.pen = QPen(theme.series(2), theme.px(3), Qt.PenStyle.DotLine)
        self.empty_sky.label_colour, self.hydrogen.label_colour = theme.color("text"), theme.series(2)
        self.empty_sky.label_font = self.hydrogen.label_font = theme.font(18, QFont.Weight.Bold)
        # The noisy trace runs through the labels: each sits on a patch of the plot's own colour.
        backdrop = theme.color("surface")
        backdrop.setAlpha(225)
        self.empty_sky.label_backdrop = self.hydrogen.label_backdrop = backdrop
        # No grid: it would cost more per frame than the whole curve, and the numbers say enough.
        self.plot.set_look(PlotLook.in_theme(theme, 76, 64))
        super().apply_theme()

    def show_spectrum(self, spectrum: np.ndarray) -> None:
        """Draw the spectrum; the vertical range grows at once and shrinks only after a big drop."""
        self.curve.set_data(self.frequencies_mhz, spectrum)
        wanted = max(4.0, float(np.max(spectrum)) * 1.2)
        # Changing the range draws the axes again, so only do it on a real change.
        if wanted > self._y_top or wanted <= self._y_top * 0.5:
            self._y_top = _nice_ceiling(wanted)
            self.plot.set_y_range(0, self._y_top * 1.05)  # headroom: the top number is not cut
        self.plot.update()


def _nice_ceiling(value: float) -> float:
    """The next of 1, 2, 5 times a power of ten at or above value."""
    power = 10 ** np.floor(np.log10(value))
    for step in (1, 2, 5, 10):
        if step * power >= value:
            return float(step * power)
    return float(10 * power)

