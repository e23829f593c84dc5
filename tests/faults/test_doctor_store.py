"""kiosk doctor on the store's side: writes waiting in a spill file, free space, the targets file."""

from __future__ import annotations

import sqlite3

from kiosk.config import load_settings
from kiosk.doctor import run_checks
from kiosk.store import Store


def _checks(**overrides):
    settings = load_settings(None, overrides)
    return settings, {c.name: c for c in run_checks(settings, include_qt=False)}


def test_doctor_says_loudly_what_writes_wait_in_a_spill_file(isolated_environment):
    settings, checks = _checks()
    assert checks["Unsaved writes"].ok
    store = Store(settings.database_path, batch_window_s=0, retry_s=0.02).open()

    def full(conn, batch):
        raise sqlite3.OperationalError("database or disk is full")

    store._apply = full
    store.execute("INSERT INTO app_events(at, kind) VALUES ('t', 'waiting')")
    store.close(timeout=0.3)
    _, checks = _checks()
    waiting = checks["Unsaved writes"]
    assert not waiting.ok and waiting.status == "WARN"
    assert "1 writes" in waiting.detail and str(store.health.spill_path) in waiting.detail


def test_doctor_warns_when_free_space_is_under_the_configured_threshold(isolated_environment):
    _, checks = _checks(**{"storage.min_free_mb": 1_000_000})
    assert checks["Free disk space"].status == "WARN" and "min_free_mb" in checks["Free disk space"].detail
    _, checks = _checks(**{"storage.min_free_mb": 0})
    assert checks["Free disk space"].ok


def test_doctor_fails_on_a_targets_file_that_cannot_be_read(isolated_environment, tmp_path):
    broken = tmp_path / "targets.toml"
    broken.write_text("this is = = not toml")
    _, checks = _checks(**{"stats.targets_file": str(broken)})
    assert checks["KPI targets"].status == "FAIL" and str(broken) in checks["KPI targets"].detail
    _, checks = _checks()
    assert checks["KPI targets"].ok
