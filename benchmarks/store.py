"""Journal write throughput and the enqueue latency a caller sees, against raw sqlite3.

    python -m benchmarks.store [--runs 20000]

The baseline is the floor for the same rows: one `executemany` in one transaction on a
connection with the same pragmas (WAL, synchronous=FULL). The kiosk's journal adds a queue,
a writer thread and batching, and buys a UI thread that never waits on the disk.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from kiosk.journal import Journal, RunResult
from kiosk.store import Store, connect


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def journal_run(folder: Path, runs: int) -> tuple[float, list[float]]:
    """Seconds until `runs` visits with one exhibit run each are durable, and enqueue latencies."""
    store = Store(folder / "journal.db").open()
    journal = Journal(store, "bench")
    latencies = []
    started = time.perf_counter()
    for index in range(runs):
        t0 = time.perf_counter()
        visit = journal.start_visit("lv")
        run = journal.start_run(visit, "pendulum")
        journal.end_run(run, RunResult("completed", score=index % 10, interactions=5, active_ms=30_000))
        journal.end_visit(visit, "idle")
        latencies.append((time.perf_counter() - t0) / 4)  # four writes per visit
    store.flush(timeout=None)
    elapsed = time.perf_counter() - started
    store.close()
    return elapsed, latencies


def raw_executemany(folder: Path, runs: int) -> float:
    conn = connect(folder / "raw.db")
    from kiosk.store.migrations import migrate

    migrate(conn)
    visits = [(i, "bench", "2026-11-23T10:00:00.000Z", "2026-11-23T10:01:00.000Z", "2026-11-23", "lv", "idle")
              for i in range(1, runs + 1)]
    exhibit_runs = [(i, i, "pendulum", "2026-11-23T10:00:00.000Z", "2026-11-23T10:01:00.000Z", "2026-11-23",
                     30_000, "completed", i % 10, 5) for i in range(1, runs + 1)]
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO visits(id, station_id, started_at, ended_at, local_day, language, end_reason)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)", visits)
    conn.executemany("INSERT INTO exhibit_runs(id, visit_id, exhibit_id, started_at, ended_at, local_day,"
                     " active_ms, outcome, score, interactions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", exhibit_runs)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


#: A few iterations, for the suite's smoke run (tests/test_benchmarks.py): no benchmark may rot.
SMOKE_ARGS = ["--runs", "300"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20_000, help="visits, each with one exhibit run")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        journal_s, latencies = journal_run(folder, args.runs)
        raw_s = raw_executemany(folder, args.runs)
    writes = args.runs * 4
    print(f"store: {args.runs} visits with one exhibit run each ({writes} journal writes), WAL, synchronous=FULL")
    print(f"  journal (queue + writer thread + batches): {journal_s:7.3f} s  {writes / journal_s:10.0f} writes/s")
    print(f"  baseline raw executemany, one transaction: {raw_s:7.3f} s  {writes / raw_s:10.0f} rows/s")
    print(f"  ratio journal/baseline time: {journal_s / raw_s:.1f}x")
    print(f"  enqueue latency seen by the caller: median {statistics.median(latencies) * 1e6:.1f} us, "
          f"p99 {percentile(latencies, 0.99) * 1e6:.1f} us (a 60 Hz frame is 16 667 us)")


if __name__ == "__main__":
    main()
