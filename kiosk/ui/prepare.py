"""Exhibits made ready while nobody is at the screen: their code is imported in idle moments, so a
visitor's first tap on a tile costs what a later one does (not the import of numpy, OpenCV and
the exhibit's modules, up to 0.8 s on these machines).

Only while the attract loop is shown (nobody touching), one exhibit per step, after the first frame
is on screen: the home's first paint never waits for it. An exhibit whose code fails to import is
left alone here: opening it shows the visitor the usual friendly message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer

from kiosk.registry import ExhibitEntry, load_widget_class

log = logging.getLogger(__name__)

#: After the first paint: the start's own late work (staff screens, sync) goes first.
FIRST_DELAY_MS = 2_000
#: Between two exhibits: the event loop (and a touch on the attract loop) gets its turn.
STEP_MS = 250


class ExhibitPreparer(QObject):
    """Imports the offered exhibits' widget code one at a time while ``idle()`` says nobody is there."""

    def __init__(self, parent: QObject, entries: Iterable[ExhibitEntry], idle: Callable[[], bool]) -> None:
        super().__init__(parent)
        self.pending = [entry for entry in entries if entry.ok]
        self.idle = idle
        self.prepared: list[str] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._step)

    def start(self, delay_ms: int = FIRST_DELAY_MS) -> None:
        if self.pending:
            self.timer.start(delay_ms)

    def _step(self) -> None:
        if not self.pending:
            return
        if self.idle():
            entry = self.pending.pop(0)
            try:
                load_widget_class(entry)
                self.prepared.append(entry.id)
            except Exception as exc:  # opening it reports the fault the usual way (the host's guard)
                log.warning("exhibit %s could not be prepared: %s", entry.id, exc)
        if self.pending:
            self.timer.start(STEP_MS)
        else:
            log.info("%d exhibits prepared for a quick first open", len(self.prepared))
