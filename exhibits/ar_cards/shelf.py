"""The card shelf: every AR card as a chip, lit once the visitor has shown it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.exhibit import OKABE_ITO, MarkerCard, current_theme

KIND_COLOURS = {"planet": OKABE_ITO["sky"], "molecule": OKABE_ITO["purple"], "organ": OKABE_ITO["orange"]}
COLUMNS = 3


class CardShelf(QWidget):
    """A grid of chips, one per card (names set by the exhibit, translated); found ones are filled."""

    def __init__(self, cards: tuple[MarkerCard, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card-shelf")
        self.cards = cards
        self.names: dict[int, str] = {}
        self.found: set[int] = set()
        self.visible_now: set[int] = set()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _rows(self) -> int:
        return (len(self.cards) + COLUMNS - 1) // COLUMNS

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(420), self._rows() * theme.px(76))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(240), self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = theme.px(8)
        chip_w = (self.width() - gap * (COLUMNS - 1)) / COLUMNS
        chip_h = theme.px(68)
        painter.setFont(theme.font(18, QFont.Weight.DemiBold))
        for index, card in enumerate(self.cards):
            row, column = divmod(index, COLUMNS)
            rect = QRectF(column * (chip_w + gap), row * (chip_h + gap), chip_w, chip_h)
            found = card.marker_id in self.found
            colour = QColor(KIND_COLOURS[card.kind]) if not theme.high_contrast else theme.color("accent")
            if found:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
            else:
                painter.setPen(QPen(colour, theme.px(3), Qt.PenStyle.DashLine))
                painter.setBrush(theme.color("surface_raised"))
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), theme.px(14), theme.px(14))
            if card.marker_id in self.visible_now:
                painter.setPen(QPen(theme.color("text"), theme.px(4)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), theme.px(14), theme.px(14))
            painter.setPen(theme.color("accent_text") if found else theme.color("text"))
            text = ("✓ " if found else "") + self.names.get(card.marker_id, card.key)
            painter.drawText(rect.adjusted(theme.px(6), 0, -theme.px(6), 0),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
