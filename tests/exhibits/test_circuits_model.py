"""Circuit builder model: MNA against Ohm's law, series and parallel, shorts, floating parts, game."""

from __future__ import annotations

import itertools

import pytest

from exhibits.circuits.model import (
    BATTERY_INTERNAL_OHM,
    BATTERY_VOLTAGE_V,
    BULB_OHM,
    CHALLENGES,
    ERASER,
    LIT_BRIGHTNESS,
    RESISTOR_OHM,
    WIRE_OHM,
    Circuit,
    CircuitGame,
    Kind,
    make_edge,
    reference_bulb_power_w,
    solve_mna,
)

# -- the solver on its own ---------------------------------------------------------------------


def test_current_is_voltage_over_resistance() -> None:
    result = solve_mna(2, [(1, 0, 10.0)], [(0, 1, 9.0)])
    assert result.voltages_v[1] == pytest.approx(9.0)
    assert result.source_currents_a[0] == pytest.approx(0.9)
    assert not result.singular


def test_series_resistors_add() -> None:
    # 12 V over 100 Ω + 200 Ω + 300 Ω: I = 12 / 600, and the voltage divides in proportion.
    result = solve_mna(4, [(1, 2, 100.0), (2, 3, 200.0), (3, 0, 300.0)], [(0, 1, 12.0)])
    assert result.source_currents_a[0] == pytest.approx(12 / 600)
    assert result.voltages_v[2] == pytest.approx(12 - 100 * 12 / 600)
    assert result.voltages_v[3] == pytest.approx(300 * 12 / 600)


def test_parallel_resistors_combine_by_reciprocals() -> None:
    resistances = [10.0, 20.0, 40.0]
    result = solve_mna(2, [(1, 0, r) for r in resistances], [(0, 1, 8.0)])
    combined = 1 / sum(1 / r for r in resistances)
    assert 8.0 / result.source_currents_a[0] == pytest.approx(combined)


def test_a_loop_of_ideal_sources_is_flagged_not_raised() -> None:
    result = solve_mna(2, [], [(0, 1, 5.0), (0, 1, 3.0)])  # contradictory ideal sources
    assert result.singular


def test_bad_solver_input_raises_value_error() -> None:
    with pytest.raises(ValueError):
        solve_mna(2, [(0, 1, 0.0)], [])
    with pytest.raises(ValueError):
        solve_mna(2, [], [], ground=5)


# -- circuits on the grid ----------------------------------------------------------------------


def wire_path(circuit: Circuit, *nodes: tuple[int, int]) -> None:
    for a, b in itertools.pairwise(nodes):
        circuit.place((a, b), Kind.WIRE)


def loop_with(parts: list[Kind]) -> tuple[Circuit, list]:
    """A battery on the left column, then ``parts`` in a row along the top, wired back."""
    circuit = Circuit(columns=8, rows=6)
    circuit.place(((0, 1), (0, 2)), Kind.BATTERY)  # - at the top, + at the bottom
    placed = []
    for column, kind in enumerate(parts):
        edge = ((column, 1), (column + 1, 1))
        circuit.place(edge, kind)
        placed.append(edge)
    end = len(parts)
    wire_path(circuit, (end, 1), (end, 2))
    wire_path(circuit, *[(c, 2) for c in range(end, -1, -1)])
    return circuit, placed


def test_one_bulb_current_follows_ohms_law() -> None:
    circuit, (bulb,) = loop_with([Kind.BULB])
    solution = circuit.solve()
    total = BULB_OHM + BATTERY_INTERNAL_OHM + circuit.count(Kind.WIRE) * WIRE_OHM
    assert abs(solution.current(bulb)) == pytest.approx(BATTERY_VOLTAGE_V / total, rel=1e-9)
    assert solution.brightness(bulb) == pytest.approx(1.0, abs=0.01)
    assert not solution.short_circuit


def test_current_flows_round_the_loop_in_one_direction() -> None:
    circuit, (bulb,) = loop_with([Kind.BULB])
    solution = circuit.solve()
    battery = make_edge((0, 1), (0, 2))
    # Inside the battery from - (top) to + (bottom); outside from + round to -.
    assert solution.current(battery) > 0
    assert solution.current(((0, 2), (1, 2))) > 0  # along the bottom to the right
    assert solution.current(bulb) < 0  # along the top back to the left
    # The same current everywhere in a series loop.
    assert solution.current(battery) == pytest.approx(-solution.current(bulb))


def test_series_resistors_add_on_the_grid() -> None:
    circuit, (r1, r2) = loop_with([Kind.RESISTOR, Kind.RESISTOR])
    solution = circuit.solve()
    total = 2 * RESISTOR_OHM + BATTERY_INTERNAL_OHM + circuit.count(Kind.WIRE) * WIRE_OHM
    assert abs(solution.current(r1)) == pytest.approx(BATTERY_VOLTAGE_V / total, rel=1e-9)
    assert solution.current(r1) == pytest.approx(solution.current(r2))


def test_bulbs_in_series_are_dimmer_than_in_parallel() -> None:
    series, (b1, b2) = loop_with([Kind.BULB, Kind.BULB])
    series_solution = series.solve()
    parallel = Circuit()
    parallel.place(((0, 1), (0, 2)), Kind.BATTERY)
    wire_path(parallel, (0, 1), (1, 1), (2, 1))
    wire_path(parallel, (0, 2), (1, 2), (2, 2))
    parallel.place(((1, 1), (1, 2)), Kind.BULB)
    parallel.place(((2, 1), (2, 2)), Kind.BULB)
    parallel_solution = parallel.solve()
    series_levels = [series_solution.brightness(b) for b in (b1, b2)]
    parallel_levels = [parallel_solution.brightness(b) for b in (((1, 1), (1, 2)), ((2, 1), (2, 2)))]
    assert series_levels[0] == pytest.approx(series_levels[1])
    assert series_levels[0] == pytest.approx(0.25, abs=0.01)  # half the current, a quarter the power
    assert min(parallel_levels) > 0.9  # each nearly as bright as alone
    assert max(series_levels) < min(parallel_levels)


def test_parallel_resistors_on_the_grid_combine_by_reciprocals() -> None:
    circuit = Circuit()
    circuit.place(((0, 1), (0, 2)), Kind.BATTERY)
    wire_path(circuit, (0, 1), (1, 1), (2, 1))
    wire_path(circuit, (0, 2), (1, 2), (2, 2))
    circuit.place(((1, 1), (1, 2)), Kind.RESISTOR)
    circuit.place(((2, 1), (2, 2)), Kind.RESISTOR)
    solution = circuit.solve()
    battery = make_edge((0, 1), (0, 2))
    terminal_v = BATTERY_VOLTAGE_V - solution.current(battery) * BATTERY_INTERNAL_OHM
    outside_ohm = terminal_v / solution.current(battery)
    # the feeding wires add a few hundredths of an ohm in series
    assert outside_ohm == pytest.approx(1 / (1 / RESISTOR_OHM + 1 / RESISTOR_OHM), abs=4 * WIRE_OHM)


def test_open_switch_gives_zero_current_and_closing_it_lights_the_bulb() -> None:
    circuit, (switch, bulb) = loop_with([Kind.SWITCH, Kind.BULB])
    assert circuit.part(switch).closed is False  # switches are placed open
    solution = circuit.solve()
    assert solution.current(bulb) == 0.0
    assert solution.brightness(bulb) == 0.0
    assert circuit.tap(switch, Kind.WIRE) == "closed"
    assert circuit.solve().brightness(bulb) > 0.9


def test_short_circuit_is_detected_without_raising() -> None:
    circuit = Circuit()
    circuit.place(((0, 1), (0, 2)), Kind.BATTERY)
    wire_path(circuit, (0, 1), (1, 1), (1, 2), (0, 2))
    solution = circuit.solve()
    battery = make_edge((0, 1), (0, 2))
    assert solution.short_circuit
    assert battery in solution.shorted_batteries
    # Limited only by the internal resistance and the wires: large but finite.
    assert solution.current(battery) == pytest.approx(
        BATTERY_VOLTAGE_V / (BATTERY_INTERNAL_OHM + 3 * WIRE_OHM))


def test_a_bulb_bypassed_by_a_wire_goes_dark_and_shorts_the_battery() -> None:
    circuit, (bulb,) = loop_with([Kind.BULB])
    wire_path(circuit, (0, 1), (0, 0), (1, 0), (1, 1))  # a wire around the bulb
    solution = circuit.solve()
    assert solution.brightness(bulb) < LIT_BRIGHTNESS  # nearly all current takes the wire
    assert solution.short_circuit


def test_floating_parts_are_ignored() -> None:
    circuit, (bulb,) = loop_with([Kind.BULB])
    before = circuit.solve()
    circuit.place(((6, 3), (7, 3)), Kind.BULB)  # a lonely bulb
    circuit.place(((6, 4), (7, 4)), Kind.WIRE)
    circuit.place(((4, 0), (5, 0)), Kind.RESISTOR)
    circuit.place(((1, 1), (1, 0)), Kind.WIRE)  # a dead-end branch on the live circuit
    after = circuit.solve()
    assert after.current(bulb) == pytest.approx(before.current(bulb))
    assert after.current(((6, 3), (7, 3))) == 0.0
    assert ((6, 3), (7, 3)) not in after.live
    assert after.current(make_edge((1, 1), (1, 0))) == 0.0
    assert not after.singular


def test_battery_alone_and_empty_board_solve_to_nothing() -> None:
    circuit = Circuit()
    assert circuit.solve().current_a == {}
    circuit.place(((3, 3), (3, 4)), Kind.BATTERY)
    solution = circuit.solve()
    assert solution.current(((3, 3), (3, 4))) == 0.0
    assert not solution.short_circuit


def test_two_batteries_in_series_double_the_current() -> None:
    one, (bulb, _) = loop_with([Kind.BULB, Kind.WIRE])
    two, (bulb2, wire) = loop_with([Kind.BULB, Kind.WIRE])
    # The current runs right to left along the top, so this battery's - is at its right end.
    two.place(wire, Kind.BATTERY, flipped=True)
    ratio = abs(two.solve().current(bulb2)) / abs(one.solve().current(bulb))
    assert ratio == pytest.approx(2.0, rel=0.02)


def test_tap_rules() -> None:
    circuit = Circuit()
    edge = ((1, 1), (2, 1))
    assert circuit.tap(edge, Kind.BULB) == "placed"
    assert circuit.tap(edge, Kind.RESISTOR) == "replaced"
    assert circuit.part(edge).kind is Kind.RESISTOR
    assert circuit.tap(edge, Kind.RESISTOR) == "removed"
    assert circuit.tap(edge, Kind.BATTERY) == "placed"
    assert circuit.tap(edge, Kind.BATTERY) == "flipped"
    assert circuit.part(edge).flipped
    assert circuit.tap(edge, ERASER) == "removed"
    assert circuit.tap(edge, ERASER) is None
    assert circuit.lay(edge, Kind.WIRE) == "placed"
    assert circuit.lay(edge, Kind.BULB) is None  # dragging never overwrites


@pytest.mark.parametrize("bad", [
    lambda: make_edge((0, 0), (1, 1)),
    lambda: make_edge((0, 0), (0, 0)),
    lambda: Circuit().place(((7, 5), (8, 5)), Kind.WIRE),
    lambda: Circuit(columns=1),
    lambda: Circuit().tap(((0, 0), (1, 0)), "hammer"),
    lambda: CircuitGame(challenges=()),
])
def test_bad_input_raises_value_error(bad) -> None:
    with pytest.raises(ValueError):
        bad()


def test_reference_power_is_one_bulb_on_one_battery() -> None:
    current = BATTERY_VOLTAGE_V / (BULB_OHM + BATTERY_INTERNAL_OHM)
    assert reference_bulb_power_w() == pytest.approx(current ** 2 * BULB_OHM)


# -- the challenges ----------------------------------------------------------------------------


def build_starter_loop(game: CircuitGame) -> int | None:
    """Wire the starting battery (column 2) to the starting bulb (column 5)."""
    score = None
    for a, b in (((2, 2), (3, 2)), ((3, 2), (4, 2)), ((4, 2), (5, 2)),
                 ((2, 3), (3, 3)), ((3, 3), (4, 3)), ((4, 3), (5, 3))):
        game.circuit.lay((a, b), Kind.WIRE)
        score = game.changed() or score
    return score


def test_the_challenges_can_be_met_one_after_another() -> None:
    game = CircuitGame()
    assert [c.key for c in game.challenges] == [c.key for c in CHALLENGES]
    assert build_starter_loop(game) == 100  # light one bulb
    assert game.challenge.key == "two_equal"
    # a second bulb in parallel: two equal bulbs
    game.circuit.lay(((5, 2), (6, 2)), Kind.WIRE)
    game.circuit.lay(((5, 3), (6, 3)), Kind.WIRE)
    assert game.changed() is None
    game.circuit.lay(((6, 2), (6, 3)), Kind.BULB)
    assert game.changed() == 100
    assert game.challenge.key == "switch_two"
    # a switch in the shared wire controls both
    game.circuit.remove(((3, 2), (4, 2)))
    game.circuit.tap(((3, 2), (4, 2)), Kind.SWITCH)
    assert game.changed() is None  # placed open: dark
    game.circuit.tap(((3, 2), (4, 2)), Kind.WIRE)  # close it
    assert game.changed() == 100
    assert game.challenge.key == "parallel_bright"
    game.circuit.tap(((3, 3), (4, 3)), ERASER)  # break the loop ...
    assert game.changed() is None
    game.circuit.lay(((3, 3), (4, 3)), Kind.WIRE)  # ... and mend it: parallel, both bright
    assert game.changed() == 100
    assert game.challenge.key == "dim_resistor"
    game.circuit.tap(((4, 3), (5, 3)), Kind.RESISTOR)  # replace a wire by a resistor
    assert game.changed() == 100
    assert game.challenge.key == "light_one"  # round again


def test_a_short_circuit_never_meets_a_challenge_and_costs_points() -> None:
    game = CircuitGame()
    game.circuit.lay(((2, 2), (1, 2)), Kind.WIRE)
    game.circuit.lay(((1, 2), (1, 3)), Kind.WIRE)
    game.circuit.lay(((1, 3), (2, 3)), Kind.WIRE)
    assert game.changed() is None
    assert game.solution.short_circuit
    game.circuit.remove(((1, 2), (1, 3)))
    game.changed()
    assert build_starter_loop(game) == 90


def test_series_bulbs_also_count_as_equally_bright() -> None:
    game = CircuitGame()
    game.challenge_index = 1
    build_starter_loop(game)  # one bulb only: not yet
    assert game.challenge.key == "two_equal"
    game.circuit.tap(((3, 2), (4, 2)), Kind.BULB)  # replace a wire by a bulb: series
    assert game.changed() == 100


def test_parallel_challenge_is_not_met_by_series_bulbs() -> None:
    game = CircuitGame()
    game.challenge_index = 3
    build_starter_loop(game)
    game.circuit.tap(((3, 2), (4, 2)), Kind.BULB)
    assert game.changed() is None
    assert game.challenge.key == "parallel_bright"


def test_reset_restores_the_starter_board() -> None:
    game = CircuitGame()
    build_starter_loop(game)
    game.reset()
    assert game.challenge_index == 0
    assert set(game.circuit.parts) == {((2, 2), (2, 3)), ((5, 2), (5, 3))}
    assert game.solution.current_a == {} or all(v == 0 for v in game.solution.current_a.values())
