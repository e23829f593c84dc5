"""StopSignals: SIGTERM and SIGINT reach an idle Qt event loop at once, and a hung stop is cut short."""

from __future__ import annotations

import os
import signal

import pytest

from kiosk.ui.stops import EXIT_STOP_DEADLINE, StopSignals


@pytest.fixture
def stops(qapp):
    ended: list[int] = []
    watcher = StopSignals(deadline_s=0.3, force_exit=ended.append).install()
    watcher.ended = ended
    yield watcher
    watcher.cancel_deadline()
    watcher.uninstall()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_wakes_the_event_loop_and_asks_once(qtbot, stops, signum):
    asked: list[int] = []
    stops.requested.connect(asked.append)
    os.kill(os.getpid(), signum)
    os.kill(os.getpid(), signum)  # a second signal while stopping changes nothing
    qtbot.waitUntil(lambda: asked == [signum])
    assert stops.stop_requested and stops.signum == signum


def test_a_stop_that_hangs_is_ended_by_the_deadline(qtbot, stops):
    os.kill(os.getpid(), signal.SIGTERM)
    qtbot.waitUntil(lambda: stops.ended == [EXIT_STOP_DEADLINE])


def test_the_previous_handlers_come_back(qapp):
    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    watcher = StopSignals().install()
    assert signal.getsignal(signal.SIGTERM) != before[0]
    watcher.uninstall()
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)) == before
