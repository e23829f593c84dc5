"""Projectile flight, hit detection and the levels of the launch game (Qt-free).

Coordinates are metres with x to the right from the launcher and y up from the quay/sea level.
The projectile feels gravity and, in later levels, quadratic air drag  a = -g·ŷ - k·|v|·v,
integrated with fourth-order Runge-Kutta in small sub-steps (exact for the drag-free parabola).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

GRAVITY_MPS2 = 9.81
ANGLE_RANGE_DEG = (5.0, 85.0)
SPEED_RANGE_MPS = (5.0, 35.0)
MAX_STEP_S = 1.0 / 240.0
#: The ball's radius: a touch of the target's outline counts as a hit.
BALL_RADIUS_M = 0.5
#: Flights are cut off when they leave this stretch of the port, or last this long.
WORLD_LEFT_M = -15.0
WORLD_RIGHT_M = 140.0
MAX_FLIGHT_S = 30.0


def ideal_range_m(speed_mps: float, angle_deg: float, gravity_mps2: float = GRAVITY_MPS2,
                  launch_height_m: float = 0.0) -> float:
    """Distance to landing without air: v²·sin(2θ)/g from the ground, the general form from a height."""
    _check_launch(speed_mps, angle_deg)
    theta = math.radians(angle_deg)
    vx, vy = speed_mps * math.cos(theta), speed_mps * math.sin(theta)
    if launch_height_m == 0.0:
        return speed_mps**2 * math.sin(2 * theta) / gravity_mps2
    time_s = (vy + math.sqrt(vy * vy + 2 * gravity_mps2 * launch_height_m)) / gravity_mps2
    return vx * time_s


def ideal_max_height_m(speed_mps: float, angle_deg: float, gravity_mps2: float = GRAVITY_MPS2) -> float:
    """Highest point above the launch point without air: v²·sin²θ / (2g)."""
    _check_launch(speed_mps, angle_deg)
    return (speed_mps * math.sin(math.radians(angle_deg))) ** 2 / (2 * gravity_mps2)


def _check_launch(speed_mps: float, angle_deg: float) -> None:
    if not speed_mps > 0:
        raise ValueError(f"launch speed must be positive, got {speed_mps!r} m/s")
    if not -90.0 < angle_deg < 90.0:
        raise ValueError(f"launch angle must be between -90° and 90°, got {angle_deg!r}°")


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in metres (left, bottom, width, height)."""

    left_m: float
    bottom_m: float
    width_m: float
    height_m: float

    @property
    def right_m(self) -> float:
        return self.left_m + self.width_m

    @property
    def top_m(self) -> float:
        return self.bottom_m + self.height_m

    @property
    def centre_x_m(self) -> float:
        return self.left_m + self.width_m / 2

    def shifted(self, dx_m: float) -> Box:
        return Box(self.left_m + dx_m, self.bottom_m, self.width_m, self.height_m)

    def contains(self, x_m: float, y_m: float, margin_m: float = 0.0) -> bool:
        return (self.left_m - margin_m <= x_m <= self.right_m + margin_m
                and self.bottom_m - margin_m <= y_m <= self.top_m + margin_m)

    def segment_entry(self, start: tuple[float, float], end: tuple[float, float],
                      margin_m: float = 0.0) -> float | None:
        """Fraction along start→end where the segment first touches the box grown by margin_m.

        Liang-Barsky clipping: a fast ball cannot tunnel through a thin wall between two steps.
        """
        (x0, y0), (x1, y1) = start, end
        dx, dy = x1 - x0, y1 - y0
        enter, leave = 0.0, 1.0
        for delta, low, high, origin in (
            (dx, self.left_m - margin_m, self.right_m + margin_m, x0),
            (dy, self.bottom_m - margin_m, self.top_m + margin_m, y0),
        ):
            if delta == 0.0:
                if not low <= origin <= high:
                    return None
                continue
            t_low, t_high = (low - origin) / delta, (high - origin) / delta
            if t_low > t_high:
                t_low, t_high = t_high, t_low
            enter, leave = max(enter, t_low), min(leave, t_high)
            if enter > leave:
                return None
        return enter


@dataclass(frozen=True)
class Obstacle:
    """Something in the way: 'containers', 'crane' (tower or jib) or 'warehouse'."""

    kind: str
    box: Box


@dataclass(frozen=True)
class Target:
    """What to hit: a 'buoy', 'boat' or 'ship'; it may sail to and fro (x = A·sin(2πt/T))."""

    kind: str
    box: Box
    sway_m: float = 0.0
    sway_period_s: float = 0.0

    def box_at(self, time_s: float) -> Box:
        if not self.sway_m or not self.sway_period_s:
            return self.box
        return self.box.shifted(self.sway_m * math.sin(2 * math.pi * time_s / self.sway_period_s))


@dataclass(frozen=True)
class Level:
    """One level: the target, what stands in the way, where the launcher is, and the air."""

    key: str
    target: Target
    obstacles: tuple[Obstacle, ...] = ()
    launch_height_m: float = 0.0
    drag_per_m: float = 0.0  # k in a = -k·|v|·v (ρ·C_d·A / 2m)


LEVELS = (
    Level("buoy", Target("buoy", Box(27.0, 0.0, 6.0, 4.0))),
    Level("ship", Target("ship", Box(60.0, 0.0, 12.0, 7.0))),
    Level("containers", Target("boat", Box(56.0, 0.0, 7.0, 4.0)),
          obstacles=(Obstacle("containers", Box(30.0, 0.0, 7.0, 15.0)),)),
    Level("lighthouse", Target("boat", Box(84.0, 0.0, 6.0, 3.5)), launch_height_m=20.0),
    Level("sailing", Target("ship", Box(66.0, 0.0, 10.0, 6.0), sway_m=12.0, sway_period_s=14.0)),
    Level("wind", Target("ship", Box(52.0, 0.0, 10.0, 6.0)),
          obstacles=(Obstacle("crane", Box(24.0, 0.0, 2.0, 20.0)), Obstacle("crane", Box(15.0, 18.0, 20.0, 2.0))),
          drag_per_m=0.004),
)


@dataclass
class ShotResult:
    """How a flight ended: 'hit', 'ground' (or water), 'obstacle' or 'away'."""

    outcome: str
    landing_x_m: float
    max_height_m: float
    flight_time_s: float
    miss_m: float = 0.0  # landing point minus target centre: negative is short, positive is long
    obstacle_kind: str = ""


class Flight:
    """One ball in the air, stepped in real time; records its path for the trail."""

    def __init__(self, speed_mps: float, angle_deg: float, launch_height_m: float = 0.0,
                 drag_per_m: float = 0.0, gravity_mps2: float = GRAVITY_MPS2) -> None:
        _check_launch(speed_mps, angle_deg)
        if drag_per_m < 0:
            raise ValueError(f"air drag must not be negative, got {drag_per_m!r}")
        theta = math.radians(angle_deg)
        self.state = (0.0, float(launch_height_m), speed_mps * math.cos(theta), speed_mps * math.sin(theta))
        self.drag_per_m = drag_per_m
        self.gravity_mps2 = gravity_mps2
        self.time_s = 0.0
        self.max_height_m = float(launch_height_m)
        self.path: list[tuple[float, float]] = [(0.0, float(launch_height_m))]
        self.result: ShotResult | None = None

    @property
    def position_m(self) -> tuple[float, float]:
        return self.state[0], self.state[1]

    @property
    def velocity_mps(self) -> tuple[float, float]:
        return self.state[2], self.state[3]

    def _acceleration(self, vx: float, vy: float) -> tuple[float, float]:
        drag = self.drag_per_m * math.hypot(vx, vy)
        return -drag * vx, -self.gravity_mps2 - drag * vy

    def _rk4(self, h: float) -> tuple[float, float, float, float]:
        # plain floats: a few hundred sub-steps a second must stay cheap
        x, y, vx, vy = self.state
        a1x, a1y = self._acceleration(vx, vy)
        v2x, v2y = vx + 0.5 * h * a1x, vy + 0.5 * h * a1y
        a2x, a2y = self._acceleration(v2x, v2y)
        v3x, v3y = vx + 0.5 * h * a2x, vy + 0.5 * h * a2y
        a3x, a3y = self._acceleration(v3x, v3y)
        v4x, v4y = vx + h * a3x, vy + h * a3y
        a4x, a4y = self._acceleration(v4x, v4y)
        return (x + h / 6.0 * (vx + 2 * v2x + 2 * v3x + v4x),
                y + h / 6.0 * (vy + 2 * v2y + 2 * v3y + v4y),
                vx + h / 6.0 * (a1x + 2 * a2x + 2 * a3x + a4x),
                vy + h / 6.0 * (a1y + 2 * a2y + 2 * a3y + a4y))

    def step(self, dt_s: float, level: Level | None = None, clock_s: float = 0.0) -> ShotResult | None:
        """Advance dt_s; returns the result once the ball hits something or leaves the port.

        clock_s is the game time at the start of the step, for moving targets.
        """
        if self.result is not None:
            return self.result
        steps = max(1, math.ceil(dt_s / MAX_STEP_S - 1e-9))
        h = dt_s / steps
        for index in range(steps):
            start = self.position_m
            new_state = self._rk4(h)
            end = (new_state[0], new_state[1])
            now_s = clock_s + (index + 1) * h
            contact = self._first_contact(start, end, level, now_s)
            if contact is not None:
                fraction, outcome, kind = contact
                x, y, vx, vy = (a + fraction * (b - a) for a, b in zip(self.state, new_state, strict=True))
                self.state = (x, y, vx, vy)
                self.time_s += fraction * h
                self._finish(outcome, level, now_s, kind)
                return self.result
            self.state = new_state
            self.time_s += h
            self.max_height_m = max(self.max_height_m, end[1])
            self.path.append(end)
            if not WORLD_LEFT_M <= end[0] <= WORLD_RIGHT_M or self.time_s > MAX_FLIGHT_S:
                self._finish("away", level, now_s, "")
                return self.result
        return None

    def _first_contact(self, start: tuple[float, float], end: tuple[float, float], level: Level | None,
                       now_s: float) -> tuple[float, str, str] | None:
        """The earliest of: touching the target, an obstacle, or the ground (y = 0)."""
        found: list[tuple[float, str, str]] = []
        if end[1] < 0.0 <= start[1]:
            found.append((start[1] / (start[1] - end[1]), "ground", ""))
        if level is not None:
            fraction = level.target.box_at(now_s).segment_entry(start, end, BALL_RADIUS_M)
            if fraction is not None:
                found.append((fraction, "hit", level.target.kind))
            for obstacle in level.obstacles:
                fraction = obstacle.box.segment_entry(start, end, BALL_RADIUS_M)
                if fraction is not None:
                    found.append((fraction, "obstacle", obstacle.kind))
        if not found:
            return None
        # a tie (the ball lands on the target's foot) goes to the hit: the sort puts "hit" first
        return min(found, key=lambda item: (item[0], item[1] != "hit"))

    def _finish(self, outcome: str, level: Level | None, now_s: float, kind: str) -> None:
        x_m, y_m = self.position_m
        self.path.append((x_m, y_m))
        miss_m = 0.0
        if level is not None and outcome != "hit":
            miss_m = x_m - level.target.box_at(now_s).centre_x_m
        self.result = ShotResult(outcome, x_m, self.max_height_m, self.time_s, miss_m,
                                 kind if outcome == "obstacle" else "")


def simulate_flight(speed_mps: float, angle_deg: float, launch_height_m: float = 0.0, drag_per_m: float = 0.0,
                    gravity_mps2: float = GRAVITY_MPS2, level: Level | None = None) -> Flight:
    """Fly a ball to its end (open ground when no level is given); returns the finished Flight."""
    flight = Flight(speed_mps, angle_deg, launch_height_m, drag_per_m, gravity_mps2)
    while flight.step(0.05, level, flight.time_s) is None:
        pass
    return flight


def clamp(value: float, bounds: tuple[float, float]) -> float:
    return min(bounds[1], max(bounds[0], float(value)))


def shot_score(shots: int) -> int:
    """Points for clearing a level: 100 with the first shot, 15 fewer for each extra shot, at least 30."""
    if shots < 1:
        raise ValueError("a level is cleared with at least one shot")
    return max(30, 100 - 15 * (shots - 1))


@dataclass
class LaunchGame:
    """The game: aim, launch, follow the ball, clear the level, go on to the next one."""

    levels: tuple[Level, ...] = LEVELS
    angle_deg: float = 45.0
    speed_mps: float = 15.0
    level_index: int = 0
    shots: int = 0
    clock_s: float = 0.0
    flight: Flight | None = None
    previous_paths: list[list[tuple[float, float]]] = field(default_factory=list)
    last_result: ShotResult | None = None
    cleared: bool = False
    scores: list[int] = field(default_factory=list)

    #: How many earlier paths stay drawn, faintly.
    remembered_paths = 5

    @property
    def level(self) -> Level:
        return self.levels[self.level_index]

    def aim(self, angle_deg: float | None = None, speed_mps: float | None = None) -> None:
        """Set the angle and/or speed; values outside the launcher's range are clamped to it."""
        if angle_deg is not None:
            self.angle_deg = clamp(angle_deg, ANGLE_RANGE_DEG)
        if speed_mps is not None:
            self.speed_mps = clamp(speed_mps, SPEED_RANGE_MPS)

    @property
    def in_flight(self) -> bool:
        return self.flight is not None and self.flight.result is None

    def launch(self) -> Flight | None:
        """Fire with the current aim; None while a ball is still flying or the level is cleared."""
        if self.in_flight or self.cleared:
            return None
        if self.flight is not None:
            self.previous_paths = [*self.previous_paths, self.flight.path][-self.remembered_paths:]
        level = self.level
        self.flight = Flight(self.speed_mps, self.angle_deg, level.launch_height_m, level.drag_per_m)
        self.shots += 1
        return self.flight

    def step(self, dt_s: float) -> ShotResult | None:
        """Advance the game clock (moving targets) and the ball; returns a result when a flight ends."""
        start_s = self.clock_s
        self.clock_s += dt_s
        if not self.in_flight or self.flight is None:
            return None
        result = self.flight.step(dt_s, self.level, start_s)
        if result is None:
            return None
        self.last_result = result
        if result.outcome == "hit":
            self.cleared = True
            self.scores.append(shot_score(self.shots))
        return result

    @property
    def score(self) -> int | None:
        return self.scores[-1] if self.cleared else None

    @property
    def finished_all(self) -> bool:
        return self.cleared and self.level_index == len(self.levels) - 1

    def next_level(self) -> None:
        """On to the next level (after the last one, back to the first)."""
        self.level_index = (self.level_index + 1) % len(self.levels)
        self._start_level()

    def _start_level(self) -> None:
        self.shots = 0
        self.flight = None
        self.previous_paths = []
        self.last_result = None
        self.cleared = False

    def reset(self) -> None:
        """Back to the first level with the starting aim, for the next visitor."""
        self.level_index = 0
        self.angle_deg, self.speed_mps = 45.0, 15.0
        self.clock_s = 0.0
        self.scores = []
        self._start_level()
