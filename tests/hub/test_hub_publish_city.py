"""The NGSI-LD city broker fed by `kiosk hub publish`: it ends with the centre's period entities
equal to the hub's KPIs (every KPI and breakdown, year and month to date), a second publish sends
nothing, a grown period is updated in place, nothing personal is in any payload, and no demo
figure ever reaches it."""

from __future__ import annotations

import datetime as dt
import json
import random
from zoneinfo import ZoneInfo

import pytest

from kiosk.cli import main
from kiosk.hub.demo_centre import build_demo_centre, centre_plan
from kiosk.hub.snapshot import centre_snapshot
from kiosk.programmes.catalogue import load_catalogue
from kiosk.stats.engine import StatsEngine
from kiosk.sync.centre import centre_entity_id, period_cells, periods_to_date
from kiosk.sync.entities import ATTRIBUTES
from tests.hub.test_hub_publish import broker, centre_of_three, publishing_config  # noqa: F401 (fixture)


def publish(broker_url: str, hub_dsn: str) -> int:
    return main(["hub", "--dsn", hub_dsn, "publish", "--sink", "ngsi-ld", "--url", broker_url, "--wait", "5"])


def hub_kpis(hub_dsn: str) -> dict[str, float]:
    """Entity id -> value of every centre period cell, as the engine counts them over the hub."""
    today = dt.datetime.now(ZoneInfo("Europe/Riga")).date()
    catalogue, wanted = load_catalogue(), {}
    for label, period in periods_to_date(today):
        report = StatsEngine(centre_snapshot(hub_dsn, catalogue, period), min_cell=1).report(period)
        for cell in period_cells(report, label):
            wanted[centre_entity_id("vizium", cell.kpi, cell.breakdown, label)] = cell.value
    return wanted


def assert_broker_equals_the_hub(broker_state, hub_dsn) -> None:
    values, wanted = broker_state.values(), hub_kpis(hub_dsn)
    assert values and set(values) <= set(wanted)  # nothing but the centre's period cells
    for entity_id, value in wanted.items():
        assert values.get(entity_id, 0) == pytest.approx(value), entity_id  # a zero cell need not be sent
    labels = {entity_id.rsplit(":", 1)[1] for entity_id in values}
    assert len(labels) == 2  # the year and the month to date
    assert {entity_id.split(":")[-2] for entity_id in values} >= {"total", "gender-female", "gender-female.age-9-12"}


def test_the_broker_ends_equal_to_the_hubs_kpis_and_a_grown_period_is_updated_in_place(
    hub_dsn, make_station, broker, tmp_path, monkeypatch  # noqa: F811
):
    now = dt.datetime.now(dt.UTC)
    stations, codes = centre_of_three(hub_dsn, make_station, now)
    publishing_config(tmp_path, monkeypatch, min_cell=1)
    assert publish(broker.url, hub_dsn) == 0
    assert_broker_equals_the_hub(broker.state, hub_dsn)
    first = broker.state.values()

    applied = broker.state.applied_upserts
    assert publish(broker.url, hub_dsn) == 0  # nothing changed at the hub: nothing sent
    assert broker.state.applied_upserts == applied

    # The period grows: a new pupil at b; the same entities change value, none is added twice.
    stations[1].session("ROBO-START", newcomers=[("13-15", "male", "pupil")], returning=codes[:3])
    stations[1].sync(hub_dsn)
    assert publish(broker.url, hub_dsn) == 0
    assert_broker_equals_the_hub(broker.state, hub_dsn)
    year = f"{now.astimezone(ZoneInfo('Europe/Riga')):%Y}"
    total = centre_entity_id("vizium", "pupils_students", "total", year)
    assert broker.state.values()[total] == first[total] + 1
    assert broker.state.applied_upserts > applied


def test_nothing_personal_in_any_payload(hub_dsn, make_station, broker, tmp_path, monkeypatch):  # noqa: F811
    stations, codes = centre_of_three(hub_dsn, make_station, dt.datetime.now(dt.UTC))
    labels = {label for s in stations for (label,) in s.rows("SELECT group_label FROM participants") if label}
    publishing_config(tmp_path, monkeypatch, min_cell=1)
    assert publish(broker.url, hub_dsn) == 0
    entities = broker.state.entities()
    text = json.dumps(entities)
    assert not any(code in text for code in codes)
    assert not any(label in text for label in labels)
    for entity in entities.values():
        assert set(entity) - {"@context"} <= ATTRIBUTES
        assert entity.get("station", {"value": "centre"})["value"] == "centre"  # no station, no person
    for request in broker.state.requests:
        assert not any(code in " ".join(request.entity_ids) for code in codes)


def test_no_demo_figure_reaches_the_city(hub_dsn, make_station, broker, tmp_path, monkeypatch, capsys):  # noqa: F811
    today = dt.datetime.now(ZoneInfo("Europe/Riga")).date()
    build_demo_centre(centre_plan(("demo-1",), days=10, end=today), tmp_path / "demo", hub_dsn)
    publishing_config(tmp_path, monkeypatch, min_cell=1)
    # A hub of demo stations only has nothing for the city: not even zeros in place of figures.
    assert publish(broker.url, hub_dsn) == 2
    assert "demo" in capsys.readouterr().err and not broker.state.entities()
    # Beside a real station, the city receives the real station's figures only.
    now = dt.datetime.now(dt.UTC)
    real = make_station("kiosk-real", __import__("tests.sync.conftest", fromlist=["FakeClock"]).FakeClock(
        now - dt.timedelta(hours=3)))
    real.session("ROBO-START", newcomers=[("9-12", "female", "pupil")] * 2)
    real.play(2, random.Random(2))
    real.sync(hub_dsn)
    assert publish(broker.url, hub_dsn) == 0
    year = f"{now.astimezone(ZoneInfo('Europe/Riga')):%Y}"
    assert broker.state.values()[centre_entity_id("vizium", "pupils_students", "total", year)] == 2
