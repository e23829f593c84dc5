"""Every screen a person can reach, as data: a name, how to bring it up in a built kiosk, and how
to leave it again so the next screen starts from the visitors' home.

Shell screens: home, attract, closed, countdown, pinpad, a11y, staff. Staff screens: staff:dashboard,
staff:today, staff:checkin, staff:register, staff:attendance, staff:badges, staff:sync,
staff:doctor, staff:camera. Each exhibit: intro:ID, exhibit:ID, learn:ID, careers:ID,
celebrate:ID.
"""

from __future__ import annotations

import fnmatch
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QThreadPool

from kiosk.ui.tasks import let_run

SHELL_SCREENS = ("home", "attract", "closed", "countdown", "pinpad", "a11y", "staff")
STAFF_SCREENS = ("staff:dashboard", "staff:today", "staff:checkin", "staff:register", "staff:attendance",
                 "staff:badges", "staff:sync", "staff:doctor", "staff:camera")
EXHIBIT_SCREENS = ("intro", "exhibit", "learn", "careers", "celebrate")
#: The closed card's hours on a station whose settings have none (the longer of its two lines).
EXAMPLE_HOURS = "10:00-18:00"
#: Frames an exhibit runs before its picture: the scene has moved, the first results are shown.
EXHIBIT_FRAMES = 60


class ScreenFailed(Exception):
    """A screen that should be there could not be shown (an exhibit that fails to open)."""


@dataclass(frozen=True)
class Screen:
    """One reachable screen: ``show`` brings it up (False: it does not exist here, e.g. an
    exhibit without careers), ``leave`` goes back to the visitors' home."""

    name: str
    show: Callable[[Any], bool]
    leave: Callable[[Any], None]


def settle(kiosk: Any, ms: int = 60, timeout_s: float = 10.0) -> None:
    """Let layouts, timers and background work (figures, exports) finish."""
    deadline = time.monotonic() + timeout_s
    let_run(ms)
    while QThreadPool.globalInstance().activeThreadCount() and time.monotonic() < deadline:
        let_run(30)
    let_run(20)


def screen_names(kiosk: Any) -> list[str]:
    """Every reachable screen of this kiosk, in a sensible order."""
    names = [*SHELL_SCREENS, *STAFF_SCREENS]
    for entry in kiosk.services.entries:
        if entry.ok:
            names += [f"{kind}:{entry.id}" for kind in EXHIBIT_SCREENS]
    return names


def screens_for(kiosk: Any, patterns: tuple[str, ...] | None = None) -> list[Screen]:
    """The screens of this kiosk: all, or those matching the patterns (``staff:*``, ``*:pendulum``)."""
    names = screen_names(kiosk)
    if patterns is None:
        return [screen(name) for name in names]
    unmatched = [p for p in patterns if not fnmatch.filter(names, p)]
    if unmatched:
        raise SystemExit(f"no screen matches {', '.join(unmatched)}; choose from {', '.join(names)}")
    return [screen(name) for name in names if any(fnmatch.fnmatchcase(name, p) for p in patterns)]


def screen(name: str) -> Screen:
    kind, _, detail = name.partition(":")
    if kind == "staff" and detail:
        return Screen(name, lambda kiosk: _show_staff(kiosk, detail), _leave_staff)
    if kind in EXHIBIT_SCREENS:
        return Screen(name, lambda kiosk: _show_exhibit(kiosk, kind, detail), _leave_exhibit)
    return Screen(name, lambda kiosk: _show_shell(kiosk, kind), _leave_shell)


# -- the visitors' shell -----------------------------------------------------------------------


def home(kiosk: Any) -> None:
    """Back to a visit at home with nothing open over it."""
    window = kiosk.window
    host = window.host
    if host.entry is not None:
        for card in (host.intro, host.learn_more, host.careers):
            card.close_overlay()
        host.close_exhibit("home")
    for overlay in (window.countdown, window.pinpad, window.staff_menu, window.a11y_panel, window.notice):
        overlay.close_overlay()
    window.countdown.ticker.stop()
    window.start_visit()


def _show_shell(kiosk: Any, name: str) -> bool:
    window = kiosk.window
    home(kiosk)
    if name == "attract":
        window.stack.setCurrentWidget(window.attract)
        window.idle.stop()
    elif name == "closed":
        closed = window.closed
        closed.open_hours = closed.open_hours or EXAMPLE_HOURS  # the card as a centre with hours shows it
        window.stack.setCurrentWidget(closed)
        window.idle.stop()
    elif name == "countdown":
        window.countdown.begin()
        window.countdown.ticker.stop()
    elif name == "pinpad":
        window.pinpad.open()
        for digit in "12":
            window.pinpad.press(digit)
    elif name == "a11y":
        window.open_accessibility()
    elif name == "staff":
        window.staff_menu.open_for("staff")
    elif name != "home":
        return False
    return True


def _leave_shell(kiosk: Any) -> None:
    home(kiosk)


# -- staff screens -----------------------------------------------------------------------------


def _show_staff(kiosk: Any, name: str) -> bool:
    window = kiosk.window
    home(kiosk)
    window.staff_menu.open_for("staff")
    if name == "dashboard":
        from kiosk.ui.dashboard import open_dashboard

        open_dashboard(window)
    elif name in ("today", "checkin", "register", "attendance", "badges"):
        controller = getattr(window, "programmes", None)
        if controller is None:
            return False
        controller.open_screen()
        controller.screen.show_tab(name)
    elif name == "sync":
        controller = getattr(window, "sync_status", None)
        if controller is None:
            return False
        controller.open_card()
    elif name == "doctor":
        window.show_doctor()
    elif name == "camera":
        check = getattr(window, "camera_check", None)
        if check is None:
            return False
        check.open_check()
        _wait_for_pictures(getattr(check, "feed", None))
    else:
        return False
    settle(kiosk, 200)
    return True


def _leave_staff(kiosk: Any) -> None:
    window = kiosk.window
    dashboard = getattr(window, "dashboard", None)
    if dashboard is not None and dashboard.isVisible():
        dashboard.close_screen(to_staff_menu=False)
    programmes = getattr(window, "programmes", None)
    if programmes is not None and programmes.screen is not None and programmes.screen.isVisible():
        programmes.screen.close_screen()
    sync = getattr(window, "sync_status", None)
    if sync is not None and getattr(sync, "card", None) is not None:
        sync.card.close_overlay()
    check = getattr(window, "camera_check", None)
    if check is not None and check.isVisible():
        check.close_overlay()
    home(kiosk)


# -- exhibits ----------------------------------------------------------------------------------


def _show_exhibit(kiosk: Any, kind: str, exhibit_id: str) -> bool:
    """The exhibit's screens follow each other in one run, as a visitor meets them: intro, the
    running exhibit, learn more, careers, the celebration (opened once: fast, and realistic)."""
    window = kiosk.window
    host = window.host
    started = host.entry is not None and host.entry.id == exhibit_id and not host.intro.isVisible()
    if kind == "intro" or not started:
        home(kiosk)
        window.open_exhibit(exhibit_id)
        if host.entry is None or host.entry.id != exhibit_id:
            raise ScreenFailed(f"{exhibit_id} did not open (its error is in the log)")
        if kind == "intro":
            return True
        host.intro.started.emit()
        host.intro.close_overlay()
        widget = host.widget
        if widget is not None:
            _wait_for_pictures(getattr(widget, "feed", None))
            widget.stop_frames()
            for _ in range(EXHIBIT_FRAMES):
                widget.advance(1 / 60)
    if kind == "learn":
        host.show_learn_more()
    elif kind == "careers":
        host.show_careers()
        if not host.careers.isVisible():
            return False
    elif kind == "celebrate":
        host.celebration.celebrate(None)
        host.celebration.timer.stop()  # hold the moment the words are fully shown
    return True


def _leave_exhibit(kiosk: Any) -> None:
    """Close what lies over the exhibit; the exhibit itself stays open for its next screen."""
    host = kiosk.window.host
    for card in (host.learn_more, host.careers):
        card.close_overlay()
    host.celebration.timer.stop()
    host.celebration.hide()


def _wait_for_pictures(feed: Any, timeout_s: float = 8.0) -> None:
    """A camera screen is judged once its camera delivers pictures, not while it starts."""
    if feed is None:
        return
    deadline = time.monotonic() + timeout_s
    while getattr(feed, "latest", None) is None and time.monotonic() < deadline:
        let_run(50)
    let_run(300)
