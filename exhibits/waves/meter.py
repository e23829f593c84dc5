"""A horizontal loudness meter: the microphone's reading, 0 (silent) to 2 (double)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.exhibit import current_theme


class LoudnessMeter(QWidget):
    """Bar with a marked target zone (hatched, so it does not rely on colour) and a needle.

    Texts are set already translated by the owner with ``set_texts``.
    """

    MAXIMUM = 2.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = 0.0
        self.target = (0.0, 0.2)
        self.title = ""
        self.value_text = ""
        self.low_text = ""
        self.high_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(400), theme.text_px(24) + theme.px(56) + theme.text_px(20) + theme.px(20))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(240), self.sizeHint().height())

    def set_reading(self, value: float, target: tuple[float, float]) -> None:
        self.value, self.target = value, target
        self.update()

    def set_texts(self, title: str, value_text: str, low_text: str, high_text: str) -> None:
        self.title, self.value_text, self.low_text, self.high_text = title, value_text, low_text, high_text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
        title_height = theme.text_px(24) + theme.px(8)
        painter.setFont(theme.font(22, QFont.Weight.DemiBold))
        painter.setPen(theme.color("text"))
        painter.drawText(QRectF(0, 0, width, title_height), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.title)
        # The value shrinks (not overlaps) when a long title and value share a narrow panel.
        title_width = painter.fontMetrics().horizontalAdvance(self.title) + theme.px(16)
        for size in (26, 23, 20, 18):
            painter.setFont(theme.font(size, QFont.Weight.Bold))
            if painter.fontMetrics().horizontalAdvance(self.value_text) <= width - title_width:
                break
        painter.setPen(theme.color("accent"))
        painter.drawText(QRectF(0, 0, width, title_height), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         self.value_text)
        bar = QRectF(0, title_height, width, theme.px(56))
        radius = bar.height() / 2
        outline = QPainterPath()
        outline.addRoundedRect(bar, radius, radius)
        painter.fillPath(outline, theme.color("surface_raised"))
        painter.save()
        painter.setClipPath(outline)
        # The fill grows with loudness.
        fraction = min(1.0, max(0.0, self.value / self.MAXIMUM))
        fill = QColor(theme.series(0))
        painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * fraction, bar.height()), fill)
        low, high = self.target
        zone = QRectF(bar.left() + bar.width() * low / self.MAXIMUM, bar.top(),
                      bar.width() * (high - low) / self.MAXIMUM, bar.height())
        painter.fillRect(zone, QBrush(theme.color("accent"), Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(theme.color("accent"), theme.px(3)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(zone)
        painter.restore()
        painter.setPen(QPen(theme.color("outline"), theme.px(2)))
        painter.drawPath(outline)
        # Needle: a white bar with a dark edge, visible on any fill.
        x = bar.left() + bar.width() * fraction
        x = min(bar.right() - theme.px(4), max(bar.left() + theme.px(4), x))
        painter.setPen(QPen(QColor("#0B1B34"), theme.px(8)))
        painter.drawLine(QPointF(x, bar.top() - theme.px(4)), QPointF(x, bar.bottom() + theme.px(4)))
        painter.setPen(QPen(QColor("#FFFFFF"), theme.px(4)))
        painter.drawLine(QPointF(x, bar.top() - theme.px(4)), QPointF(x, bar.bottom() + theme.px(4)))
        painter.setFont(theme.font(20))
        painter.setPen(theme.color("text_muted"))
        below = QRectF(0, bar.bottom() + theme.px(6), width, theme.text_px(20) + theme.px(8))
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.low_text)
        painter.drawText(below, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, self.high_text)
