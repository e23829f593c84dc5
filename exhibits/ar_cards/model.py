"""AR cards: find the printed cards' ArUco markers, steady their corners, count the cards shown.

Qt-free. ``CardTracker.process(frame, now_s)`` runs on the camera worker: it detects markers
(the detector is handed in by the widget, from the kiosk's marker catalogue), smooths each card's
four corners so the drawing on it does not shiver, and keeps a card for a moment after it was
last seen so a missed frame does not make it blink. ``CardCollection`` holds the goal.

Also here: the 3-D shapes drawn on the cards (molecules from bond lengths and angles), as numbers
the widget projects.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np

#: Frames wider than this are shrunk before detection: cards are large enough at this size,
#: and detection takes 2.5 ms instead of 4.3 ms on a 1280-wide frame (measured).
DETECT_MAX_WIDTH = 640
#: Corners found on the shrunk picture are refined on the full one, to the sub-pixel.
_SUBPIX_CRITERIA = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_COUNT, 20, 0.05)
#: Seconds a card stays after it was last seen (bridges a missed detection).
HOLD_S = 0.3
#: A card counts as shown after it was seen in this many frames.
FRAMES_TO_COUNT = 6
#: Goals: show this many different cards, then all of them.
FIRST_GOAL = 3
#: The marker's corners (top-left, top-right, bottom-right, bottom-left) in card units.
MARKER_SQUARE = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], np.float32)


@dataclass(frozen=True)
class SeenCard:
    """A card in view: marker id and corners (top-left, top-right, bottom-right, bottom-left), frame px."""

    marker_id: int
    corners: np.ndarray  # float32 (4, 2)

    @property
    def centre(self) -> tuple[float, float]:
        x, y = self.corners.mean(axis=0)
        return float(x), float(y)

    @property
    def side_px(self) -> float:
        """Mean length of the marker's sides, in frame pixels."""
        return float(np.linalg.norm(self.corners - np.roll(self.corners, -1, axis=0), axis=1).mean())


@dataclass(frozen=True)
class CardsResult:
    cards: list[SeenCard] = field(default_factory=list)


@dataclass
class _Track:
    corners: np.ndarray
    last_seen_s: float


class CardTracker:
    """Detects the known markers in BGR frames and tracks them with smoothing and a short hold.

    ``detector`` is an ArUco detector (kiosk.exhibit.create_marker_detector(refine_corners=False)
    for speed: corners are refined here on the full-size picture).
    """

    def __init__(self, detector: Any, known_ids: Iterable[int], smoothing: float = 0.5,
                 hold_s: float = HOLD_S, max_width: int = DETECT_MAX_WIDTH) -> None:
        if not 0.0 < smoothing <= 1.0:
            raise ValueError(f"smoothing must be in (0, 1], got {smoothing}")
        self.detector = detector
        self.known_ids = frozenset(int(i) for i in known_ids)
        self.smoothing = smoothing
        self.hold_s = hold_s
        self.max_width = max_width
        self._tracks: dict[int, _Track] = {}

    def reset(self) -> None:
        self._tracks.clear()

    def detect(self, frame: np.ndarray) -> dict[int, np.ndarray]:
        """Known markers in the frame: id -> corners in frame pixels (no smoothing)."""
        grey = frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
        scale = 1.0
        small = grey
        if grey.shape[1] > self.max_width:
            scale = self.max_width / grey.shape[1]
            small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        corners, ids, _ = self.detector.detectMarkers(small)
        if ids is None:
            return {}
        found = {}
        for marker_id, quad in zip(ids.ravel(), corners, strict=True):
            if int(marker_id) not in self.known_ids:
                continue
            points: np.ndarray = np.asarray(quad, np.float32).reshape(4, 1, 2) / scale
            window = max(3, round(2 / scale))
            points = cv2.cornerSubPix(grey, points, (window, window), (-1, -1), _SUBPIX_CRITERIA)
            found[int(marker_id)] = points.reshape(4, 2)
        return found

    def process(self, frame: np.ndarray, now_s: float) -> CardsResult:
        for marker_id, corners in self.detect(frame).items():
            track = self._tracks.get(marker_id)
            if track is not None and now_s - track.last_seen_s <= self.hold_s:
                side = float(np.linalg.norm(corners[0] - corners[1])) or 1.0
                jump = float(np.abs(corners - track.corners).max())
                # Small jitter is smoothed away; a real move (a fifth of the card or more) is followed at once.
                weight = 1.0 if jump > 0.2 * side else self.smoothing
                track.corners = track.corners + (corners - track.corners) * weight
                track.last_seen_s = now_s
            else:
                self._tracks[marker_id] = _Track(corners.copy(), now_s)
        for marker_id in [i for i, t in self._tracks.items() if now_s - t.last_seen_s > self.hold_s]:
            del self._tracks[marker_id]
        return CardsResult([SeenCard(i, t.corners.copy()) for i, t in sorted(self._tracks.items())])


def card_to_image(corners: np.ndarray, frame_to_image: np.ndarray) -> np.ndarray:
    """3x3 matrix: card units -> image pixels, for a marker seen at corners (frame pixels)."""
    quad = cv2.perspectiveTransform(corners.reshape(4, 1, 2).astype(np.float64), frame_to_image)
    return cv2.getPerspectiveTransform(MARKER_SQUARE, quad.reshape(4, 2).astype(np.float32))


#: Clear pixels kept around a picture's content: bilinear sampling reaches a pixel beyond it.
_CONTENT_MARGIN_PX = 2


def content_box(picture: np.ndarray) -> tuple[int, int, int, int]:
    """The part (left, top, right, bottom) of a premultiplied BGRA picture that is not fully
    clear, with a margin of clear pixels; (0, 0, 0, 0) for a clear picture."""
    height, width = picture.shape[:2]
    # Any channel not zero, found in one pass: the rows seen as runs of bytes (4 to a pixel).
    x, y, byte_width, rows = cv2.boundingRect(np.ascontiguousarray(picture).reshape(height, width * 4))
    if byte_width == 0:
        return 0, 0, 0, 0
    margin = _CONTENT_MARGIN_PX
    return (max(0, x // 4 - margin), max(0, y - margin), min(width, -(-(x + byte_width) // 4) + margin),
            min(height, y + rows + margin))


def paste_warped(canvas: np.ndarray, picture: np.ndarray, picture_to_canvas: np.ndarray,
                 content: tuple[int, int, int, int] | None = None) -> bool:
    """Draw a premultiplied BGRA picture over a BGRA canvas through a perspective (3x3 matrix).

    Only the part of the canvas the picture lands on is touched. ``content``: the picture's
    ``content_box``, if known: only that part is warped and blended (the same pixels; the clear
    rest would leave the canvas as it is). Returns False (drawing nothing) when the picture would
    cross the horizon of a card tilted almost edge-on, or falls outside the canvas. OpenCV
    releases the GIL here, so the UI thread runs meanwhile.
    """
    if content is not None:
        left, top, right, bottom = content
        if right <= left or bottom <= top:
            return False
        picture = picture[top:bottom, left:right]
        picture_to_canvas = picture_to_canvas @ np.array([[1.0, 0.0, left], [0.0, 1.0, top], [0.0, 0.0, 1.0]])
    height, width = picture.shape[:2]
    corners = np.array([[0, 0, 1], [width, 0, 1], [width, height, 1], [0, height, 1]], np.float64)
    mapped = corners @ picture_to_canvas.T
    if not np.all(mapped[:, 2] > 1e-6):
        return False
    points = mapped[:, :2] / mapped[:, 2:]
    left, top = np.floor(points.min(axis=0)).astype(int)
    right, bottom = np.ceil(points.max(axis=0)).astype(int)
    left, top = max(left, 0), max(top, 0)
    right, bottom = min(right, canvas.shape[1]), min(bottom, canvas.shape[0])
    if right <= left or bottom <= top:
        return False
    shifted = np.array([[1.0, 0.0, -left], [0.0, 1.0, -top], [0.0, 0.0, 1.0]]) @ picture_to_canvas
    warped = cv2.warpPerspective(picture, shifted, (right - left, bottom - top), flags=cv2.INTER_LINEAR,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0, 0))
    region = canvas[top:bottom, left:right]  # a view: drawn into in place, no full-size temporaries
    uncovered = cv2.bitwise_not(cv2.extractChannel(warped, 3))
    # Premultiplied "over": result = picture + canvas * (1 - picture alpha).
    cv2.multiply(region, cv2.merge([uncovered] * 4), dst=region, scale=1 / 255)
    cv2.add(region, warped, dst=region)
    return True


@dataclass
class CardCollection:
    """The goal: show FIRST_GOAL different cards, then every card."""

    total: int
    first_goal: int = FIRST_GOAL
    frames_to_count: int = FRAMES_TO_COUNT
    frames_seen: dict[int, int] = field(default_factory=dict)
    collected: list[int] = field(default_factory=list)  # in the order shown

    def observe(self, visible: Iterable[int]) -> tuple[list[int], int | None]:
        """Cards visible in one frame -> (newly collected ids, goal reached now: its size or None)."""
        newly = []
        for marker_id in visible:
            count = self.frames_seen.get(marker_id, 0) + 1
            self.frames_seen[marker_id] = count
            if count == self.frames_to_count and marker_id not in self.collected:
                self.collected.append(marker_id)
                newly.append(marker_id)
        reached = None
        if newly:
            size = len(self.collected)
            if size == self.total or (size >= self.first_goal > size - len(newly)):
                reached = self.total if size == self.total else self.first_goal
        return newly, reached

    @property
    def goal(self) -> int:
        """The goal being played for now."""
        return self.first_goal if len(self.collected) < self.first_goal else self.total

    def reset(self) -> None:
        self.frames_seen.clear()
        self.collected.clear()


# -- molecules ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Atom:
    element: str
    position: tuple[float, float, float]  # ångström


def water() -> list[Atom]:
    """H2O: O-H bonds 0.96 Å, H-O-H angle 104.5°, in the x-y plane (y down)."""
    half = math.radians(104.5 / 2)
    bond = 0.96
    return [Atom("O", (0.0, 0.0, 0.0)),
            Atom("H", (-bond * math.sin(half), bond * math.cos(half), 0.0)),
            Atom("H", (bond * math.sin(half), bond * math.cos(half), 0.0))]


def carbon_dioxide() -> list[Atom]:
    """CO2: linear, C=O double bonds 1.16 Å."""
    return [Atom("O", (-1.16, 0.0, 0.0)), Atom("C", (0.0, 0.0, 0.0)), Atom("O", (1.16, 0.0, 0.0))]


def salt_crystal(ions_per_edge: int = 3, spacing: float = 2.82) -> list[Atom]:
    """A cube of NaCl (rock salt): Na and Cl alternate; neighbours 2.82 Å apart."""
    atoms = []
    offset = (ions_per_edge - 1) / 2
    for i in range(ions_per_edge):
        for j in range(ions_per_edge):
            for k in range(ions_per_edge):
                element = "Na" if (i + j + k) % 2 == 0 else "Cl"
                atoms.append(Atom(element, ((i - offset) * spacing, (j - offset) * spacing, (k - offset) * spacing)))
    return atoms


MOLECULES = {"water": water, "carbon_dioxide": carbon_dioxide, "salt": salt_crystal}


def bonds(atoms: list[Atom], max_length: float) -> list[tuple[int, int]]:
    """Pairs of atoms closer than max_length (ångström)."""
    pairs = []
    for a in range(len(atoms)):
        for b in range(a + 1, len(atoms)):
            if math.dist(atoms[a].position, atoms[b].position) <= max_length:
                pairs.append((a, b))
    return pairs


def rotate_y(points: np.ndarray, angle_rad: float) -> np.ndarray:
    """Turn (n, 3) points about the vertical (y) axis; distances are kept."""
    cos_a, sin_a = math.cos(angle_rad), math.sin(angle_rad)
    rotation = np.array([[cos_a, 0.0, sin_a], [0.0, 1.0, 0.0], [-sin_a, 0.0, cos_a]])
    return points @ rotation.T


def rotate_x(points: np.ndarray, angle_rad: float) -> np.ndarray:
    cos_a, sin_a = math.cos(angle_rad), math.sin(angle_rad)
    rotation = np.array([[1.0, 0.0, 0.0], [0.0, cos_a, -sin_a], [0.0, sin_a, cos_a]])
    return points @ rotation.T
