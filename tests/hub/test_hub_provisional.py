"""A badge registered at one station checks in at another, online and offline (issue 15).

Offline (or before the hub has heard of the badge), a well-formed code the station does not know
is checked in provisionally; the next round confirms it (a normal attendance, graduation rule
applied) or marks it unknown for the educator. An attendance is never lost.
"""

from __future__ import annotations

from kiosk.programmes import codes
from kiosk.programmes.service import CHECKED_IN, PROVISIONAL, UNKNOWN
from tests.hub.conftest import hub_rows

PUPIL = ("9-12", "female", "pupil")


def test_online_after_the_registering_station_s_round_the_badge_checks_in_at_once(hub_dsn, make_station):
    a, b = make_station("a"), make_station("b")
    b.service.hub = True
    code = a.session("CODE-SCRATCH", newcomers=[PUPIL])[0]
    a.sync(hub_dsn)
    b.sync(hub_dsn)
    session = b.service.open_session("CODE-SCRATCH")
    assert b.service.check_in(session.id, code).outcome == CHECKED_IN
    assert b.service.provisional(session.id) == []


def test_offline_the_badge_is_provisional_then_confirmed_and_sent_up(hub_dsn, make_station):
    a, b = make_station("a"), make_station("b")
    b.service.hub = True
    code = a.session("CODE-SCRATCH", newcomers=[PUPIL])[0]  # A has not reached the hub yet
    session = b.service.open_session("CODE-SCRATCH")
    result = b.service.check_in(session.id, code)
    assert result.outcome == PROVISIONAL and result.ok and result.checked_in_count == 1
    assert b.service.check_in(session.id, code).outcome == PROVISIONAL  # twice is harmless
    assert [(r.code, r.status) for r in b.service.provisional(session.id)] == [(code, "provisional")]
    b.clock.advance(3600)
    b.service.end_session(session.id)  # the session ends before the hub answers
    a.sync(hub_dsn)
    report = b.sync(hub_dsn)
    assert (report.provisional_confirmed, report.provisional_unknown) == (1, 0)
    assert b.rows(f"SELECT participant_code, session_id FROM attendance WHERE participant_code = '{code}'") == [
        (code, session.id)
    ]
    assert b.service.provisional(session.id) == []
    assert [row.code for row in b.service.attendance(session.id)] == [code]
    # Confirmed in the same round, so it is at the hub at once; a second round changes nothing.
    assert hub_rows(hub_dsn, "SELECT station_id FROM attendance WHERE participant_code = %s ORDER BY 1",
                    (code,)) == [("a",), ("b",)]
    assert b.sync(hub_dsn).provisional_confirmed == 0


def test_an_unknown_badge_stays_visible_and_is_confirmed_when_the_centre_learns_it(hub_dsn, make_station):
    a, b = make_station("a"), make_station("b")
    b.service.hub = True
    stranger = codes.new_code()
    session = b.service.open_session("CODE-SCRATCH")
    assert b.service.check_in(session.id, stranger).outcome == PROVISIONAL
    report = b.sync(hub_dsn)
    assert (report.provisional_confirmed, report.provisional_unknown) == (0, 1)
    assert [(r.code, r.status) for r in b.service.provisional(session.id)] == [(stranger, "unknown")]
    # Still shown after another round; then the badge turns out to be A's (A was offline a week).
    assert b.sync(hub_dsn).provisional_unknown == 1
    a_session = a.service.open_session("CODE-SCRATCH")
    a.service.register(*PUPIL, code=stranger, session_id=a_session.id)
    a.sync(hub_dsn)
    assert b.sync(hub_dsn).provisional_confirmed == 1
    assert b.service.provisional(session.id) == []
    assert [row.code for row in b.service.attendance(session.id)] == [stranger]


def test_provisional_check_ins_complete_the_graduation_rule_when_confirmed(hub_dsn, make_station):
    a, b = make_station("a"), make_station("b")
    b.service.hub = True
    code = a.session("TEACH-DIGITAL", newcomers=[("26-64", "male", "teacher")])[0]
    # A week without the hub at B: three sessions (the programme's rule), the badge unknown at each.
    for _ in range(3):
        b.clock.advance(7 * 86400)
        b.session("TEACH-DIGITAL", returning=[code])
    assert b.rows("SELECT count(*) FROM provisional_checkins WHERE status = 'provisional'") == [(3,)]
    assert b.rows("SELECT count(*) FROM graduations") == [(0,)]
    a.sync(hub_dsn)
    assert b.sync(hub_dsn).provisional_confirmed == 3
    third_day = b.rows("SELECT max(local_day) FROM programme_sessions")[0][0]
    assert b.rows("SELECT participant_code, programme_code, graduated_on FROM graduations") == [
        (code, "TEACH-DIGITAL", third_day)
    ]
    assert hub_rows(hub_dsn, "SELECT count(*) FROM attendance WHERE station_id = 'b'") == [(3,)]


def test_without_a_hub_an_unknown_code_is_unknown_as_before(make_station):
    b = make_station("b")
    session = b.service.open_session("CODE-SCRATCH")
    assert b.service.check_in(session.id, codes.new_code()).outcome == UNKNOWN
    assert b.service.provisional(session.id) == []


def test_a_purge_at_the_hub_and_retention_leave_no_code_in_provisional_check_ins(hub_dsn, make_station):
    import psycopg

    from kiosk.hub.replication import code_hash
    from kiosk.programmes import privacy

    b = make_station("b")
    b.service.hub = True
    purged_elsewhere, stale = codes.new_code(), codes.new_code()
    session = b.service.open_session("CODE-SCRATCH")
    b.service.check_in(session.id, purged_elsewhere)
    b.service.check_in(session.id, stale)
    with psycopg.connect(hub_dsn) as conn:
        conn.execute("INSERT INTO purges(code_hash, token) VALUES (%s, 'anon-1')", (code_hash(purged_elsewhere),))
    b.sync(hub_dsn)
    assert b.rows("SELECT code FROM provisional_checkins") == [(stale,)]
    b.clock.advance(30 * 31 * 86400)  # beyond the 24 months' retention
    privacy.purge(b.service)
    assert b.rows("SELECT count(*) FROM provisional_checkins") == [(0,)]
