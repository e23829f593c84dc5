"""Which local days changed since the last look: the days whose KPIs must be recomputed.

Every journal and programme row carries a UTC stamp and its local day. The scan remembers a
watermark and returns the days of rows started, ended or checked in since then. The first scan
(no watermark) returns every day with data, which backfills the outbox. The watermark is set a
little before the scan began, so a write stamped just before the scan but committed just after
it is seen next time; recomputing a day twice is harmless (unchanged payloads are not queued).
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from kiosk.timestamps import iso_utc, local_day

WATERMARK_KEY = "scan_watermark"
#: Overlap between scans, covering writes stamped before a scan and committed after it.
OVERLAP = dt.timedelta(minutes=2)

_ALL_DAYS = """
    SELECT local_day FROM visits
    UNION SELECT local_day FROM exhibit_runs
    UNION SELECT local_day FROM programme_sessions
    UNION SELECT graduated_on FROM graduations
"""

# ``since_day`` keeps the periodic scan on the local_day indexes; a row of an older day that
# changes later (a visit closed at start-up after a power cut) is caught by the unbounded scan
# the scheduler runs once at start.
_CHANGED_DAYS = """
    SELECT local_day FROM visits
     WHERE local_day >= :since_day AND (started_at >= :since OR ended_at >= :since)
    UNION SELECT local_day FROM exhibit_runs
     WHERE local_day >= :since_day AND (started_at >= :since OR ended_at >= :since)
    UNION SELECT local_day FROM programme_sessions
     WHERE local_day >= :since_day AND (started_at >= :since OR ended_at >= :since)
    UNION SELECT s.local_day FROM attendance a JOIN programme_sessions s ON s.id = a.session_id
     WHERE a.checked_in_at >= :since
    UNION SELECT g.graduated_on FROM attendance a
      JOIN graduations g ON g.participant_code = a.participant_code
     WHERE a.checked_in_at >= :since
    UNION SELECT day.value FROM app_events e, json_each(e.detail, '$.days') AS day
     WHERE e.kind = 'journal.interrupted' AND e.at >= :since
"""
# (Graduations carry no time stamp of their own: one is recorded at a check-in, so the days of
# graduations of people checked in since the watermark are the days that may have changed.
# Visits and runs closed at start-up after a kill end at the kiosk's last heartbeat, maybe before
# the watermark: the journal names their days in a 'journal.interrupted' event stamped at the close.)


def _days(rows: list[tuple[str]]) -> set[dt.date]:
    days = set()
    for (text,) in rows:
        if text:
            try:
                days.add(dt.date.fromisoformat(text))
            except ValueError:
                continue  # a malformed day cannot be reported anyway
    return days


def all_days(conn: sqlite3.Connection) -> set[dt.date]:
    """Every local day with any data."""
    return _days(conn.execute(_ALL_DAYS).fetchall())


def changed_days(
    conn: sqlite3.Connection, since: dt.datetime, timezone: str, *, bounded: bool = True
) -> set[dt.date]:
    """Local days with rows started, ended or checked in at or after ``since``.

    ``bounded`` limits the scan to days from the day before ``since`` (fast, on indexes);
    unbounded also finds old days touched late (e.g. visits closed after a crash).
    """
    local = local_day(since, timezone)
    since_day = (local - dt.timedelta(days=1)).isoformat() if bounded else "0000-00-00"
    return _days(conn.execute(_CHANGED_DAYS, {"since": iso_utc(since), "since_day": since_day}).fetchall())
