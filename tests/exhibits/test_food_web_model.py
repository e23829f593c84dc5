"""The food_web model against the Lotka-Volterra mathematics and the exhibit's goals."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exhibits.food_web import model
from exhibits.food_web.model import Ecosystem, FishingChallenge, WebParameters

DEFAULT = WebParameters()


def test_default_balance_point_is_the_baltic_numbers() -> None:
    assert DEFAULT.delta == pytest.approx(0.15 / 300)
    prey, predator = model.equilibrium(DEFAULT)
    assert prey == pytest.approx(DEFAULT.gamma / DEFAULT.delta) == pytest.approx(1000.0)
    assert predator == pytest.approx(DEFAULT.alpha / DEFAULT.beta) == pytest.approx(300.0)


@pytest.mark.parametrize("params", [
    DEFAULT,
    WebParameters(prey_growth_per_year=1.7, predation_factor=0.6, predator_death_per_year=0.3),
    WebParameters(fishing_per_year=0.3),
])
def test_the_balance_point_stays_put(params: WebParameters) -> None:
    prey, predator = model.equilibrium(params)
    d_prey, d_predator = model.derivatives(params, prey, predator)
    assert d_prey == pytest.approx(0, abs=1e-9) and d_predator == pytest.approx(0, abs=1e-9)
    _, xs, ys = model.simulate(params, prey, predator, years=40)
    assert np.allclose(xs, prey, rtol=1e-9) and np.allclose(ys, predator, rtol=1e-9)


@pytest.mark.parametrize("fishing", [0.0, 0.25])
def test_conserved_quantity_is_constant_along_a_trajectory(fishing: float) -> None:
    params = DEFAULT.with_(fishing_per_year=fishing)
    _, xs, ys = model.simulate(params, model.START_PREY_KT, model.START_PREDATOR_KT, years=100)
    values = np.array([model.conserved_quantity(params, x, y) for x, y in zip(xs, ys, strict=True)])
    # About eleven full cycles: RK4 with 0.01-year steps drifts by well under a millionth.
    assert np.ptp(values) < 1e-6 * abs(values[0])
    assert xs.min() < 0.8 * xs.max()  # it really cycled, not sat at the balance point


def test_textbook_form_of_v_without_fishing() -> None:
    x, y = 640.0, 410.0
    p = DEFAULT
    textbook = p.delta * x - p.gamma * math.log(x) + p.beta * y - p.alpha * math.log(y)
    assert model.conserved_quantity(p, x, y) == pytest.approx(textbook)
    with pytest.raises(ValueError):
        model.conserved_quantity(p, 0.0, 10.0)


def test_small_cycles_have_the_linearised_period() -> None:
    # Near the balance point the period is 2π / sqrt(α γ).
    prey, predator = model.equilibrium(DEFAULT)
    times, xs, _ = model.simulate(DEFAULT, prey * 1.01, predator, years=60)
    crossings = times[1:][(xs[:-1] < prey) & (xs[1:] >= prey)]
    period = np.diff(crossings).mean()
    assert period == pytest.approx(2 * math.pi / math.sqrt(DEFAULT.alpha * DEFAULT.gamma), rel=0.01)


def cycle_averages(params: WebParameters) -> tuple[float, float]:
    _, xs, ys = model.simulate(params, model.START_PREY_KT, model.START_PREDATOR_KT, years=120)
    x_star = params.gamma / params.delta  # any level crossed once per cycle will do to find cycles
    ups = np.nonzero((xs[:-1] < x_star) & (xs[1:] >= x_star))[0]
    first, last = ups[0], ups[-1]  # average over whole cycles only
    return xs[first:last].mean(), ys[first:last].mean()


def test_cycle_averages_equal_the_balance_point() -> None:
    mean_prey, mean_predator = cycle_averages(DEFAULT)
    assert mean_prey == pytest.approx(1000, rel=0.01)
    assert mean_predator == pytest.approx(300, rel=0.01)


def test_volterras_principle_fishing_means_more_prey_and_fewer_predators() -> None:
    calm_prey, calm_predator = cycle_averages(DEFAULT)
    fished = DEFAULT.with_(fishing_per_year=0.3)
    fished_prey, fished_predator = cycle_averages(fished)
    assert fished_prey > calm_prey * 1.5 and fished_predator < calm_predator * 0.8
    assert model.equilibrium(fished) == pytest.approx(((0.5 + 0.3) / fished.delta, (1.0 - 0.3) / fished.beta))
    assert (fished_prey, fished_predator) == pytest.approx(model.equilibrium(fished), rel=0.02)


def test_fishing_as_hard_as_the_sprat_grow_leaves_no_balance_for_cod() -> None:
    assert model.equilibrium(WebParameters(prey_growth_per_year=0.5, fishing_per_year=0.5)) is None
    assert model.judge_balance(WebParameters(prey_growth_per_year=0.5, fishing_per_year=0.6), 1000, 300).hit is False


@settings(max_examples=40, deadline=None)
@given(
    st.floats(*model.PREY_GROWTH_RANGE), st.floats(*model.PREDATION_FACTOR_RANGE),
    st.floats(*model.PREDATOR_DEATH_RANGE), st.floats(*model.FISHING_RANGE),
    st.floats(1.0, 5000.0), st.floats(1.0, 2000.0), st.floats(0.001, 0.5),
)
def test_populations_never_go_negative(alpha, predation, gamma, fishing, prey, predator, dt) -> None:
    params = WebParameters(alpha, predation, gamma, fishing)
    for _ in range(30):
        prey, predator = model.rk4_step(params, prey, predator, dt)
        assert prey >= 0 and predator >= 0
        assert math.isfinite(prey) and math.isfinite(predator)


def test_a_huge_step_is_clamped_not_negative() -> None:
    prey, predator = model.rk4_step(DEFAULT.with_(fishing_per_year=0.9), 5000.0, 2000.0, 5.0)
    assert prey >= 0 and predator >= 0


@pytest.mark.parametrize(("field", "value"), [
    ("prey_growth_per_year", 0.0), ("predation_factor", 5.0), ("predator_death_per_year", -1.0),
    ("fishing_per_year", 1.2), ("fishing_per_year", float("nan")),
])
def test_out_of_range_parameters_are_refused(field: str, value: float) -> None:
    with pytest.raises(ValueError, match=field):
        WebParameters(**{field: value})


# -- the live ecosystem ----------------------------------------------------------------------


def test_heavy_fishing_collapses_the_cod_stock() -> None:
    sea = Ecosystem(DEFAULT.with_(fishing_per_year=0.8))
    for _ in range(60 * 30):
        sea.step(1 / 30)
        if not sea.alive:
            break
    assert sea.collapsed == "predator"
    assert sea.predator_kt == 0.0
    frozen = (sea.time_years, sea.prey_kt)
    sea.step(1.0)  # a collapsed sea waits for a restart
    assert (sea.time_years, sea.prey_kt) == frozen
    sea.restart()
    assert sea.alive and sea.time_years == 0 and sea.prey_kt == model.START_PREY_KT


def test_moderate_fishing_keeps_both_alive_for_fifty_years() -> None:
    sea = Ecosystem(DEFAULT.with_(fishing_per_year=0.25))
    sea.step(50.0)
    assert sea.alive and sea.time_years == pytest.approx(50.0)
    assert sea.catch_kt > 0.25 * 50 * 1000  # a real catch: a quarter of well over 1000 kt a year


def test_prey_collapse_is_detected() -> None:
    sea = Ecosystem(prey_kt=25.0, predator_kt=2000.0)  # a cod plague eats the last sprat
    sea.step(5.0)
    assert sea.collapsed in ("prey", "both")
    assert sea.prey_kt == 0.0


def test_history_samples_and_window() -> None:
    sea = Ecosystem()
    sea.step(10.0)
    times, prey, predator = sea.history.arrays()
    assert len(times) == len(prey) == len(predator)
    assert 290 <= len(times) <= 310  # 30 samples a year
    recent, _, _ = sea.history.arrays(since_years=8.0)
    assert recent.min() >= 8.0
    assert np.all(np.diff(times) > 0)


def test_tapped_populations_must_be_positive() -> None:
    sea = Ecosystem()
    with pytest.raises(ValueError, match="prey_kt"):
        sea.set_populations(-5.0, 100.0)
    with pytest.raises(ValueError):
        sea.step(-1.0)


# -- goals ------------------------------------------------------------------------------------


def run_challenge(fishing: float, years: float = 60.0) -> tuple[Ecosystem, FishingChallenge, bool]:
    sea = Ecosystem(DEFAULT.with_(fishing_per_year=fishing))
    challenge = FishingChallenge()
    reached = False
    for _ in range(int(years * 30)):
        sea.step(1 / 30)
        reached = challenge.update(sea, 1 / 30) or reached
    return sea, challenge, reached


def test_fishing_challenge_is_reached_with_sustainable_fishing() -> None:
    _sea, challenge, reached = run_challenge(0.2)
    assert reached and challenge.done and challenge.progress == 1.0
    assert 80 <= challenge.score() <= 100


def test_fishing_years_only_count_while_fishing_enough() -> None:
    _sea, challenge, reached = run_challenge(0.1, years=20)
    assert not reached and challenge.fishing_years == 0


def test_overfishing_never_reaches_the_goal() -> None:
    sea, challenge, reached = run_challenge(0.8)
    assert not reached and not sea.alive
    assert challenge.fishing_years < 50


def test_balance_judge() -> None:
    exact = model.judge_balance(DEFAULT, 1000.0, 300.0)
    assert exact.hit and exact.score == 100
    near = model.judge_balance(DEFAULT, 1080.0, 290.0)
    assert near.hit and 40 <= near.score < 100
    assert not model.judge_balance(DEFAULT, 1500.0, 300.0).hit
    fished = DEFAULT.with_(fishing_per_year=0.3)
    assert not model.judge_balance(fished, 1000.0, 300.0).hit  # the balance has moved
    assert model.judge_balance(fished, *model.equilibrium(fished)).hit
