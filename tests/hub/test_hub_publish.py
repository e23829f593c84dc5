"""What the city receives from a centre: period entities equal to the hub's KPIs, each person once."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest

from kiosk.cli import main
from kiosk.config import settings_from_mapping
from kiosk.hub.publish import compute_from_hub
from kiosk.hub.snapshot import centre_snapshot
from kiosk.programmes.catalogue import load_catalogue
from kiosk.stats.engine import StatsEngine
from kiosk.stats.periods import Period
from kiosk.stats.targets import load_targets
from kiosk.sync.centre import centre_entity_id, payloads
from kiosk.sync.entities import ATTRIBUTES
from tests.sync.conftest import FakeClock
from tests.sync.ngsi_ld_testserver import NgsiLdTestServer

MIX = [("9-12", "female", "pupil")] * 6 + [("9-12", "male", "pupil")] * 5 + [("13-15", "female", "student")] * 5 + [
    ("26-64", "female", "teacher")
]


@pytest.fixture
def broker():
    server = NgsiLdTestServer().start()
    yield server
    server.stop()


def centre_of_three(hub_dsn, make_station, now):
    stations = [make_station(name, FakeClock(now - dt.timedelta(hours=6))) for name in ("a", "b", "c")]
    codes = stations[0].session("ROBO-START", newcomers=MIX)
    stations[0].sync(hub_dsn)
    rng = random.Random(3)
    for station in stations[1:]:
        station.sync(hub_dsn)
        station.session("ROBO-START", returning=rng.sample(codes, 8))
        station.play(5, rng)
    for station in stations:
        station.sync(hub_dsn)
    return stations, codes


def publishing_config(tmp_path, monkeypatch, min_cell):
    config = tmp_path / "office.toml"
    config.write_text(
        f'[station]\nid = "office"\n[storage]\npath = "{tmp_path / "office"}"\n[stats]\nmin_cell = {min_cell}\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("VIZIUM_CONFIG", str(config))


def test_the_broker_holds_the_centres_year_to_date_kpis_equal_to_a_recount(
    hub_dsn, make_station, broker, tmp_path, monkeypatch, capsys
):
    now = dt.datetime.now(dt.UTC)
    _stations, codes = centre_of_three(hub_dsn, make_station, now)
    publishing_config(tmp_path, monkeypatch, min_cell=1)
    assert main(["hub", "--dsn", hub_dsn, "publish", "--sink", "ngsi-ld", "--url", broker.url, "--wait", "5"]) == 0
    values = broker.state.values()
    year = f"{now:%Y}"
    today = now.astimezone(dt.timezone(dt.timedelta(hours=2))).date()
    period = Period.custom(dt.date(today.year, 1, 1), today)
    report = StatsEngine(centre_snapshot(hub_dsn, load_catalogue(), period), targets=load_targets(),
                         min_cell=1).report(period)
    pupils = report.kpi("pupils_students")
    assert values[centre_entity_id("vizium", "pupils_students", "total", year)] == pupils.value == 16
    for cell in pupils.breakdowns["gender_age"]:
        entity = centre_entity_id("vizium", "pupils_students", cell.name, year)
        if cell.value:
            assert values[entity] == cell.value, cell.name
    assert values[centre_entity_id("vizium", "pupils_students", "gender-female.age-9-12", year)] == 6
    assert values[centre_entity_id("vizium", "teachers", "total", year)] == 1
    # Nothing personal: no participant code, no station ids of people, only allowed attributes.
    text = json.dumps(broker.state.entities())
    assert not any(code in text for code in codes)
    for entity in broker.state.entities().values():
        assert set(entity) - {"@context"} <= ATTRIBUTES
    # Additive counts are not centre entities (they stay daily per station).
    assert centre_entity_id("vizium", "visitors", "total", year) not in values
    # Publishing again sends nothing new.
    applied = broker.state.applied_upserts
    assert main(["hub", "--dsn", hub_dsn, "publish", "--sink", "ngsi-ld", "--url", broker.url, "--wait", "5"]) == 0
    assert broker.state.applied_upserts == applied
    assert "0 changed" in capsys.readouterr().out.splitlines()[-2]


def test_small_cells_of_the_centre_are_withheld(hub_dsn, make_station, tmp_path):
    now = dt.datetime.now(dt.UTC)
    centre_of_three(hub_dsn, make_station, now)
    settings = settings_from_mapping({"storage": {"path": str(tmp_path / "x")}, "stats": {"min_cell": 5}})
    computed = compute_from_hub(hub_dsn, settings)
    year = f"{now:%Y}"
    ids = {e["id"]: e["kpiValue"] for e in computed.entities}
    assert ids[centre_entity_id("vizium", "pupils_students", "total", year)] == 16
    assert centre_entity_id("vizium", "teachers", "gender-female", year) in computed.withheld_ids  # one teacher
    assert all(not (0 < value < 5) for key, value in ids.items() if key.split(":")[-2] != "total"
               and isinstance(value, int) and ":pupils_students:" in key)


def test_two_publishers_on_the_same_hub_data_queue_identical_payloads(hub_dsn, make_station, tmp_path):
    centre_of_three(hub_dsn, make_station, dt.datetime.now(dt.UTC))
    first = compute_from_hub(hub_dsn, settings_from_mapping({"storage": {"path": str(tmp_path / "p1")}}))
    second = compute_from_hub(hub_dsn, settings_from_mapping({"storage": {"path": str(tmp_path / "p2")}}))
    assert payloads(first.entities) == payloads(second.entities)
