"""Centre KPIs count each person once across stations and days, equal to a recount of raw rows."""

from __future__ import annotations

import datetime as dt
import random

from kiosk.hub.snapshot import centre_snapshot
from kiosk.programmes.catalogue import load_catalogue
from kiosk.stats.engine import StatsEngine
from kiosk.stats.periods import Period
from kiosk.stats.targets import load_targets

PERIOD = Period.custom(dt.date(2026, 9, 1), dt.date(2026, 12, 31))
MIX = [("9-12", "female", "pupil")] * 4 + [("13-15", "male", "pupil")] * 3 + [("16-18", "female", "student")] * 2 + [
    ("26-64", "male", "teacher")
]


def engine(conn):
    return StatsEngine(conn, targets=load_targets(), min_cell=1)


def recount(stations, roles):
    """Distinct participants with these roles attending a session in the period, over every station."""
    codes = set()
    for station in stations:
        codes |= {
            code
            for code, role, day in station.rows(
                "SELECT p.code, p.role, s.local_day FROM attendance a"
                " JOIN participants p ON p.code = a.participant_code JOIN programme_sessions s ON s.id = a.session_id"
            )
            if role in roles and PERIOD.first.isoformat() <= day <= PERIOD.last.isoformat()
        }
    return len(codes)


def test_a_pupil_at_two_stations_and_many_days_counts_once(hub_dsn, make_station):
    a, b, c = (make_station(name) for name in ("a", "b", "c"))
    codes = a.session("ROBO-START", newcomers=MIX)
    a.sync(hub_dsn)
    for station in (b, c):
        station.sync(hub_dsn)  # the badges from a reach b and c
    rng = random.Random(5)
    for week in range(4):
        for station in (a, b, c):
            station.clock.advance(7 * 86_400 + week)
            station.session("ROBO-START", returning=rng.sample(codes, 6))
            station.play(rng.randint(3, 8), rng)
    for station in (a, b, c):
        station.sync(hub_dsn)

    per_station_sum = sum(
        engine(s.store.reader()).report(PERIOD).kpi("pupils_students").value for s in (a, b, c)
    )
    centre = engine(centre_snapshot(hub_dsn, load_catalogue(), PERIOD)).report(PERIOD)
    pupils = centre.kpi("pupils_students").value
    assert pupils == recount((a, b, c), ("pupil", "student")) == 9
    assert per_station_sum > pupils  # what adding up stations (or days) would have reported
    assert centre.kpi("teachers").value == recount((a, b, c), ("teacher",))
    # Additive counts are the plain sums.
    visits = sum(len(s.rows("SELECT id FROM visits")) for s in (a, b, c))
    assert centre.kpi("visitors").value == visits
    by_gender = {cell.key[0]: cell.value for cell in centre.kpi("pupils_students").breakdowns["gender"]}
    assert by_gender["female"] == 6 and by_gender["male"] == 3


def test_graduation_counts_sessions_at_every_station(hub_dsn, make_station):
    catalogue = load_catalogue()
    needed = catalogue["CODE-SCRATCH"].sessions_to_graduate
    a, b = make_station("a"), make_station("b")
    code = a.session("CODE-SCRATCH", newcomers=[("9-12", "female", "pupil")])[0]
    a.sync(hub_dsn)
    b.sync(hub_dsn)
    for n in range(needed - 1):  # the other sessions at the other station
        b.clock.advance(86_400 * (n + 1))
        b.session("CODE-SCRATCH", returning=[code])
    b.sync(hub_dsn)
    assert not b.rows("SELECT * FROM graduations")  # neither station alone has seen enough sessions
    snapshot = centre_snapshot(hub_dsn, catalogue, PERIOD)
    assert snapshot.execute("SELECT participant_code FROM graduations").fetchall() == [(code,)]
    assert engine(snapshot).report(PERIOD).kpi("graduates").value == 1
