"""Sessions, registration, check-in and graduation on one station, without Qt."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kiosk.programmes import codes
from kiosk.programmes.participants import RegistrationError, validate_group_label
from kiosk.programmes.service import (
    ALREADY,
    CHECKED_IN,
    FOREIGN,
    MISREAD,
    NO_SESSION,
    UNKNOWN,
    UNREGISTERED,
    ProgrammeError,
)


def events(service, kind=None):
    service.store.flush()
    rows = service.store.query("SELECT kind, detail FROM app_events ORDER BY id")
    return [(r["kind"], json.loads(r["detail"])) for r in rows if kind is None or r["kind"] == kind]


def test_open_session_plans_its_end_and_refuses_a_second(service, clock):
    session = service.open_session("RADIO-IRBENE")
    assert session.is_open and session.programme_code == "RADIO-IRBENE"
    assert session.planned_end_at - session.started_at == dt.timedelta(minutes=90)
    assert session.local_day == "2025-11-25"
    assert service.current_session() == session
    with pytest.raises(ProgrammeError) as busy:
        service.open_session("SEA-CHEM")
    assert busy.value.reason == "busy"
    assert service.store.query("SELECT code FROM programmes WHERE code = 'RADIO-IRBENE'")
    assert events(service, "programme.session_started") == [
        ("programme.session_started", {"session_id": session.id, "programme": "RADIO-IRBENE"})
    ]


def test_unknown_programme(service):
    with pytest.raises(ProgrammeError, match="no programme 'NOPE'"):
        service.open_session("NOPE")


def test_end_session_by_educator_and_at_planned_end(service, clock):
    first = service.open_session("SEA-CHEM")
    clock.advance(minutes=30)
    ended = service.end_session(first.id)
    assert ended is not None and ended.end_reason == "educator" and ended.ended_at == clock.now
    assert service.end_session(first.id) is None, "ending twice does nothing"
    second = service.open_session("SEA-CHEM")
    clock.advance(minutes=89)
    assert not service.end_if_due(service.current_session())
    clock.advance(minutes=5)
    assert service.end_if_due(service.current_session())
    done = service.session(second.id)
    assert done.end_reason == "planned_end" and done.ended_at == done.planned_end_at
    assert service.current_session() is None


def test_check_in_by_qr_and_typed_code(service):
    session = service.open_session("ROBO-START")
    first = service.register("9-12", "female", "pupil", "5.a")
    second = service.register("13-15", "male", "pupil")
    by_qr = service.check_in(session.id, codes.qr_payload(first.code), "qr")
    assert by_qr.outcome == CHECKED_IN and by_qr.checked_in_count == 1
    assert (by_qr.sessions_attended, by_qr.sessions_needed) == (1, 8)
    typed = codes.display(second.code).lower()
    assert service.check_in(session.id, typed, "manual").outcome == CHECKED_IN
    rows = service.attendance(session.id)
    assert [(r.code, r.method) for r in rows] == [(first.code, "qr"), (second.code, "manual")]
    assert rows[0].group_label == "5.a" and rows[0].age_band == "9-12"


def test_checking_in_twice_is_harmless(service, clock):
    session = service.open_session("ROBO-START")
    person = service.register("9-12", "female", "pupil", session_id=session.id)
    assert person.outcome == CHECKED_IN
    clock.advance(minutes=5)
    again = service.check_in(session.id, codes.qr_payload(person.code))
    assert again.outcome == ALREADY and again.ok
    assert again.checked_in_count == 1 and again.sessions_attended == 1
    (row,) = service.attendance(session.id)
    assert row.checked_in_at == clock.now - dt.timedelta(minutes=5), "the first check-in time stays"


def test_unknown_unregistered_misread_foreign_and_ended(service):
    session = service.open_session("ROBO-START")
    (printed,) = service.issue_codes(1)
    assert service.check_in(session.id, codes.qr_payload(printed)).outcome == UNREGISTERED
    stranger = codes.new_code()
    result = service.check_in(session.id, codes.qr_payload(stranger))
    assert (result.outcome, result.code) == (UNKNOWN, stranger)
    assert service.check_in(session.id, codes.qr_payload(printed[:-1] + "Z" if printed[-1] != "Z" else
                                                       printed[:-1] + "Y")).outcome == MISREAD
    assert service.check_in(session.id, "https://example.com/ticket/42").outcome == FOREIGN
    assert service.attendance(session.id) == []
    person = service.register("9-12", "male", "pupil")
    service.end_session(session.id)
    assert service.check_in(session.id, person.code).outcome == NO_SESSION
    assert service.attendance(session.id) == []


def test_a_printed_badge_is_registered_and_checked_in_at_once(service):
    session = service.open_session("ROBO-START")
    (printed,) = service.issue_codes(1)
    result = service.register("9-12", "another", "pupil", code=codes.display(printed), session_id=session.id,
                              method="qr")
    assert (result.outcome, result.code, result.method) == (CHECKED_IN, printed, "qr")
    with pytest.raises(RegistrationError) as twice:
        service.register("9-12", "another", "pupil", code=printed)
    assert twice.value.reason == "duplicate"


def test_graduation_after_the_required_distinct_sessions(service, clock):
    needed = service.catalogue["TEACH-DIGITAL"].sessions_to_graduate
    assert needed == 3
    teacher = service.register("26-64", "female", "teacher", "VVG").code
    pupil_of_other_programme = service.register("9-12", "male", "pupil").code
    for week in range(needed):
        session = service.open_session("TEACH-DIGITAL")
        result = service.check_in(session.id, teacher)
        again = service.check_in(session.id, teacher)  # twice in one session counts once
        assert again.outcome == ALREADY and not again.graduated
        assert result.sessions_attended == week + 1
        assert result.graduated == (week + 1 == needed)
        if week + 1 < needed:
            assert service.graduates("TEACH-DIGITAL") == []
        service.end_session(session.id)
        clock.advance(days=7)
    other = service.open_session("ROBO-START")
    assert not service.check_in(other.id, pupil_of_other_programme).graduated
    (graduate,) = service.graduates("TEACH-DIGITAL")
    assert (graduate.code, graduate.graduated_on, graduate.group_label) == (teacher, "2025-12-09", "VVG")
    # attending again after graduating changes nothing
    result = service.check_in(other.id, teacher)
    assert result.outcome == CHECKED_IN and not result.graduated
    assert len(service.store.query("SELECT * FROM graduations")) == 1
    assert events(service, "programme.graduation") == [("programme.graduation", {"programme": "TEACH-DIGITAL"})]


def test_graduation_date_is_the_local_day_in_riga(make_service, clock):
    service = make_service()
    clock.now = dt.datetime(2025, 11, 25, 22, 30, tzinfo=dt.UTC)  # already Wednesday 00:30 in Riga
    person = service.register("26-64", "male", "teacher").code
    for _ in range(3):
        session = service.open_session("TEACH-INQUIRY")
        service.check_in(session.id, person)
        service.end_session(session.id)
    assert service.graduates("TEACH-INQUIRY")[0].graduated_on == "2025-11-26"


def test_an_open_session_survives_a_restart(make_service, tmp_path, clock):
    before = make_service(tmp_path / "station.db")
    session = before.open_session("DATA-AI")
    person = before.register("13-15", "female", "pupil", session_id=session.id).code
    before.store.close()
    clock.advance(minutes=20)
    after = make_service(tmp_path / "station.db")
    resumed = after.resume_after_restart()
    assert resumed == session and resumed.is_open
    assert after.check_in(resumed.id, person).outcome == ALREADY
    assert events(after, "programme.session_resumed")


def test_a_session_whose_end_passed_while_off_is_ended_at_its_planned_end(make_service, tmp_path, clock):
    before = make_service(tmp_path / "station.db")
    session = before.open_session("DATA-AI")
    before.store.close()
    clock.advance(hours=5)
    after = make_service(tmp_path / "station.db")
    assert after.resume_after_restart() is None
    ended = after.session(session.id)
    assert ended.end_reason == "planned_end" and ended.ended_at == session.planned_end_at


def test_two_open_sessions_after_a_crash_keep_the_newest(service, clock):
    service.open_session("SEA-CHEM")
    older = service.current_session()
    clock.advance(minutes=1)
    # a second open row can only come from an older kiosk version or a crash mid-write
    service.store.execute(
        "INSERT INTO programme_sessions(programme_code, station_id, started_at, planned_end_at, local_day)"
        " VALUES ('SEA-CHEM', 'station-1', '2025-11-25T12:01:00.000Z', '2025-11-25T13:31:00.000Z', '2025-11-25')"
    ).wait()
    kept = service.resume_after_restart()
    assert kept is not None and kept.id != older.id
    assert service.session(older.id).end_reason == "restart"


def test_today_knows_after_school_days(make_service, clock):
    service = make_service(after_school_days=("tuesday", "thursday"))
    today = service.today()
    assert (today.weekday, today.after_school, today.next_after_school) == ("tuesday", True, dt.date(2025, 11, 27))
    session = service.open_session("ROBO-START")
    service.register("9-12", "female", "pupil", session_id=session.id)
    (summary,) = service.today().sessions
    assert summary.session.id == session.id and summary.attended == 1
    clock.advance(days=1)
    wednesday = service.today()
    assert not wednesday.after_school and wednesday.sessions == []


def test_returning_participants_form_the_tap_list(service, clock):
    first = service.open_session("CODE-SCRATCH")
    regular = service.register("9-12", "female", "pupil", "4.b", session_id=first.id).code
    newcomer = service.register("9-12", "male", "pupil", "4.b", session_id=first.id).code
    service.end_session(first.id)
    clock.advance(days=2)
    second = service.open_session("CODE-SCRATCH")
    assert service.returning_participants(second.id) == sorted([(regular, "4.b"), (newcomer, "4.b")])
    service.check_in(second.id, regular, "manual")
    assert service.returning_participants(second.id) == [(newcomer, "4.b")]
    assert service.group_labels() == ["4.b"]


@pytest.mark.parametrize("label", ["5.a", "7B", "VVG 9.c", "12", "Senioru klubs", "Skolotāji", "  3.a  "])
def test_group_labels_that_name_a_class_or_club_pass(label):
    assert validate_group_label(label) == " ".join(label.split())


@pytest.mark.parametrize(("label", "reason"), [
    ("Anna Ozola", "name"),
    ("Jānis Bērziņš", "name"),
    ("Иван Петров", "name"),
    ("anna@example.com", "characters"),
    ("+371 2000 0000", "characters"),
    ("a b c d", "words"),
    ("class of the year 2025", "too_long"),
])
def test_group_labels_that_look_personal_are_refused(label, reason):
    with pytest.raises(RegistrationError) as refused:
        validate_group_label(label)
    assert refused.value.reason == reason


def test_registration_refuses_unknown_categories(service):
    for bad in (("8-10", "female", "pupil"), ("9-12", "girl", "pupil"), ("9-12", "female", "child")):
        with pytest.raises(RegistrationError):
            service.register(*bad)
    assert service.store.query("SELECT * FROM participants") == []


def test_every_educator_action_is_audited_without_participant_codes(service, clock):
    session = service.open_session("ROBO-START")
    person = service.register("9-12", "female", "pupil", "5.a", session_id=session.id)
    service.check_in(session.id, person.code)
    service.check_in(session.id, "nonsense")
    issued = service.issue_codes(3)
    service.mark_printed(issued, "/media/usb/badges.pdf")
    service.end_session(session.id)
    kinds = [kind for kind, _ in events(service)]
    for kind in ("programme.session_started", "programme.participant_registered", "programme.check_in",
                 "programme.badges_issued", "programme.badges_printed", "programme.session_ended"):
        assert kind in kinds
    text = json.dumps(events(service))
    for code in [person.code, *issued]:
        assert code not in text and codes.display(code) not in text


# -- provisional check-ins (issue 15: a centre with a hub) ---------------------------------------


def test_with_a_hub_an_unknown_badge_is_provisional_and_registering_it_here_settles_it(service):
    from kiosk.programmes.service import PROVISIONAL

    service.hub = True
    session = service.open_session("CODE-SCRATCH")
    stranger = codes.new_code()
    assert service.check_in(session.id, stranger).outcome == PROVISIONAL
    assert [r.status for r in service.provisional(session.id)] == ["provisional"]
    # The educator registers the badge here after all: one person, one row, counted once.
    result = service.register("9-12", "female", "pupil", code=stranger, session_id=session.id)
    assert result.outcome == CHECKED_IN and result.checked_in_count == 1
    assert service.provisional(session.id) == []
    service.end_session(session.id)
    assert service.check_in(session.id, codes.new_code()).outcome == NO_SESSION
