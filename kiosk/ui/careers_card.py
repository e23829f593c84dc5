""""Who works with this here?": the professions around Ventspils behind an exhibit.

Opened from the learn-more card, and offered for a few seconds after a completed challenge
(`CareersPrompt`), when a visitor is proudest of what they just did.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.careers import Career, CareersError, load_careers
from kiosk.exhibit.kit import Card, ThemedLabel, ThemedMixin, TouchButton
from kiosk.exhibit.theme import current_theme
from kiosk.exhibit.timing import ClockTimer
from kiosk.registry import ExhibitEntry
from kiosk.ui.widgets import Overlay

#: How long the prompt stays after a completed challenge, in milliseconds.
PROMPT_MS = 9000


def careers_of(entry: ExhibitEntry | None) -> tuple[Career, ...]:
    """The exhibit's careers, or none when it declares none (or declares them wrongly: the card
    is a bonus, never a reason for an exhibit not to play)."""
    if entry is None or entry.manifest is None:
        return ()
    try:
        return load_careers(entry.manifest.folder)
    except CareersError:
        return ()


@cache
def _programme_titles() -> dict[str, dict[str, str]]:
    from kiosk.programmes.catalogue import CatalogueError, load_catalogue

    try:
        return {programme.code: dict(programme.title) for programme in load_catalogue()}
    except (CatalogueError, OSError):
        return {}


def programme_title(code: str, language: str) -> str | None:
    """The centre programme's title in a language, from the programme catalogue."""
    titles = _programme_titles().get(code)
    return (titles.get(language) or titles.get("en")) if titles else None


class CareerRow(Card):
    """One profession: its title, where around Ventspils, what they do, and the programme."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.title = ThemedLabel(size=30, bold=True, accent=True)
        self.place = ThemedLabel(size=22, muted=True)
        self.work = ThemedLabel(size=24)
        self.programme = ThemedLabel(size=20, muted=True)
        for label in (self.title, self.place, self.work, self.programme):
            label.setWordWrap(True)
            layout.addWidget(label)

    def apply_theme(self) -> None:
        theme = current_theme()
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(theme.px(22), theme.px(16), theme.px(22), theme.px(16))
            layout.setSpacing(theme.px(4))
        super().apply_theme()


class CareersCard(Overlay):
    """The careers of one exhibit, in the visitor's language."""

    closed = Signal()

    def __init__(self, parent: QWidget, programme_title: Callable[[str, str], str | None] | None = None) -> None:
        super().__init__(parent, card_width=1100)
        self.setObjectName("careers-card")
        #: programme code, language -> the programme's title (from the catalogue), or None.
        self.programme_title = programme_title or (lambda code, language: None)
        self.heading = ThemedLabel(size=40, bold=True, accent=True)
        self.intro = ThemedLabel(size=24, muted=True)
        self.rows_box = QVBoxLayout()
        self.close_button = TouchButton(primary=True)
        self.close_button.setObjectName("careers:close")
        self.close_button.clicked.connect(self._close)
        self.card_layout.addWidget(self.heading)
        self.card_layout.addWidget(self.intro)
        self.card_layout.addLayout(self.rows_box)
        self.card_layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.rows: list[CareerRow] = []
        self.careers: tuple[Career, ...] = ()
        self.language = "en"

    def show_for(self, entry: ExhibitEntry, language: str) -> bool:
        """Open the card for an exhibit; False (and nothing shown) when it declares no careers."""
        self.careers = careers_of(entry)
        if not self.careers:
            return False
        self.language = language
        while len(self.rows) < len(self.careers):
            row = CareerRow()
            self.rows.append(row)
            self.rows_box.addWidget(row)
        for index, row in enumerate(self.rows):
            row.setVisible(index < len(self.careers))
        self.retranslate()
        self.open()
        return True

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def _close(self) -> None:
        self.close_overlay()
        self.closed.emit()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Who works with this here?"))
        self.intro.setText(self.tr("People around Ventspils use what you just tried in their work."))
        for row, career in zip(self.rows, self.careers, strict=False):
            row.title.setText(career.text("title", self.language))
            row.place.setText(career.text("place", self.language))
            row.work.setText(career.text("work", self.language))
            title = self.programme_title(career.programme, self.language)
            row.programme.setVisible(bool(title))
            if title:
                row.programme.setText(self.tr("Start at VIZIUM: %1").replace("%1", title))
        self.close_button.setText(self.tr("Back to the experiment"))
        self.relayout()

    def apply_theme(self) -> None:
        self.rows_box.setSpacing(current_theme().px(14))
        super().apply_theme()


class CareersPrompt(ThemedMixin, QWidget):
    """After a completed challenge: a button at the bottom, for a few seconds, that opens the card."""

    chosen = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("careers-prompt")
        self.button = TouchButton(primary=True)
        self.button.setObjectName("careers:open")
        self.button.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        # The host swaps in a timer on the kiosk's clock (ClockTimer), with the same interface.
        self.timer: QTimer | ClockTimer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self.retranslate()
        self.hide()

    def offer(self, duration_ms: int = PROMPT_MS) -> None:
        self.retranslate()
        self.place()
        self.show()
        self.raise_()
        self.timer.start(duration_ms)

    def withdraw(self) -> None:
        self.timer.stop()
        self.hide()

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        hint = self.button.sizeHint()
        self.setGeometry(
            (parent.width() - hint.width()) // 2,
            parent.height() - hint.height() - current_theme().px(40),
            hint.width(),
            hint.height(),
        )

    def _choose(self) -> None:
        self.withdraw()
        self.chosen.emit()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Who works with this here? →"))
        if self.isVisible():
            self.place()
