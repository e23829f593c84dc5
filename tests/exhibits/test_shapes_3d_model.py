"""Shapes in 3D model: stacking, the three orthographic views, volume and surface area."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exhibits.shapes_3d.model import (
    CHALLENGES,
    MAX_HEIGHT,
    PLATE_COLUMNS,
    PLATE_ROWS,
    ChallengeTrack,
    Shape,
    score_for,
)

plans = st.lists(
    st.lists(st.integers(0, MAX_HEIGHT), min_size=PLATE_COLUMNS, max_size=PLATE_COLUMNS),
    min_size=PLATE_ROWS, max_size=PLATE_ROWS,
)


def test_one_cube_has_volume_one_and_six_faces() -> None:
    shape = Shape()
    assert shape.stack(0, 0)
    assert (shape.volume, shape.surface_area) == (1, 6)


def test_two_cubes_side_by_side_hide_two_faces() -> None:
    shape = Shape.from_heights([[1, 1, 0, 0]])
    assert (shape.volume, shape.touching_pairs, shape.surface_area) == (2, 1, 10)


@pytest.mark.parametrize(("length", "width", "height"), [(2, 2, 2), (3, 2, 1), (4, 4, 4), (4, 1, 3)])
def test_a_box_has_the_textbook_volume_and_surface(length: int, width: int, height: int) -> None:
    shape = Shape.from_heights([[height] * length for _ in range(width)])
    assert shape.volume == length * width * height
    assert shape.surface_area == 2 * (length * width + length * height + width * height)


def test_an_l_of_three_cubes() -> None:
    shape = Shape.from_heights([[2, 1]])  # a column of two and one beside it
    assert shape.volume == 3
    assert shape.surface_area == 14  # 18 faces, two touching pairs hide 4


def test_views_of_a_staircase() -> None:
    shape = Shape.from_heights([[3, 2, 1, 0]])
    views = shape.views()
    assert views.top == {(0, 0), (1, 0), (2, 0)}
    assert views.front == {(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (2, 0)}
    assert views.side == {(0, 0), (0, 1), (0, 2)}  # seen from the side, only the tallest column


def test_side_view_puts_the_front_row_at_the_left() -> None:
    shape = Shape.from_heights([[1], [0], [2]])  # a cube at the front, two at the back
    assert shape.views().side == {(0, 0), (2, 0), (2, 1)}


def test_stacking_stops_at_the_plate_edge_and_the_top() -> None:
    shape = Shape()
    assert not shape.stack(PLATE_COLUMNS, 0)
    assert not shape.stack(0, -1)
    for _ in range(MAX_HEIGHT):
        assert shape.stack(1, 1)
    assert not shape.stack(1, 1)
    assert shape.height(1, 1) == MAX_HEIGHT


def test_unstacking_takes_the_top_cube() -> None:
    shape = Shape.from_heights([[0, 3]])
    assert shape.unstack(1, 0)
    assert shape.cubes == {(1, 0, 0), (1, 0, 1)}
    assert not shape.unstack(0, 0)
    assert not shape.unstack(9, 9)


def test_a_plan_that_does_not_fit_names_the_square() -> None:
    with pytest.raises(ValueError, match=r"\(0, 0\)"):
        Shape.from_heights([[MAX_HEIGHT + 1]])


@given(plans)
def test_surface_area_equals_the_exposed_faces_and_stays_in_bounds(plan: list[list[int]]) -> None:
    shape = Shape.from_heights(plan)
    assert shape.heights() == plan
    assert shape.volume == sum(map(sum, plan))
    assert shape.surface_area == len(shape.exposed_faces())
    if shape.volume:
        # loose cubes show all six faces; touching ones hide some, but a shape always has an outside
        assert 6 <= shape.surface_area <= 6 * shape.volume
        assert shape.surface_area % 2 == 0


@given(plans)
def test_views_are_projections_of_the_cubes(plan: list[list[int]]) -> None:
    shape = Shape.from_heights(plan)
    views = shape.views()
    heights = shape.heights()
    assert views.top == {(x, y) for y in range(PLATE_ROWS) for x in range(PLATE_COLUMNS) if heights[y][x]}
    for x in range(PLATE_COLUMNS):  # the front view is as tall as the tallest column in each x
        tallest = max(heights[y][x] for y in range(PLATE_ROWS))
        assert {z for vx, z in views.front if vx == x} == set(range(tallest))
    for y in range(PLATE_ROWS):
        tallest = max(heights[y])
        assert {z for vy, z in views.side if vy == y} == set(range(tallest))


@given(plans)
def test_the_reference_shape_always_solves_its_own_views(plan: list[list[int]]) -> None:
    shape = Shape.from_heights(plan)
    assert shape.views().matching(shape.copy().views()) == {"top": True, "front": True, "side": True}


def test_different_shapes_can_share_all_three_views() -> None:
    full = Shape.from_heights([[2, 2], [2, 2]])
    diagonal = Shape.from_heights([[2, 1], [1, 2]])
    assert full.views() == diagonal.views()
    assert (full.volume, diagonal.volume) == (8, 6)


def test_every_challenge_is_solvable_and_a_wrong_shape_is_not_accepted() -> None:
    for challenge in CHALLENGES:
        answer = challenge.reference
        if challenge.exact_volume is not None:
            answer = Shape.from_heights([[2, 1], [1, 2]])
            assert not challenge.judge(challenge.reference)  # right views, too many cubes
        assert challenge.judge(answer), challenge.key
        assert not challenge.judge(Shape())


def test_track_scores_and_moves_on() -> None:
    track = ChallengeTrack()
    shape = Shape()
    for x, height in enumerate((3, 2, 1)):
        for _ in range(height):
            shape.stack(x, 0)
            track.count_move()
    assert track.check(shape) == 100
    assert track.index == 1 and track.moves == 0
    assert track.check(shape) is None  # the staircase is not the next challenge


def test_extra_taps_cost_points_down_to_a_floor() -> None:
    assert score_for(6, 6) == 100
    assert score_for(8, 6) == 90
    assert score_for(100, 6) == 40
