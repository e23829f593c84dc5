"""Pendulum physics and the period challenges (Qt-free).

The pendulum is a point mass on a rigid, massless rod. Its motion follows the full nonlinear
equation  θ'' = -(g/L)·sin θ - c·θ'  (c: viscous friction per second), integrated with a
classic fourth-order Runge-Kutta step in small sub-steps, so large swings behave correctly and
the energy stays constant when there is no friction.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

#: Gravity of the worlds a visitor can choose, m/s².
GRAVITY_MPS2 = {"earth": 9.81, "moon": 1.62, "mars": 3.71}
LENGTH_RANGE_M = (0.3, 2.0)
DAMPING_RANGE_PER_S = (0.0, 1.0)
#: How far the bob may be dragged from the vertical (a rigid rod may go above the pivot level).
MAX_ANGLE_RAD = math.radians(135.0)
#: Largest integration step; frames are split into sub-steps no longer than this.
MAX_STEP_S = 1.0 / 480.0
#: Swings smaller than this are not timed (too small to see, and to measure honestly).
MIN_TIMED_AMPLITUDE_RAD = math.radians(1.0)


def small_angle_period_s(length_m: float, gravity_mps2: float) -> float:
    """The textbook period T = 2π·√(L/g), exact only for very small swings."""
    if length_m <= 0 or gravity_mps2 <= 0:
        raise ValueError("length and gravity must be positive")
    return 2.0 * math.pi * math.sqrt(length_m / gravity_mps2)


def exact_period_s(length_m: float, gravity_mps2: float, amplitude_rad: float) -> float:
    """The true period of a swing of the given amplitude (complete elliptic integral, via AGM).

    T = 4·√(L/g)·K(k), k = sin(θ₀/2), and K(k) = π / (2·AGM(1, √(1-k²))) = π / (2·AGM(1, cos(θ₀/2))).
    """
    amplitude_rad = abs(amplitude_rad)
    if not amplitude_rad < math.pi:
        raise ValueError("amplitude must be below π (180°): a pendulum started upside down never swings back")
    a, b = 1.0, math.cos(amplitude_rad / 2.0)
    while abs(a - b) > 1e-15 * a:
        a, b = (a + b) / 2.0, math.sqrt(a * b)
    return small_angle_period_s(length_m, gravity_mps2) / a


def _check_range(name: str, value: float, bounds: tuple[float, float], unit: str) -> float:
    low, high = bounds
    if not (low <= value <= high):  # also rejects NaN
        raise ValueError(f"{name} must be between {low} and {high} {unit}, got {value!r}")
    return float(value)


class Pendulum:
    """A rigid pendulum with a 1 kg bob: state, step, energies and a built-in period meter.

    Angles are measured from the vertical, positive to the right; energies are in joules with
    the potential energy zero at the lowest point.
    """

    mass_kg = 1.0

    def __init__(self, length_m: float = 1.0, gravity_mps2: float = GRAVITY_MPS2["earth"],
                 damping_per_s: float = 0.0) -> None:
        self._length_m = _check_range("length", length_m, LENGTH_RANGE_M, "m")
        if not gravity_mps2 > 0:
            raise ValueError(f"gravity must be positive, got {gravity_mps2!r}")
        self._gravity_mps2 = float(gravity_mps2)
        self._damping_per_s = _check_range("friction", damping_per_s, DAMPING_RANGE_PER_S, "1/s")
        self.angle_rad = 0.0
        self.angular_velocity_radps = 0.0
        self.time_s = 0.0
        self.held = False
        self.measured_period_s: float | None = None
        self.last_amplitude_rad = 0.0
        self.periods_measured = 0
        self._restart_timing()

    # -- parameters --------------------------------------------------------------------------

    @property
    def length_m(self) -> float:
        return self._length_m

    @length_m.setter
    def length_m(self, value: float) -> None:
        self._length_m = _check_range("length", value, LENGTH_RANGE_M, "m")
        self.measured_period_s = None  # it belonged to the old length
        self._restart_timing()

    @property
    def gravity_mps2(self) -> float:
        return self._gravity_mps2

    @gravity_mps2.setter
    def gravity_mps2(self, value: float) -> None:
        if not value > 0:
            raise ValueError(f"gravity must be positive, got {value!r}")
        self._gravity_mps2 = float(value)
        self.measured_period_s = None
        self._restart_timing()

    @property
    def damping_per_s(self) -> float:
        return self._damping_per_s

    @damping_per_s.setter
    def damping_per_s(self, value: float) -> None:
        self._damping_per_s = _check_range("friction", value, DAMPING_RANGE_PER_S, "1/s")

    # -- touch ------------------------------------------------------------------------------

    def hold(self, angle_rad: float) -> None:
        """The visitor holds the bob at an angle (clamped to ±MAX_ANGLE_RAD); it stops moving."""
        self.held = True
        self.angle_rad = max(-MAX_ANGLE_RAD, min(MAX_ANGLE_RAD, float(angle_rad)))
        self.angular_velocity_radps = 0.0
        self._restart_timing()

    def release(self) -> None:
        """Let go of the bob: it starts to swing from rest."""
        self.held = False
        self._restart_timing()

    def stop(self) -> None:
        """Bring the bob to rest at the bottom."""
        self.angle_rad = 0.0
        self.angular_velocity_radps = 0.0
        self._restart_timing()

    # -- motion -----------------------------------------------------------------------------

    def _derivatives(self, angle: float, velocity: float) -> tuple[float, float]:
        acceleration = (-(self._gravity_mps2 / self._length_m) * math.sin(angle)
                        - self._damping_per_s * velocity)
        return velocity, acceleration

    def step(self, dt_s: float) -> None:
        """Advance the time by dt_s seconds (sub-stepped RK4; a held bob stays where it is)."""
        if dt_s < 0:
            raise ValueError("time step must not be negative")
        steps = max(1, math.ceil(dt_s / MAX_STEP_S - 1e-9))
        h = dt_s / steps
        for _ in range(steps):
            if not self.held:
                self._rk4(h)
            self.time_s += h
            if not self.held:
                self._observe()

    def _rk4(self, h: float) -> None:
        a0, v0 = self.angle_rad, self.angular_velocity_radps
        k1a, k1v = self._derivatives(a0, v0)
        k2a, k2v = self._derivatives(a0 + 0.5 * h * k1a, v0 + 0.5 * h * k1v)
        k3a, k3v = self._derivatives(a0 + 0.5 * h * k2a, v0 + 0.5 * h * k2v)
        k4a, k4v = self._derivatives(a0 + h * k3a, v0 + h * k3v)
        self.angle_rad = a0 + h / 6.0 * (k1a + 2 * k2a + 2 * k3a + k4a)
        self.angular_velocity_radps = v0 + h / 6.0 * (k1v + 2 * k2v + 2 * k3v + k4v)

    # -- period meter -----------------------------------------------------------------------

    def _restart_timing(self) -> None:
        """Forget the running measurement (after a touch or a change of length or gravity)."""
        self._previous_angle: float | None = None
        self._previous_time_s = 0.0
        self._last_crossing_s: float | None = None
        self._peak_rad = 0.0

    def _observe(self) -> None:
        """Time each pass through the bottom (interpolated); two passes apart is half a period.

        A swing is symmetric (also with viscous friction), so doubling the time between two
        passes gives the full period after only half a swing: quicker feedback for visitors.
        """
        angle, now = self.angle_rad, self.time_s
        self._peak_rad = max(self._peak_rad, abs(angle))
        previous = self._previous_angle
        self._previous_angle, previous_time = angle, self._previous_time_s
        self._previous_time_s = now
        if previous is None or not (previous < 0.0 <= angle or previous > 0.0 >= angle):
            return
        crossing_s = previous_time + (now - previous_time) * (-previous) / (angle - previous)
        if self._last_crossing_s is not None and self._peak_rad >= MIN_TIMED_AMPLITUDE_RAD:
            self.measured_period_s = 2.0 * (crossing_s - self._last_crossing_s)
            self.last_amplitude_rad = self._peak_rad
            self.periods_measured += 1
        self._last_crossing_s = crossing_s
        self._peak_rad = abs(angle)

    # -- what the screen shows --------------------------------------------------------------

    @property
    def kinetic_energy_j(self) -> float:
        speed_mps = self._length_m * self.angular_velocity_radps
        return 0.5 * self.mass_kg * speed_mps * speed_mps

    @property
    def potential_energy_j(self) -> float:
        return self.mass_kg * self._gravity_mps2 * self.height_m

    @property
    def total_energy_j(self) -> float:
        return self.kinetic_energy_j + self.potential_energy_j

    @property
    def height_m(self) -> float:
        """Height of the bob above its lowest point."""
        return self._length_m * (1.0 - math.cos(self.angle_rad))

    @property
    def bob_position_m(self) -> tuple[float, float]:
        """Bob position relative to the pivot: x to the right, y upwards (negative below)."""
        return (self._length_m * math.sin(self.angle_rad), -self._length_m * math.cos(self.angle_rad))

    @property
    def formula_period_s(self) -> float:
        return small_angle_period_s(self._length_m, self._gravity_mps2)

    @property
    def max_energy_j(self) -> float:
        """Potential energy at the largest allowed angle: a fixed scale for bars and plots."""
        return self.mass_kg * self._gravity_mps2 * self._length_m * (1.0 - math.cos(MAX_ANGLE_RAD))


class EnergyHistory:
    """The last `window_s` seconds of kinetic, potential and total energy (a ring buffer)."""

    def __init__(self, window_s: float = 10.0, sample_hz: float = 30.0) -> None:
        if window_s <= 0 or sample_hz <= 0:
            raise ValueError("window and sample rate must be positive")
        self.sample_interval_s = 1.0 / sample_hz
        self._size = round(window_s * sample_hz) + 1
        self._data = np.zeros((4, self._size))
        self.clear()

    def clear(self) -> None:
        self._count = 0
        self._next = 0
        self._last_time_s = -math.inf

    def add(self, time_s: float, kinetic_j: float, potential_j: float) -> bool:
        """Store a sample if one sample interval has passed since the last; True when stored."""
        if time_s - self._last_time_s < self.sample_interval_s * 0.999:
            return False
        self._last_time_s = time_s
        self._data[:, self._next] = (time_s, kinetic_j, potential_j, kinetic_j + potential_j)
        self._next = (self._next + 1) % self._size
        self._count = min(self._count + 1, self._size)
        return True

    def __len__(self) -> int:
        return self._count

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(time_s, kinetic_j, potential_j, total_j), oldest first."""
        full = self._count == self._size
        ordered = np.roll(self._data, -self._next, axis=1) if full else self._data[:, : self._count]
        return ordered[0], ordered[1], ordered[2], ordered[3]


@dataclass(frozen=True)
class PeriodChallenge:
    """Make the pendulum swing with a target period on a given world, within a tolerance."""

    key: str
    world: str
    target_period_s: float
    tolerance: float = 0.05

    @property
    def ideal_length_m(self) -> float:
        """The length the formula asks for: L = g·(T/2π)²."""
        return GRAVITY_MPS2[self.world] * (self.target_period_s / (2.0 * math.pi)) ** 2

    def judge(self, world: str, period_s: float) -> str:
        """'solved', 'wrong_world', 'too_slow' (period too long) or 'too_fast'."""
        if world != self.world:
            return "wrong_world"
        error = (period_s - self.target_period_s) / self.target_period_s
        if abs(error) <= self.tolerance:
            return "solved"
        return "too_slow" if error > 0 else "too_fast"

    def score(self, period_s: float) -> int:
        """100 for a perfect period, falling to 50 at the edge of the tolerance."""
        error = abs(period_s - self.target_period_s) / self.target_period_s
        return max(50, round(100 - 50 * error / self.tolerance))


CHALLENGES = (
    PeriodChallenge("earth_2s", "earth", 2.0),
    PeriodChallenge("moon_5s", "moon", 5.0),
    PeriodChallenge("mars_3s", "mars", 3.0),
    PeriodChallenge("earth_fast", "earth", 1.2),
)


class ChallengeTrack:
    """The visitor's way through the challenges, one after another, then free play."""

    def __init__(self, challenges: tuple[PeriodChallenge, ...] = CHALLENGES) -> None:
        if not challenges:
            raise ValueError("at least one challenge is needed")
        self.challenges = challenges
        self.reset()

    def reset(self) -> None:
        self.index = 0
        self.scores: list[int] = []

    @property
    def current(self) -> PeriodChallenge | None:
        return self.challenges[self.index] if self.index < len(self.challenges) else None

    @property
    def finished(self) -> bool:
        return self.index >= len(self.challenges)

    def submit(self, world: str, period_s: float) -> tuple[str, int | None]:
        """Judge a measured period: (verdict, score if solved). Solving moves to the next one."""
        challenge = self.current
        if challenge is None:
            return "finished", None
        verdict = challenge.judge(world, period_s)
        if verdict != "solved":
            return verdict, None
        score = challenge.score(period_s)
        self.scores.append(score)
        self.index += 1
        return verdict, score
