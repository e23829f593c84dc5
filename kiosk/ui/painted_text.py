"""Texts a widget paints itself (the attract loop, the closed card): a font that fits the box, and
what the screen audit is told when one does not (it cannot see inside a paintEvent)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetrics

#: (text, pixel size, weight, box width, box height, flags) -> the pixel size that fits.
FitCache = dict[tuple[str, int, int, int, int, int], int]


def fitted_font(font: QFont, text: str, box: QRectF, flags: int, cache: FitCache) -> QFont:
    """``font``, made smaller until ``text`` fits ``box`` (remembered in ``cache``: a pulsing
    text repeats a few sizes, and measuring each frame would cost more than drawing)."""
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


def overflow(font: QFont, text: str, box: QRectF, flags: int, width: int) -> str:
    """'' when ``text`` fits ``box`` (its width up to ``width``, the widget's), else what it needs."""
    needed = QFontMetrics(font).boundingRect(box.toRect(), flags, text)
    if needed.width() > width or needed.height() > box.height() + 1:
        return f"{text!r} needs {needed.width()}x{needed.height()} px, has {width}x{int(box.height())}"
    return ""
