"""One background thread that runs a step again and again, Qt-free (a leaf: imports nothing of kiosk).

Why not the UI's ``run_in_background``: the KPI sync (kiosk.sync.scheduler), the hub rounds
(kiosk.hub.rounds) and the hub heartbeat (kiosk.hub.station_link) each do work that can block
for minutes (a hub that is away, a week of backlog) and then sleep until the next time. On Qt's
shared pool that would hold a worker the dashboard and exports need; a dedicated thread that
sleeps on an Event costs nothing, wakes at once when told, and never touches a widget.

The step decides how long to sleep: it returns the seconds until it is due again. ``wake()``
cuts a sleep short (staff pressed "Sync now", a visit ended); ``stop()`` ends the thread after
the step that is running.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)

#: How long the thread sleeps after a step that raised, so a step failing at once does not spin.
RETRY_S = 60.0


class PeriodicWorker:
    """Calls ``step`` on a daemon thread: after ``first_wait_s``, then after the seconds each call returns."""

    def __init__(
        self,
        name: str,
        step: Callable[[], float],
        *,
        first_wait_s: float = 0.0,
        on_exit: Callable[[], object] | None = None,
    ) -> None:
        self.name = name
        self._step = step
        self._first_wait_s = first_wait_s
        self._on_exit = on_exit
        self._stopping = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start the thread (a second call does nothing)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
            self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> bool:
        """Ask the thread to end after its current step; True if it ended within ``timeout_s``."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            return not self._thread.is_alive()
        return True

    def wake(self) -> None:
        """Run the step as soon as the thread is free, without waiting out the sleep."""
        self._wake.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        wait_s = self._first_wait_s
        try:
            while True:
                self._wake.wait(max(0.0, wait_s))
                self._wake.clear()
                if self._stopping.is_set():
                    return
                try:
                    wait_s = self._step()
                except Exception:
                    # The steps handle their own failures; one that slips through must not end the
                    # thread for good (nothing would sync until a restart): log it, try again later.
                    log.exception("%s: a step failed; trying again in %.0f s", self.name, RETRY_S)
                    wait_s = RETRY_S
        finally:
            if self._on_exit is not None:
                self._on_exit()


def said_once(last: str | None, problem: str, say: Callable[[str], object]) -> str:
    """``problem`` as a step's last problem, said with ``say(problem)`` only when it is not ``last``:
    a hub or broker that stays away is one log line, not one every round. Returns ``problem``."""
    if problem != last:
        say(problem)
    return problem
