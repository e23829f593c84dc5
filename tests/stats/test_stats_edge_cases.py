"""Edge cases on hand-made rows: empty periods, daylight-saving changes in Europe/Riga, visits
spanning midnight, a station without programmes, and the suppression threshold."""

from __future__ import annotations

import datetime as dt

import pytest
from stats_helpers import read_csv_folder, read_xlsx, utc_of

from kiosk.stats.engine import StatsEngine
from kiosk.stats.exports import export_csv, export_xlsx
from kiosk.stats.periods import Period
from kiosk.stats.suppression import COMPLEMENTARY, SMALL


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_an_empty_period_gives_zeros_and_exports_with_headers_only(rows, tmp_path):
    rows.visit("2026-05-05 12:00", runs=(("pendulum", 1, "completed"),))
    conn = rows.done()
    report = StatsEngine(conn).report(Period.month(2026, 1))
    assert report.empty
    assert all(r.value == 0 for r in report.kpis)
    assert report.kpi("pupils_students").progress == 0
    assert report.visitors_by_day() == [(d, 0) for d in Period.month(2026, 1).each_day()]
    assert report.programmes == () and report.exhibits == ()
    written = export_csv(report, conn, tmp_path / "csv", "en")
    tables = read_csv_folder(tmp_path / "csv")
    assert {p.stem for p in written} == set(tables)
    for name in ("visitors_daily", "exhibits", "exhibit_daily", "programmes", "visits", "exhibit_runs"):
        assert len(tables[name]) == 1, name  # the header row only
    assert len(tables["kpis"]) == 1 + len(report.kpis)
    export_xlsx(report, conn, tmp_path / "empty.xlsx", "lv")
    sheets = read_xlsx(tmp_path / "empty.xlsx", "lv")
    assert [row[2] for row in sheets["kpis"][1:]] == [0] * len(report.kpis)


def test_spring_clock_change_local_days_in_riga(rows):
    # 2026-03-29: clocks go from 03:00 to 04:00, so the local day is 23 hours long.
    rows.visit("2026-03-28 23:59")  # 21:59 UTC on the 28th
    rows.visit("2026-03-29 00:30")  # 22:30 UTC on the 28th, but the 29th in Riga
    rows.visit("2026-03-29 04:30")  # 01:30 UTC, after the change
    rows.visit("2026-03-29 23:50")  # 20:50 UTC
    rows.visit("2026-03-30 00:10")  # 21:10 UTC on the 29th, but the 30th in Riga
    conn = rows.done()
    engine = StatsEngine(conn)
    counts = {str(d): engine.report(Period.day(d)).kpi("visitors").value
              for d in (day("2026-03-28"), day("2026-03-29"), day("2026-03-30"))}
    assert counts == {"2026-03-28": 1, "2026-03-29": 3, "2026-03-30": 1}
    assert Period.day(day("2026-03-29")).hours("Europe/Riga") == 23
    start, end = Period.day(day("2026-03-29")).utc_bounds("Europe/Riga")
    assert (start, end) == (utc_of("2026-03-29 00:00"), utc_of("2026-03-30 00:00"))
    assert start.hour == 22 and end.hour == 21  # UTC+2 before, UTC+3 after
    crossing = engine.report(Period.custom(day("2026-03-28"), day("2026-03-30")))
    assert crossing.kpi("visitors").value == 5
    assert [v for _, v in crossing.visitors_by_day()] == [1, 3, 1]


def test_autumn_clock_change_counts_the_repeated_hour_once_per_visit(rows):
    # 2026-10-25: clocks go back from 04:00 to 03:00; the local day is 25 hours long.
    rows.visit("2026-10-25 00:10")  # 21:10 UTC on the 24th
    rows.visit("2026-10-25 03:30")  # the first 03:30 (00:30 UTC)
    rows.now = dt.datetime(2026, 10, 25, 1, 30, tzinfo=dt.UTC)  # the second 03:30, written by the journal
    journal = rows._journal("kiosk-1")
    journal.end_visit(journal.start_visit("en"), "idle")
    rows.visit("2026-10-25 23:59")  # 20:59 UTC
    rows.visit("2026-10-26 00:01")  # 21:01 UTC on the 25th, but the 26th in Riga
    conn = rows.done()
    engine = StatsEngine(conn)
    assert engine.report(Period.day(day("2026-10-25"))).kpi("visitors").value == 4
    assert engine.report(Period.day(day("2026-10-26"))).kpi("visitors").value == 1
    assert engine.report(Period.day(day("2026-10-24"))).kpi("visitors").value == 0
    assert Period.day(day("2026-10-25")).hours("Europe/Riga") == 25
    week = engine.report(Period.week(day("2026-10-25")))  # Monday 19th to Sunday 25th
    assert week.kpi("visitors").value == 4


def test_a_visit_spanning_midnight_counts_on_its_first_day_and_its_runs_on_theirs(rows, tmp_path):
    visit_id = rows.visit("2026-05-05 23:50", minutes=30, runs=(("pendulum", 5, "completed"),
                                                               ("waves", 15, "abandoned")))
    conn = rows.done()
    engine = StatsEngine(conn)
    first = engine.report(Period.day(day("2026-05-05")))
    second = engine.report(Period.day(day("2026-05-06")))
    assert (first.kpi("visitors").value, first.kpi("exhibit_runs").value) == (1, 1)
    assert (second.kpi("visitors").value, second.kpi("exhibit_runs").value) == (0, 1)
    assert [e.exhibit_id for e in second.exhibits] == ["waves"]
    # The second day's export lists the run with its visit (and station) though the visit began the day before.
    export_csv(second, conn, tmp_path / "csv", "en")
    tables = read_csv_folder(tmp_path / "csv")
    (run,) = tables["exhibit_runs"][1:]
    assert run[1:4] == [str(visit_id), "kiosk-1", "waves"] and run[4] == "2026-05-06"
    assert len(tables["visits"]) == 1
    two_days = engine.report(Period.custom(day("2026-05-05"), day("2026-05-06")))
    assert two_days.kpi("visitors").value == 1 and two_days.kpi("exhibit_runs").value == 2


def _programme_rows(rows, station="kiosk-1"):
    rows.programme("CODE", tags=("after-school", "digital-skills"), subject="computing", needed=2)
    first = rows.session("CODE", "2026-04-07 15:00", station)  # a Tuesday
    second = rows.session("CODE", "2026-04-09 15:00", station)  # a Thursday
    return first, second


def test_a_station_without_programmes(rows):
    first, second = _programme_rows(rows, "kiosk-1")
    pupils = [rows.participant("female", "9-12", "pupil") for _ in range(6)]
    rows.attend(first, *pupils)
    rows.attend(second, *pupils[:3])
    for code in pupils[:3]:
        rows.graduate(code, "CODE", "2026-04-09")
    rows.visit("2026-04-07 12:00", station="kiosk-1")
    rows.visit("2026-04-08 12:00", station="kiosk-2", runs=(("launch", 1, "completed"),))
    conn = rows.done()
    engine = StatsEngine(conn)
    period = Period.month(2026, 4)
    quiet = engine.report(period, "kiosk-2")
    assert quiet.kpi("visitors").value == 1 and quiet.kpi("exhibit_runs").value == 1
    for key in ("pupils_students", "teachers", "graduates", "programmes_offered", "digital_children"):
        assert quiet.kpi(key).value == 0, key
    assert quiet.kpi("after_school_days").value == 0
    assert quiet.programmes == ()
    busy = engine.report(period, "kiosk-1")
    assert busy.kpi("pupils_students").value == 6
    assert busy.kpi("graduates").value == 3
    assert busy.kpi("programmes_offered").value == 1
    assert busy.kpi("after_school_days").value == 2  # Tuesday and Thursday of one week
    both = engine.report(period)
    assert both.kpi("pupils_students").value == 6 and both.kpi("visitors").value == 2


def test_suppression_threshold_hides_small_cells_and_their_partner(rows):
    first, _ = _programme_rows(rows)
    people = ([rows.participant("female", "9-12") for _ in range(7)]
              + [rows.participant("male", "9-12") for _ in range(6)]
              + [rows.participant("another", "13-15") for _ in range(2)])
    rows.attend(first, *people)
    conn = rows.done()
    period = Period.month(2026, 4)

    def gender_cells(min_cell):
        report = StatsEngine(conn, min_cell=min_cell).report(period)
        result = report.kpi("pupils_students")
        assert result.value == 15  # the total is always shown
        return {c.key[0]: (c.value, c.hidden, c.shown) for c in result.breakdowns["gender"]}, report

    cells, report = gender_cells(5)
    assert cells["another"] == (2, SMALL, None)
    assert cells["male"] == (6, COMPLEMENTARY, None)  # else 15 - 7 - 0 - 0 would give "another" away
    assert cells["female"] == (7, "", 7)
    assert cells["not_said"] == (0, "", 0)
    assert report.suppression.small >= 1 and report.suppression.complementary >= 1

    cells, _ = gender_cells(1)  # min_cell 1: nothing hidden
    assert all(hidden == "" for _, hidden, _ in cells.values())

    cells, _ = gender_cells(2)  # 2 people is not fewer than 2
    assert all(hidden == "" for _, hidden, _ in cells.values())

    cells, _ = gender_cells(8)  # every non-zero cell is small
    assert {g for g, (_, hidden, _) in cells.items() if hidden == SMALL} == {"female", "male", "another"}


def test_participants_with_purged_codes_still_count(rows):
    first, _ = _programme_rows(rows)
    code = rows.participant("male", "16-18", "student")
    rows.attend(first, code)
    rows.store.execute("UPDATE participants SET code = 'PURGED-1', purged = 1, group_label = NULL WHERE code = ?",
                       (code,))
    conn = rows.done()
    report = StatsEngine(conn, min_cell=1).report(Period.month(2026, 4))
    assert report.kpi("pupils_students").value == 1
    assert [c.value for c in report.kpi("pupils_students").breakdowns["role"] if c.key == ("student",)] == [1]


def test_an_unknown_programme_tag_list_is_read_as_no_tags(rows):
    rows.store.execute(
        "INSERT INTO programmes(code, subject, target_group, tags, sessions_to_graduate, title_lv, title_en, title_ru)"
        " VALUES ('ODD', 'physics', 'children', 'not json', 1, 'a', 'b', 'c')")
    session = rows.session("ODD", "2026-04-07 15:00")
    rows.attend(session, rows.participant())
    conn = rows.done()
    report = StatsEngine(conn).report(Period.month(2026, 4))
    assert report.kpi("pupils_students").value == 1
    assert report.kpi("digital_children").value == 0 and report.kpi("after_school_days").value == 0


@pytest.mark.parametrize("language", ["lv", "en", "ru"])
def test_exports_of_hand_made_rows_read_back(rows, tmp_path, language):
    first, _ = _programme_rows(rows)
    people = [rows.participant("female", "9-12") for _ in range(5)]
    rows.attend(first, *people)
    rows.visit("2026-04-07 12:00", runs=(("pendulum", 1, "completed"), ("waves", 3, "abandoned")))
    conn = rows.done()
    report = StatsEngine(conn).report(Period.month(2026, 4))
    export_xlsx(report, conn, tmp_path / "r.xlsx", language)
    sheets = read_xlsx(tmp_path / "r.xlsx", language)
    kpis = {row[0]: row[2] for row in sheets["kpis"][1:]}
    assert kpis["visitors"] == 1 and kpis["exhibit_runs"] == 2 and kpis["pupils_students"] == 5
    run_a, _ = sheets["exhibit_runs"][1:]
    assert isinstance(run_a[5], dt.datetime) and isinstance(run_a[4], dt.datetime)
    assert run_a[5].replace(tzinfo=dt.UTC) == pytest.approx(utc_of("2026-04-07 12:01"), abs=dt.timedelta(seconds=1))
