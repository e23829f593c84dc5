"""Wind farm at sea without Qt: turbine power, the Betz limit, wakes, and a day against the town.

Power of one turbine (the wind's kinetic energy flux through the rotor, times the share taken)::

    P = ½ · ρ · A · v³ · Cp          Cp ≤ 16/27 (Betz limit, from momentum theory)

between the cut-in and cut-out speeds, and never more than the generator's rated power. Momentum
theory ties Cp and the thrust coefficient Ct to the axial induction a (how much the rotor slows
the wind): Cp = 4a(1−a)², Ct = 4a(1−a). Above the rated speed the blades pitch, so Cp (and a, Ct)
fall until P stays at the rated power.

Wakes follow the Jensen (Park) model (N. O. Jensen 1983, Katić et al. 1986): behind a rotor of
radius R the wake widens linearly, r_w = R + k·x, and the speed deficit is

    δ(x) = (1 − √(1 − Ct)) · (R / (R + k·x))²

with the wake decay constant k = 0.04 offshore (0.075 on land). A rotor partly inside a wake gets
the deficit weighted by the share of its disc in the wake; deficits of several wakes add as a root
sum of squares. The reference rotor is the NREL 5-MW offshore turbine (126 m rotor, 5 MW, cut-in
3 m/s, cut-out 25 m/s).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

#: Density of air at sea level, 15 °C (International Standard Atmosphere), kg/m³.
AIR_DENSITY_KGPM3 = 1.225
#: The most any rotor can take from the wind: Cp at a = 1/3 (Betz 1920).
BETZ_LIMIT = 16 / 27
#: Wake decay constants of the Park model: offshore (smooth sea, little turbulence) and on land.
WAKE_DECAY_OFFSHORE = 0.04
WAKE_DECAY_ONSHORE = 0.075


def power_coefficient(axial_induction: float) -> float:
    """Cp = 4a(1−a)² of an ideal rotor that slows the wind by the share a (momentum theory)."""
    a = axial_induction
    return 4 * a * (1 - a) ** 2


def thrust_coefficient(axial_induction: float) -> float:
    """Ct = 4a(1−a) of an ideal rotor (momentum theory; valid for a ≤ 0.4 or so)."""
    a = axial_induction
    return 4 * a * (1 - a)


def induction_for(cp: float) -> float:
    """The axial induction a ≤ 1/3 that gives a power coefficient cp ≤ 16/27 (bisection)."""
    if not 0 <= cp <= BETZ_LIMIT + 1e-12:
        raise ValueError(f"a power coefficient must be between 0 and the Betz limit 16/27, got {cp}")
    low, high = 0.0, 1 / 3
    for _ in range(60):
        middle = (low + high) / 2
        if power_coefficient(middle) < cp:
            low = middle
        else:
            high = middle
    return (low + high) / 2


@dataclass(frozen=True)
class Turbine:
    """One turbine type: rotor, rated power, operating speeds and its design Cp (below rated)."""

    rotor_diameter_m: float = 126.0
    rated_power_w: float = 5.0e6
    cut_in_mps: float = 3.0
    cut_out_mps: float = 25.0
    design_cp: float = 0.45  # good modern blades; a real rotor stays below the Betz limit

    def __post_init__(self) -> None:
        if not 0 < self.design_cp <= BETZ_LIMIT:
            raise ValueError(f"design_cp must be above 0 and at most the Betz limit 16/27 ≈ 0.593, "
                             f"got {self.design_cp}")
        if not 0 < self.cut_in_mps < self.rated_speed_mps < self.cut_out_mps:
            raise ValueError("speeds must rise: cut-in < rated < cut-out")

    @property
    def rotor_radius_m(self) -> float:
        return self.rotor_diameter_m / 2

    @property
    def swept_area_m2(self) -> float:
        return math.pi * self.rotor_radius_m ** 2

    @property
    def rated_speed_mps(self) -> float:
        """The wind speed at which ½ρAv³Cp reaches the rated power."""
        return (2 * self.rated_power_w / (AIR_DENSITY_KGPM3 * self.swept_area_m2 * self.design_cp)) ** (1 / 3)

    def wind_power_w(self, speed_mps: float) -> float:
        """The kinetic energy per second of the wind through the rotor disc, ½ρAv³."""
        return 0.5 * AIR_DENSITY_KGPM3 * self.swept_area_m2 * speed_mps ** 3

    def operating(self, speed_mps: float) -> bool:
        return self.cut_in_mps <= speed_mps < self.cut_out_mps

    def power_w(self, speed_mps: float) -> float:
        """Electric power at a wind speed: 0 outside cut-in..cut-out, capped at the rated power."""
        if not self.operating(speed_mps):
            return 0.0
        return min(self.rated_power_w, self.wind_power_w(speed_mps) * self.design_cp)

    def cp(self, speed_mps: float) -> float:
        """The power coefficient the turbine runs at (pitched down above the rated speed)."""
        if not self.operating(speed_mps):
            return 0.0
        return self.power_w(speed_mps) / self.wind_power_w(speed_mps)

    def ct(self, speed_mps: float) -> float:
        """Thrust coefficient at a wind speed (0 when parked: blades feathered)."""
        if not self.operating(speed_mps):
            return 0.0
        return thrust_coefficient(induction_for(self.cp(speed_mps)))


def jensen_deficit(ct: float, rotor_radius_m: float, distance_m: float,
                   decay: float = WAKE_DECAY_OFFSHORE) -> float:
    """Share by which the wind is slowed at distance_m straight behind a rotor (Jensen/Park)."""
    if distance_m <= 0:
        return 0.0
    if not 0 <= ct < 1:
        raise ValueError(f"the Park model needs a thrust coefficient 0 <= Ct < 1, got {ct}")
    return (1 - math.sqrt(1 - ct)) * (rotor_radius_m / (rotor_radius_m + decay * distance_m)) ** 2


def wake_radius_m(rotor_radius_m: float, distance_m: float, decay: float = WAKE_DECAY_OFFSHORE) -> float:
    return rotor_radius_m + decay * max(0.0, distance_m)


def overlap_share(wake_radius: float, rotor_radius: float, offset: float) -> float:
    """Share of a rotor disc (radius rotor_radius) inside a wake circle whose centre is `offset` away."""
    big, small = wake_radius, rotor_radius
    d = abs(offset)
    if d >= big + small:
        return 0.0
    if d <= abs(big - small):
        inside = math.pi * min(big, small) ** 2
        return inside / (math.pi * small ** 2)
    # area of the lens where two circles meet
    alpha = math.acos(max(-1.0, min(1.0, (d * d + small * small - big * big) / (2 * d * small))))
    beta = math.acos(max(-1.0, min(1.0, (d * d + big * big - small * small) / (2 * d * big))))
    lens = small * small * (alpha - math.sin(2 * alpha) / 2) + big * big * (beta - math.sin(2 * beta) / 2)
    return lens / (math.pi * small ** 2)


#: Wind directions the visitor can choose: where the wind comes FROM, degrees clockwise from north.
WIND_FROM_DEG = {"west": 270.0, "southwest": 225.0, "northwest": 315.0}


def downwind_unit(wind_from_deg: float) -> tuple[float, float]:
    """The (east, north) unit vector the air moves along, for a wind from that direction."""
    towards = math.radians(wind_from_deg + 180)
    return math.sin(towards), math.cos(towards)


@dataclass
class WindFarm:
    """Turbines placed on a grid of sites at sea, with the wind speed each of them really gets.

    Sites are (east, north) positions in metres; the coast of Ventspils is to the east.
    """

    turbine: Turbine = field(default_factory=Turbine)
    columns: int = 6
    rows: int = 4
    spacing_m: float = 600.0
    max_turbines: int = 8
    decay: float = WAKE_DECAY_OFFSHORE
    placed: list[int] = field(default_factory=list)

    def site_position(self, site: int) -> tuple[float, float]:
        column, row = site % self.columns, site // self.columns
        return column * self.spacing_m, row * self.spacing_m

    @property
    def site_count(self) -> int:
        return self.columns * self.rows

    def toggle(self, site: int) -> bool:
        """Place a turbine on a free site or remove one; False when the farm is already full."""
        if not 0 <= site < self.site_count:
            raise ValueError(f"no site {site}: sites are 0..{self.site_count - 1}")
        if site in self.placed:
            self.placed.remove(site)
            return True
        if len(self.placed) >= self.max_turbines:
            return False
        self.placed.append(site)
        return True

    def clear(self) -> None:
        self.placed.clear()

    def speeds_mps(self, free_speed_mps: float, wind_from_deg: float) -> dict[int, float]:
        """The wind speed at each placed turbine, wakes included (upwind turbines first)."""
        ux, uy = downwind_unit(wind_from_deg)
        radius = self.turbine.rotor_radius_m

        def along(site: int) -> float:
            x, y = self.site_position(site)
            return x * ux + y * uy

        speeds: dict[int, float] = {}
        for site in sorted(self.placed, key=along):
            x, y = self.site_position(site)
            squares = 0.0
            for upwind, upwind_speed in speeds.items():
                ox, oy = self.site_position(upwind)
                dx, dy = x - ox, y - oy
                distance = dx * ux + dy * uy
                if distance <= 1e-6:
                    continue
                offset = abs(-dx * uy + dy * ux)
                share = overlap_share(wake_radius_m(radius, distance, self.decay), radius, offset)
                if share > 0:
                    ct = self.turbine.ct(upwind_speed)
                    squares += (jensen_deficit(ct, radius, distance, self.decay) * share) ** 2
            speeds[site] = free_speed_mps * (1 - math.sqrt(squares))
        return speeds

    def powers_w(self, free_speed_mps: float, wind_from_deg: float) -> dict[int, float]:
        return {site: self.turbine.power_w(speed)
                for site, speed in self.speeds_mps(free_speed_mps, wind_from_deg).items()}

    def total_power_w(self, free_speed_mps: float, wind_from_deg: float) -> float:
        return sum(self.powers_w(free_speed_mps, wind_from_deg).values())

    def efficiency(self, free_speed_mps: float, wind_from_deg: float) -> float:
        """Farm power over that of as many lone turbines (1.0: no wake losses; 1.0 with no power)."""
        alone = self.turbine.power_w(free_speed_mps) * len(self.placed)
        if alone <= 0:
            return 1.0
        return self.total_power_w(free_speed_mps, wind_from_deg) / alone


# -- a day of wind against the town's demand -------------------------------------------------------

#: Hub-height wind of three days off Ventspils, m/s at each hour 0..23 (illustrative, not measured).
DAY_WIND_MPS = {
    "calm": (6, 5.5, 5, 5, 4.5, 4, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7, 6.5, 6, 5.5, 5, 5, 5.5, 6, 6, 6.5, 6),
    "windy": (11, 11.5, 12, 12, 11.5, 11, 10.5, 10, 9.5, 9, 9, 9.5, 10, 10.5, 11, 11.5, 12, 12.5, 12,
              11.5, 11, 10.5, 10.5, 11),
    "storm": (14, 16, 18, 20, 22, 24, 26, 27, 27, 26, 25, 23, 21, 19, 18, 17, 16, 15, 14, 13, 13, 12,
              12, 12),
}

#: Electricity the town uses, MW at each hour 0..23: night low, morning and evening peaks. About
#: 15 MW on average: Latvia uses about 3.9 MWh a person a year, times some 33 000 people in Ventspils.
TOWN_DEMAND_MW = (11, 10.5, 10, 10, 10.5, 12, 14.5, 17, 18, 17.5, 17, 16.5, 16, 16, 16, 16.5, 17.5,
                  19, 19.5, 19, 17.5, 15.5, 13.5, 12)

#: Battery sizes the visitor can choose, MWh; its power is limited to BATTERY_POWER_MW either way.
BATTERY_SIZES_MWH = {"none": 0.0, "small": 20.0, "large": 60.0}
BATTERY_POWER_MW = 12.0
#: One-way efficiency of charging and of discharging (about 90 % for the round trip).
BATTERY_EFFICIENCY = 0.95
STEPS_PER_HOUR = 4


def hourly_value(table: Sequence[float], hour: float) -> float:
    """Linear interpolation in a 24-hour table (hour 24 wraps round to hour 0)."""
    hour %= 24
    low = int(hour)
    fraction = hour - low
    return table[low] * (1 - fraction) + table[(low + 1) % 24] * fraction


@dataclass
class Battery:
    """A store of energy with a size (MWh), a power limit (MW) and losses both ways."""

    capacity_mwh: float
    power_mw: float = BATTERY_POWER_MW
    efficiency: float = BATTERY_EFFICIENCY
    charge_mwh: float = 0.0

    @property
    def state_of_charge(self) -> float:
        return self.charge_mwh / self.capacity_mwh if self.capacity_mwh > 0 else 0.0

    def charge(self, surplus_mw: float, hours: float) -> float:
        """Store what it can of a surplus; returns the energy taken from the grid, MWh."""
        room = self.capacity_mwh - self.charge_mwh
        taken = min(surplus_mw * hours, self.power_mw * hours, room / self.efficiency)
        taken = max(0.0, taken)
        # Clamped: a full charge or an empty store must not be 1e-16 beyond it by rounding.
        self.charge_mwh = min(self.capacity_mwh, self.charge_mwh + taken * self.efficiency)
        return taken

    def discharge(self, missing_mw: float, hours: float) -> float:
        """Give what it can towards a shortfall; returns the energy delivered, MWh."""
        delivered = min(missing_mw * hours, self.power_mw * hours, self.charge_mwh * self.efficiency)
        delivered = max(0.0, delivered)
        self.charge_mwh = max(0.0, self.charge_mwh - delivered / self.efficiency)
        return delivered


@dataclass(frozen=True)
class DayStep:
    """One quarter hour of the day: wind, supply, demand and where the energy went."""

    hour: float
    wind_mps: float
    supply_mw: float
    demand_mw: float
    state_of_charge: float
    shortfall_mwh: float
    spilled_mwh: float


@dataclass(frozen=True)
class DayResult:
    steps: tuple[DayStep, ...]

    @property
    def shortfall_mwh(self) -> float:
        return sum(step.shortfall_mwh for step in self.steps)

    @property
    def spilled_mwh(self) -> float:
        return sum(step.spilled_mwh for step in self.steps)

    @property
    def produced_mwh(self) -> float:
        return sum(step.supply_mw for step in self.steps) / STEPS_PER_HOUR

    @property
    def demand_mwh(self) -> float:
        return sum(step.demand_mw for step in self.steps) / STEPS_PER_HOUR

    @property
    def shortfall_hours(self) -> float:
        return sum(1 for step in self.steps if step.shortfall_mwh > 1e-9) / STEPS_PER_HOUR


def simulate_day(farm: WindFarm, wind_from_deg: float, day: str, battery_mwh: float,
                 start_charge_share: float = 0.5) -> DayResult:
    """24 hours in quarter-hour steps: the farm's power against the town, the battery between."""
    if day not in DAY_WIND_MPS:
        raise ValueError(f"unknown day {day!r}; choose one of {', '.join(DAY_WIND_MPS)}")
    battery = Battery(battery_mwh, charge_mwh=battery_mwh * start_charge_share)
    hours = 1 / STEPS_PER_HOUR
    steps = []
    for index in range(24 * STEPS_PER_HOUR):
        hour = index * hours
        wind = hourly_value(DAY_WIND_MPS[day], hour)
        supply = farm.total_power_w(wind, wind_from_deg) / 1e6
        demand = hourly_value(TOWN_DEMAND_MW, hour)
        shortfall = spilled = 0.0
        if supply >= demand:
            surplus = supply - demand
            spilled = surplus * hours - battery.charge(surplus, hours)
        else:
            missing = demand - supply
            shortfall = missing * hours - battery.discharge(missing, hours)
        steps.append(DayStep(hour, wind, supply, demand, battery.state_of_charge,
                             max(0.0, shortfall), max(0.0, spilled)))
    return DayResult(tuple(steps))


# -- goals ----------------------------------------------------------------------------------------

#: The layout goal: this many turbines, at this share of lone-turbine power, in this test wind.
LAYOUT_GOAL_TURBINES = 5
LAYOUT_GOAL_EFFICIENCY = 0.9
LAYOUT_TEST_WIND_MPS = 9.0


def layout_goal_met(farm: WindFarm, wind_from_deg: float) -> bool:
    return (len(farm.placed) >= LAYOUT_GOAL_TURBINES
            and farm.efficiency(LAYOUT_TEST_WIND_MPS, wind_from_deg) >= LAYOUT_GOAL_EFFICIENCY)


def layout_score(farm: WindFarm, wind_from_deg: float) -> int:
    """The farm's efficiency in the test wind, as a score out of 100."""
    return round(100 * farm.efficiency(LAYOUT_TEST_WIND_MPS, wind_from_deg))


def day_score(result: DayResult, turbines: int, max_turbines: int) -> int:
    """No shortfall is the goal; fewer turbines for it scores higher (each spare one adds 5)."""
    if result.shortfall_mwh > 1e-6:
        return 0
    return min(100, 80 + 5 * (max_turbines - turbines))


def sites_across(farm: WindFarm, rows: Iterable[int], column: int) -> list[int]:
    """Site numbers of one column (same distance from the coast) in the given rows."""
    return [row * farm.columns + column for row in rows]
