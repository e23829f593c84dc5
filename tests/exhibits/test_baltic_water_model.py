"""The baltic_water model against reference values: EOS-80, oxygen solubility, the column's physics."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exhibits.baltic_water import model
from exhibits.baltic_water.model import WaterColumn


@pytest.mark.parametrize(("salinity", "temperature", "density"), [
    # UNESCO (1981) check values of EOS-80 at 0 dbar
    (0, 5, 999.96675),
    (35, 5, 1027.67547),
    (35, 25, 1023.34306),
    # the maximum density of fresh water, near 4 °C
    (0, 4, 999.975),
])
def test_eos80_reference_values(salinity: float, temperature: float, density: float) -> None:
    assert model.density_eos80(salinity, temperature) == pytest.approx(density, abs=2e-3)


def test_fresh_water_is_heaviest_near_four_degrees() -> None:
    temperatures = np.linspace(0, 10, 1001)
    densest = temperatures[np.argmax(model.density_eos80(0.0, temperatures))]
    assert densest == pytest.approx(3.98, abs=0.02)


def test_baltic_water_is_lighter_than_ocean_water() -> None:
    baltic_surface, ocean = model.density_eos80(7, 10), model.density_eos80(35, 10)
    assert 1004 < baltic_surface < 1006 and ocean > 1026


@settings(max_examples=200)
@given(st.floats(0, 25), st.floats(0, 25))
def test_the_linear_formula_stays_within_its_stated_error(salinity: float, temperature: float) -> None:
    error = abs(model.density_linear(salinity, temperature) - model.density_eos80(salinity, temperature))
    assert error <= model.LINEAR_MAX_ERROR_KGPM3


def test_the_stated_linear_error_is_not_padded() -> None:
    grid = np.linspace(0, 25, 51)
    worst = max(abs(model.density_linear(s, t) - model.density_eos80(s, t)) for s in grid for t in grid)
    assert model.LINEAR_MAX_ERROR_KGPM3 - 0.2 < worst <= model.LINEAR_MAX_ERROR_KGPM3
    # exact where it was fitted
    assert model.density_linear(model.LINEAR_S0, model.LINEAR_T0) == pytest.approx(model.LINEAR_RHO0)


@settings(max_examples=100)
@given(st.floats(0, 40), st.floats(-2, 40), st.floats(0.1, 5))
def test_saltier_is_heavier(salinity: float, temperature: float, more: float) -> None:
    salinity = min(salinity, 42 - more)
    assert model.density_eos80(salinity + more, temperature) > model.density_eos80(salinity, temperature)


def test_oxygen_solubility_check_values() -> None:
    # Garcia and Gordon (1992), Benson-Krause fit: 274.610 µmol/kg at 10 °C and salinity 35
    assert model.oxygen_saturation_umolkg(35, 10) == pytest.approx(274.610, abs=0.01)
    # fresh water at 20 °C holds about 9.09 mg/L (standard tables)
    assert model.oxygen_saturation_mgl(0, 20) == pytest.approx(9.09, abs=0.05)
    # colder and fresher water holds more
    assert model.oxygen_saturation_mgl(7, 2) > model.oxygen_saturation_mgl(7, 16) > model.oxygen_saturation_mgl(35, 16)


def test_the_starting_column_has_a_halocline_and_an_oxygen_free_bottom() -> None:
    column = WaterColumn()
    assert 60 <= column.halocline_depth_m() <= 80
    surface, deep = column.reading(2), column.reading(200)
    assert surface.salinity == pytest.approx(7.2, abs=0.1) and 11 < deep.salinity < 13
    assert deep.density_kgpm3 - surface.density_kgpm3 > 4
    assert np.all(np.diff(column.density()) >= -1e-9)  # stable: heavier with depth
    assert surface.oxygen_mgl > 8 and column.bottom_oxygen_mgl < 0
    assert 90 <= column.oxygen_free_depth_m() <= 140


def test_diffusion_conserves_and_smooths() -> None:
    values = np.zeros(model.LAYERS)
    values[10] = 1.0
    diffusivity = np.full(model.LAYERS - 1, 1e-4)
    after = model.solve_diffusion(values, diffusivity, 86_400 * 30)
    assert after.sum() == pytest.approx(1.0)
    assert after.max() < 1.0 and after[9] > 0 and after[11] > 0


def test_stratification_blocks_mixing() -> None:
    column = WaterColumn()
    diffusivity = column.diffusivity_m2ps()
    halocline = int(column.halocline_depth_m() / model.LAYER_M) - 1
    # across the halocline: crossing 20 m by mixing takes more than a year (L²/K)
    assert 20**2 / diffusivity[halocline] > 365 * 86_400
    uniform = WaterColumn()
    uniform.salinity[:] = 7.0
    uniform.temperature_c[:] = 5.0
    assert np.all(uniform.diffusivity_m2ps() == model.MAX_DIFFUSIVITY_M2PS)  # nothing holds it back
    assert diffusivity[halocline] < model.MAX_DIFFUSIVITY_M2PS / 1000


def test_mixing_energy_of_two_layers() -> None:
    # two layers of equal thickness h with a density step Δρ: mixing lifts g·Δρ·h²/2 per m² ... for
    # 5-m layers: ΔPE = g·Σ(ρi − ρ̄)·zi·Δz = g · (−Δρ/2 · 2.5 + Δρ/2 · 7.5) · 5 = g·Δρ·12.5
    rho = np.array([1000.0, 1002.0])
    assert model.mixing_energy_jpm2(rho, 10) == pytest.approx(9.81 * 2 * 12.5)
    assert model.mixing_energy_jpm2(np.full(10, 1005.0), 50) == pytest.approx(0)


def test_storms_stop_at_the_halocline() -> None:
    depths = []
    for wind in (10, 20, 25, 32):
        column = WaterColumn()
        bottom_before = column.bottom_oxygen_mgl
        depth = column.storm(wind)
        depths.append(depth)
        assert depth <= column.halocline_depth_m()
        assert column.bottom_oxygen_mgl == bottom_before
        assert np.ptp(column.salinity[: int(depth / model.LAYER_M)]) < 1e-9  # mixed uniform
    assert depths == sorted(depths) and depths[-1] >= model.STORM_GOAL_DEPTH_M > depths[0]
    # the energy of a storm grows with the cube of the wind
    assert model.storm_energy_jpm2(30) / model.storm_energy_jpm2(15) == pytest.approx(8)


def test_a_cold_salty_inflow_reaches_the_bottom_and_brings_oxygen() -> None:
    column = WaterColumn()
    salt_before = column.salinity.sum()
    result = column.inflow(18, 4)
    assert result.reached_bottom
    assert column.bottom_oxygen_mgl == pytest.approx(
        model.INFLOW_OXYGEN_SHARE * model.oxygen_saturation_mgl(18, 4))
    assert column.halocline_depth_m() < 70  # the old deep water was lifted
    assert column.salinity.sum() > salt_before  # salt came in, brackish water left at the top
    assert np.all(np.diff(column.density()) >= -1e-9)


def test_a_warm_inflow_stops_halfway() -> None:
    column = WaterColumn()
    result = column.inflow(12, 15)
    assert not result.reached_bottom
    assert 40 <= result.top_m <= 90
    assert column.bottom_oxygen_mgl < 0


def test_an_inflow_outside_eos80_is_refused() -> None:
    with pytest.raises(ValueError, match="EOS-80"):
        WaterColumn().inflow(50, 4)


def test_the_bottom_runs_out_of_oxygen_within_two_years() -> None:
    column = WaterColumn()
    column.inflow(18, 4)
    days = 0.0
    while column.bottom_oxygen_mgl > 0 and days < 5 * 365:
        column.step(15)
        days += 15
    assert 180 < days < 2 * 365
    assert column.days_since_inflow == pytest.approx(days)


def test_mixing_only_moves_salt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model, "SURFACE_SALINITY_DAYS", float("inf"))  # no rivers: a closed box
    column = WaterColumn()
    salt = column.salinity.sum()
    for _ in range(24):
        column.step(30)
    assert column.salinity.sum() == pytest.approx(salt, rel=1e-12)


def test_winter_mixing_keeps_oxygen_above_the_halocline_only() -> None:
    column = WaterColumn()
    for _ in range(24):
        column.step(30)
    assert column.reading(40).oxygen_mgl > 5
    assert column.bottom_oxygen_mgl < 0


def test_a_long_run_stays_physical() -> None:
    column = WaterColumn()
    for _ in range(24):
        column.step(30)
    assert column.reading(0).salinity == pytest.approx(model.SURFACE_SALINITY, abs=0.3)  # rivers
    assert np.all(np.diff(column.density()) >= -1e-9)
    assert np.all(column.oxygen_mgl >= model.LOWEST_OXYGEN_MGL)
    assert 55 <= column.halocline_depth_m() <= 85  # two years of mixing leave the halocline


def test_inflow_score() -> None:
    assert model.inflow_score(0) == 100 and model.inflow_score(1) == 80 and model.inflow_score(9) == 40
