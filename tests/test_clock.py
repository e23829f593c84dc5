"""The kiosk's clock: a manual clock moves only when told and fires its alarms in time order."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.clock import SYSTEM_CLOCK, Clock, ManualClock


def test_the_system_clock_is_a_clock_in_utc():
    assert isinstance(SYSTEM_CLOCK, Clock)
    assert SYSTEM_CLOCK.now().tzinfo is dt.UTC
    assert SYSTEM_CLOCK.monotonic() <= SYSTEM_CLOCK.monotonic()


def test_a_manual_clock_stands_still_until_advanced():
    start = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.UTC)
    clock = ManualClock(start)
    assert isinstance(clock, Clock)
    assert (clock.monotonic(), clock.now()) == (0.0, start)
    clock.advance(90.5)
    assert clock.monotonic() == 90.5
    assert clock.now() == start + dt.timedelta(seconds=90.5)
    with pytest.raises(ValueError):
        clock.advance(-1)
    with pytest.raises(ValueError):
        ManualClock(dt.datetime(2026, 1, 1))  # naive: which zone?


def test_alarms_fire_in_time_order_at_their_moment():
    clock = ManualClock()
    fired = []
    clock.call_later(2.0, lambda: fired.append(("b", clock.monotonic())))
    clock.call_later(1.0, lambda: fired.append(("a", clock.monotonic())))
    clock.call_later(1.0, lambda: fired.append(("a2", clock.monotonic())))  # same moment: set later, fires later
    assert clock.advance(0.5) == 0 and fired == []
    assert clock.advance(5) == 3
    assert fired == [("a", 1.0), ("a2", 1.0), ("b", 2.0)]
    assert clock.monotonic() == 5.5


def test_an_alarm_set_by_an_alarm_fires_in_the_same_advance():
    """The idle alarm starts the countdown; one advance runs both to their end."""
    clock = ManualClock()
    fired = []
    clock.call_later(0.6, lambda: clock.call_later(0.5, lambda: fired.append(clock.monotonic())))
    clock.advance(2)
    assert fired == [pytest.approx(1.1)]


def test_a_cancelled_alarm_never_fires():
    clock = ManualClock()
    fired = []
    alarm = clock.call_later(1, lambda: fired.append(1))
    clock.call_later(3, lambda: fired.append(3))
    alarm.cancel()
    assert clock.pending_alarms == 1
    assert clock.next_alarm_s() == 3
    clock.advance(10)
    assert fired == [3] and clock.next_alarm_s() is None


def test_the_wall_clock_of_code_given_none_is_the_system_clock_in_utc():
    from kiosk.clock import utc_now

    before = SYSTEM_CLOCK.now()
    assert before <= utc_now() <= SYSTEM_CLOCK.now()
    assert utc_now().tzinfo is dt.UTC


def test_a_manual_clock_stamps_the_journal(store):
    """One clock abstraction: a ManualClock's ``now`` is the journal's wall clock."""
    from kiosk.journal import Journal

    clock = ManualClock(dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.UTC))
    journal = Journal(store, "station-1", clock=clock.now)
    clock.advance(90)
    assert journal.clock() == dt.datetime(2026, 12, 5, 9, 1, 30, tzinfo=dt.UTC)
