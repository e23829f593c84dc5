"""Chance model: exact binomial and dice distributions, the bell curve they approach, and seeded
experiments that match them within a chi-square tolerance; the running average settles."""

from __future__ import annotations

import itertools
import math
import random
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exhibits.chance.model import (
    ROW_S,
    ROWS,
    Ball,
    DiceExperiment,
    GaltonBoard,
    RunningMean,
    binomial_distribution,
    binomial_normal_curve,
    binomial_pmf,
    chi_square,
    dice_sum_distribution,
    guess_score,
    mean_of,
    normal_pdf,
    settled,
)

#: Chi-square values that a fair experiment exceeds only once in a thousand runs (df -> value).
CHI2_CRITICAL_0_001 = {5: 20.515, 10: 29.588}


def test_binomial_pmf_known_values() -> None:
    assert binomial_pmf(10, 5) == pytest.approx(252 / 1024)
    assert binomial_pmf(10, 0) == pytest.approx(1 / 1024)
    assert binomial_pmf(4, 2, 0.3) == pytest.approx(6 * 0.09 * 0.49)
    assert binomial_pmf(10, 11) == 0.0
    with pytest.raises(ValueError, match="between 0 and 1"):
        binomial_pmf(3, 1, 1.5)


@given(st.integers(0, 40), st.floats(0, 1))
def test_binomial_distribution_sums_to_one_with_mean_np(n, p) -> None:
    distribution = binomial_distribution(n, p)
    assert sum(distribution) == pytest.approx(1.0)
    assert mean_of(distribution) == pytest.approx(n * p, abs=1e-9)


def test_two_dice_sums_are_the_36_equally_likely_pairs() -> None:
    distribution = dice_sum_distribution(2)
    pairs = [a + b for a, b in itertools.product(range(1, 7), repeat=2)]
    assert distribution == {total: Fraction(pairs.count(total), 36) for total in range(2, 13)}
    assert distribution[7] == Fraction(1, 6) and distribution[2] == Fraction(1, 36)
    assert mean_of(distribution) == 7
    assert dice_sum_distribution(1) == {face: Fraction(1, 6) for face in range(1, 7)}


def test_three_dice_by_convolution_match_counting() -> None:
    distribution = dice_sum_distribution(3)
    totals = [sum(roll) for roll in itertools.product(range(1, 7), repeat=3)]
    assert distribution[10] == Fraction(totals.count(10), 216) == Fraction(27, 216)
    assert sum(distribution.values()) == 1


def test_the_binomial_approaches_the_normal_curve_as_rows_grow() -> None:
    def worst_gap(n: int) -> float:
        mean, sd = binomial_normal_curve(n)
        return max(abs(binomial_pmf(n, k) - normal_pdf(k, mean, sd)) for k in range(n + 1))

    assert binomial_normal_curve(10) == (5.0, pytest.approx(math.sqrt(2.5)))
    assert worst_gap(ROWS) < 0.01
    assert worst_gap(40) < worst_gap(ROWS) / 3  # de Moivre-Laplace: the gap shrinks


def test_normal_pdf_peak_and_area() -> None:
    assert normal_pdf(0, 0, 1) == pytest.approx(1 / math.sqrt(2 * math.pi))
    area = sum(normal_pdf(x / 100, 3, 0.5) for x in range(0, 600)) / 100
    assert area == pytest.approx(1.0, abs=1e-3)
    with pytest.raises(ValueError, match="positive"):
        normal_pdf(0, 0, 0)


def test_chi_square_of_perfect_counts_is_zero_and_of_impossible_ones_infinite() -> None:
    assert chi_square([25, 50, 25], [0.25, 0.5, 0.25]) == 0
    assert chi_square([1, 0], [0.0, 1.0]) == math.inf
    assert chi_square([30, 70], [0.5, 0.5]) == pytest.approx(16.0)


def test_a_seeded_galton_board_matches_the_binomial() -> None:
    board = GaltonBoard()
    board.drop(20_000, random.Random(17))
    assert board.total == 20_000
    assert chi_square(board.counts, board.expected()) < CHI2_CRITICAL_0_001[ROWS]
    assert board.mean() == pytest.approx(ROWS / 2, abs=0.05)


def test_a_tilted_board_shifts_the_pile_and_the_fair_curve_no_longer_fits() -> None:
    board = GaltonBoard(p_right=0.7)
    board.drop(20_000, random.Random(3))
    assert chi_square(board.counts, board.expected()) < CHI2_CRITICAL_0_001[ROWS]
    assert chi_square(board.counts, binomial_distribution(ROWS, 0.5)) > 1000
    assert board.mean() == pytest.approx(7.0, abs=0.05)


def test_seeded_dice_match_their_exact_distributions() -> None:
    for dice, df in ((1, 5), (2, 10)):
        experiment = DiceExperiment(dice=dice)
        experiment.roll(36_000, random.Random(dice))
        chances = [float(c) for c in experiment.distribution().values()]
        assert chi_square(list(experiment.counts.values()), chances) < CHI2_CRITICAL_0_001[df]
    assert experiment.most_likely() == [7]


def test_the_running_average_settles_near_the_expected_value() -> None:
    experiment = DiceExperiment(dice=1)
    rng = random.Random(5)
    experiment.roll(10, rng)
    early = abs(experiment.running.mean - 3.5)
    experiment.roll(40_000, rng)
    assert abs(experiment.running.mean - 3.5) < 0.02
    assert settled(experiment.running, 3.5)
    # the spread of the average shrinks like 1/sqrt(n): 1.71/sqrt(40010) is under 0.01
    assert early > 0.02 or abs(experiment.running.mean - 3.5) < 0.02


def test_settled_needs_enough_tries_even_when_the_average_is_right() -> None:
    running = RunningMean()
    for value in (3, 4) * 50:
        running.add(value)
    assert running.mean == 3.5 and not settled(running, 3.5)


def test_running_mean_keeps_a_bounded_evenly_spaced_history() -> None:
    running = RunningMean()
    for value in range(5000):
        running.add(value % 6 + 1)
    assert len(running.points) <= 600
    steps = {b[0] - a[0] for a, b in itertools.pairwise(running.points)}
    assert len(steps) == 1
    assert running.points[-1][0] <= 5000 and running.points[-1][0] > 5000 - 2 * steps.pop()


def test_a_ball_falls_peg_by_peg_into_the_bin_of_its_right_bounces() -> None:
    ball = Ball([1, 0, 1, 1])
    assert ball.bin == 3
    assert ball.position() == (0.0, -1.0)
    ball.time_s = ROW_S * 3  # two rows down: after a right and a left bounce
    assert ball.position() == pytest.approx((0.0, 2.0))
    ball.time_s = ROW_S * 5
    assert ball.position() == pytest.approx((1.0, 4.0)) and ball.landed


def test_balls_pour_one_by_one_and_all_land() -> None:
    board = GaltonBoard()
    rng = random.Random(1)
    assert board.drop(30, rng) == 0
    landed = 0
    for _ in range(600):
        landed += board.advance(1 / 60, rng)
    assert landed == 30 == board.total and not board.busy
    assert board.drop(1000, rng) == 1000 and board.total == 1030  # a big pour lands at once


def test_guess_scores_and_clear() -> None:
    experiment = DiceExperiment(dice=2)
    assert guess_score(7, experiment) == 100 and guess_score(12, experiment) == 60
    experiment.roll(10, random.Random(0))
    experiment.clear()
    assert experiment.total == 0 and sum(experiment.counts.values()) == 0 and experiment.running.points == []
