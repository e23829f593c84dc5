"""Whether any camera feed is running, for the camera indicator the host shows.

(Named apart from its function ``camera_activity``: a submodule of that name would replace the
function on the ``kiosk.exhibit`` package the moment it is imported.)"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class CameraActivity(QObject):
    """Whether any camera feed is running: the host shows its camera indicator from this."""

    in_use_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self._running: set[int] = set()  # ids of the running feeds (a feed knows its own state)

    @property
    def in_use(self) -> bool:
        return bool(self._running)

    def _set(self, feed: object, running: bool) -> None:
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
