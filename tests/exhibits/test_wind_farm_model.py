"""The wind_farm model against textbook wind-energy values: Betz, the power law, the Park wake."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exhibits.wind_farm import model
from exhibits.wind_farm.model import Battery, Turbine, WindFarm

TURBINE = Turbine()


def test_betz_limit_is_the_maximum_of_the_ideal_rotor() -> None:
    assert round(model.BETZ_LIMIT, 4) == 0.5926
    assert model.power_coefficient(1 / 3) == pytest.approx(16 / 27)
    best = max(model.power_coefficient(a / 1000) for a in range(0, 1001))
    assert best == pytest.approx(16 / 27, abs=1e-6)
    assert model.thrust_coefficient(1 / 3) == pytest.approx(8 / 9)  # Ct at the Betz optimum


@given(st.floats(0, 1))
def test_no_rotor_beats_betz(a: float) -> None:
    assert model.power_coefficient(a) <= model.BETZ_LIMIT + 1e-12


def test_a_turbine_designed_beyond_betz_is_refused() -> None:
    with pytest.raises(ValueError, match="Betz"):
        Turbine(design_cp=0.6)


def test_power_at_rated_speed_of_the_nrel_5mw_rotor() -> None:
    # ½ρAv³Cp with a 126 m rotor and Cp 0.45 reaches 5 MW at (2P/(ρACp))^(1/3) ≈ 11.33 m/s,
    # close to the NREL 5-MW reference turbine's 11.4 m/s.
    area = math.pi * 63**2
    assert TURBINE.swept_area_m2 == pytest.approx(area)
    assert TURBINE.rated_speed_mps == pytest.approx((2 * 5e6 / (1.225 * area * 0.45)) ** (1 / 3))
    assert TURBINE.rated_speed_mps == pytest.approx(11.33, abs=0.01)
    assert TURBINE.power_w(TURBINE.rated_speed_mps) == pytest.approx(5e6)
    # a textbook line: at 10 m/s the wind through 12 469 m² carries 7.64 MW; 45 % of it is 3.44 MW
    assert TURBINE.wind_power_w(10) == pytest.approx(0.5 * 1.225 * area * 1000)
    assert TURBINE.power_w(10) == pytest.approx(3.437e6, rel=1e-3)


def test_power_grows_with_the_cube_of_the_wind() -> None:
    assert TURBINE.power_w(8) / TURBINE.power_w(4) == pytest.approx(8.0)


@pytest.mark.parametrize(("speed", "power"), [(0, 0), (2.9, 0), (25, 0), (30, 0), (14, 5e6), (24.9, 5e6)])
def test_cut_in_rated_and_cut_out(speed: float, power: float) -> None:
    assert TURBINE.power_w(speed) == pytest.approx(power)


@given(st.floats(0, 40))
def test_power_stays_within_rated_power_and_betz(speed: float) -> None:
    power = TURBINE.power_w(speed)
    assert 0 <= power <= TURBINE.rated_power_w + 1e-6
    assert power <= model.BETZ_LIMIT * TURBINE.wind_power_w(speed) + 1e-6


def test_above_rated_the_rotor_is_pitched_and_thrust_falls() -> None:
    assert TURBINE.cp(15) == pytest.approx(5e6 / TURBINE.wind_power_w(15))
    assert TURBINE.ct(15) < TURBINE.ct(9)
    assert TURBINE.ct(30) == 0  # parked in a storm


def test_jensen_deficit_formula() -> None:
    # Katić et al. (1986): δ = (1 − √(1 − Ct)) · (R / (R + k·x))²
    ct, radius, k = 0.8, 63.0, 0.04
    assert model.jensen_deficit(ct, radius, 630, k) == pytest.approx(
        (1 - math.sqrt(0.2)) * (63 / (63 + 25.2)) ** 2)
    # right behind the rotor the deficit is 2a (momentum theory: far-wake speed (1 − 2a)·U)
    a = 0.2
    assert model.jensen_deficit(model.thrust_coefficient(a), radius, 1e-9, k) == pytest.approx(2 * a, rel=1e-6)
    assert model.jensen_deficit(ct, radius, 0, k) == 0  # nothing upwind
    far, near = model.jensen_deficit(ct, radius, 3000, k), model.jensen_deficit(ct, radius, 600, k)
    assert 0 < far < near  # the wake recovers downwind
    assert model.jensen_deficit(ct, radius, 600, model.WAKE_DECAY_ONSHORE) < near  # land air mixes faster


def test_overlap_share_limits() -> None:
    assert model.overlap_share(100, 63, 0) == 1.0
    assert model.overlap_share(100, 63, 170) == 0.0
    half = model.overlap_share(1e6, 63, 1e6)  # a straight wake edge through the rotor's centre
    assert half == pytest.approx(0.5, abs=1e-3)


def test_a_turbine_behind_another_gets_less_wind() -> None:
    farm = WindFarm()
    farm.toggle(0)
    farm.toggle(1)  # 600 m east of it: straight downwind in a west wind
    speeds = farm.speeds_mps(9.0, model.WIND_FROM_DEG["west"])
    expected = 9.0 * (1 - model.jensen_deficit(TURBINE.ct(9.0), 63, 600))
    assert speeds[0] == pytest.approx(9.0)
    assert speeds[1] == pytest.approx(expected)
    assert farm.efficiency(9.0, 270) < 0.85
    # the same pair side by side across the wind does not shadow itself
    side_by_side = WindFarm(placed=[0, farm.columns])
    assert side_by_side.efficiency(9.0, 270) == pytest.approx(1.0)
    # a wind from the north-west puts the second one out of the first one's wake
    assert farm.efficiency(9.0, model.WIND_FROM_DEG["northwest"]) == pytest.approx(1.0)


def test_several_wakes_add_as_root_sum_of_squares() -> None:
    farm = WindFarm(placed=[0, 1, 2])
    speeds = farm.speeds_mps(9.0, 270)
    first = model.jensen_deficit(TURBINE.ct(9.0), 63, 1200)
    second = model.jensen_deficit(TURBINE.ct(speeds[1]), 63, 600)
    assert speeds[2] == pytest.approx(9.0 * (1 - math.hypot(first, second)))


def test_the_farm_holds_at_most_its_turbines() -> None:
    farm = WindFarm(max_turbines=2)
    assert farm.toggle(0) and farm.toggle(1)
    assert not farm.toggle(2)
    assert farm.toggle(0)  # taking one away always works
    assert farm.placed == [1]
    with pytest.raises(ValueError, match="no site"):
        farm.toggle(farm.site_count)


def test_battery_keeps_its_limits_and_losses() -> None:
    battery = Battery(capacity_mwh=10, power_mw=4, efficiency=0.9)
    assert battery.charge(10, 1) == pytest.approx(4)  # power limit
    assert battery.charge_mwh == pytest.approx(3.6)
    assert battery.discharge(10, 1) == pytest.approx(3.24)  # all it holds, less losses
    assert battery.charge_mwh == pytest.approx(0)
    assert Battery(0).charge(5, 1) == 0 and Battery(0).state_of_charge == 0


@settings(max_examples=30, deadline=None)
@given(st.sets(st.integers(0, 23), max_size=8), st.sampled_from(list(model.DAY_WIND_MPS)),
       st.sampled_from(list(model.BATTERY_SIZES_MWH.values())))
def test_a_day_balances_its_energy(sites: set[int], day: str, battery_mwh: float) -> None:
    farm = WindFarm(placed=sorted(sites))
    result = model.simulate_day(farm, 270, day, battery_mwh)
    hours = 1 / model.STEPS_PER_HOUR
    stored_start = battery_mwh * 0.5
    stored_end = result.steps[-1].state_of_charge * battery_mwh
    # the town gets the farm's power up to its demand, plus what the battery gives (D);
    # the farm's surplus is either spilled or taken by the battery (C)
    straight = sum(min(s.supply_mw, s.demand_mw) for s in result.steps) * hours
    given_by_battery = result.demand_mwh - result.shortfall_mwh - straight
    taken_by_battery = result.produced_mwh - result.spilled_mwh - straight
    efficiency = model.BATTERY_EFFICIENCY
    assert given_by_battery >= -1e-9 and taken_by_battery >= -1e-9
    assert stored_end == pytest.approx(
        stored_start + efficiency * taken_by_battery - given_by_battery / efficiency, abs=1e-6)
    assert 0 <= stored_end <= battery_mwh + 1e-9
    assert all(0 <= s.state_of_charge <= 1 + 1e-9 for s in result.steps)
    assert len(result.steps) == 24 * model.STEPS_PER_HOUR and result.steps[-1].hour == pytest.approx(24 - hours)


def test_day_outcomes_teach_the_lessons() -> None:
    spread = WindFarm(placed=[0, 6, 12, 18, 3, 9])  # two columns, every row: no wakes in a west wind
    line = WindFarm(placed=[0, 1, 2, 3, 4, 5])  # one row along the wind
    assert model.simulate_day(spread, 270, "windy", 20).shortfall_mwh == 0
    assert model.simulate_day(line, 270, "windy", 20).shortfall_mwh > 0
    assert model.simulate_day(spread, 270, "calm", 60).shortfall_mwh > 100  # calm: no farm is enough
    storm = model.simulate_day(spread, 270, "storm", 0)
    assert any(step.supply_mw == 0 and step.wind_mps >= 25 for step in storm.steps)
    assert storm.shortfall_mwh > 0


def test_goals_and_scores() -> None:
    farm = WindFarm(placed=[0, 6, 12, 18, 3])
    assert model.layout_goal_met(farm, 270)
    assert model.layout_score(farm, 270) >= 90
    assert not model.layout_goal_met(WindFarm(placed=[0, 1, 2, 3, 4]), 270)
    assert not model.layout_goal_met(WindFarm(placed=[0, 6, 12, 18]), 270)  # too few turbines
    day = model.simulate_day(farm, 270, "windy", 20)
    assert model.day_score(day, 5, 8) == 95
    assert model.day_score(model.simulate_day(farm, 270, "calm", 0), 5, 8) == 0
    with pytest.raises(ValueError, match="unknown day"):
        model.simulate_day(farm, 270, "hurricane", 0)
