"""Camera access for exhibits: a Qt feed around the camera pipeline, and a view that paints it.

An exhibit asks its context for ``camera()``, gives the feed a processor (frame -> result, run
on the worker thread) and listens to ``frame_ready``; ``CameraView`` paints the picture. Frames
reach the UI thread through one queued signal that is never sent again before the UI took the
last one, so a slow UI sees fewer frames instead of a growing backlog. OpenCV and the camera
core are imported only when a feed is created, never by the home screen.

The UI thread only copies pixels: the worker crops, scales and mirrors each picture to the
view's size (``ViewFit``), and an exhibit's compositor draws its pictures into it there too,
so a paint is one unscaled image plus a few labels, whatever the activity.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QFont, QImage, QPainter, QPaintEvent, QResizeEvent, QTransform
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.exhibit.base import CameraUnavailable, ExhibitContext, ExhibitWidget
from kiosk.exhibit.theme import current_theme

if TYPE_CHECKING:
    import numpy as np

    from kiosk.camera.pipeline import CameraPipeline, FrameResult, PipelineStats
    from kiosk.camera.sources import FrameSource
    from kiosk.config import CameraSettings


_LITTLE_ENDIAN = sys.byteorder == "little"


def image_from_array(array: np.ndarray) -> QImage:
    """Wrap a uint8 image (grey HxW, BGR HxWx3 or BGRA HxWx4) as a QImage without copying.

    The QImage refers to the array's memory and keeps a reference to it; BGRA (alpha 255) is the
    layout Qt paints fastest (Format_RGB32 on little-endian machines).
    """
    if array.dtype.name != "uint8" or not array.flags["C_CONTIGUOUS"]:
        raise ValueError("image_from_array needs a C-contiguous uint8 array")
    height, width = array.shape[:2]
    channels = 1 if array.ndim == 2 else array.shape[2]
    if channels == 1:
        fmt = QImage.Format.Format_Grayscale8
    elif channels == 3:
        fmt = QImage.Format.Format_BGR888
    elif channels == 4 and _LITTLE_ENDIAN:
        fmt = QImage.Format.Format_RGB32
    else:
        raise ValueError(f"cannot show an image with shape {array.shape}")
    image = QImage(array.data, width, height, array.strides[0], fmt)
    image._array = array  # type: ignore[attr-defined]  # the pixels must outlive the QImage
    return image


def display_array(array: np.ndarray) -> np.ndarray:
    """The array in the layout QPainter draws fastest (BGRA); run it on the worker thread."""
    import cv2

    if array.ndim == 2:
        return cv2.cvtColor(array, cv2.COLOR_GRAY2BGRA)
    if array.shape[2] == 3 and _LITTLE_ENDIAN:
        return cv2.cvtColor(array, cv2.COLOR_BGR2BGRA)
    return array


@dataclass(frozen=True)
class ViewFit:
    """How a view shows pictures: its size in device pixels, mirrored, smooth or blocky scaling."""

    width: int
    height: int
    mirror: bool
    smooth: bool = True


def fill_crop(width: int, height: int, view_width: float, view_height: float) -> tuple[int, int, int, int]:
    """The part (left, top, right, bottom) of a width x height picture that fills a view of
    this shape when scaled up or down (aspect-fill: cropped, not stretched), in whole pixels."""
    scale = max(view_width / width, view_height / height)
    crop_w, crop_h = view_width / scale, view_height / scale
    left, top = round((width - crop_w) / 2), round((height - crop_h) / 2)
    return left, top, min(width, left + max(1, round(crop_w))), min(height, top + max(1, round(crop_h)))


def fit_to_view(picture: np.ndarray, fit: ViewFit) -> tuple[np.ndarray, np.ndarray]:
    """The picture cropped to fill the view (aspect-fill), scaled, mirrored, as BGRA.

    Returns the new array and the 3x3 matrix taking picture pixels to its pixels. Runs on the
    camera worker: OpenCV lets other threads run while it works, so the UI never waits for it.
    """
    import cv2
    import numpy as np

    height, width = picture.shape[:2]
    left, top, right, bottom = fill_crop(width, height, fit.width, fit.height)
    interpolation = cv2.INTER_LINEAR if fit.smooth else cv2.INTER_NEAREST
    fitted = cv2.resize(picture[top:bottom, left:right], (fit.width, fit.height), interpolation=interpolation)
    if fit.mirror:
        fitted = cv2.flip(fitted, 1)
    fitted = display_array(fitted)
    scale_x, scale_y = fit.width / (right - left), fit.height / (bottom - top)
    to_view = np.array([[scale_x, 0.0, -left * scale_x], [0.0, scale_y, -top * scale_y], [0.0, 0.0, 1.0]])
    if fit.mirror:
        to_view = np.array([[-1.0, 0.0, fit.width], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]) @ to_view
    return fitted, to_view


#: A compositor draws an exhibit's pictures into the shown image on the camera worker:
#: (processor result, BGRA image to draw into, 3x3 matrix from frame pixels to its pixels).
Compositor = Callable[[Any, "np.ndarray", "np.ndarray"], None]


@dataclass
class _Processed:
    result: Any
    display: np.ndarray
    fit: ViewFit | None = None


class CameraFrame:
    """One frame on the UI thread: the captured array, the processor's result, a ready QImage.

    ``image`` shows the result's ``display`` array if the processor returned an object with one
    (a filtered picture), else the captured frame. Keep the CameraFrame while painting its image.
    """

    __slots__ = ("_image", "display", "fit", "packed")

    def __init__(self, packed: FrameResult) -> None:
        self.packed = packed
        processed = packed.result
        self.display: np.ndarray = processed.display if isinstance(processed, _Processed) else packed.frame
        #: The view geometry ``display`` was made for on the worker (None: the view scales it).
        self.fit: ViewFit | None = processed.fit if isinstance(processed, _Processed) else None
        self._image: QImage | None = None

    @property
    def frame(self) -> np.ndarray:
        """The captured BGR frame (not mirrored)."""
        return self.packed.frame

    @property
    def result(self) -> Any:
        processed = self.packed.result
        return processed.result if isinstance(processed, _Processed) else processed

    @property
    def index(self) -> int:
        return self.packed.index

    @property
    def is_demo(self) -> bool:
        return self.packed.is_demo

    @property
    def error(self) -> str | None:
        return self.packed.error

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) of the captured frame: the coordinate space of results."""
        return self.packed.frame.shape[1], self.packed.frame.shape[0]

    @property
    def image(self) -> QImage:
        if self._image is None:
            self._image = image_from_array(self.display)
        return self._image


class CameraActivity(QObject):
    """Whether any camera feed is running: the host shows its camera indicator from this."""

    in_use_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self._running: set[int] = set()

    @property
    def in_use(self) -> bool:
        return bool(self._running)

    def _set(self, feed: CameraFeed, running: bool) -> None:
        before = self.in_use
        if running:
            self._running.add(id(feed))
        else:
            self._running.discard(id(feed))
        if self.in_use != before:
            self.in_use_changed.emit(self.in_use)


_activity: CameraActivity | None = None


def camera_activity() -> CameraActivity:
    """The process-wide camera-in-use signal (``in_use_changed(bool)``, ``in_use``)."""
    global _activity
    if _activity is None:
        _activity = CameraActivity()
    return _activity


class CameraFeed(QObject):
    """A camera pipeline for one exhibit, delivering the newest processed frame on the UI thread.

    ``frame_ready(CameraFrame)`` carries each delivered frame; ``status_changed(str)`` says
    "live", "demo", "no camera", "camera lost", ... (see kiosk.camera.pipeline); ``started`` and
    ``stopped`` follow the camera being opened and released.
    """

    frame_ready = Signal(object)
    started = Signal()
    stopped = Signal()
    status_changed = Signal(str)
    processing_failed = Signal(str)
    _result_waiting = Signal()
    _status_from_worker = Signal(str)

    def __init__(self, source: FrameSource, *, fallback: Callable[[], FrameSource] | None = None,
                 quiet_fallback: bool = False, mirror: bool = True, retry_interval_s: float = 3.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        from kiosk.camera.pipeline import STARTING, CameraPipeline

        self.mirror = mirror
        self._processor: Callable[[np.ndarray], Any] | None = None
        self._compositor: Compositor | None = None
        self._fit: ViewFit | None = None
        self._pending = False
        self._pending_lock = threading.Lock()
        self._status = STARTING
        self._latest: CameraFrame | None = None
        self._last_error: str | None = None
        self._pipeline: CameraPipeline = CameraPipeline(
            source, self._process, fallback=fallback, on_result=self._wake, on_status=self._status_from_worker.emit,
            retry_interval_s=retry_interval_s, quiet_fallback=quiet_fallback, name="camera",
        )
        self._result_waiting.connect(self._take_result, Qt.ConnectionType.QueuedConnection)
        self._status_from_worker.connect(self._apply_status, Qt.ConnectionType.QueuedConnection)

    @classmethod
    def from_settings(cls, settings: CameraSettings, parent: QObject | None = None) -> CameraFeed:
        """A feed for the ``[camera]`` settings (SourceSpecError for a bad ``source``)."""
        from kiosk.camera.sources import plan_for_spec

        plan = plan_for_spec(settings.source, settings.width, settings.height, settings.fps)
        return cls(plan.primary, fallback=plan.fallback, quiet_fallback=plan.quiet_fallback,
                   mirror=settings.mirror, parent=parent)

    # control ---------------------------------------------------------------------------------

    def set_processor(self, processor: Callable[[np.ndarray], Any] | None) -> None:
        """What to compute for each frame, on the worker thread (frame -> result).

        If the result has a ``display`` attribute (a uint8 image the size of the frame or any
        size), the view shows it instead of the captured frame.
        """
        self._processor = processor

    def set_compositor(self, compositor: Compositor | None) -> None:
        """What to draw into each shown picture, on the worker thread, after it was fitted.

        ``compositor(result, image, frame_to_image)`` draws in place into ``image`` (BGRA);
        ``frame_to_image`` is the 3x3 matrix taking frame pixels (the processor's coordinates)
        to the image's pixels, crop and mirror included.
        """
        self._compositor = compositor

    def set_view_fit(self, fit: ViewFit | None) -> None:
        """Prepare pictures for a view of this geometry on the worker (None: the view scales them)."""
        self._fit = fit

    def start(self) -> None:
        """Open the camera (on the worker thread) and start delivering frames."""
        if self._pipeline.running:
            return
        self._pipeline.start()
        camera_activity()._set(self, True)
        self.started.emit()

    def stop(self) -> None:
        """Stop and release the camera; waits for the worker (at most a few seconds)."""
        was_running = self._pipeline.running
        self._pipeline.stop()
        with self._pending_lock:
            self._pending = False
        camera_activity()._set(self, False)
        if was_running:
            self.stopped.emit()

    def pause(self) -> None:
        """Stop processing while an overlay covers the exhibit (the camera stays open)."""
        self._pipeline.pause()

    def resume(self) -> None:
        self._pipeline.resume()

    # state -----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._pipeline.running

    @property
    def camera_open(self) -> bool:
        """Whether the camera (or file) is held open right now; False after stop()."""
        return self._pipeline.sources_open

    @property
    def status(self) -> str:
        return self._status

    @property
    def is_demo(self) -> bool:
        return self._latest.is_demo if self._latest is not None else self._pipeline.is_demo

    @property
    def stats(self) -> PipelineStats:
        return self._pipeline.stats

    @property
    def latest(self) -> CameraFrame | None:
        """The last frame delivered to the UI thread."""
        return self._latest

    @property
    def pipeline(self) -> CameraPipeline:
        return self._pipeline

    def mark_displayed(self, frame: CameraFrame) -> None:
        """The view painted this frame (feeds the capture-to-display latency)."""
        self._pipeline.mark_displayed(frame.packed)

    # worker side -----------------------------------------------------------------------------

    def _process(self, frame: np.ndarray) -> _Processed:
        import numpy as np

        processor, compositor, fit = self._processor, self._compositor, self._fit
        result = processor(frame) if processor is not None else None
        shown = getattr(result, "display", None)
        picture = shown if shown is not None else frame
        if fit is not None:
            display, to_display = fit_to_view(picture, fit)
        else:
            display = display_array(picture)
            if compositor is not None and np.shares_memory(display, frame):
                display = display.copy()  # never draw into the captured frame
            to_display = np.eye(3)
        if compositor is not None:
            # Results are in frame pixels; a processed picture may be smaller than the frame.
            to_picture = np.diag([picture.shape[1] / frame.shape[1], picture.shape[0] / frame.shape[0], 1.0])
            compositor(result, display, to_display @ to_picture)
        return _Processed(result, display, fit)

    def _wake(self) -> None:
        with self._pending_lock:
            if self._pending:
                return  # the UI has not taken the last one yet; it will find the newest
            self._pending = True
        self._result_waiting.emit()

    # UI side ---------------------------------------------------------------------------------

    @Slot()
    def _take_result(self) -> None:
        with self._pending_lock:
            self._pending = False
        packed = self._pipeline.take_latest()
        if packed is None:
            return
        if packed.error is not None:
            if packed.error != self._last_error:
                self._last_error = packed.error
                self.processing_failed.emit(packed.error)
            if not isinstance(packed.result, _Processed):
                return
        self._latest = CameraFrame(packed)
        self.frame_ready.emit(self._latest)

    @Slot(str)
    def _apply_status(self, status: str) -> None:
        if status != self._status:
            self._status = status
            self.status_changed.emit(status)


def make_camera_provider(settings: CameraSettings) -> Callable[[], CameraFeed]:
    """The ``camera_provider`` the host gives each ExhibitContext; checks the source setting now."""
    from kiosk.camera.sources import parse_source_spec

    parse_source_spec(settings.source)  # a bad setting fails at start-up, with a clear message

    def provide() -> CameraFeed:
        return CameraFeed.from_settings(settings)

    return provide


class CameraView(QWidget):
    """Paints the newest camera picture, filling the widget (cropped, not stretched), mirrored.

    Labels a demo source "Demo video" and says kindly when the camera is missing or lost.
    Exhibits draw on top by overriding ``draw_overlay(painter)``; ``frame_transform()`` maps
    frame pixels (of results) to widget pixels, including the crop and the mirror.
    """

    def __init__(self, parent: QWidget | None = None, feed: CameraFeed | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._mirror = True
        self.frame: CameraFrame | None = None
        self.image: QImage | None = None
        self.status = ""
        self.unavailable = False
        self.show_labels = True
        self._smooth = True
        self._feed: CameraFeed | None = None
        if feed is not None:
            self.attach(feed)

    def attach(self, feed: CameraFeed | None) -> None:
        """Follow this feed (or none): its pictures, prepared for this view on the camera
        worker, its status messages and its mirroring."""
        if self._feed is not None:
            self._feed.frame_ready.disconnect(self.show_frame)
            self._feed.set_view_fit(None)
            self._feed.status_changed.disconnect(self._on_status)
        self._feed = feed
        if feed is not None:
            self.mirror = feed.mirror
            self.status = feed.status
            feed.frame_ready.connect(self.show_frame)
            feed.status_changed.connect(self._on_status)
        self._send_fit()
        self.update()

    @property
    def mirror(self) -> bool:
        """Show the picture mirrored, as visitors expect of a screen facing them."""
        return self._mirror

    @mirror.setter
    def mirror(self, mirror: bool) -> None:
        if mirror != self._mirror:
            self._mirror = mirror
            self._send_fit()
            self.update()

    @property
    def smooth(self) -> bool:
        """Smooth scaling; switch off to show big square pixels (e.g. a pixelated picture)."""
        return self._smooth

    @smooth.setter
    def smooth(self, smooth: bool) -> None:
        if smooth != self._smooth:
            self._smooth = smooth
            self._send_fit()
            self.update()

    def view_fit(self) -> ViewFit | None:
        """The geometry the worker prepares pictures for (None while the view has no size)."""
        ratio = self.devicePixelRatioF()
        width, height = round(self.width() * ratio), round(self.height() * ratio)
        if width < 2 or height < 2:
            return None
        return ViewFit(width, height, self.mirror, self._smooth)

    def _send_fit(self) -> None:
        if self._feed is not None:
            self._feed.set_view_fit(self.view_fit())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._send_fit()

    def set_unavailable(self, unavailable: bool) -> None:
        """No camera can be given at all: show the no-camera message instead of a picture."""
        self.unavailable = unavailable
        self.update()

    def clear(self) -> None:
        self.frame, self.image = None, None
        self.update()

    def show_frame(self, frame: CameraFrame, image: QImage | None = None) -> None:
        """Show a frame (its own image, or ``image``, e.g. a processed picture of any size)."""
        self.frame = frame
        self.image = image if image is not None else frame.image
        self.update()

    def _on_status(self, status: str) -> None:
        self.status = status
        self.update()

    # geometry --------------------------------------------------------------------------------

    def _crop(self, width: int, height: int) -> QRectF:
        """The part of a width x height picture that fills the widget (aspect-fill)."""
        left, top, right, bottom = fill_crop(width, height, max(1, self.width()), max(1, self.height()))
        return QRectF(left, top, right - left, bottom - top)

    def frame_transform(self, frame_size: tuple[int, int] | None = None) -> QTransform:
        """Frame pixel coordinates -> widget coordinates (crop, scale and mirror)."""
        if frame_size is None:
            frame_size = self.frame.size if self.frame is not None else (self.width(), self.height())
        width, height = frame_size
        crop = self._crop(width, height)
        transform = QTransform()
        if self.mirror:
            transform.translate(self.width(), 0)
            transform.scale(-1, 1)
        transform.scale(self.width() / crop.width(), self.height() / crop.height())
        transform.translate(-crop.left(), -crop.top())
        return transform

    def map_from_frame(self, x: float, y: float) -> QPointF:
        return self.frame_transform().map(QPointF(x, y))

    # painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        if self.image is not None and not self.unavailable and self._prepared_for_me():
            # Cropped, scaled and mirrored on the worker already: one plain copy.
            painter.drawImage(QRectF(self.rect()), self.image)
            self._feed.mark_displayed(self.frame)
        elif self.image is not None and not self.unavailable:
            self._send_fit()  # e.g. resized while hidden: the worker fits the next picture
            painter.fillRect(self.rect(), theme.color("background"))
            crop = self._crop(self.image.width(), self.image.height())
            painter.save()
            if self.mirror:
                painter.translate(self.width(), 0)
                painter.scale(-1, 1)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.smooth)
            painter.drawImage(QRectF(self.rect()), self.image, crop)
            painter.restore()
            if self._feed is not None and self.frame is not None:
                self._feed.mark_displayed(self.frame)
        else:
            painter.fillRect(self.rect(), theme.color("background"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.draw_overlay(painter)
        if self.show_labels:
            self._draw_labels(painter)
        painter.end()

    def _prepared_for_me(self) -> bool:
        """Whether the image is the frame's own, made on the worker for this view as it is now."""
        frame = self.frame
        return (frame is not None and frame.fit is not None and self._feed is not None
                and self.image is frame.image and frame.fit == self.view_fit())

    def draw_overlay(self, painter: QPainter) -> None:
        """Override to draw on top of the picture (use frame_transform() for positions)."""

    def message(self) -> str:
        """The sentence for the visitor about the camera right now, or ""."""
        if self.unavailable:
            return self.tr("This screen has no camera.")
        if self.status == "no camera":
            return self.tr("No camera found: showing a demo video.")
        if self.status == "camera lost":
            return self.tr("The camera stopped: showing a demo video until it is back.")
        if self.status == "source failed":
            return self.tr("The video cannot be played: showing a demo video.")
        if self.status == "unavailable":
            return self.tr("The camera is not available right now.")
        if self.image is None:
            return self.tr("Starting the camera…")
        return ""

    def _draw_labels(self, painter: QPainter) -> None:
        theme = current_theme()
        margin = theme.px(20)
        if self.frame is not None and self.frame.is_demo and not self.unavailable:
            self._pill(painter, self.tr("Demo video"), QPointF(margin, self.height() - margin),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        text = self.message()
        if text:
            self._pill(painter, text, QPointF(self.width() / 2, margin),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

    def _pill(self, painter: QPainter, text: str, anchor: QPointF, align: Qt.AlignmentFlag) -> None:
        theme = current_theme()
        painter.setFont(theme.font(24, QFont.Weight.DemiBold))
        metrics = painter.fontMetrics()
        pad = theme.px(14)
        max_w = self.width() - 4 * pad
        text_rect = metrics.boundingRect(0, 0, max(10, max_w), 10_000, int(Qt.TextFlag.TextWordWrap), text)
        w, h = text_rect.width() + 2 * pad, text_rect.height() + pad
        x = anchor.x() - (w / 2 if align & Qt.AlignmentFlag.AlignHCenter else 0)
        y = anchor.y() - (h if align & Qt.AlignmentFlag.AlignBottom else 0)
        rect = QRectF(x, y, w, h)
        fill = theme.color("surface")
        fill.setAlpha(255 if theme.high_contrast else 215)
        painter.setPen(theme.color("outline") if theme.high_contrast else Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, h / 2, h / 2)
        painter.setPen(theme.color("text"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)


class CameraExhibit(ExhibitWidget):
    """Base of the camera activities: the feed opens on start(), pauses and resumes with the
    exhibit, and is released on stop().

    A subclass calls ``place_view_and_panel(view)`` (or sets ``self.view`` itself) in
    ``__init__`` and provides ``frame_processor()`` (the function the camera worker runs on
    every frame), optionally ``frame_compositor()`` (draws into the shown picture, also on the
    worker) and ``on_camera_frame(frame)`` (called on the UI thread with each processed frame).
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
        orientation changes. An exhibit that lays out more in its panel overrides it and calls
        super()."""
        assert self.box is not None
        self.box.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self.box.setStretch(0, 6 if portrait else 7)
        self.box.setStretch(1, 4 if portrait else 3)

    def frame_processor(self) -> Callable[[Any], Any] | None:
        return None

    def frame_compositor(self) -> Compositor | None:
        """Optional: draws the exhibit's pictures into each shown image on the camera worker,
        so they cost the UI thread nothing (see CameraFeed.set_compositor)."""
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
