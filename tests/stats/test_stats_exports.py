"""Every figure in the CSV and XLSX exports, read back with csv and openpyxl, against the recount."""

from __future__ import annotations

import datetime as dt

import pytest
from stats_helpers import read_csv_folder, read_xlsx

from kiosk.stats import tables as t
from kiosk.stats.engine import StatsEngine
from kiosk.stats.exports import ExportCancelled, ExportProgress, export_csv, export_name, export_xlsx
from kiosk.stats.periods import Period
from kiosk.stats.targets import load_targets
from kiosk.stats.texts import text

MIN_CELL = 5
OCTOBER = Period.month(2026, 10)  # 25 October: the clocks go back


def kinds(report, conn, language):
    return {table.name: [c.kind for c in table.columns] for table in t.report_tables(report, conn, language)}


def normalise(value, kind, from_csv):
    if value is None or value == "":
        return None
    if kind == t.INT:
        return int(float(value))
    if kind == t.PERCENT:
        return float(value) / 100 if from_csv else float(value)
    if kind == t.NUMBER:
        return float(value)
    if kind == t.DATE:
        return value.date().isoformat() if isinstance(value, dt.datetime) else str(value)
    if kind == t.DATETIME:
        return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value).removesuffix("Z"))
    return str(value)


def parsed(tables, report, conn, language, from_csv):
    spec = kinds(report, conn, language)
    out = {}
    for name, rows in tables.items():
        if name == "about":
            continue
        header, *body = rows
        assert len(header) == len(spec[name]), name
        out[name] = [[normalise(v, k, from_csv) for v, k in zip(row, spec[name], strict=True)] for row in body]
    return out


def same_moment(a: dt.datetime, stamp: str) -> bool:
    return abs(a - dt.datetime.fromisoformat(stamp.removesuffix("Z"))) <= dt.timedelta(milliseconds=1)


def check_export(tables, expected, report, language):
    """Every number of every table equals the recount; hidden cells are blank and really small."""
    figures = expected.kpis()
    targets = load_targets()

    kpis = {row[0]: row for row in tables["kpis"]}
    assert list(kpis) == [r.key for r in report.kpis]
    for key, row in kpis.items():
        assert row[2] == pytest.approx(figures[key]), key
        target = targets.get(key)
        if target is None:
            assert row[4] is None and row[7] is None
            continue
        assert row[5] == target.value
        share = OCTOBER.days / 365 if report.period == OCTOBER else None
        if share is not None:
            want = target.value if target.years is None else round(target.value * share / target.years,
                                                                     1 if key == "after_school_days" else 0)
            assert row[4] == pytest.approx(want), key
        assert row[7] == pytest.approx(figures[key] / row[4], abs=1e-4), key
        assert row[1] == next(r.definition.text("title", language) for r in report.kpis if r.key == key)

    cells = expected.kpi_cells()
    people = {r.key for r in report.kpis if r.definition.people}
    seen_hidden = 0
    for key, _name, _dim, cell, _label, value, note in tables["breakdowns"]:
        truth = cells.get((key, cell), 0)
        if value is None:
            seen_hidden += 1
            assert key in people and note == text("hidden_privacy", language), (key, cell)
        else:
            assert value == pytest.approx(truth), (key, cell)
            assert not note
            # a shown cell of people is never small
            assert key not in people or truth == 0 or truth >= MIN_CELL, (key, cell, truth)
    assert seen_hidden == sum(c.suppressed for r in report.kpis for c in r.cells())

    daily = expected.visitors_daily()
    assert {(row[0], row[1]): row[2] for row in tables["visitors_daily"]} == {
        key: sum(c.values()) for key, c in daily.items()}
    for row in tables["visitors_daily"]:
        assert row[3:] == [daily[(row[0], row[1])].get(lang, 0) for lang in ("lv", "en", "ru")]

    exhibits = expected.exhibits()
    assert {row[0] for row in tables["exhibits"]} == set(exhibits)
    for exhibit, runs, completions, rate, minutes, per_run in tables["exhibits"]:
        want_runs, want_completions, want_minutes = exhibits[exhibit]
        assert (runs, completions) == (want_runs, want_completions)
        assert rate == pytest.approx(want_completions / want_runs, abs=1e-4)
        assert minutes == pytest.approx(want_minutes, abs=0.051)
        assert per_run == pytest.approx(want_minutes / want_runs, abs=0.0051)

    by_day = expected.exhibit_daily()
    assert len(tables["exhibit_daily"]) == len(by_day)
    for day, exhibit, runs, completions, minutes in tables["exhibit_daily"]:
        want = by_day[(day, exhibit)]
        assert (runs, completions) == want[:2]
        assert minutes == pytest.approx(want[2], abs=0.051)

    programmes = expected.programme_rows()
    assert {row[0] for row in tables["programmes"]} == set(programmes)
    for code, _title, _subject, sessions, days, participants, graduations, _note in tables["programmes"]:
        want = programmes[code]
        assert (sessions, days) == want[:2]
        assert participants == want[2] if participants is not None else 0 < want[2] < MIN_CELL
        if graduations is not None:
            assert graduations == want[3]

    visits = {v["id"]: v for v in expected.visits}
    assert [row[0] for row in tables["visits"]] == sorted(visits, key=lambda i: (expected.local[
        visits[i]["started_at"]], i))
    for vid, station, day, started, ended, language_code, end_reason, session in tables["visits"]:
        raw = visits[vid]
        assert (station, day, language_code, end_reason, session) == (
            raw["station_id"], raw["local_day"], raw["language"], raw["end_reason"], raw["programme_session_id"])
        assert same_moment(started, raw["started_at"]) and same_moment(ended, raw["ended_at"])

    runs = {r["id"]: r for r in expected.runs}
    assert {row[0] for row in tables["exhibit_runs"]} == set(runs)
    for rid, visit, station, exhibit, day, started, ended, active_s, outcome, score, interactions in tables[
            "exhibit_runs"]:
        raw = runs[rid]
        assert (visit, station, exhibit, day, outcome, interactions) == (
            raw["visit_id"], expected.visit_station[raw["visit_id"]], raw["exhibit_id"], raw["local_day"],
            raw["outcome"], raw["interactions"])
        assert active_s == pytest.approx(raw["active_ms"] / 1000)
        assert score == (pytest.approx(raw["score"]) if raw["score"] is not None else None)
        assert same_moment(started, raw["started_at"]) and same_moment(ended, raw["ended_at"])


@pytest.mark.parametrize("language", ["lv", "en", "ru"])
@pytest.mark.parametrize("station", [None, "kiosk-3"])
def test_csv_export_reads_back_equal_to_the_recount(demo_conn, recount, tmp_path, language, station):
    report = StatsEngine(demo_conn, min_cell=MIN_CELL).report(OCTOBER, station)
    progress = ExportProgress()
    written = export_csv(report, demo_conn, tmp_path / "csv", language, progress)
    assert progress.fraction == 1.0
    assert {p.name for p in written} == {f"{name}.csv" for name in (
        "about", "kpis", "breakdowns", "visitors_daily", "exhibits", "exhibit_daily", "programmes", "visits",
        "exhibit_runs")}
    raw = read_csv_folder(tmp_path / "csv")
    assert raw["kpis"][0][1] == text("col_name", language)
    about = dict(map(tuple, raw["about"][1:]))
    assert about[text("station", language)] == (station or text("all_stations", language))
    expected = recount(demo_conn, OCTOBER.first, OCTOBER.last, station)
    check_export(parsed(raw, report, demo_conn, language, from_csv=True), expected, report, language)


@pytest.mark.parametrize("language", ["lv", "en", "ru"])
def test_xlsx_export_reads_back_equal_to_the_recount(demo_conn, recount, tmp_path, language):
    station = "kiosk-1" if language == "ru" else None
    report = StatsEngine(demo_conn, min_cell=MIN_CELL).report(OCTOBER, station)
    path = export_xlsx(report, demo_conn, tmp_path / f"{export_name(report)}.xlsx", language)
    raw = read_xlsx(path, language)
    expected = recount(demo_conn, OCTOBER.first, OCTOBER.last, station)
    check_export(parsed(raw, report, demo_conn, language, from_csv=False), expected, report, language)


def test_xlsx_cells_are_typed_and_headers_frozen(demo_conn, tmp_path):
    import openpyxl

    report = StatsEngine(demo_conn).report(Period.week(dt.date(2026, 10, 14)))
    path = export_xlsx(report, demo_conn, tmp_path / "w.xlsx", "lv")
    workbook = openpyxl.load_workbook(path)  # not read-only: to see panes and formats
    summary = workbook[text("sheet_kpis", "lv")]
    assert summary["A1"].value == text("report_title", "lv")
    assert summary.freeze_panes == "A4"
    runs = workbook[text("sheet_exhibit_runs", "lv")]
    assert runs.freeze_panes == "A2"
    first = [c.value for c in runs[2]]
    assert isinstance(first[0], int) and isinstance(first[4], dt.datetime) and isinstance(first[5], dt.datetime)
    assert runs.cell(2, 6).number_format == "yyyy-mm-dd hh:mm:ss"
    assert isinstance(first[7], float)
    exhibits = workbook[text("sheet_exhibits", "lv")]
    assert exhibits.cell(2, 4).number_format == "0.0%" and 0 <= exhibits.cell(2, 4).value <= 1
    notes = [row[0].value for row in summary.iter_rows(min_row=5) if row[0].value]
    assert any(str(n).startswith("Privātums") for n in notes)


def test_a_table_longer_than_a_sheet_continues_on_the_next(demo_conn, tmp_path, monkeypatch):
    from kiosk.stats import exports

    monkeypatch.setattr(exports, "XLSX_MAX_ROWS", 1000)
    report = StatsEngine(demo_conn).report(Period.week(dt.date(2026, 10, 14)))
    path = export_xlsx(report, demo_conn, tmp_path / "split.xlsx", "en")
    import openpyxl

    titles = openpyxl.load_workbook(path, read_only=True).sheetnames
    assert "Exhibit runs" in titles and "Exhibit runs (2)" in titles
    tables = read_xlsx(path, "en")
    assert len(tables["exhibit_runs"]) - 1 == report.kpi("exhibit_runs").value


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_cancel_leaves_no_file_behind(demo_conn, tmp_path, kind):
    report = StatsEngine(demo_conn).report(OCTOBER)
    progress = ExportProgress()
    calls = {"n": 0}
    original = progress.advance

    def advance_then_cancel(rows):
        calls["n"] += 1
        if calls["n"] == 20:
            progress.cancel()
        original(rows)

    progress.advance = advance_then_cancel
    with pytest.raises(ExportCancelled):
        if kind == "csv":
            export_csv(report, demo_conn, tmp_path / "out", "en", progress)
        else:
            export_xlsx(report, demo_conn, tmp_path / "out.xlsx", "en", progress)
    assert 0 < progress.fraction < 1
    leftovers = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert leftovers == []


def test_export_to_a_missing_folder_is_a_clear_error(demo_conn, tmp_path):
    from kiosk.stats.exports import ExportError

    report = StatsEngine(demo_conn).report(Period.day(dt.date(2026, 10, 14)))
    with pytest.raises(ExportError, match="does not exist"):
        export_xlsx(report, demo_conn, tmp_path / "nope" / "r.xlsx")
