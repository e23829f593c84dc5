"""CameraFeed fits and composes the shown picture on the pipeline's second stage: the processor
and the fit run on two threads, frames still arrive in order, and each picture is the fit of its
own frame (the same picture the one-thread worker step makes)."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from kiosk.camera.sources import SyntheticSource
from kiosk.exhibit.camera import CameraFeed, ViewFit, fit_to_view


@pytest.fixture
def feed(qtbot):
    made = CameraFeed(SyntheticSource(320, 180, fps=60, paced=False))
    yield made
    made.stop()


def test_the_fit_runs_beside_the_processing_and_frames_keep_their_order(qtbot, feed) -> None:
    threads: dict[str, set[str]] = {"process": set(), "compose": set()}
    fit = ViewFit(200, 240, mirror=True)

    def process(frame: np.ndarray) -> int:
        threads["process"].add(threading.current_thread().name)
        return int(frame[..., 1].mean())

    def compose(result: int, image: np.ndarray, frame_to_image: np.ndarray) -> None:
        threads["compose"].add(threading.current_thread().name)
        image[0, 0] = (result, result, result, 255)  # what the compositor drew, for its own frame

    feed.set_processor(process)
    feed.set_compositor(compose)
    feed.set_view_fit(fit)
    frames = []
    feed.frame_ready.connect(lambda frame: frames.append((frame, frame.display.copy())))
    feed.start()
    qtbot.waitUntil(lambda: len(frames) >= 8, timeout=10000)
    feed.stop()
    indexes = [frame.index for frame, _ in frames]
    assert indexes == sorted(indexes) and len(set(indexes)) == len(indexes)
    for frame, shown in frames:
        expected, _ = fit_to_view(frame.frame, fit)
        assert shown[0, 0, 0] == frame.result == int(frame.frame[..., 1].mean())
        difference = np.abs(shown.astype(int) - expected.astype(int))
        difference[0, 0] = 0
        assert difference.max() == 0, "the picture is its own frame's fit"
    assert threads["process"] and threads["compose"] and threads["process"].isdisjoint(threads["compose"])


def test_the_one_step_worker_matches_the_two_stages(qtbot, feed) -> None:
    """CameraFeed._process (processor, fit, compositor in one call; what the benchmark's part 1
    times) gives what the two stages give."""
    fit = ViewFit(160, 120, mirror=False)
    feed.set_processor(lambda frame: 7)
    feed.set_view_fit(fit)
    frame = SyntheticSource(320, 180, paced=False).frame_at(3)
    one_step = feed._process(frame)
    two_stages = feed._finish(frame, feed._run_processor(frame))
    assert one_step.result == two_stages.result == 7
    assert np.array_equal(one_step.display, two_stages.display)


def test_a_result_finishes_its_picture_on_the_second_stage_before_it_is_shown(qtbot, feed) -> None:
    """A result with ``finish()`` (the wind's particles, drawn while the next frame's flow is
    measured) has it called once on the second stage's thread, before its picture is fitted."""
    threads: dict[str, set[str]] = {"process": set(), "finish": set()}

    class Drawn:
        def __init__(self, frame: np.ndarray) -> None:
            self.frame, self.display, self.finishes = frame, None, 0

        def finish(self) -> None:
            threads["finish"].add(threading.current_thread().name)
            self.finishes += 1
            self.display = np.full_like(self.frame, 200)

    def process(frame: np.ndarray) -> Drawn:
        threads["process"].add(threading.current_thread().name)
        return Drawn(frame)

    feed.set_processor(process)
    feed.set_view_fit(ViewFit(64, 48, mirror=True))
    frames = []
    feed.frame_ready.connect(frames.append)
    feed.start()
    qtbot.waitUntil(lambda: len(frames) >= 4, timeout=10000)
    feed.stop()
    for frame in frames:
        assert frame.result.finishes == 1 and (frame.display[..., :3] == 200).all(), "the finished picture is shown"
    assert threads["finish"] and threads["process"].isdisjoint(threads["finish"])
