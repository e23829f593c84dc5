"""A single kiosk with no hub is its own centre: its sync also sends the period entities.

With a hub configured the station does not: the centre publisher (``kiosk hub publish``) does,
from every station's records, each person once.
"""

from __future__ import annotations

import datetime as dt
import json

from kiosk.config import settings_from_mapping
from kiosk.store import Store
from kiosk.sync.centre import CENTRE, centre_entity_id
from kiosk.sync.entities import ATTRIBUTES
from kiosk.sync.runner import deliver
from kiosk.sync.service import SyncService
from kiosk.sync.sinks import SinkChoice
from tests.sync.conftest import hold_session, play_day

DAYS = [dt.date(2025, 3, 3) + dt.timedelta(days=i) for i in range(3)]
PUPILS = "('pupil', 'student')"
#: Newcomers of each session: no small cells, so the gender x age cells may all be shared.
MIX = [("9-12", "female", "pupil")] * 6 + [("9-12", "male", "pupil")] * 5 + [("13-15", "female", "student")] * 5 + [
    ("26-64", "female", "teacher")
]


def busy_days(store, journal, clock) -> list[str]:
    codes: list[str] = []
    for day in DAYS:
        play_day(journal, clock, day, visits=8)
        codes = hold_session(store, journal, clock, day, newcomers=MIX, returning=codes[:6])
    return codes


def centre_rows(store) -> dict[str, dict]:
    return {
        row["entity_id"]: json.loads(row["payload"])
        for row in store.query("SELECT entity_id, payload FROM kpi_outbox WHERE station_id = ?", (CENTRE,))
    }


def recount(store, where: str = "") -> int:
    """Distinct pupils and students who attended at least one session, straight from the rows."""
    return int(store.query(
        "SELECT COUNT(DISTINCT a.participant_code) AS n FROM attendance a"
        f" JOIN participants p ON p.code = a.participant_code WHERE p.role IN {PUPILS} {where}"
    )[0]["n"])


def test_a_kiosk_without_a_hub_sends_its_own_year_and_month_to_date(
    settings, station_store, station_journal, clock, tmp_path, fast_backoff
):
    assert not settings.hub.dsn
    busy_days(station_store, station_journal, clock)
    service = SyncService(settings, station_store, clock=clock, choice=SinkChoice("file", folder=tmp_path / "usb"))
    service.scan()
    rows = centre_rows(station_store)
    for period, first in (("2025", "2025-01-01"), ("2025-03", "2025-03-01")):
        total = rows[centre_entity_id("vizium", "pupils_students", "total", period)]
        assert total["kpiValue"] == recount(station_store)
        assert total["calculationPeriod"] == {"from": first, "to": "2025-03-05"}
        assert total["station"] == CENTRE and set(total) <= ATTRIBUTES
        # The gender x age cells the city asks for, each equal to a recount.
        for gender, age in (("female", "9-12"), ("male", "9-12"), ("female", "13-15")):
            cell = rows[centre_entity_id("vizium", "pupils_students", f"gender-{gender}.age-{age}", period)]
            assert cell["kpiValue"] == recount(station_store, f"AND p.gender = '{gender}' AND p.age_band = '{age}'")
    # Each pupil once, not once per day: the daily distinct counts add up to more.
    daily_sum = sum(
        recount(station_store, f"AND a.session_id IN (SELECT id FROM programme_sessions WHERE local_day = '{day}')")
        for day in DAYS
    )
    assert daily_sum > recount(station_store) > 0
    # Only additive counts go daily; the people counts go in the period entities.
    daily_names = {
        json.loads(row["payload"])["name"]
        for row in station_store.query("SELECT payload FROM kpi_outbox WHERE station_id != ?", (CENTRE,))
    }
    assert "pupils_students" not in daily_names and "visitors" in daily_names
    report = deliver(service.outbox, service.sink(), backoff=fast_backoff, clock=clock)
    assert report.complete
    received = {e["id"] for path in (tmp_path / "usb").glob("*.jsonld") for e in json.loads(path.read_text())}
    assert set(rows) <= received
    # Nothing changed: the next scan queues nothing new.
    clock.advance(3600)
    service.scan()
    assert centre_rows(station_store) == rows
    assert deliver(service.outbox, service.sink(), backoff=fast_backoff, clock=clock).sent == 0
    # The next day the periods grow: the same entities, updated in place to the new day.
    clock.advance(86400)
    service.scan()
    next_day = centre_rows(station_store)
    assert next_day.keys() == rows.keys()
    assert all(e["calculationPeriod"]["to"] == "2025-03-06" for e in next_day.values())
    assert all(next_day[eid]["kpiValue"] == rows[eid]["kpiValue"] for eid in rows)
    # A new session: the period entities grow in place.
    hold_session(station_store, station_journal, clock, DAYS[-1] + dt.timedelta(days=2))
    service.scan()
    grown = centre_rows(station_store)
    assert grown.keys() >= rows.keys()
    year_total = grown[centre_entity_id("vizium", "pupils_students", "total", "2025")]
    assert year_total["kpiValue"] == recount(station_store) > rows[centre_entity_id(
        "vizium", "pupils_students", "total", "2025")]["kpiValue"]
    assert year_total["calculationPeriod"]["to"] == "2025-03-07"
    service.close()


def test_a_station_of_a_centre_with_a_hub_leaves_the_period_entities_to_the_publisher(tmp_path, clock):
    from kiosk.journal import Journal

    settings = settings_from_mapping({
        "station": {"id": "hall-1", "site": "vizium"},
        "storage": {"path": str(tmp_path / "hall-1")},
        "hub": {"dsn": "postgresql://kiosk@hub.invalid/vizium"},
    })
    with Store(settings.database_path, batch_window_s=0) as store:
        busy_days(store, Journal(store, "hall-1", "Europe/Riga", clock=clock), clock)
        service = SyncService(settings, store, clock=clock)
        result = service.scan()
        assert result.changed > 0  # its own additive daily counts
        assert centre_rows(store) == {}
        assert not store.query("SELECT 1 FROM kpi_outbox WHERE kpi = 'pupils_students' AND payload NOT LIKE ?",
                               ('%"kpiValue": "suppressed"%',))
