"""Whether any camera feed is running, for the camera indicator the host shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from kiosk.exhibit.camera_feed import CameraFeed


class CameraActivity(QObject):
    """Whether any camera feed is running: the host shows its camera indicator from this."""

    in_use_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self._running: set[int] = set()

    @property
    def in_use(self) -> bool:
        return bool(self._running)

    def _set(self, feed: CameraFeed, running: bool) -> None:
        before = self.in_use
        if running:
            self._running.add(id(feed))
        else:
            self._running.discard(id(feed))
        if self.in_use != before:
            self.in_use_changed.emit(self.in_use)


_activity: CameraActivity | None = None


def camera_activity() -> CameraActivity:
    """The process-wide camera-in-use signal (``in_use_changed(bool)``, ``in_use``)."""
    global _activity
    if _activity is None:
        _activity = CameraActivity()
    return _activity
