"""The idle monitor: watches for input and says when nobody has touched the screen for a while.

Its timer follows the kiosk's clock (kiosk.clock). The window needs it from its first frame on;
the countdown overlay it leads to (kiosk.ui.idle) is made on first use.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal

from kiosk.clock import SYSTEM_CLOCK, Clock
from kiosk.exhibit.timing import ClockTimer

INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TabletPress,
    QEvent.Type.TabletMove,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


class IdleMonitor(QObject):
    """Application-wide input watcher: emits idle() after timeout_s without any input.

    Holds (exhibits' keep_awake, the staff menu) stop the timer until released.
    """

    idle = Signal()
    input_seen = Signal()

    def __init__(self, timeout_s: float, parent: QObject | None = None, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__(parent)
        self.timer = ClockTimer(clock, self, interval_ms=round(timeout_s * 1000), single_shot=True)
        self.timer.timeout.connect(self._on_timeout)
        self._holds: set[str] = set()
        self.enabled = False

    def start(self) -> None:
        self.enabled = True
        self.poke()

    def stop(self) -> None:
        self.enabled = False
        self.timer.stop()

    def poke(self) -> None:
        if self.enabled and not self._holds:
            self.timer.start()

    def hold(self, reason: str, on: bool) -> None:
        """Pause (on=True) or release the idle timer for a named reason."""
        if on:
            self._holds.add(reason)
            self.timer.stop()
        else:
            self._holds.discard(reason)
            self.poke()

    @property
    def held(self) -> bool:
        return bool(self._holds)

    def _on_timeout(self) -> None:
        if self.enabled and not self._holds:
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.input_seen.emit()
            self.poke()
        return False
