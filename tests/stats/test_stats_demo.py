"""The demo data generator: realistic patterns, consistent rows, and the `kiosk run --demo` history."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from zoneinfo import ZoneInfo

import pytest

from kiosk.config import settings_from_mapping
from kiosk.programmes import codes
from kiosk.stats.demo import DemoPlan, ensure_demo_history, station_ids, write_demo
from kiosk.stats.demo_calendar import easter_sunday, is_school_holiday
from kiosk.store import connect
from kiosk.store.migrations import migrate

RIGA = ZoneInfo("Europe/Riga")


def local(stamp: str) -> dt.datetime:
    return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(RIGA)


def test_visits_follow_opening_hours_weekdays_and_local_days(demo_conn):
    per_day: Counter[str] = Counter()
    for started, ended, day in demo_conn.execute(
            "SELECT started_at, ended_at, local_day FROM visits WHERE programme_session_id IS NULL"):
        start, end = local(started), local(ended)
        assert start.date().isoformat() == day
        assert dt.time(10) <= start.time() and end.time() <= dt.time(18), (started, ended)
        per_day[day] += 1
    weekdays = defaultdict(list)
    for day, count in per_day.items():
        weekdays[dt.date.fromisoformat(day).weekday()].append(count)
    assert 0 not in weekdays  # closed on Mondays
    assert statistics.mean(weekdays[5]) > 1.5 * statistics.mean(weekdays[1])  # Saturdays busier than Tuesdays
    assert "2026-06-23" not in per_day and "2026-06-24" not in per_day  # Midsummer


def test_runs_belong_to_their_visit_and_exhibit_popularity_differs(demo_conn):
    bad = demo_conn.execute(
        "SELECT COUNT(*) FROM exhibit_runs r JOIN visits v ON v.id = r.visit_id"
        " WHERE r.started_at < v.started_at OR r.ended_at > v.ended_at OR r.active_ms < 0").fetchone()[0]
    assert bad == 0
    runs = dict(demo_conn.execute("SELECT exhibit_id, COUNT(*) FROM exhibit_runs GROUP BY exhibit_id"))
    assert runs["launch"] > 2 * runs["radio_telescope"]
    rates = dict(demo_conn.execute(
        "SELECT exhibit_id, AVG(outcome = 'completed') FROM exhibit_runs GROUP BY exhibit_id"))
    assert rates["launch"] > rates["circuits"]
    languages = dict(demo_conn.execute("SELECT language, COUNT(*) FROM visits GROUP BY language"))
    assert languages["lv"] > languages["ru"] > languages["en"] > 0


def test_programme_sessions_on_after_school_days_in_the_school_year(demo_conn):
    rows = demo_conn.execute(
        "SELECT s.local_day, s.started_at, p.tags, p.target_group FROM programme_sessions s"
        " JOIN programmes p ON p.code = s.programme_code").fetchall()
    assert rows
    for day_text, started, tags, group in rows:
        day = dt.date.fromisoformat(day_text)
        assert not is_school_holiday(day) and day.month not in (6, 7, 8)
        assert local(started).date() == day
        if "after-school" in tags and group in ("children", "youth"):
            assert day.weekday() in (1, 3)  # Tuesday and Thursday
    in_session = demo_conn.execute(
        "SELECT COUNT(*) FROM visits v JOIN programme_sessions s ON s.id = v.programme_session_id"
        " WHERE v.station_id = s.station_id AND v.started_at >= s.started_at").fetchone()[0]
    assert in_session > 0


def test_participants_are_pseudonymous_and_graduation_follows_the_rule(demo_conn):
    people = demo_conn.execute("SELECT code, age_band, gender, role, group_label FROM participants").fetchall()
    assert people and all(codes.is_valid(code) for code, *_ in people)
    for _code, age, _gender, role, label in people:
        if role == "teacher":
            assert age in ("19-25", "26-64", "65+") and label is None
        if label is not None:
            assert len(label) <= 16
    genders = Counter(g for _, _, g, _, _ in people)
    assert genders["female"] > 0.3 * len(people) and genders["male"] > 0.3 * len(people)
    attended = defaultdict(list)
    for code, programme, day in demo_conn.execute(
            "SELECT a.participant_code, s.programme_code, s.local_day FROM attendance a"
            " JOIN programme_sessions s ON s.id = a.session_id ORDER BY s.started_at"):
        attended[(code, programme)].append(day)
    needed = dict(demo_conn.execute("SELECT code, sessions_to_graduate FROM programmes"))
    graduations = {(c, p): d for c, p, d in demo_conn.execute("SELECT * FROM graduations")}
    assert graduations
    for key, days in attended.items():
        if len(days) >= needed[key[1]]:
            assert graduations[key] == days[needed[key[1]] - 1]
        else:
            assert key not in graduations


def test_the_same_seed_gives_the_same_history(tmp_path):
    def generate(name, seed):
        conn = connect(tmp_path / name)
        migrate(conn)
        summary = write_demo(conn, DemoPlan(days=20, stations=("a-1",), end=dt.date(2026, 10, 31), seed=seed))
        rows = conn.execute("SELECT started_at, exhibit_id, outcome FROM exhibit_runs ORDER BY id").fetchall()
        conn.close()
        return summary.runs, rows

    assert generate("one.db", 5) == generate("two.db", 5)
    assert generate("three.db", 6) != generate("four.db", 5)


def test_after_school_days_follow_the_setting(tmp_path):
    conn = connect(tmp_path / "wed.db")
    migrate(conn)
    plan = DemoPlan(days=28, stations=("a-1",), end=dt.date(2026, 10, 31), after_school_days=("wednesday",))
    write_demo(conn, plan)
    days = {dt.date.fromisoformat(d).weekday() for d, in conn.execute(
        "SELECT s.local_day FROM programme_sessions s JOIN programmes p ON p.code = s.programme_code"
        " WHERE p.target_group IN ('children', 'youth')")}
    conn.close()
    assert days == {2}


def test_station_ids_and_plan_checks():
    assert station_ids("kiosk-1", 3) == ("kiosk-1", "kiosk-2", "kiosk-3")
    assert station_ids("hall", 2) == ("hall", "hall-2")
    with pytest.raises(ValueError):
        DemoPlan(days=0, stations=("a",), end=dt.date(2026, 1, 1))
    with pytest.raises(ValueError):
        DemoPlan(days=1, stations=("a", "a"), end=dt.date(2026, 1, 1))


def test_latvian_calendar():
    assert easter_sunday(2026) == dt.date(2026, 4, 5)
    assert easter_sunday(2025) == dt.date(2025, 4, 20)
    assert is_school_holiday(dt.date(2026, 7, 15)) and is_school_holiday(dt.date(2026, 12, 28))
    assert not is_school_holiday(dt.date(2026, 10, 6))


def test_ensure_demo_history_fills_this_station_once(store):
    settings = settings_from_mapping({"station": {"id": "hall-7"}})
    summary = ensure_demo_history(store, settings, days=40)
    assert summary is not None and summary.visits > 500 and summary.sessions > 0
    stations = {s for s, in store.reader().execute("SELECT DISTINCT station_id FROM visits")}
    assert stations == {"hall-7"}
    last = store.reader().execute("SELECT MAX(local_day) FROM visits").fetchone()[0]
    assert last < dt.datetime.now(RIGA).date().isoformat()  # today belongs to the live kiosk
    assert ensure_demo_history(store, settings, days=40) is None  # visits exist: left alone
