"""The password as coloured chips, one per generated piece, wrapping onto as many lines as needed."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from exhibits.password_lab.model import Piece
from kiosk.exhibit import current_theme

#: Chip colour per kind: a series colour (kinds also differ by their text, never by colour alone).
KIND_SERIES = {"word": 0, "lower": 1, "upper": 2, "digit": 3, "symbol": 5, "any": 4}
#: A password longer than this many lines of chips is drawn in a smaller font (down to
#: SMALLEST_FONT of the full size) instead of pushing the rest of the page off the screen.
MOST_LINES = 3
SMALLEST_FONT = 0.5


def kind_colour(kind: str) -> QColor:
    return current_theme().series(KIND_SERIES[kind])


class PieceChips(QWidget):
    """Paints the pieces left to right in a monospaced font; an empty password shows a hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("password-chips")
        self.pieces: list[Piece] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def _font(self, scale: float = 1.0) -> QFont:
        font = current_theme().font(34, QFont.Weight.Bold)
        font.setFamily("DejaVu Sans Mono")
        if scale < 1.0:
            font.setPixelSize(max(1, round(font.pixelSize() * scale)))
        return font

    def set_pieces(self, pieces: list[Piece]) -> None:
        self.pieces = list(pieces)
        self.updateGeometry()
        self.update()

    def _layout_in(self, font: QFont, width: float) -> list[QRectF]:
        theme = current_theme()
        metrics = QFontMetrics(font)
        pad, gap = theme.px(10), theme.px(6)
        line_h = metrics.height() + theme.px(14)
        x = y = 0.0
        rects = []
        for piece in self.pieces:
            w = metrics.horizontalAdvance(piece.text) + 2 * pad
            if x > 0 and x + w > width:
                x, y = 0.0, y + line_h + gap
            rects.append(QRectF(x, y, min(w, width), line_h))
            x += w + gap
        return rects

    def _fitted(self, width: float) -> tuple[QFont, list[QRectF]]:
        """The font and the chips' places: full size while the password takes at most MOST_LINES
        lines, else the largest smaller font that keeps it to that many (or the smallest one)."""
        scale = 1.0
        while True:
            font = self._font(scale)
            rects = self._layout_in(font, width)
            lines = len({rect.top() for rect in rects})
            if lines <= MOST_LINES or scale <= SMALLEST_FONT:
                return font, rects
            scale = max(SMALLEST_FONT, scale - 0.1)

    def _layout(self, width: float) -> list[QRectF]:
        return self._fitted(width)[1]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        theme = current_theme()
        rects = self._layout(width)
        line_h = QFontMetrics(self._font()).height() + theme.px(14)
        return int(rects[-1].bottom()) + 2 if rects else line_h

    def sizeHint(self) -> QSize:
        return QSize(current_theme().px(600), self.heightForWidth(current_theme().px(600)))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(200), self.heightForWidth(max(self.width(), current_theme().px(200))))

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.pieces:
            painter.setFont(theme.font(26))
            painter.setPen(theme.color("text_muted"))
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.empty_text)
            return
        font, rects = self._fitted(self.width())
        painter.setFont(font)
        for piece, rect in zip(self.pieces, rects, strict=True):
            fill = theme.color("surface_raised") if theme.high_contrast else kind_colour(piece.kind)
            painter.setPen(QPen(theme.color("outline"), theme.px(2)) if theme.high_contrast else Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, theme.px(10), theme.px(10))
            painter.setPen(theme.color("text") if theme.high_contrast else QColor("#0B1B34"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, piece.text)
