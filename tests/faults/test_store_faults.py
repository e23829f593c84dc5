"""The store on a real disk that fills up or goes read-only (a small tmpfs; see conftest.py)."""

from __future__ import annotations

import logging
import time

from kiosk.journal import Journal
from kiosk.store import Store, connect
from kiosk.store.spill import find_spills
from tests.faults.conftest import record_visits


def _counts(path) -> dict[str, int]:
    conn = connect(path, readonly=True)
    try:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("visits", "exhibit_runs", "app_events")}
    finally:
        conn.close()


def _visit(journal: Journal) -> None:
    record_visits(journal, interactions=3, active_ms=1200)


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


OVERFLOWING_CHILD = """
import sys, time
from pathlib import Path
from kiosk.store import Store
store = Store(Path(sys.argv[1]), max_pending=100, retry_s=0.05).open()
for i in range(400):
    store.execute("INSERT INTO app_events(at, kind) VALUES ('t', ?)", (f"row{i}",))
    if i % 50 == 49:  # visitors, not a tight loop: the writer has a moment between bursts
        time.sleep(0.2)
while store.health.spilled < 300:
    time.sleep(0.05)
print("SPILLED", store.health.spilled, flush=True)
time.sleep(600)
"""


def test_writes_moved_to_a_spill_file_during_a_long_outage_survive_a_kill(make_disk, spill_fallback):
    import signal
    import subprocess
    import sys

    disk = make_disk("2m")
    path = disk.path / "kiosk.db"
    with Store(path, batch_window_s=0):
        pass
    before = _counts(path)["app_events"]
    disk.fill()
    child = subprocess.Popen([sys.executable, "-c", OVERFLOWING_CHILD, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        words = child.stdout.readline().split()
        assert words and words[0] == "SPILLED", words
        spilled = int(words[1])
        child.send_signal(signal.SIGKILL)  # a power cut in the middle of the outage
        child.wait(10)
    finally:
        child.kill()
    disk.free()
    with Store(path, batch_window_s=0) as again:
        assert again.health.replayed == spilled
    conn = connect(path, readonly=True)
    rows = conn.execute("SELECT COUNT(*), COUNT(DISTINCT kind) FROM app_events WHERE kind LIKE 'row%'").fetchone()
    conn.close()
    assert rows == (spilled, spilled)  # each once
    assert _counts(path)["app_events"] > before + spilled  # and the replays' own events
