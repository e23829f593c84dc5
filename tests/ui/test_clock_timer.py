"""ClockTimer: a QTimer on the real clock, an alarm of the clock on a manual one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject

from kiosk.clock import ManualClock
from kiosk.exhibit.timing import ClockTimer


def test_on_a_manual_clock_a_timer_fires_only_as_the_clock_moves(qtbot):
    clock = ManualClock()
    timer = ClockTimer(clock, interval_ms=100)
    ticks = []
    timer.timeout.connect(lambda: ticks.append(clock.monotonic()))
    timer.start()
    qtbot.wait(150)  # wall time changes nothing
    assert ticks == [] and timer.isActive()
    clock.advance(0.35)
    assert ticks == pytest.approx([0.1, 0.2, 0.3])
    timer.stop()
    clock.advance(1)
    assert len(ticks) == 3 and not timer.isActive()


def test_a_single_shot_restarted_before_it_fires_fires_once_from_the_restart(qtbot):
    clock = ManualClock()
    timer = ClockTimer(clock, interval_ms=600, single_shot=True)
    fired = []
    timer.timeout.connect(lambda: fired.append(clock.monotonic()))
    timer.start()
    clock.advance(0.5)
    timer.start()  # input: the idle timer starts over
    clock.advance(0.5)
    assert fired == []
    clock.advance(0.2)
    assert fired == [pytest.approx(1.1)] and not timer.isActive()


def test_a_timer_deleted_with_its_owner_leaves_a_harmless_alarm(qtbot):
    clock = ManualClock()
    owner = QObject()
    timer = ClockTimer(clock, owner, interval_ms=10)
    timer.timeout.connect(lambda: None)
    timer.start()
    del timer
    owner.deleteLater()
    qtbot.wait(10)
    clock.advance(1)  # the alarm finds its timer gone and does nothing
    assert clock.pending_alarms == 0


def test_on_the_real_clock_it_is_a_qtimer(qtbot):
    timer = ClockTimer(interval_ms=5, single_shot=True)
    with qtbot.waitSignal(timer.timeout, timeout=2000):
        timer.start()
    assert not timer.isActive()
