"""Reporting periods: ranges of local days in the station's time zone (Europe/Riga by default).

Every row the kiosk records carries the local day it started on (``local_day``), so a period is
just an inclusive range of days and a query never converts time zones. A day is a calendar day
on the station's clock: 23 hours long on the last Sunday of March, 25 on the last of October.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

KINDS = ("day", "week", "month", "year", "custom")


class PeriodError(ValueError):
    """A period a person asked for that makes no sense; the message says why."""


@dataclass(frozen=True)
class Period:
    """Local days ``first`` to ``last``, both included."""

    first: dt.date
    last: dt.date
    kind: str = "custom"

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise PeriodError(f"the period ends ({self.last}) before it starts ({self.first})")
        if self.kind not in KINDS:
            raise PeriodError(f"unknown kind of period {self.kind!r}; use one of {', '.join(KINDS)}")

    # -- the usual periods -------------------------------------------------------------------

    @classmethod
    def day(cls, day: dt.date) -> Period:
        return cls(day, day, "day")

    @classmethod
    def week(cls, day: dt.date) -> Period:
        """The ISO week (Monday to Sunday) containing ``day``."""
        monday = day - dt.timedelta(days=day.weekday())
        return cls(monday, monday + dt.timedelta(days=6), "week")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        first = dt.date(year, month, 1)
        following = dt.date(year + (month == 12), month % 12 + 1, 1)
        return cls(first, following - dt.timedelta(days=1), "month")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")

    @classmethod
    def custom(cls, first: dt.date, last: dt.date) -> Period:
        return cls(first, last, "custom")

    # -- facts -------------------------------------------------------------------------------

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def each_day(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=i) for i in range(self.days)]

    @property
    def first_text(self) -> str:
        return self.first.isoformat()

    @property
    def last_text(self) -> str:
        return self.last.isoformat()

    def label(self) -> str:
        """A compact, language-neutral label: 2026-03, 2026, 2026-W13, 2026-03-29 or a range."""
        if self.kind == "year":
            return str(self.first.year)
        if self.kind == "month":
            return self.first.strftime("%Y-%m")
        if self.kind == "week":
            year, week, _ = self.first.isocalendar()
            return f"{year}-W{week:02d}"
        if self.first == self.last:
            return self.first_text
        return f"{self.first_text} – {self.last_text}"

    def utc_bounds(self, timezone: str) -> tuple[dt.datetime, dt.datetime]:
        """The UTC instants where the period starts and ends (end exclusive), DST included."""
        zone = ZoneInfo(timezone)
        start = dt.datetime.combine(self.first, dt.time(), zone)
        end = dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time(), zone)
        return start.astimezone(dt.UTC), end.astimezone(dt.UTC)

    def hours(self, timezone: str) -> float:
        """Length in hours (a period containing a DST change is an hour shorter or longer)."""
        start, end = self.utc_bounds(timezone)
        return (end - start).total_seconds() / 3600


# -- periods relative to today ---------------------------------------------------------------

def local_today(timezone: str, now: dt.datetime | None = None) -> dt.date:
    """Today on the station's clock."""
    moment = now or dt.datetime.now(dt.UTC)
    return moment.astimezone(ZoneInfo(timezone)).date()


def this_month(today: dt.date) -> Period:
    return Period.month(today.year, today.month)


def last_month(today: dt.date) -> Period:
    previous = today.replace(day=1) - dt.timedelta(days=1)
    return Period.month(previous.year, previous.month)


def this_year(today: dt.date) -> Period:
    return Period.year(today.year)


def parse_day(text: str, what: str = "date") -> dt.date:
    """'2026-03-29' -> date; PeriodError naming the option and the expected form."""
    try:
        return dt.date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise PeriodError(f"{what} must be a date like 2026-03-29, not {text!r}") from None


def parse_period(first: str, last: str) -> Period:
    """A period from two dates as typed on the command line."""
    period = Period.custom(parse_day(first, "--from"), parse_day(last, "--to"))
    return _recognise(period)


def _recognise(period: Period) -> Period:
    """Name a custom range that is exactly a day, week, month or year (for labels)."""
    first, last = period.first, period.last
    if first == last:
        return Period.day(first)
    if first.weekday() == 0 and period.days == 7:
        return Period.week(first)
    if first.day == 1 and Period.month(first.year, first.month).last == last:
        return Period.month(first.year, first.month)
    if first == dt.date(first.year, 1, 1) and last == dt.date(first.year, 12, 31):
        return Period.year(first.year)
    return period
