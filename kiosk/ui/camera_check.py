"""Staff screen "Camera check": the live picture and the camera pipeline's figures.

Staff open it from the staff menu to see at a glance whether the station's camera works: what
it shows, frames per second, the worker's time per frame, the delay from capture to screen and
the frames dropped. The camera is opened when the screen opens and released when it closes;
nothing is stored. OpenCV loads only when the screen is first opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRect, QSize, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.exhibit.kit import ThemedLabel, TouchButton, layout_of
from kiosk.exhibit.theme import current_theme
from kiosk.exhibit.translator import locale_for
from kiosk.ui.staff import StaffAction
from kiosk.ui.widgets import FigureTile, Overlay

REFRESH_MS = 500


def install(window: Any) -> None:
    """Add "Camera check" to the staff menu."""
    check = CameraCheck(window)
    window.camera_check = check
    window.staff_menu.add_action(StaffAction("camera", check.action_text, check.open_check, roles=("staff",)))


class _PictureBox(QWidget):
    """Holds the camera view at 16:9 (the whole picture, uncropped), as wide as the card allows."""

    def __init__(self, relayout: Callable[[], None]) -> None:
        super().__init__()
        self._relayout = relayout
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(800), theme.px(450))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = round(self.width() * 9 / 16)
        if height != self.height():
            self.setFixedHeight(height)
            QTimer.singleShot(0, self._relayout)  # the card grows or shrinks with the picture
        layout_of(self).setGeometry(QRect(0, 0, self.width(), height))


class CameraCheck(Overlay):
    """The picture beside the live figures, refreshed twice a second."""

    def __init__(self, window: Any) -> None:
        super().__init__(window, card_width=1500)
        self.setObjectName("camera-check")
        self.kiosk_window = window
        self.feed: Any = None
        self.view: Any = None
        self.title = ThemedLabel(size=40, bold=True)
        self.headline = ThemedLabel(size=28, bold=True, accent=True)
        self.picture = _PictureBox(self.relayout)
        self.tiles = {key: FigureTile(key) for key in ("fps", "processing", "delay", "dropped")}
        self.source = ThemedLabel(size=22, muted=True)
        self.privacy = ThemedLabel(size=22, muted=True)
        self.back_button = TouchButton(primary=True)
        self.back_button.setObjectName("camera-check:back")
        self.back_button.clicked.connect(self.close_overlay)

        self.figures = QGridLayout()
        side = QWidget()
        side_layout = QGridLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addLayout(self.figures, 0, 0)
        side_layout.addWidget(self.source, 1, 0)
        side_layout.setRowStretch(2, 1)
        #: The picture beside the figures on a wide screen, above them on a tall one.
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addWidget(self.picture, 3)
        self.body.addWidget(side, 2)
        self._portrait: bool | None = None
        self._arrange(portrait=False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        self.card_layout.addWidget(self.title)
        self.card_layout.addWidget(self.headline)
        self.card_layout.addLayout(self.body)
        self.card_layout.addWidget(self.privacy)
        self.card_layout.addLayout(buttons)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.retranslate()

    def _arrange(self, portrait: bool) -> None:
        """Beside the picture the figures stand two by two; below it (portrait) in one row, and
        the picture takes the card's whole width."""
        self._portrait = portrait
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        columns = 4 if portrait else 2
        for index, tile in enumerate(self.tiles.values()):
            self.figures.addWidget(tile, index // columns, index % columns)
        for column in range(4):
            self.figures.setColumnStretch(column, 1)  # tiles of one width, whatever their captions

    def resizeEvent(self, event: QResizeEvent | None) -> None:
        portrait = self.height() > self.width()
        if portrait != self._portrait:
            self._arrange(portrait)
        super().resizeEvent(event)

    def action_text(self) -> str:
        return self.tr("Camera check")

    # -- opening and closing ---------------------------------------------------------------------

    def open_check(self) -> None:
        """From the staff menu: open the camera and show it (unless an activity is using it)."""
        provider = self.kiosk_window.services.camera_provider
        if provider is None:
            self.kiosk_window.staff_menu.show_info(self.tr("This station has no camera support installed."))
            return
        from kiosk.exhibit.camera import CameraView, camera_activity

        if camera_activity().in_use:
            self.kiosk_window.staff_menu.show_info(
                self.tr("A camera activity is using the camera. Go back to Home, then check the camera."))
            return
        self.kiosk_window.staff_menu.close_overlay()
        if self.view is None:
            self.view = CameraView()
            self.view.setObjectName("camera-check:view")
            layout_of(self.picture).addWidget(self.view)
        self.feed = provider()
        self.view.attach(self.feed)
        self.feed.status_changed.connect(self.refresh)
        self.feed.start()
        self.retranslate()
        self.open()
        self.refresh_timer.start()

    def close_overlay(self) -> None:
        self.refresh_timer.stop()
        feed, self.feed = self.feed, None
        if feed is not None:
            feed.stop()  # the camera is released before the screen goes
            if self.view is not None:
                self.view.attach(None)
                self.view.clear()
            feed.deleteLater()
        super().close_overlay()

    # -- figures ---------------------------------------------------------------------------------

    def headline_text(self) -> str:
        """What staff need to know first: does the camera work?"""
        if self.feed is None or self.view is None:
            return ""
        status = self.feed.status
        if status == "live":
            return self.tr("The camera works.")
        if status == "demo":
            return self.tr("No camera is set up: the activities show the demo video.")
        return self.view.message() or self.tr("Starting the camera…")

    def refresh(self, *_: object) -> None:
        if self.feed is None:
            return
        stats = self.feed.stats
        local = locale_for(self.kiosk_window.language)
        values = {
            "fps": local.toString(float(stats.capture_fps), "f", 1),
            "processing": local.toString(float(stats.processing_ms), "f", 1),
            "delay": local.toString(float(stats.latency_ms), "f", 0),
            "dropped": str(stats.dropped_frames),
        }
        for key, value in values.items():
            self.tiles[key].number.setText(value)
        settings = self.kiosk_window.services.settings.camera
        texts = (self.headline_text(),
                 self.tr("Showing: %1\nSetting: source = %2, %3 × %4 at %5 frames a second")
                 .replace("%1", stats.source or "–").replace("%2", settings.source)
                 .replace("%3", str(settings.width)).replace("%4", str(settings.height))
                 .replace("%5", str(settings.fps)))
        if texts != (self.headline.text(), self.source.text()):
            self.headline.setText(texts[0])
            self.source.setText(texts[1])
            # The card is sized to its content only when told: a longer headline (the camera has
            # started) would otherwise squeeze the figure tiles below it and cut their numbers.
            self.relayout()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Camera check"))
        self.tiles["fps"].caption.setText(self.tr("frames per second"))
        self.tiles["processing"].caption.setText(self.tr("ms of work per frame"))
        self.tiles["delay"].caption.setText(self.tr("ms from camera to screen"))
        self.tiles["dropped"].caption.setText(self.tr("frames skipped"))
        self.privacy.setText(self.tr("The picture is only shown here: it is never saved or sent."))
        self.back_button.setText(self.tr("Back"))
        self.refresh()
        self.relayout()
