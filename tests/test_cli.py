"""The kiosk command as an operator uses it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from kiosk.cli import main
from kiosk.store import Store


def kiosk(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=os.environ.copy(),
        timeout=120,
    )


def test_version():
    done = kiosk("--version")
    assert done.returncode == 0 and done.stdout.startswith("VIZIUM Kiosk ")


def test_doctor_prints_a_table_and_passes_on_a_fresh_station(isolated_environment):
    done = kiosk("doctor")
    assert "Qt platform plugin" in done.stdout and "Data folder writable" in done.stdout
    assert "This station can run the kiosk." in done.stdout, done.stdout
    assert done.returncode == 0


def test_doctor_reports_a_damaged_database_set_aside(isolated_environment):
    isolated_environment.mkdir(parents=True)
    (isolated_environment / "kiosk.db").write_bytes(b"garbage" * 200)
    Store(isolated_environment / "kiosk.db").open().close()
    done = kiosk("doctor")
    assert "Damaged databases set aside" in done.stdout and "WARN" in done.stdout


def test_db_check_and_migrate(isolated_environment, capsys):
    assert main(["db", "check"]) == 1  # nothing yet
    assert main(["db", "migrate"]) == 0
    assert main(["db", "check"]) == 0
    assert "ok" in capsys.readouterr().out


def test_db_check_on_a_damaged_file(isolated_environment, capsys):
    isolated_environment.mkdir(parents=True)
    (isolated_environment / "kiosk.db").write_bytes(b"garbage" * 200)
    assert main(["db", "check"]) == 1
    assert "cannot be read as a database" in capsys.readouterr().err


def test_pin_set_from_standard_input(isolated_environment):
    done = kiosk("pin", "set", "--role", "educator", stdin="1357\n")
    assert done.returncode == 0, done.stderr
    bad = kiosk("pin", "set", "--role", "staff", stdin="12\n")
    assert bad.returncode == 1 and "4 to 8 digits" in bad.stderr


def test_exhibits_list_json_has_titles_in_three_languages(capsys):
    assert main(["exhibits", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    ok = [r for r in rows if r["status"] == "ok"]
    assert ok, "no exhibit is ok"
    assert all(set(r["title"]) == {"lv", "en", "ru"} for r in ok)


# -- commands that only read or render never change the station's records ---------------------

COUNTED_TABLES = ("visits", "exhibit_runs", "app_events", "staff_pins", "kpi_outbox", "kpi_deliveries")


def _station_with_history(data):
    from kiosk.journal import Journal, RunResult

    with Store(data / "kiosk.db") as store:
        journal = Journal(store, "kiosk-1")
        visit = journal.start_visit("lv")
        journal.end_run(journal.start_run(visit, "pendulum"), RunResult("completed", active_ms=5_000))
        journal.end_visit(visit, "idle")
        journal.event("kiosk.stop")  # the last run stopped cleanly
        assert store.flush()


def _counts(data):
    import sqlite3

    conn = sqlite3.connect(data / "kiosk.db")
    try:
        return {table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in COUNTED_TABLES}
    finally:
        conn.close()


READ_ONLY_COMMANDS = [
    ["screenshot", "--screen", "home", "--size", "640x400", "--out", "{tmp}/home.png"],
    ["screenshot", "--screen", "exhibit:pendulum", "--size", "640x400", "--out", "{tmp}/pendulum.png"],
    ["doctor"],
    ["exhibits", "list", "--json"],
    ["programmes", "list", "--json"],
    ["config", "show"],
    ["db", "check"],
    ["sync", "--dry-run"],
    ["sync", "status"],
    ["kpi", "--from", "2026-01-01", "--to", "2026-12-31"],
]


def test_rendering_listing_checking_and_dry_runs_leave_the_records_as_they_were(isolated_environment, tmp_path,
                                                                                 qapp, capsys):
    _station_with_history(isolated_environment)
    for command in READ_ONLY_COMMANDS:
        before = _counts(isolated_environment)
        main([part.replace("{tmp}", str(tmp_path)) for part in command])
        capsys.readouterr()
        assert _counts(isolated_environment) == before, f"kiosk {' '.join(command)} changed the records"


# -- a reader that goes away --------------------------------------------------------------------

def _into_a_closed_pipe(*args):
    """`kiosk ARGS | head` where head has already gone: every write meets a closed pipe."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([sys.executable, "-m", "kiosk", *args], stdout=write_end, stderr=subprocess.PIPE,
                              env=os.environ.copy(), timeout=120)
    finally:
        os.close(write_end)
    return done.returncode, done.stderr.decode()


def test_listings_end_quietly_when_their_reader_goes_away(isolated_environment):
    for args in (("exhibits", "list", "--json"), ("programmes", "list", "--json"), ("config", "show", "--json")):
        code, err = _into_a_closed_pipe(*args)
        assert "Traceback" not in err and "BrokenPipeError" not in err, err
        assert code == 141, (args, code, err)  # 128 + SIGPIPE, as other tools
