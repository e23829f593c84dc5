"""Frame sources: a camera device, a looped video file, or a synthetic scene (DESIGN.md section 8).

Every source hands out BGR ``uint8`` frames (a fresh array per frame, so a consumer may keep one)
and never writes a frame anywhere. File and synthetic sources are paced like a live camera by
default: they deliver frames at their frame rate and skip the ones a slow reader missed, counting
them, instead of queueing them.
"""

from __future__ import annotations

import logging
import math
import os
import sys
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from kiosk import paths
from kiosk.camera import markers

# Re-exported: the setting's forms live in a light module, so config checks them without OpenCV.
from kiosk.camera_source import SPEC_HELP as SPEC_HELP
from kiosk.camera_source import SourceSpec as SourceSpec
from kiosk.camera_source import SourceSpecError as SourceSpecError
from kiosk.camera_source import parse_source_spec as parse_source_spec

log = logging.getLogger(__name__)

#: The short clip shipped for stations without a camera (made by assets/camera/make_demo_clip.py).
DEMO_CLIP = paths.assets_dir() / "camera" / "demo.avi"


class SourceError(RuntimeError):
    """A source that cannot be opened or read; the message says which and why, for people."""


class FrameSource(ABC):
    """Where frames come from. ``open()`` may raise SourceError; ``read()`` returns None on failure."""

    #: True for anything that is not a live camera image (the UI labels it "demo video").
    is_demo: bool = False

    def __init__(self) -> None:
        self._skipped = 0

    @property
    @abstractmethod
    def description(self) -> str:
        """A short human description for staff diagnostics, e.g. "camera 0 (1280x720)"."""

    @property
    @abstractmethod
    def is_open(self) -> bool: ...

    @abstractmethod
    def open(self) -> None:
        """Acquire the device or file; raise SourceError with a helpful message if impossible."""

    @abstractmethod
    def read(self) -> np.ndarray | None:
        """The next frame (BGR uint8, a fresh array), or None if no frame could be read."""

    @abstractmethod
    def close(self) -> None:
        """Release the device or file; safe to call twice."""

    def take_skipped(self) -> int:
        """Frames this source discarded since the last call to stay current (counted as dropped)."""
        skipped, self._skipped = self._skipped, 0
        return skipped

    def __enter__(self) -> FrameSource:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Pacer:
    """Releases frame numbers at a fixed rate, like a camera that keeps running while nobody reads."""

    def __init__(self, fps: float) -> None:
        self.interval_s = 1.0 / fps
        self._start = time.monotonic()
        self._last_index = -1

    def next_index(self) -> tuple[int, int]:
        """Wait for the next due frame; return (its number, frames skipped since the last one)."""
        index = int((time.monotonic() - self._start) / self.interval_s)
        if index <= self._last_index:
            index = self._last_index + 1
            time.sleep(max(0.0, self._start + index * self.interval_s - time.monotonic()))
        skipped = index - self._last_index - 1
        self._last_index = index
        return index, skipped


# -- camera device ---------------------------------------------------------------------------------


def device_path(index: int) -> Path:
    return Path(f"/dev/video{index}")


def device_may_exist(device: int | str) -> bool:
    """Cheap test before the (slow, noisy) VideoCapture open: on Linux the device node must exist."""
    if isinstance(device, str):
        return Path(device).exists()
    if sys.platform.startswith("linux"):
        return device_path(device).exists()
    return True


def capture_backend() -> int:
    """The OpenCV capture API for cameras on this platform (V4L2 on Linux)."""
    return cv2.CAP_V4L2 if sys.platform.startswith("linux") else cv2.CAP_ANY


class DeviceSource(FrameSource):
    """A camera through OpenCV VideoCapture, by index or device path, at a requested size and rate."""

    def __init__(self, device: int | str = 0, width: int = 1280, height: int = 720, fps: int = 30) -> None:
        super().__init__()
        self.device = device
        self.width, self.height, self.fps = width, height, fps
        self._capture: Any = None
        self._last_read = 0.0

    @property
    def description(self) -> str:
        name = f"camera {self.device}"
        if self._capture is not None:
            width = int(self._capture.get(cv2.CAP_PROP_FRAME_WIDTH))
            height = int(self._capture.get(cv2.CAP_PROP_FRAME_HEIGHT))
            return f"{name} ({width}x{height})"
        return name

    @property
    def is_open(self) -> bool:
        return self._capture is not None

    def open(self) -> None:
        if self._capture is not None:
            return
        if not device_may_exist(self.device):
            raise SourceError(f"no camera at {self.device!r} (is it plugged in?)")
        capture = cv2.VideoCapture(self.device, capture_backend())
        if not capture.isOpened():
            capture.release()
            raise SourceError(f"camera {self.device!r} could not be opened (in use by another program?)")
        # MJPG lets USB cameras deliver 1280x720 at 30 fps; uncompressed YUYV often manages 10.
        capture.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*"MJPG"))
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        capture.set(cv2.CAP_PROP_FPS, self.fps)
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # fewer stale frames in the driver's queue
        if hasattr(cv2, "CAP_PROP_READ_TIMEOUT_MSEC"):
            capture.set(cv2.CAP_PROP_READ_TIMEOUT_MSEC, 1000)  # an unplugged camera fails in 1 s
        ok, frame = capture.read()
        if not ok or frame is None:
            capture.release()
            raise SourceError(f"camera {self.device!r} opened but gave no picture")
        self._capture = capture
        self._last_read = time.monotonic()

    def read(self) -> np.ndarray | None:
        if self._capture is None:
            return None
        interval_s = 1.0 / max(1, self.fps)
        if time.monotonic() - self._last_read > 2 * interval_s:
            self._drain_stale(interval_s)
        ok, frame = self._capture.read()
        self._last_read = time.monotonic()
        return frame if ok else None

    def _drain_stale(self, interval_s: float) -> None:
        """After a slow reader, drop frames the driver already queued (they return instantly)."""
        for _ in range(4):
            before = time.monotonic()
            if not self._capture.grab():
                return
            if time.monotonic() - before > interval_s / 4:
                return  # that one was freshly captured: the queue is empty now
            self._skipped += 1

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None


# -- video file ------------------------------------------------------------------------------------


class FileSource(FrameSource):
    """A video file played in a loop, paced at its own frame rate (or ``fps``) unless paced=False."""

    is_demo = True

    def __init__(self, path: str | os.PathLike[str], fps: float | None = None, paced: bool = True) -> None:
        super().__init__()
        self.path = Path(path)
        self.requested_fps = fps
        self.paced = paced
        self._capture: Any = None
        self._pacer: _Pacer | None = None
        self.fps = fps or 30.0
        self.frame_size: tuple[int, int] = (0, 0)

    @property
    def description(self) -> str:
        width, height = self.frame_size
        return f"video file {self.path.name} ({width}x{height}, looped)"

    @property
    def is_open(self) -> bool:
        return self._capture is not None

    def open(self) -> None:
        if self._capture is not None:
            return
        if not self.path.is_file():
            raise SourceError(f"video file {self.path} does not exist")
        capture = cv2.VideoCapture(str(self.path))
        ok, frame = (capture.read() if capture.isOpened() else (False, None))
        if not ok or frame is None:
            capture.release()
            raise SourceError(f"video file {self.path} cannot be read (not a video OpenCV can decode)")
        capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
        file_fps = capture.get(cv2.CAP_PROP_FPS)
        self.fps = self.requested_fps or (file_fps if 1 <= file_fps <= 240 else 30.0)
        self.frame_size = (frame.shape[1], frame.shape[0])
        self._capture = capture
        self._pacer = _Pacer(self.fps) if self.paced else None

    def read(self) -> np.ndarray | None:
        if self._capture is None:
            return None
        if self._pacer is not None:
            _, skipped = self._pacer.next_index()
            # A live camera would have moved on: skip what we missed (bounded, grab is cheap-ish).
            for _ in range(min(skipped, 5)):
                if not self._capture.grab():
                    self._rewind()
            self._skipped += skipped
        ok, frame = self._capture.read()
        if not ok:
            self._rewind()
            ok, frame = self._capture.read()
        return frame if ok else None

    def _rewind(self) -> None:
        self._capture.set(cv2.CAP_PROP_POS_FRAMES, 0)

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None


# -- synthetic scene -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SceneTruth:
    """Where things are in one synthetic frame (pixel coordinates), for tests and demos."""

    #: marker id -> its four corners (top-left, top-right, bottom-right, bottom-left), float32 (4, 2)
    markers: dict[int, np.ndarray] = field(default_factory=dict)
    #: QR text -> its four corners, float32 (4, 2)
    qr_codes: dict[str, np.ndarray] = field(default_factory=dict)
    #: bounding boxes (x0, y0, x1, y1) of everything that moves (figure, balls, cards, QR)
    moving_boxes: list[tuple[int, int, int, int]] = field(default_factory=list)


class SyntheticSource(FrameSource):
    """A generated scene: a walking stick figure, bouncing balls, AR cards and QR codes.

    Deterministic: frame ``n`` depends only on ``n``, the size and the seed, so tests can ask
    ``scene_at(n)`` where everything is. Nothing moves in the top ``STILL_BAND`` of the frame,
    and ``frozen=True`` stops all motion (only the light sensor noise changes).

    Timeline (seconds, repeating): AR cards are shown two at a time, new ids every
    ``card_period_s``; a QR code is visible for the first 3.5 s of every 6 s, with the next
    text of ``qr_texts`` each time it appears.
    """

    is_demo = True

    #: Fraction of the height, from the top, where nothing ever moves.
    STILL_BAND = 0.1
    QR_PERIOD_S = 6.0
    QR_VISIBLE_S = 3.5

    def __init__(self, width: int = 1280, height: int = 720, fps: float = 30.0, seed: int = 0, *,
                 paced: bool = True, frozen: bool = False, noise: float = 2.0,
                 marker_ids: tuple[int, ...] | None = None, card_period_s: float = 2.0,
                 qr_texts: tuple[str, ...] = ("VIZIUM-DEMO-1", "VIZIUM-DEMO-2"),
                 show_figure: bool = True, show_balls: bool = True) -> None:
        super().__init__()
        if width < 160 or height < 120:
            raise ValueError(f"synthetic frames need at least 160x120 pixels, got {width}x{height}")
        if fps <= 0:
            raise ValueError(f"fps must be positive, got {fps}")
        self.width, self.height, self.fps, self.seed = int(width), int(height), float(fps), seed
        self.paced, self.frozen, self.noise = paced, frozen, noise
        self.marker_ids = tuple(marker_ids if marker_ids is not None else (c.marker_id for c in markers.MARKER_CARDS))
        self.card_period_s = card_period_s
        self.qr_texts = qr_texts
        self.show_figure, self.show_balls = show_figure, show_balls
        self._index = -1
        self._pacer: _Pacer | None = None
        self._open = False
        self._backgrounds: list[np.ndarray] = []
        self._cards: dict[int, np.ndarray] = {}
        self._qr_images: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    @property
    def description(self) -> str:
        return f"synthetic scene ({self.width}x{self.height}, {self.fps:g} fps)"

    @property
    def is_open(self) -> bool:
        return self._open

    def open(self) -> None:
        if self._open:
            return
        self._prepare()
        self._index = -1
        self._pacer = _Pacer(self.fps) if self.paced else None
        self._open = True

    def close(self) -> None:
        self._open = False
        self._pacer = None

    def read(self) -> np.ndarray | None:
        if not self._open:
            return None
        if self._pacer is not None:
            self._index, skipped = self._pacer.next_index()
            self._skipped += skipped
        else:
            self._index += 1
        return self.frame_at(self._index)

    # the scene -------------------------------------------------------------------------------

    @property
    def unit(self) -> float:
        """Scene length unit: one hundredth of the frame height, in pixels."""
        return self.height / 100.0

    def _prepare(self) -> None:
        with self._lock:
            if self._backgrounds:
                return
            rng = np.random.default_rng(self.seed)
            h, w = self.height, self.width
            rows = np.linspace(0.0, 1.0, h, dtype=np.float32)[:, None, None]
            top = np.array([70, 45, 25], np.float32)  # BGR: a dark blue wall
            bottom = np.array([120, 110, 80], np.float32)  # a lighter teal floor
            base = np.broadcast_to(top + (bottom - top) * rows, (h, w, 3)).astype(np.uint8)
            base = np.ascontiguousarray(base)
            floor_y = int(h * 0.78)
            base[floor_y:] = (base[floor_y:].astype(np.int16) + 25).clip(0, 255).astype(np.uint8)
            # A few static posters on the wall, so "no motion" has edges to ignore.
            for _ in range(3):
                x0 = int(rng.uniform(0.05, 0.85) * w)
                y0 = int(rng.uniform(0.0, 0.05) * h)
                colour = tuple(int(c) for c in rng.integers(60, 200, 3))
                cv2.rectangle(base, (x0, y0), (x0 + w // 10, y0 + int(h * 0.08)), colour, -1)
            self._backgrounds = []
            for _ in range(4 if self.noise > 0 else 1):
                noisy = base.astype(np.int16) + rng.normal(0, self.noise, base.shape).round().astype(np.int16)
                self._backgrounds.append(noisy.clip(0, 255).astype(np.uint8))
            marker_px = max(16, round(self.unit * 20))
            for marker_id in self.marker_ids:
                self._cards[marker_id] = cv2.cvtColor(markers.card_image(marker_id, marker_px), cv2.COLOR_GRAY2BGR)
            encoder = cv2.QRCodeEncoder.create()
            for text in self.qr_texts:
                code = encoder.encode(text)  # one pixel per module, with its quiet zone
                side = max(code.shape[0] * 3, round(self.unit * 24))
                big = cv2.resize(code, (side, side), interpolation=cv2.INTER_NEAREST)
                self._qr_images[text] = cv2.cvtColor(big, cv2.COLOR_GRAY2BGR)

    def _time(self, index: int) -> float:
        return 0.0 if self.frozen else index / self.fps

    def frame_at(self, index: int) -> np.ndarray:
        """Frame number ``index`` of the scene (a new array)."""
        self._prepare()
        t = self._time(index)
        frame = self._backgrounds[index % len(self._backgrounds)].copy()
        if self.show_balls:
            for centre, radius, colour in self._balls(t):
                cv2.circle(frame, centre, radius, colour, -1, cv2.LINE_AA)
        if self.show_figure:
            self._draw_figure(frame, t)
        # Cards and codes are held up in front of everything else.
        for marker_id, homography, _ in self._card_poses(t):
            self._paste_warped(frame, self._cards[marker_id], homography)
        for text, (x, y) in self._qr_poses(index):
            image = self._qr_images[text]
            frame[y:y + image.shape[0], x:x + image.shape[1]] = image
        return frame

    def scene_at(self, index: int) -> SceneTruth:
        """Where the markers, QR codes and moving things are in frame ``index``."""
        self._prepare()
        t = self._time(index)
        truth = SceneTruth()
        for marker_id, homography, card_side in self._card_poses(t):
            margin = (card_side - self._marker_side()) / 2
            far = card_side - margin
            square = np.array([[margin, margin], [far, margin], [far, far], [margin, far]], np.float32)
            corners = cv2.perspectiveTransform(square[None], homography)[0]
            truth.markers[marker_id] = corners
            whole = np.array([[0, 0], [card_side, 0], [card_side, card_side], [0, card_side]], np.float32)
            truth.moving_boxes.append(_box(cv2.perspectiveTransform(whole[None], homography)[0]))
        for text, (x, y) in self._qr_poses(index):
            side = self._qr_images[text].shape[0]
            truth.qr_codes[text] = np.array([[x, y], [x + side, y], [x + side, y + side], [x, y + side]], np.float32)
            truth.moving_boxes.append((x, y, x + side, y + side))
        if self.show_balls:
            for (cx, cy), radius, _ in self._balls(t):
                truth.moving_boxes.append((cx - radius, cy - radius, cx + radius, cy + radius))
        if self.show_figure:
            truth.moving_boxes.append(self._figure_box(t))
        pad = 2  # anti-aliased edges reach a pixel or two beyond the geometry
        truth.moving_boxes[:] = [(x0 - pad, y0 - pad, x1 + pad, y1 + pad) for x0, y0, x1, y1 in truth.moving_boxes]
        return truth

    def _marker_side(self) -> int:
        return max(16, round(self.unit * 20))

    def _balls(self, t: float) -> list[tuple[tuple[int, int], int, tuple[int, int, int]]]:
        w, h, u = self.width, self.height, self.unit
        balls = []
        for i, colour in enumerate(((0, 159, 230), (233, 180, 86), (115, 158, 0))):  # Okabe-Ito BGR
            radius = round(u * (5 + 2 * i))
            phase = 1.7 * i + self.seed
            x = (0.5 + 0.42 * _triangle(t * (0.11 + 0.03 * i) + phase)) * w
            bounce = abs(math.sin(t * (1.3 + 0.4 * i) + phase))
            y = h * 0.95 - radius - bounce * h * 0.3
            balls.append(((round(x), round(y)), radius, colour))
        return balls

    def _card_poses(self, t: float) -> list[tuple[int, np.ndarray, int]]:
        """(marker id, card-to-frame homography, card side px) for the cards shown at time t."""
        if not self.marker_ids:
            return []
        period = int(t // self.card_period_s)
        within = t - period * self.card_period_s
        if within > self.card_period_s - 0.25 and not self.frozen:
            return []  # the cards are swapped: a moment with no card in view
        poses = []
        for slot, centre_x in enumerate((0.2, 0.8)):
            marker_id = self.marker_ids[(2 * period + slot) % len(self.marker_ids)]
            card = self._cards[marker_id]
            side = card.shape[0]
            angle = 0.45 * math.sin(0.9 * t + slot * 2.0)
            tilt = 0.25 * math.sin(0.6 * t + slot)  # turning about the vertical axis
            cx = centre_x * self.width + 0.03 * self.width * math.sin(0.7 * t + slot)
            cy = 0.33 * self.height + 0.02 * self.height * math.cos(0.8 * t)
            poses.append((marker_id, _card_homography(side, (cx, cy), angle, tilt), side))
        return poses

    def _paste_warped(self, frame: np.ndarray, card: np.ndarray, homography: np.ndarray) -> None:
        side = card.shape[0]
        outline = np.array([[0, 0], [side, 0], [side, side], [0, side]], np.float32)
        x0, y0, x1, y1 = _box(cv2.perspectiveTransform(outline[None], homography)[0])
        x0, y0 = max(0, x0), max(0, y0)
        x1, y1 = min(frame.shape[1], x1), min(frame.shape[0], y1)
        if x1 <= x0 or y1 <= y0:
            return
        shift = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]], np.float64)
        roi = frame[y0:y1, x0:x1]
        # BORDER_TRANSPARENT writes only the card's pixels into the region; no mask needed.
        cv2.warpPerspective(card, shift @ homography, (x1 - x0, y1 - y0), dst=roi,
                            flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT)

    def _qr_poses(self, index: int) -> list[tuple[str, tuple[int, int]]]:
        if not self.qr_texts:
            return []
        t = self._time(index)
        cycle = int(t // self.QR_PERIOD_S)
        if t - cycle * self.QR_PERIOD_S >= self.QR_VISIBLE_S:
            return []
        text = self.qr_texts[cycle % len(self.qr_texts)]
        side = self._qr_images[text].shape[0]
        x = round(self.width * 0.5 - side / 2 + 0.02 * self.width * math.sin(0.5 * t))
        y = round(self.height * 0.16)
        return [(text, (x, y))]

    def _figure_geometry(self, t: float) -> dict[str, Any]:
        w, h, u = self.width, self.height, self.unit
        x = (0.5 + 0.35 * _triangle(t / 16.0)) * w
        stride = math.sin(t * 5.0)
        hip = (x, h * 0.80)
        neck = (x, h * 0.57)
        head_r = u * 5
        head = (x, neck[1] - head_r * 1.1)
        leg = u * 18
        arm = u * 14
        legs = [(hip[0] + leg * math.sin(0.5 * s * stride), hip[1] + leg * math.cos(0.5 * s * stride))
                for s in (1, -1)]
        shoulder_y = neck[1] + u * 2
        arms = [(neck[0] + arm * math.sin(0.8 * s * stride + 0.3 * s), shoulder_y + arm * math.cos(0.8 * s * stride))
                for s in (-1, 1)]
        return {"hip": hip, "neck": neck, "head": head, "head_r": head_r, "legs": legs, "arms": arms,
                "thickness": max(2, round(u * 2.2))}

    def _draw_figure(self, frame: np.ndarray, t: float) -> None:
        g = self._figure_geometry(t)
        colour, thick = (40, 200, 250), g["thickness"]

        def pt(p: tuple[float, float]) -> tuple[int, int]:
            return round(p[0]), round(p[1])

        cv2.line(frame, pt(g["hip"]), pt(g["neck"]), colour, thick, cv2.LINE_AA)
        for foot in g["legs"]:
            cv2.line(frame, pt(g["hip"]), pt(foot), colour, thick, cv2.LINE_AA)
        for hand in g["arms"]:
            cv2.line(frame, pt((g["neck"][0], g["neck"][1] + self.unit * 2)), pt(hand), colour, thick, cv2.LINE_AA)
        cv2.circle(frame, pt(g["head"]), round(g["head_r"]), colour, -1, cv2.LINE_AA)

    def _figure_box(self, t: float) -> tuple[int, int, int, int]:
        g = self._figure_geometry(t)
        points = np.array([g["hip"], g["neck"], *g["legs"], *g["arms"]], np.float32)
        x0, y0, x1, y1 = _box(points)
        r, pad = g["head_r"], g["thickness"]
        hx, hy = g["head"]
        return (round(min(x0, hx - r)) - pad, round(min(y0, hy - r)) - pad,
                round(max(x1, hx + r)) + pad, round(max(y1, hy + r)) + pad)


def _triangle(phase: float) -> float:
    """A triangle wave in [-1, 1] with period 1: constant walking speed, turning at the ends."""
    return 4.0 * abs(phase - math.floor(phase + 0.5)) - 1.0


def _box(points: np.ndarray) -> tuple[int, int, int, int]:
    x0, y0 = np.floor(points.min(axis=0)).astype(int)
    x1, y1 = np.ceil(points.max(axis=0)).astype(int)
    return int(x0), int(y0), int(x1), int(y1)


def _card_homography(side: int, centre: tuple[float, float], angle: float, tilt: float) -> np.ndarray:
    """Card pixels -> frame pixels: the card rotated in the image plane and turned a little."""
    half = side / 2
    squeeze = math.cos(tilt)  # turning about the vertical axis narrows the card...
    lean = 0.12 * math.sin(tilt)  # ...and brings one edge closer (taller)
    local = [(-half * squeeze, -half * (1 - lean)), (half * squeeze, -half * (1 + lean)),
             (half * squeeze, half * (1 + lean)), (-half * squeeze, half * (1 - lean))]
    cos_a, sin_a = math.cos(angle), math.sin(angle)
    target = np.array([(centre[0] + x * cos_a - y * sin_a, centre[1] + x * sin_a + y * cos_a)
                       for x, y in local], np.float32)
    source = np.array([[0, 0], [side, 0], [side, side], [0, side]], np.float32)
    return cv2.getPerspectiveTransform(source, target)


# -- choosing a source -----------------------------------------------------------------------------


def first_device() -> int | str:
    """The camera auto mode tries: the lowest /dev/videoN on Linux, else index 0."""
    if sys.platform.startswith("linux"):
        found = sorted(Path("/dev").glob("video[0-9]*"), key=lambda p: int(p.name[5:]))
        if found:
            return int(found[0].name[5:])
    return 0


def demo_source(width: int = 1280, height: int = 720, fps: float = 30.0) -> FrameSource:
    """The demo shown without a camera: the shipped clip, or the synthetic scene if it is missing."""
    if DEMO_CLIP.is_file():
        return _DemoClipSource(DEMO_CLIP, width, height, fps)
    return SyntheticSource(width, height, fps)


class _DemoClipSource(FrameSource):
    """The shipped clip, falling back to the synthetic scene if the clip cannot be read."""

    is_demo = True

    def __init__(self, path: Path, width: int, height: int, fps: float) -> None:
        super().__init__()
        self._clip = FileSource(path)
        self._synthetic = SyntheticSource(width, height, fps)
        self._active: FrameSource = self._clip

    @property
    def description(self) -> str:
        return f"demo: {self._active.description}"

    @property
    def is_open(self) -> bool:
        return self._active.is_open

    def open(self) -> None:
        try:
            self._clip.open()
            self._active = self._clip
        except SourceError as exc:
            log.warning("demo clip unusable, using the synthetic scene: %s", exc)
            self._active = self._synthetic
            self._synthetic.open()

    def read(self) -> np.ndarray | None:
        frame = self._active.read()
        self._skipped += self._active.take_skipped()
        return frame

    def close(self) -> None:
        self._clip.close()
        self._synthetic.close()


def source_from_spec(spec: str, width: int = 1280, height: int = 720, fps: float = 30.0) -> FrameSource:
    """The source a ``[camera] source`` setting names (not yet opened).

    ``auto`` gives the first camera if one is present and the demo source otherwise;
    a bad setting raises SourceSpecError naming the valid forms.
    """
    parsed = parse_source_spec(spec)
    if parsed.kind == "synthetic":
        return SyntheticSource(width, height, fps)
    if parsed.kind == "file":
        assert parsed.path is not None
        return FileSource(parsed.path)
    if parsed.kind == "device":
        assert parsed.device is not None
        return DeviceSource(parsed.device, width, height, round(fps))
    device = first_device()
    if device_may_exist(device):
        return DeviceSource(device, width, height, round(fps))
    return demo_source(width, height, fps)


@dataclass(frozen=True)
class SourcePlan:
    """What a camera pipeline runs for a setting: the source, what to show if it fails, how to say so."""

    primary: FrameSource
    fallback: Callable[[], FrameSource] | None
    #: True for "auto": no camera is expected to be possible, so the demo is not a fault.
    quiet_fallback: bool = False


def plan_for_spec(spec: str, width: int = 1280, height: int = 720, fps: float = 30.0) -> SourcePlan:
    """The pipeline's sources for a ``[camera] source`` setting (SourceSpecError if it is bad).

    A camera or file falls back to the demo source and is retried; ``auto`` always aims at the
    first camera, so a camera plugged in later is picked up by the retry.
    """
    parsed = parse_source_spec(spec)

    def fallback() -> FrameSource:
        return demo_source(width, height, fps)

    if parsed.kind == "synthetic":
        return SourcePlan(SyntheticSource(width, height, fps), None)
    if parsed.kind == "file":
        assert parsed.path is not None
        return SourcePlan(FileSource(parsed.path), fallback)
    device = parsed.device if parsed.kind == "device" else first_device()
    assert device is not None
    return SourcePlan(DeviceSource(device, width, height, round(fps)), fallback,
                      quiet_fallback=parsed.kind == "auto")
