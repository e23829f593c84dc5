"""The exhibit contract (DESIGN.md section 3): the context an exhibit is given, and its base widget."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.clock import SYSTEM_CLOCK, Clock
from kiosk.exhibit.kit import ThemedMixin, place_panel
from kiosk.exhibit.theme import Theme, current_theme
from kiosk.exhibit.timing import ClockTimer
from kiosk.exhibit.translator import locale_for
from kiosk.manifest import Manifest


class CameraUnavailable(RuntimeError):
    """No frame source can be given to the exhibit (no camera and no demo source)."""


class ExhibitContext(QObject):
    """What the kiosk gives an exhibit: language, recording, completion, idle hold, camera, assets.

    The exhibit host creates one per run and listens to its signals; exhibits only call it.
    ``clock`` is the kiosk's clock: animations follow it (a manual clock under the monkey).
    """

    language_changed = Signal(str)
    interaction_recorded = Signal(str, object)
    completed = Signal(object)  # score or None
    keep_awake_changed = Signal(bool)

    def __init__(self, manifest: Manifest, language: str = "en",
                 camera_provider: Callable[[], Any] | None = None,
                 parent: QObject | None = None, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__(parent)
        self.manifest = manifest
        self.clock = clock
        self._language = language
        self._camera_provider = camera_provider
        self.interactions = 0
        self.completions = 0
        self.last_score: float | None = None
        self.awake_held = False
        self.started_monotonic = clock.monotonic()
        self._camera_feeds: list[Any] = []  # every CameraFeed handed out, for release_cameras()

    # -- language ----------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        """Called by the kiosk; exhibits re-translate on LanguageChange or this signal."""
        if language != self._language:
            self._language = language
            self.language_changed.emit(language)

    def locale(self) -> QLocale:
        return locale_for(self._language)

    def format_number(self, value: float, decimals: int = 0, unit: str = "") -> str:
        """A number written the local way (decimal comma in lv and ru), with an optional unit."""
        text = self.locale().toString(float(value), "f", decimals)
        return f"{text}\N{NO-BREAK SPACE}{unit}" if unit else text

    def text(self, table: str) -> str:
        """A manifest text (title, summary, instruction, learning_goal) in the current language."""
        return self.manifest.text(table, self._language)

    # -- what the visitor does ---------------------------------------------------------------

    def record(self, name: str, value: Any = None) -> None:
        """Record one meaningful interaction (a launch, a changed setting, a placed part)."""
        self.interactions += 1
        self.interaction_recorded.emit(name, value)

    def complete(self, score: float | None = None) -> None:
        """The visitor reached a goal; the kiosk celebrates and records the run as completed."""
        self.completions += 1
        self.last_score = score
        self.completed.emit(score)

    def keep_awake(self, on: bool) -> None:
        """Hold (True) or release (False) the idle timer, e.g. during a long experiment."""
        if on != self.awake_held:
            self.awake_held = on
            self.keep_awake_changed.emit(on)

    # -- resources ---------------------------------------------------------------------------

    @property
    def theme(self) -> Theme:
        return current_theme()

    @property
    def assets(self) -> Path:
        return self.manifest.assets

    def camera(self) -> Any:
        """The camera feed of this run (a kiosk.exhibit.CameraFeed, started by the exhibit).

        One feed per run: asking again returns the same feed. The kiosk releases it with
        release_cameras() after the exhibit stops. Raises CameraUnavailable without a camera setup.
        """
        if self._camera_feeds:
            return self._camera_feeds[0]
        if self._camera_provider is None:
            raise CameraUnavailable("this kiosk has no camera configured")
        feed = self._camera_provider()
        self._camera_feeds.append(feed)
        return feed

    def release_cameras(self) -> None:
        """Stop every camera feed handed out, releasing the camera (the host calls it after stop())."""
        for feed in self._camera_feeds:
            feed.stop()


class ExhibitWidget(ThemedMixin, QWidget):
    """Base class of every exhibit's widget.

    Override ``retranslate()`` to set visible texts (called at creation by the host and on every
    language change), ``apply_theme()`` for colours and sizes, and the lifecycle methods.
    The host calls ``start()`` once shown, ``pause()``/``resume()`` around overlays, and
    ``stop()`` when the visitor leaves. Every run gets a new widget, so the next visitor always
    starts from a fresh one; after stop() the kiosk stops the widget's timers and deletes it.
    """

    #: Animation rate of the frame timer; 60 matches the stations' displays.
    frame_rate_hz = 60
    #: A side panel, declared: with ``panel_side_share`` set, the base places ``self.panel`` (the
    #: last widget of the widget's QBoxLayout) beside the scene on a wide screen, taking that
    #: share of the width and at least ``panel_min_side_px`` design pixels, and below it on a
    #: tall one, taking ``panel_below_share`` of the height (None: its own height); see
    #: kit.place_panel. It does so at every resize; call arrange_panel() after a theme change.
    panel_side_share: float | None = None
    panel_min_side_px: float = 0
    panel_below_share: float | None = None
    panel: QWidget  # set by an exhibit that declares a side panel
    stage: QWidget  # set by lay_out_stage

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"exhibit:{context.manifest.id}")
        self._frame_timer = ClockTimer(
            context.clock, self, interval_ms=round(1000 / self.frame_rate_hz), precise=True
        )
        self._frame_timer.timeout.connect(self._frame_tick)
        self._last_frame_s = 0.0

    # animation -------------------------------------------------------------------------------
    def advance(self, dt_s: float) -> None:
        """One animation step of dt_s seconds: step the model, then update() to repaint.

        The frame timer calls it while running; tests and benchmarks call it directly.
        """

    def start_frames(self) -> None:
        """Start calling advance() at the display's frame rate."""
        self._last_frame_s = self.context.clock.monotonic()
        self._frame_timer.start()

    def stop_frames(self) -> None:
        self._frame_timer.stop()

    @property
    def frames_running(self) -> bool:
        return self._frame_timer.isActive()

    def _frame_tick(self) -> None:
        now_s = self.context.clock.monotonic()
        dt_s = min(0.1, now_s - self._last_frame_s)  # a stall must not explode the physics
        self._last_frame_s = now_s
        self.advance(dt_s)

    # lifecycle -------------------------------------------------------------------------------
    def start(self) -> None:
        """The exhibit is on screen: start timers and animations (by default the frame timer)."""
        self.start_frames()

    def pause(self) -> None:
        """An overlay covers the exhibit: stop animations (keep the state)."""
        self.stop_frames()

    def resume(self) -> None:
        """The overlay is gone: continue."""
        self.start_frames()

    def stop(self) -> None:
        """The visitor left: stop timers, release the camera and other resources."""
        self.stop_frames()

    def reset(self) -> None:
        """Not called by the kiosk (each run gets a new widget); an exhibit may use it for its own
        "start over" button. Kept so that exhibits that override it go on working."""

    # layout ----------------------------------------------------------------------------------
    def lay_out_stage(self, *scene: tuple[QWidget, int]) -> QBoxLayout:
        """The usual layout of an exhibit with a declared side panel: ``self.stage``, a column of
        the scene's widgets (each given with its stretch factor), then ``self.panel`` (built
        first), in one box layout of this widget, which arrange_panel turns with the screen.

        Stacked until the first real size is known: side by side at Qt's default size would ask
        for more width than a portrait screen has. The panel takes the height it is given (it
        hides extras to fit, see fit_in_height): its own minimum must not make the exhibit taller
        than the screen. Set the stage's spacing in apply_theme.
        """
        self.stage = QWidget()
        column = QVBoxLayout(self.stage)
        column.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in scene:
            column.addWidget(widget, stretch)
        layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage, 1)
        layout.addWidget(self.panel)
        self.panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        return layout

    def arrange_panel(self) -> None:
        """Place the declared side panel for the current size; an exhibit that lays out more
        (a palette, cards in a grid) overrides it and calls super()."""
        if self.panel_side_share is None or not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
            return  # nothing declared, or no real size yet (Qt's default size would mislead)
        layout = self.layout()
        if not isinstance(layout, QBoxLayout):
            raise TypeError(f"{type(self).__name__} declares a side panel but its layout is not a QBoxLayout")
        place_panel(layout, self.panel, self, side_share=self.panel_side_share,
                    min_side_px=self.panel_min_side_px, below_share=self.panel_below_share)
        # The layout placed the children before this resize changed the panel's size: place
        # them again now rather than leave one frame (or a grab) with the old split.
        layout.activate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.arrange_panel()
        super().resizeEvent(event)

    # appearance ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every visible text with self.tr(); called again on each language change."""

    def apply_theme(self) -> None:
        """Follow a theme change (high contrast, large text, scale); repaints by default."""
        self.update()
