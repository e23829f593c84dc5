"""The moment the kiosk's first window is painted: logged with the time since the process started
(how long a restarted station shows nothing), and the end of `kiosk run --exit-after-first-paint`,
which benchmarks/startup.py uses to measure the start and the stop."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)


def seconds_since_process_start() -> float | None:
    """Wall time since this process was started (Linux: /proc), or None where that is unknown."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            # The command name (field 2) may hold spaces: the fields after its ')' are fixed.
            fields = stat.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as uptime:
            now_since_boot = float(uptime.read().split()[0])
        started_since_boot = int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None
    return max(0.0, now_since_boot - started_since_boot)


class FirstPaint(QObject):
    """Calls ``then`` once, when a top-level window's first frame has been painted, and logs how
    long after the process start that was. Watches the application only until then."""

    def __init__(self, app: QApplication, then: Callable[[], None] | None = None) -> None:
        super().__init__(app)
        self.app, self.then = app, then
        self.painted = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self.painted and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget) and watched.isWindow()):
            self.painted = True
            self.app.removeEventFilter(self)
            # The children paint right after the window, in the same pass: done by the next turn.
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        since_start = seconds_since_process_start()
        if since_start is not None:
            log.info("first frame painted %.2f s after the process started", since_start)
        if self.then is not None:
            self.then()
