"""`kiosk kpi --source` and `kiosk export --source` on a centre database: the statistics engine
over the centre, each person once across stations and days, equal to a recount; a demo centre's
figures are shown, marked demo; a city database that is not a hub gives only what adds up."""

from __future__ import annotations

import csv
import datetime as dt
import json
import random

import psycopg

from kiosk.cli import main
from kiosk.hub.demo_centre import build_demo_centre, centre_plan
from tests.hub.recount import PERIOD, recount
from tests.hub.test_hub_resilience import MIX
from tests.stats.stats_helpers import pdf_text

RANGE = ["--from", PERIOD.first.isoformat(), "--to", PERIOD.last.isoformat()]


def configure(tmp_path, monkeypatch, min_cell=1):
    config = tmp_path / "office.toml"
    config.write_text(f'[storage]\npath = "{tmp_path / "office"}"\n[stats]\nmin_cell = {min_cell}\n', encoding="utf-8")
    monkeypatch.setenv("VIZIUM_CONFIG", str(config))


def a_centre(hub_dsn, make_station):
    """Three stations; the pupils registered at the first come to sessions at all three."""
    stations = [make_station(name) for name in ("a", "b", "c")]
    codes = stations[0].session("ROBO-START", newcomers=MIX)
    for station in stations:
        station.sync(hub_dsn)
    rng = random.Random(19)
    for week in range(3):
        for station in stations:
            station.clock.advance(7 * 86_400 + week)
            station.session("ROBO-START", returning=rng.sample(codes, 6))
            station.play(rng.randint(2, 5), rng)
    for station in stations:
        station.sync(hub_dsn)
    return stations


def kpis(printed: str) -> dict:
    return {row["key"]: row for row in json.loads(printed)["kpis"]}


def test_kpi_from_the_hub_counts_each_person_once_across_stations_and_days(
    hub_dsn, make_station, tmp_path, monkeypatch, capsys
):
    stations = a_centre(hub_dsn, make_station)
    configure(tmp_path, monkeypatch)
    assert main(["kpi", *RANGE, "--source", hub_dsn, "--json"]) == 0
    printed = capsys.readouterr().out
    data, rows = json.loads(printed), kpis(printed)
    assert data["demo"] is False and data["stations"] == ["a", "b", "c"]
    assert rows["pupils_students"]["value"] == recount(stations, ("pupil", "student")) == 9
    assert rows["teachers"]["value"] == recount(stations, ("teacher",)) == 1
    assert rows["visitors"]["value"] == sum(len(s.rows("SELECT id FROM visits")) for s in stations)
    for cell in rows["pupils_students"]["breakdowns"]["gender_age"]:
        gender, age = cell["cell"].removeprefix("gender-").split(".age-")
        assert cell["value"] == recount(stations, ("pupil", "student"), lambda g, a, w=(gender, age): (g, a) == w)
    # One station of the centre: its own people, from the hub.
    assert main(["kpi", *RANGE, "--source", hub_dsn, "--station", "b", "--json"]) == 0
    assert kpis(capsys.readouterr().out)["pupils_students"]["value"] == recount(stations[1:2], ("pupil", "student"))


def test_export_from_the_hub_has_the_centres_figures_and_its_records(
    hub_dsn, make_station, tmp_path, monkeypatch, capsys
):
    stations = a_centre(hub_dsn, make_station)
    configure(tmp_path, monkeypatch)
    out = tmp_path / "centre-export"
    assert main(["export", *RANGE, "--source", hub_dsn, "--format", "csv", "--out", str(out), "--lang", "en"]) == 0
    with (out / "kpis.csv").open(encoding="utf-8-sig") as handle:
        table = list(csv.reader(handle))
    pupils = next(row for row in table if row[0] == "pupils_students")
    assert float(pupils[2]) == recount(stations, ("pupil", "student"))  # the value column
    with (out / "visits.csv").open(encoding="utf-8-sig") as handle:
        assert len(list(csv.reader(handle))) - 1 == sum(len(s.rows("SELECT id FROM visits")) for s in stations)


def test_a_demo_centre_is_read_and_marked_demo(hub_dsn, tmp_path, monkeypatch, capsys):
    build_demo_centre(centre_plan(("demo-1", "demo-2"), days=14, end=dt.date(2026, 10, 18)), tmp_path / "st", hub_dsn)
    configure(tmp_path, monkeypatch)
    assert main(["kpi", *RANGE, "--source", hub_dsn, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["demo"] is True and kpis(json.dumps(data))["visitors"]["value"] > 0
    assert main(["kpi", *RANGE, "--source", hub_dsn]) == 0
    assert "DEMO" in capsys.readouterr().out
    out = tmp_path / "demo-export"
    assert main(["export", *RANGE, "--source", hub_dsn, "--format", "csv", "--out", str(out), "--lang", "en"]) == 0
    assert "DEMO" in (out / "about.csv").read_text(encoding="utf-8-sig")
    assert main(["export", *RANGE, "--source", hub_dsn, "--format", "pdf", "--out", str(tmp_path), "--lang", "lv"]) == 0
    assert "DEMO" in pdf_text(next(tmp_path.glob("*.pdf"))).text


def test_a_city_database_that_is_no_hub_gives_what_adds_up_and_says_where_people_are_counted(
    pg_server, tmp_path, monkeypatch, capsys
):
    from kiosk.sync.sinks.postgres import DDL

    dsn = pg_server.new_database()
    with psycopg.connect(dsn) as conn:
        conn.execute(DDL)
    configure(tmp_path, monkeypatch)
    assert main(["kpi", *RANGE, "--source", dsn, "--json"]) == 0
    captured = capsys.readouterr()
    rows = kpis(captured.out)
    assert rows["visitors"]["value"] == 0 and not rows["visitors"]["withheld"]
    assert rows["pupils_students"]["withheld"] and rows["pupils_students"]["value"] is None
    assert "kiosk hub init" in captured.err


def test_an_empty_database_is_neither_hub_nor_city_store(pg_server, tmp_path, monkeypatch, capsys):
    configure(tmp_path, monkeypatch)
    assert main(["kpi", *RANGE, "--source", pg_server.new_database()]) == 1
    assert "kiosk hub init" in capsys.readouterr().err
