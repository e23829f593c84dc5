"""Opening hours: is the centre open at a given moment (local time of the station)?"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from kiosk.config import WEEKDAYS, UiSettings, parse_open_hours


def is_open(ui: UiSettings, moment: dt.datetime, timezone: str = "Europe/Riga") -> bool:
    """True when visitors may use the kiosk; always True when no hours are configured."""
    local = moment.astimezone(ZoneInfo(timezone))
    if WEEKDAYS[local.weekday()] in ui.closed_days:
        return False
    if not ui.open_hours:
        return True
    opening, closing = parse_open_hours(ui.open_hours)
    return opening <= local.time() < closing
