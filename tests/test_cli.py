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
