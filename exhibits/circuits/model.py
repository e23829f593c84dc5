"""Circuit builder rules, Qt-free: parts on the edges of a grid, solved by Modified Nodal Analysis.

Every part sits on one edge between two neighbouring grid points (nodes). Wires and closed
switches are tiny resistances (so currents in wire loops are well defined), bulbs and resistors
are resistances, and a battery is an ideal voltage source in series with a small internal
resistance (so a short circuit has a large but finite current, as in a real cell).

Only parts connected to a battery are solved; each connected piece gets its own ground node,
so floating parts never make the matrix singular. Should a system still be singular (an ideal
loop of sources), it is solved in the least-squares sense and flagged, never raised.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from itertools import pairwise

import numpy as np

BATTERY_VOLTAGE_V = 4.5
BATTERY_INTERNAL_OHM = 0.2
BULB_OHM = 15.0
RESISTOR_OHM = 10.0
#: Wires and closed switches: small, but not zero, so current splits in wire loops are defined.
WIRE_OHM = 0.01
#: A battery whose outside circuit is below this resistance is short-circuited.
SHORT_CIRCUIT_OHM = 1.0
#: Brightness (power relative to one bulb alone on one battery) from which a bulb counts as lit.
LIT_BRIGHTNESS = 0.1
#: Below this a current is treated as no current at all (A).
NO_CURRENT_A = 1e-6

Node = tuple[int, int]  # (column, row)
Edge = tuple[Node, Node]  # the two nodes in sorted order


class Kind(Enum):
    """The parts in the palette."""

    WIRE = "wire"
    BATTERY = "battery"
    BULB = "bulb"
    SWITCH = "switch"
    RESISTOR = "resistor"


#: The eraser is a tool, not a part.
ERASER = "eraser"


def make_edge(a: Node, b: Node) -> Edge:
    """The edge between two neighbouring nodes, in canonical (sorted) order."""
    if abs(a[0] - b[0]) + abs(a[1] - b[1]) != 1:
        raise ValueError(f"nodes {a} and {b} are not neighbours on the grid")
    return (a, b) if a < b else (b, a)


@dataclass
class Part:
    """A part on an edge. ``closed`` is for switches; ``flipped`` puts a battery's + at edge[0]."""

    kind: Kind
    closed: bool = False
    flipped: bool = False


def reference_bulb_power_w() -> float:
    """The power of one bulb alone on one battery: brightness 1.0."""
    current = BATTERY_VOLTAGE_V / (BULB_OHM + BATTERY_INTERNAL_OHM)
    return current ** 2 * BULB_OHM


@dataclass(frozen=True)
class MnaResult:
    """Node voltages (ground = 0), currents out of each source's + terminal, and a quality flag."""

    voltages_v: np.ndarray
    source_currents_a: np.ndarray
    singular: bool


def solve_mna(node_count: int, resistors: Iterable[tuple[int, int, float]],
              sources: Iterable[tuple[int, int, float]], ground: int = 0) -> MnaResult:
    """Modified Nodal Analysis of one connected circuit.

    ``resistors`` are (node_a, node_b, ohm); ``sources`` are ideal voltage sources
    (negative_node, positive_node, volts). Unknowns: the voltage of every node but ground and
    the current of every source. A singular system (e.g. a loop of ideal sources) is solved by
    least squares and flagged instead of raising.
    """
    resistors, sources = list(resistors), list(sources)
    if not 0 <= ground < node_count:
        raise ValueError(f"ground node {ground} is not one of the {node_count} nodes")
    size = node_count + len(sources)
    matrix = np.zeros((size, size))
    rhs = np.zeros(size)
    for a, b, ohm in resistors:
        if ohm <= 0:
            raise ValueError(f"resistance must be positive, got {ohm} Ω")
        conductance = 1.0 / ohm
        matrix[a, a] += conductance
        matrix[b, b] += conductance
        matrix[a, b] -= conductance
        matrix[b, a] -= conductance
    for index, (negative, positive, volts) in enumerate(sources):
        row = node_count + index
        # The source's current leaves its + terminal into the circuit and returns at the - one.
        matrix[positive, row] -= 1.0
        matrix[negative, row] += 1.0
        matrix[row, positive] += 1.0
        matrix[row, negative] -= 1.0
        rhs[row] = volts
    keep = [i for i in range(size) if i != ground]
    reduced, reduced_rhs = matrix[np.ix_(keep, keep)], rhs[keep]
    singular = False
    try:
        solution = np.linalg.solve(reduced, reduced_rhs)
        if not np.all(np.isfinite(solution)):
            raise np.linalg.LinAlgError("non-finite solution")
    except np.linalg.LinAlgError:
        singular = True
        solution = np.linalg.lstsq(reduced, reduced_rhs, rcond=None)[0]
        solution = np.nan_to_num(solution, nan=0.0, posinf=0.0, neginf=0.0)
    full = np.zeros(size)
    full[keep] = solution
    return MnaResult(full[:node_count], full[node_count:], singular)


@dataclass
class Solution:
    """The solved circuit: currents on edges (positive from edge[0] to edge[1]), powers, warnings."""

    current_a: dict[Edge, float] = field(default_factory=dict)
    voltage_v: dict[Node, float] = field(default_factory=dict)
    power_w: dict[Edge, float] = field(default_factory=dict)
    live: set[Edge] = field(default_factory=set)  # connected to a battery
    shorted_batteries: set[Edge] = field(default_factory=set)
    singular: bool = False

    @property
    def short_circuit(self) -> bool:
        return bool(self.shorted_batteries)

    def current(self, edge: Edge) -> float:
        return self.current_a.get(edge, 0.0)

    def brightness(self, edge: Edge) -> float:
        """Bulb power relative to one bulb alone on one battery (0 = dark, 1 = normal)."""
        return self.power_w.get(edge, 0.0) / reference_bulb_power_w()


class Circuit:
    """Parts on a grid of ``columns`` x ``rows`` nodes."""

    def __init__(self, columns: int = 8, rows: int = 6) -> None:
        if columns < 2 or rows < 2:
            raise ValueError("a circuit grid needs at least 2 x 2 nodes")
        self.columns, self.rows = columns, rows
        self.parts: dict[Edge, Part] = {}

    def contains(self, edge: Edge) -> bool:
        return all(0 <= c < self.columns and 0 <= r < self.rows for c, r in edge)

    def edges(self) -> list[Edge]:
        """Every edge of the grid."""
        found = []
        for column in range(self.columns):
            for row in range(self.rows):
                if column + 1 < self.columns:
                    found.append(((column, row), (column + 1, row)))
                if row + 1 < self.rows:
                    found.append(((column, row), (column, row + 1)))
        return found

    def _check(self, edge: Edge) -> Edge:
        edge = make_edge(*edge)
        if not self.contains(edge):
            raise ValueError(f"edge {edge} is outside the {self.columns} x {self.rows} grid")
        return edge

    def place(self, edge: Edge, kind: Kind, *, closed: bool = False, flipped: bool = False) -> None:
        self.parts[self._check(edge)] = Part(kind, closed, flipped)

    def remove(self, edge: Edge) -> bool:
        return self.parts.pop(self._check(edge), None) is not None

    def part(self, edge: Edge) -> Part | None:
        return self.parts.get(make_edge(*edge))

    def clear(self) -> None:
        self.parts.clear()

    def count(self, kind: Kind) -> int:
        return sum(1 for part in self.parts.values() if part.kind is kind)

    def tap(self, edge: Edge, tool: Kind | str) -> str | None:
        """What a tap with a tool does on an edge; returns the action's name (None: nothing).

        Empty edge: place the tool's part. A switch: flip it open/closed. A battery tapped with
        the battery tool: turn it round. The eraser, or the same tool again: remove. Another
        tool: replace the part.
        """
        edge = self._check(edge)
        current = self.parts.get(edge)
        if current is None:
            if tool == ERASER:
                return None
            self.parts[edge] = Part(Kind(tool))
            return "placed"
        if tool == ERASER:
            del self.parts[edge]
            return "removed"
        tool_kind = Kind(tool)
        if current.kind is Kind.SWITCH:
            current.closed = not current.closed
            return "closed" if current.closed else "opened"
        if current.kind is tool_kind:
            if tool_kind is Kind.BATTERY:
                current.flipped = not current.flipped
                return "flipped"
            del self.parts[edge]
            return "removed"
        self.parts[edge] = Part(tool_kind)
        return "replaced"

    def lay(self, edge: Edge, tool: Kind | str) -> str | None:
        """A finger dragged along an edge: place the part if the edge is empty (or erase)."""
        edge = self._check(edge)
        if tool == ERASER:
            return "removed" if self.parts.pop(edge, None) else None
        if edge in self.parts:
            return None
        self.parts[edge] = Part(Kind(tool))
        return "placed"

    # -- solving -------------------------------------------------------------------------------

    def solve(self, opened: Edge | None = None) -> Solution:
        """Currents and powers now; ``opened`` solves as if that switch were open."""
        conducting = {edge: part for edge, part in self.parts.items()
                      if not (part.kind is Kind.SWITCH and (not part.closed or edge == opened))}
        parent: dict[Node, Node] = {}

        def find(node: Node) -> Node:
            parent.setdefault(node, node)
            while parent[node] != node:
                parent[node] = parent[parent[node]]
                node = parent[node]
            return node

        for a, b in conducting:
            parent[find(a)] = find(b)
        groups: dict[Node, list[Edge]] = {}
        for edge in conducting:
            groups.setdefault(find(edge[0]), []).append(edge)
        solution = Solution()
        for edges in groups.values():
            if any(conducting[e].kind is Kind.BATTERY for e in edges):
                self._solve_group(edges, conducting, solution)
        return solution

    def _solve_group(self, edges: list[Edge], parts: dict[Edge, Part], solution: Solution) -> None:
        nodes = sorted({node for edge in edges for node in edge})
        index = {node: i for i, node in enumerate(nodes)}
        resistors: list[tuple[int, int, float]] = []
        sources: list[tuple[int, int, float]] = []
        batteries: list[tuple[Edge, Node, Node]] = []
        extra = len(nodes)
        for edge in edges:
            part = parts[edge]
            a, b = index[edge[0]], index[edge[1]]
            if part.kind is Kind.BATTERY:
                negative, positive = (edge[1], edge[0]) if part.flipped else edge
                # ideal source from - to an inner node, then the internal resistance to +
                sources.append((index[negative], extra, BATTERY_VOLTAGE_V))
                resistors.append((extra, index[positive], BATTERY_INTERNAL_OHM))
                batteries.append((edge, negative, positive))
                extra += 1
            else:
                resistors.append((a, b, self.resistance_ohm(part)))
        result = solve_mna(extra, resistors, sources)
        solution.singular |= result.singular
        voltages = result.voltages_v
        for node in nodes:
            solution.voltage_v[node] = float(voltages[index[node]])
        for edge in edges:
            solution.live.add(edge)
            part = parts[edge]
            if part.kind is Kind.BATTERY:
                continue
            ohm = self.resistance_ohm(part)
            current = (voltages[index[edge[0]]] - voltages[index[edge[1]]]) / ohm
            solution.current_a[edge] = _clean(current)
            solution.power_w[edge] = _clean(current) ** 2 * ohm if part.kind is Kind.BULB else 0.0
        for number, (edge, negative, _positive) in enumerate(batteries):
            delivered = float(result.source_currents_a[number])
            # Inside the battery the current runs from - to +.
            along = delivered if negative == edge[0] else -delivered
            solution.current_a[edge] = _clean(along)
            if abs(delivered) > BATTERY_VOLTAGE_V / (BATTERY_INTERNAL_OHM + SHORT_CIRCUIT_OHM):
                solution.shorted_batteries.add(edge)

    @staticmethod
    def resistance_ohm(part: Part) -> float:
        return {Kind.WIRE: WIRE_OHM, Kind.SWITCH: WIRE_OHM, Kind.BULB: BULB_OHM,
                Kind.RESISTOR: RESISTOR_OHM, Kind.BATTERY: BATTERY_INTERNAL_OHM}[part.kind]


def _clean(current: float) -> float:
    return 0.0 if abs(current) < NO_CURRENT_A else float(current)


# -- challenges --------------------------------------------------------------------------------


def lit_bulbs(circuit: Circuit, solution: Solution) -> list[Edge]:
    return [edge for edge, part in circuit.parts.items()
            if part.kind is Kind.BULB and solution.brightness(edge) >= LIT_BRIGHTNESS]


def _light_one(circuit: Circuit, solution: Solution) -> bool:
    return bool(lit_bulbs(circuit, solution))


def _two_equal(circuit: Circuit, solution: Solution) -> bool:
    levels = sorted(solution.brightness(edge) for edge in lit_bulbs(circuit, solution))
    return any(abs(high - low) <= 0.05 * high for low, high in pairwise(levels))


def _switch_controls_two(circuit: Circuit, solution: Solution) -> bool:
    lit = lit_bulbs(circuit, solution)
    if len(lit) < 2:
        return False
    for edge, part in circuit.parts.items():
        if part.kind is Kind.SWITCH and part.closed:
            opened = circuit.solve(opened=edge)
            if sum(1 for bulb in lit if opened.brightness(bulb) < LIT_BRIGHTNESS) >= 2:
                return True
    return False


def _parallel_as_bright(circuit: Circuit, solution: Solution) -> bool:
    working_batteries = [edge for edge, part in circuit.parts.items()
                         if part.kind is Kind.BATTERY and abs(solution.current(edge)) > 1e-3]
    bright = [edge for edge in lit_bulbs(circuit, solution) if solution.brightness(edge) >= 0.8]
    return len(working_batteries) == 1 and len(bright) >= 2


def _dim_with_resistor(circuit: Circuit, solution: Solution) -> bool:
    resistor_working = any(part.kind is Kind.RESISTOR and abs(solution.current(edge)) > 1e-3
                           for edge, part in circuit.parts.items())
    dim = any(solution.brightness(edge) < 0.7 for edge in lit_bulbs(circuit, solution))
    return resistor_working and dim


@dataclass(frozen=True)
class Challenge:
    """A goal for the visitor, checked on the solved circuit (never met with a short circuit)."""

    key: str
    met: Callable[[Circuit, Solution], bool]


CHALLENGES = (
    Challenge("light_one", _light_one),
    Challenge("two_equal", _two_equal),
    Challenge("switch_two", _switch_controls_two),
    Challenge("parallel_bright", _parallel_as_bright),
    Challenge("dim_resistor", _dim_with_resistor),
)


class CircuitGame:
    """The circuit, the current challenge and the score for it."""

    def __init__(self, circuit: Circuit | None = None,
                 challenges: tuple[Challenge, ...] = CHALLENGES) -> None:
        if not challenges:
            raise ValueError("the game needs at least one challenge")
        self.circuit = circuit or Circuit()
        self.challenges = challenges
        self.reset()

    def reset(self) -> None:
        """A battery and a bulb waiting for wires; the first challenge."""
        self.circuit.clear()
        self.circuit.place(((2, 2), (2, 3)), Kind.BATTERY)
        self.circuit.place(((5, 2), (5, 3)), Kind.BULB)
        self.challenge_index = 0
        self.shorts_this_challenge = 0
        self.solution = self.circuit.solve()
        self._was_short = False

    @property
    def challenge(self) -> Challenge:
        return self.challenges[self.challenge_index % len(self.challenges)]

    def changed(self) -> int | None:
        """Re-solve after a change; returns a score when the current challenge is now met."""
        self.solution = self.circuit.solve()
        short = self.solution.short_circuit
        if short and not self._was_short:
            self.shorts_this_challenge += 1
        self._was_short = short
        if short or not self.challenge.met(self.circuit, self.solution):
            return None
        score = max(50, 100 - 10 * self.shorts_this_challenge)
        self.next_challenge()
        return score

    def next_challenge(self) -> None:
        """Move on (after success, or when the visitor skips)."""
        self.challenge_index += 1
        self.shorts_this_challenge = 0
