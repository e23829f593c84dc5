"""Retiring a station (`kiosk hub retire`): a station switched off for good stops holding the
centre's privacy promises back, its records stay in the figures, and it cannot come back as itself.

Found: the hub keeps a purged code's sha256 until every station has taken the purge down, and a
station that was taken away for good never does, so the hashes stayed at the hub for ever (and the
floor showed the station offline for ever). Nothing could be done about it short of editing the
centre database by hand."""

from __future__ import annotations

import datetime as dt
import random

import psycopg
import pytest

from kiosk.cli import main
from kiosk.config import settings_from_mapping
from kiosk.console.floor import floor
from kiosk.hub.connection import HubError
from kiosk.hub.health import write_beat
from kiosk.hub.stations import StationRetired, retire_station
from tests.hub.conftest import hub_rows
from tests.hub.recount import assert_centre_equals_a_recount, assert_hub_holds_everything_once
from tests.hub.test_hub_purge_hashes import _centre_that_knows, _hash_at_hub, _purge_at


def _retire(dsn: str, station_id: str, **options):
    with psycopg.connect(dsn) as conn:
        return retire_station(conn, station_id, by="test", **options)


def _centre_counts(dsn: str) -> list[tuple]:
    return hub_rows(dsn, "SELECT (SELECT count(*) FROM visits), (SELECT count(*) FROM exhibit_runs),"
                         " (SELECT count(*) FROM attendance), (SELECT count(*) FROM participants)")


def test_a_retired_station_no_longer_holds_back_the_hashes_and_its_records_stay(hub_dsn, make_station):
    a, b, c, code = _centre_that_knows(hub_dsn, make_station)
    c.play(4, random.Random(3))
    c.sync(hub_dsn)  # its last round: then it is switched off for good
    _purge_at(a, code)
    for station in (a, b):
        station.sync(hub_dsn)
    assert _hash_at_hub(hub_dsn, code)  # kept for C, which will never come
    counts = _centre_counts(hub_dsn)

    retired = _retire(hub_dsn, "c")

    assert (retired.station_id, retired.unsent, retired.hashes_forgotten) == ("c", 0, 1)
    assert not _hash_at_hub(hub_dsn, code)
    assert _centre_counts(hub_dsn) == counts  # its visits, runs and check-ins stay in the figures
    assert_hub_holds_everything_once(hub_dsn, (a, b, c))
    with psycopg.connect(hub_dsn) as conn:  # the floor shows the stations that are there
        assert [s.station_id for s in floor(conn, dt.date.today(), dt.datetime.now(dt.UTC))] == ["a", "b"]
    # The next purges are not held back for it either.
    other = b.session("ROBO-START", newcomers=[("13-15", "female", "pupil")])[0]
    for station in (a, b):
        station.sync(hub_dsn)
    _purge_at(b, other)
    b.sync(hub_dsn)
    a.sync(hub_dsn)
    assert not _hash_at_hub(hub_dsn, other)


def test_a_retired_station_that_comes_back_is_refused_and_changes_nothing(hub_dsn, make_station):
    a, b, c, code = _centre_that_knows(hub_dsn, make_station)
    _retire(hub_dsn, "c")
    c.session("ROBO-START", returning=[code])  # somebody switched it on again
    counts = _centre_counts(hub_dsn)
    with pytest.raises(StationRetired, match=r"c was retired at the hub on .*new station id"):
        c.sync(hub_dsn)
    settings = settings_from_mapping({"station": {"id": "c"}, "storage": {"path": "/nonexistent"}})
    with psycopg.connect(hub_dsn) as conn, pytest.raises(StationRetired):
        write_beat(conn, settings, {"version": "test"})
    assert _centre_counts(hub_dsn) == counts
    assert hub_rows(hub_dsn, "SELECT last_beat FROM stations WHERE station_id = 'c'") == [(None,)]
    assert_centre_equals_a_recount(hub_dsn, (a, b))  # c's rows at the hub are what they were
    with pytest.raises(HubError, match="already retired"):
        _retire(hub_dsn, "c")


def test_records_a_station_said_it_had_not_sent_are_named_and_need_force(hub_dsn, make_station, capsys):
    _centre_that_knows(hub_dsn, make_station)
    settings = settings_from_mapping({"station": {"id": "c"}, "storage": {"path": "/nonexistent"}})
    with psycopg.connect(hub_dsn) as conn:  # its last beat, after its last round: 5 records waited
        write_beat(conn, settings, {"version": "test", "waiting_hub": 5},
                   at=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1))
    with pytest.raises(HubError, match=r"5 records .* not at the hub.*--force"):
        _retire(hub_dsn, "c")
    assert hub_rows(hub_dsn, "SELECT retired_at FROM stations WHERE station_id = 'c'") == [(None,)]

    assert main(["hub", "retire", "c", "--dsn", hub_dsn]) != 0  # the command says the same
    assert "--force" in capsys.readouterr().err
    assert main(["hub", "retire", "c", "--dsn", hub_dsn, "--force"]) == 0
    out = capsys.readouterr().out
    assert "Station c retired" in out and "5 records" in out and "new station id" in out
    assert main(["hub", "--dsn", hub_dsn, "status"]) == 0
    assert "c (retired " in capsys.readouterr().out


def test_an_unknown_station_cannot_be_retired(hub_dsn, capsys):
    with pytest.raises(HubError, match="no station 'ghost' at the hub"):
        _retire(hub_dsn, "ghost")
    assert main(["hub", "retire", "ghost", "--dsn", hub_dsn]) != 0
    assert "kiosk hub status" in capsys.readouterr().err
