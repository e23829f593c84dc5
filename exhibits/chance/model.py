"""Chance and patterns, without Qt: the Galton board, dice, their exact distributions, and the
running average that settles as the number of tries grows (the law of large numbers).

Everything random takes a ``random.Random`` from the caller, so an experiment can be repeated
exactly (the tests use seeded ones; the exhibit one per run).
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction

# -- exact distributions --------------------------------------------------------------------------


def binomial_pmf(n: int, k: int, p: float = 0.5) -> float:
    """Chance of exactly k successes in n tries, each with chance p: C(n, k) p^k (1-p)^(n-k)."""
    if not 0 <= p <= 1:
        raise ValueError(f"a chance is between 0 and 1, got {p}")
    if not 0 <= k <= n:
        return 0.0
    return math.comb(n, k) * p ** k * (1 - p) ** (n - k)


def binomial_distribution(n: int, p: float = 0.5) -> list[float]:
    """[P(0), ..., P(n)] for n tries with chance p."""
    return [binomial_pmf(n, k, p) for k in range(n + 1)]


def normal_pdf(x: float, mean: float, sd: float) -> float:
    """The bell curve's height at x."""
    if sd <= 0:
        raise ValueError(f"a spread (standard deviation) must be positive, got {sd}")
    return math.exp(-0.5 * ((x - mean) / sd) ** 2) / (sd * math.sqrt(2 * math.pi))


def binomial_normal_curve(n: int, p: float = 0.5) -> tuple[float, float]:
    """Mean and standard deviation of the bell curve that a binomial(n, p) histogram approaches."""
    return n * p, math.sqrt(n * p * (1 - p))


def dice_sum_distribution(dice: int, faces: int = 6) -> dict[int, Fraction]:
    """Exact chance of each total of ``dice`` fair dice, built die by die (a convolution)."""
    if dice < 1 or faces < 2:
        raise ValueError(f"need at least one die with two faces, got {dice} dice with {faces} faces")
    totals = {0: Fraction(1)}
    for _ in range(dice):
        following: dict[int, Fraction] = {}
        for total, chance in totals.items():
            for face in range(1, faces + 1):
                following[total + face] = following.get(total + face, Fraction(0)) + chance / faces
        totals = following
    return dict(sorted(totals.items()))


def mean_of(distribution: dict[int, Fraction] | Sequence[float]) -> float:
    """The average a distribution predicts (its expected value)."""
    items = distribution.items() if isinstance(distribution, dict) else enumerate(distribution)
    return float(sum(value * chance for value, chance in items))


def chi_square(observed: Sequence[int], probabilities: Sequence[float]) -> float:
    """Pearson's statistic: how far counts are from what the chances predict, sum (O-E)²/E."""
    total = sum(observed)
    if len(observed) != len(probabilities):
        raise ValueError("one probability for each count is needed")
    statistic = 0.0
    for count, chance in zip(observed, probabilities, strict=True):
        expected = total * chance
        if expected > 0:
            statistic += (count - expected) ** 2 / expected
        elif count:
            return math.inf  # something happened that cannot happen
    return statistic


# -- the running average -----------------------------------------------------------------------

#: Points kept for the running-average plot (older points are thinned out, never the newest).
HISTORY_POINTS = 600


@dataclass
class RunningMean:
    """The average so far after every try, kept as (tries, average) points for a plot."""

    tries: int = 0
    total: float = 0.0
    points: list[tuple[int, float]] = field(default_factory=list)
    _keep_every: int = 1

    def add(self, value: float) -> None:
        self.tries += 1
        self.total += value
        if self.tries % self._keep_every == 0:
            self.points.append((self.tries, self.total / self.tries))
            if len(self.points) > HISTORY_POINTS:
                self.points = self.points[1::2]  # every other point, the same spacing throughout
                self._keep_every *= 2

    @property
    def mean(self) -> float | None:
        return self.total / self.tries if self.tries else None

    def clear(self) -> None:
        self.tries, self.total, self.points, self._keep_every = 0, 0.0, [], 1


# -- the Galton board -----------------------------------------------------------------------------

#: Rows of pegs on the board; a ball meets one peg per row and lands in one of ROWS + 1 bins.
ROWS = 10
#: Seconds a falling ball takes from one row of pegs to the next.
ROW_S = 0.085
#: Seconds between two released balls (so 100 balls pour in about two and a half seconds).
RELEASE_INTERVAL_S = 0.025
#: More balls than this at once land straight away: nobody wants to wait for a thousand.
ANIMATE_AT_MOST = 150


@dataclass
class Ball:
    """A falling ball: its bounces (1 = to the right) and how long it has been falling."""

    bounces: list[int]
    time_s: float = 0.0

    @property
    def bin(self) -> int:
        return sum(self.bounces)

    def position(self) -> tuple[float, float]:
        """(x, y) in board units: x in peg spacings from the middle, y in rows (0 = first peg).

        The ball comes in from above (y = -1) and hops from peg to peg with a little bounce.
        """
        rows = len(self.bounces)
        travelled = self.time_s / ROW_S - 1.0  # -1 .. rows
        if travelled < 0:
            return 0.0, travelled
        row = min(int(travelled), rows)
        fraction = travelled - row if row < rows else 0.0
        x = sum(self.bounces[:row]) - row / 2
        if row < rows:
            x += (self.bounces[row] - 0.5) * fraction
        return x, row + fraction - 0.3 * math.sin(math.pi * fraction)

    @property
    def landed(self) -> bool:
        return self.time_s >= (len(self.bounces) + 1) * ROW_S


@dataclass
class GaltonBoard:
    """Balls fall through rows of pegs, bouncing right with chance ``p_right`` at each one."""

    rows: int = ROWS
    p_right: float = 0.5
    counts: list[int] = field(default_factory=list)
    falling: list[Ball] = field(default_factory=list)
    waiting: int = 0  # released one by one
    running: RunningMean = field(default_factory=RunningMean)  # the average bin so far
    _release_s: float = 0.0

    def __post_init__(self) -> None:
        if not self.counts:
            self.counts = [0] * (self.rows + 1)

    def new_ball(self, rng: random.Random) -> Ball:
        return Ball([1 if rng.random() < self.p_right else 0 for _ in range(self.rows)])

    def drop(self, count: int, rng: random.Random) -> int:
        """Pour in ``count`` balls; a large pour lands at once. Returns how many landed now."""
        if count > ANIMATE_AT_MOST:
            for _ in range(count):
                self._land(self.new_ball(rng))
            return count
        self.waiting += count
        return 0

    def advance(self, dt_s: float, rng: random.Random) -> int:
        """Let the balls fall for dt_s; returns how many landed in this time."""
        self._release_s += dt_s
        while self.waiting and self._release_s >= RELEASE_INTERVAL_S:
            self._release_s -= RELEASE_INTERVAL_S
            self.waiting -= 1
            self.falling.append(self.new_ball(rng))
        if not self.waiting:
            self._release_s = min(self._release_s, RELEASE_INTERVAL_S)
        landed = 0
        for ball in self.falling:
            ball.time_s += dt_s
            if ball.landed:
                self._land(ball)
                landed += 1
        if landed:
            self.falling = [ball for ball in self.falling if not ball.landed]
        return landed

    def _land(self, ball: Ball) -> None:
        self.counts[ball.bin] += 1
        self.running.add(ball.bin)

    @property
    def busy(self) -> bool:
        return bool(self.waiting or self.falling)

    @property
    def total(self) -> int:
        return sum(self.counts)

    def expected(self) -> list[float]:
        return binomial_distribution(self.rows, self.p_right)

    def mean(self) -> float | None:
        total = self.total
        return sum(k * c for k, c in enumerate(self.counts)) / total if total else None

    def clear(self) -> None:
        self.counts = [0] * (self.rows + 1)
        self.falling.clear()
        self.waiting = 0
        self.running.clear()


# -- dice -----------------------------------------------------------------------------------------

@dataclass
class DiceExperiment:
    """Roll one or more fair dice many times and count each total."""

    dice: int = 1
    faces: int = 6
    counts: dict[int, int] = field(default_factory=dict)
    last_roll: tuple[int, ...] = ()
    running: RunningMean = field(default_factory=RunningMean)

    def __post_init__(self) -> None:
        if not self.counts:
            self.counts = dict.fromkeys(self.distribution(), 0)

    def distribution(self) -> dict[int, Fraction]:
        return dice_sum_distribution(self.dice, self.faces)

    def roll(self, times: int, rng: random.Random) -> tuple[int, ...]:
        """Roll ``times`` times; returns the faces of the last roll."""
        for _ in range(times):
            self.last_roll = tuple(rng.randint(1, self.faces) for _ in range(self.dice))
            total = sum(self.last_roll)
            self.counts[total] += 1
            self.running.add(total)
        return self.last_roll

    @property
    def total(self) -> int:
        return self.running.tries

    @property
    def expected_mean(self) -> float:
        return mean_of(self.distribution())

    def most_likely(self) -> list[int]:
        distribution = self.distribution()
        top = max(distribution.values())
        return [value for value, chance in distribution.items() if chance == top]

    def clear(self) -> None:
        self.counts = dict.fromkeys(self.distribution(), 0)
        self.last_roll = ()
        self.running.clear()


# -- the challenges -------------------------------------------------------------------------------

#: Galton: balls to drop before the shape counts as seen.
GALTON_GOAL_BALLS = 100
#: One die: tries needed, and how close the running average must be to 3.5 then.
SETTLE_MIN_ROLLS = 200
SETTLE_TOLERANCE = 0.1
#: Two dice: rolls after a guess before it is judged.
GUESS_ROLLS = 100


def settled(running: RunningMean, expected: float) -> bool:
    """The law of large numbers, made a goal: enough tries, and the average close to expected."""
    mean = running.mean
    return running.tries >= SETTLE_MIN_ROLLS and mean is not None and abs(mean - expected) <= SETTLE_TOLERANCE


def guess_score(guess: int, experiment: DiceExperiment) -> int:
    """100 for guessing a most likely total; 60 for another guess (the visitor still found out)."""
    return 100 if guess in experiment.most_likely() else 60
