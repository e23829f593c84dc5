"""The pixel probe: a magnified patch of the picture with each pixel's red, green and blue numbers."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.exhibit import current_theme

#: Cells per side of the probe grid.
CELLS = 3  # few enough that each pixel's three numbers are big enough to read
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


CAPTION_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


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

    def _caption_font(self) -> QFont:
        return current_theme().font(21, QFont.Weight.DemiBold)

    def _caption_height(self) -> int:
        metrics = QFontMetrics(self._caption_font())
        return metrics.boundingRect(0, 0, self.width(), 10_000, CAPTION_FLAGS, self.caption).height() \
            + current_theme().px(8)

    def _grid(self) -> tuple[float, float]:
        """The side of the square of cells and of one cell, in pixels."""
        side = max(0.0, min(self.width(), self.height() - self._caption_height()))
        return side, side / CELLS

    def number_font_px(self) -> int:
        """Three numbers (red, green, blue) stacked in a cell: as large as the cell holds them."""
        _, cell = self._grid()
        return max(8, min(current_theme().text_px(34), int(cell * 0.26)))

    def set_patch(self, patch: np.ndarray) -> None:
        self.patch = patch
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._caption_font())
        painter.setPen(theme.color("text_muted"))
        caption_h = self._caption_height()
        painter.drawText(QRectF(0, 0, self.width(), caption_h), CAPTION_FLAGS, self.caption)
        side, cell = self._grid()
        if side < CELLS * 20 or self.patch is None:
            return
        left = (self.width() - side) / 2
        top = caption_h
        number_font = QFont(theme.font(30, QFont.Weight.Bold))
        number_font.setPixelSize(self.number_font_px())
        painter.setFont(number_font)
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
