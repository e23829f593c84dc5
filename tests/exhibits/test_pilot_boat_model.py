"""Pilot boat model: the interpreter's step semantics, the child-sized errors, editing programs as
data, and proof that each level needs what it is meant to teach (a loop, a buoy check)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exhibits.pilot_boat.model import (
    BLOCK_KINDS,
    LEVELS,
    REPEAT_RANGE,
    Block,
    Boat,
    Cell,
    Execution,
    Level,
    Outcome,
    Trip,
    block_at,
    block_count,
    insert_block,
    move_block,
    program_from_data,
    remove_block,
    run_program,
    slots,
)

LEVEL = {level.key: level for level in LEVELS}

#: A known answer for every level, within its block limit.
SOLUTIONS = {
    "first_trip": ["forward", "forward", "forward", "right", "forward", "forward"],
    "long_channel": [["repeat", 9, ["forward"]]],
    "stairs": [["repeat", 5, ["forward", "right", "forward", "left"]]],
    "follow_buoys": [["repeat", 9, [["if_buoy", ["right"]], "forward"]]],
    "harbour_mouth": [["repeat", 12, [["if_buoy", ["left"]], "forward"]]],
}

OPEN_WATER = Level("open", ("......", ">....S", "......"), BLOCK_KINDS, 20, 30)


def test_every_level_has_an_answer_within_its_limits() -> None:
    assert [level.key for level in LEVELS] == list(SOLUTIONS)
    for level in LEVELS:
        program = program_from_data(SOLUTIONS[level.key])
        assert block_count(program) <= level.max_blocks, level.key
        assert {b.kind for b in _walk(program)} <= set(level.blocks), level.key
        assert run_program(level, program) is Outcome.ARRIVED, level.key


def test_forward_moves_one_square_the_way_the_bow_points() -> None:
    execution = Execution(OPEN_WATER, program_from_data(["forward", "left", "forward"]))
    assert execution.boat == Boat(0, 1, "east")
    first = execution.step()
    assert (first.path, first.kind, first.boat) == ((0,), "forward", Boat(1, 1, "east"))
    turn = execution.step()
    assert turn.boat == Boat(1, 1, "north")  # a turn changes the heading, not the square
    assert execution.step().boat == Boat(1, 0, "north")
    assert execution.trail == [(0, 1), (1, 1), (1, 0)]


def test_four_right_turns_face_the_start_again_and_left_undoes_right() -> None:
    boat = Boat(2, 2, "south")
    assert boat.turned("right").turned("right").turned("right").turned("right") == boat
    assert boat.turned("right").turned("left") == boat
    assert boat.turned("right").heading == "west"


def test_repeat_runs_its_body_count_times_and_lights_each_inner_block() -> None:
    program = program_from_data([["repeat", 3, ["forward", "right"]], "left"])
    steps = Execution(OPEN_WATER, program, fuel_steps=50).run_to_end()
    assert [s.path for s in steps[:-1]] == [(0, 0), (0, 1)] * 3 + [(1,)]
    assert steps[-1].outcome is Outcome.STOPPED_SHORT


def test_nested_repeats_multiply() -> None:
    program = program_from_data([["repeat", 4, [["repeat", 3, ["left"]]]]])
    execution = Execution(OPEN_WATER, program, fuel_steps=100)
    execution.run_to_end()
    assert execution.steps_taken == 12
    assert execution.boat.heading == "east"  # 12 quarter turns


def test_an_empty_repeat_takes_no_step() -> None:
    program = program_from_data([["repeat", 12, []], "forward"])
    steps = Execution(OPEN_WATER, program).run_to_end()
    assert steps[0].path == (1,)


def test_if_buoy_checks_the_square_ahead_and_runs_its_body_only_then() -> None:
    level = Level("buoy", ("#####", "#>.o#", "#.S.#", "#####"), BLOCK_KINDS, 10, 20)
    program = program_from_data([["if_buoy", ["right"]], "forward", ["if_buoy", ["right"]], "forward"])
    steps = Execution(level, program).run_to_end()
    assert [(s.kind, s.buoy_ahead) for s in steps[:2]] == [("if_buoy", False), ("forward", None)]
    assert [(s.path, s.buoy_ahead) for s in steps[2:4]] == [((2,), True), ((2, 0), None)]
    assert steps[3].boat.heading == "south"
    assert steps[-1].outcome is Outcome.ARRIVED
    assert len(steps) == 5  # a check is a step too: the visitor sees it lit


@pytest.mark.parametrize(("rows", "outcome"), [
    (("#####", "#>#S#", "#####"), Outcome.HIT_PIER),
    (("#####", "#>oS#", "#####"), Outcome.HIT_BUOY),
    (("...S", ">...", "...."), None),
])
def test_crashes_stop_the_boat_where_it_was(rows, outcome) -> None:
    level = Level("crash", rows, BLOCK_KINDS, 10, 20)
    program = program_from_data(["left", "forward", "forward"] if outcome is None else ["forward", "forward"])
    execution = Execution(level, program)
    steps = execution.run_to_end()
    expected = outcome or Outcome.LEFT_CHART
    assert execution.outcome is expected
    assert steps[-1].outcome is expected
    # the boat stays on the last square of water: one up for the chart edge, the start otherwise
    assert execution.boat == (Boat(0, 0, "north") if outcome is None else level.start)
    assert execution.step() is None  # a finished run takes no more steps


def test_arriving_ends_the_run_even_with_blocks_left() -> None:
    execution = Execution(LEVEL["long_channel"], program_from_data([["repeat", 12, ["forward"]]]))
    execution.run_to_end()
    assert execution.outcome is Outcome.ARRIVED
    assert execution.steps_taken == 9


def test_the_step_limit_stops_a_program_that_goes_on_and_on() -> None:
    spin = program_from_data([["repeat", 12, [["repeat", 12, ["left"]]]]])
    execution = Execution(LEVEL["first_trip"], spin)
    steps = execution.run_to_end()
    assert execution.outcome is Outcome.OUT_OF_FUEL
    assert execution.steps_taken == LEVEL["first_trip"].fuel_steps
    assert steps[-1].path == (0, 0, 0)  # the block that would have needed more fuel is lit


def test_a_program_that_ends_early_stops_short() -> None:
    assert run_program(LEVEL["first_trip"], program_from_data(["forward"])) is Outcome.STOPPED_SHORT
    assert run_program(LEVEL["first_trip"], []) is Outcome.STOPPED_SHORT


@given(st.recursive(
    st.sampled_from(["forward", "left", "right"]),
    lambda children: st.one_of(
        st.tuples(st.just("repeat"), st.integers(*REPEAT_RANGE), st.lists(children, max_size=4)).map(list),
        st.tuples(st.just("if_buoy"), st.lists(children, max_size=4)).map(list),
    ),
    max_leaves=14,
).flatmap(lambda first: st.lists(st.just(first) | st.sampled_from(["forward", "right"]), max_size=6)),
    st.sampled_from(LEVELS))
@settings(max_examples=150, deadline=None)
def test_any_program_ends_within_the_fuel_and_the_boat_stays_on_water(data, level) -> None:
    execution = Execution(level, program_from_data(data))
    steps = execution.run_to_end()
    assert execution.finished
    assert execution.steps_taken <= level.fuel_steps
    assert len(steps) <= level.fuel_steps + 1
    for x, y in execution.trail:
        assert level.cell(x, y) in (Cell.WATER, Cell.SHIP)
    assert (execution.outcome is Outcome.ARRIVED) == ((execution.boat.x, execution.boat.y) == level.ship)


# -- the levels teach what they should ---------------------------------------------------------


def _walk(program):
    for block in program:
        yield block
        yield from _walk(block.body)


def _programs(max_blocks: int, kinds: tuple[str, ...], counts: range) -> Iterator[list[Block]]:
    """Every program of up to max_blocks blocks from kinds (repeat with every count in counts)."""
    for size in range(max_blocks + 1):
        yield from _sequences(size, kinds, counts)


def _sequences(size: int, kinds, counts) -> Iterator[list[Block]]:
    if size == 0:
        yield []
        return
    for first_size in range(1, size + 1):
        for first in _single(first_size, kinds, counts):
            for rest in _sequences(size - first_size, kinds, counts):
                yield [first, *rest]


def _single(size: int, kinds, counts) -> Iterator[Block]:
    if size == 1:
        for kind in kinds:
            if kind == "repeat":
                yield from (Block("repeat", n) for n in counts)
            else:
                yield Block(kind)
        return
    for kind in (k for k in kinds if k in ("repeat", "if_buoy")):
        for body in _sequences(size - 1, kinds, counts):
            if kind == "repeat":
                yield from (Block("repeat", n, body) for n in counts)
            else:
                yield Block(kind, body=body)


ALL_COUNTS = range(REPEAT_RANGE[0], REPEAT_RANGE[1] + 1)


def test_the_first_trip_is_a_plain_sequence() -> None:
    level = LEVEL["first_trip"]
    assert "repeat" not in level.blocks
    shortest = min(size for size in range(level.max_blocks + 1)
                   if any(run_program(level, p) is Outcome.ARRIVED
                          for p in _sequences(size, ("forward", "left", "right"), ALL_COUNTS)))
    assert shortest == 6


@pytest.mark.parametrize("key", ["long_channel", "stairs"])
def test_loop_levels_cannot_be_solved_without_a_loop(key) -> None:
    level = LEVEL[key]
    plain = _programs(level.max_blocks, ("forward", "left", "right"), ALL_COUNTS)
    assert not any(run_program(level, program) is Outcome.ARRIVED for program in plain)


@pytest.mark.slow  # about 400 000 programs, some 20 s
def test_buoy_levels_cannot_be_solved_without_a_buoy_check() -> None:
    levels = [LEVEL["follow_buoys"], LEVEL["harbour_mouth"]]
    assert {level.max_blocks for level in levels} == {4}
    tried = 0
    for program in _programs(4, ("forward", "left", "right", "repeat"), ALL_COUNTS):
        tried += 1
        for level in levels:
            assert run_program(level, program) is not Outcome.ARRIVED, (level.key, program)
    assert tried > 300_000  # the search really covered loops within loops


# -- editing programs as data -------------------------------------------------------------------


def test_insert_remove_and_move_by_path() -> None:
    program = program_from_data(["forward", ["repeat", 3, ["left"]]])
    assert insert_block(program, (1,), 1, Block("forward")) == (1, 1)
    assert [b.kind for b in block_at(program, (1,)).body] == ["left", "forward"]
    assert remove_block(program, (0,)).kind == "forward"
    assert block_at(program, (0, 0)).kind == "left"
    # move the inner forward out, to the end of the program
    assert move_block(program, (0, 1), (), 1) == (1,)
    assert [b.kind for b in program] == ["repeat", "forward"]
    # a block cannot be dropped into its own body
    assert move_block(program, (0,), (0,), 0) == (0,)
    assert block_count(program) == 3


def test_moving_down_within_a_list_accounts_for_the_gap() -> None:
    program = program_from_data(["forward", "left", "right"])
    assert move_block(program, (0,), (), 3) == (2,)
    assert [b.kind for b in program] == ["left", "right", "forward"]


def test_moving_into_a_later_sibling_finds_it_after_the_gap() -> None:
    program = program_from_data(["forward", ["repeat", 2, []]])
    assert move_block(program, (0,), (1,), 0) == (0, 0)
    assert block_count(program) == 2 and block_at(program, (0, 0)).kind == "forward"


def test_slots_list_every_drop_place_in_reading_order() -> None:
    program = program_from_data(["forward", ["if_buoy", ["left"]]])
    assert slots(program) == [((), 0), ((), 1), ((1,), 0), ((1,), 1), ((), 2)]


def test_bad_blocks_say_what_is_allowed() -> None:
    with pytest.raises(ValueError, match="forward, left, right, repeat, if_buoy"):
        Block("jump")
    with pytest.raises(ValueError, match="2 to 12"):
        Block("repeat", 40)
    with pytest.raises(ValueError, match="holds no other blocks"):
        Block("forward", body=[Block("left")])
    with pytest.raises(ValueError, match="exactly one boat"):
        Level("bad", ("..S",), BLOCK_KINDS, 3, 3)


def test_trip_scores_first_arrivals_highest_and_never_below_forty() -> None:
    trip = Trip()
    assert trip.finish_run(Outcome.HIT_PIER) is None
    assert trip.finish_run(Outcome.ARRIVED) == 85
    trip.choose(1)
    assert trip.finish_run(Outcome.ARRIVED) == 100
    trip.choose(2)
    for _ in range(10):
        trip.finish_run(Outcome.OUT_OF_FUEL)
    assert trip.finish_run(Outcome.ARRIVED) == 40
    assert trip.solved == {"first_trip": 85, "long_channel": 100, "stairs": 40}
    trip.choose(99)
    assert trip.level is LEVELS[-1] and not trip.has_next


def test_enumeration_counts_match_a_hand_count() -> None:
    # 3 plain kinds + 11 repeat counts for one block; the helper is what the level proofs rest on.
    assert sum(1 for _ in _sequences(1, ("forward", "left", "right", "repeat"), ALL_COUNTS)) == 14
    assert len(list(itertools.islice(_programs(2, ("forward",), ALL_COUNTS), 10))) == 3


def _signature(program) -> list:
    return sorted(b.kind for b in _walk(program))


@given(st.lists(st.sampled_from(["forward", "left", ["repeat", 2, ["right", "forward"]], ["if_buoy", ["left"]]]),
                min_size=1, max_size=6), st.data())
@settings(max_examples=150, deadline=None)
def test_any_move_to_any_drop_place_keeps_every_block(data, draw) -> None:
    program = program_from_data(data)
    before = _signature(program)
    paths = [(*container, index) for container, index in slots(program) if index < len(
        program if not container else block_at(program, container).body)]
    path = draw.draw(st.sampled_from(paths))
    container, index = draw.draw(st.sampled_from(slots(program)))
    moved_to = move_block(program, path, container, index)
    assert _signature(program) == before
    assert block_at(program, moved_to).kind == block_at(program_from_data(data), path).kind
