"""Fault isolation for exhibit code running inside Qt's event handlers and slots.

An exception escaping a Python override of a Qt virtual (paintEvent, mousePressEvent, ...) is
not safe to leave to the binding: it may be re-raised far away or leave Qt in a broken state.
And PySide ends the whole process when SystemExit leaves a slot or handler (``sys.exit()`` in an
exhibit's button handler used to close the kiosk with exit code 3, before any hook could see it).

So when an exhibit is opened, the kiosk wraps the code of its package:
- the event handlers of every Qt class it defines: any exception there, ``BaseException``
  included, is handed to the fault handler (the exhibit host), which ends the run with outcome
  ``error`` and takes the visitor home;
- every other method of those classes, and the package's module-level functions: a
  ``SystemExit`` or ``KeyboardInterrupt`` raised inside becomes an ``ExhibitExit`` (an ordinary
  exception), which reaches the kiosk's exception hook and the host like any other fault;
- ``sys.exit()``, ``exit()`` and ``quit()`` called from the package's code (a lambda connected
  to a signal included) raise an ``ExhibitExit`` instead of SystemExit; called from anywhere
  else they do what they always do.
Exhibit authors write ordinary code and need do nothing.

A KeyboardInterrupt is left alone only while Python's own SIGINT handler is installed, when it
may be a real Ctrl+C at a terminal; the kiosk turns SIGINT into a clean stop, and from then on
a KeyboardInterrupt can only come from code that raised it.
"""

from __future__ import annotations

import builtins
import functools
import inspect
import logging
import signal
import sys
from collections.abc import Callable
from types import ModuleType
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

#: handler(exception, package the faulty code belongs to)
FaultHandler = Callable[[BaseException, str], None]
_handler: FaultHandler | None = None
#: Packages whose code is guarded (for the exit functions, which look at their caller).
_guarded_packages: set[str] = set()


class ExhibitExit(RuntimeError):
    """An exhibit raised SystemExit or KeyboardInterrupt: a fault of the exhibit, not a stop of the kiosk."""

    def __init__(self, original: BaseException, package: str) -> None:
        name = type(original).__name__
        super().__init__(f"exhibit code raised {name}{original.args!r}: exhibits may not stop the kiosk")
        self.package = package


def set_fault_handler(handler: FaultHandler | None) -> None:
    """Who hears about exhibit faults (the exhibit host)."""
    global _handler
    _handler = handler


def is_terminal_interrupt(exc: BaseException) -> bool:
    """A KeyboardInterrupt that may be a real Ctrl+C: Python's own SIGINT handler is still in place."""
    if not isinstance(exc, KeyboardInterrupt):
        return False
    try:
        return signal.getsignal(signal.SIGINT) is signal.default_int_handler
    except ValueError:  # not the main thread
        return False


def _report(exc: BaseException, package: str) -> None:
    if _handler is None:
        log.error("exhibit fault in %s with nobody to report it to", package, exc_info=exc)
        return
    try:
        _handler(exc, package)
    except Exception:  # reporting must never make things worse inside a paint event
        log.exception("the exhibit fault handler failed")


def _positional_capacity(function: Callable[..., Any]) -> int | None:
    """How many positional arguments the function takes, or None when it takes any number."""
    code = getattr(function, "__code__", None)
    if code is None or code.co_flags & inspect.CO_VARARGS:
        return None
    return int(code.co_argcount)


def _wrap_handler(name: str, method: Callable[..., Any], package: str) -> Callable[..., Any]:
    capacity = _positional_capacity(method)

    @functools.wraps(method)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        if capacity is not None and len(args) > capacity:
            args = args[:capacity]  # called as a slot: Qt gives a slot only what it takes
        try:
            return method(*args, **kwargs)
        except BaseException as exc:
            if is_terminal_interrupt(exc):
                raise
            _report(exc, package)
            return True if name in _RETURNS_BOOL else None

    guarded.__vizium_guarded__ = True  # type: ignore[attr-defined]
    return guarded


def _wrap_exits(function: Callable[..., Any], package: str) -> Callable[..., Any]:
    capacity = _positional_capacity(function)

    @functools.wraps(function)
    def contained(*args: Any, **kwargs: Any) -> Any:
        if capacity is not None and len(args) > capacity:
            # Connected to a signal that sends more than the slot takes: PySide gives a plain
            # Python slot only the arguments it takes, and the wrapper must not change that (the
            # exhibit's own tests run unwrapped, where the slot works).
            args = args[:capacity]
        try:
            return function(*args, **kwargs)
        except (SystemExit, KeyboardInterrupt) as exc:
            if is_terminal_interrupt(exc):
                raise
            # Keep the exhibit's frames in the traceback: they say whose fault it is.
            raise ExhibitExit(exc, package).with_traceback(exc.__traceback__) from exc

    contained.__vizium_guarded__ = True  # type: ignore[attr-defined]
    return contained


def _package_modules(package: str) -> list[tuple[str, ModuleType]]:
    return [
        (name, module)
        for name, module in list(sys.modules.items())
        if module is not None and (name == package or name.startswith(package + "."))
    ]


def _calling_package(depth: int = 2) -> str | None:
    module = sys._getframe(depth).f_globals.get("__name__", "")
    for package in _guarded_packages:
        if module == package or module.startswith(package + "."):
            return package
    return None


class _ExitFromExhibits:
    """sys.exit / exit / quit that an exhibit's code cannot use to end the kiosk."""

    def __init__(self, original: Callable[..., Any]) -> None:
        self.original = original

    def __call__(self, status: object = None) -> Any:
        package = _calling_package()
        if package is not None:
            raise ExhibitExit(SystemExit(status), package)
        return self.original(status)

    def __repr__(self) -> str:
        return repr(self.original)


def _guard_exit_functions() -> None:
    if not isinstance(sys.exit, _ExitFromExhibits):
        sys.exit = _ExitFromExhibits(sys.exit)
    for name in ("exit", "quit"):
        original = getattr(builtins, name, None)
        if original is not None and not isinstance(original, _ExitFromExhibits):
            setattr(builtins, name, _ExitFromExhibits(original))


def guard_package(package: str) -> int:
    """Wrap the exhibit package's Qt handlers, methods of its Qt classes and module functions.

    Idempotent: what is wrapped once is left alone. Returns how many callables were wrapped.
    """
    _guarded_packages.add(package)
    _guard_exit_functions()
    wrapped = 0
    for module_name, module in _package_modules(package):
        qt_classes = [
            cls for _, cls in inspect.getmembers(module, inspect.isclass)
            if cls.__module__ == module_name and issubclass(cls, QObject)
        ]
        if qt_classes:  # a widget module: its functions may be connected to signals as slots
            for attribute, value in list(vars(module).items()):
                if inspect.isfunction(value) and value.__module__ == module_name and not _is_guarded(value):
                    setattr(module, attribute, _wrap_exits(value, package))
                    wrapped += 1
        for cls in qt_classes:
            for name, method in list(vars(cls).items()):
                if not inspect.isfunction(method) or _is_guarded(method):
                    continue
                if name in GUARDED:
                    setattr(cls, name, _wrap_handler(name, method, package))
                elif not (name.startswith("__") and name.endswith("__")):
                    setattr(cls, name, _wrap_exits(method, package))
                else:
                    continue
                wrapped += 1
    return wrapped


def _is_guarded(function: Any) -> bool:
    return bool(getattr(function, "__vizium_guarded__", False))
