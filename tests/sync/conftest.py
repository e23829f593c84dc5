"""Fixtures of the sync tests: a fake clock, a station with a journal, an NGSI-LD broker, PostgreSQL."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.config import settings_from_mapping
from kiosk.journal import Journal, RunResult
from kiosk.store import Store
from kiosk.sync.retry import Backoff
from tests.sync.ngsi_ld_testserver import NgsiLdTestServer

START = dt.datetime(2025, 3, 3, 8, 0, tzinfo=dt.UTC)  # a Monday, 10:00 in Riga
EXHIBITS = ("pendulum", "waves", "radio_telescope", "circuits")


class FakeClock:
    """A clock tests move by hand: nothing ever waits for real time."""

    def __init__(self, start: dt.datetime = START) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> dt.datetime:
        self.now += dt.timedelta(seconds=seconds)
        return self.now

    def set(self, moment: dt.datetime) -> None:
        self.now = moment


def station_settings(tmp_path: Path, station: str = "kiosk-1", **sync: object):
    return settings_from_mapping(
        {
            "station": {"id": station, "site": "vizium"},
            "storage": {"path": str(tmp_path / f"data-{station}")},
            "sync": dict(sync),
        }
    )


def play_day(journal: Journal, clock: FakeClock, day: dt.date, visits: int, seed: int = 0) -> None:
    """Visitors play at the station during opening hours of a local day (Riga = UTC+2 in March)."""
    rng = random.Random(f"{day}-{seed}")
    clock.set(dt.datetime.combine(day, dt.time(8, 0), dt.UTC))
    for _ in range(visits):
        clock.advance(rng.randint(30, 600))
        visit = journal.start_visit(rng.choice(("lv", "en", "ru")))
        for _ in range(rng.randint(1, 3)):
            run = journal.start_run(visit, rng.choice(EXHIBITS))
            clock.advance(rng.randint(20, 300))
            outcome = rng.choice(("completed", "abandoned", "completed"))
            journal.end_run(run, RunResult(outcome, None, rng.randint(1, 30), rng.randint(10_000, 200_000)))
        clock.advance(5)
        journal.end_visit(visit, "idle")


class JournalSource:
    """A KPI source straight from the journal, for tests of the sync machinery itself.

    (End-to-end tests use the statistics engine; this keeps unit tests independent of it.)
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    def daily(self, first: dt.date, last: dt.date):
        from kiosk.stats.daily import DailyCell

        reader = self.store.reader()
        cells = []
        for day, visits in reader.execute(
            "SELECT local_day, COUNT(*) FROM visits WHERE local_day BETWEEN ? AND ? GROUP BY local_day",
            (first.isoformat(), last.isoformat()),
        ):
            cells.append(DailyCell("visitors", "total", dt.date.fromisoformat(day), visits, unit="visits",
                                  category=("quantitative", "output"), process="exhibits",
                                  description="Visits to the kiosk's exhibits"))
        for day, exhibit, runs, completed in reader.execute(
            "SELECT local_day, exhibit_id, COUNT(*), SUM(outcome = 'completed') FROM exhibit_runs"
            " WHERE local_day BETWEEN ? AND ? GROUP BY local_day, exhibit_id",
            (first.isoformat(), last.isoformat()),
        ):
            when = dt.date.fromisoformat(day)
            cells.append(DailyCell("exhibit-runs", f"exhibit-{exhibit}", when, runs, unit="runs", process="exhibits"))
            cells.append(DailyCell("exhibit-completions", f"exhibit-{exhibit}", when, completed or 0, unit="runs",
                                  process="exhibits"))
        return cells


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def settings(tmp_path: Path):
    return station_settings(tmp_path)


@pytest.fixture
def station_store(settings) -> Iterator[Store]:
    with Store(settings.database_path, batch_window_s=0) as opened:
        yield opened


@pytest.fixture
def station_journal(station_store: Store, clock: FakeClock) -> Journal:
    return Journal(station_store, "kiosk-1", "Europe/Riga", clock=clock)


@pytest.fixture
def fast_backoff() -> Backoff:
    return Backoff(base_s=1.0, factor=2.0, max_s=120.0, rng=random.Random(7))


@pytest.fixture
def broker() -> Iterator[NgsiLdTestServer]:
    server = NgsiLdTestServer().start()
    yield server
    server.stop()


@pytest.fixture
def kpi_engine(settings, station_store):
    """The kiosk's own KPI engine for this station (the statistics engine's per-day KPIs)."""
    from kiosk.sync.kpi_source import StatsKpiSource

    return StatsKpiSource(settings, station_store)


def play_visits(journal: Journal, clock: FakeClock, visits: int, rng: random.Random) -> None:
    """Visits from the clock's current time on."""
    for _ in range(visits):
        clock.advance(rng.randint(30, 400))
        visit = journal.start_visit(rng.choice(("lv", "en", "ru")))
        run = journal.start_run(visit, rng.choice(EXHIBITS))
        clock.advance(rng.randint(20, 300))
        journal.end_run(run, RunResult(rng.choice(("completed", "abandoned")), None, 3, rng.randint(5_000, 90_000)))
        journal.end_visit(visit, "idle")


PEOPLE_MIX = [("9-12", "female", "pupil")] * 6 + [("9-12", "male", "pupil")] * 5 + [
    ("13-15", "female", "pupil"), ("13-15", "another", "pupil"), ("26-64", "female", "teacher"),
    ("16-18", "male", "student"), ("19-25", "not_said", "adult"),
]


def hold_session(store: Store, journal: Journal, clock: FakeClock, day: dt.date, programme: str = "ROBO-START",
                 newcomers: list[tuple[str, str, str]] = PEOPLE_MIX, returning: list[str] = ()) -> list[str]:
    """An after-school session at 15:00 local time: newcomers register, returning codes check in.

    Returns the codes of everyone who attended (for the next session).
    """
    from kiosk.config import ProgrammesSettings
    from kiosk.programmes.catalogue import load_catalogue
    from kiosk.programmes.service import ProgrammeService

    service = ProgrammeService(store, journal, load_catalogue(), ProgrammesSettings(), clock=clock)
    clock.set(dt.datetime.combine(day, dt.time(13, 0), dt.UTC))
    session = service.open_session(programme)
    codes = []
    for age_band, gender, role in newcomers:
        clock.advance(20)
        codes.append(service.register(age_band, gender, role, session_id=session.id).code)
    for code in returning:
        clock.advance(20)
        service.check_in(session.id, code, method="manual")
        codes.append(code)
    clock.advance(3600)
    service.end_session(session.id)
    return codes
