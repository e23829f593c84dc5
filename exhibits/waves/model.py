"""Ripple-tank physics and the microphone challenges (Qt-free).

Two point sources vibrate in phase and send out circular waves. Each wave is written as a
phasor ``A(r) * exp(i k r)``; the water height at time t is ``Re(sum * exp(-i w t))``. The
magnitude of the summed phasor is the local amplitude, which is what the microphone hears:
it does not change with time, so nodal lines (always quiet) and antinodal lines (always loud)
stand still while the ripples move through them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

import numpy as np

# Speed of ripples in a shallow water tank, centimetres per second.
DEFAULT_SPEED_CMPS = 24.0
FREQUENCY_RANGE_HZ = (2.0, 8.0)
DISTANCE_RANGE_CM = (2.0, 30.0)
# Distance over which a circular wave's amplitude has dropped to 1/sqrt(2).
DEFAULT_FALLOFF_CM = 10.0
# Cells along the longer side of the tank for the rendered height field.
DEFAULT_GRID_CELLS = 320


def wavelength_cm(speed_cmps: float, frequency_hz: float) -> float:
    """Wavelength from wave speed and frequency: lambda = v / f."""
    if speed_cmps <= 0:
        raise ValueError(f"wave speed must be positive, got {speed_cmps} cm/s")
    if frequency_hz <= 0:
        raise ValueError(f"frequency must be positive, got {frequency_hz} Hz")
    return speed_cmps / frequency_hz


def source_amplitude(distance_cm: np.ndarray | float, falloff_cm: float | None) -> np.ndarray | float:
    """Amplitude of one circular wave at a distance (1 at the source).

    Circular waves spread their energy over a growing ring, so far away the amplitude falls
    like 1/sqrt(r); ``1/sqrt(1 + r/falloff)`` keeps it finite at the source itself.
    ``falloff_cm=None`` gives waves that do not fade (the textbook ideal).
    """
    if falloff_cm is None:
        return np.ones_like(distance_cm) if isinstance(distance_cm, np.ndarray) else 1.0
    if falloff_cm <= 0:
        raise ValueError(f"falloff distance must be positive or None, got {falloff_cm} cm")
    return 1.0 / np.sqrt(1.0 + np.asarray(distance_cm) / falloff_cm)


class RippleTank:
    """Two in-phase point sources in a rectangular tank (all lengths in centimetres).

    Positions are (x, y) with x to the right and y downwards, origin at the tank's top-left
    corner. Out-of-range settings are clamped to the documented ranges, never rejected, so a
    drag past the edge simply stops at the edge.
    """

    def __init__(self, width_cm: float = 48.0, height_cm: float = 27.0, *,
                 frequency_hz: float = 5.0, speed_cmps: float = DEFAULT_SPEED_CMPS,
                 falloff_cm: float | None = DEFAULT_FALLOFF_CM,
                 grid_cells: int = DEFAULT_GRID_CELLS) -> None:
        if speed_cmps <= 0:
            raise ValueError(f"wave speed must be positive, got {speed_cmps} cm/s")
        if grid_cells < 8:
            raise ValueError(f"the height-field grid needs at least 8 cells, got {grid_cells}")
        self.speed_cmps = speed_cmps
        self.falloff_cm = falloff_cm
        self.grid_cells = grid_cells
        self._frequency_hz = FREQUENCY_RANGE_HZ[0]
        self.width_cm = self.height_cm = 0.0
        self.sources: list[tuple[float, float]] = [(0.0, 0.0), (0.0, 0.0)]
        self.probe: tuple[float, float] = (0.0, 0.0)
        self._phasor: np.ndarray | None = None
        self.resize(width_cm, height_cm)
        self.frequency_hz = frequency_hz
        self.place_sources_centred(14.0)
        self.probe = (self.width_cm * 0.5, self.height_cm * 0.8)

    # -- settings ------------------------------------------------------------------------------

    @property
    def frequency_hz(self) -> float:
        return self._frequency_hz

    @frequency_hz.setter
    def frequency_hz(self, value: float) -> None:
        low, high = FREQUENCY_RANGE_HZ
        value = min(high, max(low, float(value)))
        if value != self._frequency_hz:
            self._frequency_hz = value
            self._phasor = None

    @property
    def wavelength_cm(self) -> float:
        return wavelength_cm(self.speed_cmps, self._frequency_hz)

    @property
    def wavenumber_per_cm(self) -> float:
        return 2 * math.pi / self.wavelength_cm

    @property
    def source_distance_cm(self) -> float:
        (ax, ay), (bx, by) = self.sources
        return math.hypot(bx - ax, by - ay)

    def resize(self, width_cm: float, height_cm: float) -> None:
        """Change the tank's size (to follow the screen's shape).

        Everything moves with the tank's centre, so distances (and the pattern) stay the same
        unless a wall pushes something inwards.
        """
        if width_cm <= 0 or height_cm <= 0:
            raise ValueError(f"tank size must be positive, got {width_cm} x {height_cm} cm")
        if self.width_cm > 0 and self.height_cm > 0:
            dx, dy = (width_cm - self.width_cm) / 2, (height_cm - self.height_cm) / 2
            self.sources = [(x + dx, y + dy) for x, y in self.sources]
            self.probe = (self.probe[0] + dx, self.probe[1] + dy)
        self.width_cm, self.height_cm = float(width_cm), float(height_cm)
        self.sources = [self.clamp_point(p) for p in self.sources]
        self.probe = self.clamp_point(self.probe)
        self._phasor = None

    def move_probe(self, point: tuple[float, float]) -> None:
        """Put the microphone at a point (kept inside the tank)."""
        self.probe = self.clamp_point(point)

    @property
    def probe_loudness(self) -> float:
        """What the microphone hears: loudness_at its position."""
        return self.loudness_at(self.probe)

    def clamp_point(self, point: tuple[float, float]) -> tuple[float, float]:
        """The nearest point inside the tank."""
        x, y = point
        return (min(self.width_cm, max(0.0, float(x))), min(self.height_cm, max(0.0, float(y))))

    def place_sources_centred(self, distance_cm: float) -> None:
        """Both sources on a horizontal line through the tank's middle, distance_cm apart."""
        centre = (self.width_cm / 2, self.height_cm * 0.42)
        self._place_about(centre, (1.0, 0.0), distance_cm)

    def set_source_distance(self, distance_cm: float) -> None:
        """Move both sources along their joining line, keeping their midpoint, to distance_cm."""
        (ax, ay), (bx, by) = self.sources
        length = math.hypot(bx - ax, by - ay)
        direction = ((bx - ax) / length, (by - ay) / length) if length > 1e-9 else (1.0, 0.0)
        self._place_about(((ax + bx) / 2, (ay + by) / 2), direction, distance_cm)

    def _place_about(self, centre: tuple[float, float], direction: tuple[float, float],
                     distance_cm: float) -> None:
        low, high = DISTANCE_RANGE_CM
        distance_cm = min(high, max(low, float(distance_cm)))
        dx, dy = direction[0] * distance_cm / 2, direction[1] * distance_cm / 2
        # Shift the midpoint so that both sources fit inside the tank.
        cx = min(self.width_cm - abs(dx), max(abs(dx), centre[0]))
        cy = min(self.height_cm - abs(dy), max(abs(dy), centre[1]))
        self.sources = [self.clamp_point((cx - dx, cy - dy)), self.clamp_point((cx + dx, cy + dy))]
        self._phasor = None

    def move_source(self, index: int, point: tuple[float, float]) -> None:
        """Drag one source; it stays in the tank and within the allowed distance of the other."""
        if index not in (0, 1):
            raise ValueError(f"source index must be 0 or 1, got {index}")
        other = self.sources[1 - index]
        x, y = self.clamp_point(point)
        dx, dy = x - other[0], y - other[1]
        distance = math.hypot(dx, dy)
        low, high = DISTANCE_RANGE_CM
        if distance < 1e-9:
            dx, dy, distance = 1.0, 0.0, 1.0
        if not low <= distance <= high:
            scale = min(high, max(low, distance)) / distance
            x, y = self.clamp_point((other[0] + dx * scale, other[1] + dy * scale))
        self.sources[index] = (x, y)
        self._phasor = None

    # -- the wave field ------------------------------------------------------------------------

    def phasor_at(self, x_cm: np.ndarray | float, y_cm: np.ndarray | float) -> np.ndarray:
        """Complex sum of both waves at the given points (vectorised)."""
        x = np.asarray(x_cm)
        y = np.asarray(y_cm)
        real_type = np.float32 if x.dtype == np.float32 and y.dtype == np.float32 else np.float64
        x, y = x.astype(real_type, copy=False), y.astype(real_type, copy=False)
        k = real_type(self.wavenumber_per_cm)
        shape = np.broadcast(x, y).shape
        real = np.zeros(shape, dtype=real_type)
        imag = np.zeros(shape, dtype=real_type)
        for sx, sy in self.sources:
            r = np.hypot(x - real_type(sx), y - real_type(sy))
            amplitude = source_amplitude(r, self.falloff_cm)
            phase = k * r
            real += amplitude * np.cos(phase)
            imag += amplitude * np.sin(phase)
        return real + 1j * imag if real_type is np.float64 else (real + np.complex64(1j) * imag)

    def waves_at(self, point: tuple[float, float]) -> list[tuple[float, float]]:
        """(amplitude, phase in radians) of each source's wave at a point; their phasors sum to
        phasor_at. Equal phases add up, phases half a turn apart cancel."""
        k = self.wavenumber_per_cm
        result = []
        for source in self.sources:
            r = math.dist(point, source)
            result.append((float(source_amplitude(r, self.falloff_cm)), k * r))
        return result

    def amplitude_at(self, point: tuple[float, float]) -> float:
        """How strongly the water moves up and down at a point (2 = both waves fully add up)."""
        return float(abs(self.phasor_at(point[0], point[1])))

    def loudness_at(self, point: tuple[float, float]) -> float:
        """Amplitude compared with one wave alone there: 0 = silent, 1 = one source, 2 = double."""
        mean_single = np.mean([
            source_amplitude(math.dist(point, s), self.falloff_cm) for s in self.sources
        ])
        return self.amplitude_at(point) / float(mean_single)

    def path_difference_cm(self, point: tuple[float, float]) -> float:
        """Distance to source A minus distance to source B."""
        return math.dist(point, self.sources[0]) - math.dist(point, self.sources[1])

    def grid_shape(self) -> tuple[int, int]:
        """(rows, columns) of the rendered height field: the longer side has grid_cells."""
        cell = max(self.width_cm, self.height_cm) / self.grid_cells
        return (max(2, round(self.height_cm / cell)), max(2, round(self.width_cm / cell)))

    def phasor_grid(self) -> np.ndarray:
        """The complex wave field on the grid (cached until a source or the frequency changes)."""
        if self._phasor is None:
            x, y = self.grid_points()
            self._phasor = self.phasor_at(x, y).astype(np.complex64, copy=False)
        return self._phasor

    def height_field(self, time_s: float) -> np.ndarray:
        """Water height on the grid at a moment: Re(phasor * exp(-i w t)), float32."""
        phasor = self.phasor_grid()
        angle = 2 * math.pi * self._frequency_hz * time_s
        return phasor.real * np.float32(math.cos(angle)) + phasor.imag * np.float32(math.sin(angle))

    def grid_points(self) -> tuple[np.ndarray, np.ndarray]:
        """Centres (x row, y column) of the grid cells, in cm, ready to broadcast."""
        rows, cols = self.grid_shape()
        x = ((np.arange(cols) + 0.5) * (self.width_cm / cols)).astype(np.float32)
        y = ((np.arange(rows) + 0.5) * (self.height_cm / rows)).astype(np.float32)
        return x[None, :], y[:, None]

    def loudness_grid(self) -> np.ndarray:
        """loudness_at for every grid cell (vectorised)."""
        x, y = self.grid_points()
        mean_single = np.mean(np.array([
            source_amplitude(np.hypot(x - sx, y - sy), self.falloff_cm) for sx, sy in self.sources
        ]), axis=0)
        return np.abs(self.phasor_grid()) / mean_single

    def extreme_point(self, loud: bool, margin_cm: float = 3.0) -> tuple[float, float]:
        """The loudest (or quietest) grid point at least margin_cm from both sources and walls."""
        x, y = self.grid_points()
        loudness = self.loudness_grid()
        allowed = (x >= margin_cm) & (x <= self.width_cm - margin_cm)
        allowed = allowed & (y >= margin_cm) & (y <= self.height_cm - margin_cm)
        for sx, sy in self.sources:
            allowed = allowed & (np.hypot(x - sx, y - sy) >= margin_cm)
        scores = np.where(allowed, loudness if loud else -loudness, -np.inf)
        row, col = np.unravel_index(int(np.argmax(scores)), scores.shape)
        return float(x[0, col]), float(y[row, 0])

    # -- nodal and antinodal lines ---------------------------------------------------------------

    def antinodal_differences_cm(self) -> list[float]:
        """Path differences n*lambda (|n*lambda| <= d) of the loud lines."""
        wavelength, d = self.wavelength_cm, self.source_distance_cm
        n_max = math.floor(d / wavelength + 1e-9)
        return [n * wavelength for n in range(-n_max, n_max + 1)]

    def nodal_differences_cm(self) -> list[float]:
        """Path differences (n + 1/2)*lambda (|...| < d) of the quiet lines."""
        wavelength, d = self.wavelength_cm, self.source_distance_cm
        values = []
        n = 0
        while (n + 0.5) * wavelength < d:
            values += [-(n + 0.5) * wavelength, (n + 0.5) * wavelength]
            n += 1
        return sorted(values)

    def nodal_line_count(self) -> int:
        """How many quiet lines cross the segment between the sources (about 2d / lambda)."""
        return len(self.nodal_differences_cm())

    def interference_curve(self, difference_cm: float, samples: int = 160) -> np.ndarray:
        """Points (N x 2, tank cm) where distance-to-A minus distance-to-B equals difference_cm.

        That set is one branch of a hyperbola with the sources as foci; it is traced far enough
        to leave the tank. When |difference| equals the source distance the branch collapses to
        the ray beyond one source.
        """
        (ax, ay), (bx, by) = self.sources
        d = self.source_distance_cm
        if d < 1e-9 or abs(difference_cm) > d + 1e-9:
            return np.empty((0, 2))
        ux, uy = (bx - ax) / d, (by - ay) / d
        vx, vy = -uy, ux
        mx, my = (ax + bx) / 2, (ay + by) / 2
        reach = math.hypot(self.width_cm, self.height_cm) * 1.5
        a = difference_cm / 2
        b = math.sqrt(max(0.0, (d / 2) ** 2 - a * a))
        if b < 1e-6:
            # Degenerate: the ray from the nearer source away from the other one.
            sign = 1.0 if difference_cm > 0 else -1.0
            along = np.linspace(d / 2, d / 2 + reach, samples) * sign
            across = np.zeros(samples)
        else:
            t_max = math.asinh(reach / b)
            t = np.linspace(-t_max, t_max, samples)
            along = a * np.cosh(t)
            across = b * np.sinh(t)
        return np.column_stack([mx + along * ux + across * vx, my + along * uy + across * vy])


class Challenge(Enum):
    """What the visitor is asked to do with the microphone."""

    QUIET = "quiet"  # drag the microphone to a quiet spot
    LOUD = "loud"  # drag it to a loud spot
    PINNED_QUIET = "pinned_quiet"  # the microphone is stuck: change the waves to make it quiet


CHALLENGE_ORDER = (Challenge.QUIET, Challenge.LOUD, Challenge.PINNED_QUIET)


@dataclass(frozen=True)
class ChallengeResult:
    """A challenge just reached: which one and its score (0-100)."""

    challenge: Challenge
    score: int


class MicrophoneGame:
    """The challenge rules: reach the target loudness and hold it for hold_s seconds.

    Loudness is RippleTank.loudness_at (0 silent, 2 double). Holding for a moment means a
    lucky pass over a quiet line does not count; the visitor has to find the spot.
    """

    QUIET_BELOW = 0.2
    LOUD_ABOVE = 1.8

    def __init__(self, hold_s: float = 1.0) -> None:
        if hold_s <= 0:
            raise ValueError(f"hold time must be positive, got {hold_s} s")
        self.hold_s = hold_s
        self.reset()

    def reset(self) -> None:
        self.index = 0
        self.held_s = 0.0
        self.completed = 0
        self.armed = True  # nothing came before the first challenge

    def _next(self) -> None:
        self.index += 1
        self.completed += 1
        self.held_s = 0.0
        # A new challenge counts only after the reading has been off target once, so that
        # finishing one challenge never completes the next one by itself.
        self.armed = False

    @property
    def challenge(self) -> Challenge:
        return CHALLENGE_ORDER[self.index % len(CHALLENGE_ORDER)]

    @property
    def probe_pinned(self) -> bool:
        """In the last challenge the microphone cannot be moved."""
        return self.challenge is Challenge.PINNED_QUIET

    @property
    def hold_fraction(self) -> float:
        return min(1.0, self.held_s / self.hold_s)

    def on_target(self, loudness: float) -> bool:
        if self.challenge is Challenge.LOUD:
            return loudness >= self.LOUD_ABOVE
        return loudness <= self.QUIET_BELOW

    def score_for(self, loudness: float) -> int:
        """100 for a perfect spot (silent, or exactly double), lower the further off."""
        fraction = loudness / 2 if self.challenge is Challenge.LOUD else 1 - loudness / 2
        return round(100 * min(1.0, max(0.0, fraction)))

    def update(self, loudness: float, dt_s: float) -> ChallengeResult | None:
        """Feed the microphone reading for dt_s seconds; returns a result when reached."""
        if dt_s < 0:
            raise ValueError(f"time step must not be negative, got {dt_s} s")
        if not self.on_target(loudness):
            self.held_s = 0.0
            self.armed = True
            return None
        if not self.armed:
            return None
        self.held_s += dt_s
        if self.held_s + 1e-9 < self.hold_s:
            return None
        result = ChallengeResult(self.challenge, self.score_for(loudness))
        self._next()
        return result
