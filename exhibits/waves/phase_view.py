"""What the microphone hears: the wave from A, the wave from B and their sum, over time."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.exhibit import current_theme

# Periods shown across the width.
PERIODS_SHOWN = 2.0
# Points along each trace: 40 a period stray from the true curve by under half a pixel.
SAMPLES = 81


class PhaseDiagram(QWidget):
    """Three traces on one scale: A (solid), B (dashed) and A + B (thick), so a visitor sees
    crest meet crest (double) or crest meet trough (flat). Texts come translated from the owner.

    The labels and zero lines stay while the traces move every frame: they are drawn once into
    a pixmap (``_backdrop``) and only the traces are drawn each frame."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.waves: list[tuple[float, float]] = [(1.0, 0.0), (1.0, 0.0)]
        self.clock_phase = 0.0
        self.labels = ("", "", "")
        self._backdrop: QPixmap | None = None
        self._backdrop_key: tuple | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def _row_height(self) -> int:
        return current_theme().px(62)

    def sizeHint(self) -> QSize:
        return QSize(current_theme().px(420), 3 * self._row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(240), 3 * current_theme().px(44))

    def set_state(self, waves: list[tuple[float, float]], clock_phase: float) -> None:
        """Each wave as (amplitude, phase); clock_phase = 2 pi f t of the animation."""
        self.waves = waves
        self.clock_phase = clock_phase
        self.update()

    def set_texts(self, from_a: str, from_b: str, together: str) -> None:
        self.labels = (from_a, from_b, together)
        self.update()

    def _label_width(self) -> float:
        theme = current_theme()
        metrics = QFontMetrics(theme.font(19, QFont.Weight.DemiBold))
        label_width: float = max(metrics.horizontalAdvance(text) for text in self.labels) + theme.px(14)
        return min(label_width, self.width() * 0.45)

    def _paint_backdrop(self, painter: QPainter, label_width: float) -> None:
        """The row labels and each row's zero line."""
        theme = current_theme()
        painter.setFont(theme.font(19, QFont.Weight.DemiBold))
        row_height = self.height() / 3
        for row, label in enumerate(self.labels):
            middle = row_height * (row + 0.5)
            painter.setPen(QPen(theme.color("outline"), 1))
            painter.drawLine(QPointF(label_width, middle), QPointF(self.width(), middle))
            painter.setPen(theme.color("text") if row == 2 else theme.color("text_muted"))
            painter.drawText(QRectF(0, middle - row_height / 2, label_width - theme.px(8), row_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)

    def _backdrop_pixmap(self, label_width: float) -> QPixmap:
        theme = current_theme()
        ratio = self.devicePixelRatioF()
        key = (self.labels, self.width(), self.height(), ratio, theme.high_contrast, theme.large_text, theme.scale)
        if key != self._backdrop_key or self._backdrop is None:
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_backdrop(painter, label_width)
            painter.end()
            self._backdrop, self._backdrop_key = pixmap, key
        return self._backdrop

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        label_width = self._label_width()
        painter.drawPixmap(0, 0, self._backdrop_pixmap(label_width))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row_height = self.height() / 3
        left = label_width
        width = max(1.0, self.width() - left)
        # Time runs right to left, like a trace scrolling on an oscilloscope.
        x = np.linspace(0.0, 1.0, SAMPLES)
        angle = self.clock_phase - 2 * math.pi * PERIODS_SHOWN * x
        (amp_a, phase_a), (amp_b, phase_b) = self.waves[:2]
        trace_a = amp_a * np.cos(phase_a - angle)
        trace_b = amp_b * np.cos(phase_b - angle)
        traces = (trace_a, trace_b, trace_a + trace_b)
        scale = (row_height / 2 - theme.px(4)) / max(1e-6, amp_a + amp_b)
        pens = (
            QPen(theme.series(0), theme.px(3)),
            QPen(theme.series(1), theme.px(3), Qt.PenStyle.DashLine),
            QPen(theme.color("text"), theme.px(5)),
        )
        screen_x = (left + width * x).tolist()
        for row, (trace, pen) in enumerate(zip(traces, pens, strict=True)):
            middle = row_height * (row + 0.5)
            screen_y = (middle - scale * trace).tolist()
            points = QPolygonF([QPointF(px, py) for px, py in zip(screen_x, screen_y, strict=True)])
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPolyline(points)
