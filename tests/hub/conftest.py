"""Fixtures of the hub tests: one real PostgreSQL hub and stations that are real station stores."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.config import ProgrammesSettings, settings_from_mapping
from kiosk.hub.replication import RoundReport, StationIdentity, database_id, sync_station
from kiosk.hub.schema import init_hub
from kiosk.journal import Journal, RunResult
from kiosk.programmes.catalogue import load_catalogue
from kiosk.programmes.service import ProgrammeService
from kiosk.store import Store
from tests.sync.conftest import FakeClock
from tests.sync.pg_testserver import PostgresTestServer

START = dt.datetime(2026, 9, 7, 7, 0, tzinfo=dt.UTC)  # a Monday, 10:00 in Riga


@pytest.fixture
def hub_dsn(pg_server: PostgresTestServer) -> str:
    dsn = pg_server.new_database()
    init_hub(dsn)
    return dsn


@dataclass
class Station:
    """One station of the centre: its own store, journal, programme service and clock."""

    station_id: str
    store: Store
    journal: Journal
    service: ProgrammeService
    clock: FakeClock

    def identity(self) -> StationIdentity:
        return StationIdentity(self.station_id, "vizium", database_id(self.store), "test", 6)

    def sync(self, dsn: str) -> RoundReport:
        self.store.flush()
        return sync_station(self.store, dsn, self.identity())

    def play(self, visits: int, rng: random.Random, exhibits=("pendulum", "waves", "circuits")) -> None:
        for _ in range(visits):
            self.clock.advance(rng.randint(30, 400))
            visit = self.journal.start_visit(rng.choice(("lv", "en", "ru")))
            run = self.journal.start_run(visit, rng.choice(exhibits))
            self.clock.advance(rng.randint(20, 300))
            self.journal.end_run(run, RunResult(rng.choice(("completed", "abandoned")), None, 3, 40_000))
            self.journal.end_visit(visit, "idle")

    def session(self, programme: str, newcomers=(), returning=()) -> list[str]:
        """A programme session: newcomers register (age band, gender, role), returning codes check in."""
        session = self.service.open_session(programme)
        codes = []
        for age_band, gender, role in newcomers:
            self.clock.advance(20)
            codes.append(self.service.register(age_band, gender, role, session_id=session.id).code)
        for code in returning:
            self.clock.advance(20)
            self.service.check_in(session.id, code, method="qr")
            codes.append(code)
        self.clock.advance(3600)
        self.service.end_session(session.id)
        return codes

    def rows(self, sql: str) -> list[tuple]:
        self.store.flush()
        return self.store.reader().execute(sql).fetchall()


@pytest.fixture
def make_station(tmp_path: Path) -> Iterator:
    made: list[Station] = []

    def make(station_id: str, clock: FakeClock | None = None, folder: str | None = None) -> Station:
        settings = settings_from_mapping(
            {"station": {"id": station_id}, "storage": {"path": str(tmp_path / (folder or station_id))}}
        )
        clock = clock or FakeClock(START)
        store = Store(settings.database_path).open()
        journal = Journal(store, station_id, clock=clock)
        service = ProgrammeService(store, journal, load_catalogue(), ProgrammesSettings(), clock=clock)
        station = Station(station_id, store, journal, service, clock)
        made.append(station)
        return station

    yield make
    for station in made:
        station.store.close()


def hub_rows(dsn: str, sql: str, params=()) -> list[tuple]:
    import psycopg

    with psycopg.connect(dsn) as conn:
        return conn.execute(sql, params).fetchall()
