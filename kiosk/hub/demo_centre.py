"""A demo centre: ``kiosk demo-data --days N --stations K --hub DSN``.

K demo station databases (one per station, ``<folder>/<station id>.db``) filled with the demo
generator's history a week at a time, and replicated to the hub after each week with the real
replication round, as the stations of a real centre would do it in the background. People
move between stations the way a centre's would: a pupil registered (badge printed) at one
station later joins a group at another, whose station knows the code only because the hub's
registry brought it down. So the hub ends with each record once, the stations with what a
real centre's stations would hold, and the centre's KPIs count such a pupil once.

Every database is marked demo before its first row, so the hub records its station as a demo
station: the publisher never sends its figures to the city, while reading the centre
(``kiosk kpi --source``, the console, the dashboard) shows them, marked demo.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.hub.connection import HubError, connect, redact
from kiosk.hub.replication import StationIdentity, database_id, sync_station
from kiosk.hub.schema import require_current
from kiosk.programmes.catalogue import load_catalogue
from kiosk.stats.demo import (
    Chunk,
    DemoGenerator,
    DemoPlan,
    DemoSummary,
    has_visits,
    insert_chunk,
    prepare_demo_database,
    split_by_station,
)
from kiosk.store import Store

#: The chance that a programme session brings in someone registered at another station.
SHARED_PEOPLE = 0.3

#: Seconds one station's share of a week may take to be written.
WRITE_TIMEOUT_S = 600


@dataclass
class CentreSummary:
    """What a demo centre build made."""

    databases: dict[str, Path] = field(default_factory=dict)
    rows: DemoSummary = field(default_factory=DemoSummary)
    rounds: int = 0
    seconds: float = 0.0

    def describe(self) -> str:
        self.rows.seconds = self.seconds  # written and replicated together: one time for both
        rows = self.rows.describe()
        return f"{len(self.databases)} station databases, {rows}, replicated to the hub in {self.rounds} rounds"


def centre_plan(stations: tuple[str, ...], **plan: object) -> DemoPlan:
    """A DemoPlan for a centre: people move between stations, and a chunk is a week."""
    return DemoPlan(stations=stations, shared_people=SHARED_PEOPLE, weekly_chunks=True, **plan)  # type: ignore[arg-type]


def station_database(folder: Path, station: str) -> Path:
    """Where a demo centre keeps a station's database: named by its station id."""
    return folder / f"{station}.db"


def build_demo_centre(
    plan: DemoPlan,
    folder: Path,
    dsn: str,
    *,
    site: str = "vizium",
    kiosk_version: str = "demo",
    catalogue_file: str = "",
    progress: Callable[[CentreSummary], None] | None = None,
) -> CentreSummary:
    """Fill one demo database per station of ``plan`` under ``folder`` and replicate them to the hub.

    Refuses (FileExistsError) a station database that already has visits; HubError when the hub
    is not set up or holds real stations, HubUnavailable when it cannot be reached (all checked
    before any row is written).
    """
    started = time.perf_counter()
    _check_hub(dsn)
    folder.mkdir(parents=True, exist_ok=True)
    summary = CentreSummary({station: station_database(folder, station) for station in plan.stations})
    for path in summary.databases.values():
        _refuse_filled(path)
    programmes = load_catalogue(catalogue_file or None).programmes
    stores = {station: Store(path, batch_window_s=0, keep_unsaved=False).open()
              for station, path in summary.databases.items()}
    try:
        taken: set[str] = set()
        for store in stores.values():
            _write(store, lambda conn: prepare_demo_database(conn, catalogue_file))
            taken |= {code for (code,) in store.reader().execute(
                "SELECT code FROM participants UNION SELECT code FROM badge_codes")}
        identities = {
            station: StationIdentity(station, site, database_id(store), kiosk_version, store.schema_version, demo=True)
            for station, store in stores.items()
        }
        first_ids = _first_ids(stores.values())
        for chunk in DemoGenerator(plan, programmes, first_ids=first_ids, taken_codes=taken).chunks():
            parts = split_by_station(chunk)
            for station, store in stores.items():
                part = parts.get(station)
                if part is not None:
                    _write(store, _inserter(part))
            summary.rows.add(chunk)
            # Every station sends its week up; then each takes down what the later ones sent, so
            # next week a badge printed anywhere checks in everywhere.
            order = list(stores)
            for station in order + order[:-1]:
                sync_station(stores[station], dsn, identities[station])
                summary.rounds += 1
            if progress:
                progress(summary)
        _beat_once(stores, dsn, site)
    finally:
        for store in stores.values():
            store.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _beat_once(stores: dict[str, Store], dsn: str, site: str) -> None:
    """One heartbeat per demo station, as each would send it now, so the console's floor shows the
    demo centre's stations with their last beat (they turn offline as the beats age, which is true:
    no demo station keeps running)."""
    import datetime as dt

    from kiosk.config import settings_from_mapping
    from kiosk.hub.health import collect_beat, write_beat

    now = dt.datetime.now(dt.UTC)
    hub = connect(dsn, purpose="heartbeat")
    try:
        for station, store in stores.items():
            settings = settings_from_mapping({"station": {"id": station, "site": site}})
            beat, _upto = collect_beat(store, settings, now=now, started_at=now, since_event_id=0)
            write_beat(hub, settings, beat)
    finally:
        hub.close()


def _check_hub(dsn: str) -> None:
    """A demo centre needs a centre database of its own: demo stations and people in a real
    centre's database would mix with its registry (and a demo station named like a real one
    would take its place)."""
    hub = connect(dsn, purpose="demo")
    try:
        require_current(hub, dsn)
        real = [row[0] for row in hub.execute("SELECT station_id FROM stations WHERE NOT demo ORDER BY station_id")]
    finally:
        hub.close()
    if real:
        raise HubError(
            f"the centre database at {redact(dsn)} holds real stations ({', '.join(real[:5])}"
            f"{', ...' if len(real) > 5 else ''}): a demo centre goes into a database of its own"
            " (make demo-centre starts one on this machine)"
        )


def _refuse_filled(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        filled = conn.execute("SELECT name FROM sqlite_master WHERE name = 'visits'").fetchone() and has_visits(conn)
    finally:
        conn.close()
    if filled:
        raise FileExistsError(
            f"{path} already has visits; a demo centre goes into station databases without visits. "
            f"Give another data folder (VIZIUM_DATA_DIR), or remove {path.parent} first."
        )


def _first_ids(stores: object) -> tuple[int, int, int]:
    """Ids above every station's own: the generator numbers the centre's rows in one sequence."""
    highest = [1, 1, 1]
    for store in stores:  # type: ignore[attr-defined]
        reader = store.reader()
        for index, table in enumerate(("visits", "exhibit_runs", "programme_sessions")):
            highest[index] = max(highest[index], reader.execute(
                f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0])
    return highest[0], highest[1], highest[2]


def _inserter(part: Chunk) -> Callable[[sqlite3.Connection], None]:
    return lambda conn: insert_chunk(conn, part)


def _write(store: Store, op: Callable[[sqlite3.Connection], object]) -> None:
    ticket = store.call(op)
    if not ticket.wait(WRITE_TIMEOUT_S) or ticket.error is not None:
        raise HubError(f"could not write demo data into {store.path}: {ticket.error or 'timed out'}")

