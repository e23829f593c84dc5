"""The running average against the number of tries, with the value chance predicts as a line:
the law of large numbers as a picture."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.exhibit import ThemedMixin, current_theme


class MeanPlot(ThemedMixin, QWidget):
    """A small painted chart: tries along, average up; a band shows the goal when there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.points: list[tuple[int, float]] = []
        self.expected = 0.0
        self.half_range = 1.0
        self.band: float | None = None
        self.title = ""
        self.expected_text = ""

    def sizeHint(self) -> QSize:
        return QSize(current_theme().px(480), current_theme().px(200))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(240), current_theme().px(110))

    def set_data(self, points: list[tuple[int, float]], expected: float, half_range: float,
                 band: float | None = None) -> None:
        self.points, self.expected, self.half_range, self.band = points, expected, half_range, band
        self.update()

    def set_texts(self, title: str, expected_text: str) -> None:
        self.title, self.expected_text = title, expected_text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(theme.font(19, QFont.Weight.DemiBold))
        title_h = painter.fontMetrics().height() + theme.px(4)
        painter.setPen(theme.color("text_muted"))
        middle_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(0, 0, self.width(), title_h), middle_left, self.title)
        chart = QRectF(theme.px(4), title_h + theme.px(4), self.width() - theme.px(8),
                       self.height() - title_h - theme.px(8))
        painter.setPen(QPen(theme.color("outline"), theme.px(2)))
        painter.setBrush(theme.color("surface_raised"))
        painter.drawRoundedRect(chart, theme.px(10), theme.px(10))
        low, high = self.expected - self.half_range, self.expected + self.half_range

        def y_at(value: float) -> float:
            value = min(high, max(low, value))
            return chart.bottom() - (value - low) / (high - low) * chart.height()

        if self.band is not None:  # the goal: stay inside this band
            band = QRectF(chart.left(), y_at(self.expected + self.band), chart.width(),
                          y_at(self.expected - self.band) - y_at(self.expected + self.band))
            painter.fillRect(band, QBrush(theme.color("accent"), Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(theme.color("accent"), theme.px(3), Qt.PenStyle.DashLine))
        expected_y = y_at(self.expected)
        painter.drawLine(QPointF(chart.left(), expected_y), QPointF(chart.right(), expected_y))
        painter.setPen(theme.color("accent"))
        painter.drawText(QRectF(chart.left() + theme.px(8), expected_y - title_h - theme.px(2),
                                chart.width() - theme.px(16), title_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, self.expected_text)
        if len(self.points) >= 2:
            last = self.points[-1][0]
            line = QPolygonF([QPointF(chart.left() + chart.width() * tries / last, y_at(mean))
                              for tries, mean in self.points])
            painter.setPen(QPen(theme.series(0), theme.px(4)))
            painter.drawPolyline(line)
