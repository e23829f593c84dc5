"""The programmes part of the running kiosk: the current session, its banner, and background work.

The controller owns the ProgrammeService and the session state; the educator screen
(kiosk.ui.programmes.screen) only shows it and asks the controller to act. All database work
runs off the UI thread through run_in_background; results come back on the UI thread.
The banner and the screen import the controller, never the other way round: install() in the
package hands it the functions that build them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kiosk.programmes import privacy
from kiosk.programmes.catalogue import Catalogue, CatalogueError, catalogue_path, load_catalogue
from kiosk.programmes.service import CheckIn, ProgrammeService, Session
from kiosk.ui.tasks import run_in_background

log = logging.getLogger(__name__)


class ProgrammesController(QObject):
    """Session lifecycle on this kiosk: open, lock the home screen to it, tick, end."""

    session_changed = Signal(object)  # Session or None
    checked_in = Signal(object)  # CheckIn, after every check-in attempt
    registered = Signal(object)  # CheckIn of a registration
    failed = Signal(object)  # the exception of an action that could not be done

    def __init__(self, window: Any, *, make_banner: Callable[[ProgrammesController], QWidget],
                 make_screen: Callable[[ProgrammesController], Any]) -> None:
        super().__init__(window)
        self.window = window
        self._make_screen = make_screen
        services = window.services
        self.settings = services.settings
        self.catalogue, self.catalogue_problem = self._load_catalogue()
        # With a centre database, a badge unknown here may be another station's: checked in provisionally.
        self.service = ProgrammeService(services.store, services.journal, self.catalogue, self.settings.programmes,
                                        hub=bool(self.settings.hub.dsn))
        self.session: Session | None = None
        self.checked_in_count = 0
        self.banner = make_banner(self)
        self.screen: Any = None
        #: who opened the screen ("educator" or "staff"): its title says so
        self.opened_by = "educator"
        self._pending = 0
        self._closed = False
        self._ending = False
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        window.installEventFilter(self)

    def _load_catalogue(self) -> tuple[Catalogue, str | None]:
        path = catalogue_path(self.settings.programmes.catalogue)
        try:
            return load_catalogue(path), None
        except CatalogueError as exc:
            # Keep the kiosk usable: fall back to the built-in programmes and tell the educator why.
            log.error("%s; using the built-in catalogue", exc)
            self.window.services.journal.event("programme.catalogue_error", problem=str(exc))
            return load_catalogue(), str(exc)

    def action_text(self) -> str:
        return self.tr("Programme sessions")

    # -- background work ---------------------------------------------------------------------

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run work off the UI thread; callbacks run on the UI thread unless the kiosk has closed."""
        self._pending += 1

        def done(result: Any) -> None:
            self._pending -= 1
            if not self._closed and on_done is not None:
                on_done(result)

        def error(exc: BaseException) -> None:
            self._pending -= 1
            if self._closed:
                return
            log.warning("programmes: %s", exc)
            if on_error is not None:
                on_error(exc)
            else:
                self.failed.emit(exc)

        run_in_background(work, done, error)

    @property
    def busy(self) -> bool:
        """True while background work is still out (tests wait for it)."""
        return self._pending > 0

    # -- start-up ----------------------------------------------------------------------------

    def start(self) -> None:
        """At kiosk start: catalogue to the database, privacy purge, resume an open session."""
        self.service.sync_catalogue()

        def work() -> tuple[Session | None, int]:
            privacy.purge(self.service)
            session = self.service.resume_after_restart()
            count = 0
            if session is not None:
                count = len(self.service.attendance(session.id)) + len(self.service.provisional(session.id))
            return session, count

        self.run(work, self._resumed)

    def _resumed(self, result: tuple[Session | None, int]) -> None:
        session, count = result
        if session is not None:
            self.checked_in_count = count
            self._lock(session)

    # -- sessions ----------------------------------------------------------------------------

    def exhibits_for(self, programme_code: str) -> tuple[str, ...]:
        """The programme's exhibits that this kiosk can offer (all enabled ones if none of them can)."""
        programme = self.catalogue.get(programme_code)
        available = [e.id for e in self.window.services.entries if e.ok and self.settings.exhibit_enabled(e.id)]
        chosen = tuple(i for i in (programme.exhibits if programme else ()) if i in available)
        return chosen or tuple(available)

    def start_session(self, programme_code: str, on_done: Callable[[Session], None] | None = None) -> None:
        def opened(session: Session) -> None:
            self.checked_in_count = 0
            self._lock(session)
            if on_done is not None:
                on_done(session)

        self.run(lambda: self.service.open_session(programme_code), opened)

    def _lock(self, session: Session) -> None:
        self.session = session
        self.window.lock_to_session(session.id, self.exhibits_for(session.programme_code), self.banner)
        self.banner.update()
        self.ticker.start()
        self.session_changed.emit(session)

    def end_session(self, reason: str = "educator", on_done: Callable[[], None] | None = None) -> None:
        session = self.session
        if session is None or self._ending:
            return
        self._ending = True

        def ended(_: object) -> None:
            self._ending = False
            self._unlock()
            if on_done is not None:
                on_done()

        def failed(exc: BaseException) -> None:
            self._ending = False
            self.failed.emit(exc)

        self.run(lambda: self.service.end_session(session.id, reason), ended, failed)

    def _unlock(self) -> None:
        self.session = None
        self.checked_in_count = 0
        self.ticker.stop()
        self.window.unlock_session()
        self.session_changed.emit(None)

    def _tick(self) -> None:
        session = self.session
        if session is None:
            self.ticker.stop()
            return
        self.banner.update()
        if self.service.now() >= session.planned_end_at:
            self.end_session("planned_end")

    # -- participants ------------------------------------------------------------------------

    def check_in(self, text: str, method: str) -> None:
        """Check a badge in to the running session; the result arrives as checked_in(CheckIn)."""
        session = self.session
        if session is None:
            return
        self.run(lambda: self.service.check_in(session.id, text, method), self._checked_in)

    def _checked_in(self, result: CheckIn) -> None:
        if result.checked_in_count:
            self.checked_in_count = result.checked_in_count
            self.banner.update()
        self.checked_in.emit(result)

    def register(self, age_band: str, gender: str, role: str, group_label: str | None, code: str | None,
                 method: str, on_error: Callable[[BaseException], None]) -> None:
        session_id = self.session.id if self.session else None

        def work() -> CheckIn:
            return self.service.register(age_band, gender, role, group_label, code=code, session_id=session_id,
                                         method=method)

        def done(result: CheckIn) -> None:
            if result.checked_in_count:
                self.checked_in_count = result.checked_in_count
                self.banner.update()
            self.registered.emit(result)

        self.run(work, done, on_error)

    # -- the screen --------------------------------------------------------------------------

    def open_screen(self) -> None:
        """The staff menu's action: close the menu and show the educator screen."""
        role = self.window.staff_menu.role
        self.opened_by = role
        self.window.staff_menu.close_overlay()
        if self.screen is None:
            self.screen = self._make_screen(self)
        self.screen.open()
        self.window.services.journal.event("programme.screen_opened", role=role)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window: QWidget = self.window
        if watched is window:
            if event.type() == QEvent.Type.Resize and self.screen is not None and self.screen.isVisible():
                self.screen.setGeometry(window.rect())
            elif event.type() == QEvent.Type.Hide:
                self.shutdown()  # the kiosk is closing: release the camera, stop timers
            elif event.type() == QEvent.Type.Show and self._closed:
                self._closed = False
                if self.session is not None:
                    self.ticker.start()
        return False

    def shutdown(self) -> None:
        """The window is going away: no more callbacks into widgets, camera released, timer stopped."""
        self._closed = True
        self.ticker.stop()
        if self.screen is not None:
            self.screen.release_camera()
