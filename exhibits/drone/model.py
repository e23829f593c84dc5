"""Fly the drone: vertical flight with thrust, weight and drag, a PID autopilot, parcels and gusts.

Qt-free. Up is positive. The drone moves only up and down; the air may move too (a gust is a
vertical wind), and drag acts on the drone's speed relative to the air:

    m·a = T − m·g − ½·ρ·Cd·A·(v − w)·|v − w|

The motors do not change their thrust at once: it follows the command with a short time
constant, which is what makes a too eager controller overshoot and wobble.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

GRAVITY_MPS2 = 9.81
AIR_DENSITY_KGPM3 = 1.225
#: The flying space: the ground and a safety ceiling (a geofence, as for real drones near the port).
CEILING_M = 10.0
#: Physics sub-steps: small enough for the motors' time constant and stiff controller gains.
PHYSICS_STEP_S = 1 / 240

#: Slider ranges of the autopilot's gains (N per m, N per m·s, N·s per m).
GAIN_RANGES = {"kp": (0.0, 20.0), "ki": (0.0, 10.0), "kd": (0.0, 10.0)}
#: Which gains each controller kind uses.
CONTROLLER_TERMS = {"p": ("kp",), "pi": ("kp", "ki"), "pid": ("kp", "ki", "kd")}


@dataclass(frozen=True)
class DroneSpec:
    """A camera quadcopter of about 1.2 kg; full throttle lifts 2.5 times its weight."""

    mass_kg: float = 1.2
    hover_throttle: float = 0.40  # the share of full thrust that holds it in the air
    drag_area_m2: float = 0.40  # Cd·A, rotors and body together
    motor_time_constant_s: float = 0.08

    @property
    def weight_n(self) -> float:
        return self.mass_kg * GRAVITY_MPS2

    @property
    def max_thrust_n(self) -> float:
        return self.weight_n / self.hover_throttle

    @property
    def drag_factor_kgpm(self) -> float:
        """k in F = k·v²: ½·ρ·Cd·A."""
        return 0.5 * AIR_DENSITY_KGPM3 * self.drag_area_m2


def hover_thrust_n(mass_kg: float) -> float:
    """The thrust that holds a drone still in calm air: its weight, m·g."""
    return mass_kg * GRAVITY_MPS2


@dataclass(frozen=True)
class Gust:
    """A vertical wind that swells and fades smoothly: up positive, down negative."""

    start_s: float
    duration_s: float
    speed_mps: float

    def wind_mps(self, time_s: float) -> float:
        phase = (time_s - self.start_s) / self.duration_s
        if not 0.0 <= phase <= 1.0:
            return 0.0
        return self.speed_mps * math.sin(math.pi * phase) ** 2


#: The gusts of the gust challenge: a downdraft, then an updraft, after the drone has arrived.
GUST_SEQUENCE = (Gust(5.5, 1.5, -6.0), Gust(8.5, 1.5, 5.0))
#: A gust sent by the "Gust!" button: a strong downdraft.
BUTTON_GUST = Gust(0.0, 1.5, -6.0)


@dataclass
class Drone:
    """The drone's state; step() moves it under a thrust command."""

    spec: DroneSpec = field(default_factory=DroneSpec)
    altitude_m: float = 0.0
    velocity_mps: float = 0.0
    thrust_n: float = 0.0  # what the motors give now (lags the command)
    payload_kg: float = 0.0
    wind_mps: float = 0.0

    @property
    def mass_kg(self) -> float:
        return self.spec.mass_kg + self.payload_kg

    @property
    def weight_n(self) -> float:
        return self.mass_kg * GRAVITY_MPS2

    @property
    def drag_n(self) -> float:
        """Air resistance on the speed through the air, against that speed."""
        relative = self.velocity_mps - self.wind_mps
        return -self.spec.drag_factor_kgpm * relative * abs(relative)

    @property
    def on_ground(self) -> bool:
        return self.altitude_m <= 0.0 and self.velocity_mps <= 0.0

    def step(self, dt_s: float, command_n: float) -> None:
        """Advance dt_s (one sub-step) with the motors asked for command_n newtons."""
        command_n = min(self.spec.max_thrust_n, max(0.0, command_n))
        self.thrust_n += (command_n - self.thrust_n) * (1 - math.exp(-dt_s / self.spec.motor_time_constant_s))
        force_n = self.thrust_n - self.weight_n + self.drag_n
        if self.altitude_m <= 0.0 and force_n <= 0.0 and self.velocity_mps <= 0.0:
            self.altitude_m, self.velocity_mps = 0.0, 0.0  # the ground holds it
            return
        self.velocity_mps += force_n / self.mass_kg * dt_s
        self.altitude_m += self.velocity_mps * dt_s
        if self.altitude_m < 0.0:
            self.altitude_m, self.velocity_mps = 0.0, 0.0  # a (soft) landing
        elif self.altitude_m > CEILING_M:
            self.altitude_m, self.velocity_mps = CEILING_M, min(0.0, self.velocity_mps)


@dataclass
class Autopilot:
    """A P, PI or PID altitude controller.

    It adds to the thrust it expects to hover with (the drone's own weight, without any
    parcel): kp pushes towards the target, ki remembers an error that lasts, kd brakes the
    speed. The derivative acts on the measured speed, not on the error, so a new target does
    not kick the motors. The memory stops growing while the motors are at a limit (anti-windup).
    """

    kind: str = "pid"
    kp: float = 6.0
    ki: float = 2.0
    kd: float = 4.0
    feed_forward_n: float = DroneSpec().weight_n
    max_thrust_n: float = DroneSpec().max_thrust_n
    integral_ms: float = 0.0

    def gain(self, name: str) -> float:
        return getattr(self, name) if name in CONTROLLER_TERMS[self.kind] else 0.0

    def command_n(self, target_m: float, altitude_m: float, velocity_mps: float, dt_s: float) -> float:
        error_m = target_m - altitude_m
        kp, ki, kd = self.gain("kp"), self.gain("ki"), self.gain("kd")
        unclamped = self.feed_forward_n + kp * error_m + ki * self.integral_ms - kd * velocity_mps
        saturated_high = unclamped >= self.max_thrust_n and error_m > 0
        saturated_low = unclamped <= 0.0 and error_m < 0
        if ki and not (saturated_high or saturated_low):
            self.integral_ms += error_m * dt_s
        return min(self.max_thrust_n, max(0.0, unclamped))

    def reset(self) -> None:
        self.integral_ms = 0.0


#: A parcel the delivery drone carries: the autopilot does not know about it.
PARCEL_KG = 0.5


@dataclass
class Flight:
    """A drone flown by hand (a throttle) or by the autopilot towards a target, with gusts."""

    drone: Drone = field(default_factory=Drone)
    autopilot: Autopilot = field(default_factory=Autopilot)
    by_hand: bool = True
    throttle: float = 0.0  # share of full thrust, when flown by hand
    target_m: float = 5.0
    time_s: float = 0.0
    gusts: list[Gust] = field(default_factory=list)
    _leftover_s: float = 0.0

    @property
    def command_n(self) -> float:
        return self.throttle * self.drone.spec.max_thrust_n

    def set_parcel(self, on: bool) -> None:
        self.drone.payload_kg = PARCEL_KG if on else 0.0

    def add_gust(self, gust: Gust) -> None:
        """A gust that starts gust.start_s seconds from now."""
        self.gusts.append(Gust(self.time_s + gust.start_s, gust.duration_s, gust.speed_mps))

    def restart(self, altitude_m: float = 0.0) -> None:
        """Back on the ground (or at altitude_m, hovering), clock at zero, no gusts, memory cleared."""
        drone = self.drone
        drone.altitude_m, drone.velocity_mps = altitude_m, 0.0
        drone.thrust_n = drone.weight_n if altitude_m > 0 else 0.0
        drone.wind_mps = 0.0
        self.time_s, self._leftover_s = 0.0, 0.0
        self.gusts.clear()
        self.autopilot.reset()

    def step(self, dt_s: float) -> None:
        """Advance dt_s seconds in fixed sub-steps (the same result for any frame rate)."""
        self._leftover_s += dt_s
        while self._leftover_s >= PHYSICS_STEP_S:
            self._leftover_s -= PHYSICS_STEP_S
            self._sub_step(PHYSICS_STEP_S)

    def _sub_step(self, dt_s: float) -> None:
        drone = self.drone
        drone.wind_mps = sum(gust.wind_mps(self.time_s) for gust in self.gusts)
        if self.by_hand:
            command = self.command_n
        else:
            command = self.autopilot.command_n(self.target_m, drone.altitude_m, drone.velocity_mps, dt_s)
        drone.step(dt_s, command)
        self.time_s += dt_s
        self.gusts = [gust for gust in self.gusts if gust.start_s + gust.duration_s > self.time_s]


@dataclass(frozen=True)
class Response:
    """How a flight to a target went: when it settled, how far it overshot, where it ended."""

    settle_time_s: float | None  # from then on it stayed within the tolerance; None: it never did
    overshoot_m: float
    final_error_m: float  # target minus the mean altitude over the last second
    largest_error_after_s: float  # the largest |error| after settle_from_s (see analyse)


def analyse(times_s: list[float], altitudes_m: list[float], target_m: float, tolerance_m: float,
            settle_from_s: float = 0.0) -> Response:
    """The step response of a recorded flight (times from the start of the flight)."""
    if not times_s:
        return Response(None, 0.0, target_m, target_m)
    settle_time: float | None = times_s[0]
    for time_s, altitude_m in zip(times_s, altitudes_m, strict=True):
        if abs(altitude_m - target_m) > tolerance_m:
            settle_time = None
        elif settle_time is None:
            settle_time = time_s
    last_second = [a for t, a in zip(times_s, altitudes_m, strict=True) if t >= times_s[-1] - 1.0]
    final_error = target_m - sum(last_second) / len(last_second)
    overshoot = max(0.0, max(altitudes_m) - target_m)
    after = [abs(a - target_m) for t, a in zip(times_s, altitudes_m, strict=True) if t >= settle_from_s]
    return Response(settle_time, overshoot, final_error, max(after, default=0.0))


@dataclass(frozen=True)
class Challenge:
    """One goal. Hover by hand: keep within tolerance of the target for hold_s seconds.

    Autopilot: a test flight from the ground must settle within tolerance by settle_by_s and
    stay there to the end of the flight, with the parcel and gusts the challenge names.
    """

    key: str
    by_hand: bool
    target_m: float = 5.0
    tolerance_m: float = 0.2
    hold_s: float = 0.0
    settle_by_s: float = 0.0
    parcel: bool = False
    gusts: tuple[Gust, ...] = ()

    def judge_flight(self, response: Response) -> bool:
        return response.settle_time_s is not None and response.settle_time_s <= self.settle_by_s


CHALLENGES: tuple[Challenge, ...] = (
    Challenge("hover_by_hand", by_hand=True, tolerance_m=1.0, hold_s=3.0),
    Challenge("settle", by_hand=False, tolerance_m=0.2, settle_by_s=5.0),
    Challenge("parcel", by_hand=False, tolerance_m=0.2, settle_by_s=8.0, parcel=True),
    Challenge("gusts", by_hand=False, tolerance_m=0.5, settle_by_s=5.0, parcel=True, gusts=GUST_SEQUENCE),
)

#: How long an autopilot test flight is recorded and judged.
TEST_FLIGHT_S = 12.0


def score_for(tries: int) -> int:
    """100 at the first try, 10 less for each further try, never below 50."""
    return max(50, 100 - 10 * max(0, tries - 1))


@dataclass
class ChallengeBook:
    """Which challenges are solved. The hand and autopilot challenges run side by side: each
    mode offers its first unsolved one, so a visitor may start with either."""

    challenges: tuple[Challenge, ...] = CHALLENGES
    scores: dict[str, int] = field(default_factory=dict)
    tries: dict[str, int] = field(default_factory=dict)

    def current(self, by_hand: bool) -> Challenge | None:
        return next((c for c in self.challenges if c.by_hand == by_hand and c.key not in self.scores), None)

    @property
    def finished(self) -> bool:
        return len(self.scores) == len(self.challenges)

    def attempt(self, challenge: Challenge) -> None:
        self.tries[challenge.key] = self.tries.get(challenge.key, 0) + 1

    def solve(self, challenge: Challenge) -> int:
        score = score_for(max(1, self.tries.get(challenge.key, 1)))
        self.scores[challenge.key] = score
        return score

    def number(self, challenge: Challenge) -> int:
        """1-based position of the challenge in the book."""
        return self.challenges.index(challenge) + 1


@dataclass
class HoverTimer:
    """Counts the seconds the drone has stayed in the band around the target without leaving it."""

    target_m: float
    tolerance_m: float
    held_s: float = 0.0

    def update(self, altitude_m: float, dt_s: float) -> float:
        if abs(altitude_m - self.target_m) <= self.tolerance_m:
            self.held_s += dt_s
        else:
            self.held_s = 0.0
        return self.held_s
