"""Timers that follow the kiosk's clock (kiosk.clock).

On the station's real clock a ClockTimer is a QTimer. On a ManualClock (the monkey, the soak
benchmark, tests) it is an alarm of that clock: it fires when the clock is advanced past it, in
a fixed order, never because wall time went by. That is what makes a monkey run reproducible.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from shiboken6 import isValid

from kiosk.clock import SYSTEM_CLOCK, Alarm, Clock, ManualClock


class ClockTimer(QObject):
    """The part of QTimer the kiosk uses (start, stop, interval, single shot, timeout), on a Clock."""

    timeout = Signal()

    def __init__(
        self,
        clock: Clock | None = None,
        parent: QObject | None = None,
        *,
        interval_ms: int = 0,
        single_shot: bool = False,
        precise: bool = False,
    ) -> None:
        super().__init__(parent)
        self.clock = clock or SYSTEM_CLOCK
        self._interval_ms = interval_ms
        self._single_shot = single_shot
        self._alarm: Alarm | None = None
        self._qt: QTimer | None = None
        if not isinstance(self.clock, ManualClock):
            self._qt = QTimer(self)
            self._qt.setSingleShot(single_shot)
            self._qt.setInterval(interval_ms)
            if precise:
                self._qt.setTimerType(Qt.TimerType.PreciseTimer)
            self._qt.timeout.connect(self.timeout)

    # -- the QTimer subset ---------------------------------------------------------------------

    def setInterval(self, ms: int) -> None:
        self._interval_ms = ms
        if self._qt is not None:
            self._qt.setInterval(ms)

    def interval(self) -> int:
        return self._interval_ms

    def setSingleShot(self, single_shot: bool) -> None:
        self._single_shot = single_shot
        if self._qt is not None:
            self._qt.setSingleShot(single_shot)

    def isSingleShot(self) -> bool:
        return self._single_shot

    def start(self, ms: int | None = None) -> None:
        """(Re)start: the next timeout is interval ms from now."""
        if ms is not None:
            self.setInterval(ms)
        if self._qt is not None:
            self._qt.start()
            return
        self._cancel_alarm()
        self._schedule()

    def stop(self) -> None:
        if self._qt is not None:
            self._qt.stop()
        self._cancel_alarm()

    def isActive(self) -> bool:
        if self._qt is not None:
            return self._qt.isActive()
        return self._alarm is not None

    # -- on a manual clock ---------------------------------------------------------------------

    def _schedule(self) -> None:
        assert isinstance(self.clock, ManualClock)
        # A repeating zero interval would fire forever inside one advance(): a millisecond at least.
        delay_ms = self._interval_ms if self._single_shot else max(1, self._interval_ms)
        self._alarm = self.clock.call_later(delay_ms / 1000.0, self._fire)

    def _fire(self) -> None:
        if not isValid(self):  # deleted with its owner: the alarm is all that is left
            return
        self._alarm = None
        if not self._single_shot:
            self._schedule()
        self.timeout.emit()

    def _cancel_alarm(self) -> None:
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None
