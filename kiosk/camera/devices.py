"""Which cameras this machine has, and at which resolutions (for ``kiosk doctor``).

Fast when there is none: on Linux only existing /dev/video* nodes are opened.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

import cv2

from kiosk.camera.sources import capture_backend

log = logging.getLogger(__name__)

#: Sizes tried on each camera; the camera reports what it actually chose.
COMMON_RESOLUTIONS = ((640, 480), (1280, 720), (1920, 1080))


@dataclass(frozen=True)
class CameraInfo:
    """One camera that gave a picture."""

    device: int | str  # what `device:N` in the config would name
    name: str
    resolutions: tuple[tuple[int, int], ...]  # sizes it delivered a frame at
    fps: float

    def describe(self) -> str:
        sizes = ", ".join(f"{w}x{h}" for w, h in self.resolutions) or "no picture"
        return f"device:{self.device}  {self.name}  ({sizes}; {self.fps:g} fps)"

    def __str__(self) -> str:
        return self.describe()


def _linux_candidates() -> list[tuple[int, str]]:
    found = []
    for node in Path("/dev").glob("video[0-9]*"):
        index = int(node.name[5:])
        name_file = Path(f"/sys/class/video4linux/{node.name}/name")
        try:
            name = name_file.read_text(encoding="utf-8").strip()
        except OSError:
            name = node.name
        found.append((index, name))
    return sorted(found)


def probe_cameras(max_index: int = 4,
                  resolutions: tuple[tuple[int, int], ...] = COMMON_RESOLUTIONS) -> list[CameraInfo]:
    """Cameras that open and deliver a frame, with the resolutions they accept.

    On Linux, metadata-only nodes (which every USB camera also exposes) are skipped because
    they give no frame. Elsewhere indices 0..max_index-1 are tried.
    """
    if sys.platform.startswith("linux"):
        candidates = _linux_candidates()
    else:
        candidates = [(i, f"camera {i}") for i in range(max_index)]
    cameras = []
    for index, name in candidates:
        info = _probe_one(index, name, resolutions)
        if info is not None:
            cameras.append(info)
    return cameras


def _probe_one(index: int, name: str, resolutions: tuple[tuple[int, int], ...]) -> CameraInfo | None:
    capture = cv2.VideoCapture(index, capture_backend())
    try:
        if not capture.isOpened():
            return None
        ok, _ = capture.read()
        if not ok:
            return None
        accepted: list[tuple[int, int]] = []
        for width, height in resolutions:
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
            ok, frame = capture.read()
            if ok and frame is not None:
                size = (frame.shape[1], frame.shape[0])
                if size not in accepted:
                    accepted.append(size)
        fps = capture.get(cv2.CAP_PROP_FPS) or 0.0
        return CameraInfo(index, name, tuple(sorted(accepted)), round(float(fps), 1))
    except cv2.error as exc:
        log.warning("camera %s could not be probed: %s", index, exc)
        return None
    finally:
        capture.release()


def camera_report() -> list[str]:
    """Lines for `kiosk doctor`: one per camera found, or one saying there is none."""
    cameras = probe_cameras()
    if not cameras:
        return ["cameras: none found (camera exhibits will show the demo video)"]
    return [f"camera: {camera.describe()}" for camera in cameras]
