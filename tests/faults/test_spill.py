"""Writes the database could not take survive the process: spilled at close, replayed once."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from kiosk.journal import Journal
from kiosk.store import Store, connect
from kiosk.store.spill import find_spills


def _count(path, table: str, where: str = "") -> int:
    conn = connect(path, readonly=True)
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table} {where}").fetchone()[0]
    finally:
        conn.close()


def _break_disk(store: Store) -> None:
    """Every transaction from now on fails as on a full disk."""

    def full(conn, batch):
        raise sqlite3.OperationalError("database or disk is full")

    store._apply = full


def _open(path, **kwargs) -> Store:
    return Store(path, batch_window_s=0, retry_s=0.02, **kwargs).open()


def test_writes_left_at_close_are_spilled_beside_the_database_and_replayed_once(tmp_path):
    path = tmp_path / "data" / "kiosk.db"
    store = _open(path)
    journal = Journal(store, "st-1")
    assert journal.event("before").wait(5)
    _break_disk(store)
    visit = journal.start_visit("lv")
    run = journal.start_run(visit, "pendulum")
    journal.event("kiosk.stop")
    assert store.close(timeout=0.3) is False
    assert store.health.spilled == 3 and store.health.lost == 0
    assert store.health.spill_path.parent == path.parent
    assert "go in at the next start" in store.health.unsaved_text()
    assert _count(path, "visits") == 0

    with _open(path) as again:
        assert again.health.replayed == 3
        assert again.query("SELECT id FROM visits") == [{"id": visit}]
        assert again.query("SELECT id FROM exhibit_runs") == [{"id": run}]
    assert find_spills(path, [path.parent]) == []
    with _open(path) as third:  # a second start replays nothing
        assert third.health.replayed == 0
    assert _count(path, "visits") == 1
    assert _count(path, "app_events", "WHERE kind = 'kiosk.stop'") == 1
    assert _count(path, "app_events", "WHERE kind = 'store.spill_replayed'") == 1


def test_a_crash_after_the_replay_commits_never_replays_twice(tmp_path):
    path = tmp_path / "kiosk.db"
    store = _open(path)
    _break_disk(store)
    Journal(store, "st-1").start_visit("en")
    store.close(timeout=0.3)
    kept = tmp_path / "copy.jsonl"
    shutil.copy(store.health.spill_path, kept)
    with _open(path):
        pass
    shutil.copy(kept, store.health.spill_path)  # as if the process died before deleting the file
    with _open(path) as again:
        assert again.health.replayed == 0
    assert not store.health.spill_path.exists()
    assert _count(path, "visits") == 1


def test_a_write_the_database_refuses_on_replay_is_skipped_and_the_rest_go_in(tmp_path):
    path = tmp_path / "kiosk.db"
    store = _open(path)
    _break_disk(store)
    store.execute("INSERT INTO exhibit_runs(visit_id, exhibit_id, started_at, local_day) VALUES (999, 'x', 't', 'd')")
    store.execute("INSERT INTO app_events(at, kind) VALUES ('t', 'kept')")
    store.close(timeout=0.3)
    with _open(path) as again:
        assert again.health.replayed == 1
        assert again.query("SELECT rejected FROM store_spills") == [{"rejected": 1}]
    assert _count(path, "app_events", "WHERE kind = 'kept'") == 1


def test_new_ids_start_above_the_spilled_ones_while_the_database_still_cannot_take_them(tmp_path):
    path = tmp_path / "kiosk.db"
    first = _open(path)
    _break_disk(first)
    journal = Journal(first, "st-1")
    spilled = [journal.start_visit("lv") for _ in range(3)]
    first.close(timeout=0.3)

    second = Store(path, batch_window_s=0, retry_s=0.02)
    second._find_spills()  # as open() does, with the disk still refusing writes
    assert second.next_free_id("visits") == max(spilled) + 1
    later = Journal(second, "st-1")
    assert later._visit_ids.__next__() == max(spilled) + 1


def test_a_spill_goes_to_the_next_place_when_the_first_refuses_it(tmp_path):
    path = tmp_path / "kiosk.db"
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    fallback = tmp_path / "fallback"
    store = _open(path, spill_places=[blocked, fallback])
    _break_disk(store)
    store.execute("INSERT INTO app_events(at, kind) VALUES ('t', 'waiting')")
    store.close(timeout=0.3)
    assert store.health.spill_path.parent == fallback
    with _open(path, spill_places=[blocked, fallback]) as again:
        assert again.health.replayed == 1
    assert list(fallback.iterdir()) == []


def test_writes_that_are_not_data_are_reported_lost_not_silently_dropped(tmp_path, caplog):
    store = _open(tmp_path / "kiosk.db")
    _break_disk(store)
    store.call(lambda conn: conn.execute("INSERT INTO app_events(at, kind) VALUES ('t', 'closure')"))
    store.close(timeout=0.3)
    assert store.health.lost == 1 and store.health.unsaved == 1
    assert "lost" in caplog.text


def test_a_read_only_store_creates_nothing_and_refuses_writes(tmp_path):
    path = tmp_path / "none" / "kiosk.db"
    with Store(path, readonly=True) as store:
        ticket = store.execute("INSERT INTO app_events(at, kind) VALUES ('t', 'x')")
        assert not ticket.wait(1) and "read-only" in str(ticket.error)
    assert not path.parent.exists()


@pytest.mark.parametrize("content", [b"this is not a database" * 100])
def test_only_corruption_moves_a_database_aside(tmp_path, content):
    path = tmp_path / "kiosk.db"
    path.write_bytes(content)
    with Store(path) as store:
        assert store.health.recovered_from is not None


def test_a_spill_file_is_for_its_owner_only(tmp_path):
    store = _open(tmp_path / "kiosk.db")
    _break_disk(store)
    store.execute("INSERT INTO participants(code, age_band, gender, role, created_at, last_seen_at)"
                  " VALUES ('ABCDEF', '9-12', 'female', 'pupil', 't', 't')")
    store.close(timeout=0.3)
    assert store.health.spill_path.stat().st_mode & 0o777 == 0o600


def test_the_replay_marker_table_is_part_of_the_schema(tmp_path):
    with _open(tmp_path / "kiosk.db") as store:
        assert "store_spills" in store.db().table_names()
