"""Fixtures for the statistics tests: hand-made rows, a demo database and the recount.

Helpers tests import directly live in stats_helpers.py (a conftest cannot be imported by name
when several test folders have one).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from stats_helpers import DEMO_DAYS, DEMO_END, DEMO_STATIONS, Recount, Rows

from kiosk.store import Store, connect
from kiosk.store.migrations import migrate


@pytest.fixture
def rows(store: Store) -> Rows:
    return Rows(store)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database of 270 days at three stations, generated once per test run."""
    from kiosk.stats.demo import DemoPlan, write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    conn = connect(path)
    migrate(conn)
    write_demo(conn, DemoPlan(days=DEMO_DAYS, stations=DEMO_STATIONS, end=DEMO_END, seed=7))
    conn.close()
    return path


@pytest.fixture
def station_db(demo_db: Path, isolated_environment: Path) -> Path:
    """The demo database copied to where the station's settings look for it (for `kiosk` commands)."""
    from kiosk.config import load_settings

    path = load_settings().database_path
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_db, path)
    return path


@pytest.fixture
def demo_conn(demo_db: Path):
    conn = connect(demo_db, readonly=True)
    yield conn
    conn.close()


@pytest.fixture
def recount() -> type[Recount]:
    return Recount
