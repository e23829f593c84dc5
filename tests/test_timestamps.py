"""The one timestamp format of the databases, and local days, written and read in one place."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from kiosk.timestamps import iso_utc, local_day, local_time_text, parse_iso_utc, utc_now_iso


def test_a_moment_is_written_in_utc_to_the_millisecond_with_a_z():
    riga = dt.datetime(2026, 3, 29, 1, 59, 0, 123456, tzinfo=ZoneInfo("Europe/Riga"))
    assert iso_utc(riga) == "2026-03-28T23:59:00.123Z"
    assert iso_utc(dt.datetime(2026, 7, 1, tzinfo=dt.UTC)) == "2026-07-01T00:00:00.000Z"


def test_stamps_sort_as_the_moments_they_name():
    moments = [dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(milliseconds=ms) for ms in (999, 1, 86_400_000)]
    assert sorted(iso_utc(m) for m in moments) == [iso_utc(m) for m in sorted(moments)]


@pytest.mark.parametrize("text", ["2026-03-28T23:59:00.123Z", "2026-03-28T23:59:00.123+00:00"])
def test_a_stamp_reads_back_as_the_same_aware_moment(text):
    moment = parse_iso_utc(text)
    assert moment == dt.datetime(2026, 3, 28, 23, 59, 0, 123000, tzinfo=dt.UTC)
    assert moment.utcoffset() == dt.timedelta(0)
    assert iso_utc(moment) == "2026-03-28T23:59:00.123Z"


def test_a_stamp_without_a_zone_is_utc_like_every_stamp_in_the_databases():
    assert parse_iso_utc("2026-03-28T23:59:00") == dt.datetime(2026, 3, 28, 23, 59, tzinfo=dt.UTC)


def test_now_is_written_in_the_same_format():
    text = utc_now_iso()
    assert text.endswith("Z") and len(text) == len("2026-03-28T23:59:00.123Z")
    assert abs(parse_iso_utc(text) - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)


def test_the_local_day_is_the_stations_calendar_day():
    late = dt.datetime(2026, 7, 1, 21, 30, tzinfo=dt.UTC)  # 00:30 on 2 July in Riga
    assert local_day(late, "Europe/Riga") == dt.date(2026, 7, 2)
    assert local_day(late, ZoneInfo("UTC")) == dt.date(2026, 7, 1)


def test_a_moment_is_shown_to_staff_in_local_time():
    assert local_time_text("2026-07-01T21:30:00.000Z", "Europe/Riga") == "2026-07-02 00:30"
    assert local_time_text(dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC), "Europe/Riga") == "2026-01-01 14:00"
