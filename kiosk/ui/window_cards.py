"""The window's two small cards: the accessibility panel (larger text, high contrast) and the
friendly notice after an exhibit failed. Made on first use (kiosk.ui.window)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.exhibit.kit import ThemedLabel, TouchButton
from kiosk.ui.widgets import Overlay


class AccessibilityPanel(Overlay):
    """Larger text and high contrast, each a big toggle."""

    changed = Signal(bool, bool)  # large_text, high_contrast

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, card_width=900)
        self.setObjectName("a11y-panel")
        self.title = ThemedLabel(size=40, bold=True)
        self.large = TouchButton(checkable=True)
        self.large.setObjectName("a11y:large-text")
        self.contrast = TouchButton(checkable=True)
        self.contrast.setObjectName("a11y:high-contrast")
        self.done = TouchButton(primary=True)
        self.done.setObjectName("a11y:done")
        self.card_layout.addWidget(self.title)
        row = QHBoxLayout()
        row.addWidget(self.large)
        row.addWidget(self.contrast)
        self.card_layout.addLayout(row)
        self.card_layout.addWidget(self.done, 0, Qt.AlignmentFlag.AlignRight)
        self.large.toggled.connect(self._emit)
        self.contrast.toggled.connect(self._emit)
        self.done.clicked.connect(self.close_overlay)
        self.retranslate()

    def set_state(self, large_text: bool, high_contrast: bool) -> None:
        for button, on in ((self.large, large_text), (self.contrast, high_contrast)):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
        self.retranslate()

    def _emit(self) -> None:
        self.retranslate()
        self.changed.emit(self.large.isChecked(), self.contrast.isChecked())

    def retranslate(self) -> None:
        # A box ticked or empty says on or off; the colour alone looked like the Done button.
        def toggle(button: TouchButton, text: str) -> str:
            return ("☑ " if button.isChecked() else "☐ ") + text

        self.title.setText(self.tr("Make it easier to see"))
        self.large.setText(toggle(self.large, self.tr("Larger text")))
        self.contrast.setText(toggle(self.contrast, self.tr("High contrast")))
        self.done.setText(self.tr("Done"))
        self.relayout()


class NoticeCard(Overlay):
    """A friendly message with one button (after an exhibit failed, for example)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, card_width=900)
        self.setObjectName("notice")
        self.heading = ThemedLabel(size=44, bold=True, accent=True)
        self.body = ThemedLabel(size=30)
        self.ok = TouchButton(primary=True)
        self.ok.setObjectName("notice:ok")
        self.ok.clicked.connect(self.close_overlay)
        self.card_layout.addWidget(self.heading)
        self.card_layout.addWidget(self.body)
        self.card_layout.addWidget(self.ok, 0, Qt.AlignmentFlag.AlignRight)
        self.kind = "exhibit-error"
        self.retranslate()

    def show_exhibit_error(self) -> None:
        self.kind = "exhibit-error"
        self.retranslate()
        self.open()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Oops! This experiment needs a rest."))
        self.body.setText(self.tr("Something went wrong, but it is not your fault. Please choose another experiment."))
        self.ok.setText(self.tr("OK"))
        self.relayout()
