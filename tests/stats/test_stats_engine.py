"""The KPI engine against an independent recount of the raw rows of a demo database."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.stats import definitions as d
from kiosk.stats.engine import StatsEngine
from kiosk.stats.periods import Period
from kiosk.stats.suppression import COMPLEMENTARY, SMALL

PERIODS = [
    Period.month(2026, 10),  # the autumn clock change (25 October) inside
    Period.custom(dt.date(2026, 3, 20), dt.date(2026, 4, 5)),  # the spring change (29 March) inside
    Period.week(dt.date(2026, 9, 16)),
    Period.day(dt.date(2026, 3, 29)),  # a 23-hour day
    Period.custom(dt.date(2026, 2, 26), dt.date(2026, 11, 22)),  # everything
]


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: p.label())
@pytest.mark.parametrize("station", [None, "kiosk-2"])
def test_every_kpi_and_cell_equals_an_independent_recount(demo_conn, recount, period, station):
    report = StatsEngine(demo_conn, min_cell=1).report(period, station)
    expected = recount(demo_conn, period.first, period.last, station)
    values = {r.key: r.value for r in report.kpis}
    assert values == pytest.approx(expected.kpis())
    cells = expected.kpi_cells()
    for result in report.kpis:
        for cell in result.cells():
            assert cell.value == pytest.approx(cells.get((result.key, cell.name), 0)), (result.key, cell.name)
    # and nothing the recount found is missing from the report (a one-role KPI has no role breakdown)
    named = {(r.key, c.name) for r in report.kpis for c in r.cells()}
    one_role = {r.key for r in report.kpis if len(r.definition.roles) == 1}
    found = {(kpi, name) for (kpi, name), value in cells.items()
             if value and not (kpi in one_role and name.startswith("role-"))}
    assert found <= named


def test_demo_month_has_real_figures_to_check(demo_conn):
    report = StatsEngine(demo_conn).report(Period.month(2026, 10))
    for key in ("visitors", "exhibit_runs", "pupils_students", "teachers", "graduates", "programmes_offered",
                "digital_children", "digital_adults"):
        assert report.kpi(key).value > 0, key
    assert report.kpi("after_school_days").value == pytest.approx(2.0, abs=0.3)


@pytest.mark.parametrize("min_cell", [3, 5, 10])
def test_suppression_hides_small_cells_and_every_cell_a_total_would_give_away(demo_conn, min_cell):
    report = StatsEngine(demo_conn, min_cell=min_cell).report(Period.month(2026, 10))
    assert report.suppression.total > 0
    for result in report.kpis:
        cells = list(result.cells())
        for cell in cells:
            if result.definition.source == d.GIRLS_SHARE:
                # a share is hidden when it is taken over fewer than min_cell people
                assert cell.suppressed == (cell.hidden == SMALL) and (cell.shown is None) == cell.suppressed
                continue
            if not cell.people:
                assert not cell.suppressed
                continue
            if 0 < cell.value < min_cell:
                assert cell.hidden == SMALL and cell.shown is None
            elif cell.hidden == "":
                assert cell.value == 0 or cell.value >= min_cell
            else:
                assert cell.hidden == COMPLEMENTARY and cell.shown is None
        # every one-way breakdown's total is published: never exactly one hidden cell in it
        for dimension, dim_cells in result.breakdowns.items():
            if dim_cells and dim_cells[0].people and dimension != d.GENDER_AGE:
                assert sum(c.suppressed for c in dim_cells) != 1, (result.key, dimension)
        # cross table: a row or column whose total (a one-way cell) is shown never has one hidden cell
        cross = {c.key: c for c in result.breakdowns.get(d.GENDER_AGE, ())}
        if cross:
            one_way = {(c.dimension, c.key[0]): c for c in cells if c.dimension in (d.GENDER, d.AGE_BAND)}
            genders = {g for g, _ in cross}
            ages = {a for _, a in cross}
            for age in ages:
                if not one_way[(d.AGE_BAND, age)].suppressed:
                    assert sum(cross[(g, age)].suppressed for g in genders) != 1
            for gender in genders:
                if not one_way[(d.GENDER, gender)].suppressed:
                    assert sum(cross[(gender, a)].suppressed for a in ages) != 1
    counted = sum(c.suppressed for r in report.kpis for c in r.cells()) + sum(
        p.participants.suppressed for p in report.programmes)
    assert counted == report.suppression.total


def test_targets_are_pro_rated_to_the_period(demo_conn):
    engine = StatsEngine(demo_conn)
    year = engine.report(Period.year(2026))
    assert year.kpi("pupils_students").period_target == 230
    assert year.kpi("graduates").period_target == 140  # 700 in five years
    assert year.kpi("programmes_offered").period_target == 20  # a level, not pro-rated
    month = engine.report(Period.month(2026, 10))
    assert month.kpi("pupils_students").period_target == round(230 * 31 / 365)
    assert month.kpi("after_school_days").period_target == 2
    result = month.kpi("pupils_students")
    assert result.progress == pytest.approx(result.value / result.period_target)
    assert month.kpi("visitors").progress is None


def test_visitors_by_day_fills_every_day_of_the_period(demo_conn):
    period = Period.month(2026, 10)
    report = StatsEngine(demo_conn).report(period)
    series = report.visitors_by_day()
    assert [day for day, _ in series] == period.each_day()
    assert sum(v for _, v in series) == report.kpi("visitors").value
    mondays = [v for day, v in series if day.weekday() == 0]
    assert mondays and all(v == 0 for v in mondays)  # the centre is closed on Mondays


def test_stations_and_programme_table(demo_conn, recount):
    period = Period.month(2026, 10)
    engine = StatsEngine(demo_conn, min_cell=1)
    assert engine.all_stations() == ["kiosk-1", "kiosk-2", "kiosk-3"]
    report = engine.report(period)
    assert report.stations == ("kiosk-1", "kiosk-2", "kiosk-3")
    expected = recount(demo_conn, period.first, period.last).programme_rows()
    assert {p.code: (p.sessions, p.days, p.participants.value, p.graduations.value)
            for p in report.programmes} == expected


def test_engine_rejects_a_nonsense_threshold(demo_conn):
    with pytest.raises(ValueError, match="min_cell"):
        StatsEngine(demo_conn, min_cell=0)


def test_girls_share_is_withheld_over_fewer_than_min_cell_people(tmp_path):
    from kiosk.store import Store
    from tests.stats.stats_helpers import Rows

    with Store(tmp_path / "kiosk.db") as store:
        rows = Rows(store)
        rows.programme("CODE-SCRATCH", subject="computing")
        rows.programme("MARINE-BIO", subject="biology")
        big = rows.session("CODE-SCRATCH", "2026-10-05 15:00")
        small = rows.session("MARINE-BIO", "2026-10-06 15:00")
        rows.attend(big, *[rows.participant("female") for _ in range(3)], *[rows.participant("male") for _ in range(3)])
        rows.attend(small, rows.participant("female"), rows.participant("male"))
        conn = rows.done()
        report = StatsEngine(conn, min_cell=5).report(Period.month(2026, 10))
        share = report.kpi("girls_share")
        assert share.value == 50.0 and not share.withheld  # 4 girls of 8
        by_programme = {c.key[0]: c for c in share.breakdowns[d.PROGRAMME]}
        assert by_programme["CODE-SCRATCH"].value == 50.0 and not by_programme["CODE-SCRATCH"].suppressed
        assert by_programme["MARINE-BIO"].suppressed and by_programme["MARINE-BIO"].shown is None
        alone = StatsEngine(conn, min_cell=10).report(Period.month(2026, 10)).kpi("girls_share")
        assert alone.withheld and alone.value == 0
