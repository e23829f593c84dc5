"""`kiosk run` paints its first frame before it opens the station's records (the store, the
journal, the PINs and the exhibit list): the first frame needs none of them. Until they are open
no touch counts, a stop in that moment still records the start and the stop, and records that
cannot be opened stop the kiosk as a failed start always did."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from kiosk.cli.run import EXIT_CRASH
from kiosk.ui.app import build_kiosk
from tests.conftest import kiosk_settings, show_kiosk

MODULES = {"tapper": "tests.fixtures.sample_exhibits.tapper"}


def tap(qtbot, widget, pos=None) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())


def test_a_touch_before_the_records_are_open_counts_for_nothing_and_one_after_starts_a_visit(qtbot, tmp_path):
    settings = kiosk_settings(tmp_path)
    kiosk = show_kiosk(qtbot, settings, demo=True, modules=MODULES, records_later=True)
    try:
        window = kiosk.window
        assert not kiosk.services.records_open and window.current_screen() == "attract"
        assert window.offered_entries() == [] and window.visit_id is None
        tap(qtbot, window.attract)
        for _ in range(settings.ui.staff_gate_taps):  # the staff gesture: nothing either
            tap(qtbot, window.attract, window.gate.corner_point())
        assert window.current_screen() == "attract" and window.visit_id is None
        assert window.made("pinpad") is None

        kiosk.open_records()
        assert kiosk.services.records_open
        assert [entry.id for entry in window.offered_entries()] == ["tapper"]
        tap(qtbot, window.attract)
        assert window.current_screen() == "home" and window.visit_id is not None
        kiosk.open_records()  # once only: asked again, nothing changes
        assert window.visit_id is not None
    finally:
        kiosk.close()
    with sqlite3.connect(settings.database_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM visits").fetchone() == (1,)


def test_a_stop_before_the_records_are_open_still_records_the_start_and_the_stop(qtbot, tmp_path):
    settings = kiosk_settings(tmp_path)
    kiosk = build_kiosk(settings, modules=MODULES, records_later=True)
    kiosk.close()
    with sqlite3.connect(settings.database_path) as conn:
        kinds = [row[0] for row in conn.execute("SELECT kind FROM app_events ORDER BY id")]
    lifecycle = [kind for kind in kinds if kind.startswith("kiosk.")]
    assert lifecycle == ["kiosk.start", "kiosk.stop"]


BROKEN_JOURNAL = """
import sys
from kiosk.journal import Journal

def broken_start(self, **detail):
    raise RuntimeError("the journal cannot start")

Journal.record_start = broken_start
from kiosk.cli import main
sys.exit(main(["run", "--windowed", "--size", "640x480"]))
"""


def test_records_that_cannot_be_opened_stop_the_kiosk_as_a_crash(tmp_path):
    """As when the store failed before the window was made: `kiosk run` records the crash and
    exits for systemd to start it again (it does not run on with no records)."""
    (tmp_path / "kiosk.toml").write_text("# the defaults\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIZIUM_CONFIG=str(tmp_path / "kiosk.toml"))
    done = subprocess.run([sys.executable, "-c", BROKEN_JOURNAL], capture_output=True, text=True, timeout=120,
                          env=env)
    assert done.returncode == EXIT_CRASH, done.stderr[-3000:]
    log = (Path(os.environ["VIZIUM_LOG_DIR"]) / "kiosk.log").read_text(encoding="utf-8")
    assert "first frame painted" in log and "the journal cannot start" in log
    with sqlite3.connect(Path(os.environ["VIZIUM_DATA_DIR"]) / "kiosk.db") as conn:
        crashes = conn.execute("SELECT detail FROM app_events WHERE kind = 'kiosk.crash'").fetchall()
    assert len(crashes) == 1 and "the journal cannot start" in crashes[0][0]


def test_the_attract_ribbon_shows_the_exhibits_once_the_records_are_open(qtbot, tmp_path):
    """A frame of the attract loop before the exhibit list is there must not leave its ribbon
    empty for the rest of the showing."""
    kiosk = show_kiosk(qtbot, kiosk_settings(tmp_path), modules=MODULES, records_later=True)
    try:
        assert kiosk.window.attract._showcase_items("en") == []
        kiosk.open_records()
        assert [item.exhibit_id for item in kiosk.window.attract._showcase_items("en")] == ["tapper"]
    finally:
        kiosk.close()
