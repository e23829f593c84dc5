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


def test_a_stop_asked_while_the_kiosk_starts_is_held_then_acted_on(qtbot, qapp):
    from kiosk.cli.run import HeldStopSignals

    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    try:
        HeldStopSignals()  # what `kiosk run` does first, before importing Qt
        os.kill(os.getpid(), signal.SIGTERM)  # not fatal now
        watcher = StopSignals(deadline_s=30, force_exit=lambda code: None)
        asked: list[int] = []
        watcher.requested.connect(asked.append)
        watcher.install()
        assert watcher.stop_requested
        qtbot.waitUntil(lambda: asked == [signal.SIGTERM])
        watcher.cancel_deadline()
        watcher.uninstall()
        assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGTERM, before[0])
        signal.signal(signal.SIGINT, before[1])


def test_the_deadline_starts_even_while_the_event_loop_is_frozen(qapp):
    """An event loop stuck in C++ never runs Python's handler: the watcher thread starts the deadline."""
    import threading

    from PySide6.QtCore import QThread

    ended: list[int] = []
    watcher = StopSignals(deadline_s=0.2, force_exit=ended.append).install()
    try:
        threading.Timer(0.1, os.kill, (os.getpid(), signal.SIGTERM)).start()
        QThread.msleep(1500)  # frozen: no Python runs on the main thread meanwhile
        assert ended == [EXIT_STOP_DEADLINE]
    finally:
        watcher.cancel_deadline()
        watcher.uninstall()
