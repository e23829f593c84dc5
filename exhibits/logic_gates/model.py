"""Logic and binary, without Qt: bits and numbers, logic gates, circuits and the half adder.

The widget draws lamps, gates and wires; everything it shows as right or wrong is decided here.
Bits are listed most significant first, the way a number is written (``[0, 0, 0, 0, 1, 1, 0, 1]``
is 13).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

#: Lamps in the binary row: one byte.
BYTE_BITS = 8

# -- binary numbers ---------------------------------------------------------------------------


def place_values(bits: int = BYTE_BITS) -> list[int]:
    """The value of each lamp, most significant first: [128, 64, ..., 1] for a byte."""
    if bits < 1:
        raise ValueError(f"need at least one bit, got {bits}")
    return [2 ** power for power in range(bits - 1, -1, -1)]


def to_bits(value: int, bits: int = BYTE_BITS) -> list[int]:
    """A whole number as a list of 0/1, most significant first; ValueError if it does not fit."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"only whole numbers can be written in binary, got {value!r}")
    if not 0 <= value < 2 ** bits:
        raise ValueError(f"{value} does not fit in {bits} bits (0 to {2 ** bits - 1})")
    return [(value >> power) & 1 for power in range(bits - 1, -1, -1)]


def from_bits(bits: Sequence[int]) -> int:
    """The number a row of 0/1 stands for, most significant first."""
    value = 0
    for bit in bits:
        if bit not in (0, 1):
            raise ValueError(f"a bit is 0 or 1, got {bit!r}")
        value = value * 2 + int(bit)
    return value


def binary_text(value: int, bits: int = BYTE_BITS) -> str:
    """The binary digits in groups of four, e.g. '0000 1101' for 13."""
    digits = "".join(str(b) for b in to_bits(value, bits))
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


def sum_terms(value: int, bits: int = BYTE_BITS) -> list[int]:
    """The place values of the lit lamps, e.g. [8, 4, 1] for 13: the sum a visitor can check."""
    return [place for place, bit in zip(place_values(bits), to_bits(value, bits), strict=True) if bit]


def flips_needed(current: int, target: int) -> int:
    """Fewest lamp taps that turn `current` into `target` (the bits that differ)."""
    return bin(current ^ target).count("1")


# -- gates --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gate:
    """A logic gate: its name, how many inputs it takes, and its rule."""

    name: str
    arity: int
    rule: Callable[..., int]

    def __call__(self, *inputs: int) -> int:
        if len(inputs) != self.arity:
            raise ValueError(f"{self.name} takes {self.arity} input(s), got {len(inputs)}")
        for bit in inputs:
            if bit not in (0, 1):
                raise ValueError(f"a gate input is 0 or 1, got {bit!r}")
        return int(self.rule(*inputs))

    def truth_table(self) -> list[tuple[tuple[int, ...], int]]:
        """Every input combination (in counting order) with its output."""
        return [(combo, self(*combo)) for combo in itertools.product((0, 1), repeat=self.arity)]


GATES: dict[str, Gate] = {
    "AND": Gate("AND", 2, lambda a, b: a & b),
    "OR": Gate("OR", 2, lambda a, b: a | b),
    "NOT": Gate("NOT", 1, lambda a: 1 - a),
    "XOR": Gate("XOR", 2, lambda a, b: a ^ b),
}


def gate(name: str) -> Gate:
    """The gate called `name` (AND, OR, NOT, XOR); ValueError naming the known ones otherwise."""
    try:
        return GATES[name]
    except KeyError:
        raise ValueError(f"unknown gate {name!r}; known gates are {', '.join(GATES)}") from None


def taps_to_output(name: str, inputs: Sequence[int], wanted: int) -> int:
    """Fewest input switches to flip so that the gate outputs `wanted` (0 if it already does)."""
    chosen = gate(name)
    return min(
        sum(a != b for a, b in zip(combo, inputs, strict=True))
        for combo, output in chosen.truth_table() if output == wanted
    )


# -- circuits -----------------------------------------------------------------------------------


class CircuitError(ValueError):
    """A circuit that cannot be evaluated; the message says why in plain words."""


class CircuitIncompleteError(CircuitError):
    """A gate input or an output is not connected to anything."""


class CircuitCycleError(CircuitError):
    """The wires form a loop, so a signal would depend on itself."""

    def __init__(self, loop: Sequence[str]) -> None:
        self.loop = list(loop)
        super().__init__("the wires form a loop: " + " -> ".join(self.loop))


@dataclass
class GateNode:
    """One placed gate: its kind and, per input pin, the name of the signal wired to it."""

    kind: str
    sources: list[str | None] = field(default_factory=list)


@dataclass
class Circuit:
    """Named inputs, gates wired to inputs or to each other's outputs, and named outputs.

    Signals are named by input name or gate id; ``outputs`` maps each output to its signal.
    """

    inputs: tuple[str, ...]
    gates: dict[str, GateNode] = field(default_factory=dict)
    outputs: dict[str, str | None] = field(default_factory=dict)

    def add_gate(self, gate_id: str, kind: str, *sources: str | None) -> None:
        """Place a gate; ValueError for an unknown kind, a clashing id or a wrong pin count."""
        chosen = gate(kind)
        if gate_id in self.inputs or gate_id in self.gates:
            raise ValueError(f"the name {gate_id!r} is already used in this circuit")
        wired = list(sources) + [None] * (chosen.arity - len(sources))
        if len(wired) != chosen.arity:
            raise ValueError(f"{kind} has {chosen.arity} input pin(s), got {len(sources)} wires")
        self.gates[gate_id] = GateNode(kind, wired)

    def evaluate(self, values: Mapping[str, int]) -> dict[str, int]:
        """Each output's value for the given input values.

        Raises CircuitIncompleteError for a loose wire and CircuitCycleError for a loop; both
        are ValueErrors, so the visitor gets a message instead of a hang or a recursion crash.
        """
        missing = [name for name in self.inputs if name not in values]
        if missing:
            raise ValueError(f"no value given for input(s) {', '.join(missing)}")
        known: dict[str, int] = {name: int(values[name]) for name in self.inputs}
        for name, bit in known.items():
            if bit not in (0, 1):
                raise ValueError(f"input {name} must be 0 or 1, got {bit!r}")
        result = {}
        for output, signal in self.outputs.items():
            if signal is None:
                raise CircuitIncompleteError(f"output {output} is not connected")
            result[output] = self._signal(signal, known, [])
        return result

    def _signal(self, name: str, known: dict[str, int], path: list[str]) -> int:
        if name in known:
            return known[name]
        if name in path:
            raise CircuitCycleError([*path[path.index(name):], name])
        node = self.gates.get(name)
        if node is None:
            raise CircuitIncompleteError(f"nothing called {name!r} in this circuit")
        path.append(name)
        pins = []
        for pin, source in enumerate(node.sources, start=1):
            if source is None:
                raise CircuitIncompleteError(f"input {pin} of {node.kind} gate {name!r} is not connected")
            pins.append(self._signal(source, known, path))
        path.pop()
        known[name] = gate(node.kind)(*pins)
        return known[name]

    def find_cycle(self) -> list[str] | None:
        """A loop through the gates if there is one (whether or not an output uses it)."""
        state: dict[str, str] = {}

        def visit(name: str, path: list[str]) -> list[str] | None:
            if state.get(name) == "done" or name not in self.gates:
                return None
            if state.get(name) == "active":
                return [*path[path.index(name):], name]
            state[name] = "active"
            for source in self.gates[name].sources:
                if source is not None:
                    loop = visit(source, [*path, name])
                    if loop:
                        return loop
            state[name] = "done"
            return None

        for gate_id in self.gates:
            loop = visit(gate_id, [])
            if loop:
                return loop
        return None


# -- the half adder -----------------------------------------------------------------------------


@dataclass(frozen=True)
class AdderRow:
    """One line of the lock's test: inputs, what a half adder gives, what the circuit gave."""

    a: int
    b: int
    expected_sum: int
    expected_carry: int
    got_sum: int | None
    got_carry: int | None

    @property
    def ok(self) -> bool:
        return (self.got_sum, self.got_carry) == (self.expected_sum, self.expected_carry)


@dataclass(frozen=True)
class AdderVerdict:
    """The result of testing a circuit as a half adder on all four input combinations."""

    rows: tuple[AdderRow, ...]
    problem: str | None = None  # "loop" or "incomplete" when the circuit cannot run at all

    @property
    def accepted(self) -> bool:
        return self.problem is None and all(row.ok for row in self.rows)


def check_half_adder(circuit: Circuit) -> AdderVerdict:
    """Test `circuit` (inputs A, B; outputs SUM, CARRY) against a + b for every input pair."""
    rows = []
    problem = None
    if circuit.find_cycle():
        problem = "loop"
    for a, b in itertools.product((0, 1), repeat=2):
        got_sum = got_carry = None
        if problem is None:
            try:
                outputs = circuit.evaluate({"A": a, "B": b})
                got_sum, got_carry = outputs.get("SUM"), outputs.get("CARRY")
            except CircuitCycleError:
                problem = "loop"
            except CircuitIncompleteError:
                problem = "incomplete"
        rows.append(AdderRow(a, b, (a + b) % 2, (a + b) // 2, got_sum, got_carry))
    return AdderVerdict(tuple(rows), problem)


#: Gate slots on the adder board; each slot's output drives one lamp.
ADDER_SLOTS = ("SUM", "CARRY")


def adder_circuit(slot_gates: Mapping[str, str | None],
                  slot_wiring: Mapping[str, Sequence[str]] | None = None) -> Circuit:
    """The circuit built on the adder board: a gate (or nothing) in each slot.

    By default each slot's pins are wired to A and B (a NOT gate to A); `slot_wiring` overrides
    that per slot with signal names (A, B, or the other slot), which is how a loop can be built.
    """
    circuit = Circuit(inputs=("A", "B"))
    for slot in ADDER_SLOTS:
        kind = slot_gates.get(slot)
        if kind is None:
            circuit.outputs[slot] = None
            continue
        arity = gate(kind).arity
        wiring = list((slot_wiring or {}).get(slot, ("A", "B")))[:arity]
        wiring += ["A", "B"][len(wiring):arity]
        circuit.add_gate(f"{slot.lower()}_gate", kind, *wiring)
        circuit.outputs[slot] = f"{slot.lower()}_gate"
    return circuit


def slot_signal(slot: str) -> str:
    """The signal name of a slot's gate output (what another slot's pin is wired to)."""
    return f"{slot.lower()}_gate"


# -- challenges and scores ----------------------------------------------------------------------

#: Numbers the visitor shows with the lamps on level 1, in order.
BINARY_TARGETS = (13, 100, 255)

#: Level 2 goals: every output lamp lit, then every output lamp dark.
GATE_GOALS = (1, 0)


def tap_score(taps: int, fewest: int) -> int:
    """0-100: full marks for the fewest possible taps, less for extra ones, never below 40."""
    if taps < 0 or fewest < 0:
        raise ValueError("tap counts cannot be negative")
    if taps <= fewest or fewest == 0:
        return 100
    return max(40, round(100 * fewest / taps))


def attempt_score(failed_attempts: int) -> int:
    """0-100 for the lock: 100 on the first try, 20 less for each failed try, never below 40."""
    if failed_attempts < 0:
        raise ValueError("failed attempts cannot be negative")
    return max(40, 100 - 20 * failed_attempts)
