"""Live plot of kinetic, potential and total energy over the last seconds.

A painted plot (the exhibit API's PaintedPlot): its axes and legend are drawn once into pixmaps and
only the three curves each frame, and the pendulum opens without importing pyqtgraph (its import
and plot cost the pendulum's first open about 100 ms). The legend stands in a band above the data
area, never over the curves or the axis numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from exhibits.pendulum.model import EnergyHistory
from kiosk.exhibit import Card, PaintedPlot, PlotLook, PlotSeries, ThemedLabel, current_theme

WINDOW_S = 10.0


class EnergyPlot(Card):
    """Three energy curves against time; also distinguishable by line style, not colour alone."""

    #: Room for the energy axis at the left and the time axis below, design pixels.
    AXIS_PX = (80, 70)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = PaintedPlot()
        self.plot.show_legend = True
        self.plot.legend_above = True
        self.plot.set_x_range(-WINDOW_S, 0)
        self.plot.set_y_range(0, 0.5)
        self.kinetic = self.plot.add_series(PlotSeries())
        self.potential = self.plot.add_series(PlotSeries())
        self.total = self.plot.add_series(PlotSeries())
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.plot)
        # Before the first swing the plot would stand empty: say what will be drawn there.
        self.empty_hint = ThemedLabel("", self.plot, size=24, muted=True)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # Placed again whenever the plot is resized; a new legend height (words, look) moves the
        # data area too, so retranslate() and apply_theme() place it as well.
        self.plot.installEventFilter(self)
        self._y_top_j = 0.5
        self._theme_shown: object = None  # the theme the plot was last styled for
        self.apply_theme()
        self.retranslate()

    def retranslate(self) -> None:
        """Legend and axis titles in the current language (the plot draws its legend and axes
        again only when their words change)."""
        self.empty_hint.setText(self.tr("Drag the ball and let go: its energy is drawn here as it swings."))
        names = (self.tr("Motion (kinetic)"), self.tr("Height (potential)"), self.tr("Total"))
        for curve, name in zip((self.kinetic, self.potential, self.total), names, strict=True):
            curve.name = name
        self.plot.set_titles(self.tr("time, s"), self.tr("energy, J"))
        self.plot.update()
        self._place_hint()

    def apply_theme(self) -> None:
        theme = current_theme()
        if theme == self._theme_shown:  # several style changes arrive while the exhibit opens
            super().apply_theme()
            return
        self._theme_shown = theme
        margin = theme.px(14)
        self._layout.setContentsMargins(margin, margin, margin + theme.px(8), margin)
        self.kinetic.pen = QPen(theme.series(0), theme.px(4))
        self.potential.pen = QPen(theme.series(1), theme.px(4), Qt.PenStyle.DashLine)
        self.total.pen = QPen(theme.series(2), theme.px(6))
        left_px, bottom_px = self.AXIS_PX
        # No box: the legend stands above the data, on the card like the rest of its words.
        self.plot.set_look(PlotLook.in_theme(theme, left_px, bottom_px))
        self._place_hint()
        super().apply_theme()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.plot and event.type() == QEvent.Type.Resize:
            self._place_hint()
        return False

    def data_area(self) -> QRect:
        """Where the curves are drawn (inside the axes, below the legend), in the plot's coordinates."""
        return self.plot.plot_rect().toAlignedRect()

    def _place_hint(self) -> None:
        """The invitation in the middle of the data area, clear of the axes' numbers and the legend."""
        area = self.data_area()
        margin = area.width() // 8
        self.empty_hint.setGeometry(area.adjusted(margin, 0, -margin, 0))

    def show_history(self, history: EnergyHistory, now_s: float, energy_scale_j: float) -> None:
        """Redraw the curves, time relative to now; the vertical range follows the energy."""
        times, kinetic, potential, total = history.arrays()
        # A pendulum at rest draws a flat line at 0 J: the plot is still "empty" until a swing.
        self.empty_hint.setVisible(not (len(total) and float(total.max()) > 1e-6))
        ago = times - now_s
        self.kinetic.set_data(ago, kinetic)
        self.potential.set_data(ago, potential)
        self.total.set_data(ago, total)
        wanted = max(energy_scale_j, float(total.max()) if len(total) else 0.0) * 1.15
        wanted = max(wanted, 0.5)
        # change the range only on a real change: the axes are drawn again at each one
        if wanted > self._y_top_j or wanted < self._y_top_j * 0.6:
            self._y_top_j = wanted
            self.plot.set_y_range(0, wanted)
        self.plot.update()

    def clear(self) -> None:
        for curve in (self.kinetic, self.potential, self.total):
            curve.set_data([], [])
        self.plot.update()
        self.empty_hint.show()
