"""Live plot of kinetic, potential and total energy over the last seconds (pyqtgraph)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from exhibits.pendulum.model import EnergyHistory
from kiosk.exhibit import Card, ThemedLabel, ThemedMixin, current_theme, make_still, style_axes

WINDOW_S = 10.0


class LineSample(ThemedMixin, QWidget):
    """A short stretch of a curve's line, drawn with the curve's own pen (colour, width, dashes)."""

    def __init__(self, curve: pg.PlotDataItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curve = curve
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(44), theme.text_px(18))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pg.mkPen(self.curve.opts["pen"]))
        middle = self.height() / 2
        painter.drawLine(QLineF(2, middle, self.width() - 2, middle))


class EnergyLegend(ThemedMixin, QWidget):
    """The curves' names in a row above the plot, each after a stretch of its line: never over
    the curves or the axis numbers, as a legend inside the plot would be."""

    def __init__(self, curves: list[pg.PlotDataItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self.samples = [LineSample(curve) for curve in curves]
        self.labels = [ThemedLabel(size=18) for _ in curves]
        for label in self.labels:
            # One line each: wrapped names would make the plot's card ask for its height first.
            label.setWordWrap(False)
        self._entries = [QHBoxLayout() for _ in curves]
        for entry, sample, label in zip(self._entries, self.samples, self.labels, strict=True):
            entry.addWidget(sample)
            entry.addWidget(label)
            self._row.addLayout(entry)
        self._row.addStretch(1)
        self.apply_theme()

    def set_names(self, names: tuple[str, ...]) -> None:
        for label, name in zip(self.labels, names, strict=True):
            label.setText(name)

    def apply_theme(self) -> None:
        theme = current_theme()
        self._row.setSpacing(theme.px(28))
        for entry in self._entries:
            entry.setSpacing(theme.px(10))
        super().apply_theme()


class EnergyPlot(Card):
    """Three energy curves against time; also distinguishable by line style, not colour alone."""

    #: Room for the energy axis at the left and the time axis below, design pixels.
    AXIS_PX = (80, 70)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(enableMenu=False)  # no menus built: a third faster to make
        make_still(self.plot)
        self.plot.getPlotItem().getViewBox().setDefaultPadding(0)
        self.plot.setXRange(-WINDOW_S, 0, padding=0)
        self.plot.setYRange(0, 0.5, padding=0)
        self.kinetic = self.plot.plot([], [])
        self.potential = self.plot.plot([], [])
        self.total = self.plot.plot([], [])
        self.legend = EnergyLegend([self.kinetic, self.potential, self.total])
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.legend)
        self._layout.addWidget(self.plot, 1)
        # Before the first swing the plot would stand empty: say what will be drawn there.
        self.empty_hint = ThemedLabel("", self.plot, size=24, muted=True)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # Placed again whenever the data area moves or the view's scale changes (both settle
        # after the card's own resize, once the plot has laid out its axes).
        self.plot.getPlotItem().getViewBox().geometryChanged.connect(self._place_hint)
        self.plot.sigDeviceTransformChanged.connect(self._place_hint)
        self._y_top_j = 0.5
        self.apply_theme()
        self.retranslate()

    def retranslate(self) -> None:
        """Legend and axis titles in the current language (the axes are styled again only when
        their words or the look changed: style_axes keeps what it last did)."""
        self.empty_hint.setText(self.tr("Drag the ball and let go: its energy is drawn here as it swings."))
        self.legend.set_names((self.tr("Motion (kinetic)"), self.tr("Height (potential)"), self.tr("Total")))
        self._style_axes()

    def apply_theme(self) -> None:
        theme = current_theme()
        margin = theme.px(14)
        self._layout.setContentsMargins(margin, margin, margin + theme.px(8), margin)
        self._layout.setSpacing(theme.px(6))
        self.plot.setBackground(theme.color("surface"))
        self.kinetic.setPen(pg.mkPen(theme.series(0), width=theme.px(4)))
        self.potential.setPen(pg.mkPen(theme.series(1), width=theme.px(4), style=Qt.PenStyle.DashLine))
        self.total.setPen(pg.mkPen(theme.series(2), width=theme.px(6)))
        self.retranslate()
        super().apply_theme()

    def _style_axes(self) -> None:
        left_px, bottom_px = self.AXIS_PX
        style_axes(self.plot, self.tr("time, s"), self.tr("energy, J"), left_px=left_px, bottom_px=bottom_px)

    def data_area(self) -> QRect:
        """Where the curves are drawn (inside the axes), in the plot widget's coordinates."""
        view_box = self.plot.getPlotItem().getViewBox()
        return self.plot.mapFromScene(view_box.sceneBoundingRect()).boundingRect()

    def _place_hint(self, *_signal_args: object) -> None:
        """The invitation in the middle of the data area, clear of the axes' numbers.

        Takes what its signals send: in the kiosk the exhibit's methods are wrapped (guard.py),
        and a wrapped slot is given every argument of its signal."""
        area = self.data_area()
        margin = area.width() // 8
        self.empty_hint.setGeometry(area.adjusted(margin, 0, -margin, 0))

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
