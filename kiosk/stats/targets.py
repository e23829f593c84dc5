"""KPI targets from a TOML file staff can edit (built-in: targets.toml beside this module).

``load_targets`` validates the whole file and raises TargetsError naming the file, the KPI and
the key, and saying what would be valid, so a typo never silently drops a target from a report.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.stats.definitions import KPI_KEYS, definition
from kiosk.stats.periods import Period
from kiosk.toml_files import read_toml

BUILT_IN = Path(__file__).with_name("targets.toml")
_KEYS = ("value", "years", "due", "note")


class TargetsError(ValueError):
    """A targets-file problem a person can fix; the message names the file and the key."""


@dataclass(frozen=True)
class Target:
    """What a KPI should reach: ``value`` over ``years`` (None: a level compared as it is)."""

    kpi: str
    value: float
    years: float | None = None
    due: dt.date | None = None
    note: str = ""

    def for_period(self, period: Period) -> float:
        """The target a report for ``period`` is compared with (pro-rated when it has years)."""
        if self.years is None:
            return self.value
        scaled = self.value * calendar_years(period) / self.years
        return round(scaled, definition(self.kpi).decimals)

    @property
    def pro_rated(self) -> bool:
        return self.years is not None


@dataclass(frozen=True)
class Targets:
    """The targets of one file, by KPI key."""

    by_kpi: Mapping[str, Target]
    source: Path

    def get(self, kpi: str) -> Target | None:
        return self.by_kpi.get(kpi)

    def __iter__(self) -> Iterator[Target]:
        return iter(self.by_kpi.values())

    def __len__(self) -> int:
        return len(self.by_kpi)


def calendar_years(period: Period) -> float:
    """How many calendar years a period spans: each day counts 1/365 (1/366 in a leap year),
    so a calendar year is exactly 1 and a month of it its share."""
    total = 0.0
    for year in range(period.first.year, period.last.year + 1):
        first = max(period.first, dt.date(year, 1, 1))
        last = min(period.last, dt.date(year, 12, 31))
        days_in_year = (dt.date(year + 1, 1, 1) - dt.date(year, 1, 1)).days
        total += ((last - first).days + 1) / days_in_year
    return total


def targets_path(configured: str = "") -> Path:
    """The file a ``[stats] targets_file`` setting names (empty: the built-in targets)."""
    return Path(configured).expanduser() if configured else BUILT_IN


def load_targets(path: str | Path | None = None) -> Targets:
    """Read and validate a targets file (the built-in one by default)."""
    source = Path(path).expanduser() if path else BUILT_IN
    data = read_toml(
        source, "KPI targets file", lambda problem: TargetsError(f"{source}: {problem}"),
        if_missing="check [stats] targets_file",
    )
    return parse_targets(data, source)


def parse_targets(data: Mapping[str, Any], source: Path) -> Targets:
    """Validate a parsed targets document."""
    targets: dict[str, Target] = {}
    for kpi, entry in data.items():
        if kpi not in KPI_KEYS:
            close = difflib.get_close_matches(kpi, KPI_KEYS, n=1, cutoff=0.6)
            hint = f"did you mean [{close[0]}]?" if close else f"known KPIs: {', '.join(KPI_KEYS)}"
            raise TargetsError(f"{source}: unknown KPI [{kpi}]; {hint}")
        where = f"{source}: [{kpi}]"
        if not isinstance(entry, Mapping):
            raise TargetsError(f"{where} must be a table with value = ..., found {entry!r}")
        for key in entry:
            if key not in _KEYS:
                close = difflib.get_close_matches(key, _KEYS, n=1, cutoff=0.6)
                hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(_KEYS)}"
                raise TargetsError(f"{where}: unknown key {key!r}; {hint}")
        if "value" not in entry:
            raise TargetsError(f"{where}: key 'value' is missing (the number to reach)")
        value = _positive(entry["value"], f"{where}: key 'value'")
        years = _positive(entry["years"], f"{where}: key 'years'") if "years" in entry else None
        due = entry.get("due")
        if due is not None and not (isinstance(due, dt.date) and not isinstance(due, dt.datetime)):
            raise TargetsError(f"{where}: key 'due' must be a date like 2023-12-31 (no quotes), found {due!r}")
        note = entry.get("note", "")
        if not isinstance(note, str):
            raise TargetsError(f"{where}: key 'note' must be text in quotes, found {note!r}")
        targets[kpi] = Target(kpi, value, years, due, note.strip())
    return Targets(targets, source)


def _positive(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < math.inf:
        raise TargetsError(f"{where} must be a number above 0, found {value!r}")
    return float(value)
