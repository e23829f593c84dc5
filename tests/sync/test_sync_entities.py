"""KPI entities: valid FIWARE KeyPerformanceIndicator, deterministic ids, suppression, nothing personal."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from kiosk.stats.daily import DailyCell
from kiosk.sync.entities import (
    ATTRIBUTES,
    SUPPRESSED,
    StationIdentity,
    build_entities,
    entity_id,
    key_values,
    normalized,
    parse_entity_id,
    payload_hash,
    suppressed_copy,
)

FIXTURES = Path(__file__).parent / "fixtures"
STATION = StationIdentity("vizium", "kiosk-1")
DAY = dt.date(2025, 3, 4)
STAMP = "2025-03-04T20:00:00.000Z"

#: What a participant record holds (DESIGN.md section 5): none of it may appear in a payload.
PERSONAL = ("participant", "code", "group", "group_label", "birth", "name_of", "email", "phone", "address")


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    """The reference schema, its $ref to common-schema.json resolved from the fixtures (no network)."""
    schema = json.loads((FIXTURES / "schema.json").read_text())
    common = json.loads((FIXTURES / "common-schema.json").read_text())
    registry = Registry().with_resource(common["$id"], Resource.from_contents(common))
    return Draft202012Validator(schema, registry=registry, format_checker=FormatChecker())


def cells() -> list[DailyCell]:
    return [
        DailyCell("visitors", "total", DAY, 143, unit="visits", category=("quantitative", "output"),
                 process="exhibits", description="Visits to the kiosk's exhibits"),
        DailyCell("pupils", "gender-female", DAY, 12, unit="people", people=True, process="STEM programmes"),
        DailyCell("pupils", "age-65+", DAY, 7, unit="people", people=True, process="STEM programmes"),
        DailyCell("active-minutes", "exhibit-pendulum", DAY, 81.5, unit="minutes", process="exhibits"),
    ]


def test_entities_validate_against_the_fiware_schema(validator):
    entities = build_entities(cells(), STATION, min_cell=5, date_modified=STAMP)
    assert len(entities) == 4
    for entity in entities:
        errors = sorted(validator.iter_errors(entity), key=str)
        assert not errors, [e.message for e in errors]


def test_the_validator_really_checks_the_enumerations(validator):
    entity = build_entities(cells(), STATION, 5, STAMP)[0]
    for key, bad in (("calculationFrequency", "fortnightly"), ("category", ["important"]), ("type", "Kpi")):
        assert list(validator.iter_errors({**entity, key: bad})), key


def test_entity_fields_follow_the_issue():
    entity = key_values(cells()[0], STATION, STAMP)
    assert entity["id"] == "urn:ngsi-ld:KeyPerformanceIndicator:vizium:kiosk-1:visitors:total:2025-03-04"
    assert entity["type"] == "KeyPerformanceIndicator"
    assert entity["kpiValue"] == 143
    assert entity["calculationPeriod"] == {"from": "2025-03-04", "to": "2025-03-04"}
    assert entity["calculationFrequency"] == "daily"
    assert entity["calculationMethod"] == "automatic"
    assert entity["category"] == ["quantitative", "output"]
    assert entity["organization"].startswith("VIZIUM")
    assert entity["process"] == "exhibits"
    assert entity["dateModified"] == STAMP
    assert "createdAt" not in entity and "modifiedAt" not in entity  # broker-managed


def test_ids_are_deterministic_and_parse_back():
    first = entity_id("vizium", "kiosk-1", "pupils", "age-65+", DAY)
    assert first == entity_id("vizium", "kiosk-1", "pupils", "age-65+", DAY)
    assert first.endswith(":pupils:age-65plus:2025-03-04")
    key = parse_entity_id(first)
    parts = (key.site, key.station, key.kpi, key.breakdown, key.day)
    assert parts == ("vizium", "kiosk-1", "pupils", "age-65plus", DAY)
    assert entity_id("vizium", "hall A/2", "x", "total", DAY).split(":")[4] == "hall-A-2"


@pytest.mark.parametrize(
    "text, message",
    [
        ("urn:ngsi-ld:Other:a:b:c:d:2025-01-01", "is not a KeyPerformanceIndicator id"),
        ("urn:ngsi-ld:KeyPerformanceIndicator:a:b:c", "must have site, station"),
        ("urn:ngsi-ld:KeyPerformanceIndicator:a:b:c:d:yesterday", "does not end with a day"),
    ],
)
def test_malformed_ids_are_refused_clearly(text, message):
    with pytest.raises(ValueError, match=message):
        parse_entity_id(text)


def test_an_empty_id_part_is_refused_with_its_name():
    with pytest.raises(ValueError, match="station '///'"):
        entity_id("vizium", "///", "visitors", "total", DAY)


def test_small_people_cells_are_suppressed_but_totals_and_non_people_stay():
    small = [
        DailyCell("pupils", "total", DAY, 3, people=True),
        DailyCell("pupils", "gender-male", DAY, 3, people=True),
        DailyCell("pupils", "gender-female", DAY, 0, people=True),
        DailyCell("pupils", "role-teacher", DAY, 5, people=True),
        DailyCell("exhibit-runs", "exhibit-waves", DAY, 2),
        DailyCell("pupils", "age-9-12", DAY, 40, people=True, suppressed=True),
    ]
    kept = {(e["name"], e["breakdown"]) for e in build_entities(small, STATION, min_cell=5, date_modified=STAMP)}
    assert kept == {("pupils", "total"), ("pupils", "gender-female"), ("pupils", "role-teacher"),
                    ("exhibit-runs", "exhibit-waves")}


def test_no_personal_field_and_nothing_outside_the_allow_list():
    for entity in build_entities(cells(), STATION, 5, STAMP):
        assert set(entity) <= ATTRIBUTES
        text = json.dumps(entity).lower()
        for word in PERSONAL:
            assert f'"{word}' not in text, word


def test_normalized_form_wraps_each_attribute():
    entity = key_values(cells()[0], STATION, STAMP)
    linked = normalized(entity)
    assert linked["id"] == entity["id"] and linked["type"] == entity["type"]
    assert linked["kpiValue"] == {"type": "Property", "value": 143}
    assert linked["dateModified"] == {"type": "Property", "value": {"@type": "DateTime", "@value": STAMP}}
    assert "@context" not in linked
    inline = normalized(entity, context=["https://example.org/ctx.jsonld"])
    assert inline["@context"] == ["https://example.org/ctx.jsonld"]


def test_hash_ignores_the_modification_stamp_only():
    entity = key_values(cells()[0], STATION, STAMP)
    assert payload_hash(entity) == payload_hash({**entity, "dateModified": "2030-01-01T00:00:00.000Z"})
    assert payload_hash(entity) != payload_hash({**entity, "kpiValue": 144})


def test_a_withdrawn_cell_still_validates(validator):
    entity = key_values(cells()[1], STATION, STAMP)
    withdrawn = suppressed_copy(entity, STAMP)
    assert withdrawn["kpiValue"] == SUPPRESSED
    assert not list(validator.iter_errors(withdrawn))


def test_the_engines_entities_validate_and_carry_nothing_personal(
    validator, settings, station_store, station_journal, clock, kpi_engine
):
    """Real days with programme sessions: every entity is valid, none names a participant or group."""
    from kiosk.config import ProgrammesSettings
    from kiosk.programmes.catalogue import load_catalogue
    from kiosk.programmes.service import ProgrammeService
    from kiosk.stats.engine import StatsEngine
    from kiosk.stats.targets import Targets
    from kiosk.sync.centre import CENTRE, centre_entities, queue_centre_entities
    from kiosk.sync.outbox import Outbox
    from tests.sync.conftest import PEOPLE_MIX, hold_session, play_day

    days = [DAY, DAY + dt.timedelta(days=2)]
    codes = []
    for day in days:
        play_day(station_journal, clock, day, visits=30)
        codes += hold_session(station_store, station_journal, clock, day, returning=codes[:6])
    service = ProgrammeService(station_store, station_journal, load_catalogue(), ProgrammesSettings(), clock=clock)
    session = service.open_session("ASTRO-SKY")
    for age_band, gender, role in PEOPLE_MIX:
        codes.append(service.register(age_band, gender, role, group_label="7B", session_id=session.id).code)
    service.end_session(session.id)
    outbox = Outbox(station_store, kpi_engine, STATION, clock=clock)
    outbox.refresh(days)
    # People counts go once per centre and period (here the station is its own centre).
    engine = StatsEngine(station_store.reader(), targets=Targets({}, Path("-")), min_cell=5)
    queue_centre_entities(station_store, centre_entities(engine.report, "vizium", days[-1], 5, STAMP))
    rows = station_store.query("SELECT station_id, payload FROM kpi_outbox")
    payloads = [row["payload"] for row in rows]
    assert len(payloads) > 40
    daily = {json.loads(row["payload"])["name"] for row in rows if row["station_id"] != CENTRE}
    centre = {json.loads(row["payload"])["name"] for row in rows if row["station_id"] == CENTRE}
    # Only additive counts go daily per station.
    assert daily == {"visitors", "exhibit_runs", "exhibit_completions", "exhibit_active_minutes"}
    assert {"pupils_students", "teachers", "after_school_days"} <= centre
    everything = "\n".join(payloads)
    for code in codes:
        assert code not in everything
    assert '"7B"' not in everything
    for text in payloads:
        entity = json.loads(text)
        assert set(entity) <= ATTRIBUTES
        assert not list(validator.iter_errors(entity)), entity["id"]
        if entity["breakdown"] != "total" and entity["name"] in ("pupils_students", "teachers"):
            assert not 0 < entity["kpiValue"] < 5  # small cells never leave the station
