"""A camera feed for an exhibit: the camera pipeline on its worker, the newest processed frame
delivered on the UI thread.

Frames reach the UI thread through one queued signal that is never sent again before the UI took
the last one, so a slow UI sees fewer frames instead of a growing backlog. OpenCV and the camera
core are imported only when a feed is created, never by the home screen. The pipeline's second
stage (a thread of its own, so frame N is fitted while frame N+1 is processed) crops, scales and
mirrors each picture to the view's size (kiosk.camera.view_fit) into buffers it reuses once the UI
has let go of them, and an exhibit's compositor draws its pictures into it there too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QImage

from kiosk.camera.view_fit import LITTLE_ENDIAN, ViewFit, ViewFitter, display_array
from kiosk.exhibit.camera_in_use import camera_activity

if TYPE_CHECKING:
    import numpy as np

    from kiosk.camera.pipeline import CameraPipeline, FrameResult, PipelineStats
    from kiosk.camera.sources import FrameSource
    from kiosk.config import CameraSettings


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
    elif channels == 4 and LITTLE_ENDIAN:
        fmt = QImage.Format.Format_RGB32
    else:
        raise ValueError(f"cannot show an image with shape {array.shape}")
    image = QImage(array.data, width, height, array.strides[0], fmt)
    image._array = array  # type: ignore[attr-defined]  # the pixels must outlive the QImage
    return image


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
        #: Fits pictures into reused buffers (touched by the pipeline's finishing thread only).
        self._fitter = ViewFitter()
        self._pending = False
        self._pending_lock = threading.Lock()
        self._status = STARTING
        self._latest: CameraFrame | None = None
        self._last_error: str | None = None
        self._pipeline: CameraPipeline = CameraPipeline(
            source, self._run_processor, finisher=self._finish,
            fallback=fallback, on_result=self._wake, on_status=self._status_from_worker.emit,
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
        size), the view shows it instead of the captured frame. If it has a ``finish()`` method,
        that is called on the pipeline's second thread (frames in order) before ``display`` is
        read: draw the shown picture there, while the next frame is being processed.
        """
        self._processor = processor

    def set_compositor(self, compositor: Compositor | None) -> None:
        """What to draw into each shown picture, after it was fitted, on the pipeline's second
        thread (while the next frame is processed: share nothing with the processor but its result).

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
        """The whole worker step in one call (what the benchmark times per frame)."""
        return self._finish(frame, self._run_processor(frame))

    def _run_processor(self, frame: np.ndarray) -> Any:
        """The pipeline's first stage, on the capture thread: the activity's processor."""
        processor = self._processor
        return processor(frame) if processor is not None else None

    def _finish(self, frame: np.ndarray, result: Any) -> _Processed:
        """The pipeline's second stage, on its own thread while the next frame is processed:
        fit the shown picture to the view and let the compositor draw into it."""
        import numpy as np

        compositor, fit = self._compositor, self._fit
        finish = getattr(result, "finish", None)
        if callable(finish):
            finish()  # the result's own second stage (drawing its picture), before the fit
        shown = getattr(result, "display", None)
        picture = shown if shown is not None else frame
        if fit is not None:
            display, to_display = self._fitter.fit(picture, fit)
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
