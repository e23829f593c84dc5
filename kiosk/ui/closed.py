"""The "closed" card shown outside opening hours: dimmed, calm, in all three languages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from kiosk.exhibit.theme import current_theme
from kiosk.ui.painted_text import FitCache, PaintedText, centred_line

# PySide6's stubs type QT_TRANSLATE_NOOP as object; it returns the text it marks.
CLOSED: str = QT_TRANSLATE_NOOP("ClosedScreen", "We are closed now")  # type: ignore[assignment]
HOURS: str = QT_TRANSLATE_NOOP("ClosedScreen", "Opening hours: %1")  # type: ignore[assignment]
SEE_YOU: str = QT_TRANSLATE_NOOP("ClosedScreen", "See you soon at VIZIUM!")  # type: ignore[assignment]


class ClosedScreen(QWidget):
    """Nearly black (the screen 'dims'), with the opening hours in every language."""

    def __init__(
        self,
        languages: tuple[str, ...],
        open_hours: str,
        translate_in: Callable[[str, str, str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closed")
        self.languages, self.open_hours, self.translate_in = languages, open_hours, translate_in
        self._fitted_sizes: FitCache = {}

    def _text_layout(self) -> list[PaintedText]:
        """Each language's two lines, each in its font or smaller to fit the screen."""
        theme = current_theme()
        w, h = self.width(), self.height()
        band = h / (len(self.languages) + 1)
        texts = []
        for index, language in enumerate(self.languages):
            top = band * (index + 0.5)
            line = (
                self.translate_in(language, "ClosedScreen", HOURS).replace("%1", self.open_hours)
                if self.open_hours
                else self.translate_in(language, "ClosedScreen", SEE_YOU)
            )
            texts += [
                centred_line(self.translate_in(language, "ClosedScreen", CLOSED), QRectF(0, top, w, band * 0.5),
                             theme.font(56, QFont.Weight.Bold), QColor(255, 200, 61, 150), self._fitted_sizes),
                centred_line(line, QRectF(0, top + band * 0.5, w, band * 0.35), theme.font(30),
                             QColor(255, 255, 255, 120), self._fitted_sizes),
            ]
        return texts

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#020408"))
        for text in self._text_layout():
            text.draw(painter)
