"""The camera pipeline: capture and processing on one worker thread, latest frame only.

The worker reads a frame, runs the activity's processor on it (frame -> result) and puts the
pair in a single slot. The consumer (the UI) takes whatever is in the slot when it is ready; a
result it never took is overwritten and counted as dropped, and a paced source skips frames a
slow processor missed. Nothing queues up, so memory stays flat and latency stays one frame.

An optional second stage (``finisher``: frame, processor result -> the delivered result; the
fit of the shown picture) runs on a thread of its own, so frame N is finished while frame N+1 is
read and processed (OpenCV lets both threads run). One finisher takes frames in capture order
and the capture thread waits for it before handing over the next, so results keep their order,
at most one processed frame waits, and latency grows by at most one finish.

Failures never reach the consumer as exceptions: a primary source that cannot be opened, or
stops giving frames, is replaced by the fallback (the demo source) with a status saying why,
and the primary is retried every ``retry_interval_s``.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from kiosk.camera.frame_rate import FrameRate
from kiosk.camera.memory import keep_frame_memory, release_frame_memory
from kiosk.camera.sources import FrameSource, SourceError

log = logging.getLogger(__name__)

Processor = Callable[[np.ndarray], Any]
Finisher = Callable[[np.ndarray, Any], Any]

# Status codes (the UI turns them into translated messages).
STARTING = "starting"
LIVE = "live"  # the primary source is a live camera and works
DEMO = "demo"  # the primary source is itself a demo (file or synthetic) and works
NO_CAMERA = "no camera"  # the camera could not be opened: showing the fallback
CAMERA_LOST = "camera lost"  # the camera stopped giving frames: showing the fallback
SOURCE_FAILED = "source failed"  # a file or other demo source could not be read: showing the fallback
UNAVAILABLE = "unavailable"  # nothing can be shown at all (no fallback worked)
STOPPED = "stopped"

#: Statuses that mean "something is wrong, tell the visitor kindly".
TROUBLE = frozenset({NO_CAMERA, CAMERA_LOST, SOURCE_FAILED, UNAVAILABLE})


@dataclass(frozen=True)
class FrameResult:
    """One captured frame and what the processor made of it."""

    frame: np.ndarray  # BGR uint8 as captured (not mirrored)
    result: Any
    index: int  # counts delivered frames from 0
    captured_at: float  # time.monotonic() just after the read returned
    processed_at: float
    is_demo: bool
    error: str | None = None  # the processor's exception, if it raised


@dataclass(frozen=True)
class PipelineStats:
    """Live figures for staff diagnostics and benchmarks."""

    status: str = STARTING
    source: str = ""
    capture_fps: float = 0.0
    processing_ms: float = 0.0  # smoothed time the processor takes per frame
    latency_ms: float = 0.0  # smoothed capture-to-display time (needs mark_displayed)
    frames_captured: int = 0
    frames_processed: int = 0
    dropped_frames: int = 0  # skipped by the source plus results the consumer never took
    read_failures: int = 0
    processing_errors: int = 0


@dataclass
class _Handed:
    """A processed frame on its way to the finisher (mutable: the finish fills in its result)."""

    source: str
    is_demo: bool
    frame: np.ndarray
    result: Any
    error: str | None
    index: int
    captured_at: float
    skipped: int
    processing_ms: float


def _smooth(old: float, new: float, weight: float = 0.1) -> float:
    return new if old == 0.0 else old + weight * (new - old)


class CameraPipeline:
    """Runs one source and one processor on a worker thread; the consumer takes the latest result.

    ``on_result()`` and ``on_status(status)`` are called on the worker thread, to wake the
    consumer up (the Qt bridge turns them into queued signals); they must be quick.
    """

    def __init__(self, source: FrameSource, processor: Processor | None = None, *,
                 finisher: Finisher | None = None,
                 fallback: Callable[[], FrameSource] | None = None,
                 on_result: Callable[[], None] | None = None,
                 on_status: Callable[[str], None] | None = None,
                 retry_interval_s: float = 3.0, max_read_failures: int = 5,
                 quiet_fallback: bool = False, name: str = "camera") -> None:
        self.primary = source
        self._processor = processor
        self._finisher = finisher
        self._fallback_factory = fallback
        self._on_result = on_result
        self._on_status = on_status
        self.retry_interval_s = retry_interval_s
        self.max_read_failures = max_read_failures
        #: Report a primary that never opened as plain DEMO (auto mode on a station without camera).
        self.quiet_fallback = quiet_fallback
        self.name = name
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._paused = threading.Event()
        self._thread: threading.Thread | None = None
        self._finish_thread: threading.Thread | None = None
        self._to_finish: queue.SimpleQueue[_Handed] = queue.SimpleQueue()
        self._finisher_free = threading.Semaphore(1)
        self._slot: FrameResult | None = None
        self._active: FrameSource | None = None
        self._fallback: FrameSource | None = None
        self._stats = PipelineStats()
        self._displayed_index = -1
        self._rate = FrameRate()

    # control ---------------------------------------------------------------------------------

    def start(self) -> None:
        """Open the source (on the worker, so a slow camera never blocks the caller) and run."""
        if self.running:
            return
        keep_frame_memory()
        self._stop.clear()
        self._paused.clear()
        with self._lock:
            self._slot = None
            self._stats = PipelineStats(status=STARTING)
            self._displayed_index = -1
            self._rate.reset()
        if self._finisher is not None:
            self._to_finish, self._finisher_free = queue.SimpleQueue(), threading.Semaphore(1)
            self._finish_thread = threading.Thread(target=self._finish_loop, name=f"{self.name}-finish", daemon=True)
            self._finish_thread.start()
        self._thread = threading.Thread(target=self._run, name=f"{self.name}-pipeline", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 3.0) -> bool:
        """Stop the worker and release every source; True if the worker ended in time."""
        self._stop.set()
        thread, self._thread = self._thread, None
        finish_thread, self._finish_thread = self._finish_thread, None
        ended = True
        deadline = time.monotonic() + timeout_s
        for worker in (thread, finish_thread):
            if worker is not None and worker is not threading.current_thread():
                worker.join(max(0.0, deadline - time.monotonic()))
                if worker.is_alive():
                    ended = False
                    log.error("%s pipeline (%s) did not stop within %.1f s", self.name, worker.name, timeout_s)
        with self._lock:
            self._slot = None
        if ended:
            self._close_all()
            release_frame_memory()
        self._set_status(STOPPED)
        return ended

    def pause(self) -> None:
        """Stop reading and processing (the source stays open, so resume is instant)."""
        self._paused.set()

    def resume(self) -> None:
        self._paused.clear()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def paused(self) -> bool:
        return self._paused.is_set()

    def set_processor(self, processor: Processor | None) -> None:
        """Swap the processor; the next frame uses it."""
        self._processor = processor

    # consumer side ---------------------------------------------------------------------------

    def take_latest(self) -> FrameResult | None:
        """The newest result not yet taken, or None; older untaken results were dropped."""
        with self._lock:
            result, self._slot = self._slot, None
        return result

    def peek_latest(self) -> FrameResult | None:
        with self._lock:
            return self._slot

    def mark_displayed(self, result: FrameResult) -> None:
        """Tell the pipeline a frame reached the screen (feeds the latency figure)."""
        with self._lock:
            if result.index <= self._displayed_index:
                return
            self._displayed_index = result.index
            latency_ms = (time.monotonic() - result.captured_at) * 1000.0
            self._stats = replace(self._stats, latency_ms=_smooth(self._stats.latency_ms, latency_ms))

    @property
    def stats(self) -> PipelineStats:
        with self._lock:
            return self._stats

    @property
    def status(self) -> str:
        return self.stats.status

    @property
    def active_source(self) -> FrameSource | None:
        return self._active

    @property
    def is_demo(self) -> bool:
        active = self._active
        return active.is_demo if active is not None else self.primary.is_demo

    @property
    def sources_open(self) -> bool:
        """Whether any source (camera, file) is still held open."""
        return self.primary.is_open or (self._fallback is not None and self._fallback.is_open)

    # worker ----------------------------------------------------------------------------------

    def _run(self) -> None:
        index = 0
        failures = 0
        next_retry = 0.0
        try:
            self._activate_primary(initial=True)
            next_retry = time.monotonic() + self.retry_interval_s
            while not self._stop.is_set():
                if self._paused.is_set():
                    self._stop.wait(0.05)
                    continue
                if self._active is not self.primary and time.monotonic() >= next_retry:
                    next_retry = time.monotonic() + self.retry_interval_s
                    self._activate_primary(initial=False)
                source = self._active
                if source is None:
                    self._stop.wait(min(0.5, self.retry_interval_s))
                    continue
                try:
                    frame = source.read()
                except Exception as exc:  # a driver error is a failed read, not a crash
                    log.warning("%s: read failed: %s", source.description, exc)
                    frame = None
                if frame is None:
                    failures += 1
                    self._count(read_failures=1)
                    if failures >= self.max_read_failures:
                        failures = 0
                        self._source_failed(source)
                        next_retry = time.monotonic() + self.retry_interval_s
                    else:
                        self._stop.wait(0.02)
                    continue
                failures = 0
                self._deliver(source, frame, index)
                index += 1
        except Exception:  # the pipeline must never take the kiosk down
            log.exception("%s pipeline crashed", self.name)
            self._set_status(UNAVAILABLE)
        finally:
            self._close_all()

    def _activate_primary(self, initial: bool) -> None:
        try:
            self.primary.open()
        except SourceError as exc:
            if initial:
                log.warning("%s: %s; showing the demo source", self.name, exc)
                self._use_fallback(self._open_failure_status())
            return
        except Exception:
            log.exception("%s: opening %s failed", self.name, self.primary.description)
            if initial:
                self._use_fallback(self._open_failure_status())
            return
        if self._fallback is not None:
            self._fallback.close()
        self._active = self.primary
        self._set_status(DEMO if self.primary.is_demo else LIVE, source=self.primary.description)
        log.info("%s: using %s", self.name, self.primary.description)

    def _open_failure_status(self) -> str:
        if self.quiet_fallback:
            return DEMO
        return SOURCE_FAILED if self.primary.is_demo else NO_CAMERA

    def _source_failed(self, source: FrameSource) -> None:
        log.warning("%s: %s stopped giving frames", self.name, source.description)
        source.close()
        if source is self.primary:
            self._use_fallback(CAMERA_LOST if not source.is_demo else SOURCE_FAILED)
        else:
            self._active = None
            self._set_status(UNAVAILABLE)

    def _use_fallback(self, reason: str) -> None:
        self._active = None
        if self._fallback_factory is None:
            self._set_status(UNAVAILABLE)
            return
        try:
            if self._fallback is None:
                self._fallback = self._fallback_factory()
            self._fallback.open()
        except Exception:
            log.exception("%s: the demo source failed too", self.name)
            self._set_status(UNAVAILABLE)
            return
        self._active = self._fallback
        self._set_status(reason, source=self._fallback.description)

    def _deliver(self, source: FrameSource, frame: np.ndarray, index: int) -> None:
        captured_at = time.monotonic()
        skipped = source.take_skipped()
        processor = self._processor
        error = None
        result = None
        started = time.perf_counter()
        if processor is not None:
            try:
                result = processor(frame)
            except Exception as exc:
                log.exception("%s: the processor failed", self.name)
                error = f"{type(exc).__name__}: {exc}"
        handed = _Handed(source.description, source.is_demo, frame, result, error, index, captured_at, skipped,
                         (time.perf_counter() - started) * 1000.0)
        if self._finisher is None:
            self._publish(handed)
            return
        # Wait until the finisher took the last frame: results stay in order, at most one waits.
        while not self._finisher_free.acquire(timeout=0.05):
            if self._stop.is_set():
                return
        self._to_finish.put(handed)

    def _finish_loop(self) -> None:
        """The second stage's thread: finish each handed-over frame in turn and publish it."""
        finisher = self._finisher
        assert finisher is not None
        while not self._stop.is_set():
            try:
                handed = self._to_finish.get(timeout=0.05)
            except queue.Empty:
                continue
            try:
                if handed.error is None:
                    started = time.perf_counter()
                    try:
                        handed.result = finisher(handed.frame, handed.result)
                    except Exception as exc:
                        log.exception("%s: finishing a frame failed", self.name)
                        handed.result, handed.error = None, f"{type(exc).__name__}: {exc}"
                    handed.processing_ms += (time.perf_counter() - started) * 1000.0
                if not self._stop.is_set():
                    self._publish(handed)
            except Exception:  # the pipeline must never take the kiosk down
                log.exception("%s: publishing a frame failed", self.name)
            finally:
                self._finisher_free.release()

    def _publish(self, handed: _Handed) -> None:
        packed = FrameResult(handed.frame, handed.result, handed.index, handed.captured_at, time.monotonic(),
                             handed.is_demo, handed.error)
        captured_at, skipped, error = handed.captured_at, handed.skipped, handed.error
        with self._lock:
            overwritten = 1 if self._slot is not None else 0
            self._slot = packed
            s = self._stats
            fps = self._rate.add(captured_at, skipped)  # over the last second, not from one gap
            self._stats = replace(
                s, source=handed.source, capture_fps=fps,
                processing_ms=_smooth(s.processing_ms, handed.processing_ms),
                frames_captured=s.frames_captured + 1 + skipped,
                frames_processed=s.frames_processed + 1,
                dropped_frames=s.dropped_frames + skipped + overwritten,
                processing_errors=s.processing_errors + (error is not None),
            )
        if self._on_result is not None:
            self._on_result()

    # helpers ---------------------------------------------------------------------------------

    def _count(self, read_failures: int = 0) -> None:
        with self._lock:
            self._stats = replace(self._stats, read_failures=self._stats.read_failures + read_failures)

    def _set_status(self, status: str, source: str | None = None) -> None:
        """A new status; ``source``: the source now in use, named at once (its first frame may
        be a while coming)."""
        with self._lock:
            if source is not None:
                self._stats = replace(self._stats, source=source)
            if self._stats.status == status:
                return
            self._stats = replace(self._stats, status=status)
        log.info("%s: status %s", self.name, status)
        if self._on_status is not None:
            self._on_status(status)

    def _close_all(self) -> None:
        for source in (self.primary, self._fallback):
            if source is not None:
                try:
                    source.close()
                except Exception:
                    log.exception("%s: closing %s failed", self.name, source.description)
        self._active = None
