"""Starting the kiosk: build the services, the window, and run (or drive) the event loop."""

from __future__ import annotations

import dataclasses
import gc
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QInputEvent
from PySide6.QtWidgets import QApplication

from kiosk import __version__, i18n
from kiosk.clock import SYSTEM_CLOCK, Clock
from kiosk.config import Settings
from kiosk.exhibit.translator import TranslationSet
from kiosk.logs import open_log_file
from kiosk.ui.faults import FaultCatcher
from kiosk.ui.first_paint import FirstPaint
from kiosk.ui.stops import StopSignals
from kiosk.ui.watchdog import Watchdog
from kiosk.ui.window import KioskServices, KioskWindow

if TYPE_CHECKING:
    from kiosk.pins import PinVault
    from kiosk.registry import ExhibitEntry
    from kiosk.store import Store

log = logging.getLogger(__name__)

#: PINs set on a demo station that has none, printed at start (never on a configured station).
DEMO_PINS = {"staff": "2468", "educator": "1357"}
#: How long a demo start waits to see the database take writes before it gives up on the PINs.
DEMO_PIN_WAIT_S = 3.0
#: `kiosk run` ends with this when writes could not be saved (they wait in a spill file).
EXIT_UNSAVED = 75  # EX_TEMPFAIL

#: `kiosk run --demo` keeps its database (demo history, demo PINs, the visits of people trying it)
#: in this sub-folder of the data folder, never in the station's own database.
DEMO_FOLDER = "demo"

#: Background work (dashboard figures, exports) still running at a stop gets this long to finish.
BACKGROUND_GRACE_MS = 1_000
#: The garbage collector runs again this long after the event loop starts, first frame or not
#: (and the log file and the station's records open by then in any case).
GC_PAUSE_LIMIT_MS = 5_000


class QuitOpensTheDoor(QObject):
    """The shell's one application-wide event filter, with two jobs.

    Input (touch, mouse, keys) goes on to the idle monitor and the staff gate. Every event of
    the application passes through here, thousands while an exhibit opens, and each costs a
    trip into Python: one filter with one cheap type test instead of three filters (about
    60 us an event before, 20 us now).

    Quit: Qt 6's quit() first asks every window to close, and the kiosk window refuses visitors'
    close requests (Alt+F4, the window manager): the application's own quit lets it close.
    An exhibit's quit() does not: the kiosk never goes down because of an exhibit."""

    def __init__(self, app: QApplication, window: KioskWindow, input_watchers: tuple[QObject, ...] = ()) -> None:
        super().__init__(window)
        self.app, self.window = app, window
        #: Empty until the station's records are open: no touch counts before (Kiosk.open_records).
        self.input_watchers = input_watchers

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QInputEvent):  # a C++ type test: no enum made for the other events
            for watcher in self.input_watchers:
                watcher.eventFilter(watched, event)
            return False
        if watched is self.app and event.type() == QEvent.Type.Quit:
            # On the main thread quit() sends this event at once: its caller is on the stack.
            package = self._exhibit_asking()
            if package is None:
                self.window.allow_close = True
            else:
                log.warning("exhibit %s asked the application to quit; the kiosk goes on", package)
        return False

    def _exhibit_asking(self) -> str | None:
        host = self.window.made("host")
        packages = tuple(getattr(host, "packages", ()))
        frame = sys._getframe(1)
        while frame is not None:
            module = frame.f_globals.get("__name__", "")
            for package in packages:
                if module == package or module.startswith(package + "."):
                    return package
            frame = frame.f_back  # type: ignore[assignment]
        return None


@dataclass
class Kiosk:
    """A built kiosk: the window plus what must be closed when it stops."""

    app: QApplication
    window: KioskWindow
    services: KioskServices
    faults: FaultCatcher
    heartbeat: QTimer
    quit_watch: QuitOpensTheDoor
    #: Opens the station's records (store, journal, PINs, exhibit list) and lets touches count:
    #: build_kiosk runs it, or with records_later=True the caller once the first frame is on screen.
    open_records_now: Callable[[], None]
    #: build_kiosk(staff_parts_later=True): plugs in the staff screens, sync and hub (run once).
    install_staff_parts: Callable[[], None] | None = None
    #: Why the station's records could not be opened (they are not tried again), or None.
    records_error: BaseException | None = None

    def open_records(self) -> None:
        """Open the station's records, if they are not open yet (and have not failed to)."""
        if self.services.records_open or self.records_error is not None:
            return
        try:
            self.open_records_now()
        except Exception as exc:
            self.records_error = exc
            raise

    def request_stop(self) -> None:
        """Leave the event loop; close() then ends the visit and saves everything."""
        self.window.allow_close = True
        self.app.quit()

    def close(self) -> None:
        try:  # a stop before the first frame: its start and its stop are recorded too
            self.open_records()
        except Exception:
            log.exception("the station's records could not be opened")
        records = self.services.records_open
        self.heartbeat.stop()
        self.window.shutdown()
        if records:
            self.services.journal.event("kiosk.stop")
        self.faults.uninstall()
        self.app.removeEventFilter(self.quit_watch)
        self.window.allow_close = True
        self.window.close()  # staff screens stop their own threads on this (the sync scheduler)
        self.window.deleteLater()
        # Background work (dashboard figures, exports, purges) reads the store: a moment to
        # finish before the store's connections close under it (a stop must stay quick).
        QThreadPool.globalInstance().waitForDone(BACKGROUND_GRACE_MS)
        if records and not self.services.store.close():
            # The store wrote what it could not save to a spill file (replayed at the next start)
            # and logged it; `kiosk run` and the monkey turn this into an error exit.
            log.error("stopped with unsaved writes: %s", self.services.store.health.unsaved_text())

    @property
    def unsaved_writes(self) -> str:
        """After close(): what did not reach the database (spilled or lost), or ''."""
        return self.services.store.health.unsaved_text() if self.services.records_open else ""


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_SynthesizeMouseForUnhandledTouchEvents, True)
        app = QApplication(sys.argv[:1])
        app.setApplicationName("VIZIUM Kiosk")
        app.setApplicationVersion(__version__)
    assert isinstance(app, QApplication)
    return app


def camera_provider_for(settings: Settings) -> Callable[[], Any]:
    """The camera for camera exhibits, set up on first use: OpenCV loads when a camera exhibit
    opens, never for the home screen (DESIGN.md section 2, rule 5)."""
    made: list[Callable[[], Any]] = []

    def provide() -> Any:
        if not made:
            from kiosk.exhibit.camera import make_camera_provider

            made.append(make_camera_provider(settings.camera))
        return made[0]()

    return provide


def build_kiosk(settings: Settings, *, demo: bool = False,
                modules: dict[str, str] | None = None, demo_history: bool = False,
                clock: Clock = SYSTEM_CLOCK, stamp_clock: Clock | None = None,
                size: tuple[int, int] | None = None, staff_parts_later: bool = False,
                screens_later: bool = False, records_later: bool = False) -> Kiosk:
    """Create the window (not yet shown), open the store and find the exhibits.

    ``modules`` (exhibit id -> package) replaces entry-point discovery, for tests.
    ``clock`` drives idle resets, countdowns and animations (a ManualClock for the monkey).
    ``stamp_clock`` stamps the records (visits, runs, events); ``clock`` when not given. The monkey
    of `kiosk run --monkey` runs on its own clock but stamps with the wall clock: its simulated time
    runs ahead of real time, and a station's records must never lie in the future.
    ``size``: the window's size when it is shown (its look is made for it once, not twice).
    ``staff_parts_later``: the staff screens, the sync and the hub link are not plugged in yet;
    the caller runs ``kiosk.install_staff_parts()`` when the home is on screen (a faster start).
    ``screens_later``: the window makes only its first screen (the attract loop); the caller runs
    ``kiosk.window.build_screens()`` once that is on screen (the other screens and overlays are
    made on first use in any case).
    ``records_later``: the station's records (store, journal, PINs, exhibit list: their modules,
    the data folder, the database) are not opened yet; the first frame needs none of them, and the
    caller runs ``kiosk.open_records()`` once it is on screen. Until then no touch counts.
    ``demo_history`` (`kiosk run --demo`) fills ~120 days of synthetic history into a database
    without visits, so the staff dashboard has something to show.
    """
    from kiosk.camera.memory import share_allocator_arenas  # ctypes: 2 ms, only for a kiosk

    share_allocator_arenas()  # before the kiosk starts a thread (see its note)
    app = application()
    try:
        i18n.build()
    except Exception as exc:  # missing tools on a frozen build: use what is compiled
        log.warning("could not compile translations: %s", exc)
    translations = TranslationSet()
    translations.switch(settings.ui.default_language)

    def find_exhibits() -> list[ExhibitEntry]:
        from kiosk import registry

        # The settings the kiosk runs now: the hub's settings may change the enabled exhibits.
        return registry.discover(modules, enabled=services.settings.exhibits.enabled)

    def doctor_text() -> str:
        from kiosk.doctor import format_table, run_checks

        return format_table(run_checks(settings, include_qt=False))

    services = KioskServices(
        settings=settings,
        translations=translations,
        camera_provider=camera_provider_for(settings),
        rediscover=find_exhibits,
        doctor=doctor_text,
        clock=clock,
    )
    window = KioskWindow(services, size, screens_later=screens_later)

    def install_staff_parts() -> None:
        """The staff screens: each install() adds its StaffAction(s) (and may add a banner); each
        imports nothing heavy until it is opened. The programmes and the sync start their
        background work here."""
        from kiosk.ui import camera_check, dashboard, programmes, sync_status

        programmes.install(window)
        dashboard.install(window)
        sync_status.install(window)
        camera_check.install(window)
        if settings.hub.dsn:  # health to the centre and settings from it, on a thread of its own
            from kiosk.ui.hub_station import HubStation

            HubStation(window, camera_provider_for).start()

    def record_fault(kind: str, **detail: Any) -> None:
        """An error of the kiosk, in the journal (one before the records are open: in the log only)."""
        if services.records_open:
            services.journal.event(kind, **detail)

    faults = FaultCatcher(lambda exc, tb: _exhibit_fault(window, exc, tb), record_fault)
    faults.install()
    quit_watch = QuitOpensTheDoor(app, window)
    app.installEventFilter(quit_watch)
    heartbeat = QTimer(window)  # after a kill, what was open ends at the last heartbeat

    def open_records() -> None:
        from kiosk.journal import HEARTBEAT_S, Journal
        from kiosk.pins import PinVault
        from kiosk.store import Store, spill_as

        store = Store(settings.database_path, max_pending=settings.storage.max_pending_writes).open()
        if demo_history:
            from kiosk.journal import mark_demo_database

            store.call(spill_as(lambda conn: mark_demo_database(conn)))  # marked again at every demo start
            _fill_demo_history(store, settings)
        journal = Journal(store, settings.station.id, settings.station.timezone, clock=(stamp_clock or clock).now)
        # Closes what a killed or crashed run left open (as interrupted) and records that crash.
        journal.record_start(version=__version__, station=settings.station.id)
        vault = PinVault(store, journal)
        if demo and not vault.roles_with_pin:
            _seed_demo_pins(vault, store)
        services.open_records(store, journal, vault, find_exhibits())
        window.records_opened()
        heartbeat.timeout.connect(journal.heartbeat)
        heartbeat.start(HEARTBEAT_S * 1000)
        quit_watch.input_watchers = (window.idle, window.gate)
        if not staff_parts_later:
            install_staff_parts()

    kiosk = Kiosk(app, window, services, faults, heartbeat, quit_watch, open_records,
                  install_staff_parts if staff_parts_later else None)
    if not records_later:
        kiosk.open_records()
    window.show_attract()
    return kiosk


def demo_settings(settings: Settings) -> Settings:
    """The settings of a demo run: its own data folder (<data>/demo), never the station's database."""
    folder = settings.data_dir / DEMO_FOLDER
    return settings.replace(storage=dataclasses.replace(settings.storage, path=str(folder)))


def _seed_demo_pins(vault: PinVault, store: Store) -> None:
    """Demo PINs, when the database takes them; on a full or read-only folder a message, no traceback."""
    try:
        if not store.flush(DEMO_PIN_WAIT_S):
            raise RuntimeError(store.health.problem or "the database does not answer")
        for role, pin in DEMO_PINS.items():
            vault.set_pin(role, pin)
    except RuntimeError as exc:
        print(f"Demo PINs not set: {exc}. The staff menu stays closed until the data folder can be written.",
              file=sys.stderr)
        return
    print(
        f"Demo station: staff PIN {DEMO_PINS['staff']}, educator PIN {DEMO_PINS['educator']} "
        "(five taps in the top-left corner open the PIN pad)."
    )


def _fill_demo_history(store: Store, settings: Settings) -> None:
    """Before the journal counts ids: demo history for this station if the database has no visits."""
    try:
        from kiosk.stats.demo import ensure_demo_history
    except ModuleNotFoundError:
        return  # the statistics part is not installed
    try:
        summary = ensure_demo_history(store, settings)
    except Exception as exc:  # a demo without history is still a demo
        log.warning("could not write demo history: %s", exc)
        return
    if summary is not None:
        print(f"Demo history for station {settings.station.id}: {summary.describe()}.")


def collect_garbage_again() -> None:
    """End the start's pause of the garbage collector (if it is paused). What the start made lives
    as long as the kiosk: frozen (kept out of the collector's walks), so that a later full
    collection does not walk the whole of Qt's and the kiosk's modules in the middle of a frame."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _exhibit_fault(window: KioskWindow, exc: BaseException, tb: object) -> bool:
    if window.made("host") is not None and window.host.owns(tb):  # no host made: no exhibit ran
        window.host.fault(exc)
        return True
    return False


def run(settings: Settings, *, windowed: bool = False, demo: bool = False, size: tuple[int, int] | None = None,
        freeze_after_s: float | None = None, after_first_paint: Callable[[], None] | None = None,
        after_ready: Callable[[], None] | None = None) -> int:
    """Run the kiosk until staff exit it or the process is asked to stop (SIGTERM, SIGINT).

    The first frame is the attract loop alone. Once it is on screen (``after_first_paint`` is
    called then), the log file and the station's records open (touches count from then), the
    screens one touch away are made, and on the next turns of the event loop
    the staff screens, sync and hub are plugged in; then ``after_ready`` is called
    (benchmarks/startup.py times both and stops at the second).
    """
    app = application()
    stops = StopSignals(app).install()  # before the build: a stop during a long start still counts
    if demo:
        settings = demo_settings(settings)
        print(f"Demo station: its data is kept apart from the station's, in {settings.data_dir}.")
    full_screen = settings.ui.fullscreen and not windowed
    screen = app.primaryScreen()
    shown_size = (screen.size().width(), screen.size().height()) if full_screen and screen else size or (1600, 900)
    kiosk = build_kiosk(settings, demo=demo, demo_history=demo, size=shown_size, staff_parts_later=True,
                        screens_later=True, records_later=True)
    window = kiosk.window
    #: Made with the first frame: systemd hears "ready" when the kiosk is on screen.
    watchdogs: list[Watchdog] = []

    def finish_start() -> None:
        """What waits for the first frame, for its speed: the log file (kiosk.cli.main), the
        station's records (touches count from here) and the watchdog. Run once."""
        if watchdogs:
            return
        watchdogs.append(Watchdog(parent=window))
        open_log_file()
        try:
            kiosk.open_records()
        except Exception:  # as when the build failed: the kiosk stops and `kiosk run` reports it
            kiosk.request_stop()
            return
        watchdogs[0].start(f"station {settings.station.id} ready")

    def first_frame_shown() -> None:
        collect_garbage_again()
        if after_first_paint is not None:
            after_first_paint()
        finish_start()
        if kiosk.records_error is not None:
            return
        # One step per turn of the event loop, so that a touch is answered between them (a touch
        # that comes first makes what it needs itself).
        QTimer.singleShot(0, window, screens)

    def screens() -> None:
        window.build_screens()
        QTimer.singleShot(0, window, staff_parts)

    def staff_parts() -> None:
        if kiosk.install_staff_parts is not None:
            kiosk.install_staff_parts()
        # The exhibits' code, imported while the attract loop waits: a first tap as quick as the next.
        from kiosk.ui.prepare import ExhibitPreparer

        ExhibitPreparer(window, window.offered_entries(), idle=lambda: window.current_screen() == "attract").start()
        log.info("ready for visitors: every screen made, staff screens plugged in")
        if after_ready is not None:
            after_ready()

    FirstPaint(app, then=first_frame_shown)
    # `kiosk run` pauses the garbage collector for the start (kiosk.cli.main): it runs again from
    # the first frame, or after a while in any case (a window never painted must not keep it, or
    # the rest of the start, off).
    start_limit = QTimer(window)  # the window's: it ends with the kiosk, never acts after run()
    start_limit.setSingleShot(True)
    start_limit.timeout.connect(collect_garbage_again)
    start_limit.timeout.connect(finish_start)
    start_limit.start(GC_PAUSE_LIMIT_MS)
    window.exit_requested.connect(kiosk.app.quit)
    stops.requested.connect(lambda _signum: kiosk.request_stop())
    if freeze_after_s is not None:
        log.warning("watchdog drill: the UI will freeze for 60 s after %.1f s", freeze_after_s)
        QTimer.singleShot(round(freeze_after_s * 1000), lambda: Watchdog.freeze(60))
    if settings.ui.hide_cursor and not windowed:
        kiosk.app.setOverrideCursor(Qt.CursorShape.BlankCursor)
    if full_screen:
        window.show_full_screen()
    else:
        window.resize(*shown_size)
        window.show()
    try:
        code = kiosk.app.exec()
    finally:
        start_limit.stop()
        for watchdog in watchdogs:
            watchdog.stop()
        kiosk.close()
        stops.uninstall()
    if kiosk.records_error is not None:
        raise kiosk.records_error
    if kiosk.unsaved_writes:
        # logged, not printed: the log file keeps it, and a console that went away costs nothing
        log.error("Not everything was saved: %s.", kiosk.unsaved_writes)
        return code or EXIT_UNSAVED
    return code
