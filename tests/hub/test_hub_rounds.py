"""The running kiosk's hub rounds: a background thread that never takes the kiosk down (issue 15)."""

from __future__ import annotations

import random

from kiosk.config import settings_from_mapping
from kiosk.hub.rounds import HubRounds
from kiosk.journal import mark_demo_database
from tests.hub.conftest import hub_rows


def station_settings(station_id: str, dsn: str):
    return settings_from_mapping({"station": {"id": station_id}, "hub": {"dsn": dsn, "sync_interval_s": 10}})


def test_the_background_round_sends_everything_and_stops_cleanly(qtbot, hub_dsn, make_station):
    a = make_station("a")
    a.play(4, random.Random(1))
    a.session("CODE-SCRATCH", newcomers=[("9-12", "female", "pupil")])
    a.store.flush()
    rounds = HubRounds(a.store, station_settings("a", hub_dsn), first_delay_s=0)
    before = rounds.state()
    assert before.waiting_up == 4 + 4 + 1 + 1 + 1  # visits, runs, the session, its participant and attendance
    assert before.last_round_at is None and before.address and "password" not in before.address
    rounds.start()
    qtbot.waitUntil(lambda: rounds.rounds >= 1 and not rounds.busy, timeout=20_000)
    assert rounds.stop(timeout_s=10)
    assert not rounds.running
    state = rounds.state()
    assert state.last_error is None and state.last_success_at is not None
    assert state.waiting_up == 0 and state.last_report.sent["visits"] == 4
    assert hub_rows(hub_dsn, "SELECT count(*) FROM visits") == [(4,)]
    assert hub_rows(hub_dsn, "SELECT demo FROM stations WHERE station_id = 'a'") == [(False,)]


def test_an_unreachable_hub_is_said_in_words_and_nothing_is_lost(tmp_path, make_station):
    a = make_station("a")
    a.play(2, random.Random(2))
    a.store.flush()
    rounds = HubRounds(a.store, station_settings("a", f"host={tmp_path} port=1 dbname=x password=hunter2"))
    assert rounds.tick() is None  # no exception: the kiosk runs on
    state = rounds.state()
    assert "cannot reach the hub" in state.last_error and "hunter2" not in state.last_error
    assert state.last_round_at is not None and state.last_success_at is None
    assert state.waiting_up == 4


def test_a_malformed_hub_address_is_a_round_error_not_a_crash(make_station):
    a = make_station("a")
    rounds = HubRounds(a.store, station_settings("a", "this is = not 'a dsn"))
    assert rounds.tick() is None
    assert "not a valid PostgreSQL connection string" in rounds.state().last_error


def test_a_demo_database_marks_its_station_demo_at_the_hub(hub_dsn, make_station):
    a = make_station("a")
    a.store.call(mark_demo_database).wait(10)
    a.play(1, random.Random(3))
    a.store.flush()
    HubRounds(a.store, station_settings("a", hub_dsn)).tick()
    assert hub_rows(hub_dsn, "SELECT demo FROM stations WHERE station_id = 'a'") == [(True,)]
