"""Two small pictures side by side: the computer's memory of the empty room, and what differs now."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.exhibit import current_theme, image_from_array


class MemoryThumbs(QWidget):
    """Shows the background model and the foreground mask, mirrored like the main picture."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memory-thumbs")
        self.mirror = True
        self.captions = ("", "")
        self._images: list[QImage | None] = [None, None]
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(420), theme.px(200))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(240), current_theme().px(120))

    def set_background(self, background: np.ndarray) -> None:
        self._images[0] = image_from_array(np.ascontiguousarray(background))
        self.update()

    def set_foreground(self, mask: np.ndarray) -> None:
        self._images[1] = image_from_array(np.ascontiguousarray(mask))
        self.update()

    def _geometry(self) -> tuple[float, float, float, float]:
        """The gap between the pictures, each picture's width and height, and the captions' height."""
        theme = current_theme()
        gap = theme.px(14)
        caption_h = theme.text_px(20) * 2.5
        width = (self.width() - gap) / 2
        return gap, width, min(width * 9 / 16, self.height() - caption_h), caption_h

    def audit_text_problems(self) -> list[str]:
        """Captions cut under their pictures (the screen audit asks: they are painted, not labels)."""
        _, width, _, caption_h = self._geometry()
        metrics = QFontMetrics(current_theme().font(19, QFont.Weight.DemiBold))
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        problems = []
        for caption in self.captions:
            if not caption:
                continue
            widest = max(metrics.horizontalAdvance(word) for word in caption.split())
            needed = metrics.boundingRect(0, 0, int(width), 10_000, flags, caption).height()
            if widest > width or needed > caption_h:
                problems.append(f"caption needs {widest}x{needed} px, has {width:.0f}x{caption_h:.0f}: {caption}")
        return problems

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap, width, height, caption_h = self._geometry()
        if height <= 10:
            return
        painter.setFont(theme.font(19, QFont.Weight.DemiBold))
        for index, image in enumerate(self._images):
            rect = QRectF(index * (width + gap), 0, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.color("background"))
            painter.drawRoundedRect(rect, theme.px(10), theme.px(10))
            if image is not None:
                painter.save()
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                if self.mirror:
                    painter.translate(rect.center().x() * 2, 0)
                    painter.scale(-1, 1)
                painter.drawImage(rect, image)
                painter.restore()
            painter.setPen(theme.color("text_muted"))
            painter.drawText(QRectF(rect.left(), rect.bottom() + theme.px(6), width, caption_h),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                             self.captions[index])
