"""The kiosk's sense of time, Qt-free: the real clock of a station, and a manual one that moves
only when told (the monkey, the soak benchmark and tests).

Everything that decides by time (idle reset, the countdown, animations, how long a run was
active) reads a ``Clock`` instead of ``time.monotonic()``, so a run driven by a ``ManualClock``
is a reproduction recipe: the same inputs at the same clock readings give the same run.
The Qt side turns alarms into timers (``kiosk.exhibit.timing.ClockTimer``).
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import time
from collections.abc import Callable
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """What time-dependent code asks: seconds for durations, an aware UTC moment for records."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary start; never goes back."""
        ...

    def now(self) -> dt.datetime:
        """The current moment, timezone-aware UTC."""
        ...


class SystemClock:
    """The station's real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


#: The one real clock; code that is given no clock uses this.
SYSTEM_CLOCK = SystemClock()

#: The half of a Clock that code stamping records needs (the journal, PINs, the sync, the hub):
#: a function giving the current moment, aware UTC. ``SYSTEM_CLOCK.now`` and ``ManualClock.now``
#: are ones; so is a test's lambda.
WallClock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The station's real moment (aware UTC): the WallClock of code that is given none."""
    return SYSTEM_CLOCK.now()


class Alarm:
    """A callback set for a moment of a ManualClock; cancel() before it fires to drop it."""

    __slots__ = ("at_s", "callback", "cancelled", "order")

    def __init__(self, at_s: float, order: int, callback: Callable[[], object]) -> None:
        self.at_s, self.order, self.callback = at_s, order, callback
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def __lt__(self, other: Alarm) -> bool:
        return (self.at_s, self.order) < (other.at_s, other.order)


class ManualClock:
    """A clock that stands still until advance() moves it; alarms fire in time order as it moves.

    An alarm set for the same moment as another fires after it (the order they were set in),
    and an alarm set by a callback for a moment inside the current advance fires in the same
    advance, at its moment: a countdown started by the idle alarm runs to its end in one call.
    """

    def __init__(self, start: dt.datetime | None = None) -> None:
        self._start = start or dt.datetime.now(dt.UTC)
        if self._start.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start (UTC)")
        self._elapsed_s = 0.0
        self._alarms: list[Alarm] = []
        self._order = itertools.count()

    def monotonic(self) -> float:
        return self._elapsed_s

    def now(self) -> dt.datetime:
        return self._start + dt.timedelta(seconds=self._elapsed_s)

    def call_at(self, at_s: float, callback: Callable[[], object]) -> Alarm:
        """Call callback when the clock reaches at_s (monotonic seconds); at once on the next advance
        if that moment has passed."""
        alarm = Alarm(max(at_s, self._elapsed_s), next(self._order), callback)
        heapq.heappush(self._alarms, alarm)
        return alarm

    def call_later(self, delay_s: float, callback: Callable[[], object]) -> Alarm:
        return self.call_at(self._elapsed_s + max(0.0, delay_s), callback)

    def next_alarm_s(self) -> float | None:
        """Seconds until the next alarm (None without one)."""
        self._drop_cancelled()
        return self._alarms[0].at_s - self._elapsed_s if self._alarms else None

    def advance(self, seconds: float) -> int:
        """Move the clock forward, firing every alarm due on the way; returns how many fired.

        A callback's exception propagates to the caller, with the clock at that alarm's moment.
        """
        if seconds < 0:
            raise ValueError("a clock never goes back")
        target = self._elapsed_s + seconds
        fired = 0
        while True:
            self._drop_cancelled()
            if not self._alarms or self._alarms[0].at_s > target:
                break
            alarm = heapq.heappop(self._alarms)
            self._elapsed_s = max(self._elapsed_s, alarm.at_s)
            fired += 1
            alarm.callback()
        self._elapsed_s = target
        return fired

    def _drop_cancelled(self) -> None:
        while self._alarms and self._alarms[0].cancelled:
            heapq.heappop(self._alarms)

    @property
    def pending_alarms(self) -> int:
        """Alarms waiting (cancelled ones not counted): a test of timers that are never stopped."""
        return sum(1 for alarm in self._alarms if not alarm.cancelled)
