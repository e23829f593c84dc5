"""A purged code leaves no hash at the hub once every station has taken the purge (issue 15).

The code space is small enough (~28.6 M codes) to reverse a sha256 by brute force, so the hub keeps
a purged code's hash only while a station may still hold the code: until every station of the centre
has taken the purge down. The token and the sequence number stay, so the counts do not change."""

from __future__ import annotations

import psycopg

from kiosk.hub import privacy as hub_privacy
from kiosk.hub import schema
from kiosk.hub.schema import init_hub
from kiosk.programmes import privacy
from tests.hub.conftest import hub_rows
from tests.hub.recount import assert_centre_equals_a_recount, assert_hub_holds_everything_once
from tests.hub.test_hub_privacy import MONTH_S, OTHERS, PUPIL, holds_code, hub_holds_code


def _purge_at(station, code: str) -> None:
    """The station's retention purges ``code``: it has seen everybody else lately."""
    station.clock.advance(25 * MONTH_S)
    seen = station.clock().isoformat().replace("+00:00", "Z")
    station.store.call(lambda conn: conn.execute(
        "UPDATE participants SET last_seen_at = ? WHERE code != ?", (seen, code))).wait(10)
    assert privacy.purge(station.service).participants == 1


def _hash_at_hub(dsn: str, code: str) -> bool:
    """Whether anything at the hub still holds the code's sha256."""
    hashed = privacy.code_hash(code)
    return bool(hub_rows(dsn, "SELECT 1 FROM purges WHERE code_hash = %s", (hashed,)))


def _centre_that_knows(hub_dsn, make_station):
    a, b, c = (make_station(name) for name in ("a", "b", "c"))
    for station in (a, b, c):
        station.sync(hub_dsn)
    code = a.session("ROBO-START", newcomers=[PUPIL])[0]
    others = b.session("ROBO-START", newcomers=OTHERS)
    for station in (a, b, c):
        station.sync(hub_dsn)
    b.session("ROBO-START", returning=[code, *others])
    for station in (a, b, c):
        station.sync(hub_dsn)
    assert all(holds_code(station, code) for station in (a, b, c))
    return a, b, c, code


def test_once_every_station_took_the_purge_no_hash_of_the_code_is_left(hub_dsn, make_station):
    a, b, c, code = _centre_that_knows(hub_dsn, make_station)
    people_before = hub_rows(hub_dsn, "SELECT age_band, gender, role FROM participants ORDER BY 1, 2, 3")
    _purge_at(a, code)
    a.sync(hub_dsn)
    assert _hash_at_hub(hub_dsn, code)  # B and C still hold the code: they need the hash to find it
    b.sync(hub_dsn)
    assert _hash_at_hub(hub_dsn, code)
    c.sync(hub_dsn)

    assert not _hash_at_hub(hub_dsn, code)
    assert not hub_holds_code(hub_dsn, code)
    assert not any(holds_code(station, code) for station in (a, b, c))
    token = a.rows("SELECT code FROM participants WHERE purged = 1")[0][0]
    # The purge itself stays (token and order), so the counts and what is waiting down stay right.
    assert hub_rows(hub_dsn, "SELECT code_hash, token FROM purges") == [(None, token)]
    assert hub_rows(hub_dsn, "SELECT age_band, gender, role FROM participants ORDER BY 1, 2, 3") == people_before
    assert_hub_holds_everything_once(hub_dsn, (a, b, c))
    assert_centre_equals_a_recount(hub_dsn, (a, b, c))
    # Further rounds change nothing, and a station that joins later has nothing of the code.
    for station in (a, b, c):
        assert station.sync(hub_dsn).purges_applied == 0
    d = make_station("d")
    d.sync(hub_dsn)
    assert not holds_code(d, code) and not _hash_at_hub(hub_dsn, code)
    assert_centre_equals_a_recount(hub_dsn, (a, b, c, d))


def test_a_station_offline_during_the_purge_still_gets_it_when_it_comes_back(hub_dsn, make_station):
    a, b, c, code = _centre_that_knows(hub_dsn, make_station)
    # C is offline: it checks the pupil in again, with the code it knows.
    c.session("ROBO-START", returning=[code])
    _purge_at(a, code)
    for _round in range(3):  # the online stations go on with their rounds
        a.sync(hub_dsn)
        b.sync(hub_dsn)
    assert _hash_at_hub(hub_dsn, code)  # kept for C

    assert c.sync(hub_dsn).purges_applied == 1
    assert not holds_code(c, code)
    assert not _hash_at_hub(hub_dsn, code)
    assert not hub_holds_code(hub_dsn, code)
    # C's offline check-in reached the hub under the anonymous person, not as a stranger.
    token = a.rows("SELECT code FROM participants WHERE purged = 1")[0][0]
    assert c.rows("SELECT code FROM participants WHERE purged = 1") == [(token,)]
    assert hub_rows(hub_dsn, "SELECT count(*) FROM attendance WHERE participant_code = %s", (token,)) == [(3,)]
    assert_hub_holds_everything_once(hub_dsn, (a, b, c))
    assert_centre_equals_a_recount(hub_dsn, (a, b, c))


def test_two_stations_purging_the_same_person_still_agree_on_one_token(hub_dsn, make_station):
    a, b, c, code = _centre_that_knows(hub_dsn, make_station)
    _purge_at(a, code)
    _purge_at(b, code)  # B purges offline, with a token of its own
    a.sync(hub_dsn)
    c.sync(hub_dsn)
    b.sync(hub_dsn)  # B hears the hub's token (the hash was kept for B)
    a.sync(hub_dsn)
    tokens = {station.rows("SELECT code FROM participants WHERE purged = 1")[0][0] for station in (a, b, c)}
    assert len(tokens) == 1
    assert not _hash_at_hub(hub_dsn, code)
    assert_centre_equals_a_recount(hub_dsn, (a, b, c))


def test_the_hub_s_retention_purges_leave_no_hash_either(hub_dsn, make_station):
    a, b, c, code = _centre_that_knows(hub_dsn, make_station)
    with_hash = privacy.code_hash(code)
    with psycopg.connect(hub_dsn) as conn, conn.transaction():
        hub_privacy._apply_at_hub(conn, [(with_hash, privacy.anonymous_token())])
    for station in (a, b, c):
        station.sync(hub_dsn)
    assert not _hash_at_hub(hub_dsn, code)
    assert not any(holds_code(station, code) for station in (a, b, c))


def test_an_older_hub_is_upgraded_and_keeps_its_purges(pg_server, monkeypatch):
    dsn = pg_server.new_database()
    with monkeypatch.context() as older:
        older.setattr(schema, "MIGRATIONS", [m for m in schema.MIGRATIONS if m[0] <= 2])
        older.setattr(schema, "LATEST_VERSION", 2)
        assert init_hub(dsn) == (2, [1, 2])
    with psycopg.connect(dsn) as conn:
        conn.execute("INSERT INTO purges(code_hash, token) VALUES ('h', 't')")
    version, applied = init_hub(dsn)
    assert version == schema.LATEST_VERSION and 3 in applied
    assert hub_rows(dsn, "SELECT code_hash, token FROM purges") == [("h", "t")]
