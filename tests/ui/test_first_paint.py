"""The kiosk notes when its window is first painted (logged; the end of the start-up benchmark's run)."""

from __future__ import annotations

import logging

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
