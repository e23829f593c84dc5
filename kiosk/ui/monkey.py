"""The kiosk's built-in fuzzer: random taps, drags, swipes, multi-touch and pauses on the real UI.

`kiosk run --monkey N --seed S [--exhibit ID]` drives home, exhibits, languages, accessibility
and the staff gate (wrong PINs only), with shortened idle timeouts, then prints a summary line
and fails if any uncaught exception, exhibit fault or serious Qt warning occurred.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk.ui.app import Kiosk
from kiosk.ui.tasks import let_run

#: Buttons the monkey never presses: it tests the visitor's side, not the staff exit.
FORBIDDEN = {"staff:exit", "staff:reload"}


@dataclass
class MonkeyReport:
    events: int
    visits: int
    runs: int
    exhibit_errors: int
    kiosk_errors: int
    qt_problems: int
    seconds: float

    @property
    def clean(self) -> bool:
        return not (self.exhibit_errors or self.kiosk_errors or self.qt_problems)

    def summary(self) -> str:
        errors = self.exhibit_errors + self.kiosk_errors + self.qt_problems
        return (
            f"monkey: {self.events} events, {self.visits} visits, {self.runs} exhibit runs, "
            f"{errors} errors ({self.exhibit_errors} exhibit, {self.kiosk_errors} kiosk, "
            f"{self.qt_problems} Qt) in {self.seconds:.1f} s"
        )


class Monkey:
    """Drives a built kiosk with a seeded random sequence of visitor actions."""

    def __init__(self, kiosk: Kiosk, seed: int = 1, exhibit: str | None = None) -> None:
        self.kiosk = kiosk
        self.window = kiosk.window
        self.rng = random.Random(seed)
        self.exhibit = exhibit
        self.touch_device = QTest.createTouchDevice()

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
        for overlay in (w.notice, w.countdown, w.staff_menu, w.pinpad, w.a11y_panel, w.host.learn_more, w.host.intro):
            if overlay.isVisible():
                return overlay
        return None

    def _random_point(self, widget: QWidget) -> QPoint:
        return QPoint(self.rng.randrange(max(1, widget.width())), self.rng.randrange(max(1, widget.height())))

    def _surface(self) -> QWidget:
        """Where free-form touches go: the open exhibit, or the whole current screen."""
        host = self.window.host
        if self.window.current_screen() == "exhibit-host" and host.widget is not None and self._top_overlay() is None:
            return host.widget
        return self.window.stack.currentWidget()

    def tap_button(self) -> None:
        buttons = self._visible_buttons()
        if self.exhibit and self.window.current_screen() == "home":
            tile = self.window.home.tiles.get(self.exhibit)
            if tile is not None and self._top_overlay() is None and self.rng.random() < 0.8:
                buttons = [tile]
        if buttons:
            button = self.rng.choice(buttons)
            QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, button.rect().center())

    def tap_anywhere(self) -> None:
        surface = self._surface()
        target, point = self._deepest(surface, self._random_point(surface))
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)

    def drag(self, fast: bool = False) -> None:
        surface = self._surface()
        start = self._random_point(surface)
        target, local = self._deepest(surface, start)
        end = self._random_point(surface)
        QTest.mousePress(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, local)
        steps = 3 if fast else self.rng.randint(4, 12)
        offset = local - start
        for i in range(1, steps + 1):
            point = start + (end - start) * (i / steps)
            QTest.mouseMove(target, point + offset, 5 if fast else 15)
        QTest.mouseRelease(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end + offset)

    def multi_touch(self) -> None:
        surface = self._surface()
        a, b = self._random_point(surface), self._random_point(surface)
        QTest.touchEvent(surface, self.touch_device).press(0, a, surface).press(1, b, surface).commit()
        for _ in range(self.rng.randint(1, 4)):
            a = a + QPoint(self.rng.randint(-40, 40), self.rng.randint(-40, 40))
            b = b + QPoint(self.rng.randint(-40, 40), self.rng.randint(-40, 40))
            QTest.touchEvent(surface, self.touch_device).move(0, a, surface).move(1, b, surface).commit()
        QTest.touchEvent(surface, self.touch_device).release(0, a, surface).release(1, b, surface).commit()

    def staff_gate_with_wrong_pin(self) -> None:
        corner = self.window.gate.corner_point()
        for _ in range(self.window.settings.ui.staff_gate_taps):
            target, local = self._deepest(self.window, corner)
            QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, local)
        pad = self.window.pinpad
        if not pad.isVisible():
            return
        # Never a real PIN: a demo or station PIN is 4-8 digits, so 9 digits cannot match.
        for _ in range(self.rng.randint(1, 3)):
            for _ in range(9):
                pad.press(str(self.rng.randrange(10)))
            QTest.mouseClick(pad.keys["ok"], Qt.MouseButton.LeftButton)
        if self.rng.random() < 0.7:
            QTest.mouseClick(pad.cancel, Qt.MouseButton.LeftButton)

    def wait(self, ms: int) -> None:
        let_run(ms)  # the camera worker and the store's writer run meanwhile, as in the kiosk

    def idle_out(self) -> None:
        """Wait without touching until the countdown has run and the attract loop shows."""
        settings = self.window.settings.ui
        deadline = time.monotonic() + settings.idle_timeout_s + settings.countdown_s + 2.0
        while time.monotonic() < deadline and self.window.current_screen() != "attract":
            let_run(50)

    @staticmethod
    def _deepest(widget: QWidget, point: QPoint) -> tuple[QWidget, QPoint]:
        child = widget.childAt(point)
        if child is None:
            return widget, point
        return child, child.mapFrom(widget, point)

    # -- the run -----------------------------------------------------------------------------

    def run(self, count: int) -> MonkeyReport:
        started = time.monotonic()
        actions = [
            (self.tap_button, 40),
            (self.tap_anywhere, 18),
            (lambda: self.drag(False), 16),
            (lambda: self.drag(True), 6),
            (self.multi_touch, 5),
            (self.staff_gate_with_wrong_pin, 2),
            (lambda: self.wait(self.rng.randint(5, 60)), 12),
            (self.idle_out, 1),
        ]
        functions, weights = zip(*actions, strict=True)
        for _ in range(count):
            if self.window.current_screen() == "attract":
                QTest.mouseClick(self.window.attract, Qt.MouseButton.LeftButton)
            elif self.window.staff_menu.isVisible():
                QTest.mouseClick(self.window.staff_menu.close_button, Qt.MouseButton.LeftButton)
            else:
                self.rng.choices(functions, weights)[0]()
            self.kiosk.app.processEvents()
        let_run(50)
        self.window.shutdown()
        store = self.kiosk.services.store
        store.flush()
        runs = store.reader().execute("SELECT COUNT(*) FROM exhibit_runs").fetchone()[0]
        faults = self.kiosk.faults
        return MonkeyReport(
            events=count,
            visits=self.window.visits_started,
            runs=runs,
            exhibit_errors=self.window.host.faults,
            kiosk_errors=len(faults.kiosk_errors),
            qt_problems=len(faults.qt_problems),
            seconds=time.monotonic() - started,
        )
