"""The whole app driven by its built-in monkey: random taps, drags, multi-touch, idle resets."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from kiosk.registry import discover
from tests.sizes import ci_size

pytestmark = pytest.mark.slow

SUMMARY = re.compile(r"monkey: (\d+) events, (\d+) visits, (\d+) exhibit runs, (\d+) errors")
SHARE = re.compile(r"; (\d+)% of events in (\S+)")


def run_monkey(*args: str) -> re.Match[str]:
    env = os.environ.copy()
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "run", *args], capture_output=True, text=True, env=env, timeout=900
    )
    match = SUMMARY.search(done.stdout)
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr[-4000:]}"
    assert match, done.stdout
    return match


def test_monkey_5000_events_runs_clean():
    wanted = ci_size(5000, 2000)
    match = run_monkey("--monkey", str(wanted), "--seed", "1")
    events, visits, runs, errors = map(int, match.groups())
    assert (events, errors) == (wanted, 0)
    assert visits > 5 and runs > 50  # it really went through visits and exhibits


@pytest.mark.parametrize("exhibit_id", [e.id for e in discover() if e.ok])
def test_monkey_on_each_exhibit(exhibit_id):
    match = run_monkey("--monkey", str(ci_size(250, 120)), "--seed", "3", "--exhibit", exhibit_id)
    assert int(match.group(4)) == 0 and int(match.group(3)) > 0
    share = SHARE.search(match.string)
    assert share and share.group(2) == exhibit_id and int(share.group(1)) > 50, match.string


def test_the_same_seed_gives_the_same_summary_twice():
    """A monkey run is a reproduction recipe: on the same data folder, the same line (time aside)."""
    lines = []
    for _ in range(2):
        match = run_monkey("--monkey", str(ci_size(500, 250)), "--seed", "11")
        line = next(line for line in match.string.splitlines() if line.startswith("monkey:"))
        lines.append(re.sub(r" in [\d.]+ s", "", line))
    assert lines[0] == lines[1]


def test_the_monkey_s_records_never_lie_in_the_future(isolated_environment):
    """The monkey runs on its own clock, faster than real time, but writes into the station's
    database: its records are stamped in real time, so a kill's open visit ends before the next start."""
    import datetime as dt
    import sqlite3

    from kiosk.timestamps import iso_utc

    run_monkey("--monkey", str(ci_size(500, 250)), "--seed", "11")
    finished = iso_utc(dt.datetime.now(dt.UTC))
    with sqlite3.connect(isolated_environment / "kiosk.db") as conn:
        latest = conn.execute(
            "SELECT MAX(stamp) FROM (SELECT MAX(ended_at) AS stamp FROM visits"
            " UNION ALL SELECT MAX(ended_at) FROM exhibit_runs UNION ALL SELECT MAX(at) FROM app_events)"
        ).fetchone()[0]
    assert latest and latest <= finished, f"a record is stamped {latest}, after the run ended at {finished}"
