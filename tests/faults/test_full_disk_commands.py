"""Commands on a full disk say "the disk is full at PATH" and leave the database as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.store import Store, connect
from tests.faults.conftest import record_visits


def _counts(path: Path) -> dict[str, int]:
    conn = connect(path, readonly=True)
    try:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("visits", "exhibit_runs", "app_events", "programme_sessions", "participants")}
    finally:
        conn.close()


def test_demo_data_into_a_fresh_file_on_a_full_disk_leaves_no_half_database(make_disk, capsys):
    disk = make_disk("1m")
    target = disk.path / "demo.db"
    assert main(["demo-data", "--days", "400", "--db", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"the disk is full at {disk.path}" in err and "no demo.db was made" in err
    assert "rollback" not in err and "Traceback" not in err
    assert list(disk.path.iterdir()) == []


def test_demo_data_into_an_existing_database_on_a_full_disk_changes_nothing(make_disk, capsys):
    disk = make_disk("2m")
    target = disk.path / "kiosk.db"
    with Store(target, batch_window_s=0) as store:
        assert store.execute("INSERT INTO app_events(at, kind) VALUES ('t', 'before')").wait(5)
    before = _counts(target)
    assert main(["demo-data", "--days", "400", "--db", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"the disk is full at {disk.path}" in err and f"{target} is as it was before" in err
    assert "Traceback" not in err
    assert _counts(target) == before
    conn = connect(target, readonly=True)
    assert conn.execute("SELECT COUNT(*) FROM app_state WHERE key = 'database.demo'").fetchone()[0] == 0
    conn.close()


@pytest.mark.parametrize("kiosk_running", [False, True], ids=["alone", "beside the running kiosk"])
def test_sync_on_a_full_disk_says_so_and_sends_nothing(kiosk_running, make_disk, monkeypatch, capsys, tmp_path):
    from kiosk.journal import Journal

    disk = make_disk("2m")
    monkeypatch.setenv("VIZIUM_DATA_DIR", str(disk.path))
    target = disk.path / "kiosk.db"
    with Store(target, batch_window_s=0) as store:
        record_visits(Journal(store, "kiosk-1"), 20)
        assert store.flush(5)
    running = connect(target) if kiosk_running else None  # its -wal and -shm files are there
    disk.fill()
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    code = main(["sync", "--folder", str(tmp_path / "outbox"), "--wait", "0"])
    if running is not None:
        running.close()
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err
    assert f"the disk is full at {disk.path}" in err, err
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert not (tmp_path / "outbox").exists() or not any((tmp_path / "outbox").rglob("*.json"))


def test_pin_set_on_a_read_only_folder_is_refused_now_and_never_set_later(make_disk, monkeypatch, capsys):
    import io

    disk = make_disk("4m")
    with Store(disk.path / "kiosk.db", batch_window_s=0):
        pass
    disk.read_only()
    monkeypatch.setenv("VIZIUM_DATA_DIR", str(disk.path))
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n"))
    assert main(["pin", "set", "--role", "staff"]) == 1
    err = capsys.readouterr().err
    assert f"PIN not set: could not save the PIN: the data folder {disk.path} is read-only" in err, err
    disk.writable()
    with Store(disk.path / "kiosk.db", batch_window_s=0) as store:  # nothing replayed into it later
        assert store.query("SELECT COUNT(*) AS n FROM staff_pins") == [{"n": 0}]


def test_db_migrate_and_backup_on_a_full_disk_say_so(make_disk, monkeypatch, capsys, tmp_path):
    disk = make_disk("1m")
    disk.fill()
    monkeypatch.setenv("VIZIUM_DATA_DIR", str(disk.path / "station"))
    assert main(["db", "migrate"]) == 1
    err = capsys.readouterr().err
    assert "Not migrated: the disk is full at" in err and "Traceback" not in err

    monkeypatch.setenv("VIZIUM_DATA_DIR", str(tmp_path / "station"))
    assert main(["db", "migrate"]) == 0
    capsys.readouterr()
    target = disk.path / "backup.db"
    assert main(["db", "backup", str(target)]) == 1
    assert f"No backup made: the disk is full at {disk.path}" in capsys.readouterr().err
    assert not target.exists()
