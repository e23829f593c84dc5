"""A real kiosk process (`kiosk run --monkey N`) on a data folder that fills up or goes read-only:
every visit and run the monkey counted is in the database after the next start, none twice."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.store import connect

pytestmark = pytest.mark.slow

LOG_RECORD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ (ERROR|CRITICAL|WARNING) ")
SUMMARY = re.compile(r"monkey: \d+ events, (\d+) visits, (\d+) exhibit runs")


def _monkey_command(events: int, seed: int) -> list[str]:
    return [sys.executable, "-m", "kiosk", "run", "--monkey", str(events), "--seed", str(seed)]


def _environment(data: Path, home: Path) -> dict[str, str]:
    env = os.environ.copy()
    env.update(VIZIUM_DATA_DIR=str(data), VIZIUM_LOG_DIR=str(home / "logs"), XDG_STATE_HOME=str(home / "state"),
               TMPDIR=str(home), QT_QPA_PLATFORM="offscreen")
    return env


def _counted(output: str) -> tuple[int, int]:
    match = SUMMARY.search(output)
    assert match, output[-2000:]
    return int(match.group(1)), int(match.group(2))


def _in_database(path: Path) -> tuple[int, int, int]:
    conn = connect(path, readonly=True)
    try:
        return (conn.execute("SELECT COUNT(*) FROM visits").fetchone()[0],
                conn.execute("SELECT COUNT(*) FROM exhibit_runs").fetchone()[0],
                conn.execute("SELECT COUNT(*) FROM app_events WHERE kind IN ('kiosk.start', 'kiosk.stop')")
                .fetchone()[0])
    finally:
        conn.close()


def _raw_tracebacks(stderr: str) -> list[str]:
    """Tracebacks that are not part of a log record (a background task may log one on purpose,
    e.g. the KPI sync meeting a full disk): those are the crashes."""
    lines = stderr.splitlines()
    return [lines[i - 1] if i else "" for i, line in enumerate(lines)
            if line.startswith("Traceback (most recent call last)") and not (i and LOG_RECORD.match(lines[i - 1]))]


def _assert_saved_everything(done: subprocess.CompletedProcess[str]) -> None:
    """The run after the fault: everything saved. (An exhibit's own error would also make the
    monkey exit 1; that is not what these tests are about.)"""
    assert "writes unsaved" not in done.stdout and "Not everything was saved" not in done.stderr, done.stderr[-2000:]
    assert not _raw_tracebacks(done.stderr), done.stderr[-3000:]
    assert done.returncode in (0, 1) and SUMMARY.search(done.stdout), done.stderr[-2000:]


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)


def test_a_data_folder_that_fills_up_loses_no_visit(small_disk, tmp_path):
    env = _environment(small_disk.path, tmp_path)
    full = _run(_monkey_command(300, 4), env)
    assert full.returncode == 1, full.stderr[-2000:]
    assert not _raw_tracebacks(full.stderr)
    assert "the disk is full at" in full.stderr and "go in at the next start" in full.stderr
    assert re.search(r"[1-9]\d* errors \(.*, \d+ writes unsaved\)", full.stdout), full.stdout
    visits, runs = _counted(full.stdout)
    assert visits > 0

    small_disk.resize("8m")  # space freed
    again = _run(_monkey_command(60, 5), env)
    _assert_saved_everything(again)
    more_visits, more_runs = _counted(again.stdout)
    assert _in_database(small_disk.path / "kiosk.db") == (visits + more_visits, runs + more_runs, 4)


def test_a_data_folder_that_goes_read_only_mid_run_loses_no_visit(failing_disk, tmp_path):
    disk = failing_disk
    env = _environment(disk.path, tmp_path)
    database = disk.path / "kiosk.db"
    child = subprocess.Popen(_monkey_command(400, 7), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and child.poll() is None:
            try:
                if _in_database(database)[0] >= 1:  # the run is under way
                    break
            except sqlite3.Error:  # not created or migrated yet
                pass
            time.sleep(0.1)
        disk.fail()  # the file system turns read-only under the open database
        out, err = child.communicate(timeout=300)
    finally:
        child.kill()
    assert child.returncode == 1, err[-2000:]
    assert not _raw_tracebacks(err) and "is read-only" in err, err[-3000:]
    visits, runs = _counted(out)

    disk.repair()
    again = _run(_monkey_command(60, 8), env)
    _assert_saved_everything(again)
    more_visits, more_runs = _counted(again.stdout)
    assert _in_database(database) == (visits + more_visits, runs + more_runs, 4)


def test_a_read_only_data_folder_gives_a_message_and_an_error_exit_not_a_traceback(make_disk, tmp_path):
    disk = make_disk("8m")
    disk.read_only()
    env = _environment(disk.path, tmp_path)
    done = _run(_monkey_command(60, 3), env)
    assert done.returncode == 1 and not _raw_tracebacks(done.stderr)
    assert "Demo PINs not set: the data folder" in done.stderr
    visits, runs = _counted(done.stdout)
    disk.writable()
    again = _run(_monkey_command(30, 9), env)
    _assert_saved_everything(again)
    more_visits, more_runs = _counted(again.stdout)
    assert _in_database(disk.path / "kiosk.db") == (visits + more_visits, runs + more_runs, 4)


def test_kiosk_run_stopped_on_a_read_only_folder_ends_75_and_keeps_its_start_and_stop(make_disk, tmp_path):
    import signal

    disk = make_disk("8m")
    disk.read_only()
    env = _environment(disk.path, tmp_path)
    child = subprocess.Popen([sys.executable, "-m", "kiosk", "run", "--windowed"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    log = tmp_path / "logs" / "kiosk.log"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and child.poll() is None:  # the store has met the folder
            if log.exists() and "is read-only" in log.read_text():
                break
            time.sleep(0.1)
        child.send_signal(signal.SIGTERM)  # as systemctl stop does
        _, err = child.communicate(timeout=120)
    finally:
        child.kill()
    assert child.returncode == 75, err[-2000:]
    assert "Not everything was saved" in err and not _raw_tracebacks(err), err[-3000:]
    disk.writable()
    again = _run(_monkey_command(20, 2), env)
    _assert_saved_everything(again)
    conn = connect(disk.path / "kiosk.db", readonly=True)
    kinds = [row[0] for row in conn.execute(
        "SELECT kind FROM app_events WHERE kind IN ('kiosk.start', 'kiosk.stop', 'kiosk.crash') ORDER BY id")]
    conn.close()
    assert kinds == ["kiosk.start", "kiosk.stop", "kiosk.start", "kiosk.stop"]
