"""Camera test fixtures: MJPG clips written on the fly (headless), fake sources for failure paths."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.camera.sources import FrameSource, SourceError, SyntheticSource


def write_mjpg(path: Path, frames: Iterable[np.ndarray], fps: float = 30.0) -> Path:
    """Write BGR frames to an MJPG .avi (works without any display or GUI backend)."""
    writer = None
    for frame in frames:
        if writer is None:
            height, width = frame.shape[:2]
            writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, (width, height))
            assert writer.isOpened(), "this OpenCV cannot write MJPG"
        writer.write(frame)
    assert writer is not None, "no frames given"
    writer.release()
    return path


@pytest.fixture
def synthetic_clip(tmp_path: Path) -> Callable[..., Path]:
    """synthetic_clip(seconds=2, width=640, height=360, fps=30, **scene) -> path of an MJPG clip."""

    def make(seconds: float = 2.0, width: int = 640, height: int = 360, fps: float = 30.0, **scene) -> Path:
        source = SyntheticSource(width, height, fps, paced=False, **scene)
        count = round(seconds * fps)
        path = tmp_path / f"clip_{width}x{height}_{count}.avi"
        return write_mjpg(path, (source.frame_at(i) for i in range(count)), fps)

    return make


class ScriptedSource(FrameSource):
    """A pretend camera: fails to open a set number of times, then gives frames until it is 'unplugged'.

    ``frames_per_life``: frames it gives after each successful open before reads start failing
    (None = forever). ``fail_opens``: how many open() calls fail first. Records opens and closes.
    """

    is_demo = False

    def __init__(self, fail_opens: int = 0, frames_per_life: int | None = None, raise_on_read: bool = False,
                 size: tuple[int, int] = (320, 240), colour: int = 90) -> None:
        super().__init__()
        self.fail_opens = fail_opens
        self.frames_per_life = frames_per_life
        self.raise_on_read = raise_on_read
        self.size = size
        self.colour = colour
        self.opens = 0
        self.closes = 0
        self.open_attempts = 0
        self._open = False
        self._given = 0

    @property
    def description(self) -> str:
        return "scripted test camera"

    @property
    def is_open(self) -> bool:
        return self._open

    def open(self) -> None:
        self.open_attempts += 1
        if self.open_attempts <= self.fail_opens:
            raise SourceError("scripted camera is unplugged")
        self.opens += 1
        self._open = True
        self._given = 0

    def read(self) -> np.ndarray | None:
        if not self._open:
            return None
        if self.frames_per_life is not None and self._given >= self.frames_per_life:
            if self.raise_on_read:
                raise OSError("device vanished")
            return None
        self._given += 1
        width, height = self.size
        time.sleep(0.005)  # about 200 fps: a real device blocks in read()
        return np.full((height, width, 3), self.colour, np.uint8)

    def close(self) -> None:
        if self._open:
            self.closes += 1
        self._open = False


@pytest.fixture
def scripted_source() -> type[ScriptedSource]:
    return ScriptedSource
