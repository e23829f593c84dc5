"""Retention purge and access export: records go, counts stay; no personal data anywhere."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3

import pytest

from kiosk.cli import main
from kiosk.programmes import codes, privacy
from kiosk.store import Store


def aggregates(service) -> dict[str, object]:
    """What the city's KPIs are computed from: counts by category, attendance, graduations."""
    q = service.store.query
    return {
        "by_category": q("SELECT role, gender, age_band, COUNT(*) AS n FROM participants"
                         " GROUP BY role, gender, age_band ORDER BY role, gender, age_band"),
        "attendance": q("SELECT s.programme_code, COUNT(*) AS n, COUNT(DISTINCT a.participant_code) AS people"
                        " FROM attendance a JOIN programme_sessions s ON s.id = a.session_id"
                        " GROUP BY s.programme_code ORDER BY 1"),
        "graduations": q("SELECT programme_code, graduated_on, COUNT(*) AS n FROM graduations GROUP BY 1, 2"),
        "sessions": q("SELECT COUNT(*) AS n FROM programme_sessions"),
    }


@pytest.fixture
def history(service, clock):
    """Three years of a station: an old teacher who graduated, an old pupil, a recent pupil."""
    old_teacher = service.register("26-64", "female", "teacher", "VVG")
    old_pupil = service.register("9-12", "male", "pupil", "4.b")
    for _ in range(3):
        session = service.open_session("TEACH-DIGITAL")
        service.check_in(session.id, old_teacher.code)
        service.end_session(session.id)
        session = service.open_session("CODE-SCRATCH")
        service.check_in(session.id, old_pupil.code, "manual")
        service.end_session(session.id)
        clock.advance(days=7)
    stale_badges = service.issue_codes(2)  # printed, never registered
    clock.advance(days=365 * 2 + 10)
    recent = service.register("13-15", "another", "pupil", "8.a")
    session = service.open_session("DATA-AI")
    service.check_in(session.id, recent.code)
    service.end_session(session.id)
    fresh_badges = service.issue_codes(1)
    return {"old": [old_teacher.code, old_pupil.code], "recent": recent.code,
            "stale_badges": stale_badges, "fresh_badges": fresh_badges}


def test_purge_keeps_aggregates_and_removes_the_records(service, history):
    before = aggregates(service)
    report = privacy.purge(service)
    assert report.participants == 2
    assert report.badge_codes == 4  # two participants' codes and two never-registered badges
    assert aggregates(service) == before, "every count the KPIs use is unchanged"
    rows = {r["code"]: r for r in service.store.query("SELECT * FROM participants")}
    for code in history["old"]:
        assert code not in rows
        assert privacy.export(service, code) is None
        assert not service.store.query("SELECT 1 FROM attendance WHERE participant_code = ?", (code,))
        assert not service.store.query("SELECT 1 FROM badge_codes WHERE code = ?", (code,))
    purged = [r for r in rows.values() if r["purged"]]
    assert len(purged) == 2
    assert all(r["code"].startswith(privacy.PURGED_PREFIX) and r["group_label"] is None for r in purged)
    assert rows[history["recent"]]["group_label"] == "8.a" and not rows[history["recent"]]["purged"]
    remaining_badges = {r["code"] for r in service.store.query("SELECT code FROM badge_codes")}
    assert remaining_badges == {history["recent"], *history["fresh_badges"]}
    # the purged teacher still counts as a graduate, linked through the anonymous token
    (graduation,) = service.store.query("SELECT * FROM graduations")
    assert graduation["participant_code"].startswith(privacy.PURGED_PREFIX)
    assert service.store.query("PRAGMA foreign_key_check") == []


def test_purge_twice_changes_nothing_more(service, history):
    privacy.purge(service)
    snapshot = service.store.query("SELECT * FROM participants ORDER BY created_at, code")
    again = privacy.purge(service)
    assert (again.participants, again.badge_codes) == (0, 0)
    assert service.store.query("SELECT * FROM participants ORDER BY created_at, code") == snapshot


def test_a_participant_seen_within_the_retention_period_is_kept(service, clock):
    person = service.register("9-12", "female", "pupil")
    clock.advance(days=700)
    session = service.open_session("ROBO-START")
    service.check_in(session.id, person.code)  # seen again: the clock restarts
    clock.advance(days=300)
    assert privacy.purge(service).participants == 0
    clock.advance(days=500)
    assert privacy.purge(service).participants == 1


@pytest.mark.parametrize(("moment", "months", "expected"), [
    (dt.datetime(2025, 3, 31, 10), 1, dt.datetime(2025, 2, 28, 10)),
    (dt.datetime(2024, 3, 31, 10), 1, dt.datetime(2024, 2, 29, 10)),
    (dt.datetime(2025, 1, 15, 8), 24, dt.datetime(2023, 1, 15, 8)),
    (dt.datetime(2025, 11, 25), 13, dt.datetime(2024, 10, 25)),
])
def test_months_before(moment, months, expected):
    assert privacy.months_before(moment, months) == expected


def test_export_holds_everything_about_one_code_and_nothing_else(service, history):
    other = history["old"][1]
    exported = privacy.export(service, codes.display(history["old"][0]).lower())
    text = json.dumps(exported, ensure_ascii=False)
    assert exported["participant"]["code"] == history["old"][0]
    assert exported["participant"]["role"] == "teacher" and exported["participant"]["group_label"] == "VVG"
    assert len(exported["attendance"]) == 3
    assert {a["programme_code"] for a in exported["attendance"]} == {"TEACH-DIGITAL"}
    assert exported["attendance"][0]["programme_title"]["lv"]
    assert [g["programme_code"] for g in exported["graduations"]] == ["TEACH-DIGITAL"]
    assert other not in text
    assert privacy.export(service, "not a code") is None


def test_cli_purge_and_export(isolated_environment, capsys):
    from kiosk.config import load_settings
    from kiosk.journal import Journal
    from kiosk.programmes.catalogue import load_catalogue
    from kiosk.programmes.service import ProgrammeService

    settings = load_settings()
    with Store(settings.database_path) as store:
        service = ProgrammeService(store, Journal(store, "kiosk-1"), load_catalogue(), settings.programmes)
        session = service.open_session("SEA-CHEM")
        person = service.register("16-18", "female", "student", session_id=session.id).code
    assert main(["privacy", "export", codes.display(person)]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["participant"]["code"] == person and len(exported["attendance"]) == 1
    assert main(["privacy", "export", "K7M-Q2X"]) == 1
    assert "No participant with code" in capsys.readouterr().err
    assert main(["privacy", "purge"]) == 0
    assert "purged 0 participant record(s)" in capsys.readouterr().out


# -- no personal data in the schema -----------------------------------------------------------

PERSONAL = re.compile(r"name|first|last_?name|surname|birth|dob|email|mail|phone|address|street|personal|"
                      r"national|passport|photo|face|parent|guardian", re.IGNORECASE)
#: Matches of the pattern above that hold no personal data.
ALLOWED_COLUMNS = {
    "kpi_sync_targets.address",  # where KPI totals are sent (a URL or folder), not a person's address
}


def test_the_schema_holds_no_personal_data(service):
    conn: sqlite3.Connection = service.store.reader()
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    columns = {f"{t}.{c[1]}" for t in tables for c in conn.execute(f"PRAGMA table_info({t})")}
    suspicious = {c for c in columns if PERSONAL.search(c.split(".", 1)[1])} - ALLOWED_COLUMNS
    assert suspicious == set(), f"columns that could hold personal data: {suspicious}"
    participant_columns = {c.split(".", 1)[1] for c in columns if c.startswith("participants.")}
    assert participant_columns == {"code", "age_band", "gender", "role", "group_label", "created_at",
                                   "last_seen_at", "purged"}
    badge_columns = {c.split(".", 1)[1] for c in columns if c.startswith("badge_codes.")}
    assert badge_columns == {"code", "issued_at", "printed_at"}


def test_the_database_refuses_values_outside_the_categories(service):
    conn = service.store
    for age_band, gender, role in (("10", "female", "pupil"), ("9-12", "Anna", "pupil"), ("9-12", "male", "x")):
        ticket = conn.execute(
            "INSERT INTO participants(code, age_band, gender, role, created_at, last_seen_at)"
            " VALUES ('ABCDEF', ?, ?, ?, 'x', 'x')", (age_band, gender, role))
        assert not ticket.wait(5) and isinstance(ticket.error, sqlite3.IntegrityError)
