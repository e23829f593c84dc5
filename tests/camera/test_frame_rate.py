"""The pipeline's capture rate: steady from the first reading, whatever the first gap was."""

from __future__ import annotations

import time

import pytest

from kiosk.camera.frame_rate import FrameRate
from kiosk.camera.pipeline import CameraPipeline
from kiosk.camera.sources import SyntheticSource


def test_a_first_gap_of_one_millisecond_does_not_read_as_hundreds_of_frames_a_second() -> None:
    """A paced 30 fps source whose first read came just before the second frame was due."""
    meter = FrameRate()
    times = [0.0, 0.001] + [0.001 + i / 30 for i in range(1, 15)]
    rates = [meter.add(t) for t in times]
    assert all(rate == 0.0 or 25 < rate < 36 for rate in rates), rates
    assert rates[-1] == pytest.approx(30, rel=0.1)


def test_skipped_frames_count_as_captured() -> None:
    meter = FrameRate()
    rate = 0.0
    for i in range(20):
        rate = meter.add(i * 0.1, skipped=2 if i else 0)  # every third frame of a 30 fps camera reaches us
    assert rate == pytest.approx(30, rel=0.05)


def test_the_rate_follows_the_last_second_and_starts_again_after_reset() -> None:
    meter = FrameRate()
    t = 0.0
    for _ in range(60):
        t += 1 / 60
        meter.add(t)
    for _ in range(40):
        t += 1 / 20
        rate = meter.add(t)
    assert rate == pytest.approx(20, rel=0.05)
    meter.reset()
    assert meter.add(t + 1) == 0.0


class _LateFirstFrame(SyntheticSource):
    """A paced 30 fps synthetic camera whose first frame is read just before the second is due
    (as on a loaded machine): the first two captures are about a millisecond apart."""

    def read(self):
        if self._index < 0:
            time.sleep(self._pacer.interval_s * 0.97) if self._pacer is not None else None
        return super().read()


def test_the_pipeline_reports_about_the_cameras_rate_from_its_first_reading() -> None:
    pipeline = CameraPipeline(_LateFirstFrame(320, 180, fps=30))
    pipeline.start()
    try:
        deadline = time.monotonic() + 5
        while pipeline.stats.frames_processed < 8 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert pipeline.stats.frames_processed >= 8
        assert pipeline.stats.capture_fps < 45, pipeline.stats.capture_fps
    finally:
        pipeline.stop()
