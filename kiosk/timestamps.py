"""The one format of moments in the databases, and local days (DESIGN.md section 5: "store UTC
timestamps; KPIs are computed per local day").

A stamp is UTC to the millisecond with a ``Z``: ``2026-03-28T23:59:00.123Z``. Stamps of this one
format sort as the moments they name, which SQL relies on (``MAX(started_at)``, ``at > ?``).
Write them with ``iso_utc`` and read them with ``parse_iso_utc``; the station's calendar day of
a moment is ``local_day``. The kiosk's sense of passing time is ``kiosk.clock``.
"""

from __future__ import annotations

import datetime as dt


def iso_utc(moment: dt.datetime) -> str:
    """A timezone-aware moment as a database stamp."""
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def utc_now_iso() -> str:
    """Now, as a database stamp (for code that is given no clock)."""
    return iso_utc(dt.datetime.now(dt.UTC))


def parse_iso_utc(text: str) -> dt.datetime:
    """A database stamp (``Z`` or ``+00:00``) as an aware UTC moment; one written without a zone
    (by hand, by an older tool) is UTC, as every stamp in the databases is."""
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def _zone(timezone: str | dt.tzinfo) -> dt.tzinfo:
    if isinstance(timezone, str):
        from zoneinfo import ZoneInfo  # on first use: not needed for the kiosk's first frame

        return ZoneInfo(timezone)
    return timezone


def local_day(moment: dt.datetime, timezone: str | dt.tzinfo) -> dt.date:
    """The station's calendar day (in its timezone, e.g. Europe/Riga) at a moment."""
    return moment.astimezone(_zone(timezone)).date()


def local_time_text(moment: dt.datetime | str, timezone: str | dt.tzinfo) -> str:
    """A moment (or a stamp) in the station's local time, to the minute, for staff to read."""
    if isinstance(moment, str):
        moment = parse_iso_utc(moment)
    return moment.astimezone(_zone(timezone)).strftime("%Y-%m-%d %H:%M")
