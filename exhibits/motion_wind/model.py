"""Wind of motion: optical flow turned into wind, particles carried by it, a turbine charged by it.

Qt-free. ``FlowMeter.process(frame)`` runs on the camera worker: dense optical flow (OpenCV DIS)
between this frame and the last, on a small grey copy, gives how far each patch of the picture
moved. That motion field, smoothed, is the wind. ``ParticleWind.step`` drags thousands of
particles towards the local wind speed, vectorised with numpy. ``WindScene`` puts these together
on the camera worker, one step per camera frame (the flow on the capture thread, the particles on
the pipeline's second thread), and hands the UI a finished picture.
``Turbine`` turns the particles' wind into power: like a real wind turbine, power grows with the
cube of the wind speed (P = ½ ρ A v³), so a wind twice as fast gives eight times the power.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from dataclasses import dataclass

import cv2
import numpy as np

FLOW_WIDTH_PX = 192
#: The dimmed camera picture under the particles is this wide (the display enlarges it).
PICTURE_WIDTH_PX = 640
#: A flow longer than this (in flow pixels per frame) is a glitch (a light switched on), not wind.
MAX_FLOW_PX = 8.0
#: Motion is blown outwards a little: the wind reaches past the moving arm.
WIND_SPREAD_PX = 9
#: Brightness change (0-255) that shows a patch really moved; DIS fills flat areas in from their
#: neighbours, so flow is trusted only where the picture changed.
CHANGE_THRESHOLD = 12
#: A changed patch spreads trust to its neighbours this far (a 5x5 square).
_TRUST_SPREAD = np.ones((5, 5), np.uint8)
#: Each particle pixel as one 3-byte item, so a dot is drawn with one flat index per pixel.
_PIXEL = np.dtype((np.void, 3))


@dataclass(frozen=True)
class FlowResult:
    """One processed frame: the wind field and the picture to draw particles on."""

    wind: np.ndarray  # (h, w, 2) float32: x in picture widths per second, y in picture heights per second
    display: np.ndarray  # dimmed camera picture, BGR, PICTURE_WIDTH_PX wide
    mean_flow: float  # mean motion, flow pixels per frame


class FlowMeter:
    """Dense optical flow from consecutive frames (DIS, ultrafast preset, on a small copy)."""

    def __init__(self, fps: float = 30.0, flow_width_px: int = FLOW_WIDTH_PX) -> None:
        self.fps = fps
        self.flow_width_px = flow_width_px
        # OpenCV's bundled stubs leave out the DIS optical flow factory, which the module has.
        self._dis = cv2.DISOpticalFlow_create(cv2.DISOPTICAL_FLOW_PRESET_ULTRAFAST)  # type: ignore[attr-defined]
        self._previous: np.ndarray | None = None

    def reset(self) -> None:
        self._previous = None

    def flow(self, previous: np.ndarray, current: np.ndarray) -> np.ndarray:
        """Flow (h, w, 2) in pixels per frame from one grey image to the next."""
        return self._dis.calc(previous, current, None)

    def process(self, frame: np.ndarray) -> FlowResult:
        height, width = frame.shape[:2]
        flow_h = max(2, round(height * self.flow_width_px / width))
        # The shown picture first, then the flow's small copy from it, halved once more on the
        # way: OpenCV averages a picture down by half fastest (0.2 ms from 1280x720, where going
        # straight to 192 wide took 2.7 ms).
        picture_h = round(height * PICTURE_WIDTH_PX / width)
        picture = cv2.resize(frame, (PICTURE_WIDTH_PX, picture_h), interpolation=cv2.INTER_AREA)
        half = picture
        if half.shape[1] >= 2 * self.flow_width_px:
            half = cv2.resize(picture, (PICTURE_WIDTH_PX // 2, picture_h // 2), interpolation=cv2.INTER_AREA)
        small = cv2.resize(half, (self.flow_width_px, flow_h), interpolation=cv2.INTER_AREA)
        grey = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
        previous, self._previous = self._previous, grey
        if previous is None or previous.shape != grey.shape:
            field = np.zeros((flow_h, self.flow_width_px, 2), np.float32)
        else:
            field = self.flow(previous, grey)
            _, changed = cv2.threshold(cv2.absdiff(grey, previous), CHANGE_THRESHOLD, 1, cv2.THRESH_BINARY)
            np.multiply(field, cv2.dilate(changed, _TRUST_SPREAD)[..., None], out=field)
        magnitude = np.sqrt(field[..., 0] ** 2 + field[..., 1] ** 2)
        too_long = magnitude > MAX_FLOW_PX
        if too_long.any():
            field[too_long] *= (MAX_FLOW_PX / magnitude[too_long])[:, None]
        mean_flow = float(np.minimum(magnitude, MAX_FLOW_PX).mean())
        kernel = 2 * WIND_SPREAD_PX + 1
        spread: np.ndarray = cv2.GaussianBlur(field, (kernel, kernel), 0)
        spread *= 3.0  # spread out, keeping the strength
        spread *= np.array((self.fps / self.flow_width_px, self.fps / flow_h), np.float32)  # -> widths, heights per s
        display = cv2.convertScaleAbs(picture, alpha=0.35)
        return FlowResult(spread, display, mean_flow)


class ParticleWind:
    """Particles in the unit square (x across, y down, as fractions of the picture) blown by the wind.

    Each step the velocity relaxes towards the local wind with time constant ``1/drag_per_s``
    (air drag), plus a faint swirling breeze so the air never looks dead.
    """

    def __init__(self, count: int = 4000, seed: int = 0, drag_per_s: float = 2.5, breeze: float = 0.015) -> None:
        if count < 1:
            raise ValueError(f"need at least one particle, got {count}")
        if drag_per_s <= 0:
            raise ValueError("drag_per_s must be positive")
        self.count = count
        self.drag_per_s = drag_per_s
        self.breeze = breeze
        self._rng = np.random.default_rng(seed)
        self.positions = np.empty((count, 2), np.float32)
        self.velocities = np.empty((count, 2), np.float32)
        self.time_s = 0.0
        self.wind: np.ndarray | None = None
        self.reset()

    def reset(self) -> None:
        self.positions[:] = self._rng.random((self.count, 2), dtype=np.float32)
        self.velocities[:] = 0.0
        self.time_s = 0.0
        self.wind = None

    def set_wind(self, wind: np.ndarray | None) -> None:
        """The latest wind field (h, w, 2), or None for still air."""
        self.wind = wind

    def wind_at_particles(self) -> np.ndarray:
        if self.wind is None:
            return np.zeros_like(self.velocities)
        height, width = self.wind.shape[:2]
        columns = np.minimum((self.positions[:, 0] * width).astype(np.intp), width - 1)
        rows = np.minimum((self.positions[:, 1] * height).astype(np.intp), height - 1)
        return self.wind.reshape(-1, 2)[rows * width + columns]  # one flat index: quicker than two

    def step(self, dt_s: float) -> None:
        if dt_s <= 0:
            return
        dt_s = min(dt_s, 0.1)
        self.time_s += dt_s
        target = self.wind_at_particles()
        if self.breeze:
            # A slow swirl (a curl-like field) so particles drift when nobody moves.
            x, y = self.positions[:, 0], self.positions[:, 1]
            phase = self.time_s * 0.3
            target[:, 0] += self.breeze * np.sin(2 * math.pi * y + phase)  # target is this step's own array
            target[:, 1] += self.breeze * np.cos(2 * math.pi * x - phase)
        blend = 1.0 - math.exp(-self.drag_per_s * dt_s)
        self.velocities += (target - self.velocities) * blend
        self.positions += self.velocities * dt_s
        np.mod(self.positions, 1.0, out=self.positions)  # leaving one side, coming back on the other

    def speeds(self) -> np.ndarray:
        """Each particle's speed, picture widths per second (heights counted as widths: a rough scale)."""
        return np.sqrt((self.velocities ** 2).sum(axis=1))

    def mean_speed(self) -> float:
        return float(self.speeds().mean())

    def gust_speed(self, share: float = 0.1, speeds: np.ndarray | None = None) -> float:
        """Mean speed of the fastest ``share`` of particles: the wind where the visitor moves.
        ``speeds``: this step's ``speeds()``, if the caller has them already."""
        if not 0 < share <= 1:
            raise ValueError(f"share must be in (0, 1], got {share}")
        count = max(1, round(self.count * share))
        return float(np.partition(self.speeds() if speeds is None else speeds, self.count - count)[-count:].mean())


def turbine_power(wind_speed: float, rated_speed: float) -> float:
    """Share of the turbine's rated power (0-1): the cube of the wind speed, capped at the rating."""
    if rated_speed <= 0:
        raise ValueError("rated_speed must be positive")
    if wind_speed <= 0:
        return 0.0
    return min(1.0, (wind_speed / rated_speed) ** 3)


@dataclass
class Turbine:
    """A wind turbine charging a battery; the goal is a full battery."""

    rated_speed: float = 0.35  # gust speed (picture widths per second) that gives full power
    full_power_s: float = 6.0  # seconds at full power to fill the battery
    charge: float = 0.0  # 0-1
    rotor_angle_deg: float = 0.0
    power: float = 0.0
    completed: bool = False

    def update(self, wind_speed: float, dt_s: float) -> bool:
        """Advance by dt_s with this wind; True exactly when the battery becomes full."""
        if dt_s < 0:
            raise ValueError("dt_s cannot be negative")
        self.power = turbine_power(wind_speed, self.rated_speed)
        self.rotor_angle_deg = (self.rotor_angle_deg + 720.0 * min(wind_speed / self.rated_speed, 2.0) * dt_s) % 360
        before = self.charge
        self.charge = min(1.0, self.charge + self.power * dt_s / self.full_power_s)
        if self.charge >= 1.0 and before < 1.0 and not self.completed:
            self.completed = True
            return True
        return False

    def reset(self) -> None:
        self.charge = self.power = self.rotor_angle_deg = 0.0
        self.completed = False


#: How much of a trail is left after 1/60 s: trails last about a fifth of a second.
TRAIL_FADE_PER_60TH_S = 0.8


def trail_fade(dt_s: float) -> float:
    """The fade for a step of dt_s, so trails last as long at any frame rate."""
    return TRAIL_FADE_PER_60TH_S ** (max(dt_s, 0.0) * 60.0)


def render_particles(trails: np.ndarray, particles: ParticleWind, palette: np.ndarray,
                     fade: float = TRAIL_FADE_PER_60TH_S, speeds: np.ndarray | None = None) -> None:
    """Fade the trail image (C-contiguous BGR uint8) and draw each particle as a 2x2 dot
    coloured by its speed.

    ``palette`` is (n, 3) uint8 BGR from slow to fast; ``speeds``: the particles' ``speeds()``,
    if the caller has them already.
    """
    cv2.convertScaleAbs(trails, trails, fade)
    height, width = trails.shape[:2]
    columns = np.minimum((particles.positions[:, 0] * width).astype(np.intp), width - 2)
    rows = np.minimum((particles.positions[:, 1] * height).astype(np.intp), height - 2)
    speeds = particles.speeds() if speeds is None else speeds
    level = np.minimum((speeds * 8.0 * (len(palette) - 1)).astype(np.intp), len(palette) - 1)
    colours = np.ascontiguousarray(palette[level]).view(_PIXEL).ravel()
    # Pixels as one flat run of 3-byte items: one index per pixel instead of a row and a column,
    # the dots' four pixels drawn in the order they always were (a later dot covers an earlier).
    pixels = trails.reshape(-1).view(_PIXEL)
    top_left = rows * width + columns
    for offset in (0, 1, width, width + 1):
        pixels[top_left + offset] = colours


class WindFrame:
    """What one camera frame made: the wind, the picture to show, how hard the gusts blow.

    The wind is measured when the frame is processed; the particles are moved and drawn by
    ``finish()``, which the camera feed calls on the pipeline's second thread while the next
    frame's flow is measured. Frames are finished in the order they were processed, and asking
    for ``display`` or ``gust_speed`` first finishes the frame (and any before it).
    """

    __slots__ = ("_display", "_dt_s", "_gust_speed", "_palette", "_picture", "_reset", "_scene",
                 "mean_flow", "wind")

    def __init__(self, scene: WindScene, flow: FlowResult, dt_s: float, reset: bool, palette: np.ndarray) -> None:
        self.wind = flow.wind  # as FlowResult.wind
        self.mean_flow = flow.mean_flow
        self._scene = scene
        self._picture: np.ndarray | None = flow.display  # this frame's own array: the trails are added into it
        self._dt_s, self._reset, self._palette = dt_s, reset, palette
        self._display: np.ndarray | None = None
        self._gust_speed = 0.0

    @property
    def display(self) -> np.ndarray:
        """The dimmed picture with the particle trails, BGR."""
        self.finish()
        assert self._display is not None
        return self._display

    @property
    def gust_speed(self) -> float:
        """ParticleWind.gust_speed() after this frame's step."""
        self.finish()
        return self._gust_speed

    @property
    def finished(self) -> bool:
        return self._display is not None

    def finish(self) -> None:
        """Move the particles by this frame's wind and draw them (once; earlier frames first)."""
        if self._display is None:
            self._scene._finish_through(self)


class WindScene:
    """Flow, particles and trails, advanced once per camera frame on the camera worker.

    ``process`` (the capture thread) measures the flow; each frame's ``finish`` (the pipeline's
    second thread) steps and draws the particles, so the two share only the frames handed over.
    The UI thread only asks for a reset, which the worker carries out from its next frame on, so
    the particles are never changed from two threads.
    """

    def __init__(self, particles: ParticleWind, palette: np.ndarray, flow_meter: FlowMeter | None = None) -> None:
        self.flow_meter = flow_meter or FlowMeter()
        self.particles = particles
        self.palette = palette  # (n, 3) BGR, slow to fast; may be replaced from the UI thread
        self._trails: np.ndarray | None = None
        self._last_s: float | None = None
        self._reset_requested = threading.Event()
        self._unfinished: deque[WindFrame] = deque()  # processed, not yet drawn, oldest first
        self._finishing = threading.Lock()

    def request_reset(self) -> None:
        """Calm air and a fresh picture from the next frame on (safe from any thread)."""
        self._reset_requested.set()

    def process(self, frame: np.ndarray, now_s: float) -> WindFrame:
        """Measure this frame's wind; its particles are drawn when the frame is finished."""
        reset = self._reset_requested.is_set()
        if reset:
            self._reset_requested.clear()
            self.flow_meter.reset()
            self._last_s = None
        flow = self.flow_meter.process(frame)
        dt_s = 0.0 if self._last_s is None else min(now_s - self._last_s, 0.1)
        self._last_s = now_s
        made = WindFrame(self, flow, dt_s, reset, self.palette)
        self._unfinished.append(made)
        return made

    def _finish_through(self, last: WindFrame) -> None:
        with self._finishing:
            while not last.finished and self._unfinished:
                self._advance(self._unfinished.popleft())

    def _advance(self, made: WindFrame) -> None:
        """One frame's particle step and drawing, in processing order."""
        if made._reset:
            self.particles.reset()
            self._trails = None
        self.particles.set_wind(made.wind)
        self.particles.step(made._dt_s)
        picture, made._picture = made._picture, None
        assert picture is not None
        if self._trails is None or self._trails.shape != picture.shape:
            self._trails = np.zeros_like(picture)
        speeds = self.particles.speeds()  # once, for the dots' colours and for the gusts
        render_particles(self._trails, self.particles, made._palette, trail_fade(made._dt_s), speeds)
        made._gust_speed = self.particles.gust_speed(speeds=speeds)
        made._display = cv2.add(picture, self._trails, dst=picture)
