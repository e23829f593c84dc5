"""The centre console's floor page: 50 stations and a year of data, against a static file.

    python -m benchmarks.console [--stations 50] [--days 365] [--visits 150] [--requests 2000] [--clients 20]

A throw-away PostgreSQL hub (tests/sync/pg_testserver.py; skipped, saying so, where there is no
PostgreSQL) holds ``--stations`` stations with a day of heartbeats each (one a minute) and
``--days`` of visits (``--visits`` a day per station, today's included). `kiosk hub serve` runs
as a separate process on 127.0.0.1 (a random port), exactly as staff run it, and is measured in
the same run on:

1. the floor page (logged in: session lookup, every station's light, today's visits), and
2. a static file of the same server (/static/console.css): the floor over the framework's floor.

For each: server time per request (the application's own Server-Timing, one client at a time),
the round trip a browser sees, and pages per second with ``--clients`` concurrent clients
(threads, each with its own connection), bounded to ``--requests`` requests, on 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PASSWORD = "benchmark password"


def fill_hub(dsn: str, stations: int, days: int, visits_per_day: int) -> int:
    """Stations, a day of beats each and a year of visits, made by PostgreSQL itself (fast)."""
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO stations(station_id, site, last_beat_at, last_beat, kiosk_version)"
            " SELECT 'kiosk-' || n, 'vizium', now() - (n %% 7) * interval '1 minute',"
            " jsonb_build_object('version', '0.1.0', 'open', true, 'heartbeat_s', 60, 'store', 'ok',"
            "   'camera', jsonb_build_object('state', 'running', 'fps', 29.7), 'disk_free_mb', 40000,"
            "   'exhibit_faults', CASE WHEN n %% 5 = 0 THEN 1 ELSE 0 END, 'errors', 0), '0.1.0'"
            " FROM generate_series(1, %s) n", (stations,))
        conn.execute(
            "INSERT INTO station_beats(station_id, at, beat)"
            " SELECT s.station_id, now() - m * interval '1 minute', s.last_beat"
            " FROM stations s, generate_series(0, 1439) m")
        conn.execute(
            "INSERT INTO visits(station_id, database_id, id, started_at, ended_at, local_day, language)"
            " SELECT 'kiosk-' || s, 'db', d * %(per_day)s + v, now() - d * interval '1 day',"
            "        now() - d * interval '1 day' + interval '3 minutes', current_date - d, 'lv'"
            " FROM generate_series(1, %(stations)s) s, generate_series(0, %(days)s - 1) d,"
            "      generate_series(1, %(per_day)s) v",
            {"stations": stations, "days": days, "per_day": visits_per_day})
        conn.execute("VACUUM ANALYZE")  # the steady state autovacuum keeps a hub in, not a fresh bulk load
        return conn.execute("SELECT count(*) FROM visits").fetchone()[0]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_console(dsn: str, folder: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    (folder / "kiosk.toml").write_text("", encoding="utf-8")
    env = {**os.environ, "VIZIUM_CONFIG": str(folder / "kiosk.toml")}
    server = subprocess.Popen([sys.executable, "-m", "kiosk", "hub", "serve", "--dsn", dsn, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server, f"http://127.0.0.1:{port}"
        except OSError:
            if server.poll() is not None:
                reason = server.stderr.read().decode() if server.stderr else ""
                raise RuntimeError(f"kiosk hub serve stopped: {reason}") from None
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("kiosk hub serve did not start listening within 60 s")


def log_in(url: str) -> dict[str, str]:
    import re

    import httpx

    with httpx.Client(base_url=url) as client:
        page = client.get("/login")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
        done = client.post("/login", data={"csrf": token, "username": "bench", "password": PASSWORD})
        assert done.status_code == 303, done.status_code
        return dict(client.cookies)


def sequential(url: str, path: str, cookies: dict[str, str], requests: int) -> tuple[float, float]:
    """Median server time (Server-Timing) and median round trip, one request at a time, in ms."""
    import httpx

    server_ms, round_ms = [], []
    with httpx.Client(base_url=url, cookies=cookies) as client:
        for _ in range(requests):
            started = time.perf_counter()
            response = client.get(path)
            round_ms.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (path, response.status_code)
            server_ms.append(float(response.headers["server-timing"].split("dur=")[1]))
    return statistics.median(server_ms), statistics.median(round_ms)


def concurrent(url: str, path: str, cookies: dict[str, str], requests: int, clients: int) -> float:
    """Pages per second with ``clients`` threads sharing ``requests`` requests."""
    import httpx

    remaining = [requests]
    lock = threading.Lock()
    failures: list[int] = []

    def client_loop() -> None:
        with httpx.Client(base_url=url, cookies=cookies, timeout=60) as client:
            while True:
                with lock:
                    if remaining[0] <= 0:
                        return
                    remaining[0] -= 1
                status = client.get(path).status_code
                if status != 200:
                    failures.append(status)

    threads = [threading.Thread(target=client_loop) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    assert not failures, f"{len(failures)} requests failed: {sorted(set(failures))}"
    return requests / seconds


#: A few iterations, for the suite's smoke run (tests/test_benchmarks.py): no benchmark may rot.
SMOKE_ARGS = ["--stations", "3", "--days", "3", "--visits", "5", "--requests", "20", "--clients", "4"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stations", type=int, default=50)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--visits", type=int, default=150, help="visits a day per station")
    parser.add_argument("--requests", type=int, default=2000, help="requests of each kind under load")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients (at most 50)")
    args = parser.parse_args(argv)
    clients = max(1, min(args.clients, 50))
    from tests.sync.pg_testserver import PostgresTestServer, find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is None:
        print("console: skipped: no PostgreSQL binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql)")
        return
    from kiosk.console.accounts import add_user
    from kiosk.hub.schema import init_hub

    server = PostgresTestServer(bin_dir).start()
    console = None
    try:
        dsn = server.new_database()
        init_hub(dsn)
        started = time.perf_counter()
        visits = fill_hub(dsn, args.stations, args.days, args.visits)
        import psycopg

        with psycopg.connect(dsn, autocommit=True) as conn:
            add_user(conn, "bench", PASSWORD, "staff")
        print(f"console: {args.stations} stations, {args.days} days, {visits:,} visits,"
              f" {args.stations * 1440:,} beats; hub filled in {time.perf_counter() - started:.1f} s")
        with tempfile.TemporaryDirectory() as tmp:
            console, url = start_console(dsn, Path(tmp))
            cookies = log_in(url)
            warm = max(5, args.requests // 100)
            figures = {}
            for name, path in (("floor page", "/floor"), ("static file", "/static/console.css")):
                sequential(url, path, cookies, warm)  # warm the pool and the caches
                server_ms, round_ms = sequential(url, path, cookies, max(10, args.requests // 10))
                rate = concurrent(url, path, cookies, args.requests, clients)
                figures[name] = (server_ms, round_ms, rate)
                print(f"  {name:<12} server {server_ms:6.2f} ms/request   round trip {round_ms:6.2f} ms"
                      f"   {rate:8.0f} pages/s with {clients} clients")
            floor, static = figures["floor page"], figures["static file"]
            print(f"  ratio        floor / static file: server time {floor[0] / max(static[0], 0.01):.1f}x,"
                  f" round trip {floor[1] / static[1]:.1f}x, throughput {static[2] / floor[2]:.1f}x lower")
    finally:
        if console is not None:
            console.terminate()
            try:
                console.wait(timeout=20)
            except subprocess.TimeoutExpired:
                console.kill()
        server.stop()


if __name__ == "__main__":
    main()
