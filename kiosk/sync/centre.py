"""What the city receives from a centre: period entities for the KPIs that count people.

Distinct people are not additive across days or stations, so these KPIs go once per centre and
period, each person once: ``urn:ngsi-ld:KeyPerformanceIndicator:<site>:<kpi>:<breakdown>:<period>``
with period ``YYYY`` (the calendar year to date) or ``YYYY-MM`` (the current month), updated in
place as the period grows. Additive counts (``definitions.ADDITIVE_SOURCES``: visits, exhibit
runs, completions, active minutes) stay daily per station, sent by each station's own sync.
Small cells are suppressed on the centre figures, as in the exports.

The centre's report comes from whoever can see every station: the hub's publisher
(``kiosk.hub.publish``, over the hub's snapshot) or, with no hub, the single kiosk itself over its
own database. Both use this module, so the same data gives the same entities. It lives in the
sync layer because it only turns a report into outbox rows: the hub builds on the sync, never
the other way round (issue 14).

Entities go through the outbox and the existing sinks, so the retry and parking rules are the
station sync's. A payload depends only on the data and the day, apart from ``dateModified``
(left out of the payload hash), so publishing again queues nothing new.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from kiosk.stats import definitions as d
from kiosk.stats.engine import KpiReport
from kiosk.stats.periods import Period
from kiosk.sync.entities import (
    DATA_PROVIDER,
    ENTITY_TYPE,
    ID_PREFIX,
    ORGANIZATION,
    SUPPRESSED,
    check_allowed,
    id_part,
    payload_hash,
)
from kiosk.sync.outbox import OutboxWriteFailed, _outbox_row

#: The outbox's station column for the centre's own entities.
CENTRE = "centre"

_CATEGORIES = {d.PROGRAMMES: ["quantitative", "input"], d.AFTER_SCHOOL_DAYS: ["quantitative", "input"]}


@dataclass(frozen=True)
class PeriodCell:
    """One KPI cell of the centre for a period: an absolute total for the period so far."""

    kpi: str
    breakdown: str  # "total" or the cell's name, e.g. "gender-female.age-9-12"
    period: str  # "2026" or "2026-11"
    first: dt.date
    last: dt.date
    value: float
    unit: str
    people: bool
    process: str
    description: str
    category: tuple[str, ...]
    suppressed: bool = False


def centre_entity_id(site: str, kpi: str, breakdown: str, period: str) -> str:
    """``urn:ngsi-ld:KeyPerformanceIndicator:<site>:<kpi>:<breakdown>:<period>``."""
    return ID_PREFIX + ":".join((id_part(site, "site"), id_part(kpi, "KPI"), id_part(breakdown, "breakdown"), period))


def periods_to_date(today: dt.date) -> list[tuple[str, Period]]:
    """The calendar year to date and the current month to date."""
    return [
        (f"{today.year:04d}", Period.custom(dt.date(today.year, 1, 1), today)),
        (f"{today.year:04d}-{today.month:02d}", Period.custom(today.replace(day=1), today)),
    ]


def period_cells(report: KpiReport, label: str) -> list[PeriodCell]:
    """The centre's cells of a report: every KPI that is not a plain sum, total and breakdowns."""
    cells = []
    for result in report.kpis:
        kpi = result.definition
        if kpi.source in d.ADDITIVE_SOURCES:
            continue
        period_cell = functools.partial(
            PeriodCell,
            kpi=kpi.key, period=label, first=report.period.first, last=report.period.last, unit=kpi.unit,
            people=kpi.people, process=kpi.process, description=kpi.how["en"],
            category=tuple(_CATEGORIES.get(kpi.source, ["quantitative", "output"])),
        )
        cells.append(period_cell(breakdown="total", value=result.value, suppressed=result.withheld))
        for cell in result.cells():
            cells.append(period_cell(
                breakdown=cell.name, value=0 if cell.suppressed else cell.value, suppressed=cell.suppressed
            ))
    return cells


def withheld(cell: PeriodCell, min_cell: int) -> bool:
    """Whether a cell may not leave the centre: suppressed, or counting 1..min_cell-1 people."""
    if cell.suppressed:
        return True
    return cell.people and cell.breakdown != "total" and 0 < cell.value < min_cell


def key_values(cell: PeriodCell, site: str, date_modified: str) -> dict[str, Any]:
    value: int | float = cell.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    entity: dict[str, Any] = {
        "id": centre_entity_id(site, cell.kpi, cell.breakdown, cell.period),
        "type": ENTITY_TYPE,
        "name": cell.kpi,
        "description": cell.description,
        "category": list(cell.category),
        "organization": ORGANIZATION,
        "process": cell.process or cell.kpi,
        "kpiValue": value,
        "calculationPeriod": {"from": cell.first.isoformat(), "to": cell.last.isoformat()},
        "calculationFrequency": "daily",
        "calculationMethod": "automatic",
        "dataProvider": DATA_PROVIDER,
        "dateModified": date_modified,
        "site": site,
        "breakdown": cell.breakdown,
        "unit": cell.unit,
    }
    check_allowed(entity)
    return entity


@dataclass(frozen=True)
class CentreEntities:
    """What a publish computes: the entities to share, and the ids it may not share."""

    entities: list[dict[str, Any]]
    withheld_ids: set[str]
    periods: list[str]


def centre_entities(
    report_for: Callable[[Period], KpiReport], site: str, today: dt.date, min_cell: int, date_modified: str
) -> CentreEntities:
    """Entities of the year and month to date; ``report_for(period)`` gives the centre's report."""
    entities, withheld_ids, labels = [], set(), []
    for label, period in periods_to_date(today):
        labels.append(label)
        for cell in period_cells(report_for(period), label):
            if withheld(cell, min_cell):
                withheld_ids.add(centre_entity_id(site, cell.kpi, cell.breakdown, cell.period))
            else:
                entities.append(key_values(cell, site, date_modified))
    return CentreEntities(entities, withheld_ids, labels)


def queue_centre_entities(store: Any, computed: CentreEntities) -> tuple[int, int]:
    """Put changed entities in the outbox, and withdraw ones sent before that may not be shared
    now (suppressed) or are no longer produced (zero). Returns (queued, withdrawn)."""
    produced = {entity["id"] for entity in computed.entities}

    def op(conn: sqlite3.Connection) -> tuple[int, int]:
        existing = {
            entity_id: (old_hash, payload)
            for entity_id, old_hash, payload in conn.execute(
                "SELECT entity_id, payload_hash, payload FROM kpi_outbox WHERE station_id = ?", (CENTRE,)
            )
        }
        rows = []
        for entity in computed.entities:
            new_hash = payload_hash(entity)
            old = existing.get(entity["id"])
            if old is None or old[0] != new_hash:
                rows.append(_outbox_row({**entity, "station": CENTRE}, new_hash, entity["dateModified"]))
        withdrawn = 0
        for entity_id, (_old_hash, payload) in existing.items():
            if entity_id in produced or not any(entity_id.endswith(":" + label) for label in computed.periods):
                continue
            old_entity = json.loads(payload)
            value = SUPPRESSED if entity_id in computed.withheld_ids else 0
            if old_entity.get("kpiValue") == value:
                continue
            replacement = {**old_entity, "kpiValue": value}
            replacement.pop("station", None)
            rows.append(_outbox_row({**replacement, "station": CENTRE}, payload_hash(replacement),
                                    replacement["dateModified"]))
            withdrawn += 1
        conn.executemany(
            "INSERT INTO kpi_outbox(entity_id, station_id, kpi, breakdown, period_from, period_to, payload,"
            " payload_hash, revision, computed_at, attempts, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 0, NULL)"
            " ON CONFLICT(entity_id) DO UPDATE SET payload = excluded.payload, period_to = excluded.period_to,"
            " payload_hash = excluded.payload_hash, revision = kpi_outbox.revision + 1,"
            " computed_at = excluded.computed_at, attempts = 0, last_error = NULL",
            rows,
        )
        return len(rows) - withdrawn, withdrawn

    ticket = store.call(op)
    if not ticket.wait(60) or ticket.error is not None:
        raise OutboxWriteFailed(f"the outbox could not be saved: {ticket.error or store.health.problem}")
    return ticket.result  # type: ignore[no-any-return]


def payloads(entities: Iterable[dict[str, Any]]) -> list[str]:
    """Entities as canonical JSON (for comparing what two publishers queued)."""
    return sorted(json.dumps(e, sort_keys=True, ensure_ascii=False) for e in entities)
