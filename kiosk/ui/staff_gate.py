"""The staff gate's hidden gesture and the staff menu's actions: what the window needs from its
first frame on (the PIN pad and the menu themselves, kiosk.ui.staff, are made on first use)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from kiosk.exhibit.theme import current_theme

CORNER_DESIGN_PX = 140


class StaffGateDetector(QObject):
    """Counts presses in the window's top-left corner; `taps` of them within `window_s` open the gate.

    Watches events without consuming them, so whatever sits in the corner still works.
    """

    triggered = Signal()

    def __init__(self, window: QWidget, taps: int, window_s: float) -> None:
        super().__init__(window)
        self.setObjectName("staff-gate")
        self.window, self.taps, self.window_s = window, taps, window_s
        self._times: list[float] = []
        # The same press is offered to the widget and each parent: count it once.
        # (Keep plain values, never the QEvent itself: it dies with the delivery.)
        self._last_press: tuple[int, int, int] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.MouseButtonPress or not isinstance(event, QMouseEvent):
            return False
        global_point = event.globalPosition().toPoint()
        press = (event.timestamp(), global_point.x(), global_point.y())
        if press != self._last_press:
            self._last_press = press
            point = self.window.mapFromGlobal(global_point)
            corner = current_theme().px(CORNER_DESIGN_PX)
            if 0 <= point.x() < corner and 0 <= point.y() < corner:
                now = time.monotonic()
                self._times = [t for t in self._times if now - t <= self.window_s] + [now]
                if len(self._times) >= self.taps:
                    self._times.clear()
                    self.triggered.emit()
        return False

    def corner_point(self) -> QPoint:
        """Where to tap (for the monkey and tests)."""
        offset = current_theme().px(CORNER_DESIGN_PX) // 3
        return QPoint(offset, offset)


@dataclass
class StaffAction:
    """A button of the staff menu; later screens (sessions, statistics, sync) add their own."""

    key: str
    text: Callable[[], str]  # translated at render time
    run: Callable[[], None]
    roles: tuple[str, ...] = ("staff",)
    #: an action that cannot be undone from the screen (exit): drawn in the danger colour
    danger: bool = False
    #: the question asked before the action runs (translated at render time); None runs it at once
    confirm: Callable[[], str] | None = None
