"""Reporting periods: local days in the station's time zone."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.stats.periods import (
    Period,
    PeriodError,
    last_month,
    local_today,
    parse_period,
    this_month,
    this_year,
)


def test_the_usual_periods():
    assert Period.month(2026, 2) == Period(dt.date(2026, 2, 1), dt.date(2026, 2, 28), "month")
    assert Period.month(2024, 2).days == 29
    assert Period.month(2026, 12).last == dt.date(2026, 12, 31)
    assert Period.year(2026).days == 365
    week = Period.week(dt.date(2026, 10, 25))  # a Sunday
    assert (week.first, week.last) == (dt.date(2026, 10, 19), dt.date(2026, 10, 25))
    assert week.label() == "2026-W43"
    assert Period.day(dt.date(2026, 3, 29)).label() == "2026-03-29"


def test_relative_periods_cross_the_new_year():
    today = dt.date(2026, 1, 15)
    assert last_month(today) == Period.month(2025, 12)
    assert this_month(today) == Period.month(2026, 1)
    assert this_year(today) == Period.year(2026)


def test_today_is_the_local_day_in_riga():
    late_evening_utc = dt.datetime(2026, 6, 30, 22, 30, tzinfo=dt.UTC)  # 01:30 on 1 July in Riga
    assert local_today("Europe/Riga", late_evening_utc) == dt.date(2026, 7, 1)


def test_daylight_saving_days_have_23_and_25_hours():
    assert Period.day(dt.date(2026, 3, 29)).hours("Europe/Riga") == 23
    assert Period.day(dt.date(2026, 10, 25)).hours("Europe/Riga") == 25
    assert Period.month(2026, 3).hours("Europe/Riga") == 31 * 24 - 1


def test_parsing_names_the_option_and_recognises_whole_months():
    assert parse_period("2026-03-01", "2026-03-31").kind == "month"
    assert parse_period("2026-01-01", "2026-12-31").kind == "year"
    assert parse_period("2026-03-29", "2026-03-29").kind == "day"
    assert parse_period("2026-03-02", "2026-03-08").kind == "week"
    assert parse_period("2026-03-02", "2026-03-10").kind == "custom"
    with pytest.raises(PeriodError, match="--from must be a date like 2026-03-29, not '2026-13-01'"):
        parse_period("2026-13-01", "2026-12-31")
    with pytest.raises(PeriodError, match="--to must be a date"):
        parse_period("2026-01-01", "soon")
    with pytest.raises(PeriodError, match=r"ends .* before it starts"):
        parse_period("2026-02-01", "2026-01-01")
