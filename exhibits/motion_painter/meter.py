"""A horizontal meter: how much of the canvas is painted, with the goal marked."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.exhibit import current_theme


class CoverageMeter(QWidget):
    """A rounded bar filled to ``value`` (0-1) with a tick at ``target``; texts are set translated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverage-meter")
        self.value = 0.0
        self.target = 0.5
        self.label = ""
        self.value_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(360), theme.text_px(26) + theme.px(64))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(200), self.sizeHint().height())

    def set_value(self, value: float, label: str, value_text: str) -> None:
        self.value = min(1.0, max(0.0, value))
        self.label, self.value_text = label, value_text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_h = theme.text_px(26)
        painter.setFont(theme.font(22, QFont.Weight.DemiBold))
        painter.setPen(theme.color("text"))
        row = QRectF(0, 0, self.width(), text_h)
        painter.drawText(row, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.label)
        painter.setPen(theme.color("accent"))
        painter.drawText(row, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self.value_text)
        bar = QRectF(0, text_h + theme.px(10), self.width(), theme.px(40))
        radius = bar.height() / 2
        painter.setPen(QPen(theme.color("outline"), theme.px(2)) if theme.high_contrast else Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("surface_raised"))
        painter.drawRoundedRect(bar, radius, radius)
        if self.value > 0:
            filled = QRectF(bar.left(), bar.top(), max(bar.height(), bar.width() * self.value), bar.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.color("good" if self.value >= self.target else "accent"))
            painter.drawRoundedRect(filled, radius, radius)
        x = bar.left() + bar.width() * self.target
        painter.setPen(QPen(theme.color("text"), theme.px(4), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(x, bar.top() - theme.px(6)), QPointF(x, bar.bottom() + theme.px(6)))
