"""Station health at the hub (issue 19): heartbeats of three stations, offline from the last beat."""

from __future__ import annotations

import datetime as dt
import logging
import random

import psycopg

from kiosk.config import settings_from_mapping
from kiosk.console.floor import FAULT, OFFLINE, ONLINE
from kiosk.console.floor import floor as console_floor
from kiosk.hub.health import BEAT_KEEP_DAYS
from kiosk.hub.station_link import StationLink
from kiosk.registry import entry_point_modules
from tests.hub.conftest import START, hub_rows


def link_for(station, dsn, tmp_path, **hub):
    settings = settings_from_mapping({
        "station": {"id": station.station_id},
        "storage": {"path": str(tmp_path / station.station_id)},
        "hub": {"dsn": dsn, "heartbeat_s": 60, **hub},
    })
    return StationLink(station.store, settings, clock=station.clock, beat_clock=station.clock)


def floor(dsn, now):
    """The console's floor, as staff see it at ``now``."""
    with psycopg.connect(dsn) as conn:
        return {s.station_id: s for s in console_floor(conn, now.date(), now)}


def test_a_station_that_stops_beating_turns_offline_from_its_last_beat(hub_dsn, make_station, tmp_path):
    stations = [make_station(name) for name in ("a", "b", "c")]
    links = [link_for(station, hub_dsn, tmp_path) for station in stations]
    for link in links:
        assert link.tick(), link.last_error
    assert {s.status for s in floor(hub_dsn, START).values()} == {ONLINE}
    for _minute in range(1, 6):  # a and b go on beating every minute; c has gone quiet
        for station, link in zip(stations[:2], links[:2], strict=True):
            station.clock.advance(60)
            assert link.tick()
    now = START + dt.timedelta(minutes=5)
    status = floor(hub_dsn, now)
    assert status["a"].status == status["b"].status == ONLINE
    assert status["c"].status == OFFLINE
    assert status["c"].last_beat_at == START  # shown offline since its last beat
    assert floor(hub_dsn, START + dt.timedelta(minutes=3))["c"].status == ONLINE  # three beats may be missed
    assert hub_rows(hub_dsn, "SELECT count(*) FROM station_beats WHERE station_id = 'a'") == [(6,)]


def test_a_beat_says_what_staff_need_and_counts_each_fault_once(hub_dsn, make_station, tmp_path):
    a = make_station("a")
    link = link_for(a, hub_dsn, tmp_path)
    a.play(3, random.Random(1))
    a.journal.event("kiosk.crash", error="the kiosk stopped without shutting down (killed)")
    a.journal.event("exhibit.error", exhibit="waves", error="ZeroDivisionError('division by zero')",
                    traceback="Traceback (most recent call last): ...")
    a.journal.event("kiosk.error", error="RuntimeError('boom')", traceback="...")
    a.store.flush()
    link._since_event = 0  # as if the kiosk started before these events
    assert link.tick()
    (beat,) = hub_rows(hub_dsn, "SELECT last_beat FROM stations WHERE station_id = 'a'")[0]
    assert [f["exhibit"] for f in beat["exhibit_faults"]] == ["waves"]
    assert [f["message"] for f in beat["errors"]] == ["RuntimeError('boom')"]
    assert "Traceback" not in str(beat)  # a beat names the error, never the traceback
    assert beat["last_crash"]["message"].startswith("the kiosk stopped") and beat["crashed_since_last_beat"]
    assert beat["waiting_hub"] == 3 + 3  # visits and runs not yet replicated
    assert beat["open"] is True and beat["heartbeat_s"] == 60
    assert beat["store"]["health"] == "ok" and beat["disk_free_mb"] > 0
    assert beat["camera"] is None  # no camera activity ran
    # The exhibits installed on the station: the console checks the centre's exhibit lists against them.
    assert beat["exhibits"] == sorted(entry_point_modules()) and "pendulum" in beat["exhibits"]
    (light,) = floor(hub_dsn, a.clock()).values()
    assert light.status == FAULT and {"problem_faults", "problem_crash"} <= set(light.problems)
    a.clock.advance(60)
    assert link.tick()
    (beat,) = hub_rows(hub_dsn, "SELECT last_beat FROM stations WHERE station_id = 'a'")[0]
    assert beat["exhibit_faults"] == beat["errors"] == []  # counted by the beat before
    assert not beat["crashed_since_last_beat"] and beat["last_crash"]
    (light,) = floor(hub_dsn, a.clock()).values()
    assert light.status == ONLINE


def test_the_hub_keeps_a_week_of_beats(hub_dsn, make_station, tmp_path):
    a = make_station("a")
    link = link_for(a, hub_dsn, tmp_path)
    for _day in range(BEAT_KEEP_DAYS + 3):
        assert link.tick()
        a.clock.advance(86400)
    days = hub_rows(hub_dsn, "SELECT min(at), max(at), count(*) FROM station_beats")[0]
    assert days[1] - days[0] <= dt.timedelta(days=BEAT_KEEP_DAYS)
    assert days[2] == BEAT_KEEP_DAYS + 1


def test_a_hub_that_is_away_skips_beats_and_says_so_once(make_station, tmp_path, caplog):
    a = make_station("a")
    link = link_for(a, f"host={tmp_path} port=1 dbname=x password=hunter2", tmp_path)
    with caplog.at_level(logging.WARNING, logger="kiosk.hub.station_link"):
        assert not link.tick()
        assert not link.tick()
    warnings = [r for r in caplog.records if "heartbeat skipped" in r.getMessage()]
    assert len(warnings) == 1 and "hunter2" not in warnings[0].getMessage()
    assert "cannot reach the hub" in link.last_error


def test_the_background_thread_beats_and_stops(qtbot, hub_dsn, make_station, tmp_path):
    a = make_station("a")
    link = StationLink(a.store, settings_from_mapping({
        "station": {"id": "a"}, "storage": {"path": str(tmp_path / "a")}, "hub": {"dsn": hub_dsn},
    }), first_delay_s=0)
    link.start()
    qtbot.waitUntil(lambda: link.beats >= 1, timeout=20_000)
    assert link.stop(timeout_s=10)
    assert hub_rows(hub_dsn, "SELECT count(*) FROM stations WHERE last_beat_at IS NOT NULL") == [(1,)]
