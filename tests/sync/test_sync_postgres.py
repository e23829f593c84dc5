"""The PostgreSQL sink on a real server: several stations, one table, centre-wide reports."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path
from typing import Any

import psycopg
import pytest

from kiosk.journal import Journal
from kiosk.stats import definitions as d
from kiosk.stats.engine import StatsEngine
from kiosk.stats.periods import Period
from kiosk.stats.targets import Targets
from kiosk.store import Store
from kiosk.sync.central import CentralSourceError, central_cells, central_kpi_report, central_report
from kiosk.sync.entities import StationIdentity
from kiosk.sync.outbox import Outbox
from kiosk.sync.runner import deliver
from kiosk.sync.service import SyncService
from kiosk.sync.sinks import SinkChoice, SyncConfigError, make_sink
from kiosk.sync.sinks.postgres import PostgresSink, redact
from tests.sync.conftest import FakeClock, JournalSource, hold_session, play_day, station_settings

DAY = dt.date(2025, 3, 3)
DAYS = [DAY + dt.timedelta(days=i) for i in range(5)]


def station_outbox(tmp_path, name: str, visits: int, clock: FakeClock):
    store = Store(tmp_path / f"{name}.db", batch_window_s=0).open()
    journal = Journal(store, name, clock=clock)
    for index, day in enumerate(DAYS):
        play_day(journal, clock, day, visits=visits + index, seed=hash(name) % 100)
    source = JournalSource(store)
    outbox = Outbox(store, source, StationIdentity("vizium", name), clock=clock)
    outbox.refresh(DAYS)
    return store, source, outbox


def engine_station(tmp_path, name: str, visits: int, clock: FakeClock, session_days: list[dt.date]):
    """A station with its own database, visits every day and programme sessions on some days."""
    settings = station_settings(tmp_path, station=name)
    store = Store(settings.database_path, batch_window_s=0).open()
    journal = Journal(store, name, clock=clock)
    codes: list[str] = []
    for index, day in enumerate(DAYS):
        play_day(journal, clock, day, visits=visits + index, seed=len(name))
        if day in session_days:
            codes = hold_session(store, journal, clock, day, returning=codes[:7])
    return settings, store, SyncService(settings, store, clock=clock)


def own(settings, store, period) -> dict[str, Any]:
    """The station's own KPI report for a period (its statistics engine)."""
    engine = StatsEngine.for_settings(store.reader(), settings, targets=Targets({}, Path("-")))
    return {result.key: result for result in engine.report(period, station=settings.station.id).kpis}


#: What stations send daily: counts that add up over days and stations (the city's other KPIs count
#: distinct people and come once per centre and period, kiosk.sync.centre).
ADDITIVE = tuple(k.key for k in d.KPIS if k.source in d.ADDITIVE_SOURCES)


def test_two_stations_into_one_database_and_the_centre_wide_report_adds_up(
    pg_server, tmp_path, fast_backoff, capsys
):
    dsn = pg_server.new_database()
    clock = FakeClock()
    stations = [
        engine_station(tmp_path, "hall-1", 9, clock, [DAYS[1], DAYS[3]]),
        engine_station(tmp_path, "hall-2", 14, clock, [DAYS[1], DAYS[2]]),
    ]
    try:
        for _settings, _store, service in stations:
            service.scan()
            sink = PostgresSink(dsn)
            sink.batch_size = 7  # several batches
            report = deliver(service.outbox, sink, backoff=fast_backoff, clock=clock)
            sink.close()
            assert report.complete and report.sent == service.outbox.entity_count()
        # A period of several days: every additive KPI is the sum of the stations' own reports.
        period = Period.custom(DAYS[0], DAYS[3])
        central = {r.key: r for r in central_kpi_report(pg_server.url(dsn.rsplit("=", 1)[1]), period).kpis}
        owns = owns_period = [own(settings, store, period) for settings, store, _ in stations]
        for key in ADDITIVE:
            if key == "exhibit_active_minutes":
                continue  # each day's minutes are rounded: checked with a tolerance below
            assert central[key].value == sum(o[key].value for o in owns), key
            for dim, cells in central[key].breakdowns.items():
                for cell in cells:
                    assert cell.value == sum(
                        next((c.shown or 0 for c in o[key].breakdowns[dim] if c.key == cell.key), 0) for o in owns
                    ), (key, cell.key)
        minutes = central["exhibit_active_minutes"].value
        assert abs(minutes - sum(o["exhibit_active_minutes"].value for o in owns)) <= 0.05 * 2 * period.days
        # Each single day: every KPI the stations share, and every cell of it, adds up.
        for day in DAYS:
            one_day = Period.day(day)
            central = {r.key: r for r in central_kpi_report(dsn, one_day).kpis}
            owns = [own(settings, store, one_day) for settings, store, _ in stations]
            for key, result in central.items():
                if key not in ADDITIVE:
                    continue
                assert result.value == pytest.approx(sum(o[key].value for o in owns), abs=1e-9), (day, key)
                for dim, cells in result.breakdowns.items():
                    for cell in cells:
                        shared = sum(next((c.shown or 0 for c in o[key].breakdowns[dim] if c.key == cell.key), 0)
                                     for o in owns)
                        assert cell.value == pytest.approx(shared, abs=1e-9), (day, key, cell.key)
        # Counts of people never arrive per station and day: summed, they would count a pupil once per
        # day and station (the sessions at both stations had returning pupils).
        assert {cell.kpi for _station, cell in central_cells(dsn, DAYS[0], DAYS[4])} == set(ADDITIVE)
        assert {r.station for r in central_kpi_report(dsn, period).visitors_daily} == {"hall-1", "hall-2"}
        rows = central_report(dsn, DAYS[0], DAYS[3], stations=["hall-2"])
        assert next(r for r in rows if (r.kpi, r.breakdown) == ("visitors", "total")).stations == 1
        cells = central_cells(dsn, DAYS[0], DAYS[3])
        assert {station for station, _ in cells} == {"hall-1", "hall-2"}
        # The operator's way: `kiosk kpi --source` and `kiosk export --source` give the same figures.
        from kiosk.cli import main

        args = ["--from", DAYS[0].isoformat(), "--to", DAYS[3].isoformat(), "--source", dsn]
        assert main(["kpi", *args, "--json"]) == 0
        printed = json.loads(capsys.readouterr().out)
        visitors = next(k for k in printed["kpis"] if k["key"] == "visitors")
        assert visitors["value"] == sum(o["visitors"].value for o in owns_period)
        assert main(["export", *args, "--format", "csv", "--out", str(tmp_path / "centre")]) == 0
        assert (tmp_path / "centre").is_dir() and any((tmp_path / "centre").glob("*.csv"))
    finally:
        for _settings, store, _service in stations:
            store.close()


def test_replays_overwrite_and_an_older_payload_never_wins(pg_server, tmp_path, fast_backoff):
    dsn = pg_server.new_database()
    clock = FakeClock()
    store, _source, outbox = station_outbox(tmp_path, "hall-1", 5, clock)
    try:
        sink = PostgresSink(dsn)
        entries = outbox.pending(outbox.target_id(sink.target), 1000)
        assert sink.send(entries).confirmed
        assert sink.send(entries).confirmed  # a replay is harmless
        with psycopg.connect(dsn) as conn:
            assert conn.execute("SELECT COUNT(*) FROM kpi_observations").fetchone()[0] == len(entries)
        newer = dict(entries[0].payload, kpiValue=999, dateModified="2030-01-01T00:00:00.000Z")
        outbox.add_entities([newer])
        fresh = outbox.entity(entries[0].entity_id)
        assert sink.send([fresh]).confirmed
        assert sink.send([entries[0]]).confirmed  # a stale copy arriving late
        with psycopg.connect(dsn) as conn:
            value = conn.execute("SELECT kpi_value FROM kpi_observations WHERE entity_id = %s",
                                 (entries[0].entity_id,)).fetchone()[0]
        assert value == 999
        sink.close()
    finally:
        store.close()


def test_stations_starting_together_create_the_table_once(pg_server):
    dsn = pg_server.new_database()
    errors = []

    def connect() -> None:
        sink = PostgresSink(dsn)
        try:
            sink._connection()
        except Exception as exc:  # collected for the assertion
            errors.append(exc)
        finally:
            sink.close()

    threads = [threading.Thread(target=connect) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []


def test_an_unreachable_database_is_transient(tmp_path, fast_backoff):
    clock = FakeClock()
    store, _source, outbox = station_outbox(tmp_path, "hall-1", 3, clock)
    try:
        sink = PostgresSink(f"host={tmp_path / 'nowhere'} port=5999 user=kiosk dbname=city", connect_timeout_s=2)
        report = deliver(outbox, sink, backoff=fast_backoff, clock=clock)
        assert report.sent == 0 and "cannot connect" in report.error and report.retry_at
    finally:
        store.close()


def test_rows_the_database_refuses_are_parked(pg_server, tmp_path, fast_backoff):
    dsn = pg_server.new_database()
    clock = FakeClock()
    store, _source, outbox = station_outbox(tmp_path, "hall-1", 3, clock)
    try:
        good = outbox.pending(outbox.target_id(PostgresSink(dsn).target), 1000)
        broken = dict(good[0].payload, id=good[0].entity_id.replace("2025-03-03", "2025-02-30"),
                      calculationPeriod={"from": "2025-02-30", "to": "2025-02-30"})
        outbox.add_entities([broken])
        report = deliver(outbox, PostgresSink(dsn), backoff=fast_backoff, clock=clock)
        assert report.parked == 1 and report.sent == len(good)
        assert "the database refused the row" in next(iter(report.parked_reasons.values()))
        assert "out of range" in next(iter(report.parked_reasons.values()))
    finally:
        store.close()


def test_passwords_never_reach_the_target_address(tmp_path):
    dsn = "postgresql://kpi:hunter2@db.example:5433/city?sslmode=require"
    sink = make_sink(SinkChoice("postgres", dsn=dsn), StationIdentity("vizium", "k"), tmp_path)
    assert "hunter2" not in sink.target.address and "db.example" in sink.target.address
    assert "hunter2" not in repr(sink)
    assert "password" not in redact("host=db password=x user=kpi")
    with pytest.raises(SyncConfigError, match=r"sync\.dsn is not a valid"):
        PostgresSink("host=db port")
    with pytest.raises(SyncConfigError, match=r"sync\.dsn is empty"):
        make_sink(SinkChoice("postgres"), StationIdentity("vizium", "k"), tmp_path)


def test_central_report_errors_are_clear(pg_server, tmp_path):
    with pytest.raises(CentralSourceError, match="no station has synced"):
        central_report(pg_server.new_database(), DAY, DAY)
    with pytest.raises(CentralSourceError, match="cannot connect"):
        central_report(f"host={tmp_path} port=5999 user=x dbname=y", DAY, DAY)
    with pytest.raises(CentralSourceError, match="--source is not a valid"):
        central_report("host=db port", DAY, DAY)
    with pytest.raises(ValueError, match="ends"):
        central_report(pg_server.dsn(), DAY, DAY - dt.timedelta(days=1))


def test_the_centre_wide_report_renders_like_a_station_report(pg_server, tmp_path, fast_backoff):
    """`kiosk kpi --source postgresql://...` prints it with the statistics engine's own table."""
    from kiosk.cli.stats import kpi_text, report_json

    dsn = pg_server.new_database()
    clock = FakeClock()
    _settings, store, service = engine_station(tmp_path, "hall-3", 10, clock, [DAYS[1]])
    try:
        service.scan()
        assert deliver(service.outbox, PostgresSink(dsn), backoff=fast_backoff, clock=clock).complete
        report = central_kpi_report(dsn, Period.custom(DAYS[0], DAYS[-1]))
        text = kpi_text(report, "en")
        assert "Visitors" in text and str(int(report.kpi("visitors").value)) in text
        data = report_json(report, "en")
        assert json_value(data, "visitors") == report.kpi("visitors").value
        assert report.stations == ("hall-3",)
    finally:
        store.close()


def json_value(data, key):
    rows = data["kpis"] if isinstance(data, dict) and "kpis" in data else data
    for row in rows:
        if row.get("key") == key:
            return row["value"]
    raise KeyError(key)
