"""Stopping a real kiosk process: SIGTERM is a clean stop, SIGKILL loses nothing acknowledged.

The processes are real `kiosk run` / `kiosk run --monkey` processes, offscreen, each on the same
data folder in turn, as systemd would start and stop them on a station.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.sizes import ci_size

DRIVER = Path(__file__).with_name("ack_kiosk.py")
CLEAN_REASONS = {"idle", "staff", "shutdown", "session", "closed"}


def environment(data: Path, ack_log: Path | None = None) -> dict[str, str]:
    env = os.environ.copy()
    env.update(VIZIUM_DATA_DIR=str(data), VIZIUM_LOG_DIR=str(data.parent / "logs"), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(Path(__file__).parents[2]), env.get("PYTHONPATH", "")]))
    env.pop("VIZIUM_CONFIG", None)
    if ack_log is not None:
        env["VIZIUM_ACK_LOG"] = str(ack_log)
    return env


def start(data: Path, *args: str, ack_log: Path | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(DRIVER), *args], env=environment(data, ack_log),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def rows(database: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(database)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def wait_for(predicate, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


def has_started(database: Path) -> bool:
    try:
        return bool(rows(database, "SELECT 1 FROM app_events WHERE kind = 'kiosk.start'"))
    except sqlite3.Error:
        return False


@pytest.mark.slow
def test_sigterm_stops_the_kiosk_cleanly_and_demo_data_stays_in_its_own_folder(tmp_path):
    """`make run` starts `kiosk run --demo`; systemd and `timeout` stop with SIGTERM."""
    data = tmp_path / "data"
    demo_db = data / "demo" / "kiosk.db"
    kiosk = start(data, "run", "--demo")
    try:
        wait_for(lambda: has_started(demo_db), timeout_s=120)
        asked = time.monotonic()
        kiosk.send_signal(signal.SIGTERM)
        code = kiosk.wait(timeout=30)
        stopped_after_s = time.monotonic() - asked
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
    out, err = kiosk.communicate()
    assert code == 0, err
    print(f"stopped {stopped_after_s:.2f} s after SIGTERM")
    kinds = [kind for (kind,) in rows(demo_db, "SELECT kind FROM app_events WHERE kind LIKE 'kiosk.%' ORDER BY id")]
    assert kinds == ["kiosk.start", "kiosk.stop"]
    assert rows(demo_db, "SELECT value FROM app_state WHERE key = 'database.demo'") == [("1",)]
    assert rows(demo_db, "SELECT COUNT(*) FROM visits")[0][0] > 1000  # the demo history
    assert not (data / "kiosk.db").exists()  # the station's own database is not touched
    assert str(data / "demo") in out


def read_acks(path: Path) -> tuple[list[int], list[int]]:
    visits, runs = [], []
    if path.exists():
        for line in path.read_text().splitlines():
            kind, _, number = line.partition(" ")
            (visits if kind == "visit" else runs).append(int(number))
    return visits, runs


def sessions(database: Path) -> list[tuple[str, str, str]]:
    """(started_at, ended_at, how) per kiosk process: how is 'stop' or 'crash'."""
    markers = rows(database, "SELECT at, kind FROM app_events"
                             " WHERE kind IN ('kiosk.start', 'kiosk.stop', 'kiosk.crash') ORDER BY id")
    found = []
    open_since: str | None = None
    for at, kind in markers:
        if kind == "kiosk.start":
            assert open_since is None, f"a kiosk started at {open_since} has neither kiosk.stop nor kiosk.crash"
            open_since = at
        elif open_since is not None:
            found.append((open_since, at, kind.removeprefix("kiosk.")))
            open_since = None
    assert open_since is None
    return found


@pytest.mark.slow
def test_random_stops_lose_no_acknowledged_visit_or_run(tmp_path):
    stops = ci_size(24, 10)
    rng = random.Random(20261205)
    data = tmp_path / "data"
    database = data / "kiosk.db"
    acks = tmp_path / "acks.log"
    exits: list[tuple[str, int]] = []
    for index in range(stops):
        kiosk = start(data, "run", "--monkey", "100000", "--seed", str(index), ack_log=acks)
        time.sleep(rng.uniform(0.3, 5.0))  # start-up included: a stop can come at any moment
        how = signal.SIGKILL if rng.random() < 0.4 else signal.SIGTERM
        kiosk.send_signal(how)
        try:
            code = kiosk.wait(timeout=60)
        finally:
            if kiosk.poll() is None:
                kiosk.kill()
        out, err = kiosk.communicate()
        exits.append((how.name, code))
        if how == signal.SIGTERM:
            # The monkey ends with its summary: 0, or 1 when it saw errors (an exhibit's fault, not
            # the stop's). Before the handlers are in place (the interpreter starting), SIGTERM still
            # ends the process at once, as before.
            assert code in (0, 1, -signal.SIGTERM), out + err[-2000:]
    final = start(data, "run", "--monkey", "0", ack_log=acks)  # the next start after the last stop
    assert final.wait(timeout=120) == 0, final.communicate()
    final.communicate()

    acked_visits, acked_runs = read_acks(acks)
    visits = {row[0]: row[1:] for row in rows(database, "SELECT id, started_at, ended_at, end_reason FROM visits")}
    runs = {row[0]: row[1:] for row in rows(
        database, "SELECT id, visit_id, exhibit_id, started_at, ended_at, outcome, active_ms FROM exhibit_runs")}
    print(f"{stops} stops {exits}; {len(visits)} visits, {len(runs)} runs; acknowledged {len(acked_visits)} "
          f"visits and {len(acked_runs)} runs")
    assert acked_visits and acked_runs
    # Every acknowledged visit and run is there, once.
    assert set(acked_visits) <= set(visits) and set(acked_runs) <= set(runs)
    assert len(acked_visits) == len(set(acked_visits)) and len(acked_runs) == len(set(acked_runs))
    starts = [(visit, exhibit, started) for visit, exhibit, started, *_ in runs.values()]
    assert len(starts) == len(set(starts)), "a run was recorded twice"
    # Nothing is left open; runs belong to visits.
    assert all(ended for _, ended, _ in visits.values())
    assert all(run[3] and run[0] in visits for run in runs.values())
    # Each process ended with kiosk.stop (clean) or was recorded as a crash at the next start.
    found = sessions(database)
    clean = sum(1 for _, code in exits if code in (0, 1)) + 1  # + the final start
    assert sum(1 for *_, how in found if how == "stop") == clean
    assert sum(1 for *_, how in found if how == "crash") <= len(exits) - (clean - 1)
    assert any(how == "crash" for *_, how in found) and any(how == "stop" for *_, how in found)
    # A clean stop closes its visits itself ('shutdown' and the like); what a kill left open is
    # 'interrupted', ended at the last sign of life (never before it started, never after the restart).
    for started, ended, how in found:
        inside = [v for v in visits.values() if started <= v[0] <= ended]
        reasons = {reason for _, _, reason in inside}
        if how == "stop":
            assert reasons <= CLEAN_REASONS, (started, reasons)
        else:  # killed: it could not close its visit; the next start marked it interrupted
            assert reasons <= (CLEAN_REASONS - {"shutdown"}) | {"interrupted"}, (started, reasons)
        for visit_started, visit_ended, _ in inside:
            assert visit_started <= visit_ended <= ended
    for _visit, _exhibit, run_started, run_ended, outcome, active_ms in runs.values():
        assert run_started <= run_ended and active_ms >= 0
        assert outcome in ("completed", "abandoned", "error", "interrupted")
    crashes = [json.loads(detail) for (detail,) in rows(
        database, "SELECT detail FROM app_events WHERE kind = 'kiosk.crash'")]
    assert all("without shutting down" in crash["error"] for crash in crashes)
