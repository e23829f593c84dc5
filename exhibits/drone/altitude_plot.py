"""Altitude against time: the flight now, the two flights before it, the target and its band.

A painted plot (the exhibit API's PaintedPlot): its axes and legend are drawn once into pixmaps and
only the flights each frame, and the drone opens without importing pyqtgraph (its plot cost about
40 ms to build on every open and 2 ms to draw every frame).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from exhibits.drone.model import CEILING_M, TEST_FLIGHT_S
from kiosk.exhibit import Card, PaintedPlot, PlotLook, PlotSeries, current_theme

#: How many earlier flights stay on the plot for comparison.
KEPT_FLIGHTS = 2
#: Below the ground and above the ceiling: room for the lowest line and the top tick's number.
Y_RANGE_M = (-0.2, CEILING_M + 0.4)


class AltitudePlot(Card):
    """The current flight as a thick line, earlier ones dashed; curves differ by style, not colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = PaintedPlot()
        self.plot.show_legend = True
        self.plot.legend_column = True  # one flight a row: the labels are long
        self.plot.set_y_range(*Y_RANGE_M)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.plot)
        # The band is a fill between its two heights across the window shown.
        self.band = self.plot.add_series(PlotSeries(fill_level=4.8, xs=[0.0, TEST_FLIGHT_S], ys=[5.2, 5.2]))
        # The target as a line under the flights (a reference line would be drawn over them).
        self.target_line = self.plot.add_series(PlotSeries(xs=[0.0, TEST_FLIGHT_S], ys=[5.0, 5.0]))
        self.earlier = [self.plot.add_series(PlotSeries()) for _ in range(KEPT_FLIGHTS)]
        self.current = self.plot.add_series(PlotSeries())
        self.plot.legend_order = [self.current, *self.earlier]  # the flight now at the top
        self._labels = ["", "", ""]
        self._x_right_s = TEST_FLIGHT_S
        self.plot.set_x_range(0, TEST_FLIGHT_S)
        self.x_title, self.y_title = "", ""
        self._theme_shown: object = None  # the theme the plot was last styled for
        self.apply_theme()

    def set_texts(self, x_title: str, y_title: str) -> None:
        self.x_title, self.y_title = x_title, y_title
        self.plot.set_titles(x_title, y_title)

    def set_target(self, target_m: float, tolerance_m: float) -> None:
        self.target_line.ys = [target_m] * 2
        self.band.fill_level = target_m - tolerance_m
        self.band.ys = [target_m + tolerance_m] * 2
        self.plot.update()

    def show_flights(self, current: tuple[list[float], list[float], str],
                     earlier: list[tuple[list[float], list[float], str]]) -> None:
        """The flights as (times, altitudes, legend label); earlier ones newest first."""
        times, altitudes, label = current
        self.current.set_data(times, altitudes)
        for curve, flight in zip(self.earlier, earlier + [([], [], "")] * KEPT_FLIGHTS, strict=False):
            curve.set_data(flight[0], flight[1])
        labels = [label] + [flight[2] for flight in earlier[:KEPT_FLIGHTS]]
        labels += [""] * (KEPT_FLIGHTS + 1 - len(labels))
        if labels != self._labels:
            self._labels = labels
            for curve, name in zip([self.current, *self.earlier], labels, strict=True):
                curve.name = name
        right = max(TEST_FLIGHT_S, times[-1] if times else 0.0)
        if right > self._x_right_s + 0.5 or right < self._x_right_s:  # a scrolling window, in half-second hops
            self._x_right_s = right
            self.plot.set_x_range(right - TEST_FLIGHT_S, right)
            self.band.xs = self.target_line.xs = [right - TEST_FLIGHT_S, right]
        self.plot.update()

    def legend_labels(self) -> list[str]:
        return self.plot.legend_labels()

    def apply_theme(self) -> None:
        theme = current_theme()
        if theme == self._theme_shown:  # several style changes arrive while an exhibit opens
            super().apply_theme()
            return
        self._theme_shown = theme
        margin = theme.px(12)
        self._layout.setContentsMargins(margin, margin, margin + theme.px(8), margin)
        self.current.pen = QPen(theme.series(0), theme.px(5))
        styles = (Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)
        for index, curve in enumerate(self.earlier):
            curve.pen = QPen(theme.series(index + 1), theme.px(3), styles[index % 2])
        self.target_line.pen = QPen(theme.color("accent"), theme.px(3), Qt.PenStyle.DashLine)
        band = theme.color("accent")
        band.setAlpha(50)
        self.band.fill = QBrush(band)
        raised = theme.color("surface_raised")
        raised.setAlpha(220)
        self.plot.set_look(PlotLook.in_theme(
            theme, 70, 66, legend_brush=QBrush(raised), legend_pen=QPen(theme.color("outline"), 1),
            legend_offset=(-theme.px(12), theme.px(8))))
        super().apply_theme()

