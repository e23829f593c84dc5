"""Idle reset: watch for input, ask "Are you still there?", and reset for the next visitor.

Both timers follow the kiosk's clock (kiosk.clock): wall time on a station, the monkey's own
clock under the monkey, so that the same seed gives the same idle resets.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from kiosk.clock import SYSTEM_CLOCK, Clock
from kiosk.exhibit.kit import ThemedLabel, TouchButton
from kiosk.exhibit.theme import current_theme
from kiosk.exhibit.timing import ClockTimer
from kiosk.ui.idle_monitor import INPUT_EVENTS, IdleMonitor
from kiosk.ui.widgets import Overlay

__all__ = ["INPUT_EVENTS", "CountdownOverlay", "IdleMonitor"]


class CountdownOverlay(Overlay):
    """ "Are you still there?" with a big Continue button and a number counting down."""

    continued = Signal()
    expired = Signal()

    def __init__(self, parent: QWidget, countdown_s: float, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__(parent, card_width=880)
        self.setObjectName("countdown")
        self.countdown_s = countdown_s
        self.remaining_ms = 0
        self.question = ThemedLabel(size=52, bold=True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = ThemedLabel(size=28, muted=True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number = ThemedLabel(size=120, bold=True, accent=True)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = TouchButton(primary=True)
        self.button.setObjectName("countdown:continue")
        self.button.clicked.connect(self._continue)
        for widget in (self.question, self.number, self.hint, self.button):
            self.card_layout.addWidget(widget)
        self.ticker = ClockTimer(clock, self, interval_ms=100)
        self.ticker.timeout.connect(self._tick)
        self.retranslate()

    def begin(self) -> None:
        self.remaining_ms = round(self.countdown_s * 1000)
        self._show_number()
        self.open()
        self.ticker.start()

    def cancel(self) -> None:
        self.ticker.stop()
        self.close_overlay()

    @property
    def running(self) -> bool:
        return self.ticker.isActive()

    def _continue(self) -> None:
        self.cancel()
        self.continued.emit()

    def _tick(self) -> None:
        self.remaining_ms -= self.ticker.interval()
        self._show_number()
        if self.remaining_ms <= 0:
            self.cancel()
            self.expired.emit()

    def _show_number(self) -> None:
        self.number.setText(str(max(0, -(-self.remaining_ms // 1000))))

    def mouseReleaseEvent(self, event) -> None:
        # Any touch anywhere on the overlay means somebody is still here.
        self._continue()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Are you still there?"))
        self.hint.setText(self.tr("Touch the screen to keep playing."))
        self.button.setText(self.tr("Continue"))
        self.relayout()


    def apply_theme(self) -> None:
        self.button.setMinimumHeight(current_theme().px(96))
        self.button.setFont(current_theme().font(32, QFont.Weight.Bold))
        super().apply_theme()
