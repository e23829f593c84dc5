"""The sync in the running kiosk: owns the scheduler thread and feeds the status card.

The scheduler (kiosk.sync.scheduler) runs on its own thread, Qt-free. This controller only
wakes it (after a visit ends by timeout, when the centre closes for the day, when staff press
"Sync now") and reads the status for the card through ``run_in_background``, so the UI thread
never waits on the disk or the network. It stops the thread when the kiosk closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

from kiosk.ui.tasks import run_in_background

log = logging.getLogger(__name__)


class SyncStatusController(QObject):
    """Starts and stops the station's sync and answers the status card."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.settings = window.services.settings
        self.service: Any = None
        self.scheduler: Any = None
        self.problem: str | None = None  # why there is no sync on this kiosk
        self.hub: Any = None  # the hub rounds (kiosk.hub.rounds), when [hub] dsn names a centre database
        self.card: Any = None
        self._closed = False
        self._pending = 0
        try:
            from kiosk.sync.scheduler import SyncScheduler
            from kiosk.sync.service import SyncService

            self.service = SyncService(self.settings, window.services.store)
            self.scheduler = SyncScheduler(self.service, self.settings.sync.interval_s)
        except Exception as exc:  # e.g. no statistics engine: the card says so, the kiosk runs on
            log.error("the KPI sync cannot run on this kiosk: %s", exc)
            self.problem = str(exc)
        if self.settings.hub.dsn:
            try:
                from kiosk.hub.rounds import HubRounds

                self.hub = HubRounds(window.services.store, self.settings)
            except Exception as exc:  # e.g. no PostgreSQL driver: the card says so, the kiosk runs on
                log.error("hub rounds cannot run on this kiosk: %s", exc)
        window.installEventFilter(self)
        window.countdown.expired.connect(self.notify_activity)
        window.stack.currentChanged.connect(self._screen_changed)
        programmes = getattr(window, "programmes", None)  # installed before this screen, if present
        if programmes is not None and hasattr(programmes, "session_changed"):
            programmes.session_changed.connect(lambda _session: self.notify_activity())
        if programmes is not None and hasattr(programmes, "checked_in"):
            programmes.checked_in.connect(self._checked_in)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def action_text(self) -> str:
        return self.tr("City KPI sync")

    # -- the scheduler -----------------------------------------------------------------------

    def start(self) -> None:
        if self.scheduler is not None:
            self.scheduler.start()
        if self.hub is not None:
            self.hub.start()

    def _checked_in(self, result: Any) -> None:
        # A badge unknown here: ask the hub now rather than at the next interval (never waited for).
        if self.hub is not None and getattr(result, "outcome", None) == "provisional":
            self.hub.round_now()

    def notify_activity(self) -> None:
        """A visit or session ended: the scheduler recomputes the day now (it also scans every minute)."""
        if self.scheduler is not None:
            self.scheduler.notify_activity()

    def _screen_changed(self, _index: int) -> None:
        # The centre closed for the day: send the day's totals now rather than at the next interval.
        if self.window.current_screen() == "closed" and self.scheduler is not None:
            self.scheduler.sync_now()

    def sync_now(self) -> None:
        if self.scheduler is not None:
            self.scheduler.sync_now()
        if self.hub is not None:
            self.hub.round_now()

    @property
    def syncing(self) -> bool:
        return self.scheduler is not None and self.scheduler.busy

    def shutdown(self) -> None:
        """The kiosk is closing: let the sync finish its step and stop (bounded wait)."""
        if self._closed:
            return
        self._closed = True
        if self.hub is not None:
            self.hub.stop(timeout_s=0)  # asked first: both threads finish their step side by side
        if self.scheduler is not None and not self.scheduler.stop(timeout_s=5.0):
            log.warning("the KPI sync did not stop within 5 s; it ends with the process")
        if self.hub is not None and not self.hub.stop(timeout_s=5.0):
            log.warning("the hub round did not stop within 5 s; it ends with the process (the hub keeps what it had)")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window: QWidget = self.window
        if watched is window:
            if event.type() == QEvent.Type.Close and getattr(window, "allow_close", False):
                self.shutdown()
            elif event.type() == QEvent.Type.Resize and self.card is not None and self.card.isVisible():
                self.card.setGeometry(window.rect())
        return False

    # -- the card ----------------------------------------------------------------------------

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
        """Background work whose callbacks are dropped once the kiosk has closed."""
        self._pending += 1

        def done(result: Any) -> None:
            self._pending -= 1
            if not self._closed:
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._pending -= 1
            if not self._closed:
                on_error(exc)

        run_in_background(work, done, failed)

    @property
    def busy(self) -> bool:
        """Background work still out (tests wait for it)."""
        return self._pending > 0

    def status(self) -> Any:
        """The sync status (call off the UI thread)."""
        if self.service is None:
            raise RuntimeError(self.problem or "no sync")
        return self.service.status()

    def hub_state(self) -> Any:
        """The hub state (call off the UI thread); None when no hub is configured."""
        return self.hub.state() if self.hub is not None else None

    def retry_parked(self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> None:
        if self.service is None:
            return

        def work() -> int:
            count = self.service.retry_parked()
            self.window.services.journal.event("staff.sync_retry_parked", entities=count)
            return count

        self.run(work, on_done, on_error)

    def open_card(self) -> None:
        from kiosk.ui.sync_status.card import SyncStatusCard

        if self.card is None:
            self.card = SyncStatusCard(self.window, self)
        self.window.services.journal.event("staff.sync_status")
        self.card.open()
