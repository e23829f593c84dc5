"""The visit's rules without Qt: VisitFlow on a real journal, a ManualClock and a fake view."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from kiosk.clock import ManualClock
from kiosk.journal import Journal
from kiosk.visits import VisitFlow, run_outcome

START = dt.datetime(2026, 5, 6, 9, 0, tzinfo=dt.UTC)


class FakeView:
    """Records what the flow asks of the screens, in order."""

    def __init__(self, said: list[str]) -> None:
        self.said = said

    def stop_exhibit(self, reason: str) -> None:
        self.said.append(f"stop:{reason}")

    def reset_for_next_visitor(self) -> None:
        self.said.append("reset")


@dataclass
class Entry:
    id: str


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def said() -> list[str]:
    return []


@pytest.fixture
def flow(store, clock, said) -> VisitFlow:
    journal = Journal(store, "hall-1", clock=clock.now)
    return VisitFlow(journal, clock, view=FakeView(said), language="lv")


def visits(store) -> list[dict]:
    store.flush()
    return [dict(row) for row in store.query("SELECT * FROM visits ORDER BY id")]


def runs(store) -> list[dict]:
    store.flush()
    return [dict(row) for row in store.query("SELECT * FROM exhibit_runs ORDER BY id")]


# -- visits ----------------------------------------------------------------------------------


def test_the_first_touch_starts_one_visit_in_the_current_language(flow, store):
    first = flow.start_visit()
    assert flow.start_visit() == first  # more touches: the same visit
    assert flow.visits_started == 1 and flow.in_visit
    (visit,) = visits(store)
    assert (visit["id"], visit["language"], visit["ended_at"]) == (first, "lv", None)
    assert visit["programme_session_id"] is None


def test_the_visit_keeps_the_last_language_chosen_and_the_next_visit_starts_in_it(flow, store):
    flow.set_language("ru")  # between visits: nothing to record yet
    flow.start_visit()
    flow.set_language("en")
    (visit,) = visits(store)
    assert visit["language"] == "en"


def test_an_idle_reset_stops_the_exhibit_then_ends_the_visit_then_resets_the_screens(flow, store, clock, said):
    seen: list[str] = []
    flow.when_idle(lambda reason: said.append(f"idle:{reason}"))
    flow.when_idle(seen.append)
    flow.start_visit()
    clock.advance(120)
    flow.end_visit("idle")
    assert said == ["stop:idle", "reset", "idle:idle"]
    assert seen == ["idle"] and not flow.in_visit
    (visit,) = visits(store)
    assert (visit["end_reason"], visit["ended_at"]) == ("idle", "2026-05-06T09:02:00.000Z")


def test_a_reset_without_a_visit_resets_the_screens_and_records_nothing(flow, store, said):
    flow.end_visit("staff")
    assert said == ["stop:staff", "reset"]
    assert visits(store) == []


def test_a_failing_idle_listener_keeps_neither_the_next_listener_nor_the_next_visitor_waiting(flow, said):
    def broken(reason: str) -> None:
        raise RuntimeError("settings could not be applied")

    flow.when_idle(broken)
    flow.when_idle(lambda reason: said.append("applied"))
    flow.start_visit()
    flow.end_visit("idle")
    assert said[-1] == "applied"
    assert flow.start_visit()  # the kiosk takes the next visitor


def test_shutdown_ends_the_visit_as_shutdown_and_leaves_the_screens_alone(flow, store, said):
    flow.when_idle(lambda reason: said.append("idle"))
    flow.shutdown()
    assert said == [] and visits(store) == []  # nothing open: nothing to do
    flow.start_visit()
    flow.shutdown()
    assert said == ["stop:shutdown"]
    assert visits(store)[0]["end_reason"] == "shutdown"


def test_an_unknown_end_reason_is_refused(flow):
    flow.start_visit()
    with pytest.raises(ValueError, match="end_reason"):
        flow.end_visit("bored")


# -- the session lock ------------------------------------------------------------------------


def test_a_session_ends_the_visit_in_progress_and_tags_the_next_ones(flow, store):
    flow.start_visit()
    flow.lock_to_session(7, ("waves", "pendulum"))
    flow.start_visit()
    flow.end_visit("idle")
    flow.start_visit()
    first, second, third = visits(store)
    assert (first["end_reason"], first["programme_session_id"]) == ("session", None)
    assert second["programme_session_id"] == third["programme_session_id"] == 7
    flow.unlock_session()
    flow.start_visit()
    assert [v["end_reason"] for v in visits(store)] == ["session", "idle", "session", None]
    assert visits(store)[-1]["programme_session_id"] is None


def test_a_session_offers_only_its_exhibits_in_the_programmes_order(flow):
    entries = [Entry("pendulum"), Entry("circuits"), Entry("waves")]
    assert flow.offered(entries) == entries
    flow.lock_to_session(7, ("waves", "drone", "pendulum"))  # drone is switched off at this station
    assert [e.id for e in flow.offered(entries)] == ["waves", "pendulum"]
    flow.unlock_session()
    assert flow.offered(entries) == entries


def test_locking_without_a_visit_touches_no_screen(flow, said):
    flow.lock_to_session(7, ("waves",))
    flow.unlock_session()
    assert said == []


# -- exhibit runs ----------------------------------------------------------------------------


def test_active_time_ends_at_the_last_input_so_the_idle_tail_is_left_out(flow, store, clock):
    flow.start_visit()
    flow.start_run("pendulum")
    clock.advance(4)
    flow.note_input()
    clock.advance(1.5)
    flow.note_input()
    clock.advance(90)  # the visitor walked away: the idle timeout runs out
    assert flow.end_run("idle", completed=False) == "abandoned"
    (run,) = runs(store)
    assert run["active_ms"] == 5_500
    assert (run["started_at"], run["ended_at"]) == ("2026-05-06T09:00:00.000Z", "2026-05-06T09:01:35.500Z")


def test_input_between_runs_changes_no_run(flow, store, clock):
    flow.start_visit()
    flow.note_input()  # a touch at home
    flow.start_run("waves")
    clock.advance(30)
    flow.end_run("home", completed=True)
    assert runs(store)[0]["active_ms"] == 0


def test_a_run_records_its_outcome_score_and_interactions(flow, store):
    flow.start_run("pendulum")
    outcome = flow.end_run("home", completed=True, score=3.5, interactions=12)
    (run,) = runs(store)
    assert outcome == "completed"
    assert (run["outcome"], run["score"], run["interactions"]) == ("completed", 3.5, 12)


@pytest.mark.parametrize(
    ("why", "completed", "outcome"),
    [
        ("home", False, "abandoned"),
        ("idle", False, "abandoned"),
        ("home", True, "completed"),
        ("idle", True, "completed"),
        ("error", False, "error"),
        ("error", True, "error"),  # a goal reached, then a fault: the fault is what staff must see
    ],
)
def test_the_outcome_of_a_run(why, completed, outcome):
    assert run_outcome(why, completed) == outcome


def test_an_exhibit_opened_without_a_visit_starts_one(flow, store):
    flow.start_run("waves")
    assert flow.visits_started == 1 and flow.runs_started == 1
    (visit,), (run,) = visits(store), runs(store)
    assert run["visit_id"] == visit["id"]


def test_one_run_at_a_time(flow):
    flow.start_run("waves")
    with pytest.raises(RuntimeError, match="still open"):
        flow.start_run("pendulum")
    flow.end_run("home", completed=False)
    assert flow.end_run("home", completed=False) is None  # nothing open: nothing recorded twice
    flow.start_run("pendulum")
    assert flow.runs_started == 2


def test_a_run_the_process_never_ended_is_interrupted_at_the_next_start(flow, store, clock):
    flow.start_run("waves")
    clock.advance(20)
    flow.journal.heartbeat()
    store.flush()
    # killed here; the next process starts on the same database
    Journal(store, "hall-1", clock=clock.now).record_start().wait(10)
    (run,), (visit,) = runs(store), visits(store)
    assert (run["outcome"], run["active_ms"], visit["end_reason"]) == ("interrupted", 20_000, "interrupted")
