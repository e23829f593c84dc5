"""SIGTERM and SIGINT as a clean stop of the kiosk, bounded in time.

`systemctl stop`, `timeout` and a container's stop send SIGTERM; Ctrl+C at a terminal sends
SIGINT. Either ends the kiosk the way staff exit does: the visit and run are closed with reason
"shutdown", kiosk.stop is written and the store's writer queue is flushed.

Python runs a signal handler only when the interpreter gets control, and an idle Qt event loop
waits in C++: the C-level handler writes the signal number to a pipe (signal.set_wakeup_fd)
that a small thread reads; it starts the deadline and wakes the event loop with a queued Qt
signal, which brings Python back at once. The handler itself only notes the request; the stop is
acted on from the event loop. Should the orderly stop hang (a store that cannot flush, a thread
that does not end, an event loop frozen in C++ where no Python handler can run), the deadline
ends the process well inside systemd's stop timeout (TimeoutStopSec, 90 s by default), which
would otherwise end it with SIGKILL.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
#: Seconds from a stop signal to the end of the process, whatever hangs.
STOP_DEADLINE_S = 20.0
#: Exit code when the deadline had to end the process (EX_TEMPFAIL: systemd may start it again).
EXIT_STOP_DEADLINE = 75


class StopSignals(QObject):
    """Turns SIGTERM and SIGINT into one ``requested`` signal, delivered on the event loop."""

    requested = Signal(int)  # the signal number
    _wake = Signal()  # emitted by the watcher thread: queued, it wakes the event loop

    def __init__(self, parent: QObject | None = None, *, deadline_s: float = STOP_DEADLINE_S,
                 force_exit: Callable[[int], None] = os._exit) -> None:
        super().__init__(parent)
        self.deadline_s = deadline_s
        self.signum: int | None = None
        self._force_exit = force_exit
        self._previous: dict[int, object] = {}
        self._previous_fd: int | None = None
        # A pipe, not a socket pair: the socket module costs the kiosk's first frame 2 ms.
        self._reader, self._writer = os.pipe()
        os.set_blocking(self._writer, False)  # set_wakeup_fd needs it; the watcher blocks on the reader
        self._wake.connect(self._woken)
        self._watcher = threading.Thread(target=self._watch, name="stop-signals", daemon=True)
        self._deadline: threading.Timer | None = None
        self._deadline_lock = threading.Lock()
        self._announce = QTimer(self)  # the request reaches the rest of the kiosk from the event loop
        self._announce.setSingleShot(True)
        self._announce.setInterval(0)
        self._announce.timeout.connect(lambda: self.requested.emit(self.signum))

    @property
    def stop_requested(self) -> bool:
        return self.signum is not None

    def install(self) -> StopSignals:
        """Take over SIGTERM and SIGINT (main thread only)."""
        self._previous_fd = signal.set_wakeup_fd(self._writer, warn_on_full_buffer=False)
        for signum in STOP_SIGNALS:
            self._previous[signum] = signal.signal(signum, self._on_signal)
        self._watcher.start()
        for previous in {id(h): h for h in self._previous.values()}.values():
            for signum in getattr(previous, "held", ()):  # kiosk.cli.run.HeldStopSignals: asked during the start
                self._on_signal(signum, None)
        return self

    def uninstall(self) -> None:
        """Give the signals back (the deadline, once started, keeps running: it bounds the exit)."""
        for signum, handler in self._previous.items():
            if hasattr(handler, "held"):  # the start is over: back to the ordinary behaviour
                handler = signal.default_int_handler if signum == signal.SIGINT else signal.SIG_DFL
            signal.signal(signum, handler)  # type: ignore[arg-type]
        self._previous.clear()
        if self._previous_fd is not None:
            signal.set_wakeup_fd(self._previous_fd)
            self._previous_fd = None
        if self._writer >= 0:
            os.close(self._writer)  # the watcher's read() sees the end of the pipe and returns
            self._writer = -1
        if self._watcher.is_alive():
            self._watcher.join(1.0)
        if self._reader >= 0 and not self._watcher.is_alive():
            os.close(self._reader)
            self._reader = -1

    def cancel_deadline(self) -> None:
        with self._deadline_lock:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None

    def _start_deadline(self) -> None:
        with self._deadline_lock:
            if self._deadline is None:
                self._deadline = threading.Timer(self.deadline_s, self._past_deadline)
                self._deadline.daemon = True
                self._deadline.start()

    def _on_signal(self, signum: int, frame: object) -> None:
        # Runs on the main thread between two Python bytecodes, maybe inside any slot: note the
        # request and act on it from the event loop.
        if self.signum is not None:
            log.warning("%s again: the kiosk is already stopping", signal.Signals(signum).name)
            return
        self.signum = signum
        log.warning("%s received: stopping the kiosk", signal.Signals(signum).name)
        self._start_deadline()
        self._announce.start()

    def _watch(self) -> None:
        """Watcher thread: a stop signal's byte starts the deadline and wakes the event loop."""
        while True:
            try:
                received = os.read(self._reader, 64)
            except OSError:
                return
            if not received:
                return  # uninstalled
            if any(byte in STOP_SIGNALS for byte in received):
                self._start_deadline()
                self._wake.emit()

    def _woken(self) -> None:
        """On the event loop, after the watcher's wake-up: Python's own handler has run by now."""

    def _past_deadline(self) -> None:
        log.critical("the kiosk did not stop within %.0f s of the stop signal; ending it now", self.deadline_s)
        for handler in logging.getLogger().handlers:
            try:
                handler.flush()
            except Exception:  # nothing may keep the process from ending
                pass
        self._force_exit(EXIT_STOP_DEADLINE)
