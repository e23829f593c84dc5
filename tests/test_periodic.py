"""The periodic worker the KPI sync, the hub rounds and the hub heartbeat run on."""

from __future__ import annotations

import threading

import pytest

from kiosk import periodic
from kiosk.periodic import PeriodicWorker

#: Long enough that a test passes only because the worker was woken, never because a wait ran out.
LONG_S = 3600.0
#: What a test waits at the most for the thread to answer (a loaded machine may be slow).
ANSWER_S = 10.0


class Steps:
    """A step that counts its calls and lets a test wait for the next one."""

    def __init__(self, wait_s: float = LONG_S, fail_first: bool = False) -> None:
        self.calls = 0
        self.wait_s = wait_s
        self.fail_first = fail_first
        self.called = threading.Event()

    def __call__(self) -> float:
        self.calls += 1
        self.called.set()
        if self.fail_first and self.calls == 1:
            raise RuntimeError("the first step fails")
        return self.wait_s

    def wait_for_call(self) -> None:
        assert self.called.wait(ANSWER_S), "the step was not called"
        self.called.clear()


def test_a_step_runs_at_once_without_a_first_wait_and_again_when_woken() -> None:
    steps = Steps()
    worker = PeriodicWorker("test-periodic", steps)
    worker.start()
    try:
        steps.wait_for_call()
        assert worker.running
        worker.wake()
        steps.wait_for_call()
        assert steps.calls == 2
    finally:
        assert worker.stop(ANSWER_S)
    assert not worker.running


def test_the_first_wait_holds_the_first_step_until_woken() -> None:
    steps = Steps()
    worker = PeriodicWorker("test-periodic", steps, first_wait_s=LONG_S)
    worker.start()
    try:
        assert not steps.called.wait(0.05)
        worker.wake()
        steps.wait_for_call()
    finally:
        assert worker.stop(ANSWER_S)
    assert steps.calls == 1


def test_stop_ends_a_sleeping_thread_without_another_step_and_runs_on_exit() -> None:
    steps = Steps()
    exited = threading.Event()
    worker = PeriodicWorker("test-periodic", steps, on_exit=exited.set)
    worker.start()
    steps.wait_for_call()
    assert worker.stop(ANSWER_S)
    assert exited.is_set()
    assert steps.calls == 1


def test_stop_before_start_is_true() -> None:
    worker = PeriodicWorker("test-periodic", Steps())
    assert worker.stop()
    assert not worker.running


def test_a_step_that_raises_is_logged_and_tried_again(monkeypatch: pytest.MonkeyPatch, caplog) -> None:
    monkeypatch.setattr(periodic, "RETRY_S", LONG_S)
    steps = Steps(fail_first=True)
    worker = PeriodicWorker("test-periodic", steps)
    worker.start()
    try:
        steps.wait_for_call()
        worker.wake()
        steps.wait_for_call()
        assert steps.calls == 2  # the thread lived on
    finally:
        assert worker.stop(ANSWER_S)
    assert "test-periodic: a step failed" in caplog.text


def test_a_problem_is_said_once_until_it_changes() -> None:
    said: list[str] = []
    last = None
    for problem in ("hub away", "hub away", "hub away", "password refused", "hub away"):
        last = periodic.said_once(last, problem, said.append)
    assert said == ["hub away", "password refused", "hub away"] and last == "hub away"
