"""The kiosk notes when its window is first painted (logged; the end of the start-up benchmark's run)."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.ui.first_paint import FirstPaint, seconds_since_process_start


def test_first_paint_calls_back_once_after_the_window_is_painted(qtbot, caplog):
    app = QApplication.instance()
    calls = []
    watch = FirstPaint(app, then=lambda: calls.append(label.grab().isNull()))
    label = QLabel("Pieskaries")
    qtbot.addWidget(label)
    with caplog.at_level(logging.INFO, logger="kiosk.ui.first_paint"):
        label.show()
        qtbot.waitUntil(lambda: calls == [False])
    assert "first frame painted" in caplog.text
    label.update()
    qtbot.wait(20)
    assert calls == [False]  # once only; the application is no longer watched
    assert watch.painted


def test_seconds_since_process_start_is_a_plausible_age():
    age = seconds_since_process_start()
    assert age is None or 0 <= age < 24 * 3600


@pytest.mark.slow
def test_the_benchmarks_timed_run_ends_when_nobody_reads_its_output(tmp_path):
    """`kiosk run --exit-after-first-paint | head -1` ran for ever: the lines after the first
    failed to print (the reader had gone) and the quit that follows them never came."""
    import os
    import subprocess
    import sys

    (tmp_path / "kiosk.toml").write_text("# the defaults\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIZIUM_DATA_DIR=str(tmp_path / "data"),
               VIZIUM_CONFIG=str(tmp_path / "kiosk.toml"), VIZIUM_LOG_DIR=str(tmp_path / "logs"),
               VIZIUM_CACHE_DIR=str(tmp_path / "cache"))
    reader_gone, writer = os.pipe()
    os.close(reader_gone)
    try:
        kiosk = subprocess.Popen([sys.executable, "-m", "kiosk", "run", "--windowed", "--size", "1280x720",
                                  "--exit-after-first-paint"], env=env, stdout=writer, stderr=subprocess.DEVNULL)
    finally:
        os.close(writer)
    try:
        kiosk.wait(timeout=60)
    finally:
        kiosk.kill()
    assert kiosk.returncode is not None
