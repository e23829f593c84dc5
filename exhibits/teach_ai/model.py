"""Teach the computer: features from camera pictures, a nearest-neighbour classifier, and the
challenges (teach two groups, make it one-sided, fix the bias).

Qt-free. ``Teacher.process(frame)`` runs on the camera worker for every frame: it turns the
picture inside the "show it here" square into a short list of numbers (a colour histogram and
a histogram of edge directions, like a tiny HOG) and lets the current classifier guess. The
visitor's examples are these numbers only, never pictures, and they live in memory for the run.

The classifier is k-nearest-neighbours: "training" is remembering the examples, and a guess is
a vote of the k examples most like what the camera sees. That makes its failures visible:
with one example per group the vote is a tie, and a group with many more examples wins votes
it should not (the bias challenge).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import cv2
import numpy as np

#: Groups (classes) the visitor can teach; the third is optional.
MAX_GROUPS = 3
#: Examples per group below which the exhibit warns that the computer knows too little.
ENOUGH_EXAMPLES = 5
#: A group keeps at most this many examples (memory, and a guess stays instant).
MAX_EXAMPLES_PER_GROUP = 60
#: Neighbours that vote on a guess.
NEIGHBOURS = 5
#: One group has this many times the examples of another: the examples are one-sided.
ONE_SIDED_RATIO = 3.0
#: Groups within this ratio of each other count as balanced again.
BALANCED_RATIO = 1.5
#: Leave-one-out accuracy that counts as "it has learnt them".
GOOD_ACCURACY = 0.8

#: The "show it here" square: its side as a share of the frame's shorter side, centred.
REGION_SHARE = 0.7
#: The region is shrunk to this many pixels a side before features are computed.
FEATURE_SIDE_PX = 64
HUE_BINS = 12
GREY_BINS = 3  # dark, grey, light: pixels without a clear colour
EDGE_CELLS = 3  # the region is split into EDGE_CELLS x EDGE_CELLS cells
EDGE_BINS = 8  # edge directions per cell (0-180 degrees)
FEATURE_LENGTH = HUE_BINS + GREY_BINS + EDGE_CELLS * EDGE_CELLS * EDGE_BINS


def region_of_interest(width: int, height: int) -> tuple[int, int, int, int]:
    """The centred square (left, top, right, bottom) where the visitor shows things, in frame pixels."""
    side = round(min(width, height) * REGION_SHARE)
    left, top = (width - side) // 2, (height - side) // 2
    return left, top, left + side, top + side


def colour_histogram(small_bgr: np.ndarray) -> np.ndarray:
    """Share of the pixels in each hue band, plus dark / grey / light for colourless pixels (sums to 1)."""
    hsv = cv2.cvtColor(small_bgr, cv2.COLOR_BGR2HSV)
    hue, saturation, value = (hsv[..., i].astype(np.float32) for i in range(3))
    colourful = (saturation > 60) & (value > 50)
    hue_index = np.minimum((hue * HUE_BINS / 180.0).astype(np.int32), HUE_BINS - 1)
    hues = np.bincount(hue_index[colourful], minlength=HUE_BINS).astype(np.float32)
    grey_index = np.minimum((value[~colourful] * GREY_BINS / 256.0).astype(np.int32), GREY_BINS - 1)
    greys = np.bincount(grey_index, minlength=GREY_BINS).astype(np.float32)
    histogram = np.concatenate((hues, greys))
    return histogram / max(1.0, float(histogram.sum()))


def edge_histogram(small_bgr: np.ndarray) -> np.ndarray:
    """Edge strength by direction in each cell of the region (a tiny HOG), scaled to length 1."""
    grey = cv2.cvtColor(small_bgr, cv2.COLOR_BGR2GRAY).astype(np.float32)
    gx = cv2.Sobel(grey, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(grey, cv2.CV_32F, 0, 1, ksize=3)
    magnitude, angle = cv2.cartToPolar(gx, gy, angleInDegrees=True)
    direction = np.mod(angle, 180.0)  # an edge from dark to light or light to dark is the same edge
    bins = np.minimum((direction * EDGE_BINS / 180.0).astype(np.int32), EDGE_BINS - 1)
    side = grey.shape[0]
    cell_index = (np.arange(side) * EDGE_CELLS // side).astype(np.int32)
    cells = cell_index[:, None] * EDGE_CELLS + cell_index[None, :]
    flat = (cells * EDGE_BINS + bins).ravel()
    histogram = np.bincount(flat, weights=magnitude.ravel(), minlength=EDGE_CELLS * EDGE_CELLS * EDGE_BINS)
    norm = float(np.linalg.norm(histogram))
    return (histogram / norm if norm > 1e-6 else histogram).astype(np.float32)


def features(frame: np.ndarray) -> np.ndarray:
    """The numbers the computer learns from: colours and edge directions inside the region."""
    left, top, right, bottom = region_of_interest(frame.shape[1], frame.shape[0])
    small = cv2.resize(frame[top:bottom, left:right], (FEATURE_SIDE_PX, FEATURE_SIDE_PX),
                       interpolation=cv2.INTER_AREA)
    return np.concatenate((colour_histogram(small), edge_histogram(small))).astype(np.float32)


@dataclass(frozen=True)
class Guess:
    """What the classifier thinks: the winning group and each group's share of the vote (0-1)."""

    group: int
    shares: tuple[float, ...]

    @property
    def confidence(self) -> float:
        return self.shares[self.group]


class Classifier:
    """k-nearest-neighbours over the examples at the moment it was made (immutable, so the
    camera worker can use one while the UI thread makes the next)."""

    def __init__(self, examples: list[list[np.ndarray]], neighbours: int = NEIGHBOURS) -> None:
        self.groups = len(examples)
        rows = [vector for group in examples for vector in group]
        self.labels = np.array([g for g, group in enumerate(examples) for _ in group], np.int32)
        self.matrix = np.array(rows, np.float32).reshape(len(rows), FEATURE_LENGTH)
        self.neighbours = neighbours

    @property
    def ready(self) -> bool:
        """It can guess once at least two groups have an example."""
        return len(set(self.labels.tolist())) >= 2

    def guess(self, vector: np.ndarray, leave_out: int | None = None) -> Guess | None:
        """The vote of the nearest examples (ties go to the group with the nearest example).

        ``leave_out``: the index of an example to ignore (to test the classifier on it)."""
        if not self.ready:
            return None
        distances = np.linalg.norm(self.matrix - vector, axis=1)
        if leave_out is not None:
            distances[leave_out] = np.inf
        available = len(distances) - (leave_out is not None)
        k = min(self.neighbours, available)
        if k < 1:
            return None
        nearest = np.argsort(distances, kind="stable")[:k]
        votes = np.bincount(self.labels[nearest], minlength=self.groups).astype(np.float64)
        best = votes.max()
        tied = [g for g in range(self.groups) if votes[g] == best]
        winner = min(tied, key=lambda g: float(distances[nearest][self.labels[nearest] == g].min()))
        return Guess(winner, tuple(float(v / k) for v in votes))

    def self_test(self) -> list[tuple[int, int]]:
        """Leave-one-out test: per group, (examples it gets right when each is hidden in turn, examples)."""
        results = [[0, 0] for _ in range(self.groups)]
        if not self.ready:
            return [(0, int((self.labels == g).sum())) for g in range(self.groups)]
        for index, label in enumerate(self.labels):
            guess = self.guess(self.matrix[index], leave_out=index)
            results[label][1] += 1
            if guess is not None and guess.group == label:
                results[label][0] += 1
        return [(right, total) for right, total in results]


def accuracy(self_test: list[tuple[int, int]]) -> float:
    """Share of all examples guessed right in the leave-one-out test."""
    total = sum(t for _, t in self_test)
    return sum(r for r, _ in self_test) / total if total else 0.0


@dataclass(frozen=True)
class TeachOutput:
    """One processed camera frame: its features and the guess of the classifier of that moment."""

    features: np.ndarray
    guess: Guess | None


class Teacher:
    """The visitor's examples (numbers only, in memory) and the classifier made from them.

    The UI thread adds and forgets examples; ``process`` runs on the camera worker and reads the
    current classifier, which is replaced whole, never changed in place.
    """

    def __init__(self, groups: int = 2) -> None:
        if not 2 <= groups <= MAX_GROUPS:
            raise ValueError(f"a computer is taught 2 to {MAX_GROUPS} groups, not {groups}")
        self.examples: list[list[np.ndarray]] = [[] for _ in range(groups)]
        self.classifier = Classifier(self.examples)

    @property
    def groups(self) -> int:
        return len(self.examples)

    @property
    def counts(self) -> list[int]:
        return [len(group) for group in self.examples]

    def add_group(self) -> bool:
        """Add the optional third group; False if there is no room."""
        if self.groups >= MAX_GROUPS:
            return False
        self.examples.append([])
        self._retrain()
        return True

    def add_example(self, group: int, vector: np.ndarray) -> bool:
        """Remember one example for a group; False when the group is full."""
        if len(self.examples[group]) >= MAX_EXAMPLES_PER_GROUP:
            return False
        if vector.shape != (FEATURE_LENGTH,):
            raise ValueError(f"an example has {FEATURE_LENGTH} numbers, got shape {vector.shape}")
        self.examples[group].append(np.array(vector, np.float32))
        self._retrain()
        return True

    def forget(self, group: int) -> None:
        """Drop every example of one group."""
        self.examples[group].clear()
        self._retrain()

    def clear(self) -> None:
        """Drop every example (when the run ends, and for "start over")."""
        for group in self.examples:
            group.clear()
        del self.examples[2:]
        self._retrain()

    def _retrain(self) -> None:
        self.classifier = Classifier([list(group) for group in self.examples])

    def process(self, frame: np.ndarray) -> TeachOutput:
        """Features of the frame and the current classifier's guess (camera worker thread)."""
        vector = features(frame)
        return TeachOutput(vector, self.classifier.guess(vector))


# -- what goes wrong, and the challenges -----------------------------------------------------------


def too_few(counts: list[int]) -> list[int]:
    """The groups with fewer than ENOUGH_EXAMPLES examples."""
    return [g for g, count in enumerate(counts) if count < ENOUGH_EXAMPLES]


def imbalance(counts: list[int]) -> float:
    """Examples of the biggest group per example of the smallest (inf if one group has none)."""
    smallest, biggest = min(counts), max(counts)
    if biggest == 0:
        return 1.0
    return math.inf if smallest == 0 else biggest / smallest


def one_sided(counts: list[int]) -> bool:
    """Some group has at least ONE_SIDED_RATIO times the examples of another that has some."""
    taught = [c for c in counts if c > 0]
    return len(taught) >= 2 and max(taught) >= ONE_SIDED_RATIO * min(taught)


STAGES = ("teach", "one_sided", "fix", "three", "free")


@dataclass
class Challenges:
    """The path through the exhibit: teach two groups well, make the examples one-sided and
    watch the small group lose, balance them again, then teach a third group."""

    stage_index: int = 0
    solved: list[str] = field(default_factory=list)

    @property
    def stage(self) -> str:
        return STAGES[self.stage_index]

    def check(self, counts: list[int], self_test: list[tuple[int, int]]) -> str | None:
        """Move on if the current stage's goal is met; returns the stage just solved, or None."""
        stage = self.stage
        good = (accuracy(self_test) >= GOOD_ACCURACY and not too_few(counts)
                and not one_sided(counts))
        if stage == "teach":
            done = len(counts) >= 2 and good
        elif stage == "one_sided":
            done = one_sided(counts) and min(c for c in counts if c > 0) >= 1
        elif stage == "fix":
            done = good and imbalance(counts) <= BALANCED_RATIO
        elif stage == "three":
            done = len(counts) == 3 and good
        else:
            return None
        if not done:
            return None
        self.solved.append(stage)
        self.stage_index += 1
        return stage

    def score(self, self_test: list[tuple[int, int]]) -> float:
        """A completed stage's score: the self-test accuracy in percent."""
        return round(100.0 * accuracy(self_test), 1)
