"""Cargo ship rules, Qt-free: Archimedes' draught, heel from the metacentric height, orders.

The ship is a box-shaped barge seen from the stern. Containers stand in columns across the
beam, at most ``tiers`` high; the quay holds the containers that are not on board.

Physics (all masses in tonnes, lengths in metres):

* Archimedes: a floating ship displaces its own mass of water, so for a box hull
  ``draught = displacement / (density * length * beam)``.
* Stability: the heeling moment of off-centre cargo ``sum(mass * offset)`` is balanced by the
  righting moment ``displacement * GM * sin(heel)``. For small angles
  ``heel = atan(moment / (displacement * GM))``. For a box hull ``GM = KB + BM - KG`` with
  ``KB = draught / 2`` and ``BM = beam**2 / (12 * draught)``.
* The ship is lost when the deck goes under (draught above the hull depth), when it heels so
  far that the deck edge dips into the water, or when GM is not positive (it would capsize).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

#: Density of ocean (salt) water, kg/m³.
OCEAN_DENSITY_KGPM3 = 1025.0
#: Density of the brackish Baltic Sea near Ventspils, kg/m³ (less salt, lighter water).
BALTIC_DENSITY_KGPM3 = 1005.0
#: The waters a visitor can try, by key.
WATER_DENSITIES_KGPM3 = {"ocean": OCEAN_DENSITY_KGPM3, "baltic": BALTIC_DENSITY_KGPM3}

#: An order counts as "level" when the heel is at most this, degrees.
LEVEL_TOLERANCE_DEG = 1.0


def draught_m(displacement_t: float, density_kgpm3: float, length_m: float, beam_m: float) -> float:
    """Depth of a box hull below the water (Archimedes): mass / (density * length * beam)."""
    if displacement_t < 0:
        raise ValueError(f"displacement must not be negative, got {displacement_t} t")
    if density_kgpm3 <= 0 or length_m <= 0 or beam_m <= 0:
        raise ValueError("density, length and beam must be positive")
    return displacement_t * 1000.0 / (density_kgpm3 * length_m * beam_m)


def metacentric_height_m(draught: float, beam_m: float, centre_of_gravity_m: float) -> float:
    """GM of a box hull: KB + BM - KG, with KB = T/2 and BM = B²/(12 T)."""
    if draught <= 0:
        raise ValueError(f"draught must be positive, got {draught} m")
    return draught / 2 + beam_m ** 2 / (12 * draught) - centre_of_gravity_m


def heel_angle_deg(heeling_moment_tm: float, displacement_t: float, gm_m: float) -> float:
    """Heel (degrees, positive to starboard) where the righting moment balances the cargo's.

    Small-angle stability: tan(heel) = moment / (displacement * GM).
    """
    if displacement_t <= 0:
        raise ValueError(f"displacement must be positive, got {displacement_t} t")
    if gm_m <= 0:
        raise ValueError(f"GM must be positive for a stable ship, got {gm_m} m")
    return math.degrees(math.atan(heeling_moment_tm / (displacement_t * gm_m)))


class Fate(Enum):
    """What the sea does with the ship."""

    AFLOAT = "afloat"
    OVERLOADED = "overloaded"  # the deck went under: too heavy for the freeboard
    CAPSIZED = "capsized"  # heeled past the deck edge, or no righting moment at all


@dataclass(frozen=True)
class Hull:
    """A box-shaped cargo barge with room for ``columns`` x ``tiers`` containers on deck."""

    length_m: float = 12.5
    beam_m: float = 10.0
    depth_m: float = 3.2  # keel to deck
    lightship_t: float = 200.0  # the empty ship
    lightship_vcg_m: float = 1.6  # its centre of gravity above the keel
    load_line_draught_m: float = 2.4  # the Plimsoll mark: deepest safe draught in sea water
    columns: int = 4
    tiers: int = 2
    container_width_m: float = 2.44
    container_height_m: float = 2.6

    def column_offset_m(self, column: int) -> float:
        """Sideways distance of a column's centre from the centreline (positive to starboard)."""
        if not 0 <= column < self.columns:
            raise ValueError(f"column must be 0..{self.columns - 1}, got {column}")
        slot_m = self.beam_m / self.columns
        return (column - (self.columns - 1) / 2) * slot_m

    def container_vcg_m(self, tier: int) -> float:
        """Height above the keel of the centre of a container standing in a tier on deck."""
        if not 0 <= tier < self.tiers:
            raise ValueError(f"tier must be 0..{self.tiers - 1}, got {tier}")
        return self.depth_m + (tier + 0.5) * self.container_height_m


@dataclass(frozen=True)
class Container:
    """A shipping container: its mass and a style index (colour and pattern) for drawing."""

    id: int
    mass_t: float
    style: int


#: The containers waiting on the quay at the start (masses in tonnes).
DEFAULT_CARGO_T = (10, 10, 15, 20, 20, 25, 25, 30, 30, 30)  # ISO maximum gross: 30.48 t (20 ft)


@dataclass(frozen=True)
class ShipState:
    """How the loaded ship floats."""

    cargo_t: float
    displacement_t: float
    draught_m: float
    freeboard_m: float
    centre_of_gravity_m: float
    gm_m: float
    heeling_moment_tm: float
    heel_deg: float
    fate: Fate
    load_line_draught_m: float

    @property
    def over_load_line(self) -> bool:
        """Deeper than the Plimsoll mark allows."""
        return self.draught_m > self.load_line_draught_m + 1e-9

    @property
    def level(self) -> bool:
        return abs(self.heel_deg) <= LEVEL_TOLERANCE_DEG


def float_ship(hull: Hull, density_kgpm3: float,
               cargo: list[tuple[float, int, int]]) -> ShipState:
    """The floating state for cargo given as (mass_t, column, tier) items."""
    cargo_t = sum(mass for mass, _, _ in cargo)
    displacement = hull.lightship_t + cargo_t
    draught = draught_m(displacement, density_kgpm3, hull.length_m, hull.beam_m)
    vertical_moment = hull.lightship_t * hull.lightship_vcg_m + sum(
        mass * hull.container_vcg_m(tier) for mass, _, tier in cargo)
    centre_of_gravity = vertical_moment / displacement
    heeling_moment = sum(mass * hull.column_offset_m(column) for mass, column, _ in cargo)
    freeboard = hull.depth_m - draught
    gm = metacentric_height_m(draught, hull.beam_m, centre_of_gravity)
    if freeboard <= 0:
        fate, heel = Fate.OVERLOADED, 0.0
    elif gm <= 0:
        fate, heel = Fate.CAPSIZED, math.copysign(90.0, heeling_moment or 1.0)
    else:
        heel = heel_angle_deg(heeling_moment, displacement, gm)
        # The deck edge dips under when the low side sinks by more than the freeboard.
        dipped = hull.beam_m / 2 * math.tan(math.radians(abs(heel))) >= freeboard
        fate = Fate.CAPSIZED if dipped else Fate.AFLOAT
    return ShipState(cargo_t, displacement, draught, freeboard, centre_of_gravity, gm,
                     heeling_moment, heel, fate, hull.load_line_draught_m)


@dataclass(frozen=True)
class Order:
    """A delivery: load exactly ``cargo_t`` tonnes, level and above the load line."""

    cargo_t: float


#: The orders a visitor works through, then again from the start.
DEFAULT_ORDERS = (Order(40), Order(60), Order(50), Order(80), Order(100))


@dataclass(frozen=True)
class OrderCheck:
    """Which conditions of the current order hold right now."""

    mass_ok: bool
    level_ok: bool
    load_line_ok: bool
    afloat: bool

    @property
    def ready(self) -> bool:
        return self.mass_ok and self.level_ok and self.load_line_ok and self.afloat


class Area(Enum):
    """Where a container stands."""

    QUAY = "quay"
    SHIP = "ship"


class Port:
    """The game: containers on the quay and the ship, the water, and the orders to deliver."""

    QUAY_COLUMNS = 5
    QUAY_TIERS = 2

    def __init__(self, hull: Hull | None = None, cargo_t: tuple[float, ...] = DEFAULT_CARGO_T,
                 orders: tuple[Order, ...] = DEFAULT_ORDERS) -> None:
        if not orders:
            raise ValueError("a port needs at least one order")
        self.hull = hull or Hull()
        if len(cargo_t) > self.QUAY_COLUMNS * self.QUAY_TIERS:
            raise ValueError(f"the quay holds at most {self.QUAY_COLUMNS * self.QUAY_TIERS} containers")
        self.containers = {i: Container(i, float(m), i) for i, m in enumerate(cargo_t)}
        self.orders = orders
        self.reset()

    # -- state ---------------------------------------------------------------------------------

    def reset(self) -> None:
        """Everything back on the quay, ocean water, the first order."""
        self.water = "ocean"
        self.order_index = 0
        self.delivered = 0
        self.failed_attempts = 0
        self.unload_all()

    def unload_all(self) -> None:
        """Put every container back on the quay: heavy ones below, light ones on top."""
        self.quay: list[list[int]] = [[] for _ in range(self.QUAY_COLUMNS)]
        self.ship: list[list[int]] = [[] for _ in range(self.hull.columns)]
        heaviest_first = sorted(self.containers, key=lambda cid: (-self.containers[cid].mass_t, cid))
        for index, container_id in enumerate(heaviest_first):
            self.quay[index % self.QUAY_COLUMNS].append(container_id)

    @property
    def density_kgpm3(self) -> float:
        return WATER_DENSITIES_KGPM3[self.water]

    def set_water(self, water: str) -> None:
        if water not in WATER_DENSITIES_KGPM3:
            raise ValueError(f"unknown water {water!r}; use one of {', '.join(WATER_DENSITIES_KGPM3)}")
        self.water = water

    @property
    def order(self) -> Order:
        return self.orders[self.order_index % len(self.orders)]

    def stacks(self, area: Area) -> list[list[int]]:
        return self.quay if area is Area.QUAY else self.ship

    def capacity(self, area: Area) -> int:
        return self.QUAY_TIERS if area is Area.QUAY else self.hull.tiers

    def locate(self, container_id: int) -> tuple[Area, int, int]:
        """(area, column, tier) of a container."""
        for area in Area:
            for column, stack in enumerate(self.stacks(area)):
                if container_id in stack:
                    return area, column, stack.index(container_id)
        raise KeyError(f"no container {container_id}")

    def is_top(self, container_id: int) -> bool:
        """Only the top container of a stack can be lifted."""
        area, column, tier = self.locate(container_id)
        return tier == len(self.stacks(area)[column]) - 1

    def can_place(self, area: Area, column: int) -> bool:
        stacks = self.stacks(area)
        return 0 <= column < len(stacks) and len(stacks[column]) < self.capacity(area)

    def move(self, container_id: int, area: Area, column: int) -> int | None:
        """Lift a top container and set it on the stack ``column`` of ``area``.

        Returns the tier it landed on, or None (nothing changes) when it is not on top or the
        stack is full. Setting it back onto its own stack is allowed and changes nothing.
        """
        if not self.is_top(container_id):
            return None
        from_area, from_column, _ = self.locate(container_id)
        if (from_area, from_column) == (area, column):
            return len(self.stacks(area)[column]) - 1
        if not self.can_place(area, column):
            return None
        self.stacks(from_area)[from_column].pop()
        self.stacks(area)[column].append(container_id)
        return len(self.stacks(area)[column]) - 1

    def return_to_quay(self, container_id: int) -> bool:
        """Put a (top) container on the emptiest quay stack; False when it cannot be lifted."""
        if not self.is_top(container_id):
            return False
        area, _, _ = self.locate(container_id)
        if area is Area.QUAY:
            return True
        column = min(range(self.QUAY_COLUMNS), key=lambda c: (len(self.quay[c]), c))
        return self.move(container_id, Area.QUAY, column) is not None

    def cargo_on_board(self) -> list[tuple[float, int, int]]:
        """(mass_t, column, tier) of every container on the ship."""
        return [(self.containers[cid].mass_t, column, tier)
                for column, stack in enumerate(self.ship) for tier, cid in enumerate(stack)]

    def state(self) -> ShipState:
        return float_ship(self.hull, self.density_kgpm3, self.cargo_on_board())

    def check(self) -> OrderCheck:
        state = self.state()
        return OrderCheck(
            mass_ok=abs(state.cargo_t - self.order.cargo_t) < 1e-6,
            level_ok=state.level,
            load_line_ok=not state.over_load_line,
            afloat=state.fate is Fate.AFLOAT,
        )

    # -- game ----------------------------------------------------------------------------------

    def sink(self) -> None:
        """The ship went down: the cargo is fished out and back on the quay (a friendly sea)."""
        self.failed_attempts += 1
        self.unload_all()

    def sail(self) -> tuple[OrderCheck, int | None]:
        """Try to deliver the order. Returns the check and the score (None if not ready).

        A delivery scores 100, less 15 for each failed try or sinking on this order and
        10 per degree of heel, never below 40. Then the next order starts, cargo back on the quay.
        """
        check = self.check()
        if not check.ready:
            self.failed_attempts += 1
            return check, None
        heel = abs(self.state().heel_deg)
        score = max(40, round(100 - 15 * self.failed_attempts - 10 * heel))
        self.delivered += 1
        self.order_index += 1
        self.failed_attempts = 0
        self.unload_all()
        return check, score
