"""Altitude against time: the flight now, the two flights before it, the target and its band."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from exhibits.drone.model import CEILING_M, TEST_FLIGHT_S
from kiosk.exhibit import Card, current_theme, make_still, style_axes

#: How many earlier flights stay on the plot for comparison.
KEPT_FLIGHTS = 2


class AltitudePlot(Card):
    """The current flight as a thick line, earlier ones dashed; curves differ by style, not colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(enableMenu=False)  # no menus built: a third faster to make
        make_still(self.plot)
        self.plot.getPlotItem().getViewBox().setDefaultPadding(0)
        self.plot.setYRange(-0.2, CEILING_M + 0.4, padding=0)  # room for the top tick's label
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.plot)
        self.band = pg.LinearRegionItem(values=(4.8, 5.2), orientation="horizontal", movable=False)
        self.plot.addItem(self.band)
        self.target_line = pg.InfiniteLine(pos=5.0, angle=0, movable=False)
        self.plot.addItem(self.target_line)
        self.earlier = [self.plot.plot([], []) for _ in range(KEPT_FLIGHTS)]
        self.current = self.plot.plot([], [])
        self.legend = self.plot.addLegend(offset=(-12, 8))
        self._labels = ["", "", ""]
        self._x_right_s = TEST_FLIGHT_S
        self.plot.setXRange(0, TEST_FLIGHT_S, padding=0)
        self.x_title, self.y_title = "", ""
        self.apply_theme()

    def set_texts(self, x_title: str, y_title: str) -> None:
        self.x_title, self.y_title = x_title, y_title
        style_axes(self.plot, x_title, y_title, left_px=70, bottom_px=66)

    def set_target(self, target_m: float, tolerance_m: float) -> None:
        self.target_line.setValue(target_m)
        self.band.setRegion((target_m - tolerance_m, target_m + tolerance_m))

    def show_flights(self, current: tuple[list[float], list[float], str],
                     earlier: list[tuple[list[float], list[float], str]]) -> None:
        """The flights as (times, altitudes, legend label); earlier ones newest first."""
        times, altitudes, label = current
        self.current.setData(times, altitudes)
        for curve, flight in zip(self.earlier, earlier + [([], [], "")] * KEPT_FLIGHTS, strict=False):
            curve.setData(flight[0], flight[1])
        labels = [label] + [flight[2] for flight in earlier[:KEPT_FLIGHTS]]
        labels += [""] * (KEPT_FLIGHTS + 1 - len(labels))
        if labels != self._labels:
            self._labels = labels
            self._rebuild_legend()
        right = max(TEST_FLIGHT_S, times[-1] if times else 0.0)
        if right > self._x_right_s + 0.5 or right < self._x_right_s:  # a scrolling window, in half-second hops
            self._x_right_s = right
            self.plot.setXRange(right - TEST_FLIGHT_S, right, padding=0)

    def _rebuild_legend(self) -> None:
        self.legend.clear()
        for curve, label in zip([self.current, *self.earlier], self._labels, strict=True):
            if label:
                self.legend.addItem(curve, label)

    def apply_theme(self) -> None:
        theme = current_theme()
        margin = theme.px(12)
        self._layout.setContentsMargins(margin, margin, margin + theme.px(8), margin)
        self.plot.setBackground(theme.color("surface"))
        self.current.setPen(pg.mkPen(theme.series(0), width=theme.px(5)))
        styles = (Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)
        for index, curve in enumerate(self.earlier):
            curve.setPen(pg.mkPen(theme.series(index + 1), width=theme.px(3), style=styles[index % 2]))
        self.target_line.setPen(pg.mkPen(theme.color("accent"), width=theme.px(3), style=Qt.PenStyle.DashLine))
        band = theme.color("accent")
        band.setAlpha(50)
        self.band.setBrush(pg.mkBrush(band))
        for line in self.band.lines:
            line.setPen(pg.mkPen(None))
        self.legend.setLabelTextColor(theme.color("text"))
        self.legend.setLabelTextSize(f"{theme.text_px(18)}px")
        raised = theme.color("surface_raised")
        raised.setAlpha(220)
        self.legend.setBrush(pg.mkBrush(raised))
        self.legend.setPen(pg.mkPen(theme.color("outline"), width=1))
        self._rebuild_legend()
        if self.x_title:
            self.set_texts(self.x_title, self.y_title)
        super().apply_theme()
