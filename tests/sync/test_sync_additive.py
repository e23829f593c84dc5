"""A station shares daily only what adds up: visits, exhibit runs, completions, active minutes.

Counts of distinct people (and programmes, shares) do not add up over days or stations: summed,
a pupil counts once per day and station. They go once per centre and period (kiosk.sync.centre),
and any daily cell of theirs that an older version of the station sent is withdrawn.
"""

from __future__ import annotations

import datetime as dt
import json

from kiosk.stats import definitions as d
from kiosk.sync.entities import SUPPRESSED
from kiosk.sync.kpi_source import StatsKpiSource
from kiosk.sync.runner import deliver
from kiosk.sync.service import SyncService
from kiosk.sync.sinks import SinkChoice
from tests.sync.conftest import hold_session, play_day

DAYS = [dt.date(2025, 3, 3) + dt.timedelta(days=i) for i in range(3)]
ADDITIVE_KPIS = {k.key for k in d.KPIS if k.source in d.ADDITIVE_SOURCES}
PEOPLE_KPIS = {"pupils_students", "teachers", "graduates", "digital_children"}


class OlderStationSource(StatsKpiSource):
    """The station's source as it was before: every KPI shared per day, people counts included."""

    def __init__(self, settings, store) -> None:
        super().__init__(settings, store)
        self.shared_kpis = frozenset(k.key for k in d.KPIS)


def busy_days(store, journal, clock) -> None:
    codes: list[str] = []
    for day in DAYS:
        play_day(journal, clock, day, visits=12)
        codes = hold_session(store, journal, clock, day, returning=codes[:6])


def station_rows(store, station="kiosk-1") -> dict[str, dict]:
    return {
        row["entity_id"]: json.loads(row["payload"])
        for row in store.query("SELECT entity_id, payload FROM kpi_outbox WHERE station_id = ?", (station,))
    }


def sent_files(folder) -> dict[str, object]:
    """What the city received through a file sink, by entity id (the latest value wins)."""
    seen: dict[str, object] = {}
    for path in sorted(folder.glob("*.jsonld")):
        for entity in json.loads(path.read_text(encoding="utf-8")):
            seen[entity["id"]] = entity["kpiValue"]["value"]
    return seen


def test_the_additive_set_is_what_the_city_may_add_up():
    assert {d.VISITS, d.RUNS, d.COMPLETIONS, d.ACTIVE_MINUTES} == d.ADDITIVE_SOURCES
    assert {"visitors", "exhibit_runs", "exhibit_completions", "exhibit_active_minutes"} == ADDITIVE_KPIS


def test_a_station_queues_daily_entities_only_for_additive_counts(settings, station_store, station_journal, clock):
    busy_days(station_store, station_journal, clock)
    service = SyncService(settings, station_store, clock=clock)
    result = service.scan()
    names = {entity["name"] for entity in station_rows(station_store).values()}
    assert result.changed > 0 and result.withdrawn == 0
    assert names == ADDITIVE_KPIS
    assert not PEOPLE_KPIS & names


def test_daily_people_cells_sent_by_an_older_version_are_withdrawn(
    settings, station_store, station_journal, clock, tmp_path, fast_backoff
):
    busy_days(station_store, station_journal, clock)
    choice = SinkChoice("file", folder=tmp_path / "usb")
    # An older station sync shared every KPI per day, people included, and the city received them.
    old = SyncService(settings, station_store, clock=clock, choice=choice,
                      source=OlderStationSource(settings, station_store))
    old.scan()
    assert deliver(old.outbox, old.sink(), backoff=fast_backoff, clock=clock).complete
    old.close()
    before = station_rows(station_store)
    people_sent = {eid for eid, e in before.items() if e["name"] not in ADDITIVE_KPIS}
    assert {before[eid]["name"] for eid in people_sent} >= {"pupils_students", "teachers"}
    assert sent_files(tmp_path / "usb").keys() >= before.keys()

    # The upgraded station: nothing was recorded since, yet its next scan withdraws those cells.
    clock.advance(3600)
    service = SyncService(settings, station_store, clock=clock, choice=choice)
    result = service.scan()
    after = station_rows(station_store)
    assert result.withdrawn == len(people_sent) and result.changed == 0
    assert after.keys() == before.keys()
    for eid in people_sent:
        assert after[eid]["kpiValue"] == SUPPRESSED
    for eid in before.keys() - people_sent:
        assert after[eid] == before[eid]  # the additive cells are untouched (not sent again)
    report = deliver(service.outbox, service.sink(), backoff=fast_backoff, clock=clock)
    assert report.complete and report.sent == len(people_sent)
    received = sent_files(tmp_path / "usb")
    assert {eid for eid in people_sent if received[eid] != SUPPRESSED} == set()
    # Done once: the next scans queue nothing, and new days bring only additive cells.
    assert service.scan().withdrawn == 0
    play_day(station_journal, clock, DAYS[-1] + dt.timedelta(days=1), visits=4)
    clock.advance(3600)
    assert service.scan().withdrawn == 0
    assert {e["name"] for e in station_rows(station_store).values() if e["kpiValue"] != SUPPRESSED} == ADDITIVE_KPIS
    assert deliver(service.outbox, service.sink(), backoff=fast_backoff, clock=clock).complete
    service.close()
