"""Charts of visitors per day show only the days the station recorded and that have passed.

A year's report made in November at a station that opened in February once drew the weeks before
the first record and the weeks after today as zero visitors, so the 7-day average fell to 0.
"""

from __future__ import annotations

import datetime as dt

from stats_helpers import DEMO_DAYS, DEMO_END

from kiosk.stats.engine import StatsEngine
from kiosk.stats.periods import Period

FIRST_DEMO_DAY = DEMO_END - dt.timedelta(days=DEMO_DAYS - 1)
NOW = dt.datetime(2026, 11, 22, 15, 0, tzinfo=dt.UTC)


def test_days_before_the_first_record_and_after_today_have_no_data(demo_conn):
    report = StatsEngine(demo_conn).report(Period.year(2026), now=NOW)
    assert report.first_record_day == FIRST_DEMO_DAY
    series = report.daily_visitors()
    assert [day for day, _ in series] == Period.year(2026).each_day()
    before = [v for day, v in series if day < FIRST_DEMO_DAY]
    after = [v for day, v in series if day > NOW.date()]
    known = [v for day, v in series if FIRST_DEMO_DAY <= day <= NOW.date()]
    assert before and all(v is None for v in before)
    assert after and all(v is None for v in after)
    assert all(v is not None for v in known)  # a Monday the centre is closed is a real 0
    assert sum(known) == report.kpi("visitors").value


def test_one_station_counts_from_its_own_first_record(rows):
    rows.visit("2026-03-10 10:00", station="kiosk-2")
    rows.visit("2026-03-01 10:00", station="kiosk-1")
    engine = StatsEngine(rows.done())
    report = engine.report(Period.month(2026, 3), "kiosk-2", now=dt.datetime(2026, 3, 20, tzinfo=dt.UTC))
    assert report.first_record_day == dt.date(2026, 3, 10)
    known = [day for day, v in report.daily_visitors() if v is not None]
    assert known[0] == dt.date(2026, 3, 10) and known[-1] == dt.date(2026, 3, 20)
