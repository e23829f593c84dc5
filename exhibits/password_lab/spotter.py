"""Crack the password: the phishing spotter page (tap the warning signs in an invented message)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from exhibits.password_lab.model import Message, SpotterRound
from kiosk.exhibit import Card, ExhibitContext, ThemedLabel, TouchButton, current_theme, place_panel


class SegmentLabel(ThemedLabel):
    """One part of the message, tappable; once tapped it is marked as a warning sign or as normal."""

    tapped = Signal(int)

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(size=24, parent=parent)
        self.index = index
        self.state = ""  # "", "sign", "fine", "missed" (shown by "Show the answers")
        self.setObjectName(f"segment:{index}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(current_theme().px(64))  # a touch target, even for one short line
        self.apply_theme()

    def apply_theme(self) -> None:
        super().apply_theme()
        theme = current_theme()
        self.setContentsMargins(theme.px(56), theme.px(10), theme.px(16), theme.px(10))

    def set_state(self, state: str) -> None:
        self.state = state
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.tapped.emit(self.index)

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        colour = {"sign": theme.color("warning"), "missed": theme.color("danger"),
                  "fine": theme.color("outline")}.get(self.state, theme.color("outline"))
        painter.setPen(QPen(colour, theme.px(4 if self.state in ("sign", "missed") else 2)))
        painter.setBrush(theme.color("surface_raised"))
        painter.drawRoundedRect(rect, theme.px(12), theme.px(12))
        mark = {"sign": "⚠", "missed": "⚠", "fine": "✓"}.get(self.state, "?")
        painter.setPen(colour if self.state else theme.color("text_muted"))
        painter.setFont(theme.font(28))
        painter.drawText(QRectF(rect.left(), rect.top(), theme.px(52), rect.height()), Qt.AlignmentFlag.AlignCenter,
                         mark)
        painter.end()
        super().paintEvent(event)


class SpotterPage(QWidget):
    """The message on the left, the count, the explanation and the buttons on the right."""

    solved = Signal(str, float)  # message key, score

    def __init__(self, context: ExhibitContext, messages: tuple[Message, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.messages = messages
        self.message_index = 0
        self.round = SpotterRound(messages[0])
        self.last_tap: tuple[int, str] | None = None
        theme = context.theme

        self.card = Card()
        self.card.setObjectName("message-card")
        self.card_column = QVBoxLayout(self.card)
        self.card_column.setContentsMargins(theme.px(28), theme.px(22), theme.px(28), theme.px(22))
        self.card_column.setSpacing(theme.px(10))
        self.message_title = ThemedLabel(size=28, bold=True, accent=True)
        self.card_column.addWidget(self.message_title)
        self.segments: list[SegmentLabel] = []
        self.segment_column = QVBoxLayout()
        self.segment_column.setSpacing(theme.px(8))
        self.card_column.addLayout(self.segment_column)
        self.card_column.addStretch(1)

        self.panel = Card()
        self.panel.setObjectName("spotter-panel")
        column = QVBoxLayout(self.panel)
        column.setContentsMargins(theme.px(24), theme.px(22), theme.px(24), theme.px(22))
        column.setSpacing(theme.px(12))
        self.task = ThemedLabel(size=23, bold=True)
        self.progress = ThemedLabel(size=26, bold=True, accent=True)
        self.progress.setObjectName("spotter-progress")
        self.explanation = ThemedLabel(size=22)
        self.explanation.setObjectName("explanation")
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.explanation.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.reveal_button = TouchButton()
        self.reveal_button.setObjectName("reveal")
        self.reveal_button.clicked.connect(self.reveal)
        self.next_button = TouchButton(primary=True)
        self.next_button.setObjectName("next-message")
        self.next_button.clicked.connect(self.next_message)
        for button in (self.reveal_button, self.next_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # One above the other: side by side, long Russian labels would widen a portrait screen.
        for widget in (self.task, self.progress, self.explanation, self.reveal_button, self.next_button):
            column.addWidget(widget)

        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(theme.px(16))
        self.box.addWidget(self.card, 1)
        self.box.addWidget(self.panel)
        self._show_message()

    def _show_message(self) -> None:
        for label in self.segments:
            self.segment_column.removeWidget(label)
            label.deleteLater()
        self.segments = []
        for index in range(len(self.round.message.segments)):
            label = SegmentLabel(index)
            label.tapped.connect(self.tap)
            self.segment_column.addWidget(label)
            self.segments.append(label)
        self.last_tap = None
        self.retranslate()

    def tap(self, index: int) -> None:
        """The visitor points at a part of the message."""
        result = self.round.tap(index)
        if result == "again":
            self.last_tap = (index, "sign" if index in self.round.found else "fine")
        else:
            self.last_tap = (index, result)
            self.segments[index].set_state(result)
            self.context.record("spot", result)
            if result == "sign" and self.round.complete and not self.round.revealed:
                self.solved.emit(self.round.message.key, self.round.score)
        self.retranslate()

    def reveal(self) -> None:
        """Show every warning sign (the round then no longer counts as solved)."""
        if not self.round.complete:
            self.round.revealed = True
            for index in self.round.message.signs - self.round.found:
                self.segments[index].set_state("missed")
            self.context.record("reveal", self.round.message.key)
        self.last_tap = None
        self.retranslate()

    def next_message(self) -> None:
        self.message_index = (self.message_index + 1) % len(self.messages)
        self.round = SpotterRound(self.messages[self.message_index])
        self.context.record("next_message", self.message_index)
        self._show_message()

    def retranslate(self) -> None:
        language = self.context.language
        message = self.round.message
        self.message_title.setText(self.tr("Message %1 of %2").replace("%1", str(self.message_index + 1))
                                   .replace("%2", str(len(self.messages))))
        for label, segment in zip(self.segments, message.segments, strict=True):
            label.setText(segment.text(language))
        self.task.setText(self.tr("Tap every part of this message that is a warning sign."))
        self.progress.setText(self.tr("Warning signs found: %1 of %2").replace("%1", str(len(self.round.found)))
                              .replace("%2", str(len(message.signs))))
        if self.round.complete and not self.round.revealed:
            text = self.tr("All found! A message with signs like these is phishing: delete it, and tell an adult "
                           "or the real company.")
        elif self.round.revealed:
            text = self.tr("The signs you missed are marked with ⚠ now. Read why each one is a warning sign.")
        elif self.last_tap is None:
            text = self.tr("Phishing messages pretend to be someone you trust, to get your password or money. "
                           "Look at the sender, the tone, the link and what they ask for.")
        else:
            index, result = self.last_tap
            if result == "sign":
                text = "⚠ " + message.segments[index].explanation(language)
            else:
                text = "✓ " + self.tr("This part is normal: real messages say things like this too.")
        self.explanation.setText(text)
        self.reveal_button.setText(self.tr("Show the answers"))
        self.next_button.setText(self.tr("Next message"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        place_panel(self.box, self.panel, self, side_share=0.32, min_side_px=460, below_share=0.34)
        super().resizeEvent(event)

    def apply_theme(self) -> None:
        place_panel(self.box, self.panel, self, side_share=0.32, min_side_px=460, below_share=0.34)
