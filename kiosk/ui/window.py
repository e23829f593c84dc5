"""The kiosk window: assembles the screens and overlays and runs the visitor's flow.

attract --touch--> home --tile--> exhibit host --Home--> home ... --idle--> countdown --> attract
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QStackedLayout, QWidget

from kiosk.clock import SYSTEM_CLOCK, Clock, WallClock, utc_now
from kiosk.config import Settings
from kiosk.exhibit.theme import Theme, current_theme, hub, scale_for
from kiosk.exhibit.translator import TranslationSet
from kiosk.ui.attract import AttractScreen
from kiosk.ui.idle_monitor import IdleMonitor
from kiosk.ui.staff_gate import StaffAction, StaffGateDetector

if TYPE_CHECKING:  # the station's records and the screens and overlays: their modules load on first use
    from kiosk.journal import Journal
    from kiosk.pins import PinVault
    from kiosk.registry import ExhibitEntry
    from kiosk.store import Store
    from kiosk.ui.closed import ClosedScreen
    from kiosk.ui.home import HomeScreen
    from kiosk.ui.host import ExhibitHost
    from kiosk.ui.idle import CountdownOverlay
    from kiosk.ui.staff import PinPad, StaffMenu
    from kiosk.ui.widgets import LanguageBar, Overlay
    from kiosk.ui.window_cards import AccessibilityPanel, NoticeCard
    from kiosk.visits import VisitFlow

log = logging.getLogger(__name__)


@dataclass
class KioskServices:
    """Everything the window needs from the core, built once by kiosk.ui.app.

    The station's records (the store, the journal, the PINs and the exhibit list) come after the
    kiosk's first frame, which needs none of them: ``open_records`` sets them, and until then they
    are not there (``records_open`` is False). The window reads them only once they are open."""

    settings: Settings
    translations: TranslationSet
    camera_provider: Callable[[], Any] | None = None
    rediscover: Callable[[], list[ExhibitEntry]] = field(default=lambda: [])
    doctor: Callable[[], str] | None = None
    now: WallClock = utc_now
    #: What idle resets, countdowns and animations follow (the monkey's own clock under the monkey).
    clock: Clock = SYSTEM_CLOCK
    store: Store = field(init=False)
    journal: Journal = field(init=False)
    vault: PinVault = field(init=False)
    entries: list[ExhibitEntry] = field(init=False)
    records_open: bool = field(default=False, init=False)

    def open_records(self, store: Store, journal: Journal, vault: PinVault, entries: list[ExhibitEntry]) -> None:
        self.store, self.journal, self.vault, self.entries = store, journal, vault, entries
        self.records_open = True


class KioskWindow(QWidget):
    """The one window of the kiosk.

    Only the attract loop (the first screen) and the input watchers are made with the window.
    The other screens and overlays are made on first use: ``home``, ``host`` and ``closed``,
    the countdown, the PIN pad, the staff menu, the accessibility panel and the notice are
    properties that build their widget when first asked for it. ``build_screens()`` makes the
    screens a visitor reaches with one touch; the kiosk calls it right after its first frame
    (``screens_later``), so that the start pays only for the frame the visitor sees first.

    The visit's rules (``flow``) start when the station's records are open (``records_opened()``,
    after the first frame): before that the window shows its first screen and takes no touch.
    """

    exit_requested = Signal()

    def __init__(self, services: KioskServices, size: tuple[int, int] | None = None, *,
                 screens_later: bool = False) -> None:
        super().__init__()
        if size is not None:  # the size it will be shown at: the look is made once, for that scale
            self.resize(*size)
        self.services = services
        self.settings = services.settings
        ui = self.settings.ui
        self.setObjectName("kiosk-window")
        self.setWindowTitle("VIZIUM")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.allow_close = False
        self.large_text = False
        self.high_contrast = False
        #: The visit's rules (start, end and reason, session lock, runs); the window is its view.
        self._flow: VisitFlow | None = None
        # Screens and overlays, each made on first use (see the properties of the same names).
        self._home: HomeScreen | None = None
        self._host: ExhibitHost | None = None
        self._closed: ClosedScreen | None = None
        self._countdown: CountdownOverlay | None = None
        self._pinpad: PinPad | None = None
        self._staff_menu: StaffMenu | None = None
        self._a11y_panel: AccessibilityPanel | None = None
        self._notice: NoticeCard | None = None
        #: The staff menu's own actions, given to it when it is made (later parts add theirs to it).
        self._staff_actions: list[StaffAction] = []

        self.attract = AttractScreen(
            ui.languages, services.translations.translate_in, exhibits=self.offered_entries,
            showcase_after_first_frame=screens_later,
        )
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.attract)
        self.hours_timer = QTimer(self)
        self.hours_timer.setInterval(30_000)
        self.hours_timer.timeout.connect(self.check_opening_hours)
        self.idle = IdleMonitor(ui.idle_timeout_s, self, services.clock)
        self.gate = StaffGateDetector(self, ui.staff_gate_taps, ui.staff_gate_window_s)

        self.idle.idle.connect(self._on_idle)
        self.idle.input_seen.connect(self._note_input)
        self.gate.triggered.connect(self.open_staff_gate)
        self._add_staff_actions()
        self._apply_look()
        if ui.open_hours or ui.closed_days:
            self.hours_timer.start()
        #: The screens one touch away wait for build_screens() (or for the records, see below).
        self._screens_later = screens_later

    def records_opened(self) -> None:
        """The station's records are open (``services.records_open``): visits can be recorded, and
        a touch on the attract loop starts one from now on."""
        if self._flow is not None:
            return
        from kiosk.visits import VisitFlow

        self._flow = VisitFlow(self.services.journal, self.services.clock, view=self,
                               language=self.settings.ui.default_language)
        self.attract.touched.connect(self.start_visit)
        if not self._screens_later:
            self.build_screens()

    @property
    def flow(self) -> VisitFlow:
        """The visit's rules; there once the station's records are open (``records_opened``)."""
        if self._flow is None:
            raise RuntimeError("the station's records are not open yet (KioskWindow.records_opened)")
        return self._flow

    # -- screens and overlays, made on first use ---------------------------------------------

    def build_screens(self) -> None:
        """Make the screens one touch away (home, exhibit host) if they are not made yet."""
        self.home  # noqa: B018 (the property makes it)
        self.host  # noqa: B018

    def made(self, name: str) -> QWidget | None:
        """The screen or overlay called ``name`` (as its property) if it has been made, else None:
        for code that acts only on one that exists (and must not make it just to look at it)."""
        made = getattr(self, f"_{name}", None)
        return made if isinstance(made, QWidget) else None

    @property
    def home(self) -> HomeScreen:
        if self._home is None:
            from kiosk.ui.home import HomeScreen

            self._home = HomeScreen(self.offered_entries(), self.settings.ui.languages, self.language)
            self._home.exhibit_chosen.connect(self.open_exhibit)
            self._home.language_chosen.connect(self.set_language)
            self._home.a11y_clicked.connect(self.open_accessibility)
            self.stack.addWidget(self._home)
        return self._home

    @property
    def host(self) -> ExhibitHost:
        if self._host is None:
            from kiosk.ui.host import ExhibitHost

            self._host = ExhibitHost(self.flow, self.settings.ui.languages, self.services.camera_provider)
            self._host.set_language(self.language)
            self._host.language_chosen.connect(self.set_language)
            self._host.closed.connect(self._exhibit_closed)
            self.stack.addWidget(self._host)
        return self._host

    @property
    def closed(self) -> ClosedScreen:
        if self._closed is None:
            from kiosk.ui.closed import ClosedScreen

            ui = self.settings.ui
            self._closed = ClosedScreen(ui.languages, ui.open_hours, self.services.translations.translate_in)
            self.stack.addWidget(self._closed)
        return self._closed

    @property
    def countdown(self) -> CountdownOverlay:
        if self._countdown is None:
            from kiosk.ui.idle import CountdownOverlay

            self._countdown = CountdownOverlay(self, self.settings.ui.countdown_s, self.services.clock)
            self._countdown.continued.connect(self._on_continue)
            self._countdown.expired.connect(lambda: self.end_visit("idle"))
        return self._countdown

    @property
    def pinpad(self) -> PinPad:
        if self._pinpad is None:
            from kiosk.ui.staff import PinPad

            self._pinpad = PinPad(self, self.services.vault)
            self._pinpad.unlocked.connect(lambda role: self.staff_menu.open_for(role))
        return self._pinpad

    @property
    def staff_menu(self) -> StaffMenu:
        if self._staff_menu is None:
            from kiosk.ui.staff import StaffMenu

            self._staff_menu = StaffMenu(self)
            for action in self._staff_actions:
                self._staff_menu.add_action(action)
        return self._staff_menu

    @property
    def a11y_panel(self) -> AccessibilityPanel:
        if self._a11y_panel is None:
            from kiosk.ui.window_cards import AccessibilityPanel

            self._a11y_panel = AccessibilityPanel(self)
            self._a11y_panel.changed.connect(self.set_accessibility)
        return self._a11y_panel

    @property
    def notice(self) -> NoticeCard:
        if self._notice is None:
            from kiosk.ui.window_cards import NoticeCard

            self._notice = NoticeCard(self)
        return self._notice

    def _made_overlays(self) -> list[Overlay]:
        overlays = (self._countdown, self._pinpad, self._staff_menu, self._a11y_panel, self._notice)
        return [overlay for overlay in overlays if overlay is not None]

    def _showing(self, name: str) -> bool:
        """The overlay ``name`` is made and on screen (one never made is not)."""
        made = self.made(name)
        return made is not None and made.isVisible()

    def _note_input(self) -> None:
        if self._host is not None:
            self._host.note_input()

    # -- the visit (its rules live in self.flow) ---------------------------------------------

    @property
    def language(self) -> str:
        """The visitor's language now."""
        return self._flow.language if self._flow is not None else self.settings.ui.default_language

    @property
    def visit_id(self) -> int | None:
        return self._flow.visit_id if self._flow is not None else None

    @property
    def visits_started(self) -> int:
        return self.flow.visits_started

    @property
    def programme_session_id(self) -> int | None:
        return self.flow.programme_session_id

    def when_idle(self, listener: Callable[[str], object]) -> None:
        """Call ``listener(end_reason)`` each time a visit has ended and the attract loop waits for
        the next visitor: the moment to apply what must not change under a visitor's hands."""
        self.flow.when_idle(listener)

    def between_visitors(self) -> bool:
        """No visitor and no staff at the screen: the attract loop or the closed card waits."""
        return (
            self.visit_id is None
            and self.current_screen() in ("attract", "closed")
            and not self._showing("staff_menu")
            and not self._showing("pinpad")
        )

    def use_settings(self, settings: Settings, camera_provider: Callable[[], Any] | None = None) -> None:
        """Run ``settings`` from now on (a version from the centre; only its centre-managed parts can
        differ): languages, exhibits, opening hours, timers and, when [camera] changed, the camera
        from ``camera_provider``. Call it between visits, never under a visitor's hands."""
        old, ui = self.settings, settings.ui
        self.settings = self.services.settings = settings
        if settings.exhibits.enabled != old.exhibits.enabled:
            self.services.entries = self.services.rediscover()
        # Screens not made yet are made with these settings when first used.
        home, host, closed = self._home, self._host, self._closed
        if home is not None:
            home.set_entries(self.offered_entries())
        if ui.languages != old.ui.languages:
            if home is not None:
                home.languages = _swap_language_bar(home.languages, ui.languages, home.language_chosen)
            if host is not None:
                host.languages = _swap_language_bar(host.languages, ui.languages, host.language_chosen)
            self.attract.languages = ui.languages
            if closed is not None:
                closed.languages = ui.languages
        if closed is not None:
            closed.open_hours = ui.open_hours
            closed.update()
        if self._countdown is not None:
            self._countdown.countdown_s = ui.countdown_s
        self.idle.timer.setInterval(round(ui.idle_timeout_s * 1000))
        if ui.open_hours or ui.closed_days:
            self.hours_timer.start()
        else:
            self.hours_timer.stop()
        if settings.camera != old.camera:
            self.services.camera_provider = camera_provider
            if host is not None:
                host.camera_provider = camera_provider
        self.set_language(ui.default_language)
        self.check_opening_hours()

    # -- screens -----------------------------------------------------------------------------

    def offered_entries(self) -> list[ExhibitEntry]:
        """The exhibits a visitor may open now (those enabled, or an educator's session's); none
        before the station's records (the exhibit list among them) are open."""
        if self._flow is None:
            return []
        return self.flow.offered(e for e in self.services.entries if self.settings.exhibit_enabled(e.id))

    def lock_to_session(self, session_id: int, exhibit_ids: tuple[str, ...], banner: QWidget | None = None) -> None:
        """An educator's session: offer only its exhibits, tag visits with it, show its banner."""
        self.flow.lock_to_session(session_id, exhibit_ids)
        self.home.set_entries(self.offered_entries())
        self.home.set_banner(banner)

    def unlock_session(self) -> None:
        """Back to the public kiosk after the session ends."""
        self.flow.unlock_session()
        self.home.set_entries(self.offered_entries())
        self.home.set_banner(None)

    def current_screen(self) -> str:
        screen = self.stack.currentWidget()
        return screen.objectName() if screen is not None else ""

    def show_attract(self) -> None:
        if not self.is_open():
            self.show_closed()
            return
        self.stack.setCurrentWidget(self.attract)
        self.idle.stop()

    def is_open(self) -> bool:
        ui = self.settings.ui
        if not (ui.open_hours or ui.closed_days):
            return True  # always open: no clock or time zone to read (zoneinfo is not loaded at start)
        from kiosk.schedule import is_open

        return is_open(ui, self.services.now(), self.settings.station.timezone)

    def show_closed(self) -> None:
        """Outside opening hours: end any visit, then a dim 'closed' card until opening time."""
        if self.visit_id is not None:
            self.end_visit("closed")
        self.stack.setCurrentWidget(self.closed)
        self.idle.stop()

    def check_opening_hours(self) -> None:
        if not self.is_open():
            if self.current_screen() != "closed" and not self._showing("staff_menu"):
                self.show_closed()
        elif self.current_screen() == "closed":
            self.stack.setCurrentWidget(self.attract)

    def start_visit(self) -> None:
        """The first touch after the attract loop: a new visit begins at home."""
        self.flow.start_visit()
        self.stack.setCurrentWidget(self.home)
        self.idle.start()

    def open_exhibit(self, exhibit_id: str) -> None:
        entry = next((e for e in self.offered_entries() if e.id == exhibit_id), None)
        if entry is None or not entry.ok:
            return
        if self.visit_id is None:
            self.start_visit()
        self.stack.setCurrentWidget(self.host)
        if not self.host.open_exhibit(entry, self.language):
            return  # the fault path takes the visitor home with a message
        if self.host.context is not None:
            self.host.context.keep_awake_changed.connect(lambda on: self.idle.hold("exhibit", on))

    def _exhibit_closed(self, why: str) -> None:
        self.idle.hold("exhibit", False)
        if self.visit_id is not None:
            self.stack.setCurrentWidget(self.home)
        if why == "error":
            self.notice.show_exhibit_error()

    def end_visit(self, reason: str) -> None:
        """Stop the exhibit, end the visit and run, reset language and look, show attract."""
        self.flow.end_visit(reason)

    def stop_exhibit(self, reason: str) -> None:
        """For the flow: close the open exhibit (its run ends) as a visit ends."""
        if self._host is not None:
            self._host.close_exhibit("idle" if reason == "idle" else "home", emit=False)
        self.idle.hold("exhibit", False)

    def reset_for_next_visitor(self) -> None:
        """For the flow: overlays closed, default language and look, home from the top, attract."""
        for overlay in self._made_overlays():
            overlay.close_overlay()
        if self._countdown is not None:
            self._countdown.ticker.stop()
        self.set_language(self.settings.ui.default_language)
        self.set_accessibility(False, False)
        if self._home is not None:
            self._home.start_over()
        self.show_attract()

    # -- idle --------------------------------------------------------------------------------

    def _on_idle(self) -> None:
        if self.stack.currentWidget() is self.attract or (self._countdown is not None and self._countdown.running):
            return
        if self._host is not None:
            self._host.pause()
        self.countdown.begin()

    def _on_continue(self) -> None:
        if self._host is not None:
            self._host.resume()
        self.idle.poke()

    # -- language and look -------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        if language not in self.settings.ui.languages:
            return
        self.flow.set_language(language)
        self.services.translations.switch(language)
        # A screen made later starts in the visitor's language.
        if self._home is not None:
            self._home.set_language(language)
        if self._host is not None:
            self._host.set_language(language)

    def open_accessibility(self) -> None:
        self.a11y_panel.set_state(self.large_text, self.high_contrast)
        self.a11y_panel.open()

    def set_accessibility(self, large_text: bool, high_contrast: bool) -> None:
        if (large_text, high_contrast) != (self.large_text, self.high_contrast):
            self.large_text, self.high_contrast = large_text, high_contrast
            self._apply_look()

    def _scale(self) -> float:
        return scale_for(self.width(), self.height())

    def _apply_look(self) -> None:
        theme = Theme.create(self.high_contrast, self.large_text, self._scale())
        hub.set(theme)
        self.setStyleSheet(f"#kiosk-window {{ background: {theme.colours['background']}; }}" + theme.stylesheet())
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if abs(current_theme().scale - self._scale()) > 0.01:
            self._apply_look()
        for overlay in self._made_overlays():
            if overlay.isVisible():
                overlay.setGeometry(self.rect())

    # -- staff -------------------------------------------------------------------------------

    def open_staff_gate(self) -> None:
        if not self._showing("pinpad") and not self._showing("staff_menu"):
            self.pinpad.open()

    def _add_staff_actions(self) -> None:
        """The window's own staff actions, given to the menu when it is made."""
        self._staff_actions.append(StaffAction("reload", lambda: self.tr("Reload exhibits"), self.reload_exhibits))
        self._staff_actions.append(StaffAction("doctor", lambda: self.tr("Station check"), self.show_doctor))
        self._staff_actions.append(StaffAction(
            "exit", lambda: self.tr("Exit the kiosk"), self.request_exit, danger=True,
            confirm=lambda: self.tr("Exit the kiosk? The visit on this screen ends and the kiosk program closes."),
        ))

    def reload_exhibits(self) -> None:
        self.services.entries = self.services.rediscover()
        if self._home is not None:
            self._home.set_entries(self.offered_entries())
        ok = sum(1 for e in self.services.entries if e.ok)
        self.staff_menu.show_info(
            self.tr("%1 exhibits loaded, %2 unavailable.")
            .replace("%1", str(ok))
            .replace("%2", str(len(self.services.entries) - ok))
        )
        self.services.journal.event("staff.reload_exhibits", ok=ok)

    def show_doctor(self) -> None:
        from kiosk.ui.tasks import run_in_background

        doctor = self.services.doctor
        if doctor is None:
            return
        self.staff_menu.show_info(self.tr("Checking the station…"))
        run_in_background(
            doctor, lambda table: self.staff_menu.show_info(table, report=True),
            lambda exc: self.staff_menu.show_info(f"{type(exc).__name__}: {exc}", report=True),
        )

    def request_exit(self) -> None:
        self.services.journal.event("staff.exit")
        self.end_visit("staff")
        self.allow_close = True
        self.exit_requested.emit()

    # -- full screen -------------------------------------------------------------------------

    def show_full_screen(self) -> None:
        """Cover the whole screen whatever the window system does, and keep covering it.

        A compositor (cage) or a window manager honours showFullScreen(); X11 without a window
        manager (a bare station, Xvfb) ignores that request and leaves the window at its default
        size in a corner. So the window also takes the screen's geometry itself, and again when
        the screen changes size or the primary screen changes (a monitor swapped or rotated).
        """
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self._cover_screen()
        self.showFullScreen()
        self._cover_screen()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and not getattr(self, "_following_screens", False):
            self._following_screens = True
            app.primaryScreenChanged.connect(self._follow_screen)
            self._follow_screen(self._station_screen())
            handle = self.windowHandle()
            if handle is not None:
                handle.screenChanged.connect(self._follow_screen)

    def _station_screen(self) -> QScreen | None:
        return self.screen() or QGuiApplication.primaryScreen()

    def _follow_screen(self, screen: QScreen | None) -> None:
        watched = getattr(self, "_watched_screen", None)
        if watched is screen:
            return
        if watched is not None:
            try:
                watched.geometryChanged.disconnect(self._cover_screen)
            except (RuntimeError, TypeError):  # the old screen is already gone
                pass
        self._watched_screen = screen
        if screen is not None:
            screen.geometryChanged.connect(self._cover_screen)
        self._cover_screen()

    def _cover_screen(self) -> None:
        screen = self._station_screen()
        if screen is not None and self.geometry() != screen.geometry():
            self.setGeometry(screen.geometry())

    # -- lockdown ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            event.accept()
        else:
            event.ignore()  # Alt+F4 and window-manager close requests do nothing for visitors

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # Escape and other keys do nothing for visitors

    def shutdown(self) -> None:
        """End the visit cleanly when the process stops."""
        if self._flow is not None:
            self._flow.shutdown()


def _swap_language_bar(old: LanguageBar, languages: tuple[str, ...], forward_to: Any) -> LanguageBar:
    """A bar of ``languages`` where ``old`` is in its parent's layout; its choices go where the old one's went."""
    from kiosk.ui.widgets import LanguageBar

    new = LanguageBar(languages)
    parent = old.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is not None:
        layout.replaceWidget(old, new)
    new.language_chosen.connect(forward_to)
    old.hide()
    old.deleteLater()
    return new
