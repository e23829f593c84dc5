"""KPI sync throughput: a year's backlog of 10 stations flushed to each sink, against raw writes.

    python -m benchmarks.sync [--stations 10] [--days 365] [--cells 40] [--skip-postgres]

Each station has a year of daily KPI entities queued in its outbox (``--cells`` per day, about
what a busy station's statistics engine yields) and delivers them through the real runner:
pending query, batch, sink, and the durable record of every confirmation in the station's
database. The baselines write the same rows with nothing around them, in the same run:
- file: one ``executemany`` of (id, payload) rows into a SQLite table, one transaction;
- NGSI-LD: one raw POST of each station's whole backlog to the same kind of broker;
- PostgreSQL: one ``COPY`` of the same rows into a table like kpi_observations.
The broker is tests/sync/ngsi_ld_testserver.py (Python's http.server) and PostgreSQL a throw-away
server from the Debian binaries, both on this machine, so the figures are the kiosk's overhead
and the protocols', not a network's.

Memory: the sync's peak resident memory is printed for each sink (the goal of issue 18: a year
of 10 stations within 300 MB). Each sync runs in a child process that does nothing else; the
backlogs are built in other children, the broker in its own process, and the baselines read the
rows from the station databases a station at a time, so no figure holds another's memory.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import multiprocessing
import random
import resource
import sqlite3
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.stats.daily import DailyCell
from kiosk.store import Store
from kiosk.sync.entities import CONTEXT, StationIdentity, build_entities, normalized
from kiosk.sync.outbox import Outbox
from kiosk.sync.retry import Backoff
from kiosk.sync.runner import deliver
from kiosk.sync.sinks import Sink

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


def build_station(folder: Path, number: int, days: int, cells: int) -> int:
    """Queue a year of one station's entities in its own database; returns how many."""
    name = f"kiosk-{number + 1}"
    identity = StationIdentity("vizium", name)
    cells_of_station = station_cells(name, days, cells, random.Random(f"2025-{name}"))
    entities = build_entities(cells_of_station, identity, 5, "2025-12-31T22:00:00.000Z")
    store = Store(folder / f"{name}.db").open()
    try:
        Outbox(store, None, identity).add_entities(entities)
    finally:
        store.close()
    return len(entities)


def build_backlogs(folder: Path, stations: int, days: int, cells: int) -> list[Path]:
    """Every station's backlog, each built in a child process of its own.

    The benchmark's setup (a year of cells and entities in memory) is not the sync's memory, so
    it never runs in a process whose peak is reported.
    """
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context, max_tasks_per_child=1) as pool:
        list(pool.map(build_station, [folder] * stations, range(stations), [days] * stations, [cells] * stations))
    return station_paths(folder, stations)


def station_paths(folder: Path, stations: int) -> list[Path]:
    return [folder / f"kiosk-{number + 1}.db" for number in range(stations)]


@dataclass
class FlushFigures:
    """One sink's pass over every backlog, measured in the process that ran it."""

    seconds: float
    sent: int
    requests: int
    start_mib: float  # the process's memory before the sync: interpreter and imports
    peak_mib: float  # the process's peak resident memory during the sync (VmHWM)
    traced_peak_mib: float | None  # Python allocations at their highest, with --trace


def _status_mib(field_name: str) -> float | None:
    """A memory figure of /proc/self/status (Linux), in MiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field_name + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def peak_rss_mib() -> float:
    """This process's peak resident memory so far.

    VmHWM, not ru_maxrss: Linux carries ru_maxrss over an exec, so a spawned child would report
    the peak of the process that started it.
    """
    peak = _status_mib("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak_rss() -> float:
    """Start the peak over from the memory in use now (Linux's clear_refs); returns that memory."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return peak_rss_mib()
    return _status_mib("VmRSS") or peak_rss_mib()


def make_sink(kind: str, address: str, share: Path) -> Sink:
    if kind == "file":
        from kiosk.sync.sinks.file import FileSink

        return FileSink(share, StationIdentity("v", "s"))
    if kind == "ngsi-ld":
        from kiosk.sync.sinks.ngsi_ld import NgsiLdSink

        return NgsiLdSink(address, inline_context=True)
    from kiosk.sync.sinks.postgres import PostgresSink

    return PostgresSink(address)


def flush_all(paths: list[Path], kind: str, address: str, share: Path, trace: bool) -> FlushFigures:
    """Deliver every backlog through the runner (run in a child process: its peak is the sync's)."""
    make_sink(kind, address, share).close()  # the sink's imports belong to the process, not the sync
    start_mib = reset_peak_rss()
    if trace:
        tracemalloc.start()
    sent = requests = 0
    started = time.perf_counter()
    for path in paths:
        store = Store(path).open()
        try:
            outbox = Outbox(store, None, StationIdentity("vizium", path.stem))
            sink = make_sink(kind, address, share)
            report = deliver(outbox, sink, backoff=Backoff())
            sink.close()
        finally:
            store.close()
        assert report.complete, report.error or report.refused
        sent += report.sent
        requests += report.requests
    seconds = time.perf_counter() - started
    traced = tracemalloc.get_traced_memory()[1] / 2**20 if trace else None
    return FlushFigures(seconds, sent, requests, start_mib, peak_rss_mib(), traced)


def flush_in_child(paths: list[Path], kind: str, address: str, share: Path, trace: bool) -> FlushFigures:
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(flush_all, paths, kind, address, share, trace).result()


def stored_rows(paths: list[Path]) -> Iterator[tuple[str, str]]:
    """Every queued entity as (id, key-values JSON), read a station at a time (never all at once)."""
    for path in paths:
        conn = sqlite3.connect(path)
        try:
            yield from conn.execute("SELECT entity_id, payload FROM kpi_outbox ORDER BY period_from, entity_id")
        finally:
            conn.close()


def baseline_sqlite(folder: Path, paths: list[Path]) -> float:
    conn = sqlite3.connect(folder / "baseline.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE rows (entity_id TEXT PRIMARY KEY, payload TEXT NOT NULL)")
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO rows VALUES (?, ?)", stored_rows(paths))
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def baseline_post(url: str, paths: list[Path]) -> float:
    """One raw POST per station of its whole backlog (the body of one station at a time in memory)."""
    import httpx

    elapsed = 0.0
    with httpx.Client(timeout=600) as client:
        for path in paths:
            body = json.dumps(
                [normalized(json.loads(payload), context=CONTEXT) for _id, payload in stored_rows([path])]
            ).encode()
            started = time.perf_counter()
            response = client.post(url + "ngsi-ld/v1/entityOperations/upsert", content=body,
                                   headers={"Content-Type": "application/ld+json"})
            elapsed += time.perf_counter() - started
            assert response.status_code in (201, 204), response.status_code
    return elapsed


def baseline_copy(dsn: str, paths: list[Path]) -> float:
    import psycopg

    from kiosk.sync.entities import payload_hash
    from kiosk.sync.outbox import OutboxEntry
    from kiosk.sync.sinks.postgres import COLUMNS, DDL, row_of

    def rows() -> Iterator[tuple]:
        for _id, payload in stored_rows(paths):
            e = json.loads(payload)
            yield row_of(OutboxEntry(e["id"], e, payload_hash(e), e["calculationPeriod"]["from"]))

    with psycopg.connect(dsn) as conn:
        conn.execute(DDL.split(";")[0].replace("kpi_observations", "copy_baseline"))
        started = time.perf_counter()
        with conn.cursor() as cursor, cursor.copy(f"COPY copy_baseline ({', '.join(COLUMNS)}) FROM STDIN") as copy:
            for row in rows():
                copy.write_row(row)
        conn.commit()
        return time.perf_counter() - started


def serve_broker(ready: Any, stop: Any) -> None:
    """An NGSI-LD test broker in a process of its own: its entities are not the sync's memory."""
    from tests.sync.ngsi_ld_testserver import NgsiLdTestServer

    with NgsiLdTestServer() as broker:
        ready.put(broker.url)
        stop.wait()


@contextlib.contextmanager
def broker_process() -> Iterator[str]:
    context = multiprocessing.get_context("spawn")
    ready, stop = context.Queue(), context.Event()
    process = context.Process(target=serve_broker, args=(ready, stop), daemon=True)
    process.start()
    try:
        yield ready.get(timeout=60)
    finally:
        stop.set()
        process.join(30)


def report(name: str, figures: FlushFigures, base_name: str, base_s: float, rows: int) -> None:
    sink_s = figures.seconds
    print(f"  {name:<9} runner + sink: {sink_s:8.2f} s {figures.sent / sink_s:10.0f} entities/s  "
          f"({figures.requests} requests)")
    print(f"  {'':<9} {base_name:<14} {base_s:8.2f} s {rows / base_s:10.0f} rows/s")
    print(f"  {'':<9} ratio sink/baseline time: {sink_s / base_s:.1f}x")
    traced = f", Python allocations at most {figures.traced_peak_mib:.0f} MiB" if figures.traced_peak_mib else ""
    print(f"  {'':<9} sync process peak: {figures.peak_mib:.0f} MiB (before the sync {figures.start_mib:.0f} MiB, "
          f"so the sync itself {figures.peak_mib - figures.start_mib:.0f} MiB){traced}")


#: A few iterations, for the suite's smoke run (tests/test_benchmarks.py): no benchmark may rot.
SMOKE_ARGS = ["--stations", "1", "--days", "3", "--skip-postgres"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stations", type=int, default=10)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--cells", type=int, default=40, help="KPI entities per station and day")
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--trace", action="store_true", help="also trace the sync's Python allocations (slower)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        share = folder / "share"
        paths = build_backlogs(folder, args.stations, args.days, args.cells)
        total = sum(1 for _ in stored_rows(paths))
        print(f"sync: {args.stations} stations x {args.days} days x {args.cells} KPI entities = {total} entities")
        print("  (each sync runs in a child process of its own, after the backlogs were built in others;")
        print("   its peak is that process's peak resident memory (VmHWM); the broker and the baselines")
        print("   run in other processes)")

        figures = flush_in_child(paths, "file", "", share, args.trace)
        report("file", figures, "executemany", baseline_sqlite(folder, paths), total)

        with broker_process() as url:
            figures = flush_in_child(paths, "ngsi-ld", url, share, args.trace)
        with broker_process() as fresh_url:
            post_s = baseline_post(fresh_url, paths)
        report("ngsi-ld", figures, "raw POSTs", post_s, total)

        if not args.skip_postgres:
            from tests.sync.pg_testserver import PostgresTestServer, find_bin_dir

            bin_dir = find_bin_dir()
            if bin_dir is None:
                print("  postgres  skipped: no PostgreSQL binaries under /usr/lib/postgresql/*/bin")
            else:
                server = PostgresTestServer(bin_dir).start()
                try:
                    figures = flush_in_child(paths, "postgres", server.new_database(), share, args.trace)
                    report("postgres", figures, "COPY", baseline_copy(server.new_database(), paths), total)
                finally:
                    server.stop()
        print(f"  benchmark's own process peak: {peak_rss_mib():.0f} MiB")


if __name__ == "__main__":
    main()
