"""Camera activities for exhibits: the CameraExhibit base (DESIGN.md section 8).

An exhibit asks its context for ``camera()``, gives the feed a processor (frame -> result, run
on the worker thread) and listens to ``frame_ready``; ``CameraView`` paints the picture. The
parts live in their own modules and are named here too, as the exhibit API has always named
them: the Qt-free picture fitting in kiosk.camera.view_fit, the feed in camera_feed, the
camera-in-use signal in camera_activity, the view in camera_view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.camera.view_fit import ViewFit, display_array, fill_crop, fit_to_view
from kiosk.exhibit.base import CameraUnavailable, ExhibitContext, ExhibitWidget
from kiosk.exhibit.camera_feed import CameraFeed, CameraFrame, Compositor, image_from_array, make_camera_provider
from kiosk.exhibit.camera_in_use import CameraActivity, camera_activity
from kiosk.exhibit.camera_view import CameraView

__all__ = [
    "CameraActivity",
    "CameraExhibit",
    "CameraFeed",
    "CameraFrame",
    "CameraView",
    "Compositor",
    "ViewFit",
    "camera_activity",
    "display_array",
    "fill_crop",
    "fit_to_view",
    "image_from_array",
    "make_camera_provider",
]


class CameraExhibit(ExhibitWidget):
    """Base of the camera activities: the feed opens on start(), pauses and resumes with the
    exhibit, and is released on stop().

    A subclass calls ``place_view_and_panel(view)`` (or sets ``self.view`` itself) in
    ``__init__`` and provides ``frame_processor()`` (the function the camera worker runs on
    every frame), optionally ``frame_compositor()`` (draws into the shown picture, on the
    pipeline's second thread, beside the next frame's processing) and ``on_camera_frame(frame)``
    (called on the UI thread with each processed frame).
    """

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.feed: CameraFeed | None = None
        self.view: CameraView
        #: The usual layout: the camera view and a side panel in one box (set by the subclass);
        #: side by side in landscape, stacked in portrait (see resizeEvent).
        self.box: QBoxLayout | None = None
        self._portrait: bool | None = None

    def place_view_and_panel(self, view: CameraView, spacing: float = 14) -> QVBoxLayout:
        """The usual layout: the camera view beside a side panel (below it in portrait).

        Sets ``self.view``, ``self.panel`` (a Card) and ``self.box``; returns the panel's
        column, for the exhibit to fill.
        """
        from kiosk.exhibit.kit import Card

        theme = self.context.theme
        self.view = view
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.panel = Card()
        column = QVBoxLayout(self.panel)
        margin = theme.px(24)
        column.setContentsMargins(margin, margin, margin, margin)
        column.setSpacing(theme.px(spacing))
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(theme.px(16))
        self.box.addWidget(view, 7)
        self.box.addWidget(self.panel, 3)
        return column

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self.box is not None:
            portrait = self.height() > self.width()
            # On a tall screen a wide camera picture would lose its sides: keep the view at most 4:3.
            self.view.setMaximumHeight(round(self.width() * 3 / 4) if portrait else 16_777_215)
            if portrait != self._portrait:
                self._portrait = portrait
                self.arrange_for_orientation(portrait)
        super().resizeEvent(event)

    def arrange_for_orientation(self, portrait: bool) -> None:
        """The view beside the panel in landscape, above it in portrait; called when the
        orientation or the theme changes. An exhibit that lays out more in its panel overrides it
        and calls super()."""
        assert self.box is not None
        self.box.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        if portrait:
            view_share, panel_share = 6, 4
        elif self.context.theme.large_text:
            view_share, panel_share = 3, 2  # texts 1.3 times larger need a wider panel, not a taller one
        else:
            view_share, panel_share = 7, 3
        self.box.setStretch(0, view_share)
        self.box.setStretch(1, panel_share)

    def apply_theme(self) -> None:
        if self.box is not None and self._portrait is not None:
            self.arrange_for_orientation(self._portrait)  # large text widens the panel
        super().apply_theme()

    def frame_processor(self) -> Callable[[Any], Any] | None:
        return None

    def frame_compositor(self) -> Compositor | None:
        """Optional: draws the exhibit's pictures into each shown image off the UI thread (on
        the camera pipeline's second thread, after the fit; see CameraFeed.set_compositor)."""
        return None

    def on_camera_frame(self, frame: CameraFrame) -> None:
        """A processed frame has arrived (UI thread)."""

    def start(self) -> None:
        super().start()
        if self.feed is None:
            try:
                self.feed = self.context.camera()
            except CameraUnavailable:
                self.view.set_unavailable(True)
                return
            self.feed.set_processor(self.frame_processor())
            self.feed.set_compositor(self.frame_compositor())
            self.feed.frame_ready.connect(self.on_camera_frame)
            self.view.attach(self.feed)
        self.feed.start()

    def stop(self) -> None:
        if self.feed is not None:
            self.feed.stop()
        super().stop()

    def pause(self) -> None:
        super().pause()
        if self.feed is not None:
            self.feed.pause()

    def resume(self) -> None:
        super().resume()
        if self.feed is not None:
            self.feed.resume()
