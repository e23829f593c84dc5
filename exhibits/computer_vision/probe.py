"""The pixel probe: a magnified patch of the picture with each pixel's red, green and blue numbers."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.exhibit import current_theme

#: Cells per side of the probe grid.
CELLS = 4
#: The probe samples the middle of the picture, one cell every this fraction of the picture width.
STEP_FRACTION = 0.012


def sample_patch(display: np.ndarray, cells: int = CELLS) -> np.ndarray:
    """cells x cells RGB values (uint8) around the picture's centre, from a BGR or BGRA array."""
    height, width = display.shape[:2]
    # Positions in fractions of the picture, so a small (pixelated) picture shows its big pixels repeated.
    offsets = (np.arange(cells) - (cells - 1) / 2) * width * STEP_FRACTION
    rows = np.clip(np.round(height / 2 + offsets).astype(int), 0, height - 1)
    columns = np.clip(np.round(width / 2 + offsets).astype(int), 0, width - 1)
    patch = display[np.ix_(rows, columns)]
    if patch.ndim == 2:
        return np.repeat(patch[..., None], 3, axis=2)
    return patch[..., 2::-1][..., :3].copy()  # BGR(A) -> RGB


class PixelProbe(QWidget):
    """Shows the numbers a computer really receives for a few pixels in the middle of the picture."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pixel-probe")
        self.patch: np.ndarray | None = None
        self.caption = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(360), theme.px(300))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(200), current_theme().px(160))

    def set_patch(self, patch: np.ndarray) -> None:
        self.patch = patch
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(theme.font(21, QFont.Weight.DemiBold))
        painter.setPen(theme.color("text_muted"))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        caption_h = painter.fontMetrics().boundingRect(0, 0, self.width(), 10_000, flags, self.caption).height()
        caption_h += theme.px(8)
        painter.drawText(QRectF(0, 0, self.width(), caption_h), flags, self.caption)
        side = min(self.width(), self.height() - caption_h)
        if side < CELLS * 20 or self.patch is None:
            return
        cell = side / CELLS
        left = (self.width() - side) / 2
        top = caption_h
        painter.setFont(theme.font(max(10.0, min(30.0, cell / max(0.1, theme.scale) / 5.0)), QFont.Weight.Bold))
        for row in range(CELLS):
            for column in range(CELLS):
                red, green, blue = (int(v) for v in self.patch[row, column])
                rect = QRectF(left + column * cell, top + row * cell, cell, cell).adjusted(2, 2, -2, -2)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(red, green, blue))
                painter.drawRoundedRect(rect, theme.px(6), theme.px(6))
                light = 0.299 * red + 0.587 * green + 0.114 * blue > 140
                painter.setPen(QColor("#000000") if light else QColor("#FFFFFF"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{red}\n{green}\n{blue}")
        if theme.high_contrast:
            painter.setPen(theme.color("outline"))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(left, top, side, side))
