"""Baltic Sea water without Qt: density, oxygen and a water column in the Gotland Deep.

Density is the UNESCO equation of state EOS-80 at the sea surface (Millero and Poisson 1981,
UNESCO technical papers in marine science 36 and 44), valid for salinity 0-42 and -2-40 °C::

    ρ(S, T) = ρ_w(T) + A(T)·S + B(T)·S^1.5 + C·S²

A linear equation of state, ρ = ρ0·(1 − α(T − T0) + β(S − S0)), fitted at Baltic deep water, is
given beside it for the learn-more text; its largest error over 0-25 g/kg and 0-25 °C is stated in
LINEAR_MAX_ERROR_KGPM3 and checked by the tests.

Oxygen solubility is Garcia and Gordon (1992), fitted to Benson and Krause's data (µmol/kg).

The column is 240 m deep (the Gotland Deep, the Baltic proper) in 5-m layers of salinity (g/kg),
temperature (°C) and oxygen (mg/L; negative values count hydrogen sulphide as "negative oxygen",
as HELCOM's monitoring does). Each step: the surface takes oxygen from the air and rivers keep it
brackish, the water above the halocline is renewed with oxygen as winter mixing does (the model
has no seasons), decomposing organic matter uses oxygen at every depth and most at the sea floor,
water mixes up and down with a diffusivity that falls as the stratification (buoyancy frequency
N) grows, K = a0 / N (Gargett 1984; a0 for the Baltic from Axell 1998), and any layer heavier
than the one below sinks (convection). A storm mixes from the top down as far as its energy
lifts the water's centre of mass; a salt-water inflow from the North Sea sinks until it meets
water as dense as itself.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

GRAVITY_MPS2 = 9.81


# -- density: UNESCO EOS-80 at the surface ----------------------------------------------------------

def density_pure_water(temperature_c: float | np.ndarray) -> float | np.ndarray:
    """ρ_w(T), kg/m³: the SMOW polynomial of EOS-80 (Bigg 1967)."""
    t = temperature_c
    return (999.842594 + 6.793952e-2 * t - 9.095290e-3 * t**2 + 1.001685e-4 * t**3
            - 1.120083e-6 * t**4 + 6.536332e-9 * t**5)


def density_eos80(salinity: float | np.ndarray, temperature_c: float | np.ndarray) -> float | np.ndarray:
    """Density of sea water at the surface (0 dbar), kg/m³, by UNESCO EOS-80."""
    s, t = salinity, temperature_c
    a = 8.24493e-1 - 4.0899e-3 * t + 7.6438e-5 * t**2 - 8.2467e-7 * t**3 + 5.3875e-9 * t**4
    b = -5.72466e-3 + 1.0227e-4 * t - 1.6546e-6 * t**2
    c = 4.8314e-4
    return density_pure_water(t) + a * s + b * np.power(s, 1.5) + c * s * s


# A linear equation of state fitted at typical Baltic deep water: S0 = 10 g/kg, T0 = 5 °C.
LINEAR_S0, LINEAR_T0 = 10.0, 5.0
LINEAR_RHO0 = float(density_eos80(LINEAR_S0, LINEAR_T0))
LINEAR_ALPHA = float(-(density_eos80(LINEAR_S0, LINEAR_T0 + 0.01) - density_eos80(LINEAR_S0, LINEAR_T0 - 0.01))
                     / 0.02 / LINEAR_RHO0)  # thermal expansion, 1/K
LINEAR_BETA = float((density_eos80(LINEAR_S0 + 0.01, LINEAR_T0) - density_eos80(LINEAR_S0 - 0.01, LINEAR_T0))
                    / 0.02 / LINEAR_RHO0)  # haline contraction, kg/g
#: The linear formula's largest error against EOS-80 over 0-25 g/kg and 0-25 °C (tests check it):
#: mostly from warm water, where α grows with temperature.
LINEAR_MAX_ERROR_KGPM3 = 3.1


def density_linear(salinity: float, temperature_c: float) -> float:
    """ρ ≈ ρ0·(1 − α(T − T0) + β(S − S0)): simple, and off by up to LINEAR_MAX_ERROR_KGPM3."""
    return LINEAR_RHO0 * (1 - LINEAR_ALPHA * (temperature_c - LINEAR_T0) + LINEAR_BETA * (salinity - LINEAR_S0))


# -- oxygen solubility: Garcia and Gordon (1992) ---------------------------------------------------

_GG_A = (5.80871, 3.20291, 4.17887, 5.10006, -9.86643e-2, 3.80369)
_GG_B = (-7.01577e-3, -7.70028e-3, -1.13864e-2, -9.51519e-3)
_GG_C0 = -2.75915e-7
#: Milligrams of O₂ in a micromole (molar mass 31.998 g/mol).
MG_PER_UMOL_O2 = 31.998e-3


def oxygen_saturation_umolkg(salinity: float, temperature_c: float) -> float:
    """Oxygen that water in balance with the air holds, µmol/kg (Garcia and Gordon 1992)."""
    ts = math.log((298.15 - temperature_c) / (273.15 + temperature_c))
    a0, a1, a2, a3, a4, a5 = _GG_A
    b0, b1, b2, b3 = _GG_B
    log_c = (a0 + a1 * ts + a2 * ts**2 + a3 * ts**3 + a4 * ts**4 + a5 * ts**5
             + salinity * (b0 + b1 * ts + b2 * ts**2 + b3 * ts**3) + _GG_C0 * salinity**2)
    return math.exp(log_c)


def oxygen_saturation_mgl(salinity: float, temperature_c: float) -> float:
    """The same in milligrams per litre, the unit of fishermen and aquarium keepers."""
    litre_kg = float(density_eos80(salinity, temperature_c)) / 1000
    return oxygen_saturation_umolkg(salinity, temperature_c) * MG_PER_UMOL_O2 * litre_kg


# -- the water column ----------------------------------------------------------------------------------

LAYER_M = 5.0
DEPTH_M = 240.0
LAYERS = int(DEPTH_M / LAYER_M)
HALOCLINE_SEARCH_M = (30.0, 130.0)
#: Below this much oxygen fish and most animals on the sea floor cannot live (hypoxia).
HYPOXIA_MGL = 2.0
#: Hydrogen sulphide is counted as negative oxygen; it stops growing here (the model's floor).
LOWEST_OXYGEN_MGL = -4.0

# Mixing: K = a0 / N between layers, kept between a molecular-ish floor and a mixed-layer ceiling.
MIXING_A0_M2PS2 = 2.0e-7
MIN_DIFFUSIVITY_M2PS = 1.0e-6
MAX_DIFFUSIVITY_M2PS = 5.0e-3
#: Oxygen used by decomposing organic matter in the water, mg/L a year, and extra in the bottom
#: layer from the sediment (where most dead plankton ends up). Tuned so that bottom water filled
#: by an inflow loses its oxygen within about two years, as after the inflows of 1993 and 2003.
WATER_OXYGEN_USE_MGL_PER_YEAR = 1.5
SEDIMENT_OXYGEN_USE_MGL_PER_YEAR = 4.0
#: The top layer reaches oxygen saturation with the air within days.
SURFACE_OXYGEN_DAYS = 5.0
SURFACE_TEMPERATURE_C = 16.0
SURFACE_TEMPERATURE_DAYS = 30.0
#: Rivers keep the surface brackish; without them mixing would slowly salt the top layer.
SURFACE_SALINITY = 7.2
SURFACE_SALINITY_DAYS = 365.0
#: Every winter the cooled surface water sinks and stirs the water above the halocline, bringing it
#: oxygen from the air; the model has no seasons and stands for that by renewing the oxygen of the
#: water well above the halocline over this many days. Below the halocline nothing renews it.
WINTER_VENTILATION_DAYS = 180.0
VENTILATED_ABOVE_HALOCLINE_M = 10.0
SECONDS_PER_DAY = 86_400.0

# Storms: the work the wind does on the sea, ρ_w·u*³ a second (u* the water's friction velocity),
# a share of which lifts heavy water (the mixing efficiency, Niiler and Kraus 1977).
AIR_DENSITY_KGPM3 = 1.225
DRAG_COEFFICIENT = 1.3e-3
STORM_DAYS = 1.0
MIXING_EFFICIENCY = 1.0

# Inflows: a pulse of North Sea water this thick reaches the Gotland Deep; as much leaves at the
# surface through the Danish straits.
INFLOW_THICKNESS_M = 30.0
#: On its way over the sills and through the Bornholm and Gotland basins the inflow mixes with old
#: water and uses some oxygen: it reaches the Gotland Deep about half saturated.
INFLOW_OXYGEN_SHARE = 0.5


@dataclass(frozen=True)
class Reading:
    """The water at one depth."""

    depth_m: float
    salinity: float
    temperature_c: float
    density_kgpm3: float
    oxygen_mgl: float


def layer_depths_m() -> np.ndarray:
    """Depth of each layer's middle, m."""
    return (np.arange(LAYERS) + 0.5) * LAYER_M


def summer_profile() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A late-summer Gotland Deep after years without an inflow: (salinity, temperature, oxygen).

    Brackish warm water on top, a cold intermediate layer (last winter's water) above the
    halocline at 60-80 m, salty and a little warmer deep water below, and no oxygen near the floor.
    """
    z = layer_depths_m()
    salinity = 7.2 + 4.6 * (0.5 + 0.5 * np.tanh((z - 70) / 7)) + 0.006 * np.maximum(0, z - 80)
    temperature = 3.5 + 12.5 * (0.5 - 0.5 * np.tanh((z - 25) / 5)) + 2.5 * (0.5 + 0.5 * np.tanh((z - 75) / 8))
    saturation = np.array([oxygen_saturation_mgl(s, t) for s, t in zip(salinity, temperature, strict=True)])
    oxygen = saturation * (0.5 - 0.5 * np.tanh((z - 85) / 10)) - 2.0 * (0.5 + 0.5 * np.tanh((z - 150) / 25))
    return salinity, temperature, np.maximum(oxygen, LOWEST_OXYGEN_MGL)


def solve_diffusion(values: np.ndarray, diffusivity_m2ps: np.ndarray, dt_s: float) -> np.ndarray:
    """One implicit (backward Euler) step of dC/dt = d/dz(K dC/dz) with closed top and bottom.

    ``diffusivity_m2ps`` holds K at the LAYERS − 1 interfaces. Implicit, so any step is stable;
    the total amount is conserved exactly.
    """
    n = len(values)
    r = diffusivity_m2ps * dt_s / LAYER_M**2
    lower = np.zeros(n)
    upper = np.zeros(n)
    diagonal = np.ones(n)
    upper[:-1] = -r
    lower[1:] = -r
    diagonal[:-1] += r
    diagonal[1:] += r
    # Thomas algorithm
    c = np.zeros(n)
    d = np.zeros(n)
    c[0] = upper[0] / diagonal[0]
    d[0] = values[0] / diagonal[0]
    for i in range(1, n):
        denominator = diagonal[i] - lower[i] * c[i - 1]
        c[i] = upper[i] / denominator if i < n - 1 else 0.0
        d[i] = (values[i] - lower[i] * d[i - 1]) / denominator
    result = np.empty(n)
    result[-1] = d[-1]
    for i in range(n - 2, -1, -1):
        result[i] = d[i] - c[i] * result[i + 1]
    return result


def mixing_energy_jpm2(profile_density: np.ndarray, depth_m: float) -> float:
    """Work (J/m²) to mix the water from the surface down to depth_m into one uniform layer.

    Mixing a stable column lifts heavy water and lowers light water: its centre of mass rises by
    ΔPE = g·Σ(ρ_i − ρ̄)·z_i·Δz over the mixed layers (z positive downwards).
    """
    count = max(1, min(len(profile_density), round(depth_m / LAYER_M)))
    rho = profile_density[:count]
    z = layer_depths_m()[:count]
    return float(GRAVITY_MPS2 * np.sum((rho - rho.mean()) * z) * LAYER_M)


def storm_energy_jpm2(wind_mps: float, days: float = STORM_DAYS) -> float:
    """Work a storm of this wind speed does towards mixing in `days`: m·ρ_w·u*³·t."""
    stress = AIR_DENSITY_KGPM3 * DRAG_COEFFICIENT * wind_mps**2
    water = 1010.0
    friction_velocity = math.sqrt(stress / water)
    return MIXING_EFFICIENCY * water * friction_velocity**3 * days * SECONDS_PER_DAY


@dataclass(frozen=True)
class InflowResult:
    """Where a salt-water inflow came to rest (depth of its top and bottom) and its density."""

    top_m: float
    bottom_m: float
    density_kgpm3: float

    @property
    def reached_bottom(self) -> bool:
        return self.bottom_m >= DEPTH_M - 1e-6


class WaterColumn:
    """The Gotland Deep as layers of salinity, temperature and oxygen; time in days."""

    def __init__(self) -> None:
        self.salinity, self.temperature_c, self.oxygen_mgl = summer_profile()
        self.days = 0.0
        self.days_since_inflow: float | None = None

    # -- reading ---------------------------------------------------------------------------------

    def density(self) -> np.ndarray:
        return np.asarray(density_eos80(self.salinity, self.temperature_c))

    def reading(self, depth_m: float) -> Reading:
        index = min(LAYERS - 1, max(0, int(depth_m / LAYER_M)))
        return Reading(float(layer_depths_m()[index]), float(self.salinity[index]),
                       float(self.temperature_c[index]), float(self.density()[index]),
                       float(self.oxygen_mgl[index]))

    @property
    def bottom_oxygen_mgl(self) -> float:
        return float(self.oxygen_mgl[-1])

    def halocline_depth_m(self) -> float:
        """Where salinity rises fastest with depth between 30 and 130 m (the permanent halocline;
        the edge of a fresh inflow lower down is not it)."""
        first, last = int(HALOCLINE_SEARCH_M[0] / LAYER_M), int(HALOCLINE_SEARCH_M[1] / LAYER_M)
        gradient = np.diff(self.salinity[first:last + 1])
        return float((first + int(np.argmax(gradient)) + 1) * LAYER_M)

    def buoyancy_frequency_sq(self) -> np.ndarray:
        """N² = (g/ρ)·dρ/dz at each interface between layers, 1/s²."""
        rho = self.density()
        return GRAVITY_MPS2 / rho[:-1] * np.diff(rho) / LAYER_M

    def diffusivity_m2ps(self) -> np.ndarray:
        """K = a0/N at each interface, clipped; weak or unstable stratification mixes fast."""
        n_sq = self.buoyancy_frequency_sq()
        n = np.sqrt(np.maximum(n_sq, 1e-12))
        return np.clip(MIXING_A0_M2PS2 / n, MIN_DIFFUSIVITY_M2PS, MAX_DIFFUSIVITY_M2PS)

    def oxygen_free_depth_m(self) -> float | None:
        """The shallowest depth from which the water holds no oxygen all the way down, if any."""
        dead = self.oxygen_mgl <= 0
        if not dead[-1]:
            return None
        index = LAYERS - 1
        while index > 0 and dead[index - 1]:
            index -= 1
        return float(index * LAYER_M)

    # -- time --------------------------------------------------------------------------------------

    def step(self, days: float) -> None:
        """Let `days` pass: air at the surface, oxygen use, mixing, convection."""
        if days <= 0:
            return
        dt_s = days * SECONDS_PER_DAY
        surface_saturation = oxygen_saturation_mgl(float(self.salinity[0]), float(self.temperature_c[0]))
        self.oxygen_mgl[0] += (surface_saturation - self.oxygen_mgl[0]) * min(1.0, days / SURFACE_OXYGEN_DAYS)
        self.temperature_c[0] += (SURFACE_TEMPERATURE_C - self.temperature_c[0]) * min(
            1.0, days / SURFACE_TEMPERATURE_DAYS)
        self.salinity[0] += (SURFACE_SALINITY - self.salinity[0]) * min(1.0, days / SURFACE_SALINITY_DAYS)
        ventilated = max(1, int((self.halocline_depth_m() - VENTILATED_ABOVE_HALOCLINE_M) / LAYER_M))
        saturation = np.array([oxygen_saturation_mgl(float(s), float(t)) for s, t in
                               zip(self.salinity[:ventilated], self.temperature_c[:ventilated], strict=True)])
        self.oxygen_mgl[:ventilated] += (saturation - self.oxygen_mgl[:ventilated]) * min(
            1.0, days / WINTER_VENTILATION_DAYS)
        years = days / 365.25
        use = np.full(LAYERS, WATER_OXYGEN_USE_MGL_PER_YEAR * years)
        use[0] = 0.0  # the sunlit surface makes oxygen as fast as it uses it
        use[-1] += SEDIMENT_OXYGEN_USE_MGL_PER_YEAR * years
        self.oxygen_mgl = np.maximum(self.oxygen_mgl - use, LOWEST_OXYGEN_MGL)
        diffusivity = self.diffusivity_m2ps()
        self.salinity = solve_diffusion(self.salinity, diffusivity, dt_s)
        self.temperature_c = solve_diffusion(self.temperature_c, diffusivity, dt_s)
        self.oxygen_mgl = solve_diffusion(self.oxygen_mgl, diffusivity, dt_s)
        self.convect()
        self.days += days
        if self.days_since_inflow is not None:
            self.days_since_inflow += days

    def convect(self) -> None:
        """Mix any layer that is heavier than the one below it with that one, until stable."""
        for _ in range(LAYERS * 2):
            rho = self.density()
            unstable = np.nonzero(np.diff(rho) < -1e-9)[0]
            if len(unstable) == 0:
                return
            for index in unstable:
                for values in (self.salinity, self.temperature_c, self.oxygen_mgl):
                    values[index:index + 2] = values[index:index + 2].mean()

    # -- events ------------------------------------------------------------------------------------

    def mix_down_to(self, depth_m: float) -> None:
        count = max(1, min(LAYERS, round(depth_m / LAYER_M)))
        for values in (self.salinity, self.temperature_c, self.oxygen_mgl):
            values[:count] = values[:count].mean()

    def storm(self, wind_mps: float) -> float:
        """A storm of `wind_mps` for STORM_DAYS: mixes from the surface as deep as its energy
        allows and returns that depth, m. The halocline's density step costs far more than any
        storm has, so the deep water stays untouched."""
        energy = storm_energy_jpm2(wind_mps)
        rho = self.density()
        depth = LAYER_M
        while depth + LAYER_M <= DEPTH_M and mixing_energy_jpm2(rho, depth + LAYER_M) <= energy:
            depth += LAYER_M
        self.mix_down_to(depth)
        # stormy water at the surface takes up oxygen at once
        self.oxygen_mgl[: int(depth / LAYER_M)] = np.maximum(
            self.oxygen_mgl[: int(depth / LAYER_M)],
            oxygen_saturation_mgl(float(self.salinity[0]), float(self.temperature_c[0])))
        return depth

    def inflow(self, salinity: float, temperature_c: float) -> InflowResult:
        """North Sea water of this salinity and temperature, rich in oxygen, arrives.

        It sinks through lighter water and settles on top of water at least as dense; everything
        above it is lifted and as much surface water leaves through the Danish straits.
        """
        if not (0 <= salinity <= 42 and -2 <= temperature_c <= 40):
            raise ValueError(f"EOS-80 holds for salinity 0-42 and -2-40 °C, got {salinity}, {temperature_c}")
        rho_in = float(density_eos80(salinity, temperature_c))
        rho = self.density()
        heavier = np.nonzero(rho >= rho_in)[0]
        rest = int(heavier[0]) if len(heavier) else LAYERS  # the inflow settles above this layer
        count = int(INFLOW_THICKNESS_M / LAYER_M)
        count = min(count, rest)  # it cannot lift more water than lies above it
        oxygen_in = INFLOW_OXYGEN_SHARE * oxygen_saturation_mgl(salinity, temperature_c)
        for values, new in ((self.salinity, salinity), (self.temperature_c, temperature_c),
                            (self.oxygen_mgl, oxygen_in)):
            above = values[count:rest].copy()
            values[: rest - count] = above
            values[rest - count: rest] = new
        self.convect()
        self.days_since_inflow = 0.0
        return InflowResult((rest - count) * LAYER_M, rest * LAYER_M, rho_in)


# -- goals ----------------------------------------------------------------------------------------------

#: Goal 1: a storm that mixes at least this deep (it still leaves the bottom without oxygen).
STORM_GOAL_DEPTH_M = 40.0


def inflow_score(failed_inflows: int) -> int:
    """100 for ventilating the bottom with the first inflow, 20 less for each that did not reach it."""
    return max(40, 100 - 20 * failed_inflows)
