"""Shapes in 3D: a shape built from unit cubes, its three orthographic views, volume and surface area.

Qt-free. Coordinates: x to the right, y away from the visitor (y = 0 is the front row), z up
(z = 0 stands on the table). Every cube is one unit long, so the volume is the number of cubes
and the surface area is counted in cube faces.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

Cell = tuple[int, int, int]  # (x, y, z)
ViewCell = tuple[int, int]  # (across, up) in a view's own picture

#: The build plate: columns across, rows deep, cubes high. Small enough for big touch cells.
PLATE_COLUMNS = 4
PLATE_ROWS = 4
MAX_HEIGHT = 4

#: The six neighbours of a cube; a face shared with one of them is hidden inside the shape.
NEIGHBOUR_STEPS: tuple[Cell, ...] = ((1, 0, 0), (-1, 0, 0), (0, 1, 0), (0, -1, 0), (0, 0, 1), (0, 0, -1))

VIEW_NAMES = ("top", "front", "side")


@dataclass(frozen=True)
class Views:
    """The three orthographic views of a shape, each the set of squares a viewer sees filled.

    top: looking down, (x, y) with the front row at the bottom of the picture.
    front: looking from the front, (x, z).
    side: looking from the right-hand side, (y, z): the front row at the left of the picture.
    """

    top: frozenset[ViewCell]
    front: frozenset[ViewCell]
    side: frozenset[ViewCell]

    def view(self, name: str) -> frozenset[ViewCell]:
        return {"top": self.top, "front": self.front, "side": self.side}[name]

    def matching(self, other: Views) -> dict[str, bool]:
        """Which of the three views look the same in both."""
        return {name: self.view(name) == other.view(name) for name in VIEW_NAMES}


@dataclass
class Shape:
    """A set of unit cubes on the plate. Cubes are stacked in columns, so nothing floats."""

    columns: int = PLATE_COLUMNS
    rows: int = PLATE_ROWS
    max_height: int = MAX_HEIGHT
    cubes: set[Cell] = field(default_factory=set)

    @classmethod
    def from_heights(cls, heights: Iterable[Iterable[int]], *, columns: int = PLATE_COLUMNS, rows: int = PLATE_ROWS,
                     max_height: int = MAX_HEIGHT) -> Shape:
        """A shape from a plan with numbers: heights[y][x] cubes stand on each square (y = 0 at the front)."""
        shape = cls(columns, rows, max_height)
        for y, row in enumerate(heights):
            for x, height in enumerate(row):
                for _ in range(height):
                    if not shape.stack(x, y):
                        raise ValueError(f"no room for {height} cubes on square ({x}, {y}) of the plate")
        return shape

    def copy(self) -> Shape:
        return Shape(self.columns, self.rows, self.max_height, set(self.cubes))

    # -- building ----------------------------------------------------------------------------

    def height(self, x: int, y: int) -> int:
        """How many cubes stand on the square (x, y)."""
        return sum(1 for cx, cy, _ in self.cubes if (cx, cy) == (x, y))

    def heights(self) -> list[list[int]]:
        """The plan with numbers: heights()[y][x]."""
        plan = [[0] * self.columns for _ in range(self.rows)]
        for x, y, _ in self.cubes:
            plan[y][x] += 1
        return plan

    def on_plate(self, x: int, y: int) -> bool:
        return 0 <= x < self.columns and 0 <= y < self.rows

    def stack(self, x: int, y: int) -> bool:
        """Put one cube on top of the square's column; False if the square is off the plate or full."""
        if not self.on_plate(x, y):
            return False
        height = self.height(x, y)
        if height >= self.max_height:
            return False
        self.cubes.add((x, y, height))
        return True

    def unstack(self, x: int, y: int) -> bool:
        """Take the top cube off the square's column; False if there is none."""
        height = self.height(x, y) if self.on_plate(x, y) else 0
        if height == 0:
            return False
        self.cubes.discard((x, y, height - 1))
        return True

    def clear(self) -> None:
        self.cubes.clear()

    # -- measuring ---------------------------------------------------------------------------

    @property
    def volume(self) -> int:
        """Cubic units: one per cube."""
        return len(self.cubes)

    @property
    def touching_pairs(self) -> int:
        """Pairs of cubes that share a face (each such pair hides two faces)."""
        return sum(
            1
            for x, y, z in self.cubes
            for dx, dy, dz in NEIGHBOUR_STEPS[::2]  # one direction per axis: each pair once
            if (x + dx, y + dy, z + dz) in self.cubes
        )

    @property
    def surface_area(self) -> int:
        """Square units of the whole outside, bottom included: 6 per cube, less 2 per touching pair."""
        return 6 * self.volume - 2 * self.touching_pairs

    def exposed_faces(self) -> list[tuple[Cell, Cell]]:
        """Every face on the outside as (cube, outward direction); as many as surface_area."""
        return [
            ((x, y, z), step)
            for x, y, z in sorted(self.cubes)
            for step in NEIGHBOUR_STEPS
            if (x + step[0], y + step[1], z + step[2]) not in self.cubes
        ]

    def views(self) -> Views:
        """Top, front and side views: what is seen when looking straight along one axis."""
        return Views(
            top=frozenset((x, y) for x, y, _ in self.cubes),
            front=frozenset((x, z) for x, _, z in self.cubes),
            side=frozenset((y, z) for _, y, z in self.cubes),
        )


@dataclass(frozen=True)
class Challenge:
    """Build a shape whose three views match those of a hidden reference shape.

    Many shapes can share the same three views; any of them solves it. ``exact_volume``, when
    set, also asks for that many cubes (to show that the views do not fix the volume).
    """

    key: str
    heights: tuple[tuple[int, ...], ...]
    exact_volume: int | None = None

    @property
    def reference(self) -> Shape:
        return Shape.from_heights(self.heights)

    @property
    def views(self) -> Views:
        return self.reference.views()

    def judge(self, shape: Shape) -> bool:
        if shape.views() != self.views:
            return False
        return self.exact_volume is None or shape.volume == self.exact_volume


#: From a single step to a shape where the views leave room for more than one answer.
CHALLENGES: tuple[Challenge, ...] = (
    Challenge("steps", ((3, 2, 1, 0), (0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0))),
    Challenge("corner", ((2, 1, 0, 0), (1, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0))),
    Challenge("tower", ((1, 1, 1, 0), (1, 3, 1, 0), (1, 1, 1, 0), (0, 0, 0, 0))),
    Challenge("u_shape", ((2, 0, 2, 0), (2, 2, 2, 0), (0, 0, 0, 0), (0, 0, 0, 0))),
    # The views of a 2x2x2 block: 8 cubes build it, but 6 cubes on a diagonal show the same views.
    Challenge("fewest", ((2, 2, 0, 0), (2, 2, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)), exact_volume=6),
)


def score_for(moves: int, par: int) -> int:
    """100 for a solution in as few taps as cubes needed; 5 fewer per extra tap, never below 40."""
    return max(40, 100 - 5 * max(0, moves - par))


@dataclass
class ChallengeTrack:
    """The challenges in order, the taps spent on the current one and the scores won."""

    challenges: tuple[Challenge, ...] = CHALLENGES
    index: int = 0
    moves: int = 0
    scores: list[int] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.index >= len(self.challenges)

    @property
    def current(self) -> Challenge | None:
        return None if self.finished else self.challenges[self.index]

    def count_move(self) -> None:
        self.moves += 1

    def check(self, shape: Shape) -> int | None:
        """The score if the shape solves the current challenge (and move on), else None."""
        challenge = self.current
        if challenge is None or not challenge.judge(shape):
            return None
        par = challenge.exact_volume or challenge.reference.volume
        score = score_for(self.moves, par)
        self.scores.append(score)
        self.index += 1
        self.moves = 0
        return score

    def reset(self) -> None:
        self.index, self.moves = 0, 0
        self.scores.clear()
