"""Retiring a station (`kiosk hub retire STATION`): a station taken away for good.

The hub waits for every station to take a purge down before it forgets the purged code's hash
(kiosk.hub.privacy.forget_purged_hashes), and the floor shows a station that stopped beating as
offline. A station switched off for good would hold both back for ever: retiring it tells the hub
not to wait for it. Its records stay in the centre's figures. A retired station id cannot come
back: the hub may have forgotten hashes the station would need to find the purged codes in its own
database, so its rounds and beats are refused; the computer rejoins under a new station id with an
empty data folder.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from kiosk.hub.connection import HubError
from kiosk.hub.privacy import forget_purged_hashes


class StationRetired(HubError):
    """A retired station asked to exchange with the hub."""


class UnsentRecords(HubError):
    """Retiring a station would leave records it said it had not sent out of the figures."""


@dataclass(frozen=True)
class Retirement:
    station_id: str
    retired_at: dt.datetime
    #: Records the station last said it had not sent (lost to the centre's figures).
    unsent: int
    #: Purged codes' hashes the hub kept only for this station, now forgotten.
    hashes_forgotten: int


def refuse_retired(conn: Any, station_id: str) -> None:
    """Raise StationRetired when ``station_id`` was retired; inside the caller's transaction."""
    row = conn.execute("SELECT retired_at FROM stations WHERE station_id = %s", (station_id,)).fetchone()
    if row is not None and row[0] is not None:
        raise StationRetired(
            f"station {station_id} was retired at the hub on {row[0]:%Y-%m-%d}: the centre takes nothing more "
            "from it. To use this computer again, give it a new station id and an empty data folder"
        )


def unsent_records(row: tuple[Any, ...]) -> int:
    """Records a station last said were not at the hub yet, from its ``waiting_up``,
    ``last_contact_at``, ``last_beat_at`` and its last beat's ``waiting_hub``: the newer of its
    last round and its last beat knows best."""
    waiting_up, contact_at, beat_at, waiting_in_beat = row
    beat_is_newer = beat_at is not None and (contact_at is None or beat_at > contact_at)
    return int((waiting_in_beat or 0) if beat_is_newer else (waiting_up or 0))


UNSENT_COLUMNS = "waiting_up, last_contact_at, last_beat_at, (last_beat ->> 'waiting_hub')::int"


def retire_station(conn: Any, station_id: str, *, by: str, force: bool = False) -> Retirement:
    """Retire ``station_id`` in one transaction, and forget the hashes kept only for it.

    Refused when the station last said it had records not yet at the hub, unless ``force``: they
    would never reach the centre's figures (better: let it finish a round first)."""
    with conn.transaction():
        row = conn.execute(
            f"SELECT retired_at, {UNSENT_COLUMNS} FROM stations WHERE station_id = %s FOR UPDATE", (station_id,)
        ).fetchone()
        if row is None:
            raise HubError(f"there is no station {station_id!r} at the hub: `kiosk hub status` lists them")
        if row[0] is not None:
            raise HubError(f"station {station_id} is already retired (since {row[0]:%Y-%m-%d %H:%M} UTC)")
        unsent = unsent_records(row[1:])
        if unsent and not force:
            raise UnsentRecords(
                f"station {station_id} last said {unsent} records of it were not at the hub yet: retired now, "
                "they would never count. Let it finish a round first (`kiosk hub sync` on the station), or "
                "retire it with --force"
            )
        now = conn.execute(
            "UPDATE stations SET retired_at = now(), retired_by = %s WHERE station_id = %s RETURNING retired_at",
            (by, station_id),
        ).fetchone()[0]
        forgotten = forget_purged_hashes(conn)
    return Retirement(station_id, now, unsent, forgotten)
