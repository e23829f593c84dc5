"""Kept pictures for the exhibit kit's widgets: an exhibit repaints its whole window every frame,
and most of the kit's widgets show the same thing frame after frame."""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QWidget

from kiosk.exhibit.theme import current_theme


class KeptPicture:
    """What a widget painted last, kept as a pixmap (at the screen's pixel ratio) together with
    everything it showed. An exhibit repaints its whole window every frame; a kit widget whose
    texts, value, state, size and theme are as before then costs one pixmap copy instead of its
    antialiased shapes and text.

    A paint that shows something new is drawn straight onto the widget, and the picture is kept
    only when the next paint shows the same again: a meter whose reading moves every frame pays
    nothing for a pixmap it could never reuse.
    """

    __slots__ = ("kept", "key", "pixmap")

    def __init__(self) -> None:
        self.key: Hashable = None
        self.kept = False  # whether the pixmap holds the picture of `key`
        self.pixmap = QPixmap()

    def paint(self, widget: QWidget, shows: Hashable, draw: Callable[[QPainter], None]) -> None:
        """Paint the widget: its kept picture if `shows` (what it shows) is unchanged, else
        with `draw` (which paints in widget coordinates on a painter of the widget's size)."""
        width, height = widget.width(), widget.height()
        if width <= 0 or height <= 0:
            return
        ratio = widget.devicePixelRatioF()
        key = (shows, width, height, ratio, current_theme())
        if key != self.key:
            self.key, self.kept = key, False
            painter = QPainter(widget)
            draw(painter)
            painter.end()
            return
        if not self.kept:
            pixels = QSize(math.ceil(width * ratio), math.ceil(height * ratio))
            if self.pixmap.size() != pixels or self.pixmap.devicePixelRatio() != ratio:
                self.pixmap = QPixmap(pixels)
                self.pixmap.setDevicePixelRatio(ratio)
            self.pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(self.pixmap)
            try:
                draw(painter)
            finally:
                painter.end()
            self.kept = True
        QPainter(widget).drawPixmap(0, 0, self.pixmap)

    def forget(self) -> None:
        """Paint afresh next time (for a change the key cannot see)."""
        self.key, self.kept = None, False


def corner_template_span(radius: int) -> int:
    """The side of the rounded square the card corners are cut from (two radii and two pixels)."""
    return 2 * radius + 2


#: Card corner pictures by (radius, pixel ratio, colour): a few per kiosk (one per theme and scale).
_CARD_CORNERS: dict[tuple[int, int, int], QPixmap] = {}


def card_corners(radius: int, ratio: int, rgba: int) -> QPixmap:
    """A small rounded square in the card colour, drawn as Card.draw draws a card: Card
    copies its four corners from it."""
    key = (radius, ratio, rgba)
    corners = _CARD_CORNERS.get(key)
    if corners is None:
        span = corner_template_span(radius)
        corners = QPixmap(span * ratio, span * ratio)
        corners.setDevicePixelRatio(ratio)
        corners.fill(Qt.GlobalColor.transparent)
        painter = QPainter(corners)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, span, span), radius, radius)
        painter.fillPath(path, QColor.fromRgba(rgba))
        painter.end()
        if len(_CARD_CORNERS) > 16:
            _CARD_CORNERS.clear()
        _CARD_CORNERS[key] = corners
    return corners
