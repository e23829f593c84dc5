"""The exhibit host: runs one exhibit full screen, records the run, and isolates its faults.

An exception in the exhibit's lifecycle methods (stop() included), slots, timers or paint code
ends the run with outcome ``error``, logs the traceback as an app event, shows a friendly message
and returns home. SystemExit and KeyboardInterrupt raised by exhibit code are faults like any
other (kiosk.exhibit.guard). The kiosk never goes down because of an exhibit.

Each run gets a fresh widget and context. When a run ends, everything the exhibit made is
stopped at once (its timers, threads and camera feeds, the context's signals) and deleted; a
fault that still comes from a closed exhibit's code is recorded against that exhibit.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from kiosk.exhibit.base import ExhibitContext, ExhibitWidget
from kiosk.exhibit.guard import ExhibitExit, guard_package, is_terminal_interrupt, set_fault_handler
from kiosk.exhibit.kit import ThemedLabel, ThemedMixin, TouchButton
from kiosk.exhibit.theme import current_theme
from kiosk.exhibit.timing import ClockTimer
from kiosk.registry import ExhibitEntry, load_widget_class
from kiosk.ui.careers_card import PROMPT_MS, CareersCard, CareersPrompt, careers_of, programme_title
from kiosk.ui.exhibit_cards import BarTitle, Celebration, IntroCard, LearnMoreCard
from kiosk.ui.widgets import LanguageBar
from kiosk.visits import VisitFlow

log = logging.getLogger(__name__)


class ExhibitHost(ThemedMixin, QWidget):
    """Shows one exhibit with Home, learn-more and language buttons; records and guards the run."""

    closed = Signal(str)  # why: home, error
    language_chosen = Signal(str)
    fault_shown = Signal(str)  # exhibit id

    def __init__(
        self,
        flow: VisitFlow,
        languages: tuple[str, ...],
        camera_provider: Callable[[], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exhibit-host")
        #: The visit's rules: the host tells it when a run starts, sees input and ends.
        self.flow = flow
        self.journal = flow.journal
        self.camera_provider = camera_provider
        self.clock = clock = flow.clock
        self.entry: ExhibitEntry | None = None
        self.widget: ExhibitWidget | None = None
        self.context: ExhibitContext | None = None
        self.faults = 0
        self.late_faults = 0
        #: Exhibit packages opened in this host (package -> exhibit id), to name the owner of a fault.
        self.packages: dict[str, str] = {}
        self.language = "en"
        self._ending = False
        self._fault_pending = False
        self._camera_followed = False

        self.home_button = TouchButton()
        self.home_button.setObjectName("home-button")
        self.home_button.clicked.connect(lambda: self.close_exhibit("home"))
        self.title = BarTitle()
        self.camera_badge = ThemedLabel(size=22, bold=True, accent=True)
        self.camera_badge.setObjectName("camera-indicator")
        self.camera_badge.hide()
        self.learn_button = TouchButton()
        self.learn_button.setObjectName("learn-more")
        self.learn_button.clicked.connect(self.show_learn_more)
        self.languages = LanguageBar(languages)
        self.languages.language_chosen.connect(self.language_chosen)
        self.bar = QGridLayout()
        self.bar.setColumnStretch(1, 1)
        self.title_row = QHBoxLayout()  # the title's own row on a tall screen
        self._bar_portrait: bool | None = None
        self._arrange_bar()
        self.content = QVBoxLayout()
        self.content.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel()
        self.content.addWidget(self.placeholder)
        self.outer = QVBoxLayout(self)
        self.outer.addLayout(self.bar)
        self.outer.addLayout(self.content, 1)
        self.intro = IntroCard(self)
        self.intro.started.connect(self._start_exhibit)
        self.learn_more = LearnMoreCard(self)
        self.learn_more.closed.connect(lambda: self._guard(self.widget.resume) if self.widget else None)
        self.learn_more.careers_requested.connect(self.show_careers)
        self.careers = CareersCard(self, programme_title)
        self.careers.closed.connect(lambda: self._guard(self.widget.resume) if self.widget else None)
        self.careers_prompt = CareersPrompt(self)
        self.careers_prompt.chosen.connect(self.show_careers)
        # The prompt goes away after a few seconds of the kiosk's clock, not of the wall's.
        self.careers_prompt.timer.stop()
        self.careers_prompt.timer = ClockTimer(clock, self.careers_prompt, interval_ms=PROMPT_MS, single_shot=True)
        self.careers_prompt.timer.timeout.connect(self.careers_prompt.hide)
        self.celebration = Celebration(self, clock)
        self.retranslate()
        self.apply_theme()

    # -- opening and closing -----------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self.entry is not None

    @property
    def runs_started(self) -> int:
        return self.flow.runs_started

    def open_exhibit(self, entry: ExhibitEntry, language: str) -> bool:
        """Open an exhibit in the visit in progress; False (with a message shown) if it could not be created."""
        self.close_exhibit("home", emit=False)
        self.entry, self.language, self._ending = entry, language, False
        self.flow.start_run(entry.id)
        assert entry.manifest is not None
        self.title.setText(entry.manifest.text("title", language))
        self.languages.set_current(language)
        self.packages[entry.module] = entry.id
        try:
            widget_class = load_widget_class(entry)
            guard_package(entry.module)
            set_fault_handler(self._package_fault)
            self.context = ExhibitContext(entry.manifest, language, self.camera_provider, parent=self, clock=self.clock)
            self.context.completed.connect(self._on_completed)
            self.context.interaction_recorded.connect(self._on_interaction)
            self.widget = widget_class(self.context)
            self.widget.retranslate()
        except BaseException as exc:
            if is_terminal_interrupt(exc):
                raise
            self.fault(exc)
            return False
        self.content.replaceWidget(self.placeholder, self.widget)
        self.placeholder.hide()
        self.widget.show()
        self.intro.show_for(entry, language)
        return True

    def _start_exhibit(self) -> None:
        if self.widget is None:
            return
        if self.entry and self.entry.manifest and self.entry.manifest.needs_camera:
            self._follow_camera()
        self._guard(self.widget.start)

    def _follow_camera(self) -> None:
        """Show the camera indicator exactly while a camera is open (imported only for camera exhibits)."""
        from kiosk.exhibit.camera import camera_activity

        activity = camera_activity()
        if not self._camera_followed:
            activity.in_use_changed.connect(self.camera_badge.setVisible)
            self._camera_followed = True
        self.camera_badge.setVisible(activity.in_use)

    def close_exhibit(self, why: str, *, emit: bool = True) -> None:
        """End the run (outcome from why and whether a goal was reached) and tear down."""
        if self.entry is None or self._ending:
            return
        self._ending = True
        context, widget = self.context, self.widget
        # stop() first: a fault there is a fault of this run (outcome error, DESIGN.md section 3).
        if widget is not None and not self._call_lifecycle(widget.stop):
            why = "error"
        if context is not None and not self._call_lifecycle(context.release_cameras):
            why = "error"
        self.flow.end_run(
            why,
            completed=bool(context and context.completions),
            score=context.last_score if context else None,
            interactions=context.interactions if context else 0,
        )
        self._teardown()
        if emit:
            self.closed.emit(why)

    def _call_lifecycle(self, call: Callable[[], Any]) -> bool:
        """Call an exhibit's lifecycle method while its run ends; False (recorded) if it failed."""
        return self._call_exhibit(call, self._count_fault)

    def _count_fault(self, exc: BaseException) -> None:
        self.faults += 1
        self._record_fault(exc)

    def _teardown(self) -> None:
        for overlay in (self.intro, self.learn_more, self.careers, self.celebration, self.careers_prompt):
            overlay.hide()
        self.celebration.timer.stop()
        self.careers_prompt.timer.stop()
        self.camera_badge.hide()
        if self.context is not None:
            self.context.blockSignals(True)  # the closed exhibit can no longer record or complete
            silence(self.context)
            self.context.deleteLater()
        if self.widget is not None:
            silence(self.widget)
            self.widget.hide()
            self.content.replaceWidget(self.widget, self.placeholder)
            self.widget.setParent(None)
            self.widget.deleteLater()
        self.widget = self.context = None
        self.entry = None
        self._ending = False
        # Deleted when control is back in the event loop, whichever loop that is (the monkey's too).
        QTimer.singleShot(0, delete_deferred)

    # -- what happens during a run -----------------------------------------------------------

    def note_input(self) -> None:
        """Any touch while the exhibit is open: the run is still active (for active_ms)."""
        self.flow.note_input()

    def _on_interaction(self, name: str, value: object) -> None:
        self.note_input()

    def _on_completed(self, score: object) -> None:
        self.celebration.celebrate(score if isinstance(score, int | float) else None)
        if careers_of(self.entry):  # proud of a goal reached: who does this for a living here?
            self.careers_prompt.offer()

    def show_careers(self) -> None:
        """The exhibit's careers card, over the paused exhibit."""
        if self.entry is None:
            return
        if self.widget is not None and not self.intro.isVisible():
            self._guard(self.widget.pause)
        if not self.careers.show_for(self.entry, self.language) and self.widget is not None:
            self._guard(self.widget.resume)

    def show_learn_more(self) -> None:
        if self.entry is None:
            return
        if self.widget is not None and not self.intro.isVisible():
            self._guard(self.widget.pause)
        self.learn_more.show_for(self.entry, self.language)

    def pause(self) -> None:
        if self.widget is not None and not self.intro.isVisible():
            self._guard(self.widget.pause)

    def resume(self) -> None:
        cards = (self.intro, self.learn_more, self.careers)
        if self.widget is not None and not any(card.isVisible() for card in cards):
            self._guard(self.widget.resume)

    def set_language(self, language: str) -> None:
        self.language = language
        self.languages.set_current(language)
        if self.entry and self.entry.manifest:
            self.title.setText(self.entry.manifest.text("title", language))
            self.intro.language = self.learn_more.language = language
            self.careers.set_language(language)
        if self.context is not None:
            self.context.set_language(language)

    # -- faults ------------------------------------------------------------------------------

    def _guard(self, call: Callable[[], Any]) -> None:
        """Call exhibit code while its run goes on; a fault ends the run (see fault())."""
        self._call_exhibit(call, self.fault)

    @staticmethod
    def _call_exhibit(call: Callable[[], Any], on_fault: Callable[[BaseException], None]) -> bool:
        """Run exhibit code; whatever it raises (SystemExit too) goes to on_fault, except a real
        Ctrl+C or the process being stopped. False when it failed."""
        try:
            call()
        except BaseException as exc:
            if is_terminal_interrupt(exc):
                raise
            on_fault(exc)
            return False
        return True

    def package_of(self, tb: Any) -> str | None:
        """The exhibit package (opened in this host, now or before) a traceback passes through;
        the open exhibit's if it is among them."""
        found: list[str] = []
        while tb is not None:
            module = tb.tb_frame.f_globals.get("__name__", "")
            found += [p for p in self.packages if module == p or module.startswith(p + ".")]
            tb = tb.tb_next
        if self.entry is not None and self.entry.module in found:
            return self.entry.module
        return found[0] if found else None

    def owns(self, tb: Any) -> bool:
        """Whether a traceback passes through an exhibit's code (the open one or a closed one)."""
        return self.package_of(tb) is not None

    def _package_fault(self, exc: BaseException, package: str) -> None:
        self.fault(exc, package)

    def fault(self, exc: BaseException, package: str | None = None) -> None:
        """End the run with outcome error, record the traceback, go home with a kind message.

        A fault from the code of an exhibit that is no longer open is recorded against that
        exhibit and changes nothing else.
        """
        if package is None:
            package = exc.package if isinstance(exc, ExhibitExit) else self.package_of(exc.__traceback__)
        current = self.entry.module if self.entry else None
        if package is not None and package != current:
            self._late_fault(exc, package)
            return
        if self.entry is None:
            self._late_fault(exc, package)
            return
        if self._fault_pending:
            return  # the same broken exhibit failing again before it is taken down
        self._fault_pending = True
        self.faults += 1
        self._record_fault(exc)
        exhibit_id = self.entry.id
        # Tear down later, never here: we may be inside the exhibit's own paint event or slot,
        # and hiding or deleting a widget while it paints crashes Qt.
        QTimer.singleShot(0, lambda: self._finish_fault(exhibit_id))

    def _finish_fault(self, exhibit_id: str) -> None:
        self._fault_pending = False
        if self.entry is not None and self.entry.id == exhibit_id:
            self.close_exhibit("error", emit=False)
            self.fault_shown.emit(exhibit_id)
            self.closed.emit("error")

    def _late_fault(self, exc: BaseException, package: str | None) -> None:
        """A closed exhibit's code failed (a timer or thread that outlived its run): its fault, not the kiosk's."""
        exhibit_id = self.packages.get(package or "", "?")
        self.faults += 1
        self.late_faults += 1
        self._record_fault(exc, exhibit_id, late=True)

    def _record_fault(self, exc: BaseException, exhibit_id: str | None = None, *, late: bool = False) -> None:
        text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        if exhibit_id is None:
            exhibit_id = self.entry.id if self.entry else None
        if late:
            log.error("exhibit %s failed after its run had ended:\n%s", exhibit_id, text)
            self.journal.event("exhibit.error", exhibit=exhibit_id, error=repr(exc), late=True, traceback=text[-4000:])
            return
        log.error("exhibit %s failed:\n%s", exhibit_id, text)
        self.journal.event("exhibit.error", exhibit=exhibit_id, error=repr(exc), traceback=text[-4000:])

    # -- looks -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.home_button.setText("⌂  " + self.tr("Home"))
        self.learn_button.setText("?  " + self.tr("Learn more"))
        self.camera_badge.setText("● " + self.tr("Camera on"))

    def apply_theme(self) -> None:
        theme = current_theme()
        self.outer.setContentsMargins(theme.px(20), theme.px(16), theme.px(20), theme.px(16))
        self.outer.setSpacing(theme.px(12))

    def _arrange_bar(self) -> None:
        """One row on a wide screen; on a tall one the title (and the camera notice) get a row of
        their own under the buttons, so "Learn more" and the title are never squeezed and cut."""
        portrait = self.height() > self.width()
        if portrait == self._bar_portrait:
            return
        self._bar_portrait = portrait
        for widget in (self.home_button, self.title, self.camera_badge, self.learn_button, self.languages):
            self.bar.removeWidget(widget)
            self.title_row.removeWidget(widget)
        self.bar.removeItem(self.title_row)
        self.bar.addWidget(self.home_button, 0, 0)
        self.bar.addWidget(self.learn_button, 0, 3)
        self.bar.addWidget(self.languages, 0, 4)
        if portrait:
            self.title_row.addWidget(self.title, 1)
            self.title_row.addWidget(self.camera_badge)
            self.bar.addLayout(self.title_row, 1, 0, 1, 5)
        else:
            self.bar.addWidget(self.title, 0, 1)
            self.bar.addWidget(self.camera_badge, 0, 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange_bar()
        for overlay in (self.intro, self.learn_more, self.careers, self.celebration):
            if overlay.isVisible():
                overlay.setGeometry(self.rect())
        if self.careers_prompt.isVisible():
            self.careers_prompt.place()


def silence(root: QObject) -> None:
    """Stop every timer and thread under root, and those its objects keep in attributes.

    Called when a run ends, before the exhibit's widget is deleted: deletion waits for the event
    loop, and meanwhile nothing of the closed exhibit may run.
    """
    if not isValid(root):
        return
    for obj in (root, *root.findChildren(QObject)):
        for candidate in (obj, *[v for v in getattr(obj, "__dict__", {}).values() if isinstance(v, QObject)]):
            if not isValid(candidate):
                continue
            if isinstance(candidate, QTimer | ClockTimer):
                candidate.stop()
            elif isinstance(candidate, QThread) and candidate.isRunning():
                candidate.requestInterruption()
                candidate.quit()


def delete_deferred() -> None:
    """Carry out pending deleteLater()s now (we are back in an event loop, where Qt allows it)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
