"""The centre database (hub): a year of a 10-station centre, against bare PostgreSQL.

    python -m benchmarks.hub [--stations 10] [--days 365] [--seed 1]

The stations' databases hold the demo generator's year (visits, exhibit runs, programme
sessions, participants, check-ins). Measured in the same run, on a throw-away PostgreSQL from
Debian's binaries (tests/sync/pg_testserver.py; skipped, saying so, where there is none):

1. Replication catch-up: each station was offline all year and runs one round into an empty
   hub (kiosk.hub.replication.sync_station: what the hub lacks, upserted by global id in one
   transaction, then the registry down). Baseline: one ``COPY`` of the same rows into bare
   tables of the same columns (no keys, no conflict handling), reading SQLite not timed.
2. Centre KPI table: the year's report over the centre, each person once (read_centre: the
   hub's rows copied into an in-memory station database, the statistics engine run on it).
   Baseline: bare ``GROUP BY`` queries at the hub over the same rows (distinct pupils and
   students by gender x age band, teachers, visits per day, runs per exhibit).
3. Publish: the year and month to date entities computed from the hub, queued in the
   publisher's outbox and sent to a file sink; then a second publish (nothing new to send).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import subprocess
import tempfile
import time
from pathlib import Path

END = dt.date(2026, 11, 30)

#: The columns a round sends, per hub table (as kiosk.hub.replication reads them).
STATION_COLUMNS = {
    "programme_sessions": "id, programme_code, started_at, planned_end_at, ended_at, local_day, end_reason",
    "participants": "code, age_band, gender, role, created_at",
    "attendance": "session_id, participant_code, checked_in_at, method",
    "visits": "id, started_at, ended_at, local_day, language, end_reason, programme_session_id",
    "exhibit_runs": "id, visit_id, exhibit_id, started_at, ended_at, local_day, active_ms, outcome, score,"
                    " interactions",
}


def build_stations(folder: Path, stations: int, days: int, seed: int) -> dict[str, Path]:
    """One station database per station, the generator's rows split as each station holds them.
    Not marked demo: the publisher must count them."""
    from kiosk.programmes.catalogue import load_catalogue, upsert_programmes
    from kiosk.stats.demo import DemoGenerator, DemoPlan, insert_chunk, split_by_station, station_ids
    from kiosk.store import connect, migrate

    plan = DemoPlan(days=days, stations=station_ids("kiosk-1", stations), end=END, seed=seed)
    programmes = load_catalogue().programmes
    paths = {station: folder / f"{station}.db" for station in plan.stations}
    conns = {}
    for station, path in paths.items():
        conn = connect(path)
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
        conn.execute("BEGIN")
        upsert_programmes(conn, programmes)
        conn.execute("COMMIT")
        conns[station] = conn
    for chunk in DemoGenerator(plan, programmes).chunks():
        for station, part in split_by_station(chunk).items():
            conns[station].execute("BEGIN")
            insert_chunk(conns[station], part)
            conns[station].execute("COMMIT")
    for conn in conns.values():
        conn.close()
    return paths


def catch_up(dsn: str, paths: dict[str, Path]) -> tuple[float, int]:
    """Seconds for one round of every station into the hub, and rows sent."""
    from kiosk.hub.replication import StationIdentity, database_id, sync_station
    from kiosk.store import Store

    stores = {station: Store(path).open() for station, path in paths.items()}
    try:
        identities = {s: StationIdentity(s, "vizium", database_id(st), "bench", st.schema_version)
                      for s, st in stores.items()}
        sent = 0
        started = time.perf_counter()
        for station, store in stores.items():
            sent += sync_station(store, dsn, identities[station]).sent_total
        seconds = time.perf_counter() - started
        again = sum(sync_station(store, dsn, identities[s]).sent_total for s, store in stores.items())
        assert again == 0, f"a repeated round sent {again} rows"
    finally:
        for store in stores.values():
            store.close()
    return seconds, sent


def station_rows(paths: dict[str, Path]) -> list[tuple[str, str, list[tuple]]]:
    """(table, columns, rows) of every station, as a round reads them (before any round: a round
    also brings other stations' participants down)."""
    batches = []
    for path in paths.values():
        station = sqlite3.connect(path)
        for table, columns in STATION_COLUMNS.items():
            batches.append((table, columns, station.execute(f"SELECT {columns} FROM {table}").fetchall()))
        station.close()
    return batches


def baseline_copy(dsn: str, hub_dsn: str, batches: list[tuple[str, str, list[tuple]]]) -> tuple[float, int]:
    """Seconds for COPY of the same rows into bare tables like the hub's, and rows copied."""
    import psycopg

    with psycopg.connect(hub_dsn) as hub:
        shapes = {
            table: hub.execute(
                "SELECT string_agg(column_name || ' ' || format_type(a.atttypid, a.atttypmod), ', ')"
                " FROM information_schema.columns c JOIN pg_attribute a"
                " ON a.attrelid = c.table_name::regclass AND a.attname = c.column_name"
                " WHERE c.table_name = %s AND c.column_name = ANY(%s)",
                (table, [name.strip() for name in columns.split(",")]),
            ).fetchone()[0]
            for table, columns in STATION_COLUMNS.items()
        }
    rows = 0
    with psycopg.connect(dsn) as conn:
        for table, shape in shapes.items():
            conn.execute(f"CREATE TABLE bare_{table} ({shape})")
        conn.commit()
        started = time.perf_counter()
        with conn.cursor() as cursor:
            for table, columns, data in batches:
                with cursor.copy(f"COPY bare_{table} ({columns}) FROM STDIN") as copy:
                    for row in data:
                        copy.write_row(row)
                rows += len(data)
        conn.commit()
        return time.perf_counter() - started, rows


def centre_table(dsn: str, settings: object, year: object) -> tuple[float, object]:
    from kiosk.hub.snapshot import read_centre

    started = time.perf_counter()
    reading = read_centre(dsn, settings, year)  # type: ignore[arg-type]
    return time.perf_counter() - started, reading.report


def baseline_group_by(dsn: str, first: dt.date, last: dt.date) -> tuple[float, int]:
    import psycopg

    queries = [
        "SELECT p.gender, p.age_band, count(DISTINCT p.code) FROM attendance a"
        " JOIN participants p ON p.code = a.participant_code JOIN programme_sessions s"
        " ON (s.station_id, s.database_id, s.id) = (a.station_id, a.database_id, a.session_id)"
        " WHERE s.local_day BETWEEN %(first)s AND %(last)s AND p.role IN ('pupil', 'student')"
        " GROUP BY ROLLUP (p.gender, p.age_band)",
        "SELECT count(DISTINCT a.participant_code) FROM attendance a JOIN participants p"
        " ON p.code = a.participant_code JOIN programme_sessions s"
        " ON (s.station_id, s.database_id, s.id) = (a.station_id, a.database_id, a.session_id)"
        " WHERE s.local_day BETWEEN %(first)s AND %(last)s AND p.role = 'teacher'",
        "SELECT local_day, station_id, language, count(*) FROM visits"
        " WHERE local_day BETWEEN %(first)s AND %(last)s GROUP BY local_day, station_id, language",
        "SELECT exhibit_id, count(*), count(*) FILTER (WHERE outcome = 'completed'), sum(active_ms)"
        " FROM exhibit_runs WHERE local_day BETWEEN %(first)s AND %(last)s GROUP BY exhibit_id",
    ]
    rows = 0
    with psycopg.connect(dsn) as conn:
        started = time.perf_counter()
        for query in queries:
            rows += len(conn.execute(query, {"first": first, "last": last}).fetchall())
        return time.perf_counter() - started, rows


def publish(dsn: str, settings: object, folder: Path) -> tuple[float, int, int, float]:
    """Seconds and entities sent for a first publish, and for a second one."""
    from kiosk.hub.publish import compute_from_hub, queue_centre_entities
    from kiosk.store import Store
    from kiosk.sync.entities import StationIdentity
    from kiosk.sync.outbox import Outbox
    from kiosk.sync.retry import Backoff
    from kiosk.sync.runner import deliver
    from kiosk.sync.sinks.file import FileSink

    figures = []
    with Store(folder / "office.db") as store:
        for _round in range(2):
            started = time.perf_counter()
            computed = compute_from_hub(dsn, settings, today=END)
            queue_centre_entities(store, computed)
            sink = FileSink(folder / "city", StationIdentity("vizium", "office"))
            report = deliver(Outbox(store, None, StationIdentity("vizium", "office")), sink, backoff=Backoff())
            sink.close()
            assert report.complete, report.error or report.refused
            figures += [time.perf_counter() - started, report.sent]
    return figures[0], figures[1], figures[3], figures[2]


#: A few iterations, for the suite's smoke run (tests/test_benchmarks.py): no benchmark may rot.
SMOKE_ARGS = ["--stations", "2", "--days", "10"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stations", type=int, default=10)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    from tests.sync.pg_testserver import PostgresTestServer, find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is None:
        print("hub: skipped: no PostgreSQL binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql)")
        return
    from kiosk.config import settings_from_mapping
    from kiosk.hub.schema import init_hub
    from kiosk.stats.periods import Period

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        paths = build_stations(folder, args.stations, args.days, args.seed)
        print(f"hub: {args.stations} stations x {args.days} days (to {END}), station databases made in"
              f" {time.perf_counter() - started:.1f} s")
        try:
            server = PostgresTestServer(bin_dir).start()
        except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
            print(f"hub: skipped: the test PostgreSQL could not start here: {str(exc).strip()[:300]}")
            return
        try:
            dsn = server.new_database()
            init_hub(dsn)
            batches = station_rows(paths)
            seconds, sent = catch_up(dsn, paths)
            base_s, base_rows = baseline_copy(server.new_database(), dsn, batches)
            print(f"  catch-up     {sent:>9,} rows in {seconds:7.2f} s  {sent / seconds:>9,.0f} rows/s"
                  f"   COPY {base_rows:,} rows in {base_s:.2f} s {base_rows / base_s:>9,.0f} rows/s"
                  f"   ratio {seconds / base_s:.1f}x")

            settings = settings_from_mapping({"station": {"id": "office"}, "storage": {"path": str(folder)}})
            year = Period.custom(dt.date(END.year, 1, 1), END)
            table_s, report = centre_table(dsn, settings, year)
            group_s, group_rows = baseline_group_by(dsn, year.first, year.last)
            pupils = report.kpi("pupils_students").value  # type: ignore[attr-defined]
            print(f"  KPI table    year to date, {pupils:,.0f} pupils and students in {table_s:7.2f} s"
                  f"   bare GROUP BY ({group_rows} rows) {group_s:.2f} s   ratio {table_s / group_s:.1f}x")

            first_s, first_sent, second_sent, second_s = publish(dsn, settings, folder)
            print(f"  publish      {first_sent} entities in {first_s:.2f} s;"
                  f" again: {second_sent} sent in {second_s:.2f} s")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
