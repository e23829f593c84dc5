"""The visit journal records visits, runs and events with the right times and outcomes."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kiosk.journal import Journal, RunResult


class FakeClock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock():
    return FakeClock(dt.datetime(2026, 3, 28, 21, 59, 0, tzinfo=dt.UTC))


def test_visit_and_run_with_times_outcome_and_local_day(store, clock):
    journal = Journal(store, "hall-1", "Europe/Riga", clock=clock)
    visit = journal.start_visit("lv")
    run = journal.start_run(visit, "pendulum")
    clock.advance(seconds=95)
    journal.end_run(run, RunResult("completed", score=3, interactions=12, active_ms=80_000))
    journal.set_visit_language(visit, "ru")
    clock.advance(seconds=5)
    assert journal.end_visit(visit, "idle").wait(10)
    (row,) = store.query("SELECT * FROM visits")
    assert row["started_at"] == "2026-03-28T21:59:00.000Z"
    assert row["ended_at"] == "2026-03-28T22:00:40.000Z"
    # 21:59 UTC is 23:59 in Riga (UTC+2 until the clocks change that night).
    assert row["local_day"] == "2026-03-28"
    assert (row["language"], row["end_reason"], row["station_id"]) == ("ru", "idle", "hall-1")
    (run_row,) = store.query("SELECT * FROM exhibit_runs")
    assert (run_row["outcome"], run_row["score"], run_row["interactions"], run_row["active_ms"]) == (
        "completed",
        3,
        12,
        80_000,
    )
    assert run_row["ended_at"] == "2026-03-28T22:00:35.000Z"


def test_local_day_follows_riga_summer_time(store):
    clock = FakeClock(dt.datetime(2026, 7, 1, 21, 30, tzinfo=dt.UTC))  # 00:30 on 2 July in Riga
    journal = Journal(store, "s", "Europe/Riga", clock=clock)
    journal.start_visit("en")
    store.flush()
    assert store.query("SELECT local_day FROM visits")[0]["local_day"] == "2026-07-02"


def test_ending_twice_keeps_the_first_end(store, clock):
    journal = Journal(store, "s", clock=clock)
    visit = journal.start_visit("en")
    journal.end_visit(visit, "idle")
    clock.advance(minutes=5)
    journal.end_visit(visit, "shutdown").wait(10)
    assert store.query("SELECT end_reason FROM visits")[0]["end_reason"] == "idle"


def test_ids_continue_after_a_restart(store, clock):
    first = Journal(store, "s", clock=clock)
    visit = first.start_visit("lv")
    store.flush()
    second = Journal(store, "s", clock=clock)
    assert second.start_visit("lv") == visit + 1


def test_open_visits_from_a_crash_are_closed_at_start(store, clock):
    journal = Journal(store, "s", clock=clock)
    visit = journal.start_visit("lv")
    journal.start_run(visit, "waves")
    journal.close_open_visits().wait(10)
    assert store.query("SELECT end_reason FROM visits")[0]["end_reason"] == "shutdown"
    assert store.query("SELECT outcome FROM exhibit_runs")[0]["outcome"] == "abandoned"


def test_events_keep_details_as_json(store, clock):
    journal = Journal(store, "s", clock=clock)
    journal.event("staff.exit", role="staff", note="Ventspils").wait(10)
    row = store.query("SELECT kind, detail FROM app_events")[0]
    assert row["kind"] == "staff.exit" and json.loads(row["detail"]) == {"role": "staff", "note": "Ventspils"}


def test_bad_outcome_and_reason_are_refused(store, clock):
    journal = Journal(store, "s", clock=clock)
    with pytest.raises(ValueError, match="outcome"):
        journal.end_run(1, RunResult("won"))
    with pytest.raises(ValueError, match="end_reason"):
        journal.end_visit(1, "bored")
