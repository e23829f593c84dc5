"""Privacy at the centre (issue 15): a purge made at any station reaches the hub and every station,
retention runs at the hub with the station's rule, a station does not forget a participant the
centre still sees, and an access request gathers a code's records from the hub."""

from __future__ import annotations

import dataclasses
import datetime as dt

import psycopg

from kiosk.hub import privacy as hub_privacy
from kiosk.hub.replication import sync_station
from kiosk.programmes import privacy
from kiosk.programmes.privacy import PENDING_HUB_PURGE
from tests.hub.conftest import hub_rows
from tests.hub.recount import assert_centre_equals_a_recount, assert_hub_holds_everything_once
from tests.sync.conftest import FakeClock

PUPIL = ("9-12", "female", "pupil")
OTHERS = [("13-15", "male", "pupil"), ("16-18", "female", "student"), ("26-64", "male", "teacher")]
MONTH_S = 31 * 86400


def holds_code(station, code: str) -> bool:
    return any(
        station.rows(f"SELECT 1 FROM {table} WHERE {column} = '{code}'")
        for table, column in (("participants", "code"), ("attendance", "participant_code"),
                              ("graduations", "participant_code"), ("badge_codes", "code"),
                              ("provisional_checkins", "code"))
    )


def hub_holds_code(dsn: str, code: str) -> bool:
    return bool(
        hub_rows(dsn, "SELECT code FROM participants WHERE code = %s", (code,))
        or hub_rows(dsn, "SELECT 1 FROM attendance WHERE participant_code = %s", (code,))
        or hub_rows(dsn, "SELECT 1 FROM badge_pool WHERE code = %s", (code,))
    )


def test_a_purge_at_one_station_reaches_the_hub_and_every_station_and_the_counts_stay(hub_dsn, make_station):
    a, b, c = (make_station(name) for name in ("a", "b", "c"))
    for station in (a, b, c):
        station.sync(hub_dsn)  # every station has met the hub
    code = a.session("ROBO-START", newcomers=[PUPIL])[0]
    others = b.session("ROBO-START", newcomers=OTHERS)
    a.sync(hub_dsn)
    b.sync(hub_dsn)
    b.session("ROBO-START", returning=[code, *others])  # the pupil also comes to B
    for station in (a, b, c):
        station.sync(hub_dsn)
    assert all(holds_code(station, code) for station in (a, b, c)) and hub_holds_code(hub_dsn, code)
    people_before = hub_rows(hub_dsn, "SELECT age_band, gender, role FROM participants ORDER BY 1, 2, 3")
    assert_centre_equals_a_recount(hub_dsn, (a, b, c))

    a.clock.advance(25 * MONTH_S)  # A has not seen the pupil for longer than the retention period
    seen = a.clock().isoformat().replace("+00:00", "Z")  # ... but has seen B's participants lately
    a.store.call(lambda conn: conn.execute("UPDATE participants SET last_seen_at = ? WHERE code != ?",
                                           (seen, code))).wait(10)
    assert privacy.purge(a.service).participants == 1
    assert a.rows(f"SELECT count(*) FROM kpi_sync_state WHERE key LIKE '{PENDING_HUB_PURGE}%'") == [(1,)]
    assert a.sync(hub_dsn).purges_sent == 1
    assert a.rows(f"SELECT count(*) FROM kpi_sync_state WHERE key LIKE '{PENDING_HUB_PURGE}%'") == [(0,)]
    assert b.sync(hub_dsn).purges_applied == 1 and c.sync(hub_dsn).purges_applied == 1

    assert not hub_holds_code(hub_dsn, code)
    assert not any(holds_code(station, code) for station in (a, b, c))
    # One anonymous person everywhere, with the age band, gender and role the counts need.
    token = a.rows("SELECT code FROM participants WHERE purged = 1")[0][0]
    assert [row[0] for row in b.rows("SELECT code FROM participants WHERE purged = 1")] == [token]
    assert [row[0] for row in c.rows("SELECT code FROM participants WHERE purged = 1")] == [token]
    assert hub_rows(hub_dsn, "SELECT age_band, gender, role, purged FROM participants WHERE code = %s",
                    (token,)) == [(*PUPIL, True)]
    assert hub_rows(hub_dsn, "SELECT age_band, gender, role FROM participants ORDER BY 1, 2, 3") == people_before
    assert hub_rows(hub_dsn, "SELECT count(*) FROM attendance WHERE participant_code = %s", (token,)) == [(2,)]
    assert_hub_holds_everything_once(hub_dsn, (a, b, c))
    assert_centre_equals_a_recount(hub_dsn, (a, b, c))
    # A second round sends nothing again.
    assert a.sync(hub_dsn).purges_sent == 0


def test_two_stations_purging_the_same_person_keep_one_anonymous_person(hub_dsn, make_station):
    a, b = make_station("a"), make_station("b")
    b.sync(hub_dsn)
    code = a.session("ROBO-START", newcomers=[PUPIL])[0]
    a.sync(hub_dsn)
    b.sync(hub_dsn)
    for station in (a, b):  # both purge offline, each with its own token
        station.clock.advance(25 * MONTH_S)
        assert privacy.purge(station.service).participants == 1
    a.sync(hub_dsn)
    b.sync(hub_dsn)
    tokens = {station.rows("SELECT code FROM participants")[0][0] for station in (a, b)}
    assert len(tokens) == 1 and code not in tokens
    assert hub_rows(hub_dsn, "SELECT code FROM participants") == [(tokens.pop(),)]


def test_a_station_without_a_hub_keeps_no_trace_of_a_purged_code(make_station):
    a = make_station("a")
    a.session("ROBO-START", newcomers=[PUPIL])
    a.clock.advance(25 * MONTH_S)
    assert privacy.purge(a.service).participants == 1
    assert a.rows(f"SELECT count(*) FROM kpi_sync_state WHERE key LIKE '{PENDING_HUB_PURGE}%'") == [(0,)]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def test_retention_runs_at_the_hub_with_the_station_s_rule(hub_dsn, make_station):
    old = make_station("a", clock=FakeClock(_now() - dt.timedelta(days=30 * 31)))
    b = make_station("b")
    stale = old.session("ROBO-START", newcomers=[PUPIL])[0]
    identity = dataclasses.replace(old.identity(), retention_months=24)
    report = sync_station(old.store, hub_dsn, identity)
    assert report.purged_at_hub == 1 and report.purges_applied == 1
    assert not hub_holds_code(hub_dsn, stale) and not holds_code(old, stale)
    assert hub_rows(hub_dsn, "SELECT age_band, gender, role FROM participants") == [PUPIL]
    assert b.sync(hub_dsn).participants_received == 0  # B never learns the code
    # Once an hour at most: every station's round runs it.
    assert sync_station(old.store, hub_dsn, identity).purged_at_hub == 0


def test_a_station_does_not_forget_a_participant_the_centre_still_sees(hub_dsn, make_station):
    now = _now()
    a = make_station("a", clock=FakeClock(now - dt.timedelta(days=26 * 31)))
    b = make_station("b", clock=FakeClock(now - dt.timedelta(days=60)))
    code = a.session("ROBO-START", newcomers=[PUPIL])[0]
    a.sync(hub_dsn)
    b.sync(hub_dsn)
    b.session("ROBO-START", returning=[code])  # two months ago, at B
    b.sync(hub_dsn)
    sync_station(a.store, hub_dsn, dataclasses.replace(a.identity(), retention_months=24))
    a.clock.set(now)
    assert privacy.purge(a.service).participants == 0
    assert a.rows(f"SELECT count(*) FROM participants WHERE code = '{code}' AND purged = 0") == [(1,)]


def test_an_access_request_gathers_the_code_s_records_from_every_station(hub_dsn, make_station):
    a, b = make_station("a"), make_station("b")
    code = a.session("ROBO-START", newcomers=[PUPIL])[0]
    a.sync(hub_dsn)
    b.sync(hub_dsn)
    b.session("ROBO-START", returning=[code])
    b.sync(hub_dsn)
    records, said = hub_privacy.export_with_centre(a.service, code, hub_dsn)
    assert records["source"] == "centre" and "every station" in said
    assert records["participant"]["group_label"] is None or "group_label" in records["participant"]
    assert [visit["station"] for visit in records["centre"]["attendance"]] == ["a", "b"]
    assert records["centre"]["participant"]["gender"] == "female"
    # A station that only saw the badge come by still answers from the centre.
    records, _ = hub_privacy.export_with_centre(b.service, code, hub_dsn)
    assert len(records["centre"]["attendance"]) == 2


def test_an_access_request_with_the_hub_away_gives_the_station_s_records_and_says_so(make_station, tmp_path):
    a = make_station("a")
    code = a.session("ROBO-START", newcomers=[PUPIL])[0]
    away = f"host={tmp_path} port=1 user=kiosk password=secret dbname=none"
    records, said = hub_privacy.export_with_centre(a.service, code, away)
    assert records["source"] == "station" and "this station's records only" in said
    assert "secret" not in said and "secret" not in records["centre_problem"]
    assert len(records["attendance"]) == 1
    records, said = hub_privacy.export_with_centre(a.service, code, "")
    assert "No hub is configured" in said and records["participant"]["code"] == code


def test_the_pending_purge_is_sent_again_after_a_round_that_died(hub_dsn, make_station):
    a = make_station("a")
    code = a.session("ROBO-START", newcomers=[PUPIL])[0]
    a.sync(hub_dsn)
    a.clock.advance(25 * MONTH_S)
    privacy.purge(a.service)
    token = a.rows("SELECT code FROM participants")[0][0]
    # The hub took the purge, but the station died before noting it: the next round repeats it.
    with psycopg.connect(hub_dsn) as conn:
        agreed = hub_privacy._apply_at_hub(conn, [(privacy.code_hash(code), token)])
    assert agreed == {privacy.code_hash(code): token}
    assert a.sync(hub_dsn).purges_sent == 1
    assert hub_rows(hub_dsn, "SELECT code, purged FROM participants") == [(token, True)]
