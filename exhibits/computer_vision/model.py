"""How computers see: the image filters computer vision starts with, and the "try them all" goal.

Qt-free. ``VisionFilters.process(frame)`` runs on the camera worker thread and returns the
picture to show (any size: the view scales it) plus a few measurements; the widget only picks
the filter and its strength. Every filter is a classic first step of real vision systems.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

FILTERS = ("camera", "edges", "blur", "threshold", "channels", "pixels", "motion")
#: Filters whose strength slider means something.
ADJUSTABLE = ("edges", "blur", "threshold", "pixels", "motion")

#: Motion heat is computed on a small copy: motion is about big regions, not fine detail.
MOTION_WIDTH_PX = 320
#: A pixel "moved" when its brightness changed by more than this between frames (0-255).
MOTION_THRESHOLD = 25

# Colour tables for single-channel results (BGR): dark navy for "nothing", a bright accent for "something".
_NAVY = (52, 27, 11)
_EDGE_LUT = np.zeros((256, 1, 3), np.uint8)
_EDGE_LUT[:] = _NAVY
_EDGE_LUT[128:] = (233, 180, 86)  # Okabe-Ito sky blue, BGR
#: Per channel: a quarter of the picture plus navy (for cv2.transform), and what the edge
#: colour adds to navy.
_FAINT_ON_NAVY = np.hstack((np.eye(3, dtype=np.float32) * 0.25, np.array(_NAVY, np.float32)[:, None]))
_EDGE_OVER_NAVY = (*(float(e - n) for e, n in zip(_EDGE_LUT[255, 0], _NAVY, strict=True)), 0.0)
_THRESHOLD_LUT = np.zeros((256, 1, 3), np.uint8)
_THRESHOLD_LUT[:] = _NAVY
_THRESHOLD_LUT[128:] = (61, 200, 255)  # the kiosk's accent yellow, BGR


@dataclass(frozen=True)
class VisionOutput:
    """One processed frame: the picture to show and what was measured in it."""

    filter: str
    display: np.ndarray  # uint8 grey or BGR, any size with the frame's aspect
    edge_fraction: float = 0.0  # share of pixels on an edge (edges filter)
    motion_fraction: float = 0.0  # share of pixels that moved since the last frame (motion filter)
    heat: np.ndarray | None = None  # motion heat 0-255, small (motion filter)


def canny_thresholds(strength: float) -> tuple[float, float]:
    """Low and high Canny thresholds; more strength = more sensitive = lower thresholds."""
    high = 220.0 - 180.0 * strength
    return high / 2.0, high


def blur_factor(strength: float) -> int:
    """How many times smaller the picture is made before blurring (2..24)."""
    return 2 + round(22 * strength)


def threshold_level(strength: float) -> int:
    """Brightness (0-255) above which a pixel turns white."""
    return round(30 + 195 * strength)


def pixel_size(strength: float, frame_width: int) -> int:
    """Edge of one big pixel, in frame pixels; at full strength the width holds 16 of them."""
    largest = max(4, frame_width // 16)
    return max(2, round(2 + (largest - 2) * strength))


def heat_decay(strength: float) -> float:
    """How much of the motion heat survives one frame: more strength = longer memory."""
    return 0.80 + 0.18 * strength


class VisionFilters:
    """The filters, applied to BGR frames. Set ``filter`` and ``strength`` from any thread."""

    def __init__(self) -> None:
        self._filter = "camera"
        self._strength = 0.5
        self._previous_grey: np.ndarray | None = None
        self._heat: np.ndarray | None = None

    @property
    def filter(self) -> str:
        return self._filter

    def set_filter(self, key: str) -> None:
        if key not in FILTERS:
            raise ValueError(f"unknown filter {key!r}; choose one of {', '.join(FILTERS)}")
        self._filter = key

    @property
    def strength(self) -> float:
        return self._strength

    def set_strength(self, value: float) -> None:
        """Filter strength from 0 to 1 (clamped)."""
        self._strength = min(1.0, max(0.0, float(value)))

    def reset(self) -> None:
        self._filter, self._strength = "camera", 0.5
        self._previous_grey = self._heat = None

    def process(self, frame: np.ndarray) -> VisionOutput:
        """Apply the current filter (called on the camera worker thread)."""
        key, strength = self._filter, self._strength  # read once: the UI may change them meanwhile
        if key != "motion":
            self._previous_grey = self._heat = None
        if key == "camera":
            return VisionOutput(key, frame)
        if key == "edges":
            return self._edges(frame, strength)
        if key == "blur":
            return VisionOutput(key, blur(frame, strength))
        if key == "threshold":
            grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
            _, binary = cv2.threshold(grey, threshold_level(strength), 255, cv2.THRESH_BINARY)
            return VisionOutput(key, cv2.applyColorMap(binary, _THRESHOLD_LUT))
        if key == "channels":
            return VisionOutput(key, channel_mosaic(frame))
        if key == "pixels":
            return VisionOutput(key, pixelate(frame, pixel_size(strength, frame.shape[1])))
        return self._motion(frame, strength)

    def _edges(self, frame: np.ndarray, strength: float) -> VisionOutput:
        grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
        low, high = canny_thresholds(strength)
        edges = cv2.Canny(grey, low, high)
        fraction = cv2.countNonZero(edges) / edges.size
        # A faint copy of the picture on navy (one pass: a quarter of each channel plus navy),
        # so visitors recognise themselves, then the edge colour added where the edges are:
        # the same picture as colouring the edges with _EDGE_LUT and blending, in half the time.
        shown = cv2.transform(frame, _FAINT_ON_NAVY)
        cv2.add(shown, _EDGE_OVER_NAVY, dst=shown, mask=edges)
        return VisionOutput("edges", shown, edge_fraction=fraction)

    def _motion(self, frame: np.ndarray, strength: float) -> VisionOutput:
        height = round(frame.shape[0] * MOTION_WIDTH_PX / frame.shape[1])
        small = cv2.resize(frame, (MOTION_WIDTH_PX, height), interpolation=cv2.INTER_AREA)
        grey = cv2.GaussianBlur(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY), (5, 5), 0)
        previous = self._previous_grey
        self._previous_grey = grey
        if previous is None or previous.shape != grey.shape or self._heat is None:
            self._heat = np.zeros(grey.shape, np.float32)
            moved: np.ndarray = np.zeros(grey.shape, np.uint8)
        else:
            _, moved = cv2.threshold(cv2.absdiff(grey, previous), MOTION_THRESHOLD, 255, cv2.THRESH_BINARY)
        heat = self._heat
        heat *= heat_decay(strength)
        heat += moved.astype(np.float32) * 0.35
        np.minimum(heat, 255.0, out=heat)
        level = heat.astype(np.uint8)
        colours = cv2.applyColorMap(level, cv2.COLORMAP_INFERNO)
        dim = cv2.cvtColor(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
        shown = cv2.addWeighted(dim, 0.35, colours, 1.0, 0.0)
        return VisionOutput("motion", shown, motion_fraction=cv2.countNonZero(moved) / moved.size, heat=level)


def blur(frame: np.ndarray, strength: float) -> np.ndarray:
    """A strong blur made cheaply: shrink, soften, and let the display enlarge it smoothly."""
    factor = blur_factor(strength)
    width, height = max(2, frame.shape[1] // factor), max(2, frame.shape[0] // factor)
    small = cv2.resize(frame, (width, height), interpolation=cv2.INTER_AREA)
    return cv2.GaussianBlur(small, (3, 3), 0)


def pixelate(frame: np.ndarray, size_px: int) -> np.ndarray:
    """Big pixels: each size_px block becomes its average colour (a small picture; show it unsmoothed)."""
    height, width = frame.shape[:2]
    return cv2.resize(frame, (max(1, width // size_px), max(1, height // size_px)), interpolation=cv2.INTER_AREA)


def channel_mosaic(frame: np.ndarray) -> np.ndarray:
    """Four half-size tiles: the picture, then its red, green and blue channels, each in its colour.

    Layout in frame coordinates: top-left picture, top-right red, bottom-left green, bottom-right blue.
    """
    height, width = frame.shape[:2]
    half = cv2.resize(frame, (width // 2, height // 2), interpolation=cv2.INTER_AREA)
    blue, green, red = cv2.split(half)
    zero = np.zeros_like(blue)
    top = np.hstack((half, cv2.merge((zero, zero, red))))
    bottom = np.hstack((cv2.merge((zero, green, zero)), cv2.merge((blue, zero, zero))))
    return np.vstack((top, bottom))


#: Where each channel tile sits in the mosaic, as fractions of the frame (x, y) of its centre.
CHANNEL_TILES = {"picture": (0.25, 0.25), "red": (0.75, 0.25), "green": (0.25, 0.75), "blue": (0.75, 0.75)}


@dataclass
class FilterTour:
    """The goal: look at every filter for a moment. Seconds are counted from camera frames."""

    seconds_needed: float = 0.8
    watched_s: dict[str, float] = field(default_factory=dict)
    completed: bool = False

    @property
    def tried(self) -> list[str]:
        return [key for key in FILTERS if self.watched_s.get(key, 0.0) >= self.seconds_needed]

    @property
    def progress(self) -> tuple[int, int]:
        return len(self.tried), len(FILTERS)

    def watch(self, key: str, seconds: float) -> tuple[bool, bool]:
        """The visitor saw ``key`` for ``seconds`` more; returns (newly tried, goal reached now)."""
        if key not in FILTERS:
            raise ValueError(f"unknown filter {key!r}")
        if seconds < 0:
            raise ValueError("seconds cannot be negative")
        before = key in self.tried
        self.watched_s[key] = self.watched_s.get(key, 0.0) + min(seconds, 0.5)  # a stall is not watching
        newly = not before and key in self.tried
        reached = newly and not self.completed and len(self.tried) == len(FILTERS)
        if reached:
            self.completed = True
        return newly, reached

    def reset(self) -> None:
        self.watched_s.clear()
        self.completed = False
