"""Texts a widget paints itself (the attract loop, the closed card): a font that fits the box, and
what the screen audit is told when one does not (it cannot see inside a paintEvent)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

#: (text, pixel size, weight, box width, box height, flags) -> the pixel size that fits.
FitCache = dict[tuple[str, int, int, int, int, int], int]
#: The share of the screen's width a centred line may take (a margin on both sides).
LINE_WIDTH_SHARE = 0.94
CENTRED = int(Qt.AlignmentFlag.AlignCenter)


class PaintedText(NamedTuple):
    """One text as a widget paints it: where, aligned how, in which font and colour. (A named
    tuple: a frozen dataclass's class costs the kiosk's first frame five times as much.)"""

    text: str
    box: QRectF
    flags: int
    font: QFont
    pen: QColor

    def draw(self, painter: QPainter) -> None:
        painter.setPen(self.pen)
        painter.setFont(self.font)
        painter.drawText(self.box, self.flags, self.text)


def font_fitting_box(font: QFont, text: str, box: QRectF, flags: int, cache: FitCache) -> QFont:
    """``font``, made smaller until ``text`` fits ``box`` in width and height, as drawn with
    ``flags`` (word wrap included), where the kit's ``fitted_font`` fits one line to a width.
    Remembered in ``cache``: a pulsing text repeats a few sizes, and measuring each frame would
    cost more than drawing."""
    key = (text, font.pixelSize(), int(font.weight()), round(box.width()), round(box.height()), flags)
    size = cache.get(key)
    if size is None:
        size = font.pixelSize()
        bounds = box.toRect()
        while size > 1:
            font.setPixelSize(size)
            needed = QFontMetrics(font).boundingRect(bounds, flags, text)
            if needed.width() <= bounds.width() and needed.height() <= bounds.height():
                break
            size -= max(1, size // 20)
        cache[key] = size
    font.setPixelSize(size)
    return font


def centred_line(text: str, box: QRectF, font: QFont, pen: QColor, cache: FitCache) -> PaintedText:
    """One line centred in ``box``, in ``font`` or smaller: within LINE_WIDTH_SHARE of its width."""
    room = QRectF(0, 0, box.width() * LINE_WIDTH_SHARE, box.height())
    return PaintedText(text, box, CENTRED, font_fitting_box(font, text, room, CENTRED, cache), pen)


def text_problems(texts: Iterable[PaintedText], width: int) -> list[str]:
    """For the screen audit: each text wider than ``width`` (the widget's) or taller than its box."""
    problems = []
    for painted in texts:
        needed = QFontMetrics(painted.font).boundingRect(painted.box.toRect(), painted.flags, painted.text)
        if needed.width() > width or needed.height() > painted.box.height() + 1:
            problems.append(f"{painted.text!r} needs {needed.width()}x{needed.height()} px, "
                            f"has {width}x{int(painted.box.height())}")
    return problems
