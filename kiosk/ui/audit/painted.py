"""Texts that widgets paint themselves (QPainter.drawText in a paintEvent), checked as they are drawn.

The other checks read texts from the widget tree (labels, buttons, tiles); a widget that paints its
own (a gauge's value, a plot's axis, a card's caption) was seen only when it reported its texts
(``audit_text_problems``). While the audit grabs a screen, every ``drawText`` call is noted with the
widget being painted, where the text lands and how much room it needs, so that any painted text that
runs out of its box or out of its widget is found, whatever widget drew it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import QApplication, QWidget

#: Pixels a text may pass its box or its widget (anti-aliased edges, a font's side bearings).
TOLERANCE_PX = 2.0


@dataclass(frozen=True)
class DrawnText:
    """One text as it was drawn, in the coordinates of what it was drawn on: the widget being
    painted, or a picture it makes (and then draws)."""

    widget: QWidget
    text: str
    needed: QRectF
    box: QRectF | None  # the rectangle it was given, if it was drawn in one that clips it
    surface: QRectF  # the widget's or the picture's whole area
    on_picture: bool


class PaintedTextRecorder(QObject):
    """``with PaintedTextRecorder() as recorder: window.grab()``: ``recorder.texts`` then holds every
    text the window's widgets drew. The widget drawing is the last one a paint event went to
    (widgets paint one after the other, each in its own paintEvent)."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[DrawnText] = []
        self._painting: QWidget | None = None
        self._draw_text: Any = None

    def __enter__(self) -> PaintedTextRecorder:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self._draw_text = QPainter.drawText
        recorder, draw = self, self._draw_text

        def draw_text(painter: QPainter, *args: Any) -> Any:
            drawn = draw(painter, *args)
            recorder._note(painter, args, drawn)
            return drawn

        QPainter.drawText = draw_text  # type: ignore[method-assign, assignment]
        return self

    def __exit__(self, *_exc: object) -> None:
        QPainter.drawText = self._draw_text  # type: ignore[method-assign]
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._painting = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self._painting = watched
        return False

    def _note(self, painter: QPainter, args: tuple[Any, ...], drawn: Any) -> None:
        widget = self._painting
        if widget is None or painter.opacity() == 0:
            return
        text = next((arg for arg in args if isinstance(arg, str)), "")
        if not text.strip():
            return
        box: QRectF | None = None
        first = args[0]
        if isinstance(drawn, (QRect, QRectF)):  # drawText(rect, flags, text): Qt says what the text needs
            needed = QRectF(drawn)
            given = isinstance(first, (QRect, QRectF))
            rect, flags = (QRectF(first), args[1]) if given else (QRectF(*args[:4]), args[4])
            if not int(flags) & int(Qt.TextFlag.TextDontClip):
                box = rect
        elif isinstance(first, (QRect, QRectF)):  # drawText(rect, text, option): measured here
            box = QRectF(first)
            needed = QFontMetricsF(painter.font()).boundingRect(box, int(Qt.TextFlag.TextWordWrap), text)
        else:  # drawText(point, text) or drawText(x, y, text): the text sits on the point's baseline
            at = first if isinstance(first, (QPoint, QPointF)) else QPointF(first, args[1])
            needed = QFontMetricsF(painter.font()).boundingRect(text).translated(QPointF(at))
        device = painter.device()
        if device is None:
            return
        transform = painter.transform()  # the painter's own, over the device (a widget's, or a picture's)
        self.texts.append(DrawnText(widget, text, transform.mapRect(needed),
                                      transform.mapRect(box) if box is not None else None,
                                      QRectF(0, 0, device.width(), device.height()), device is not widget))


def check_painted_texts(texts: list[DrawnText]) -> Iterator[tuple[QWidget, str]]:
    """(widget, what is wrong) for each painted text wider or taller than its box, or reaching out
    of the widget that drew it (where it is cut off)."""
    for painted in texts:
        widget = painted.widget
        if not widget.isVisible():
            continue
        needed, area = painted.needed, painted.surface
        if painted.box is not None and (needed.width() > painted.box.width() + TOLERANCE_PX
                                        or needed.height() > painted.box.height() + TOLERANCE_PX):
            yield widget, (f"painted text {painted.text!r} needs {needed.width():.0f}x{needed.height():.0f} px, "
                           f"its box is {painted.box.width():.0f}x{painted.box.height():.0f}")
        elif not area.adjusted(-TOLERANCE_PX, -TOLERANCE_PX, TOLERANCE_PX, TOLERANCE_PX).contains(needed):
            where = "the picture it is drawn in" if painted.on_picture else "its widget"
            yield widget, f"painted text {painted.text!r} runs out of {where} ({_edges(needed, area)})"


def _edges(needed: QRectF, area: QRectF) -> str:
    sides = [side for side, out in (("left", area.left() - needed.left()), ("right", needed.right() - area.right()),
                                    ("top", area.top() - needed.top()), ("bottom", needed.bottom() - area.bottom()))
             if out > TOLERANCE_PX]
    return ", ".join(sides) + " edge"
