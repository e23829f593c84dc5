"""KPI sync throughput: a year's backlog of 10 stations flushed to each sink, against raw writes.

    python -m benchmarks.sync [--stations 10] [--days 365] [--cells 40] [--skip-postgres]

Each station has a year of daily KPI entities queued in its outbox (``--cells`` per day, about
what a busy station's statistics engine yields) and delivers them through the real runner:
pending query, batch, sink, and the durable record of every confirmation in the station's
database. The baselines write the same rows with nothing around them, in the same run:
- file: one ``executemany`` of (id, payload) rows into a SQLite table, one transaction;
- NGSI-LD: one raw POST of every entity to the same in-process broker;
- PostgreSQL: one ``COPY`` of the same rows into a table like kpi_observations.
The broker is tests/sync/ngsi_ld_testserver.py (Python's http.server) and PostgreSQL a throw-away
server from the Debian binaries, both on this machine, so the figures are the kiosk's overhead
and the protocols', not a network's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from kiosk.stats.daily import DailyCell
from kiosk.store import Store
from kiosk.sync.entities import CONTEXT, StationIdentity, build_entities, normalized
from kiosk.sync.outbox import Outbox
from kiosk.sync.retry import Backoff
from kiosk.sync.runner import deliver

FIRST_DAY = dt.date(2025, 1, 1)
EXHIBITS = ("pendulum", "waves", "cargo_ship", "launch", "circuits", "logic_gates", "food_web",
            "radio_telescope", "computer_vision", "motion_painter", "motion_wind", "ar_cards")


def station_cells(station: str, days: int, cells: int, rng: random.Random) -> list[DailyCell]:
    """A year of daily cells shaped like the engine's: totals, languages, exhibits, people."""
    out = []
    for offset in range(days):
        day = FIRST_DAY + dt.timedelta(days=offset)
        visits = rng.randint(20, 400)
        rows = [("visitors", "total", visits), ("visitors", f"station-{station}", visits)]
        rows += [("visitors", f"lang-{lang}", visits // 3) for lang in ("lv", "en", "ru")]
        for exhibit in EXHIBITS:
            runs = rng.randint(0, 60)
            rows += [("exhibit_runs", f"exhibit-{exhibit}", runs), ("exhibit_completions", f"exhibit-{exhibit}",
                                                                    runs // 2)]
        index = 0
        while len(rows) < cells:
            rows.append(("pupils_students", f"age-band{index}.gender-g{index}", rng.randint(5, 30)))
            index += 1
        out += [DailyCell(kpi, breakdown, day, value, unit="n") for kpi, breakdown, value in rows[:cells]]
    return out


def build_backlogs(folder: Path, stations: int, days: int, cells: int) -> list[tuple[Store, Outbox, list[dict]]]:
    rng = random.Random(2025)
    backlogs = []
    for number in range(stations):
        name = f"kiosk-{number + 1}"
        identity = StationIdentity("vizium", name)
        entities = build_entities(station_cells(name, days, cells, rng), identity, 5, "2025-12-31T22:00:00.000Z")
        store = Store(folder / f"{name}.db").open()
        outbox = Outbox(store, None, identity)
        outbox.add_entities(entities)
        backlogs.append((store, outbox, entities))
    return backlogs


def flush_all(backlogs, make_sink) -> tuple[float, int, int]:
    """Seconds to deliver every backlog through the runner, entities sent, requests made."""
    sent = requests = 0
    started = time.perf_counter()
    for _store, outbox, _entities in backlogs:
        sink = make_sink()
        report = deliver(outbox, sink, backoff=Backoff())
        sink.close()
        assert report.complete, report.error or report.refused
        sent += report.sent
        requests += report.requests
    return time.perf_counter() - started, sent, requests


def rows_of(backlogs) -> list[tuple[str, str]]:
    return [(e["id"], json.dumps(e, sort_keys=True)) for _s, _o, entities in backlogs for e in entities]


def baseline_sqlite(folder: Path, rows: list[tuple[str, str]]) -> float:
    conn = sqlite3.connect(folder / "baseline.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE rows (entity_id TEXT PRIMARY KEY, payload TEXT NOT NULL)")
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO rows VALUES (?, ?)", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def baseline_post(url: str, backlogs) -> float:
    import httpx

    body = json.dumps([normalized(e, context=CONTEXT) for _s, _o, entities in backlogs for e in entities]).encode()
    started = time.perf_counter()
    response = httpx.post(url + "ngsi-ld/v1/entityOperations/upsert", content=body,
                          headers={"Content-Type": "application/ld+json"}, timeout=600)
    elapsed = time.perf_counter() - started
    assert response.status_code in (201, 204), response.status_code
    return elapsed


def baseline_copy(dsn: str, backlogs) -> float:
    import psycopg

    from kiosk.sync.entities import payload_hash
    from kiosk.sync.outbox import OutboxEntry
    from kiosk.sync.sinks.postgres import COLUMNS, DDL, row_of

    rows = [row_of(OutboxEntry(e["id"], e, payload_hash(e), e["calculationPeriod"]["from"]))
            for _s, _o, entities in backlogs for e in entities]
    with psycopg.connect(dsn) as conn:
        conn.execute(DDL.split(";")[0].replace("kpi_observations", "copy_baseline"))
        started = time.perf_counter()
        with conn.cursor() as cursor, cursor.copy(f"COPY copy_baseline ({', '.join(COLUMNS)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        conn.commit()
        return time.perf_counter() - started


def report(name: str, sink_s: float, sent: int, requests: int, base_name: str, base_s: float, rows: int) -> None:
    print(f"  {name:<9} runner + sink: {sink_s:8.2f} s {sent / sink_s:10.0f} entities/s  ({requests} requests)")
    print(f"  {'':<9} {base_name:<14} {base_s:8.2f} s {rows / base_s:10.0f} rows/s")
    print(f"  {'':<9} ratio sink/baseline time: {sink_s / base_s:.1f}x")


#: A few iterations, for the suite's smoke run (tests/test_benchmarks.py): no benchmark may rot.
SMOKE_ARGS = ["--stations", "1", "--days", "3", "--skip-postgres"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stations", type=int, default=10)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--cells", type=int, default=40, help="KPI entities per station and day")
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args(argv)
    from kiosk.sync.sinks.file import FileSink
    from kiosk.sync.sinks.ngsi_ld import NgsiLdSink
    from tests.sync.ngsi_ld_testserver import NgsiLdTestServer

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        backlogs = build_backlogs(folder, args.stations, args.days, args.cells)
        total = sum(len(e) for _s, _o, e in backlogs)
        rows = rows_of(backlogs)
        print(f"sync: {args.stations} stations x {args.days} days x {args.cells} KPI entities = {total} entities")

        seconds, sent, requests = flush_all(backlogs, lambda: FileSink(folder / "share", StationIdentity("v", "s")))
        report("file", seconds, sent, requests, "executemany", baseline_sqlite(folder, rows), total)

        with NgsiLdTestServer() as broker:
            seconds, sent, requests = flush_all(backlogs, lambda: NgsiLdSink(broker.url, inline_context=True))
        with NgsiLdTestServer() as fresh:
            post_s = baseline_post(fresh.url, backlogs)
        report("ngsi-ld", seconds, sent, requests, "one raw POST", post_s, total)

        if args.skip_postgres:
            return
        from tests.sync.pg_testserver import PostgresTestServer, find_bin_dir

        bin_dir = find_bin_dir()
        if bin_dir is None:
            print("  postgres  skipped: no PostgreSQL binaries under /usr/lib/postgresql/*/bin")
            return
        from kiosk.sync.sinks.postgres import PostgresSink

        server = PostgresTestServer(bin_dir).start()
        try:
            dsn = server.new_database()
            seconds, sent, requests = flush_all(backlogs, lambda: PostgresSink(dsn))
            report("postgres", seconds, sent, requests, "COPY", baseline_copy(server.new_database(), backlogs), total)
        finally:
            server.stop()
        for store, _outbox, _entities in backlogs:
            store.close()


if __name__ == "__main__":
    main()
