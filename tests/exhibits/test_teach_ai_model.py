"""Teach the computer: features see colour and edge direction, k-nearest-neighbours learns
synthetic pictures, and too few or one-sided examples fail the way the exhibit says they do."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from exhibits.teach_ai.model import (
    EDGE_BINS,
    FEATURE_LENGTH,
    HUE_BINS,
    Challenges,
    Classifier,
    Teacher,
    accuracy,
    colour_histogram,
    edge_histogram,
    features,
    imbalance,
    one_sided,
    region_of_interest,
    too_few,
)


def picture(kind: str, seed: int, width: int = 320, height: int = 240) -> np.ndarray:
    """A synthetic 'object' held in the middle of a noisy grey room, slightly moved each time."""
    rng = np.random.default_rng(seed)
    frame = np.clip(rng.normal(110, 12, (height, width, 3)), 0, 255).astype(np.uint8)
    cx, cy = width // 2 + int(rng.integers(-12, 13)), height // 2 + int(rng.integers(-12, 13))
    if kind == "red ball":
        cv2.circle(frame, (cx, cy), 50 + int(rng.integers(-6, 7)), (30, 30, 210), -1)
    elif kind == "blue stripes":
        for x in range(cx - 60, cx + 60, 24):
            cv2.rectangle(frame, (x, cy - 60), (x + 11, cy + 60), (200, 90, 20), -1)
    elif kind == "green bar":
        cv2.rectangle(frame, (cx - 70, cy - 14), (cx + 70, cy + 14), (40, 170, 40), -1)
    return frame


def test_region_is_a_centred_square() -> None:
    left, top, right, bottom = region_of_interest(640, 480)
    assert right - left == bottom - top == 336
    assert (left + right) / 2 == pytest.approx(320, abs=1) and (top + bottom) / 2 == pytest.approx(240, abs=1)


def test_colour_histogram_finds_the_colour() -> None:
    red = np.zeros((64, 64, 3), np.uint8)
    red[..., 2] = 220
    histogram = colour_histogram(red)
    assert histogram.sum() == pytest.approx(1.0)
    assert histogram[0] == pytest.approx(1.0), "pure red is hue 0"
    grey = np.full((64, 64, 3), 128, np.uint8)
    assert colour_histogram(grey)[HUE_BINS + 1] == pytest.approx(1.0), "middle grey, no colour"


def test_edge_histogram_finds_the_direction() -> None:
    vertical = np.zeros((64, 64, 3), np.uint8)
    vertical[:, 32:] = 255  # one vertical edge: brightness changes along x, gradient angle 0
    horizontal = np.ascontiguousarray(np.transpose(vertical, (1, 0, 2)))
    v, h = edge_histogram(vertical), edge_histogram(horizontal)
    assert np.linalg.norm(v) == pytest.approx(1.0, abs=1e-5)
    assert v.reshape(-1, EDGE_BINS).sum(axis=0).argmax() == 0
    assert h.reshape(-1, EDGE_BINS).sum(axis=0).argmax() == EDGE_BINS // 2, "90 degrees"
    assert not edge_histogram(np.zeros((64, 64, 3), np.uint8)).any(), "a flat picture has no edges"


def test_features_have_a_fixed_length_and_ignore_the_border() -> None:
    frame = picture("red ball", 1)
    vector = features(frame)
    assert vector.shape == (FEATURE_LENGTH,) and vector.dtype == np.float32
    changed = frame.copy()
    changed[:, :20] = 255  # outside the square the visitor shows things in
    assert np.array_equal(features(changed), vector)


def teach(kinds: list[str], per_kind: list[int], seed: int = 0) -> Teacher:
    teacher = Teacher(groups=len(kinds))
    for group, (kind, count) in enumerate(zip(kinds, per_kind, strict=True)):
        for i in range(count):
            teacher.add_example(group, features(picture(kind, seed + 100 * group + i)))
    return teacher


def test_it_learns_two_groups_and_guesses_new_pictures() -> None:
    teacher = teach(["red ball", "blue stripes"], [8, 8])
    assert accuracy(teacher.classifier.self_test()) == 1.0
    for seed in range(500, 510):
        assert teacher.process(picture("red ball", seed)).guess.group == 0
        guess = teacher.process(picture("blue stripes", seed)).guess
        assert guess.group == 1 and guess.confidence == 1.0


def test_three_groups() -> None:
    teacher = teach(["red ball", "blue stripes", "green bar"], [6, 6, 6])
    assert accuracy(teacher.classifier.self_test()) == 1.0
    assert teacher.process(picture("green bar", 999)).guess.group == 2


def test_one_example_each_is_a_coin_toss() -> None:
    teacher = teach(["red ball", "blue stripes"], [1, 1])
    guess = teacher.process(picture("red ball", 77)).guess
    assert guess.shares == (0.5, 0.5), "two examples, two votes: a tie"
    assert guess.group == 0, "the tie goes to the nearer example"
    assert accuracy(teacher.classifier.self_test()) == 0.0, "hiding one leaves a group with nothing"
    assert too_few(teacher.counts) == [0, 1]


def test_one_sided_examples_make_the_small_group_lose() -> None:
    teacher = teach(["red ball", "blue stripes"], [20, 2])
    assert one_sided(teacher.counts) and imbalance(teacher.counts) == 10
    right = teacher.classifier.self_test()
    assert right == [(20, 20), (0, 2)], "each hidden stripe picture is outvoted 4 to 1"
    guess = teacher.process(picture("blue stripes", 321)).guess
    assert guess.shares[1] == pytest.approx(0.4), "its two stripe examples vote, three balls outvote them"
    assert guess.group == 0
    balanced = teach(["red ball", "blue stripes"], [20, 20])
    assert balanced.classifier.self_test()[1] == (20, 20), "balanced again, the stripes are recognised"


def test_nothing_to_guess_without_two_groups() -> None:
    teacher = teach(["red ball", "blue stripes"], [4, 0])
    assert not teacher.classifier.ready
    assert teacher.process(picture("red ball", 3)).guess is None
    assert Classifier([[], []]).self_test() == [(0, 0), (0, 0)]


def test_examples_are_forgotten_and_cleared() -> None:
    teacher = teach(["red ball", "blue stripes"], [3, 3])
    assert teacher.add_group() and teacher.groups == 3 and not teacher.add_group()
    teacher.forget(0)
    assert teacher.counts == [0, 3, 0]
    teacher.clear()
    assert teacher.counts == [0, 0] and teacher.classifier.matrix.shape == (0, FEATURE_LENGTH)


def test_a_group_is_full_at_its_limit() -> None:
    from exhibits.teach_ai.model import MAX_EXAMPLES_PER_GROUP

    teacher = Teacher()
    vector = features(picture("red ball", 0))
    for _ in range(MAX_EXAMPLES_PER_GROUP):
        assert teacher.add_example(0, vector)
    assert not teacher.add_example(0, vector)
    with pytest.raises(ValueError, match="numbers"):
        teacher.add_example(1, vector[:10])
    with pytest.raises(ValueError, match="2 to 3"):
        Teacher(groups=4)


def test_the_challenges_follow_the_examples() -> None:
    challenges = Challenges()
    few = teach(["red ball", "blue stripes"], [3, 3])
    assert challenges.check(few.counts, few.classifier.self_test()) is None, "too few examples"
    good = teach(["red ball", "blue stripes"], [6, 6])
    assert challenges.check(good.counts, good.classifier.self_test()) == "teach"
    assert challenges.score(good.classifier.self_test()) == 100.0
    assert challenges.check(good.counts, good.classifier.self_test()) is None, "still balanced"
    lopsided = teach(["red ball", "blue stripes"], [18, 6])
    assert challenges.check(lopsided.counts, lopsided.classifier.self_test()) == "one_sided"
    assert challenges.check(lopsided.counts, lopsided.classifier.self_test()) is None, "not fixed yet"
    fixed = teach(["red ball", "blue stripes"], [18, 15])
    assert challenges.check(fixed.counts, fixed.classifier.self_test()) == "fix"
    three = teach(["red ball", "blue stripes", "green bar"], [6, 6, 6])
    assert challenges.check(three.counts, three.classifier.self_test()) == "three"
    assert challenges.stage == "free" and challenges.check(three.counts, three.classifier.self_test()) is None
