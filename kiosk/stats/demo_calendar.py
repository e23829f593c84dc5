"""The Latvian calendar the demo data follows: public holidays and school holidays.

School holidays follow the usual pattern of Latvian general-education schools (the exact dates
change a little from year to year; these are close enough for realistic demo data):
autumn holidays the last full week of October, winter holidays from 22 December to 3 January,
spring holidays the third week of March, summer holidays from 1 June to 31 August.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache


def easter_sunday(year: int) -> dt.date:
    """Gregorian Easter (the anonymous Gregorian algorithm, 'Meeus/Jones/Butcher')."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_offset = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_offset) // 451
    month, day = divmod(h + weekday_offset - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@lru_cache(maxsize=64)
def public_holidays(year: int) -> frozenset[dt.date]:
    """Latvia's public holidays (Good Friday to Easter Monday, Midsummer, the national days...)."""
    easter = easter_sunday(year)
    days = {
        dt.date(year, 1, 1),
        easter - dt.timedelta(days=2),
        easter,
        easter + dt.timedelta(days=1),
        dt.date(year, 5, 1),
        dt.date(year, 5, 4),
        dt.date(year, 6, 23),
        dt.date(year, 6, 24),
        dt.date(year, 11, 18),
        dt.date(year, 12, 24),
        dt.date(year, 12, 25),
        dt.date(year, 12, 26),
        dt.date(year, 12, 31),
    }
    return frozenset(days)


def _monday_on_or_after(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(7 - day.weekday()) % 7)


@lru_cache(maxsize=64)
def _school_breaks(year: int) -> tuple[tuple[dt.date, dt.date], ...]:
    autumn = _monday_on_or_after(dt.date(year, 10, 25)) - dt.timedelta(days=7)
    spring = _monday_on_or_after(dt.date(year, 3, 15))
    return (
        (dt.date(year, 1, 1), dt.date(year, 1, 3)),
        (spring, spring + dt.timedelta(days=6)),
        (dt.date(year, 6, 1), dt.date(year, 8, 31)),
        (autumn, autumn + dt.timedelta(days=6)),
        (dt.date(year, 12, 22), dt.date(year, 12, 31)),
    )


def is_school_holiday(day: dt.date) -> bool:
    """True on every day of a school holiday (weekends inside it included)."""
    return any(first <= day <= last for first, last in _school_breaks(day.year))


def is_summer(day: dt.date) -> bool:
    return 6 <= day.month <= 8


def is_school_term_day(day: dt.date) -> bool:
    """A weekday on which schools teach (no holiday, no public holiday)."""
    return day.weekday() < 5 and not is_school_holiday(day) and day not in public_holidays(day.year)
