"""The logic_gates model: binary numbers, gate truth tables, circuits and the half adder lock."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exhibits.logic_gates import model
from exhibits.logic_gates.model import (
    Circuit,
    CircuitCycleError,
    CircuitIncompleteError,
    adder_circuit,
    check_half_adder,
)

# -- binary -------------------------------------------------------------------------------------


def test_known_numbers_in_binary() -> None:
    assert model.to_bits(13) == [0, 0, 0, 0, 1, 1, 0, 1]
    assert model.to_bits(100) == [0, 1, 1, 0, 0, 1, 0, 0]
    assert model.to_bits(255) == [1] * 8
    assert model.binary_text(13) == "0000 1101"
    assert model.sum_terms(13) == [8, 4, 1]
    assert model.sum_terms(0) == []
    assert model.place_values() == [128, 64, 32, 16, 8, 4, 2, 1]


@given(st.integers(min_value=0, max_value=255))
def test_number_to_bits_and_back(value: int) -> None:
    bits = model.to_bits(value)
    assert len(bits) == 8
    assert model.from_bits(bits) == value
    assert sum(model.sum_terms(value)) == value
    assert model.binary_text(value).replace(" ", "") == format(value, "08b")


@given(st.lists(st.integers(min_value=0, max_value=1), min_size=1, max_size=16))
def test_bits_to_number_and_back(bits: list[int]) -> None:
    assert model.to_bits(model.from_bits(bits), len(bits)) == bits


@given(st.integers(0, 255), st.integers(0, 255))
def test_flips_needed_is_the_number_of_differing_lamps(current: int, target: int) -> None:
    differing = sum(a != b for a, b in zip(model.to_bits(current), model.to_bits(target), strict=True))
    assert model.flips_needed(current, target) == differing


@pytest.mark.parametrize("bad", [-1, 256, 3.5, True, "7"])
def test_numbers_that_do_not_fit_a_byte_are_refused(bad: object) -> None:
    with pytest.raises(ValueError):
        model.to_bits(bad)  # type: ignore[arg-type]


def test_a_bit_must_be_zero_or_one() -> None:
    with pytest.raises(ValueError, match="0 or 1"):
        model.from_bits([1, 2])


def test_challenge_numbers_fit_the_lamps() -> None:
    assert 13 in model.BINARY_TARGETS and 100 in model.BINARY_TARGETS
    assert all(0 < t < 256 for t in model.BINARY_TARGETS)


# -- gates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "table"), [
    ("AND", [((0, 0), 0), ((0, 1), 0), ((1, 0), 0), ((1, 1), 1)]),
    ("OR", [((0, 0), 0), ((0, 1), 1), ((1, 0), 1), ((1, 1), 1)]),
    ("XOR", [((0, 0), 0), ((0, 1), 1), ((1, 0), 1), ((1, 1), 0)]),
    ("NOT", [((0,), 1), ((1,), 0)]),
])
def test_truth_tables(name: str, table: list) -> None:
    assert model.gate(name).truth_table() == table


def test_gates_refuse_wrong_inputs() -> None:
    with pytest.raises(ValueError, match="takes 2"):
        model.gate("AND")(1)
    with pytest.raises(ValueError, match="0 or 1"):
        model.gate("OR")(1, 2)
    with pytest.raises(ValueError, match="known gates are"):
        model.gate("NAND")


def test_taps_to_output() -> None:
    assert model.taps_to_output("AND", (0, 0), 1) == 2
    assert model.taps_to_output("AND", (1, 1), 1) == 0
    assert model.taps_to_output("XOR", (1, 1), 1) == 1
    assert model.taps_to_output("NOT", (0,), 0) == 1
    assert model.taps_to_output("OR", (1, 1), 0) == 2


# -- circuits -----------------------------------------------------------------------------------


def half_adder(sum_gate: str = "XOR", carry_gate: str = "AND") -> Circuit:
    return adder_circuit({"SUM": sum_gate, "CARRY": carry_gate})


def test_a_correct_half_adder_opens_the_lock() -> None:
    verdict = check_half_adder(half_adder())
    assert verdict.accepted
    assert verdict.problem is None
    assert [(r.a, r.b, r.got_sum, r.got_carry) for r in verdict.rows] == [
        (0, 0, 0, 0), (0, 1, 1, 0), (1, 0, 1, 0), (1, 1, 0, 1)]


def test_or_instead_of_xor_is_rejected_on_one_plus_one_only() -> None:
    verdict = check_half_adder(half_adder(sum_gate="OR"))
    assert not verdict.accepted
    assert [row.ok for row in verdict.rows] == [True, True, True, False]
    wrong = verdict.rows[3]
    assert (wrong.a, wrong.b, wrong.got_sum, wrong.expected_sum) == (1, 1, 1, 0)


@pytest.mark.parametrize(("sum_gate", "carry_gate"),
                         [(s, c) for s, c in itertools.product(model.GATES, repeat=2)
                          if (s, c) != ("XOR", "AND")])
def test_every_other_pair_of_gates_is_rejected(sum_gate: str, carry_gate: str) -> None:
    assert not check_half_adder(half_adder(sum_gate, carry_gate)).accepted


def test_swapped_gates_are_rejected() -> None:
    assert not check_half_adder(half_adder("AND", "XOR")).accepted


def test_an_empty_slot_is_reported_not_crashed() -> None:
    verdict = check_half_adder(adder_circuit({"SUM": "XOR", "CARRY": None}))
    assert not verdict.accepted
    assert verdict.problem == "incomplete"


def test_a_bigger_circuit_builds_xor_from_and_or_not() -> None:
    # XOR = (A OR B) AND NOT (A AND B): the same lock opens for a home-made XOR.
    circuit = Circuit(inputs=("A", "B"))
    circuit.add_gate("either", "OR", "A", "B")
    circuit.add_gate("both", "AND", "A", "B")
    circuit.add_gate("not_both", "NOT", "both")
    circuit.add_gate("sum", "AND", "either", "not_both")
    circuit.outputs = {"SUM": "sum", "CARRY": "both"}
    assert check_half_adder(circuit).accepted


def test_a_loop_is_rejected_cleanly() -> None:
    circuit = Circuit(inputs=("A", "B"))
    circuit.add_gate("g1", "AND", "A", "g2")
    circuit.add_gate("g2", "OR", "g1", "B")
    circuit.outputs = {"SUM": "g1", "CARRY": "g2"}
    with pytest.raises(CircuitCycleError) as caught:
        circuit.evaluate({"A": 1, "B": 0})
    assert caught.value.loop[0] == caught.value.loop[-1]
    assert set(caught.value.loop) == {"g1", "g2"}
    assert isinstance(caught.value, ValueError)
    assert circuit.find_cycle() is not None
    verdict = check_half_adder(circuit)
    assert not verdict.accepted and verdict.problem == "loop"


def test_a_gate_wired_to_itself_is_a_loop() -> None:
    circuit = Circuit(inputs=("A",))
    circuit.add_gate("flicker", "NOT", "flicker")
    circuit.outputs = {"OUT": "flicker"}
    with pytest.raises(CircuitCycleError):
        circuit.evaluate({"A": 0})


def test_a_loop_the_outputs_do_not_use_is_still_found() -> None:
    circuit = adder_circuit({"SUM": "XOR", "CARRY": "AND"})
    circuit.add_gate("x", "NOT", "y")
    circuit.add_gate("y", "NOT", "x")
    assert circuit.find_cycle() is not None
    assert check_half_adder(circuit).problem == "loop"


def test_loop_built_on_the_adder_board() -> None:
    circuit = adder_circuit({"SUM": "XOR", "CARRY": "AND"},
                            {"SUM": ("A", model.slot_signal("CARRY")),
                             "CARRY": (model.slot_signal("SUM"), "B")})
    assert check_half_adder(circuit).problem == "loop"


def test_loose_wires_and_bad_inputs() -> None:
    circuit = Circuit(inputs=("A", "B"))
    circuit.add_gate("g", "AND", "A")  # second pin left loose
    circuit.outputs = {"OUT": "g"}
    with pytest.raises(CircuitIncompleteError, match="input 2"):
        circuit.evaluate({"A": 1, "B": 1})
    with pytest.raises(ValueError, match="no value"):
        circuit.evaluate({"A": 1})
    with pytest.raises(ValueError, match="0 or 1"):
        circuit.evaluate({"A": 1, "B": 5})
    with pytest.raises(ValueError, match="already used"):
        circuit.add_gate("A", "OR", "A", "B")
    with pytest.raises(ValueError, match="input pin"):
        circuit.add_gate("h", "NOT", "A", "B")


# -- scores -------------------------------------------------------------------------------------


def test_scores() -> None:
    assert model.tap_score(3, 3) == 100
    assert model.tap_score(6, 3) == 50
    assert model.tap_score(100, 1) == 40
    assert model.attempt_score(0) == 100
    assert model.attempt_score(1) == 80
    assert model.attempt_score(9) == 40
    with pytest.raises(ValueError):
        model.tap_score(-1, 2)
    with pytest.raises(ValueError):
        model.attempt_score(-1)
