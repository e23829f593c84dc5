"""Fault isolation for exhibit code running inside Qt's event handlers.

An exception escaping a Python override of a Qt virtual (paintEvent, mousePressEvent, ...) is
not safe to leave to the binding: it may be re-raised far away or leave Qt in a broken state.
So when an exhibit is opened, the kiosk wraps the event handlers of every Qt class its package
defines; an exception there is handed to the exhibit host, which ends the run with outcome
``error`` and takes the visitor home. Exhibit authors write ordinary code and need do nothing.
"""

from __future__ import annotations

import functools
import inspect
import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)

#: The Qt virtuals (and the exhibit API's own per-frame hook) that are guarded.
GUARDED = frozenset({
    "advance", "paintEvent", "resizeEvent", "moveEvent", "showEvent", "hideEvent", "changeEvent",
    "mousePressEvent", "mouseMoveEvent", "mouseReleaseEvent", "mouseDoubleClickEvent", "wheelEvent",
    "keyPressEvent", "keyReleaseEvent", "tabletEvent", "enterEvent", "leaveEvent", "timerEvent",
    "event", "eventFilter", "retranslate", "apply_theme",
})
#: Handlers whose return value Qt reads: on a fault they answer "handled".
_RETURNS_BOOL = frozenset({"event", "eventFilter"})

_handler: Callable[[BaseException], None] | None = None


def set_fault_handler(handler: Callable[[BaseException], None] | None) -> None:
    """Who hears about exhibit faults (the exhibit host while an exhibit is open)."""
    global _handler
    _handler = handler


def _report(exc: BaseException) -> None:
    if _handler is None:
        log.exception("exhibit fault with nobody to report it to", exc_info=exc)
    else:
        _handler(exc)


def _wrap(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except Exception as exc:
            _report(exc)
            return True if name in _RETURNS_BOOL else None

    guarded.__vizium_guarded__ = True  # type: ignore[attr-defined]
    return guarded


def guard_package(package: str) -> int:
    """Wrap the guarded handlers of every QObject subclass defined in the package's modules."""
    wrapped = 0
    for module_name, module in list(sys.modules.items()):
        if module is None or not (module_name == package or module_name.startswith(package + ".")):
            continue
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module_name or not issubclass(cls, QObject):
                continue
            for name in GUARDED & set(vars(cls)):
                method = vars(cls)[name]
                if callable(method) and not getattr(method, "__vizium_guarded__", False):
                    setattr(cls, name, _wrap(name, method))
                    wrapped += 1
    return wrapped
