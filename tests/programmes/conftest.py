"""Fixtures for the programmes tests: a controllable clock and a ProgrammeService on a fresh store."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.config import ProgrammesSettings
from kiosk.journal import Journal
from kiosk.programmes import codes
from kiosk.programmes.catalogue import load_catalogue
from kiosk.programmes.service import ProgrammeService
from kiosk.store import Store

#: A Tuesday (an after-school day by default), 14:00 in Riga (UTC+2 in November).
START = dt.datetime(2025, 11, 25, 12, 0, tzinfo=dt.UTC)


def _sample_codes(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    bodies = ["".join(rng.choice(codes.ALPHABET) for _ in range(codes.BODY_LENGTH)) for _ in range(count)]
    return [body + codes.check_character(body) for body in bodies]


@pytest.fixture
def sample_codes() -> Callable[..., list[str]]:
    """sample_codes(count, seed=7): valid codes, the same in every run (tests must not depend on luck)."""
    return _sample_codes


class Clock:
    """A clock tests move by hand."""

    def __init__(self, now: dt.datetime = START) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def make_service(tmp_path: Path, clock: Clock) -> Iterator[Callable[..., ProgrammeService]]:
    """make_service(path=None, **programme_settings) -> a service on its own (or the given) store file.

    Calling it again with the same path is a kiosk restart: a new store, journal and service.
    """
    opened: list[Store] = []

    def make(path: Path | None = None, **settings: object) -> ProgrammeService:
        store = Store(path or tmp_path / "kiosk.db", batch_window_s=0).open()
        opened.append(store)
        journal = Journal(store, "station-1", "Europe/Riga", clock=clock)
        return ProgrammeService(store, journal, load_catalogue(), ProgrammesSettings(**settings))  # type: ignore[arg-type]

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def service(make_service) -> ProgrammeService:
    return make_service()
