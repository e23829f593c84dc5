"""The visit journal records visits, runs and events with the right times and outcomes."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kiosk.journal import Journal, RunResult, iso_utc


class FakeClock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def _result(ticket):
    assert ticket.wait(10), ticket.error
    return ticket.result


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


def test_open_visits_from_a_crash_are_closed_at_start_as_interrupted(store, clock):
    journal = Journal(store, "s", clock=clock)
    visit = journal.start_visit("lv")
    journal.start_run(visit, "waves")
    journal.close_open_visits().wait(10)
    assert store.query("SELECT end_reason FROM visits")[0]["end_reason"] == "interrupted"
    assert store.query("SELECT outcome FROM exhibit_runs")[0]["outcome"] == "interrupted"


def test_interrupted_rows_end_at_the_last_heartbeat_not_at_the_restart(store, clock):
    journal = Journal(store, "s", clock=clock)
    journal.record_start(version="x").wait(10)
    visit = journal.start_visit("lv")
    clock.advance(seconds=20)
    run = journal.start_run(visit, "waves")
    clock.advance(seconds=30)
    journal.heartbeat()
    alive = clock.now
    clock.advance(hours=9)  # killed; the station restarts in the morning
    restarted = Journal(store, "s", clock=clock)
    recovery = restarted.record_start(version="x")
    assert recovery.wait(10)
    assert recovery.result.visits == 1 and recovery.result.runs == 1 and recovery.result.crashed
    (visit_row,) = store.query("SELECT * FROM visits")
    (run_row,) = store.query("SELECT * FROM exhibit_runs")
    assert visit_row["id"] == visit and run_row["id"] == run
    assert visit_row["ended_at"] == run_row["ended_at"] == iso_utc(alive)
    assert run_row["active_ms"] == 30_000 and run_row["outcome"] == "interrupted"


def test_a_row_written_after_the_last_heartbeat_ends_at_that_write(store, clock):
    journal = Journal(store, "s", clock=clock)
    journal.heartbeat()
    clock.advance(seconds=4)
    visit = journal.start_visit("en")
    clock.advance(seconds=3)
    journal.start_run(visit, "pendulum")
    clock.advance(hours=1)
    journal.close_open_visits().wait(10)
    (run_row,) = store.query("SELECT * FROM exhibit_runs")
    (visit_row,) = store.query("SELECT * FROM visits")
    assert run_row["ended_at"] == run_row["started_at"] == visit_row["ended_at"]
    assert run_row["active_ms"] == 0 and visit_row["ended_at"] > visit_row["started_at"]


def test_a_start_after_a_kill_records_a_crash_and_a_clean_stop_does_not(store, clock):
    journal = Journal(store, "s", clock=clock)
    journal.record_start(version="1").wait(10)
    journal.event("kiosk.stop").wait(10)
    assert not _result(journal.record_start(version="1")).crashed  # after a clean stop
    clock.advance(minutes=5)
    again = Journal(store, "s", clock=clock).record_start(version="1")  # no kiosk.stop: killed
    assert again.wait(10) and again.result.crashed
    kinds = [r["kind"] for r in store.query("SELECT kind FROM app_events ORDER BY id")]
    assert kinds == ["kiosk.start", "kiosk.stop", "kiosk.start", "kiosk.crash", "kiosk.start"]
    crash = json.loads(store.query("SELECT detail FROM app_events WHERE kind = 'kiosk.crash'")[0]["detail"])
    assert "without shutting down" in crash["error"]


def test_a_crash_already_recorded_is_not_recorded_twice(store, clock):
    journal = Journal(store, "s", clock=clock)
    journal.record_start(version="1")
    journal.event("kiosk.crash", error="RuntimeError('boom')")  # what kiosk.logs.record_crash writes
    assert not _result(journal.record_start(version="1")).crashed


def test_the_sync_scan_sees_the_days_of_rows_closed_after_a_kill(store, clock):
    from kiosk.sync import changes

    journal = Journal(store, "s", "Europe/Riga", clock=clock)
    journal.start_visit("lv")
    journal.heartbeat()
    clock.advance(days=3)
    watermark = clock.now
    clock.advance(seconds=1)
    journal.record_start(version="1").wait(10)
    (row,) = store.query("SELECT local_day, ended_at FROM visits")
    assert row["ended_at"] < iso_utc(watermark)  # ended at the last heartbeat, days ago ...
    days = changes.changed_days(store.reader(), watermark, "Europe/Riga", bounded=False)
    assert dt.date.fromisoformat(row["local_day"]) in days  # ... and its day is still recomputed


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


def test_ids_from_the_clock_when_the_database_cannot_be_read_are_said_in_the_log(store, clock, monkeypatch, caplog):
    monkeypatch.setattr(store, "next_free_id", lambda table: None)
    with caplog.at_level("WARNING", logger="kiosk.journal"):
        journal = Journal(store, "s", clock=clock)
    first = int(clock().timestamp() * 1000)
    assert journal.start_visit("lv") == first
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 2  # visits and exhibit runs
    assert all("cannot be read" in text and "kiosk doctor" in text for text in warnings)
    assert str(first) in warnings[0]
