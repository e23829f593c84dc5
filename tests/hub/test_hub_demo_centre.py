"""A demo centre (`kiosk demo-data --hub`): station databases filled and replicated as a real
centre's are, people who move between stations, and centre KPIs equal to a recount."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

import pytest

from kiosk.config import settings_from_mapping
from kiosk.hub.connection import HubError
from kiosk.hub.demo_centre import build_demo_centre, centre_plan
from kiosk.hub.snapshot import read_centre
from kiosk.journal import is_demo_database
from kiosk.stats.engine import StatsEngine
from kiosk.stats.periods import Period
from tests.hub.conftest import hub_rows
from tests.hub.recount import PERIOD, TABLES, recount

STATIONS = ("hall-1", "hall-2", "hall-3")
END = dt.date(2026, 11, 29)  # ten weeks: two months of workshops, the autumn holidays included


class StationFile:
    """A station database as the recount reads it (``rows(sql)``)."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def rows(self, sql: str) -> list[tuple]:
        return self.conn.execute(sql).fetchall()


@pytest.fixture(scope="module")
def demo_centre(pg_server, tmp_path_factory):
    dsn = pg_server.new_database()
    from kiosk.hub.schema import init_hub

    init_hub(dsn)
    folder = tmp_path_factory.mktemp("centre") / "stations"
    summary = build_demo_centre(centre_plan(STATIONS, days=70, end=END, seed=4), folder, dsn)
    return dsn, summary, {station: StationFile(path) for station, path in summary.databases.items()}


def test_each_station_has_its_own_demo_database_named_by_its_id(demo_centre):
    dsn, summary, files = demo_centre
    assert [path.name for path in summary.databases.values()] == [f"{s}.db" for s in STATIONS]
    for station, file in files.items():
        assert is_demo_database(file.conn)
        assert {row[0] for row in file.rows("SELECT DISTINCT station_id FROM visits")} == {station}
    assert dict(hub_rows(dsn, "SELECT station_id, demo FROM stations")) == dict.fromkeys(STATIONS, True)


def test_the_hub_holds_every_record_of_every_station_once(demo_centre):
    dsn, _summary, files = demo_centre
    for table in TABLES:
        local = sum(len(f.rows(f"SELECT * FROM {table}")) for f in files.values())
        assert local > 0
        assert hub_rows(dsn, f"SELECT count(*) FROM {table}")[0][0] == local, table


def test_badges_printed_at_one_station_check_in_at_another(demo_centre):
    dsn, _summary, files = demo_centre
    moved = hub_rows(
        dsn,
        "SELECT DISTINCT p.code, p.role FROM attendance a JOIN participants p ON p.code = a.participant_code"
        " WHERE a.station_id <> p.registered_at_station",
    )
    assert {role for _code, role in moved} >= {"pupil", "teacher"}
    for code, _role in moved:  # the station where it checked in knows the code only from the registry
        home = hub_rows(dsn, "SELECT registered_at_station FROM participants WHERE code = %s", (code,))[0][0]
        elsewhere = [s for s, f in files.items() if s != home
                     and f.rows(f"SELECT 1 FROM attendance WHERE participant_code = '{code}'")]
        assert elsewhere


def test_a_pupil_at_two_stations_counts_once_and_the_centre_equals_a_recount(demo_centre, tmp_path):
    dsn, _summary, files = demo_centre
    stations = list(files.values())
    settings = settings_from_mapping({"storage": {"path": str(tmp_path)}, "stats": {"min_cell": 1}})
    reading = read_centre(dsn, settings, PERIOD)
    assert reading.demo and reading.report.demo and reading.stations == STATIONS  # read, marked demo
    centre = reading.report
    pupils = recount(stations, ("pupil", "student"))
    per_station = sum(
        StatsEngine(f.conn, min_cell=1).report(PERIOD).kpi("pupils_students").value for f in stations
    )
    assert centre.kpi("pupils_students").value == pupils < per_station
    assert centre.kpi("teachers").value == recount(stations, ("teacher",))
    assert centre.kpi("visitors").value == sum(len(f.rows("SELECT id FROM visits")) for f in stations)
    assert centre.kpi("exhibit_runs").value == sum(len(f.rows("SELECT id FROM exhibit_runs")) for f in stations)
    for cell in centre.kpi("pupils_students").breakdowns["gender_age"]:
        wanted = cell.key
        assert cell.value == recount(stations, ("pupil", "student"), lambda g, a, w=wanted: (g, a) == w), wanted


def test_beside_a_real_station_a_demo_station_is_left_out_of_the_reading(hub_dsn, make_station, tmp_path):
    build_demo_centre(centre_plan(("demo-1",), days=7, end=dt.date(2026, 9, 13)), tmp_path / "demo", hub_dsn)
    real = make_station("kiosk-real")
    real.play(3, random.Random(1))
    real.sync(hub_dsn)
    settings = settings_from_mapping({"storage": {"path": str(tmp_path)}})
    reading = read_centre(hub_dsn, settings, Period.custom(dt.date(2026, 9, 1), dt.date(2026, 9, 30)))
    assert not reading.demo and not reading.report.demo and reading.stations == ("kiosk-real",)
    assert reading.report.kpi("visitors").value == 3


def test_kiosk_demo_data_with_a_hub_makes_the_centre_in_the_data_folder(hub_dsn, tmp_path, monkeypatch, capsys):
    from kiosk.cli import main

    config = tmp_path / "kiosk.toml"
    config.write_text(f'[station]\nid = "hall-1"\n[storage]\npath = "{tmp_path / "data"}"\n', encoding="utf-8")
    monkeypatch.setenv("VIZIUM_CONFIG", str(config))
    command = ["demo-data", "--days", "14", "--stations", "3", "--end", "2026-10-18", "--hub", hub_dsn]
    assert main(command) == 0
    assert "demo stations" in capsys.readouterr().out
    folder = tmp_path / "data" / "stations"
    assert sorted(p.name for p in folder.glob("*.db")) == ["hall-1.db", "hall-2.db", "hall-3.db"]
    assert dict(hub_rows(hub_dsn, "SELECT station_id, demo FROM stations")) == dict.fromkeys(STATIONS, True)
    assert not (tmp_path / "data" / "kiosk.db").exists()  # the station's own database is left alone
    assert main(command) == 1  # never twice into the same databases
    assert "already has visits" in capsys.readouterr().err
    assert main([*command, "--db", str(tmp_path / "x.db")]) == 2


def test_a_real_centres_database_is_refused(hub_dsn, make_station, tmp_path):
    real = make_station("kiosk-1")
    real.play(2, random.Random(3))
    real.sync(hub_dsn)
    plan = centre_plan(("kiosk-1", "kiosk-2"), days=7, end=dt.date(2026, 9, 13))
    with pytest.raises(HubError, match=r"real stations \(kiosk-1\): a demo centre goes into a database of its own"):
        build_demo_centre(plan, tmp_path / "d", hub_dsn)
    assert hub_rows(hub_dsn, "SELECT station_id, demo FROM stations") == [("kiosk-1", False)]
    assert not (tmp_path / "d").exists()


def test_a_demo_centre_s_stations_have_beaten_once_so_the_floor_shows_them(tmp_path, hub_dsn):
    """The console's floor of a fresh demo centre shows its stations online, not 'never sent a beat'."""
    import psycopg

    from kiosk.console.floor import floor

    build_demo_centre(centre_plan(("demo-1", "demo-2"), days=7, end=dt.date(2026, 9, 13)), tmp_path / "demo", hub_dsn)
    with psycopg.connect(hub_dsn) as conn:
        states = floor(conn, dt.date.today(), dt.datetime.now(dt.UTC))
    assert [(s.station_id, s.status, s.demo) for s in states] == [
        ("demo-1", "online", True), ("demo-2", "online", True)]
