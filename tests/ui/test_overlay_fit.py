"""An overlay's card is as tall as its content after a text deep inside it grows."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.exhibit.kit import ThemedLabel
from kiosk.ui.widgets import Overlay


def test_a_longer_text_in_a_nested_widget_makes_the_card_taller(qtbot) -> None:
    """The camera check's source line sits in a widget of its own beside the picture: when it
    grew from one line to four, the card kept the old height and squeezed the figures."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1200, 1000)
    overlay = Overlay(window, card_width=600)
    side = QWidget()
    text = ThemedLabel("one line", size=24)
    QVBoxLayout(side).addWidget(text)
    overlay.card_layout.addWidget(side)
    window.show()
    overlay.open()
    qtbot.waitExposed(window)
    before = overlay.card.height()
    text.setText("a much longer text that wraps onto several lines in a card of this width " * 3)
    overlay.relayout()
    assert overlay.card.height() >= before + 2 * text.fontMetrics().lineSpacing()
    assert text.height() >= text.heightForWidth(text.width())
