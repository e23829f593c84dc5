"""Commands that only look (dry runs, kpi, export, db check, doctor, sync status) change nothing:
no database is created, moved aside, migrated or written; kpi and export refuse a damaged one alike."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.config import load_settings
from kiosk.journal import Journal
from kiosk.store import Store, check_integrity, connect
from tests.faults.conftest import record_visits

LOOKING = [
    ["sync", "--dry-run"],
    ["sync", "status"],
    ["kpi", "--from", "2026-01-01", "--to", "2026-12-31"],
    ["export", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "csv", "--out", "{out}"],
    ["db", "check"],
]


def _command(words: list[str], tmp_path: Path) -> list[str]:
    return [w.replace("{out}", str(tmp_path / "export")) for w in words]


def _snapshot(folder: Path) -> dict[str, str]:
    """Each file's content hash; SQLite's -shm index a reader may make is not data and is left out."""
    if not folder.exists():
        return {}
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.endswith("-shm") and not (p.name.endswith("-wal") and not p.stat().st_size)}


def _station_database(path: Path) -> None:
    with Store(path, batch_window_s=0) as store:
        record_visits(Journal(store, "kiosk-1"), 3)
        assert store.flush(5)


def _damage_a_page(path: Path) -> None:
    """Overwrite one table page in the middle: the file still opens, SQLite's check finds it corrupt."""
    conn = connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'exhibit_runs'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page)
        handle.write(b"\xff" * 64)


@pytest.mark.parametrize("words", LOOKING, ids=lambda w: " ".join(w[:2]))
def test_a_looking_command_creates_no_database(words, isolated_environment, tmp_path):
    main(_command(words, tmp_path))
    assert not (isolated_environment / "kiosk.db").exists()


@pytest.mark.parametrize("words", LOOKING, ids=lambda w: " ".join(w[:2]))
def test_a_looking_command_leaves_a_station_database_as_it_was(words, isolated_environment, tmp_path):
    _station_database(isolated_environment / "kiosk.db")
    before = _snapshot(isolated_environment)
    main(_command(words, tmp_path))
    assert _snapshot(isolated_environment) == before


@pytest.mark.parametrize("words", LOOKING, ids=lambda w: " ".join(w[:2]))
def test_a_looking_command_never_moves_a_damaged_database(words, isolated_environment, tmp_path, capsys):
    isolated_environment.mkdir(parents=True)
    (isolated_environment / "kiosk.db").write_bytes(b"garbage" * 200)
    before = _snapshot(isolated_environment)
    assert main(_command(words, tmp_path)) != 0
    assert _snapshot(isolated_environment) == before
    assert "Traceback" not in capsys.readouterr().err


def test_kpi_and_export_refuse_a_damaged_database_with_the_same_message(isolated_environment, tmp_path, capsys):
    path = isolated_environment / "kiosk.db"
    _station_database(path)
    _damage_a_page(path)
    conn = connect(path, readonly=True)  # it opens and answers some queries ...
    assert conn.execute("SELECT COUNT(*) FROM visits").fetchone() == (3,)
    conn.close()
    with pytest.raises(sqlite3.DatabaseError, match="malformed"):  # ... and SQLite finds it damaged
        check_integrity(path)
    capsys.readouterr()
    assert main(_command(LOOKING[2], tmp_path)) == 1
    kpi = capsys.readouterr()
    assert main(_command(LOOKING[3], tmp_path)) == 1
    export = capsys.readouterr()
    assert "is damaged" in kpi.err and kpi.err == export.err
    assert kpi.out == ""


def test_doctor_changes_nothing_and_names_a_healthy_database_in_a_read_only_folder_as_such(make_disk):
    from kiosk.doctor import run_checks

    disk = make_disk("4m")
    _station_database(disk.path / "kiosk.db")
    disk.read_only()
    settings = load_settings(None, {"storage.path": str(disk.path)})
    checks = {c.name: c for c in run_checks(settings, include_qt=False)}
    assert not checks["Data folder writable"].ok
    assert checks["Database integrity"].ok, checks
    assert "set it aside" not in " ".join(c.detail for c in checks.values())


def test_db_check_reads_a_healthy_database_on_a_read_only_disk(make_disk, monkeypatch, capsys):
    disk = make_disk("4m")
    _station_database(disk.path / "kiosk.db")
    disk.read_only()
    monkeypatch.setenv("VIZIUM_DATA_DIR", str(disk.path))
    assert main(["db", "check"]) == 0
    assert "ok" in capsys.readouterr().out
