"""Where uncaught exceptions and Qt warnings go while the kiosk runs.

PySide6 reports an exception raised in a slot, timer or paint event through sys.excepthook.
If it comes from an exhibit's code (the open one, or one whose run has ended), the exhibit host
records it against that exhibit; anything else is the kiosk's own bug: logged, recorded as an
app event and counted (the monkey fails on it), never fatal. A KeyboardInterrupt is passed on
only when it may be a real Ctrl+C (see kiosk.exhibit.guard.is_terminal_interrupt).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from kiosk.exhibit.guard import is_terminal_interrupt

log = logging.getLogger(__name__)

#: Qt messages that mean something is really broken (counted by the monkey).
_SERIOUS_QT_TEXT = ("QPainter::begin", "Cannot create", "segmentation", "crash", "QObject::connect: No such")
#: Warnings of screen plugins without a window manager (offscreen, eglfs) about window features a
#: full-screen kiosk never uses: one for every window shown, they said nothing and buried the log.
_PLATFORM_NOTICES = ("This plugin does not support propagateSizeHints()",)


class FaultCatcher:
    """Installs the hooks; counts kiosk errors and Qt warnings of a crash kind."""

    def __init__(
        self, exhibit_handler: Callable[[BaseException, TracebackType | None], bool], record: Callable[..., object]
    ) -> None:
        self.exhibit_handler = exhibit_handler
        self.record = record
        self.kiosk_errors: list[str] = []
        self.exhibit_errors = 0
        self.qt_problems: list[str] = []
        self._previous_hook = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self._excepthook
        qInstallMessageHandler(self._qt_message)

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        qInstallMessageHandler(None)

    def _excepthook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if is_terminal_interrupt(exc):
            self._previous_hook(kind, exc, tb)
            return
        try:
            if self.exhibit_handler(exc, tb):
                self.exhibit_errors += 1
                return
        except Exception:  # the handler itself must never make things worse
            log.exception("exhibit fault handler failed")
        text = "".join(traceback.format_exception(kind, exc, tb))
        self.kiosk_errors.append(text)
        log.error("uncaught error in the kiosk:\n%s", text)
        try:
            self.record("kiosk.error", error=repr(exc), traceback=text[-4000:])
        except Exception:
            log.exception("could not record the error")

    def _qt_message(self, kind: QtMsgType, context: object, message: str) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) or (
            kind == QtMsgType.QtWarningMsg and any(t in message for t in _SERIOUS_QT_TEXT)
        ):
            self.qt_problems.append(message)
            log.error("Qt: %s", message)
        elif kind == QtMsgType.QtWarningMsg and message not in _PLATFORM_NOTICES:
            log.warning("Qt: %s", message)
        else:
            log.debug("Qt: %s", message)

    @property
    def clean(self) -> bool:
        return not self.kiosk_errors and not self.qt_problems and not self.exhibit_errors
