"""Exhibit faults of every kind end the exhibit's run, never the kiosk; nothing of a run outlives
it; the monkey survives an exhibit torn down under its fingers and repeats itself for a seed."""

from __future__ import annotations

import re
import signal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from kiosk.clock import ManualClock
from kiosk.exhibit.guard import is_terminal_interrupt
from kiosk.ui.monkey import Monkey
from tests.conftest import kiosk_settings, show_kiosk

SAMPLES = "tests.fixtures.sample_exhibits"
NAMES = (
    "tapper", "faulty_start", "faulty_slot", "faulty_timer", "faulty_paint", "faulty_stop", "exits_in_slot",
    "interrupts_in_slot", "exits_in_start", "exits_in_paint", "exits_in_lambda", "lingering_timer", "late_fault",
    "faulty_touch",
)
MODULES = {name: f"{SAMPLES}.{name}" for name in NAMES}


def make_settings(tmp_path, folder="data", idle_timeout_s=0.6, countdown_s=0.5):
    return kiosk_settings(tmp_path, folder=folder, ui={"idle_timeout_s": idle_timeout_s, "countdown_s": countdown_s})


def built(qtbot, tmp_path, *, modules=None, clock=None, folder="data", **ui):
    return show_kiosk(qtbot, make_settings(tmp_path, folder, **ui), demo=True, modules=modules or MODULES,
                      clock=clock or ManualClock())


@pytest.fixture
def kiosk(qtbot, tmp_path):
    kiosk = built(qtbot, tmp_path)
    yield kiosk
    kiosk.close()


@pytest.fixture
def sigint_is_a_clean_stop():
    """As in `kiosk run`: the kiosk handles SIGINT, so no KeyboardInterrupt is a terminal's Ctrl+C."""
    previous = signal.signal(signal.SIGINT, lambda signum, frame: None)
    yield
    signal.signal(signal.SIGINT, previous)


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def rows(kiosk, sql):
    kiosk.services.store.flush()
    return kiosk.services.store.query(sql)


def open_and_start(qtbot, kiosk, exhibit_id):
    window = kiosk.window
    window.start_visit()
    window.open_exhibit(exhibit_id)
    if window.host.widget is not None:
        click(qtbot, window.host.intro.start_button)
    return window


@pytest.mark.parametrize(
    ("exhibit_id", "raised"),
    [
        ("exits_in_slot", "SystemExit"),
        ("interrupts_in_slot", "KeyboardInterrupt"),
        ("exits_in_start", "SystemExit"),
        ("exits_in_paint", "SystemExit"),
        ("exits_in_lambda", "SystemExit"),
    ],
)
def test_exit_or_interrupt_from_an_exhibit_ends_its_run_not_the_kiosk(
    qtbot, kiosk, sigint_is_a_clean_stop, exhibit_id, raised
):
    window = open_and_start(qtbot, kiosk, exhibit_id)
    button = window.findChild(QAbstractButton, "tapper:button")
    if button is not None and button.isVisible():
        click(qtbot, button)
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=3000)
    assert window.current_screen() == "home"
    assert kiosk.faults.kiosk_errors == []
    (run,) = rows(kiosk, "SELECT outcome FROM exhibit_runs")
    assert run["outcome"] == "error"
    (event,) = rows(kiosk, "SELECT detail FROM app_events WHERE kind = 'exhibit.error'")
    assert raised in event["detail"] and exhibit_id in event["detail"]
    # The kiosk goes on.
    click(qtbot, window.notice.ok)
    window.open_exhibit("tapper")
    assert window.current_screen() == "exhibit-host"


def test_a_keyboard_interrupt_is_a_ctrl_c_only_while_python_handles_sigint():
    assert not is_terminal_interrupt(SystemExit(0))
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        assert is_terminal_interrupt(KeyboardInterrupt())
        signal.signal(signal.SIGINT, lambda signum, frame: None)
        assert not is_terminal_interrupt(KeyboardInterrupt())
    finally:
        signal.signal(signal.SIGINT, previous)


def test_a_fault_in_stop_ends_the_run_with_outcome_error(qtbot, kiosk):
    window = open_and_start(qtbot, kiosk, "faulty_stop")
    click(qtbot, window.host.home_button)
    assert window.current_screen() == "home"
    assert window.notice.isVisible()
    (run,) = rows(kiosk, "SELECT outcome, ended_at FROM exhibit_runs")
    assert run["outcome"] == "error" and run["ended_at"] is not None
    (event,) = rows(kiosk, "SELECT detail FROM app_events WHERE kind = 'exhibit.error'")
    assert "broken stop" in event["detail"]
    assert kiosk.faults.kiosk_errors == []


def test_each_run_gets_a_fresh_widget_and_reset_is_never_needed(qtbot, kiosk):
    window = open_and_start(qtbot, kiosk, "tapper")
    first = window.host.widget
    click(qtbot, window.findChild(QAbstractButton, "tapper:button"))
    click(qtbot, window.host.home_button)
    window.open_exhibit("tapper")
    assert window.host.widget is not first
    assert window.host.widget.taps == 0


def test_timers_of_a_closed_exhibit_stop_with_its_run(qtbot, kiosk):
    from tests.fixtures.sample_exhibits.lingering_timer.widget import TICKS_AFTER_STOP

    TICKS_AFTER_STOP.clear()
    window = open_and_start(qtbot, kiosk, "lingering_timer")
    qtbot.wait(30)  # its timers tick while it runs
    click(qtbot, window.host.home_button)
    qtbot.wait(60)
    assert TICKS_AFTER_STOP == []
    assert kiosk.faults.kiosk_errors == [] and window.host.faults == 0
    (run,) = rows(kiosk, "SELECT outcome FROM exhibit_runs")
    assert run["outcome"] == "abandoned"


def test_a_late_fault_of_a_closed_exhibit_is_its_own_not_the_kiosks(qtbot, kiosk):
    window = open_and_start(qtbot, kiosk, "late_fault")
    click(qtbot, window.host.home_button)
    window.open_exhibit("tapper")  # another run is open when the left-over callback fails
    qtbot.waitUntil(lambda: window.host.late_faults == 1, timeout=3000)
    assert kiosk.faults.kiosk_errors == []
    assert window.host.entry.id == "tapper", "the open run is not disturbed"
    (event,) = rows(kiosk, "SELECT detail FROM app_events WHERE kind = 'exhibit.error'")
    assert '"exhibit": "late_fault"' in event["detail"] and '"late": true' in event["detail"]


def test_the_monkey_survives_an_exhibit_torn_down_in_the_middle_of_a_gesture(qtbot, kiosk):
    window = open_and_start(qtbot, kiosk, "faulty_touch")
    monkey = Monkey(kiosk, seed=2)
    for _ in range(3):
        if window.host.widget is None:
            window.open_exhibit("faulty_touch")
            click(qtbot, window.host.intro.start_button)
        monkey.multi_touch()
    assert window.host.faults >= 1
    assert kiosk.faults.kiosk_errors == []
    assert window.current_screen() == "home"


def test_the_monkey_leaves_no_timer_of_a_closed_exhibit_running(qtbot, kiosk):
    """On the monkey's loop (no main event loop), as on a station's."""
    from tests.fixtures.sample_exhibits.lingering_timer.widget import TICKS_AFTER_STOP

    TICKS_AFTER_STOP.clear()
    report = Monkey(kiosk, seed=4, exhibit="lingering_timer").run(150)
    assert report.runs >= 2
    assert TICKS_AFTER_STOP == []
    assert (report.kiosk_errors, report.exhibit_errors) == (0, 0)


def without_time(summary: str) -> str:
    return re.sub(r" in [\d.]+ s", "", summary)


def test_the_same_seed_gives_the_same_run(qtbot, tmp_path):
    """Idle resets so short that wall time between two actions (an exhibit's first import, a busy
    machine) would often reach them: on the monkey's own clock it never does."""
    modules = {"tapper": MODULES["tapper"], "pendulum": "exhibits.pendulum", "waves": "exhibits.waves"}
    summaries = []
    for folder in ("first", "second"):
        kiosk = built(qtbot, tmp_path, modules=modules, folder=folder, idle_timeout_s=0.15, countdown_s=0.2)
        try:
            summaries.append(without_time(Monkey(kiosk, seed=11).run(300).summary()))
        finally:
            kiosk.close()
    assert summaries[0] == summaries[1]
    assert re.search(r"(\d+) visits", summaries[0]).group(1) != "0"


def test_the_monkey_concentrates_on_the_chosen_exhibit_among_many(qtbot, tmp_path):
    # Built-in exhibits of long standing (new ones may still be in the making) and the test ones.
    built_in = ("pendulum", "waves", "launch", "circuits", "logic_gates", "cargo_ship", "food_web", "radio_telescope")
    modules = {exhibit_id: f"exhibits.{exhibit_id}" for exhibit_id in built_in}
    modules |= {name: MODULES[name] for name in ("tapper", "faulty_stop", "lingering_timer")}
    kiosk = built(qtbot, tmp_path, modules=modules)
    try:
        target = kiosk.window.home.entries[-1].id  # the last tile: below the fold
        report = Monkey(kiosk, seed=3, exhibit=target).run(150)
    finally:
        kiosk.close()
    assert report.kiosk_errors == 0, report.summary()
    assert report.events_in_exhibit / report.events > 0.5, report.summary()
