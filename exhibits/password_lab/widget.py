"""Crack the password: two activities on one screen, the password builder and the phishing spotter."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from exhibits.password_lab.builder import BuilderPage
from exhibits.password_lab.model import load_messages, load_words
from exhibits.password_lab.spotter import SpotterPage
from kiosk.exhibit import ExhibitContext, ExhibitWidget, SegmentedChoice

PAGES = ("builder", "spotter")


class PasswordLabExhibit(ExhibitWidget):
    """Build passwords from generated pieces and see how long they hold out; spot phishing."""

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.choice = SegmentedChoice(list(PAGES))
        self.choice.chosen.connect(self.show_page)
        self.builder = BuilderPage(context, load_words())
        self.spotter = SpotterPage(context, load_messages())
        self.builder.solved.connect(self._on_solved)
        self.spotter.solved.connect(self._on_solved)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.builder)
        self.pages.addWidget(self.spotter)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(context.theme.px(14))
        column.addWidget(self.choice)
        column.addWidget(self.pages, 1)
        context.language_changed.connect(self._on_language)

    def show_page(self, key: str) -> None:
        self.pages.setCurrentIndex(PAGES.index(key))
        self.choice.set_current(key)
        self.context.record("page", key)

    def _on_solved(self, key: str, score: float) -> None:
        self.context.record("solved", key)
        self.context.complete(score)

    def _on_language(self, language: str) -> None:
        self.builder.language_changed()
        self.retranslate()

    def retranslate(self) -> None:
        self.choice.set_texts({"builder": self.tr("Password builder"), "spotter": self.tr("Phishing spotter")})
        self.builder.retranslate()
        self.spotter.retranslate()

    def start(self) -> None:
        pass  # nothing animates: texts change only when the visitor taps

    def resume(self) -> None:
        pass

    def apply_theme(self) -> None:
        self.builder.apply_theme()
        self.spotter.apply_theme()
        super().apply_theme()
