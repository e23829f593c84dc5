"""A demo database that syncs with the hub is recorded there as a demo station, whose records
never reach the figures the hub publishes to the city."""

from __future__ import annotations

import datetime as dt
import random

from kiosk.hub.snapshot import centre_snapshot
from kiosk.journal import mark_demo_database
from kiosk.programmes.catalogue import load_catalogue
from kiosk.stats.periods import Period
from tests.hub.conftest import hub_rows

PERIOD = Period.custom(dt.date(2026, 9, 1), dt.date(2026, 12, 31))


def test_a_demo_database_is_a_demo_station_at_the_hub_and_stays_out_of_its_figures(hub_dsn, make_station):
    real, demo = make_station("kiosk-1"), make_station("kiosk-demo")
    rng = random.Random(3)
    real.play(4, rng)
    demo.play(9, rng)
    assert demo.store.call(mark_demo_database).wait(10)
    real.sync(hub_dsn)
    demo.sync(hub_dsn)  # its identity says nothing of a demo: the database's flag does
    assert dict(hub_rows(hub_dsn, "SELECT station_id, demo FROM stations")) == {"kiosk-1": False, "kiosk-demo": True}
    centre = centre_snapshot(hub_dsn, load_catalogue(), PERIOD)  # what the publisher counts
    assert centre.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == 4
