"""The card shelf: every AR card as a chip, lit once the visitor has shown it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.exhibit import OKABE_ITO, MarkerCard, current_theme

KIND_COLOURS = {"planet": OKABE_ITO["sky"], "molecule": OKABE_ITO["purple"], "organ": OKABE_ITO["orange"]}
COLUMNS = 3
#: A card's name takes at most two lines in its chip ("Carbon dioxide CO₂").
NAME_LINES = 2


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

    @staticmethod
    def _name_font() -> QFont:
        return current_theme().font(18, QFont.Weight.DemiBold)

    def _chip_height(self) -> int:
        """Two lines of the name with some air: it grows with large text."""
        theme = current_theme()
        return max(theme.px(68), QFontMetrics(self._name_font()).lineSpacing() * NAME_LINES + theme.px(14))

    def _chips(self) -> list[tuple[MarkerCard, QRectF]]:
        """Each card with its chip's rectangle at the current width."""
        gap = current_theme().px(8)
        chip_w = (self.width() - gap * (COLUMNS - 1)) / COLUMNS
        chip_h = self._chip_height()
        chips = []
        for index, card in enumerate(self.cards):
            row, column = divmod(index, COLUMNS)
            chips.append((card, QRectF(column * (chip_w + gap), row * (chip_h + gap), chip_w, chip_h)))
        return chips

    def _text_rect(self, chip: QRectF) -> QRectF:
        inset = current_theme().px(6)
        return chip.adjusted(inset, 0, -inset, 0)

    def _label(self, card: MarkerCard) -> str:
        return ("✓ " if card.marker_id in self.found else "") + self.names.get(card.marker_id, card.key)

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(420), self._rows() * (self._chip_height() + theme.px(8)))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(240), self.sizeHint().height())

    def audit_text_problems(self) -> list[str]:
        """Names the chips cut (the screen audit asks, as the chips are painted, not labels)."""
        metrics = QFontMetrics(self._name_font())
        problems = []
        for card, chip in self._chips():
            text, box = self._label(card), self._text_rect(chip)
            widest = max(metrics.horizontalAdvance(word) for word in text.split())
            needed = metrics.boundingRect(box.toRect(), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                                          text).height()
            if widest > box.width() or needed > box.height():
                problems.append(f"card name needs {widest}x{needed} px, its chip has "
                                f"{box.width():.0f}x{box.height():.0f}: {text}")
        return problems

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._name_font())
        for card, rect in self._chips():
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
            painter.drawText(self._text_rect(rect), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self._label(card))
