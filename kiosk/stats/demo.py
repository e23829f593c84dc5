"""Synthetic station history for demos and benchmarks: `kiosk demo-data` and `kiosk run --demo`.

What it imitates (choices documented here, so a chart that looks odd can be explained):

* Opening hours 10:00-18:00 on the station's clock (Europe/Riga); closed on Mondays, on
  24-25 and 31 December, 1 January and at Midsummer (23-24 June). Other public holidays are
  as busy as a Saturday.
* Visits: about ``visits_per_day`` on an ordinary Tuesday at an average station; Saturdays
  about twice that and Sundays a little less; weekdays of school holidays 1.5 times busier;
  summer busier still with more English-speaking tourists; a little more in the dark months;
  8 % growth a year. Each station has its own popularity. Most visitors try 1-4 exhibits; the
  popular exhibits (the rocket launch, motion painting, AR cards) get more runs, the harder ones
  (circuits, radio telescope) fewer completions. Every visit ends with the idle reset.
* School groups: on school days some mornings bring a class, a burst of visits in an hour.
* Programmes: in the school year (September to May, not in school holidays) each station holds
  two after-school sessions on each after-school day ([programmes] after_school_days, Tuesday
  and Thursday by default), one cohort per programme and half-year; teachers' workshops on the
  first Wednesday of the month; adults' digital-skills course on Saturdays every other week, and
  a family "safe online" session on the last Sunday of the month. While a session runs the
  station is locked to it: its visits carry the session id and use the programme's exhibits.
* Participants: pseudonymous codes from the real code generator (kiosk.programmes.codes), with
  plausible age bands, genders (robotics and coding draw more boys, biology more girls) and
  roles; attendance 65-98 % per person with some drop-outs; graduation when a participant has
  attended the programme's ``sessions_to_graduate`` sessions, as the programme service does.
* A centre (``kiosk demo-data --hub``, kiosk/hub/demo_centre.py): now and then a session brings
  in someone registered at another station in an earlier week (a teachers' workshop most
  often), who stays in that group; each station's database holds only its own rows, and such a
  person reaches it through the hub's registry.

Rows are made by kiosk/stats/demo_generator.py and written here in chunks (a month at a time), so
memory stays flat for years of data: through the store's writer (``fill_store``) or straight
into a connection (``write_demo``). Either marks the database as a demo database first
(kiosk.journal.mark_demo_database): the sync never sends from it. `kiosk run --demo` keeps its
database in the data folder's demo/ sub-folder, apart from the station's own (kiosk.ui.app).
"""
from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time
from collections.abc import Callable
from zoneinfo import ZoneInfo

from kiosk.journal import mark_demo_database
from kiosk.programmes.catalogue import Programme, load_catalogue, upsert_programmes
from kiosk.stats.demo_generator import (
    EXHIBITS,
    Chunk,
    DemoGenerator,
    DemoPlan,
    DemoSummary,
    ExhibitProfile,
    station_ids,
)
from kiosk.store import spill_as

__all__ = [
    "EXHIBITS",
    "Chunk",
    "DemoGenerator",
    "DemoPlan",
    "DemoSummary",
    "DemoWriteFailed",
    "ExhibitProfile",
    "ensure_demo_history",
    "fill_store",
    "has_visits",
    "insert_chunk",
    "prepare_demo_database",
    "split_by_station",
    "station_ids",
    "write_demo",
]


# -- writing ---------------------------------------------------------------------------------

def insert_chunk(conn: sqlite3.Connection, chunk: Chunk) -> None:
    """Insert a chunk's rows (inside the caller's transaction), parents before children."""
    conn.executemany(
        "INSERT INTO participants(code, age_band, gender, role, group_label, created_at, last_seen_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)", chunk.participants)
    conn.executemany(
        "INSERT INTO programme_sessions(id, programme_code, station_id, started_at, planned_end_at, ended_at,"
        " local_day, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", chunk.sessions)
    conn.executemany(
        "INSERT INTO visits(id, station_id, started_at, ended_at, local_day, language, end_reason,"
        " programme_session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", chunk.visits)
    conn.executemany(
        "INSERT INTO exhibit_runs(id, visit_id, exhibit_id, started_at, ended_at, local_day, active_ms, outcome,"
        " score, interactions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", chunk.runs)
    conn.executemany(
        "INSERT INTO attendance(session_id, participant_code, checked_in_at, method) VALUES (?, ?, ?, ?)",
        chunk.attendance)
    conn.executemany(
        "INSERT INTO graduations(participant_code, programme_code, graduated_on) VALUES (?, ?, ?)",
        chunk.graduations)
    conn.executemany("UPDATE participants SET last_seen_at = ? WHERE code = ?",
                     [(at, code) for code, at in chunk.last_seen.items()])


def split_by_station(chunk: Chunk) -> dict[str, Chunk]:
    """A centre's chunk as each station's database holds it: its own sessions, visits, runs and
    check-ins, the participants registered there, and the graduations of its sessions.

    A person registered at another station is not in this station's part: the station knows the
    code from the hub's registry, so that station's part must reach the hub (and come down here)
    before this part is written.
    """
    parts: dict[str, Chunk] = {}

    def part(station: str) -> Chunk:
        return parts.setdefault(station, Chunk())

    session_station: dict[int, tuple[str, str, str]] = {}  # id -> (station, programme, local day)
    for row in chunk.sessions:
        session_station[row[0]] = (row[2], row[1], row[6])
        part(row[2]).sessions.append(row)
    visit_station: dict[int, str] = {}
    for row in chunk.visits:
        visit_station[row[0]] = row[1]
        part(row[1]).visits.append(row)
    for row in chunk.runs:
        part(visit_station[row[1]]).runs.append(row)
    graduated_where: dict[tuple[str, str, str], str] = {}
    for row in chunk.attendance:
        station, programme, day = session_station[row[0]]
        target = part(station)
        target.attendance.append(row)
        target.last_seen[row[1]] = row[2]
        graduated_where.setdefault((row[1], programme, day), station)
    for row in chunk.participants:
        station = chunk.home[row[0]]
        part(station).participants.append(row)
        part(station).home[row[0]] = station
    for row in chunk.graduations:
        part(graduated_where[(row[0], row[1], row[2])]).graduations.append(row)
    return parts


def prepare_demo_database(conn: sqlite3.Connection, catalogue_file: str = "") -> None:
    """Mark a database demo (before any demo row: no sink may ever send from it) and load the
    programme catalogue, inside the caller's transaction."""
    mark_demo_database(conn)
    upsert_programmes(conn, _programmes(catalogue_file))


def _start_state(conn: sqlite3.Connection) -> tuple[tuple[int, int, int], set[str]]:
    ids = tuple(
        int(conn.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0])
        for table in ("visits", "exhibit_runs", "programme_sessions")
    )
    taken = {row[0] for row in conn.execute("SELECT code FROM participants UNION SELECT code FROM badge_codes")}
    return (ids[0], ids[1], ids[2]), taken


def _programmes(catalogue_file: str = "") -> tuple[Programme, ...]:
    return load_catalogue(catalogue_file or None).programmes


def write_demo(conn: sqlite3.Connection, plan: DemoPlan, *, catalogue_file: str = "",
               progress: Callable[[DemoSummary], None] | None = None) -> DemoSummary:
    """Write a plan's rows on a migrated connection (autocommit), one transaction per chunk."""
    started = time.perf_counter()
    programmes = _programmes(catalogue_file)
    first_ids, taken = _start_state(conn)
    summary = DemoSummary()
    conn.execute("BEGIN IMMEDIATE")
    mark_demo_database(conn)  # before any demo row: no sink may ever send from this database
    upsert_programmes(conn, programmes)
    conn.execute("COMMIT")
    for chunk in DemoGenerator(plan, programmes, first_ids=first_ids, taken_codes=taken).chunks():
        conn.execute("BEGIN IMMEDIATE")
        try:
            insert_chunk(conn, chunk)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite ends the transaction itself on a full disk
                conn.execute("ROLLBACK")
            raise
        summary.add(chunk)
        if progress:
            progress(summary)
    summary.seconds = time.perf_counter() - started
    return summary


class DemoWriteFailed(RuntimeError):
    """The database did not take the demo data (a full disk, a read-only folder); none of it went in."""


def fill_store(store, plan: DemoPlan, *, catalogue_file: str = "",  # type: ignore[no-untyped-def]
               progress: Callable[[DemoSummary], None] | None = None) -> DemoSummary:
    """Write a plan's rows through the store's single writer in one transaction: all of it, or
    (the disk fills up, the folder turns read-only) none, so the database stays as it was."""
    started = time.perf_counter()
    programmes = _programmes(catalogue_file)
    first_ids, taken = _start_state(store.reader())
    given_up = threading.Event()

    def write_all(conn: sqlite3.Connection) -> DemoSummary | None:
        if given_up.is_set():  # the caller has failed and said so: the writer's retry writes nothing
            return None
        written = DemoSummary()
        mark_demo_database(conn)  # the demo flag goes first: no sink may ever send from this database
        upsert_programmes(conn, programmes)
        for chunk in DemoGenerator(plan, programmes, first_ids=first_ids, taken_codes=set(taken)).chunks():
            insert_chunk(conn, chunk)
            written.add(chunk)
            if progress:
                progress(written)
        return written

    ticket = store.call(spill_as(write_all))  # all or nothing: never half of it from a spill file
    while not ticket.wait(0.25):
        if ticket.done:
            raise DemoWriteFailed(f"could not write demo data: {ticket.error}")
        if not store.health.ok:  # rolled back; the store would try again each second
            given_up.set()
            raise DemoWriteFailed(store.health.problem)
    summary: DemoSummary = ticket.result
    summary.seconds = time.perf_counter() - started
    return summary


def has_visits(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT EXISTS (SELECT 1 FROM visits)").fetchone()[0] == 1


def ensure_demo_history(store, settings, days: int = 120) -> DemoSummary | None:  # type: ignore[no-untyped-def]
    """For `kiosk run --demo`: ~``days`` days of history for this station if there are no visits yet.

    Ends yesterday (today belongs to the live kiosk); returns None when the database has visits.
    """
    if has_visits(store.reader()):
        return None
    today = dt.datetime.now(ZoneInfo(settings.station.timezone)).date()
    plan = DemoPlan(
        days=days,
        stations=(settings.station.id,),
        end=today - dt.timedelta(days=1),
        seed=1,
        timezone=settings.station.timezone,
        after_school_days=tuple(settings.programmes.after_school_days),
    )
    return fill_store(store, plan, catalogue_file=settings.programmes.catalogue)
