"""KPI cells as FIWARE ``KeyPerformanceIndicator`` entities (key-values and NGSI-LD normalized).

One entity per station, KPI, breakdown cell and local day, with a deterministic id, so a
replay or retry overwrites the same entity with the same absolute total instead of adding to it.
Only aggregates leave the kiosk: the attributes are a fixed allow-list, and breakdown cells
counting fewer than ``min_cell`` people are never turned into entities.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.config import Settings
from kiosk.stats.daily import DailyCell

ENTITY_TYPE = "KeyPerformanceIndicator"
ID_PREFIX = f"urn:ngsi-ld:{ENTITY_TYPE}:"

NGSI_LD_CORE_CONTEXT = "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld"
KPI_CONTEXT = (
    "https://raw.githubusercontent.com/smart-data-models/dataModel.KeyPerformanceIndicator/master/context.jsonld"
)
#: Inline @context for self-contained files (the data model's terms, then the core context).
CONTEXT: tuple[str, ...] = (KPI_CONTEXT, NGSI_LD_CORE_CONTEXT)

ORGANIZATION = "VIZIUM Science and Innovation Centre, Ventspils"
DATA_PROVIDER = "VIZIUM Kiosk"

#: Shown instead of a number when a cell that was sent before is now suppressed.
SUPPRESSED = "suppressed"

#: Every attribute an entity may carry. Nothing else ever leaves the kiosk.
ATTRIBUTES = frozenset(
    {
        "id",
        "type",
        "name",
        "description",
        "category",
        "organization",
        "process",
        "kpiValue",
        "calculationPeriod",
        "calculationFrequency",
        "calculationMethod",
        "dataProvider",
        "dateModified",
        "site",
        "station",
        "breakdown",
        "unit",
    }
)

#: Attributes whose values are dates and times (typed as DateTime in the normalized form).
_DATE_TIMES = frozenset({"dateModified"})

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class StationIdentity:
    """Who is reporting: the site (science centre) and the station within it."""

    site: str
    station: str
    organization: str = ORGANIZATION

    @classmethod
    def from_settings(cls, settings: Settings) -> StationIdentity:
        return cls(site=settings.station.site, station=settings.station.id)


def id_part(text: str, what: str = "id part") -> str:
    """A piece of an entity id: letters, digits, '.', '_' and '-' only ('+' becomes 'plus')."""
    cleaned = _UNSAFE.sub("-", text.strip().replace("+", "plus")).strip("-")
    if not cleaned:
        raise ValueError(f"{what} {text!r} has no letters or digits to build a KPI entity id from")
    return cleaned


def entity_id(site: str, station: str, kpi: str, breakdown: str, day: dt.date) -> str:
    """``urn:ngsi-ld:KeyPerformanceIndicator:<site>:<station>:<kpi>:<breakdown>:<yyyy-mm-dd>``."""
    parts = (
        id_part(site, "site"),
        id_part(station, "station"),
        id_part(kpi, "KPI"),
        id_part(breakdown, "breakdown"),
        day.isoformat(),
    )
    return ID_PREFIX + ":".join(parts)


@dataclass(frozen=True)
class EntityKey:
    """The parts of an entity id."""

    site: str
    station: str
    kpi: str
    breakdown: str
    day: dt.date


def parse_entity_id(text: str) -> EntityKey:
    """Split an id made by ``entity_id`` back into its parts; ValueError if it is not one."""
    if not text.startswith(ID_PREFIX):
        raise ValueError(f"{text!r} is not a {ENTITY_TYPE} id (it must start with {ID_PREFIX!r})")
    parts = text[len(ID_PREFIX) :].split(":")
    if len(parts) != 5:
        raise ValueError(f"{text!r} must have site, station, KPI, breakdown and day after the prefix")
    try:
        day = dt.date.fromisoformat(parts[4])
    except ValueError:
        raise ValueError(f"{text!r} does not end with a day (YYYY-MM-DD)") from None
    return EntityKey(parts[0], parts[1], parts[2], parts[3], day)


def withheld(cell: DailyCell, min_cell: int) -> bool:
    """Whether a cell may not leave the station: suppressed, or counting 1..min_cell-1 people.

    The statistics engine suppresses cells itself (small and complementary cells); the size
    check is the last guard before anything leaves the station, so a cell that slipped
    through can never single out a child. Totals and zero cells reveal no one and are shared.
    """
    if cell.suppressed:
        return True
    return cell.people and cell.breakdown != "total" and 0 < cell.value < min_cell


def suppress_small_cells(cells: Iterable[DailyCell], min_cell: int) -> Iterator[DailyCell]:
    """The cells that may be shared."""
    return (cell for cell in cells if not withheld(cell, min_cell))


def key_values(cell: DailyCell, station: StationIdentity, date_modified: str) -> dict[str, Any]:
    """The key-values form of one cell (validates against the FIWARE schema)."""
    value: int | float = cell.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    entity: dict[str, Any] = {
        "id": entity_id(station.site, station.station, cell.kpi, cell.breakdown, cell.day),
        "type": ENTITY_TYPE,
        "name": cell.kpi,
        "category": list(cell.category) or ["quantitative"],
        "organization": station.organization,
        "process": cell.process or cell.kpi,
        "kpiValue": value,
        "calculationPeriod": {"from": cell.day.isoformat(), "to": cell.day.isoformat()},
        "calculationFrequency": "daily",
        "calculationMethod": "automatic",
        "dataProvider": DATA_PROVIDER,
        "dateModified": date_modified,
        "site": station.site,
        "station": station.station,
        "breakdown": cell.breakdown,
    }
    if cell.description:
        entity["description"] = cell.description
    if cell.unit:
        entity["unit"] = cell.unit
    return entity


def suppressed_copy(entity: Mapping[str, Any], date_modified: str, value: Any = SUPPRESSED) -> dict[str, Any]:
    """An entity sent before that is no longer produced: withdrawn (suppressed) or now zero."""
    copy = dict(entity)
    copy["kpiValue"] = value
    copy["dateModified"] = date_modified
    return copy


def payload_hash(entity: Mapping[str, Any]) -> str:
    """sha256 of the entity without ``dateModified``: unchanged numbers give the same hash."""
    content = {k: v for k, v in entity.items() if k != "dateModified"}
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalized(entity: Mapping[str, Any], *, context: Iterable[str] | None = None) -> dict[str, Any]:
    """The NGSI-LD normalized form: each attribute a ``{"type": "Property", "value": ...}``.

    With ``context`` the entity carries an inline ``@context`` (for files and
    ``application/ld+json`` requests); without it, the context goes in a Link header.
    """
    out: dict[str, Any] = {"id": entity["id"], "type": entity["type"]}
    for name, value in entity.items():
        if name in ("id", "type"):
            continue
        if name in _DATE_TIMES:
            out[name] = {"type": "Property", "value": {"@type": "DateTime", "@value": value}}
        else:
            out[name] = {"type": "Property", "value": value}
    if context is not None:
        out["@context"] = list(context)
    return out


def check_allowed(entity: Mapping[str, Any]) -> None:
    """Raise ValueError if an entity carries an attribute outside the allow-list."""
    extra = set(entity) - ATTRIBUTES - {"@context"}
    if extra:
        raise ValueError(
            f"entity {entity.get('id')!r} carries attributes that may not leave the kiosk: {sorted(extra)}"
        )


def build_entities(
    cells: Iterable[DailyCell], station: StationIdentity, min_cell: int, date_modified: str
) -> list[dict[str, Any]]:
    """Key-values entities for the cells that may be shared, one per id."""
    entities: dict[str, dict[str, Any]] = {}
    for cell in suppress_small_cells(cells, min_cell):
        entity = key_values(cell, station, date_modified)
        check_allowed(entity)
        entities[entity["id"]] = entity
    return list(entities.values())


def withheld_ids(cells: Iterable[DailyCell], station: StationIdentity, min_cell: int) -> set[str]:
    """Ids of the cells that exist but may not be shared (to withdraw them if sent before)."""
    return {
        entity_id(station.site, station.station, cell.kpi, cell.breakdown, cell.day)
        for cell in cells
        if withheld(cell, min_cell)
    }
