"""The SQLite store: migrations, the single writer, durability, damage and backups."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from kiosk.store import LATEST_VERSION, Store, check_integrity, connect, migrate, schema_version
from kiosk.store.migrations import MIGRATIONS


def test_migrations_create_the_schema_on_an_empty_database(tmp_path):
    with Store(tmp_path / "kiosk.db") as store:
        assert store.schema_version == LATEST_VERSION
        assert {"visits", "exhibit_runs", "app_events", "staff_pins", "pin_lockout"} <= set(store.db().table_names())
        assert store.reader().execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_migrations_upgrade_a_previous_version_and_keep_its_rows(tmp_path):
    path = tmp_path / "kiosk.db"
    conn = connect(path)
    migrate(conn, target=1)
    conn.execute(
        "INSERT INTO visits(id, station_id, started_at, local_day, language) "
        "VALUES (1, 's', '2026-01-01T10:00:00Z', '2026-01-01', 'lv')"
    )
    assert schema_version(conn) == 1
    conn.close()
    with Store(path) as store:
        assert store.schema_version == LATEST_VERSION
        assert store.health.migrated == [v for v, _, _ in MIGRATIONS if v > 1]
        assert store.query("SELECT language FROM visits") == [{"language": "lv"}]


def test_a_newer_database_is_refused_not_damaged(tmp_path):
    path = tmp_path / "kiosk.db"
    conn = connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(RuntimeError, match="newer than this kiosk"):
        migrate(conn)


def test_writes_return_at_once_and_batch_into_transactions(store):
    tickets = [store.execute("INSERT INTO app_events(at, kind) VALUES ('t', ?)", (f"k{i}",)) for i in range(500)]
    assert tickets[-1].wait(10)
    assert all(t.done for t in tickets)
    assert store.query("SELECT COUNT(*) AS n FROM app_events")[0]["n"] == 500
    assert store.health.committed_batches < 500


def test_a_bad_write_fails_alone(store):
    good = store.execute("INSERT INTO app_events(at, kind) VALUES ('t', 'ok')")
    bad = store.execute(
        "INSERT INTO exhibit_runs(visit_id, exhibit_id, started_at, local_day) VALUES (999, 'x', 't', 'd')"
    )
    after = store.execute("INSERT INTO app_events(at, kind) VALUES ('t', 'after')")
    assert good.wait(10) and after.wait(10)
    assert not bad.wait(10) and isinstance(bad.error, sqlite3.IntegrityError)


CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from kiosk.store import Store
    store = Store(Path(sys.argv[1])).open()
    last = None
    for i in range(200):
        last = store.execute("INSERT INTO app_events(at, kind) VALUES ('t', ?)", (f"row{i}",))
    assert last.wait(30)
    print("DURABLE", flush=True)
    import time
    while True:
        store.execute("INSERT INTO app_events(at, kind) VALUES ('t', 'later')")
        time.sleep(0.001)
""")


def test_acknowledged_writes_survive_sigkill(tmp_path):
    path = tmp_path / "kiosk.db"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True, env=os.environ.copy()
    )
    try:
        assert child.stdout.readline().strip() == "DURABLE"
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        child.kill()
    assert check_integrity(path) == []
    conn = connect(path, readonly=True)
    kinds = {row[0] for row in conn.execute("SELECT kind FROM app_events")}
    assert {f"row{i}" for i in range(200)} <= kinds


def test_a_damaged_database_is_moved_aside_never_overwritten(tmp_path):
    path = tmp_path / "kiosk.db"
    garbage = b"this is not a database" * 100
    path.write_bytes(garbage)
    with Store(path) as store:
        moved = store.health.recovered_from
        assert moved is not None and moved.read_bytes() == garbage
        assert moved.name.startswith("kiosk.db.damaged-")
        events = store.query("SELECT kind, detail FROM app_events WHERE kind = 'store.recovered'")
        assert events and str(moved) in events[0]["detail"]
    assert check_integrity(path) == []


def test_disk_trouble_keeps_writes_queued_until_it_passes(tmp_path, monkeypatch):
    from kiosk.store import spill

    store = Store(tmp_path / "kiosk.db", retry_s=0.05, max_pending=50).open()
    failing = {"on": True}
    real_apply, real_replay = store._apply, spill.replay

    def flaky_apply(conn, batch):
        if failing["on"]:
            raise sqlite3.OperationalError("database or disk is full")
        return real_apply(conn, batch)

    def flaky_replay(conn, spilled):
        if failing["on"]:
            raise sqlite3.OperationalError("database or disk is full")
        return real_replay(conn, spilled)

    store._apply = flaky_apply  # the disk fills up
    monkeypatch.setattr(spill, "replay", flaky_replay)
    for i in range(80):
        store.execute("INSERT INTO app_events(at, kind) VALUES ('t', ?)", (f"k{i}",))
    update = store.execute("UPDATE app_events SET at = 'updated' WHERE kind = 'k0'")
    assert not update.wait(0.3)
    assert not store.health.ok and "disk is full" in store.health.problem
    # Bounded memory: beyond max_pending the oldest wait in a spill file instead of being given up.
    assert store.health.dropped == 0 and store.health.pending <= 50
    assert store.health.spilled > 0 and store.health.spill_path.exists()
    failing["on"] = False  # space is freed
    assert update.wait(10)
    assert store.health.ok and store.health.spilled == 0 and not store.health.spill_path.exists()
    assert store.query("SELECT COUNT(*) AS n FROM app_events")[0]["n"] == 81  # 80 and the spill's replay event
    assert store.query("SELECT at FROM app_events WHERE kind = 'k0'") == [{"at": "updated"}]  # in order
    assert store.close()


def test_backup_restores_to_an_identical_database(tmp_path):
    from kiosk.cli import main

    data = tmp_path / "data"
    os.environ["VIZIUM_DATA_DIR"] = str(data)
    with Store(data / "kiosk.db") as store:
        store.executemany("INSERT INTO app_events(at, kind) VALUES ('t', ?)", [(f"k{i}",) for i in range(100)]).wait(10)
    assert main(["db", "backup", str(tmp_path / "backup.db")]) == 0
    assert main(["db", "backup", str(tmp_path / "backup.db")]) == 1  # never overwrites a backup
    original, copy = connect(data / "kiosk.db", readonly=True), connect(tmp_path / "backup.db", readonly=True)
    dump = lambda c: list(c.iterdump())  # noqa: E731
    assert dump(original) == dump(copy)
    assert main(["db", "check"]) == 0


def test_an_operation_that_raises_outside_sqlite_fails_alone_and_the_writer_lives_on(store):
    def broken(conn):
        raise KeyError("a bug in the caller")

    bad = store.call(broken)
    good = store.execute("INSERT INTO app_events(at, kind) VALUES ('t', 'still writing')")
    assert good.wait(10)
    assert not bad.wait(10) and isinstance(bad.error, KeyError)
    assert store.execute("INSERT INTO app_events(at, kind) VALUES ('t', 'and again')").wait(10)
