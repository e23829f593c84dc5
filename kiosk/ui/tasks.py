"""Background work, one way: run a function on the thread pool, get the result on the UI thread.

Like Anki's taskman: the work never touches widgets; success and failure callbacks run on the
UI thread, where they may.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work, self.relay = work, relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the UI thread's on_error
            self._hand_over("failed", exc)
        else:
            self._hand_over("done", result)

    def _hand_over(self, signal: str, value: Any) -> None:
        """A stop waits a moment for background work (kiosk.ui.app.BACKGROUND_GRACE_MS), then the
        application goes, and the relay with it: work that ends later has nobody to tell."""
        try:
            getattr(self.relay, signal).emit(value)
        except RuntimeError:
            log.debug("background work ended after the kiosk stopped; its outcome is dropped: %r", value)


_alive: set[_Relay] = set()


def run_in_background(
    work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None = None
) -> None:
    """Run work() off the UI thread; on_done(result) or on_error(exc) runs back on the UI thread."""
    relay = _Relay()
    _alive.add(relay)

    def finish(result: Any) -> None:
        _alive.discard(relay)
        on_done(result)

    def fail(exc: BaseException) -> None:
        _alive.discard(relay)
        if on_error:
            on_error(exc)
        else:
            raise exc

    relay.done.connect(finish)
    relay.failed.connect(fail)
    QThreadPool.globalInstance().start(_Job(work, relay))


def let_run(ms: int) -> None:
    """Let the kiosk's event loop run for ``ms`` milliseconds (for the monkey and screenshots).

    A real event loop, not QTest.qWait: qWait keeps Python's GIL for its whole wait, so the
    camera worker and other Python threads would stand still meanwhile.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(max(0, ms), loop.quit)
    loop.exec()
