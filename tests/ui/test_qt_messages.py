"""Qt's own messages in the kiosk's log: the serious ones counted, the plugin's notices kept quiet."""

from __future__ import annotations

import logging

from PySide6.QtCore import QtMsgType, qWarning
from PySide6.QtWidgets import QWidget

from kiosk.ui.faults import FaultCatcher


def test_window_plugin_notices_stay_out_of_the_log_and_real_warnings_do_not(qtbot, caplog):
    catcher = FaultCatcher(lambda _exc, _tb: False, lambda *_args, **_kwargs: None)
    catcher.install()
    try:
        with caplog.at_level(logging.INFO, logger="kiosk.ui.faults"):
            for _window in range(3):  # offscreen says it for every top-level window shown
                window = QWidget()
                qtbot.addWidget(window)
                window.show()
                window.setMinimumSize(200, 100)
            qWarning("QPixmap::scaled: Pixmap is a null pixmap")
            catcher._qt_message(QtMsgType.QtWarningMsg, None, "QPainter::begin: Paint device returned engine == 0")
    finally:
        catcher.uninstall()
    logged = [record.getMessage() for record in caplog.records]
    assert not any("propagateSizeHints" in text for text in logged), logged
    assert "Qt: QPixmap::scaled: Pixmap is a null pixmap" in logged
    assert catcher.qt_problems == ["QPainter::begin: Paint device returned engine == 0"]
