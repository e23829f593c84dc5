"""The camera pipeline's second stage (the fit of the shown picture) runs on its own thread, so
that frame N is fitted while frame N+1 is read and processed: results stay in capture order,
each carries its own frame's finish, failures are reported, and stop ends both threads."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import numpy as np

from kiosk.camera.pipeline import CameraPipeline, FrameResult
from kiosk.camera.sources import SyntheticSource


def wait_for(condition: Callable[[], bool], timeout_s: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def collect(pipeline: CameraPipeline, count: int, timeout_s: float = 5.0) -> list[FrameResult]:
    taken: list[FrameResult] = []
    deadline = time.monotonic() + timeout_s
    while len(taken) < count and time.monotonic() < deadline:
        result = pipeline.take_latest()
        if result is not None:
            taken.append(result)
        time.sleep(0.002)
    return taken


def test_finished_results_come_in_capture_order_each_with_its_own_frame() -> None:
    threads: dict[str, set[str]] = {"process": set(), "finish": set()}

    def process(frame: np.ndarray) -> float:
        threads["process"].add(threading.current_thread().name)
        return float(frame.mean())

    def finish(frame: np.ndarray, mean: float) -> tuple[float, float]:
        threads["finish"].add(threading.current_thread().name)
        time.sleep(0.003)  # a finish slower than the processing: overlap, not reordering
        return mean, float(frame.mean())

    pipeline = CameraPipeline(SyntheticSource(160, 120, fps=120, paced=False), process, finisher=finish)
    pipeline.start()
    try:
        results = collect(pipeline, 20)
    finally:
        assert pipeline.stop()
    assert len(results) >= 20
    indexes = [result.index for result in results]
    assert indexes == sorted(indexes) and len(set(indexes)) == len(indexes)
    for result in results:
        processed_mean, finished_mean = result.result
        assert processed_mean == finished_mean == float(result.frame.mean()), "stage results of one frame"
    assert threads["process"].isdisjoint(threads["finish"]), "the finish runs on its own thread"


def test_at_most_one_frame_waits_for_the_finish() -> None:
    """The capture thread never runs more than one frame ahead of the finish (latency stays low,
    and the fitter's buffers are not all taken)."""
    in_flight = [0]
    peak = [0]
    lock = threading.Lock()

    def process(frame: np.ndarray) -> None:
        with lock:
            in_flight[0] += 1
            peak[0] = max(peak[0], in_flight[0])

    def finish(frame: np.ndarray, result: None) -> str:
        time.sleep(0.01)
        with lock:
            in_flight[0] -= 1
        return "done"

    pipeline = CameraPipeline(SyntheticSource(160, 120, fps=120, paced=False), process, finisher=finish)
    pipeline.start()
    try:
        assert wait_for(lambda: pipeline.stats.frames_processed >= 10)
    finally:
        assert pipeline.stop()
    assert peak[0] <= 2, f"{peak[0]} frames were processed ahead of their finish"


def test_a_failing_finish_is_reported_and_the_pipeline_goes_on() -> None:
    calls = [0]

    def finish(frame: np.ndarray, result: None) -> str:
        calls[0] += 1
        if calls[0] == 2:
            raise ValueError("no room for the picture")
        return "fitted"

    pipeline = CameraPipeline(SyntheticSource(160, 120, fps=120, paced=False), None, finisher=finish)
    pipeline.start()
    try:
        assert wait_for(lambda: pipeline.stats.frames_processed >= 5)
        assert pipeline.stats.processing_errors == 1
        assert wait_for(lambda: (latest := pipeline.peek_latest()) is not None and latest.result == "fitted")
    finally:
        assert pipeline.stop()


def test_a_failed_processing_is_not_finished() -> None:
    finished: list[object] = []

    def process(frame: np.ndarray) -> None:
        raise RuntimeError("broken filter")

    pipeline = CameraPipeline(SyntheticSource(160, 120, fps=120, paced=False), process,
                              finisher=lambda frame, result: finished.append(result))
    pipeline.start()
    try:
        assert wait_for(lambda: pipeline.stats.processing_errors >= 3)
        latest = pipeline.peek_latest()
        assert latest is not None and latest.result is None and "broken filter" in (latest.error or "")
    finally:
        assert pipeline.stop()
    assert finished == []


def test_stop_ends_both_threads_and_leaves_no_result() -> None:
    before = {thread.name for thread in threading.enumerate()}
    pipeline = CameraPipeline(SyntheticSource(160, 120, fps=120, paced=False), None,
                              finisher=lambda frame, result: time.sleep(0.02), name="staged")
    pipeline.start()
    assert wait_for(lambda: pipeline.stats.frames_processed >= 3)
    assert pipeline.stop()
    assert pipeline.take_latest() is None
    assert wait_for(lambda: not ({thread.name for thread in threading.enumerate()} - before))
    pipeline.start()  # and it starts again
    try:
        assert wait_for(lambda: pipeline.stats.frames_processed >= 3)
    finally:
        assert pipeline.stop()
