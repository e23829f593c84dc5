"""Keeps systemd's watchdog fed from the Qt event loop, so a frozen UI gets the kiosk restarted.

The WATCHDOG=1 ping is sent by a QTimer on the UI thread: if the event loop hangs, the pings stop
and systemd (WatchdogSec in the unit) kills and restarts the kiosk.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer

from kiosk.sdnotify import Notifier, watchdog_interval_s


class Watchdog(QObject):
    def __init__(self, notifier: Notifier | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notifier = notifier or Notifier()
        self.timer = QTimer(self)
        interval = watchdog_interval_s()
        self.timer.setInterval(round((interval or 10.0) * 1000))
        self.timer.timeout.connect(self.notifier.watchdog)
        self.active = self.notifier.enabled and interval is not None

    def start(self, status: str) -> None:
        """The window is up: tell systemd we are ready and start feeding the watchdog."""
        self.notifier.ready(status)
        if self.active:
            self.notifier.watchdog()
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.notifier.stopping()

    @staticmethod
    def freeze(seconds: float) -> None:
        """Block the event loop on purpose (the --freeze-after drill for technicians)."""
        time.sleep(seconds)
