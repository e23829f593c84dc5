"""The kiosk's built-in fuzzer: random taps, drags, swipes, multi-touch and pauses on the real UI.

`kiosk run --monkey N --seed S [--exhibit ID]` drives home, exhibits, languages, accessibility
and the staff gate (wrong PINs only), with shortened idle timeouts, then prints a summary line
and fails if any uncaught exception, exhibit fault or serious Qt warning occurred.

A monkey run is a reproduction recipe: the same seed gives the same run. Time is the monkey's
own (a ManualClock): idle resets, the countdown, the celebration and exhibit animations follow
it, and it moves only by what each action takes, so wall time and machine load change nothing.
After every action the monkey lets the event loop do what it does between a visitor's touches:
posted events, zero timers and deferred deletes.
"""

from __future__ import annotations

import dataclasses
import random
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QScroller, QScrollerProperties, QWidget
from shiboken6 import isValid

from kiosk.clock import ManualClock
from kiosk.ui.app import Kiosk
from kiosk.ui.tasks import let_run

#: Buttons the monkey never presses: it tests the visitor's side, not the staff exit.
FORBIDDEN = {"staff:exit", "staff:reload"}
#: Buttons that leave the exhibit: rarely pressed while the monkey concentrates on one.
LEAVING = {"home-button"}
#: Time a visitor's tap takes, for the monkey's clock.
TAP_MS = 120
#: How much of the clock passes between two looks at the screen while it idles out.
IDLE_STEP_MS = 100


@dataclass
class MonkeyReport:
    events: int
    visits: int
    runs: int
    exhibit_errors: int
    kiosk_errors: int
    qt_problems: int
    seconds: float
    simulated_s: float = 0.0
    exhibit: str | None = None
    events_in_exhibit: int = 0
    #: writes the database did not take by the end (spilled or lost): set after the kiosk closed
    unsaved_writes: int = 0

    @property
    def clean(self) -> bool:
        return not (self.exhibit_errors or self.kiosk_errors or self.qt_problems or self.unsaved_writes)

    def summary(self) -> str:
        errors = self.exhibit_errors + self.kiosk_errors + self.qt_problems + (1 if self.unsaved_writes else 0)
        unsaved = f", {self.unsaved_writes} writes unsaved" if self.unsaved_writes else ""
        text = (
            f"monkey: {self.events} events, {self.visits} visits, {self.runs} exhibit runs, "
            f"{errors} errors ({self.exhibit_errors} exhibit, {self.kiosk_errors} kiosk, "
            f"{self.qt_problems} Qt{unsaved}) in {self.seconds:.1f} s"
        )
        if self.simulated_s:
            text += f" ({self.simulated_s:.0f} s of kiosk time)"
        if self.exhibit:
            share = self.events_in_exhibit / max(1, self.events)
            text += f"; {share:.0%} of events in {self.exhibit}"
        return text


class Monkey:
    """Drives a built kiosk with a seeded random sequence of visitor actions.

    Build the kiosk with a ManualClock (``build_kiosk(..., clock=ManualClock())``) for a run that
    the same seed repeats; on the real clock it waits in wall time, as before.
    """

    def __init__(self, kiosk: Kiosk, seed: int = 1, exhibit: str | None = None) -> None:
        self.kiosk = kiosk
        self.window = kiosk.window
        self.rng = random.Random(seed)
        self.exhibit = exhibit
        self.clock = kiosk.services.clock
        self.touch_device = QTest.createTouchDevice()
        self.events_in_exhibit = 0
        self.stop_requested = False
        #: Kiosk time between two looks at the screen while it idles out (the soak takes bigger steps).
        self.idle_step_ms = IDLE_STEP_MS

    # -- time --------------------------------------------------------------------------------

    def pass_time(self, ms: int) -> None:
        """Let ms of kiosk time go by, the event loop running as it would meanwhile."""
        if not isinstance(self.clock, ManualClock):
            let_run(ms)  # the camera worker and the store's writer run meanwhile, as in the kiosk
            return
        remaining = ms
        while remaining > 0:
            step = min(remaining, IDLE_STEP_MS)
            self.clock.advance(step / 1000.0)
            remaining -= step
            self.settle()

    def settle(self) -> None:
        """What the event loop does between two touches: posted events, zero timers, deferred
        deletes; and a scroll that is gliding ends where it was going (its animation is Qt's)."""
        app = self.kiosk.app
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        deadline = time.monotonic() + 2.0
        while self._scrolling() and time.monotonic() < deadline:
            let_run(10)
        app.processEvents()

    @staticmethod
    def _scrolling() -> bool:
        """A scroll gliding on by itself (not one that a finger still holds)."""
        return any(s.state() == QScroller.State.Scrolling for s in QScroller.activeScrollers())

    def _steady_scrolling(self) -> None:
        """Touch scrolling without flicks: a flick's speed is measured in wall time, and the
        monkey's runs must not depend on that. Drags still scroll, by exactly their length."""
        scrollers = [QScroller.scroller(w) for w in self.window.findChildren(QWidget) if QScroller.hasScroller(w)]
        for scroller in scrollers:
            properties = scroller.scrollerProperties()
            properties.setScrollMetric(QScrollerProperties.ScrollMetric.MaximumVelocity, 0.0)
            properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0.0)
            scroller.setScrollerProperties(properties)

    # -- the actions -------------------------------------------------------------------------

    def _visible_buttons(self) -> list[QAbstractButton]:
        buttons = [
            b
            for b in self.window.findChildren(QAbstractButton)
            if b.isVisible() and b.isEnabled() and b.objectName() not in FORBIDDEN and b.window() is self.window
        ]
        top = self._top_overlay()
        if top is not None:  # an overlay eats every touch; only its buttons are reachable
            buttons = [b for b in buttons if top.isAncestorOf(b)]
        return buttons

    def _top_overlay(self) -> QWidget | None:
        w = self.window
        for overlay in (
            w.notice, w.countdown, w.staff_menu, w.pinpad, w.a11y_panel,
            w.host.careers, w.host.learn_more, w.host.intro,
        ):
            if overlay.isVisible():
                return overlay
        return None

    def _in_target(self) -> bool:
        host = self.window.host
        return (
            self.exhibit is not None
            and self.window.current_screen() == "exhibit-host"
            and host.entry is not None
            and host.entry.id == self.exhibit
        )

    def _in_other_exhibit(self) -> bool:
        return self.window.current_screen() == "exhibit-host" and not self._in_target()

    def _random_point(self, widget: QWidget) -> QPoint:
        return QPoint(self.rng.randrange(max(1, widget.width())), self.rng.randrange(max(1, widget.height())))

    def _surface(self) -> QWidget:
        """Where free-form touches go: the open exhibit, or the whole current screen."""
        host = self.window.host
        if self.window.current_screen() == "exhibit-host" and host.widget is not None and self._top_overlay() is None:
            return host.widget
        return self.window.stack.currentWidget() or self.window

    def tap_button(self) -> None:
        buttons = self._visible_buttons()
        at_home = self.window.current_screen() == "home" and self._top_overlay() is None
        if self.exhibit and at_home and self.rng.random() < 0.8:
            self._open_target()
            return
        if self._in_target() and self.rng.random() < 0.9:
            buttons = [b for b in buttons if b.objectName() not in LEAVING]
        elif self.exhibit and self._in_other_exhibit() and self.rng.random() < 0.8:
            buttons = [b for b in buttons if b.objectName() in LEAVING] or buttons  # back towards the target
        if buttons:
            button = self.rng.choice(buttons)
            QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, button.rect().center())
        self.pass_time(TAP_MS)

    def _open_target(self) -> None:
        """Go to the chosen exhibit: its tile when it is in view, else as a visitor who scrolled to it."""
        home = self.window.home
        tile = home.tiles.get(self.exhibit or "")
        if tile is not None and tile.isVisible() and not tile.visibleRegion().isEmpty():
            QTest.mouseClick(tile, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, tile.rect().center())
        elif self.exhibit:
            home.exhibit_chosen.emit(self.exhibit)
        self.pass_time(TAP_MS)

    def tap_anywhere(self) -> None:
        surface = self._surface()
        target, point = self._deepest(surface, self._random_point(surface))
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        self.pass_time(TAP_MS)

    def drag(self, fast: bool = False) -> None:
        surface = self._surface()
        start = self._random_point(surface)
        target, local = self._deepest(surface, start)
        end = self._random_point(surface)
        QTest.mousePress(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, local)
        steps = 3 if fast else self.rng.randint(4, 12)
        step_ms = 5 if fast else 15
        offset = local - start
        for i in range(1, steps + 1):
            if not isValid(target):
                return  # the exhibit ended under the finger (a fault, an idle reset): the drag is over
            point = start + (end - start) * (i / steps)
            QTest.mouseMove(target, point + offset)
            self.pass_time(step_ms)
        if isValid(target):
            QTest.mouseRelease(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end + offset)
        self.pass_time(TAP_MS)

    def multi_touch(self) -> None:
        """Two fingers: press, move a few times, lift. Sent to the window, as a touch screen does,
        so that the exhibit may end in the middle of the gesture (a fault, a reset) and the
        fingers still lift."""
        surface = self._surface()
        window = self.window
        a = surface.mapTo(window, self._random_point(surface))
        b = surface.mapTo(window, self._random_point(surface))
        QTest.touchEvent(window, self.touch_device).press(0, a, window).press(1, b, window).commit()
        self.pass_time(16)
        for _ in range(self.rng.randint(1, 4)):
            a = a + QPoint(self.rng.randint(-40, 40), self.rng.randint(-40, 40))
            b = b + QPoint(self.rng.randint(-40, 40), self.rng.randint(-40, 40))
            QTest.touchEvent(window, self.touch_device).move(0, a, window).move(1, b, window).commit()
            self.pass_time(16)
        QTest.touchEvent(window, self.touch_device).release(0, a, window).release(1, b, window).commit()
        self.pass_time(TAP_MS)

    def staff_gate_with_wrong_pin(self) -> None:
        corner = self.window.gate.corner_point()
        pad = self.window.pinpad
        # Tap until the pad opens (a stray earlier tap in the corner may have counted already).
        for _ in range(self.window.settings.ui.staff_gate_taps):
            if pad.isVisible():
                break
            target, local = self._deepest(self.window, corner)
            QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, local)
        if not pad.isVisible():
            self.pass_time(TAP_MS)
            return
        # Never a real PIN: a demo or station PIN is 4-8 digits, so 9 digits cannot match.
        for _ in range(self.rng.randint(1, 3)):
            for _ in range(9):
                pad.press(str(self.rng.randrange(10)))
            QTest.mouseClick(pad.keys["ok"], Qt.MouseButton.LeftButton)
        # Always cancel: the pad redraws its lock state on a wall-time timer while it is open.
        QTest.mouseClick(pad.cancel, Qt.MouseButton.LeftButton)
        self.pass_time(TAP_MS)

    def wait(self, ms: int) -> None:
        self.pass_time(ms)

    def idle_out(self) -> None:
        """Wait without touching until the countdown has run and the attract loop shows."""
        settings = self.window.settings.ui
        budget_ms = round((settings.idle_timeout_s + settings.countdown_s + 2.0) * 1000)
        while budget_ms > 0 and self.window.current_screen() != "attract":
            self.pass_time(self.idle_step_ms)
            budget_ms -= self.idle_step_ms

    @staticmethod
    def _deepest(widget: QWidget, point: QPoint) -> tuple[QWidget, QPoint]:
        child = widget.childAt(point)
        if child is None:
            return widget, point
        return child, child.mapFrom(widget, point)

    # -- the run -----------------------------------------------------------------------------

    def actions(self) -> list[tuple[Callable[[], None], int]]:
        return [
            (self.tap_button, 40),
            (self.tap_anywhere, 18),
            (lambda: self.drag(False), 16),
            (lambda: self.drag(True), 6),
            (self.multi_touch, 5),
            (self.staff_gate_with_wrong_pin, 2),
            (lambda: self.wait(self.rng.randint(5, 60)), 12),
            (self.idle_out, 1),
        ]

    def run(self, count: int) -> MonkeyReport:
        started = time.monotonic()
        clock_started = self.clock.monotonic()
        functions, weights = zip(*self.actions(), strict=True)
        done = 0
        with self.session():
            for _ in range(count):
                if self.stop_requested:
                    break
                self.step(functions, weights)
                done += 1
        faults = self.kiosk.faults
        self.kiosk.services.store.flush()
        return MonkeyReport(
            events=done,
            visits=self.window.visits_started,
            runs=self.window.host.runs_started,
            exhibit_errors=self.window.host.faults,
            kiosk_errors=len(faults.kiosk_errors),
            qt_problems=len(faults.qt_problems),
            seconds=time.monotonic() - started,
            simulated_s=self.clock.monotonic() - clock_started if isinstance(self.clock, ManualClock) else 0.0,
            exhibit=self.exhibit,
            events_in_exhibit=self.events_in_exhibit,
        )

    def step(self, functions: tuple[Callable[[], None], ...], weights: tuple[int, ...]) -> None:
        """One visitor action (or the touch that wakes the attract loop), then the event loop."""
        if self.window.current_screen() == "attract":
            QTest.mouseClick(self.window.attract, Qt.MouseButton.LeftButton)
            self.pass_time(TAP_MS)
        elif self.window.staff_menu.isVisible():
            QTest.mouseClick(self.window.staff_menu.close_button, Qt.MouseButton.LeftButton)
            self.pass_time(TAP_MS)
        else:
            self.rng.choices(functions, weights)[0]()
        self.settle()
        if self._in_target():
            self.events_in_exhibit += 1

    @contextmanager
    def session(self) -> Iterator[None]:
        """Around a run of steps: the monkey's PIN lockout and Ctrl+C, steady scrolling; at the end
        the open visit is closed as at a shutdown."""
        with self._own_pin_lockout(), self._ctrl_c_stops_the_monkey():
            self._steady_scrolling()
            self.settle()
            yield
            self.pass_time(50)
            self.window.shutdown()
            self.settle()

    @contextmanager
    def _own_pin_lockout(self) -> Iterator[None]:
        """The monkey's wrong PINs count on its own clock, from an open pad; the station's lockout
        is put back as it was afterwards (staff are not locked out by a test, and the next run
        with the same seed starts from the same pad)."""
        vault = self.window.services.vault
        vault.reload()
        station_state, station_clock = dataclasses.replace(vault.state), vault.clock
        vault.clock = self.clock.now
        vault.state = type(station_state)()
        vault._save_state()  # the vault's own way to store its lockout
        try:
            yield
        finally:
            vault.state, vault.clock = station_state, station_clock
            vault._save_state()

    @contextmanager
    def _ctrl_c_stops_the_monkey(self) -> Iterator[None]:
        """Ctrl+C ends the run after the current action, with its summary (and a KeyboardInterrupt
        raised by exhibit code is then the exhibit's fault, never mistaken for it)."""
        def request_stop(signum: int, frame: object) -> None:
            self.stop_requested = True

        try:
            if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
                yield  # the kiosk's own stop handling is in place (kiosk run --monkey)
                return
            previous = signal.signal(signal.SIGINT, request_stop)
        except ValueError:  # not the main thread: leave Ctrl+C alone
            yield
            return
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)
