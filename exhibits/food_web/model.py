"""Baltic food web without Qt: sprat (prey) and cod (predator) in the Lotka-Volterra model.

    d(sprat)/dt = α·sprat − β·sprat·cod − f·sprat
    d(cod)/dt   = δ·sprat·cod − γ·cod − f·cod

Populations are biomasses in thousand tonnes (kt), time in years. α is the sprat's growth rate
without cod, β the share of sprat a kilotonne of cod eats per year, δ = e·β how much cod grows
from what it eats (e is the conversion efficiency, about 15 % between trophic levels), γ the cod's
death rate without food and f the fishing pressure, which takes the same share of both stocks
(Volterra's principle: fishing moves the balance point to more sprat and less cod).
Integration is classic fourth-order Runge-Kutta with small fixed steps.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import numpy as np

# Parameter ranges the sliders offer; values outside raise ValueError (see WebParameters).
PREY_GROWTH_RANGE = (0.3, 2.0)  # α, per year
PREDATION_FACTOR_RANGE = (0.5, 2.0)  # β as a multiple of the Baltic default
PREDATOR_DEATH_RANGE = (0.2, 1.5)  # γ, per year
FISHING_RANGE = (0.0, 0.9)  # f, share of each stock caught per year

DEFAULT_PREY_GROWTH_PER_YEAR = 1.0
DEFAULT_PREDATION_PER_KT_YEAR = 1 / 300  # with α = 1 this puts the cod balance at 300 kt
DEFAULT_CONVERSION_EFFICIENCY = 0.15
DEFAULT_PREDATOR_DEATH_PER_YEAR = 0.5  # with δ = 0.15/300 this puts the sprat balance at 1000 kt

# The 1980s start: a large cod stock and comparatively little sprat, so the cycles show at once.
START_PREY_KT = 700.0
START_PREDATOR_KT = 400.0

# Below these a stock counts as collapsed: too few fish to find each other and recover.
PREY_COLLAPSE_KT = 20.0
PREDATOR_COLLAPSE_KT = 10.0

# Integration step; the frame's time is split into steps no longer than this.
MAX_STEP_YEARS = 0.01


@dataclass(frozen=True)
class WebParameters:
    """The four slider values (plus the fixed conversion efficiency), checked on creation."""

    prey_growth_per_year: float = DEFAULT_PREY_GROWTH_PER_YEAR
    predation_factor: float = 1.0
    predator_death_per_year: float = DEFAULT_PREDATOR_DEATH_PER_YEAR
    fishing_per_year: float = 0.0
    conversion_efficiency: float = DEFAULT_CONVERSION_EFFICIENCY

    def __post_init__(self) -> None:
        checks = (
            ("prey_growth_per_year", self.prey_growth_per_year, PREY_GROWTH_RANGE),
            ("predation_factor", self.predation_factor, PREDATION_FACTOR_RANGE),
            ("predator_death_per_year", self.predator_death_per_year, PREDATOR_DEATH_RANGE),
            ("fishing_per_year", self.fishing_per_year, FISHING_RANGE),
            ("conversion_efficiency", self.conversion_efficiency, (0.01, 1.0)),
        )
        for name, value, (low, high) in checks:
            if not (isinstance(value, int | float) and math.isfinite(value) and low <= value <= high):
                raise ValueError(f"{name} must be between {low} and {high}, got {value!r}")

    @property
    def alpha(self) -> float:
        """α: sprat growth rate per year."""
        return self.prey_growth_per_year

    @property
    def beta(self) -> float:
        """β: share of the sprat stock one kt of cod eats per year."""
        return DEFAULT_PREDATION_PER_KT_YEAR * self.predation_factor

    @property
    def delta(self) -> float:
        """δ = e·β: cod growth per kt of sprat per year."""
        return self.conversion_efficiency * self.beta

    @property
    def gamma(self) -> float:
        """γ: cod death rate per year."""
        return self.predator_death_per_year

    @property
    def fishing(self) -> float:
        """f: share of each stock caught per year."""
        return self.fishing_per_year

    def with_(self, **changes: float) -> WebParameters:
        return replace(self, **changes)


def derivatives(params: WebParameters, prey_kt: np.ndarray | float,
                predator_kt: np.ndarray | float) -> tuple[np.ndarray | float, np.ndarray | float]:
    """The Lotka-Volterra rates of change (kt per year), with fishing on both stocks."""
    f = params.fishing
    d_prey = prey_kt * (params.alpha - f - params.beta * predator_kt)
    d_predator = predator_kt * (params.delta * prey_kt - params.gamma - f)
    return d_prey, d_predator


def rk4_step(params: WebParameters, prey_kt: float, predator_kt: float, dt_years: float) -> tuple[float, float]:
    """One fourth-order Runge-Kutta step; never returns a negative population."""
    k1x, k1y = derivatives(params, prey_kt, predator_kt)
    k2x, k2y = derivatives(params, prey_kt + dt_years / 2 * k1x, predator_kt + dt_years / 2 * k1y)
    k3x, k3y = derivatives(params, prey_kt + dt_years / 2 * k2x, predator_kt + dt_years / 2 * k2y)
    k4x, k4y = derivatives(params, prey_kt + dt_years * k3x, predator_kt + dt_years * k3y)
    prey = prey_kt + dt_years / 6 * (k1x + 2 * k2x + 2 * k3x + k4x)
    predator = predator_kt + dt_years / 6 * (k1y + 2 * k2y + 2 * k3y + k4y)
    # The true solution stays positive; an over-long step must not flip a stock below zero.
    return max(0.0, float(prey)), max(0.0, float(predator))


def equilibrium(params: WebParameters) -> tuple[float, float] | None:
    """The balance point (sprat*, cod*) = ((γ+f)/δ, (α−f)/β), or None if cod cannot persist."""
    prey = (params.gamma + params.fishing) / params.delta
    predator = (params.alpha - params.fishing) / params.beta
    if predator <= 0:
        return None
    return prey, predator


def conserved_quantity(params: WebParameters, prey_kt: float, predator_kt: float) -> float:
    """V = δx − (γ+f)·ln x + βy − (α−f)·ln y, constant along every exact trajectory.

    With no fishing this is the textbook V = δx − γ ln x + βy − α ln y.
    """
    if prey_kt <= 0 or predator_kt <= 0:
        raise ValueError("the conserved quantity needs both populations above zero")
    f = params.fishing
    return (params.delta * prey_kt - (params.gamma + f) * math.log(prey_kt)
            + params.beta * predator_kt - (params.alpha - f) * math.log(predator_kt))


def simulate(params: WebParameters, prey_kt: float, predator_kt: float, years: float,
             dt_years: float = MAX_STEP_YEARS) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Integrate for `years`: arrays of time, sprat and cod (no collapse rule, pure equations)."""
    if years < 0 or dt_years <= 0:
        raise ValueError("years must be >= 0 and the step > 0")
    steps = round(years / dt_years)
    times = np.arange(steps + 1) * dt_years
    prey = np.empty(steps + 1)
    predator = np.empty(steps + 1)
    prey[0], predator[0] = prey_kt, predator_kt
    x, y = prey_kt, predator_kt
    for i in range(1, steps + 1):
        x, y = rk4_step(params, x, y, dt_years)
        prey[i], predator[i] = x, y
    return times, prey, predator


@dataclass
class History:
    """The recent past for the plots: time, sprat and cod, kept to the last `capacity` samples.

    A row of NaN stocks marks a jump (see add_break).
    """

    capacity: int = 2400
    times: list[float] = field(default_factory=list)
    prey: list[float] = field(default_factory=list)
    predator: list[float] = field(default_factory=list)

    def add(self, time_years: float, prey_kt: float, predator_kt: float) -> None:
        self.times.append(time_years)
        self.prey.append(prey_kt)
        self.predator.append(predator_kt)
        if len(self.times) > self.capacity:
            drop = len(self.times) - self.capacity
            del self.times[:drop], self.prey[:drop], self.predator[:drop]

    def add_break(self, time_years: float) -> None:
        """Mark a jump (the visitor set new stocks): a NaN row, which plots draw as a gap."""
        self.add(time_years, math.nan, math.nan)

    def clear(self) -> None:
        self.times.clear()
        self.prey.clear()
        self.predator.clear()

    def arrays(self, since_years: float | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The samples (optionally only those at or after `since_years`) as numpy arrays."""
        times = np.asarray(self.times)
        prey, predator = np.asarray(self.prey), np.asarray(self.predator)
        if since_years is not None and len(times):
            keep = times >= since_years
            return times[keep], prey[keep], predator[keep]
        return times, prey, predator


class Ecosystem:
    """The live Baltic: current stocks, time, history, catch and collapse detection."""

    # Sample spacing of the history (years).
    sample_years = 1 / 30

    def __init__(self, params: WebParameters | None = None, prey_kt: float = START_PREY_KT,
                 predator_kt: float = START_PREDATOR_KT) -> None:
        self.params = params or WebParameters()
        self.start = (prey_kt, predator_kt)
        self.history = History()
        self.restart(prey_kt, predator_kt)

    def restart(self, prey_kt: float | None = None, predator_kt: float | None = None) -> None:
        """Start the clock again from the given stocks (default: the 1980s start)."""
        prey_kt = self.start[0] if prey_kt is None else prey_kt
        predator_kt = self.start[1] if predator_kt is None else predator_kt
        self.time_years = 0.0
        self.catch_kt = 0.0
        self.collapsed: str | None = None  # "prey", "predator" or "both"
        self.history.clear()
        self._since_sample = 0.0
        self.set_populations(prey_kt, predator_kt)

    def set_populations(self, prey_kt: float, predator_kt: float) -> None:
        """Put this many fish in the sea (a tap on the phase plot); ValueError if not positive."""
        for name, value in (("prey_kt", prey_kt), ("predator_kt", predator_kt)):
            if not (math.isfinite(value) and value > 0):
                raise ValueError(f"{name} must be a positive number of kilotonnes, got {value!r}")
        if self.history.times:
            self.history.add_break(self.time_years)  # a jump, not a path: the plots leave a gap
        self.prey_kt, self.predator_kt = float(prey_kt), float(predator_kt)
        self.collapsed = None
        self.history.add(self.time_years, self.prey_kt, self.predator_kt)

    def set_parameters(self, params: WebParameters) -> None:
        self.params = params

    @property
    def alive(self) -> bool:
        return self.collapsed is None

    def catch_rate_kt_per_year(self) -> float:
        """What the fleet lands right now: f times both stocks."""
        return self.params.fishing * (self.prey_kt + self.predator_kt)

    def step(self, years: float) -> None:
        """Advance by `years` in RK4 steps; a collapsed sea stays still until restarted."""
        if years < 0:
            raise ValueError("time only runs forward")
        remaining = years
        while remaining > 1e-12 and self.alive:
            dt = min(MAX_STEP_YEARS, remaining)
            catch_before = self.catch_rate_kt_per_year()
            self.prey_kt, self.predator_kt = rk4_step(self.params, self.prey_kt, self.predator_kt, dt)
            self.catch_kt += 0.5 * (catch_before + self.catch_rate_kt_per_year()) * dt
            self.time_years += dt
            remaining -= dt
            self._check_collapse()
            self._since_sample += dt
            if self._since_sample >= self.sample_years - 1e-9 or not self.alive:
                self._since_sample = max(0.0, self._since_sample - self.sample_years)
                self.history.add(self.time_years, self.prey_kt, self.predator_kt)

    def _check_collapse(self) -> None:
        prey_gone = self.prey_kt < PREY_COLLAPSE_KT
        predator_gone = self.predator_kt < PREDATOR_COLLAPSE_KT
        if prey_gone and predator_gone:
            self.collapsed = "both"
        elif prey_gone:
            self.collapsed = "prey"
        elif predator_gone:
            self.collapsed = "predator"
        if prey_gone:
            self.prey_kt = 0.0
        if predator_gone:
            self.predator_kt = 0.0


# -- goals --------------------------------------------------------------------------------------

FISHING_GOAL_YEARS = 50.0
FISHING_GOAL_MIN_FISHING = 0.2  # the fleet must take at least 20 % a year for the years to count
# "Healthy" stocks for the score: a quarter of the unfished sprat balance (1000 kt) and a third
# of the cod balance (300 kt), roughly where Baltic cod advice puts its biomass limit.
HEALTHY_PREY_KT = 250.0
HEALTHY_PREDATOR_KT = 100.0


@dataclass
class FishingChallenge:
    """Keep both stocks alive for 50 years while fishing at least 20 % a year.

    The score (0-100) is the share of those years in which both stocks stayed healthy.
    """

    goal_years: float = FISHING_GOAL_YEARS
    min_fishing: float = FISHING_GOAL_MIN_FISHING
    fishing_years: float = 0.0
    healthy_years: float = 0.0
    done: bool = False

    def restart(self) -> None:
        self.fishing_years = self.healthy_years = 0.0
        self.done = False

    def update(self, ecosystem: Ecosystem, years: float) -> bool:
        """Count `years` just simulated; True exactly once, when the goal is reached."""
        if self.done or not ecosystem.alive or ecosystem.params.fishing + 1e-9 < self.min_fishing:
            return False
        self.fishing_years = min(self.goal_years, self.fishing_years + years)
        if ecosystem.prey_kt >= HEALTHY_PREY_KT and ecosystem.predator_kt >= HEALTHY_PREDATOR_KT:
            self.healthy_years = min(self.fishing_years, self.healthy_years + years)
        if self.fishing_years >= self.goal_years - 1e-6:
            self.fishing_years = self.goal_years
            self.done = True
            return True
        return False

    @property
    def progress(self) -> float:
        return self.fishing_years / self.goal_years

    def score(self) -> int:
        if self.fishing_years <= 0:
            return 0
        return round(100 * self.healthy_years / self.fishing_years)


BALANCE_TOLERANCE = 0.12  # a tap within 12 % of both balance values counts as found


@dataclass(frozen=True)
class BalanceVerdict:
    """How close a tapped point is to the balance point."""

    hit: bool
    relative_error: float  # the larger of the sprat and cod errors, as a fraction
    score: int


def judge_balance(params: WebParameters, prey_kt: float, predator_kt: float,
                  tolerance: float = BALANCE_TOLERANCE) -> BalanceVerdict:
    """Is (prey, predator) the balance point? 100 points for a bull's-eye, 40 at the edge."""
    point = equilibrium(params)
    if point is None:
        return BalanceVerdict(False, math.inf, 0)
    error = max(abs(prey_kt - point[0]) / point[0], abs(predator_kt - point[1]) / point[1])
    hit = error <= tolerance
    score = round(100 - 60 * error / tolerance) if hit else 0
    return BalanceVerdict(hit, error, score)
