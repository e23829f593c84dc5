"""The centre as one station database: the hub's records copied into an in-memory SQLite store.

The statistics engine (kiosk/stats) counts a station's KPIs from its SQLite tables. The centre's
KPIs are the same definitions over the union of every station's records, with each person
counted once: so rather than writing the KPIs a second time in SQL, the hub's rows are copied
into a fresh in-memory database with the station schema, and the same engine runs on it.

Ids are renumbered (each station's ids start at 1), the programme catalogue is loaded as a
station loads it, and graduations are worked out centre-wide: a pupil who came to sessions of a
programme at two stations graduates when the sessions add up, on the day of the one that
completes the rule. Visits and exhibit runs are copied only for the period asked (they are the
bulk); sessions, attendance and participants always in full (graduation needs the history).

``read_centre`` is what a reader of the centre uses (``kiosk kpi --source``, ``kiosk export
--source``, the console, the dashboard): the report over the snapshot. Demo stations never count
beside real ones; a centre of demo stations only (``kiosk demo-data --hub``, ``make
demo-centre``) is read as it is, and the reading says it is demo.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from psycopg import IsolationLevel

from kiosk.hub.connection import connect
from kiosk.hub.schema import hub_version, require_current
from kiosk.programmes.catalogue import Catalogue, upsert_programmes
from kiosk.stats.periods import Period
from kiosk.store.migrations import migrate
from kiosk.timestamps import iso_utc


def _iso(moment: dt.datetime | None) -> str | None:
    return None if moment is None else iso_utc(moment)


def centre_snapshot(
    dsn: str, catalogue: Catalogue, period: Period | None = None, *, include_demo: bool = False
) -> sqlite3.Connection:
    """An in-memory station database holding the whole centre (the period's visits and runs)."""
    snapshot = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    snapshot.execute("PRAGMA foreign_keys = OFF")  # rows arrive table by table, already consistent
    migrate(snapshot)
    snapshot.execute("BEGIN")
    upsert_programmes(snapshot, list(catalogue))
    hub = connect(dsn, purpose="report")
    try:
        # One view of the hub for every table: a round committing meanwhile cannot leave runs
        # without their visit or check-ins without their session.
        hub.isolation_level = IsolationLevel.REPEATABLE_READ
        require_current(hub, dsn)
        stations = "(SELECT station_id FROM stations" + ("" if include_demo else " WHERE NOT demo") + ")"
        _copy_people(hub, snapshot, stations, catalogue)
        if period is not None:
            _copy_activity(hub, snapshot, stations, period)
    finally:
        hub.close()
    snapshot.execute("COMMIT")
    return snapshot


def is_hub(dsn: str) -> bool:
    """Whether the database at ``dsn`` is a centre database (set up by `kiosk hub init`), rather
    than a city KPI database that only holds the stations' daily cells."""
    conn = connect(dsn, purpose="report")
    try:
        return hub_version(conn) > 0
    finally:
        conn.close()


@dataclass
class CentreReading:
    """A report over the centre: the report, the snapshot it was counted from (the exports'
    detail tables read it), and whether the figures are a demo centre's."""

    report: Any  # kiosk.stats.engine.KpiReport
    snapshot: sqlite3.Connection
    demo: bool
    stations: tuple[str, ...]  # the stations the hub knows and this reading counts


def read_centre(dsn: str, settings: Any, period: Period, station: str | None = None, *,
                now: dt.datetime | None = None) -> CentreReading:
    """The KPI report over the whole centre (each person once across stations and days), or one
    of its stations with ``station``; the [stats] and [station] settings as a station uses them.
    ``now`` (default: the real time) is when the report is made: days after it have no data."""
    from kiosk.programmes.catalogue import load_catalogue
    from kiosk.stats.engine import StatsEngine

    demo, stations = counted_stations(dsn)
    catalogue = load_catalogue(getattr(settings.programmes, "catalogue", "") or None)
    snapshot = centre_snapshot(dsn, catalogue, period, include_demo=demo)
    report = StatsEngine.for_settings(snapshot, settings).report(period, station, now=now)
    return CentreReading(dataclasses.replace(report, demo=demo), snapshot, demo, stations)


def counted_stations(dsn: str) -> tuple[bool, tuple[str, ...]]:
    """(demo, stations): the real stations, or the demo ones when the hub knows no real station.
    A reader shows a demo centre marked demo; the publisher never sends it (kiosk hub publish)."""
    hub = connect(dsn, purpose="report")
    try:
        require_current(hub, dsn)
        rows = hub.execute("SELECT station_id, demo FROM stations ORDER BY station_id").fetchall()
    finally:
        hub.close()
    real = tuple(station for station, demo in rows if not demo)
    if real or not rows:
        return False, real
    return True, tuple(station for station, _demo in rows)


def _copy_people(hub: Any, snapshot: sqlite3.Connection, stations: str, catalogue: Catalogue) -> None:
    snapshot.executemany(
        "INSERT INTO participants(code, age_band, gender, role, created_at, last_seen_at, purged)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            (code, age, gender, role, _iso(created), _iso(created), int(purged))
            for code, age, gender, role, created, purged in hub.execute(
                "SELECT code, age_band, gender, role, created_at, purged FROM participants"
            )
        ),
    )
    session_ids: dict[tuple[str, str, int], int] = {}
    session_rows = []
    for index, row in enumerate(
        hub.execute(
            "SELECT station_id, database_id, id, programme_code, started_at, planned_end_at, ended_at, local_day,"
            f" end_reason FROM programme_sessions WHERE station_id IN {stations} ORDER BY started_at"
        ),
        start=1,
    ):
        station, database, local_id, code, started, planned, ended, day, reason = row
        session_ids[(station, database, local_id)] = index
        session_rows.append((index, code, station, _iso(started), _iso(planned), _iso(ended), day.isoformat(), reason))
    snapshot.executemany(
        "INSERT INTO programme_sessions(id, programme_code, station_id, started_at, planned_end_at, ended_at,"
        " local_day, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        session_rows,
    )
    attendance = []
    for station, database, session, code, checked_in, method in hub.execute(
        "SELECT station_id, database_id, session_id, participant_code, checked_in_at, method FROM attendance"
        f" WHERE station_id IN {stations}"
    ):
        new_id = session_ids.get((station, database, session))
        if new_id is not None:
            attendance.append((new_id, code, _iso(checked_in), method))
    snapshot.executemany(
        "INSERT INTO attendance(session_id, participant_code, checked_in_at, method) VALUES (?, ?, ?, ?)",
        attendance,
    )
    snapshot.executemany(
        "INSERT INTO graduations(participant_code, programme_code, graduated_on) VALUES (?, ?, ?)",
        centre_graduations(snapshot, catalogue),
    )


def centre_graduations(conn: sqlite3.Connection, catalogue: Catalogue) -> list[tuple[str, str, str]]:
    """(code, programme, local day) for every participant who met a programme's rule, centre-wide:
    graduated on the day of the session that made the count (distinct sessions, any station)."""
    needed = {p.code: p.sessions_to_graduate for p in catalogue}
    days: dict[tuple[str, str], list[str]] = defaultdict(list)
    for code, programme, day in conn.execute(
        "SELECT a.participant_code, s.programme_code, s.local_day FROM attendance a"
        " JOIN programme_sessions s ON s.id = a.session_id ORDER BY s.started_at, s.id"
    ):
        days[(code, programme)].append(day)
    return [
        (code, programme, attended[needed[programme] - 1])
        for (code, programme), attended in days.items()
        if programme in needed and len(attended) >= needed[programme]
    ]


#: A hub timestamp as the station writes it ("2026-09-07T07:00:00.000Z"), made by PostgreSQL:
#: for a year of a busy centre that is most of the copying's time when done in Python.
def _stamp(column: str) -> str:
    return f"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"


#: Rows taken from the hub per fetch (memory stays flat for a year of a busy centre).
FETCH_ROWS = 20_000


def _copy_activity(hub: Any, snapshot: sqlite3.Connection, stations: str, period: Period) -> None:
    """The period's visits and exhibit runs, numbered afresh; each run joined to its visit's new
    number here, not in PostgreSQL (a join over freshly loaded, not yet analysed tables can get a
    plan that takes minutes)."""
    # Visits from the day before too: a run just after midnight may belong to a visit begun the
    # evening before. The engine counts visits by their own day, so the extra ones change nothing.
    visit_ids: dict[tuple[str, str, int], int] = {}

    def number_visits(batch: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        rows = []
        for station, database, local_id, *rest in batch:
            visit_ids[(station, database, local_id)] = new_id = len(visit_ids) + 1
            rows.append((new_id, station, *rest))
        return rows

    _copy(
        hub, snapshot,
        f"SELECT station_id, database_id, id, {_stamp('started_at')}, {_stamp('ended_at')}, local_day::text,"
        f" language, end_reason FROM visits WHERE local_day BETWEEN %s AND %s AND station_id IN {stations}",
        (period.first - dt.timedelta(days=1), period.last),
        "INSERT INTO visits(id, station_id, started_at, ended_at, local_day, language, end_reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        number_visits,
    )
    run_ids = iter(range(1, 1 << 62))

    def number_runs(batch: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        rows = []
        for station, database, visit, *rest in batch:
            visit_id = visit_ids.get((station, database, visit))
            if visit_id is not None:
                rows.append((next(run_ids), visit_id, *rest))
        return rows

    _copy(
        hub, snapshot,
        f"SELECT station_id, database_id, visit_id, exhibit_id, {_stamp('started_at')}, {_stamp('ended_at')},"
        " local_day::text, active_ms, outcome, score, interactions FROM exhibit_runs"
        f" WHERE local_day BETWEEN %s AND %s AND station_id IN {stations}",
        (period.first, period.last),
        "INSERT INTO exhibit_runs(id, visit_id, exhibit_id, started_at, ended_at, local_day, active_ms, outcome,"
        " score, interactions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        number_runs,
    )


def _copy(
    hub: Any, snapshot: sqlite3.Connection, select: str, params: tuple[Any, ...], insert: str,
    renumber: Any,
) -> None:
    with hub.cursor(name="centre_snapshot") as cursor:  # server-side: a batch at a time, memory stays flat
        cursor.execute(select, params)
        while batch := cursor.fetchmany(FETCH_ROWS):
            snapshot.executemany(insert, renumber(batch))
