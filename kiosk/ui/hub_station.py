"""The running kiosk's health and settings link to the hub (issue 19): thin Qt wiring.

The link itself (kiosk.hub.station_link) runs on a thread of its own and never touches a
widget. This module gives it the camera's figures, and runs the settings version it accepted
from the kiosk's next idle reset: when a visit has ended (``KioskWindow.when_idle``), or while
the station waits between visitors on the attract loop or the closed card with no staff screen
open. Never mid-visit.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

from kiosk.config import Settings

log = logging.getLogger(__name__)

#: How often the UI thread looks whether accepted settings wait while no visitor is there.
BETWEEN_VISITS_CHECK_MS = 2_000


class CameraWatch:
    """Remembers the camera pipeline of the last camera activity, for the beat (any thread)."""

    def __init__(self) -> None:
        self._pipeline: weakref.ref[Any] | None = None
        self._last: dict[str, Any] | None = None

    def wrap(self, provider: Callable[[], Any] | None) -> Callable[[], Any] | None:
        if provider is None:
            return None

        def provide() -> Any:
            feed = provider()
            self._pipeline = weakref.ref(feed.pipeline)  # weak: the frames go when the activity ends
            return feed

        return provide

    def summary(self) -> dict[str, Any] | None:
        """The camera's state and frame rate, or None when no camera activity ran since the start."""
        from kiosk.hub.health import camera_summary

        pipeline = self._pipeline() if self._pipeline is not None else None
        if pipeline is not None:
            self._last = camera_summary(pipeline.stats, pipeline.running)
        elif self._last is not None:
            self._last = {**self._last, "running": False}
        return self._last


class HubStation(QObject):
    """Starts and stops the station link and applies accepted settings at idle resets."""

    def __init__(self, window: Any, camera_provider_for: Callable[[Settings], Callable[[], Any]],
                 link: Any = None) -> None:
        super().__init__(window)
        from kiosk.hub.station_link import StationLink

        self.setObjectName("hub-station")

        self.window = window
        self.camera_provider_for = camera_provider_for
        self.camera = CameraWatch()
        self._use_camera(window.services.camera_provider)
        self.link = link or StationLink(window.services.store, window.settings, camera=self.camera.summary)
        self.centre = self.link.centre
        self.applied = 0  # versions applied by this process
        self.between_visits = QTimer(self)
        self.between_visits.setInterval(BETWEEN_VISITS_CHECK_MS)
        self.between_visits.timeout.connect(self.apply_if_between_visits)
        window.when_idle(lambda _reason: self.apply_pending())
        window.installEventFilter(self)
        self._stopped = False

    def start(self) -> None:
        self.link.start()
        self.between_visits.start()

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self.between_visits.stop()
        if not self.link.stop(timeout_s=5.0):
            log.warning("the hub heartbeat did not stop within 5 s; it ends with the process")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and getattr(watched, "allow_close", False):
            self.stop()
        return False

    # -- settings ----------------------------------------------------------------------------

    def apply_if_between_visits(self) -> None:
        """No visitor and no staff: the waiting version may run now."""
        if self.centre.has_pending and self.window.between_visitors():
            self.apply_pending()

    def apply_pending(self) -> None:
        """At an idle reset: run the settings version the link accepted, if one waits."""
        settings = self.centre.take_pending()
        if settings is None:
            return
        self.window.use_settings(settings, self.camera.wrap(self.camera_provider_for(settings)))
        self.applied += 1
        self.window.services.journal.event("hub.settings_applied", version=settings.centre_version)
        log.info("hub settings version %s applied", settings.centre_version)
        self.link.beat_now()  # the hub learns at once which version runs here

    def _use_camera(self, provider: Callable[[], Any] | None) -> None:
        wrapped = self.camera.wrap(provider)
        self.window.services.camera_provider = wrapped
        self.window.host.camera_provider = wrapped

