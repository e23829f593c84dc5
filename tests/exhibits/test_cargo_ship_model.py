"""Cargo ship model: Archimedes' draught, heel from GM, load line, sinking and the order game."""

from __future__ import annotations

import itertools
import math

import pytest

from exhibits.cargo_ship.model import (
    BALTIC_DENSITY_KGPM3,
    DEFAULT_ORDERS,
    OCEAN_DENSITY_KGPM3,
    Area,
    Fate,
    Hull,
    Order,
    Port,
    draught_m,
    float_ship,
    heel_angle_deg,
    metacentric_height_m,
)


def test_draught_is_mass_over_density_length_beam() -> None:
    # 1025 t in 1025 kg/m³ is 1000 m³; over a 20 m x 10 m waterplane that is 5 m deep.
    assert draught_m(1025, 1025, 20, 10) == pytest.approx(5.0)
    assert draught_m(0, 1025, 20, 10) == 0.0
    # Twice the mass, twice the draught (a box hull is wall-sided).
    assert draught_m(400, 1025, 12.5, 10) == pytest.approx(2 * draught_m(200, 1025, 12.5, 10))


def test_brackish_water_floats_the_ship_deeper_than_ocean_water() -> None:
    hull = Hull()
    ocean = float_ship(hull, OCEAN_DENSITY_KGPM3, [(40, 1, 0), (40, 2, 0)])
    baltic = float_ship(hull, BALTIC_DENSITY_KGPM3, [(40, 1, 0), (40, 2, 0)])
    assert baltic.draught_m > ocean.draught_m
    # Same displaced mass, so the draughts are in inverse proportion to the densities.
    assert baltic.draught_m / ocean.draught_m == pytest.approx(OCEAN_DENSITY_KGPM3 / BALTIC_DENSITY_KGPM3)


def test_heel_angle_is_atan_of_moment_over_displacement_times_gm() -> None:
    assert heel_angle_deg(0, 300, 2.0) == 0.0
    assert heel_angle_deg(600, 300, 2.0) == pytest.approx(45.0)
    assert heel_angle_deg(-60, 300, 2.0) == pytest.approx(-math.degrees(math.atan(0.1)))


def test_float_ship_heel_matches_the_small_angle_formula() -> None:
    hull = Hull()
    state = float_ship(hull, OCEAN_DENSITY_KGPM3, [(20, 3, 0)])
    displacement = hull.lightship_t + 20
    draught = displacement * 1000 / (OCEAN_DENSITY_KGPM3 * hull.length_m * hull.beam_m)
    centre_of_gravity = (hull.lightship_t * hull.lightship_vcg_m + 20 * (hull.depth_m + 1.3)) / displacement
    gm = draught / 2 + hull.beam_m ** 2 / (12 * draught) - centre_of_gravity
    moment = 20 * 3.75  # the outer starboard column is 3.75 m from the centreline
    assert state.draught_m == pytest.approx(draught)
    assert state.gm_m == pytest.approx(gm)
    assert state.heeling_moment_tm == pytest.approx(moment)
    assert state.heel_deg == pytest.approx(math.degrees(math.atan(moment / (displacement * gm))))
    assert state.heel_deg > 0  # towards the loaded (starboard) side
    assert state.fate is Fate.AFLOAT


def test_symmetric_load_gives_zero_heel() -> None:
    state = float_ship(Hull(), OCEAN_DENSITY_KGPM3, [(30, 0, 0), (30, 3, 0), (10, 1, 0), (10, 2, 0),
                                                     (15, 1, 1), (15, 2, 1)])
    assert state.heel_deg == pytest.approx(0.0, abs=1e-12)
    assert state.level


def test_a_light_box_far_out_balances_a_heavy_box_near_the_middle() -> None:
    # 10 t at 3.75 m and 30 t at -1.25 m make equal and opposite moments (the lever rule).
    state = float_ship(Hull(), OCEAN_DENSITY_KGPM3, [(10, 3, 0), (30, 1, 0)])
    assert state.heeling_moment_tm == pytest.approx(0.0)
    assert state.heel_deg == pytest.approx(0.0, abs=1e-12)


def test_cargo_stacked_high_lowers_stability() -> None:
    side_by_side = float_ship(Hull(), OCEAN_DENSITY_KGPM3, [(20, 1, 0), (20, 2, 0)])
    stacked = float_ship(Hull(), OCEAN_DENSITY_KGPM3, [(20, 1, 0), (20, 1, 1)])
    assert stacked.draught_m == pytest.approx(side_by_side.draught_m)  # same mass
    assert stacked.centre_of_gravity_m > side_by_side.centre_of_gravity_m
    assert stacked.gm_m < side_by_side.gm_m


def test_metacentric_height_of_a_box() -> None:
    # T = 2 m, B = 10 m: KB = 1, BM = 100 / 24, KG = 3 -> GM = 1 + 4.1667 - 3.
    assert metacentric_height_m(2.0, 10.0, 3.0) == pytest.approx(1 + 100 / 24 - 3)


def test_overload_beyond_the_freeboard_sinks_the_ship() -> None:
    hull = Hull()
    # Mass that puts the deck exactly at the waterline in ocean water, plus a little.
    deck_awash_t = hull.depth_m * OCEAN_DENSITY_KGPM3 * hull.length_m * hull.beam_m / 1000
    cargo = deck_awash_t - hull.lightship_t + 1
    state = float_ship(hull, OCEAN_DENSITY_KGPM3, [(cargo / 2, 1, 0), (cargo / 2, 2, 0)])
    assert state.freeboard_m < 0
    assert state.fate is Fate.OVERLOADED


def test_over_the_load_line_is_detected_before_sinking() -> None:
    hull = Hull()
    state = float_ship(hull, OCEAN_DENSITY_KGPM3, [(60, 1, 0), (60, 2, 0)])
    assert state.draught_m > hull.load_line_draught_m
    assert state.over_load_line
    assert state.fate is Fate.AFLOAT
    assert not float_ship(hull, OCEAN_DENSITY_KGPM3, [(20, 1, 0), (20, 2, 0)]).over_load_line


def test_same_cargo_can_be_legal_at_sea_but_over_the_mark_in_the_baltic() -> None:
    hull = Hull()
    cargo = [(35, 1, 0), (35, 2, 0), (17.5, 0, 0), (17.5, 3, 0)]  # 105 t, level
    assert not float_ship(hull, OCEAN_DENSITY_KGPM3, cargo).over_load_line
    assert float_ship(hull, BALTIC_DENSITY_KGPM3, cargo).over_load_line


def test_heeling_past_the_deck_edge_capsizes() -> None:
    hull = Hull()
    state = float_ship(hull, OCEAN_DENSITY_KGPM3, [(45, 3, 0), (40, 3, 1)])
    assert hull.beam_m / 2 * math.tan(math.radians(state.heel_deg)) >= state.freeboard_m
    assert state.fate is Fate.CAPSIZED


def test_negative_gm_capsizes_even_when_symmetric() -> None:
    hull = Hull(lightship_vcg_m=7.0)  # a top-heavy ship: KG above the metacentre (KM = 6.12 m)
    state = float_ship(hull, OCEAN_DENSITY_KGPM3, [])
    assert state.gm_m <= 0
    assert state.fate is Fate.CAPSIZED


@pytest.mark.parametrize("call", [
    lambda: draught_m(-1, 1025, 10, 10),
    lambda: draught_m(10, 0, 10, 10),
    lambda: heel_angle_deg(10, 0, 1),
    lambda: heel_angle_deg(10, 100, 0),
    lambda: metacentric_height_m(0, 10, 1),
    lambda: Hull().column_offset_m(4),
    lambda: Hull().container_vcg_m(2),
    lambda: Port().set_water("lake"),
    lambda: Port(orders=()),
])
def test_bad_input_raises_value_error(call) -> None:
    with pytest.raises(ValueError):
        call()


def test_columns_are_symmetric_about_the_centreline() -> None:
    hull = Hull()
    offsets = [hull.column_offset_m(c) for c in range(hull.columns)]
    assert offsets == [-3.75, -1.25, 1.25, 3.75]


def test_port_starts_with_everything_on_the_quay_light_boxes_on_top() -> None:
    port = Port()
    assert all(len(stack) == 2 for stack in port.quay)
    assert all(not stack for stack in port.ship)
    for stack in port.quay:
        assert port.containers[stack[1]].mass_t <= port.containers[stack[0]].mass_t
    assert port.state().cargo_t == 0


def test_only_the_top_container_can_be_lifted_and_stacks_have_a_height_limit() -> None:
    port = Port()
    bottom, top = port.quay[0]
    assert port.move(bottom, Area.SHIP, 0) is None
    assert port.move(top, Area.SHIP, 0) == 0
    assert port.move(bottom, Area.SHIP, 0) == 1
    third = port.quay[1][-1]
    assert port.move(third, Area.SHIP, 0) is None  # the column is full (two tiers)
    assert port.locate(third)[0] is Area.QUAY


def test_return_to_quay_and_unload() -> None:
    port = Port()
    cid = port.quay[2][-1]
    port.move(cid, Area.SHIP, 1)
    assert port.return_to_quay(cid)
    assert port.locate(cid)[0] is Area.QUAY
    port.move(port.quay[0][-1], Area.SHIP, 2)
    port.unload_all()
    assert port.state().cargo_t == 0


def _can_deliver(port: Port, wanted_t: float) -> bool:
    """Whether some level, legal arrangement of the port's containers weighs wanted_t."""
    ids = sorted(port.containers)
    slots = [(c, t) for t in range(port.hull.tiers) for c in range(port.hull.columns)]
    for size in range(1, len(slots) + 1):
        for chosen in itertools.combinations(ids, size):
            if sum(port.containers[i].mass_t for i in chosen) != wanted_t:
                continue
            for places in itertools.permutations(slots, size):
                if any(t == 1 and (c, 0) not in places for c, t in places):
                    continue
                cargo = [(port.containers[i].mass_t, c, t) for i, (c, t) in zip(chosen, places, strict=True)]
                state = float_ship(port.hull, port.density_kgpm3, cargo)
                if state.level and not state.over_load_line and state.fate is Fate.AFLOAT:
                    return True
    return False


@pytest.mark.parametrize("water", ["ocean", "baltic"])
def test_every_default_order_can_be_delivered(water: str) -> None:
    port = Port()
    port.set_water(water)
    for order in DEFAULT_ORDERS:
        assert _can_deliver(port, order.cargo_t), f"order {order.cargo_t} t cannot be met"


def test_delivering_an_order_scores_and_moves_on() -> None:
    port = Port(orders=(Order(40), Order(60)))
    twenty = [cid for cid, c in port.containers.items() if c.mass_t == 20]
    check, score = port.sail()
    assert not check.ready and score is None
    assert port.failed_attempts == 1
    port.move(twenty[0], Area.SHIP, 1)
    assert not port.check().level_ok  # one box off-centre
    port.move(twenty[1], Area.SHIP, 2)
    check = port.check()
    assert check.ready
    check, score = port.sail()
    assert score == 85  # one failed try costs 15
    assert port.order.cargo_t == 60 and port.delivered == 1
    assert port.state().cargo_t == 0 and port.failed_attempts == 0


def test_sinking_puts_the_cargo_back_and_counts_as_a_failed_try() -> None:
    port = Port()
    port.move(port.quay[0][-1], Area.SHIP, 3)
    port.sink()
    assert port.state().cargo_t == 0
    assert port.failed_attempts == 1


def test_reset_restores_the_first_order_and_ocean_water() -> None:
    port = Port()
    port.set_water("baltic")
    port.order_index = 3
    port.move(port.quay[0][-1], Area.SHIP, 3)
    port.reset()
    assert port.water == "ocean" and port.order_index == 0 and port.state().cargo_t == 0
