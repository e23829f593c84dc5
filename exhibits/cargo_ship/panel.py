"""Side-panel pieces of the cargo ship exhibit: the hint box and the cargo and level gauges."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QFrame, QSizePolicy, QVBoxLayout, QWidget

from kiosk.exhibit import ThemedMixin, current_theme

#: The spirit level shows heel up to this many degrees either way.
LEVEL_RANGE_DEG = 8.0


class HintBox(ThemedMixin, QFrame):
    """A raised rounded box with an accent bar, holding the current advice for the visitor."""

    def __init__(self, label: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(label)
        self.apply_theme()

    def apply_theme(self) -> None:
        theme = current_theme()
        self._layout.setContentsMargins(theme.px(28), theme.px(14), theme.px(16), theme.px(14))
        super().apply_theme()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(theme.color("outline"), theme.px(2)) if theme.high_contrast else Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("surface_raised"))
        painter.drawRoundedRect(rect, theme.px(16), theme.px(16))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("accent"))
        bar = theme.px(8)
        painter.drawRoundedRect(QRectF(rect.left() + theme.px(8), rect.top() + theme.px(10), bar,
                                       rect.height() - theme.px(20)), bar / 2, bar / 2)


class LoadGauges(ThemedMixin, QWidget):
    """Two pictures of the order: a cargo bar with the wanted mass marked, and a spirit level.

    Texts are given already translated (set_texts); values with set_values.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.cargo_t = 0.0
        self.wanted_t = 40.0
        self.full_scale_t = 120.0
        self.heel_deg = 0.0
        self.tolerance_deg = 1.0
        self.afloat = True
        self.cargo_label = self.level_label = ""
        self.cargo_text = ""

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(400), 2 * (round(theme.text_px(22) * 1.4) + theme.px(56)) + theme.px(20))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(240), self.sizeHint().height())

    def set_texts(self, cargo_label: str, level_label: str, cargo_text: str) -> None:
        self.cargo_label, self.level_label, self.cargo_text = cargo_label, level_label, cargo_text
        self.update()

    def set_values(self, cargo_t: float, wanted_t: float, heel_deg: float, tolerance_deg: float,
                   afloat: bool) -> None:
        self.cargo_t, self.wanted_t, self.heel_deg = cargo_t, wanted_t, heel_deg
        self.tolerance_deg, self.afloat = tolerance_deg, afloat
        self.full_scale_t = max(120.0, wanted_t * 1.25, cargo_t)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_h = round(theme.text_px(22) * 1.4)
        track_h = theme.px(44)
        row_h = label_h + theme.px(56)
        painter.setFont(theme.font(22, QFont.Weight.DemiBold))
        # cargo bar
        painter.setPen(theme.color("text_muted"))
        painter.drawText(QRectF(0, 0, self.width(), label_h), Qt.AlignmentFlag.AlignLeft, self.cargo_label)
        painter.setPen(theme.color("text"))
        painter.drawText(QRectF(0, 0, self.width(), label_h), Qt.AlignmentFlag.AlignRight, self.cargo_text)
        track = QRectF(theme.px(4), label_h + theme.px(6), self.width() - theme.px(8), track_h)
        painter.setPen(QPen(theme.color("outline"), theme.px(2)))
        painter.setBrush(theme.color("surface_raised"))
        painter.drawRoundedRect(track, track_h / 2, track_h / 2)
        fraction = min(1.0, self.cargo_t / self.full_scale_t)
        if fraction > 0:
            filled = QRectF(track.left(), track.top(), max(track_h, track.width() * fraction), track_h)
            over = self.cargo_t > self.wanted_t + 1e-6
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.color("warning" if over else "good"))
            painter.drawRoundedRect(filled, track_h / 2, track_h / 2)
            if over:  # hatching says "too much" without relying on colour
                painter.setBrush(QBrush(theme.color("accent_text"), Qt.BrushStyle.BDiagPattern))
                painter.drawRoundedRect(filled, track_h / 2, track_h / 2)
        marker_x = track.left() + track.width() * min(1.0, self.wanted_t / self.full_scale_t)
        painter.setPen(QPen(theme.color("accent"), theme.px(5)))
        painter.drawLine(QPointF(marker_x, track.top() - theme.px(6)),
                         QPointF(marker_x, track.bottom() + theme.px(6)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("accent"))
        size = theme.px(12)
        painter.drawPolygon(QPolygonF([QPointF(marker_x - size, track.bottom() + theme.px(6) + size),
                                       QPointF(marker_x + size, track.bottom() + theme.px(6) + size),
                                       QPointF(marker_x, track.bottom() + theme.px(6))]))
        # spirit level
        top = row_h + theme.px(10)
        painter.setPen(theme.color("text_muted"))
        painter.drawText(QRectF(0, top, self.width(), label_h), Qt.AlignmentFlag.AlignLeft, self.level_label)
        tube = QRectF(theme.px(4), top + label_h + theme.px(6), self.width() - theme.px(8), track_h)
        painter.setPen(QPen(theme.color("outline"), theme.px(2)))
        painter.setBrush(theme.color("surface_raised"))
        painter.drawRoundedRect(tube, track_h / 2, track_h / 2)
        half = tube.width() / 2 - track_h / 2
        zone = half * self.tolerance_deg / LEVEL_RANGE_DEG
        painter.setPen(QPen(theme.color("text"), theme.px(3)))
        for x in (tube.center().x() - zone - track_h * 0.45, tube.center().x() + zone + track_h * 0.45):
            painter.drawLine(QPointF(x, tube.top() + theme.px(4)), QPointF(x, tube.bottom() - theme.px(4)))
        heel = self.heel_deg if self.afloat else LEVEL_RANGE_DEG
        # The bubble floats to the high side: opposite to the heel.
        offset = -max(-1.0, min(1.0, heel / LEVEL_RANGE_DEG)) * half
        level = abs(heel) <= self.tolerance_deg and self.afloat
        painter.setPen(QPen(theme.color("text"), theme.px(2)))
        painter.setBrush(theme.color("good" if level else "warning"))
        bubble = QRectF(tube.center().x() + offset - track_h * 0.42, tube.top() + track_h * 0.12,
                        track_h * 0.84, track_h * 0.76)
        painter.drawEllipse(bubble)
