"""Replication between stations and the hub: everything once, badges on every station."""

from __future__ import annotations

import random

import psycopg
import pytest

from kiosk.hub.connection import HubError, HubUnavailable
from kiosk.hub.replication import sync_station
from kiosk.hub.schema import LATEST_VERSION, hub_version, init_hub
from kiosk.programmes.service import UNKNOWN
from tests.hub.conftest import hub_rows

PUPILS = [("9-12", "female", "pupil")] * 3 + [("9-12", "male", "pupil")] * 2 + [("26-64", "female", "teacher")]


def test_init_creates_and_upgrades_idempotently(pg_server):
    dsn = pg_server.new_database()
    assert init_hub(dsn) == (LATEST_VERSION, list(range(1, LATEST_VERSION + 1)))
    assert init_hub(dsn) == (LATEST_VERSION, [])


def test_a_hub_newer_than_the_kiosk_is_refused_with_what_to_do(pg_server, hub_dsn, make_station):
    with psycopg.connect(hub_dsn) as conn:
        conn.execute("UPDATE hub_meta SET value = %s WHERE key = 'schema_version'", (str(LATEST_VERSION + 1),))
        assert hub_version(conn) == LATEST_VERSION + 1
    station = make_station("a")
    with pytest.raises(HubError, match="update the kiosk software"):
        station.sync(hub_dsn)
    with pytest.raises(HubError, match="newer than this kiosk"):
        init_hub(hub_dsn)


def test_an_unreachable_hub_changes_nothing_and_says_where(make_station, tmp_path):
    station = make_station("a")
    station.play(3, random.Random(1))
    dsn = f"host={tmp_path} port=1 user=kiosk password=secret dbname=none"
    with pytest.raises(HubUnavailable) as raised:
        sync_station(station.store, dsn, station.identity())
    assert "secret" not in str(raised.value) and str(tmp_path) in str(raised.value)


def test_three_stations_replicate_each_record_once_and_again_changes_nothing(hub_dsn, make_station):
    stations = [make_station(name) for name in ("a", "b", "c")]
    rng = random.Random(7)
    for station in stations:
        station.play(rng.randint(5, 12), rng)
        station.session("ROBO-START", newcomers=PUPILS)
    for station in stations:
        report = station.sync(hub_dsn)
        assert report.sent["visits"] > 0 and report.sent["attendance"] == len(PUPILS)
    for table in ("visits", "exhibit_runs", "programme_sessions", "attendance"):
        local = sum(len(s.rows(f"SELECT * FROM {table}")) for s in stations)
        assert hub_rows(hub_dsn, f"SELECT count(*) FROM {table}")[0][0] == local, table
    assert hub_rows(hub_dsn, "SELECT count(*) FROM participants")[0][0] == 3 * len(PUPILS)
    # A repeated round finds nothing to send and changes nothing.
    before = hub_rows(hub_dsn, "SELECT station_id, id, ended_at, received_at FROM visits ORDER BY 1, 2")
    for station in stations:
        assert station.sync(hub_dsn).sent_total == 0
    assert hub_rows(hub_dsn, "SELECT station_id, id, ended_at, received_at FROM visits ORDER BY 1, 2") == before


def test_an_open_visit_is_sent_again_once_it_has_ended(hub_dsn, make_station):
    station = make_station("a")
    visit = station.journal.start_visit("lv")
    station.sync(hub_dsn)
    assert hub_rows(hub_dsn, "SELECT ended_at FROM visits")[0][0] is None
    station.clock.advance(60)
    station.journal.end_visit(visit, "idle")
    assert station.sync(hub_dsn).sent["visits"] == 1
    assert hub_rows(hub_dsn, "SELECT end_reason FROM visits")[0][0] == "idle"


def test_a_badge_registered_at_one_station_checks_in_at_another(hub_dsn, make_station):
    a, b = make_station("a"), make_station("b")
    code = a.session("CODE-SCRATCH", newcomers=[("9-12", "female", "pupil")])[0]
    session = b.service.open_session("CODE-SCRATCH")
    assert b.service.check_in(session.id, code).outcome == UNKNOWN  # B has not heard of it yet
    a.sync(hub_dsn)
    assert b.sync(hub_dsn).participants_received == 1
    assert b.service.check_in(session.id, code).outcome != UNKNOWN
    b.service.end_session(session.id)
    b.sync(hub_dsn)
    # One person, two stations: the hub has two attendances of one participant.
    assert hub_rows(hub_dsn, "SELECT count(DISTINCT station_id), count(*) FROM attendance WHERE participant_code = %s",
                    (code,)) == [(2, 2)]


def test_a_replaced_station_database_keeps_the_old_records(hub_dsn, make_station):
    old = make_station("a")
    old.play(4, random.Random(3))
    old.sync(hub_dsn)
    fresh = make_station("a-replaced")  # station a again, on a fresh database whose ids start at 1 again
    fresh.station_id = "a"
    fresh.play(2, random.Random(4))
    fresh.sync(hub_dsn)
    assert hub_rows(hub_dsn, "SELECT count(*), count(DISTINCT database_id) FROM visits") == [(6, 2)]
