"""Small-cell suppression on its own: primary cells, complementary partners, cross tables."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.stats.suppression import COMPLEMENTARY, SMALL, Line, suppress


def test_small_cells_are_hidden_and_zero_cells_are_not():
    values = {"a": 0, "b": 3, "c": 5, "d": 9}
    hidden = suppress(values, [], min_cell=5)
    assert hidden == {"b": SMALL}


def test_one_hidden_cell_in_a_published_line_takes_the_smallest_non_zero_partner():
    values = {"a": 0, "b": 3, "c": 12, "d": 9}
    hidden = suppress(values, [Line(("a", "b", "c", "d"))], min_cell=5)
    assert hidden == {"b": SMALL, "d": COMPLEMENTARY}


def test_a_line_whose_total_is_hidden_needs_no_partner():
    values = {"a": 3, "b": 40}
    assert suppress(values, [Line(("a", "b"), total_published=False)], min_cell=5) == {"a": SMALL}


def test_a_line_of_zeros_and_one_small_cell_hides_a_zero_partner():
    values = {"a": 2, "b": 0, "c": 0}
    hidden = suppress(values, [Line(("a", "b", "c"))], min_cell=5)
    assert hidden["a"] == SMALL and sum(1 for k in ("b", "c") if k in hidden) == 1


def test_cross_table_partners_spread_until_no_line_gives_a_cell_away():
    # rows r1, r2; columns c1, c2, c3; only (r1, c1) is small.
    values = {("r1", "c1"): 2, ("r1", "c2"): 8, ("r1", "c3"): 20, ("r2", "c1"): 9, ("r2", "c2"): 7, ("r2", "c3"): 30}
    lines = [Line(tuple((r, c) for c in ("c1", "c2", "c3"))) for r in ("r1", "r2")]
    lines += [Line(tuple((r, c) for r in ("r1", "r2"))) for c in ("c1", "c2", "c3")]
    hidden = suppress(values, lines, min_cell=5)
    assert hidden[("r1", "c1")] == SMALL
    for line in lines:
        assert sum(key in hidden for key in line.keys) != 1


@given(
    st.lists(st.integers(min_value=0, max_value=30), min_size=2, max_size=9),
    st.integers(min_value=1, max_value=12),
)
def test_no_published_line_ever_has_exactly_one_hidden_cell(counts, min_cell):
    values = dict(enumerate(counts))
    line = Line(tuple(values))
    hidden = suppress(values, [line], min_cell)
    assert sum(key in hidden for key in line.keys) != 1
    for key, value in values.items():
        if 0 < value < min_cell:
            assert hidden[key] == SMALL
        elif key in hidden:
            assert hidden[key] == COMPLEMENTARY


@given(
    st.lists(st.lists(st.integers(min_value=0, max_value=15), min_size=3, max_size=3), min_size=2, max_size=5),
    st.integers(min_value=2, max_value=8),
)
def test_cross_tables_are_safe_for_any_counts(grid, min_cell):
    values = {(r, c): grid[r][c] for r in range(len(grid)) for c in range(3)}
    lines = [Line(tuple((r, c) for c in range(3))) for r in range(len(grid))]
    lines += [Line(tuple((r, c) for r in range(len(grid)))) for c in range(3)]
    hidden = suppress(values, lines, min_cell)
    for line in lines:
        assert sum(key in hidden for key in line.keys) != 1
