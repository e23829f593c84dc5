"""The store on a real disk that fills up or goes read-only (a small tmpfs; see conftest.py)."""

from __future__ import annotations

import logging
import time

from kiosk.journal import Journal
from kiosk.store import Store, connect
from kiosk.store.spill import find_spills


def _counts(path) -> dict[str, int]:
    conn = connect(path, readonly=True)
    try:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("visits", "exhibit_runs", "app_events")}
    finally:
        conn.close()


def _visit(journal: Journal) -> None:
    visit = journal.start_visit("lv")
    journal.end_run(journal.start_run(visit, "pendulum"), _completed())
    journal.end_visit(visit, "idle")


def _completed():
    from kiosk.journal import RunResult

    return RunResult("completed", interactions=3, active_ms=1200)


def test_a_healthy_database_on_a_read_only_folder_is_reported_not_moved(make_disk, spill_fallback, caplog):
    small_disk = make_disk("4m")
    path = small_disk.path / "kiosk.db"
    with Store(path, batch_window_s=0) as store:
        _visit(Journal(store, "st-1"))
    before = _counts(path)
    files = sorted(p.name for p in small_disk.path.iterdir())
    small_disk.read_only()
    caplog.set_level(logging.INFO)
    store = Store(path, batch_window_s=0, retry_s=0.02).open()
    journal = Journal(store, "st-1")
    _visit(journal)
    time.sleep(0.3)  # some fifteen retries: the problem is logged once, not each time
    assert not store.health.ok and "read-only" in store.health.problem
    assert store.health.recovered_from is None
    assert "damaged" not in caplog.text
    assert caplog.text.count("read-only") == 1
    assert store.query("SELECT COUNT(*) AS n FROM visits") == [{"n": before["visits"]}]
    store.close(timeout=0.3)
    assert sorted(p.name for p in small_disk.path.iterdir()) == files  # nothing moved or created
    assert store.health.spill_path.parent == spill_fallback
    small_disk.writable()
    with Store(path, batch_window_s=0):
        pass
    after = _counts(path)
    assert after["visits"] == before["visits"] + 1 and after["exhibit_runs"] == before["exhibit_runs"] + 1
    assert find_spills(path, [small_disk.path, spill_fallback]) == []


def test_a_full_disk_keeps_every_write_through_a_restart(make_disk, spill_fallback):
    small_disk = make_disk("2m")
    path = small_disk.path / "kiosk.db"
    store = Store(path, batch_window_s=0, retry_s=0.02).open()
    journal = Journal(store, "st-1")
    _visit(journal)
    assert store.flush(5)
    before = _counts(path)
    small_disk.fill()
    acknowledged = 0
    for _ in range(200):  # enough rows to need new database pages
        journal.event("exhibit.note", text="x" * 400)
        acknowledged += 1
    _visit(journal)
    assert not store.flush(1)
    assert "full" in store.health.problem
    store.close(timeout=0.3)
    assert store.health.lost == 0 and store.health.spilled > 0
    small_disk.free()
    with Store(path, batch_window_s=0) as again:
        assert again.health.replayed == store.health.spilled
    after = _counts(path)
    assert after["visits"] == before["visits"] + 1
    assert after["app_events"] >= before["app_events"] + acknowledged
    with Store(path, batch_window_s=0):
        pass
    assert _counts(path) == after  # replayed once


def test_a_corrupt_database_on_a_read_only_folder_is_left_where_it_is(small_disk, spill_fallback):
    path = small_disk.path / "kiosk.db"
    path.write_bytes(b"not a database" * 200)
    small_disk.read_only()
    store = Store(path, batch_window_s=0, retry_s=0.02).open()
    time.sleep(0.1)
    assert store.health.recovered_from is None and "read-only" in store.health.problem
    store.close(timeout=0.2)
    assert path.read_bytes() == b"not a database" * 200
