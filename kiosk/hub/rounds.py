"""Hub replication rounds in the running kiosk, on one thread of their own (Qt-free).

Why a thread of its own (kiosk.periodic), as the KPI sync has: a round may wait up to the
connect timeout for a hub that is away, and a station that was offline for weeks catches up in
one long round. Nothing on the floor waits for it: check-ins are decided from the station's own
database (a badge unknown here is checked in provisionally), and the round settles them later.

A round runs ``first_delay_s`` after start (start-up stays fast), then every
``[hub] sync_interval_s``, or at once when asked (a provisional check-in, staff pressing "Sync
now"). A failed round changes nothing and is simply tried again at the next interval. The
station's demo flag is passed on by ``sync_station`` itself (a demo database marks its station
demo at the hub, which keeps it out of what the city receives).
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kiosk.clock import WallClock, utc_now
from kiosk.hub.connection import HubError, HubUnavailable, redact
from kiosk.hub.replication import ATTENDANCE_MARK, PARTICIPANT_MARK, RoundReport, StationIdentity
from kiosk.periodic import PeriodicWorker, said_once
from kiosk.store import Store
from kiosk.timestamps import iso_utc

log = logging.getLogger(__name__)

#: Station tables with ids of their own: what a round has sent is remembered as the highest id
#: the station held when a round succeeded (kpi_sync_state "hub.upto.<table>").
ID_TABLES = ("visits", "exhibit_runs", "programme_sessions")
UPTO = "hub.upto."


@dataclass(frozen=True)
class HubState:
    """What the staff card shows about the hub."""

    address: str  # the hub's address without its password
    busy: bool  # a round is running now
    last_round_at: dt.datetime | None  # the last round that ended (well or not)
    last_success_at: dt.datetime | None
    last_error: str | None  # why the last round failed; None when it went well
    last_report: RoundReport | None  # what the last good round moved
    waiting_up: int  # records of this station the hub does not have yet (as far as the station knows)
    provisional: int  # badges checked in while unknown here, waiting for a round


def waiting_up(reader: sqlite3.Connection) -> tuple[int, int]:
    """(records not yet sent to the hub, provisional check-ins not yet confirmed), from the station alone."""
    state = dict(reader.execute("SELECT key, value FROM kpi_sync_state WHERE key LIKE 'hub.%'").fetchall())
    waiting = 0
    for table in ID_TABLES:
        upto = int(state.get(UPTO + table, 0))
        waiting += int(reader.execute(f"SELECT count(*) FROM {table} WHERE id > ?", (upto,)).fetchone()[0])
    for table, mark in (("attendance", ATTENDANCE_MARK), ("participants", PARTICIPANT_MARK)):
        waiting += int(
            reader.execute(f"SELECT count(*) FROM {table} WHERE rowid > ?", (int(state.get(mark, 0)),)).fetchone()[0]
        )
    provisional = int(
        reader.execute("SELECT count(*) FROM provisional_checkins WHERE status = 'provisional'").fetchone()[0]
    )
    return waiting, provisional


class HubRounds:
    """Runs ``sync_station`` for one station on its own thread; ``tick()`` is one round, for tests."""

    def __init__(
        self,
        store: Store,
        settings: Any,
        *,
        dsn: str | None = None,
        clock: WallClock = utc_now,
        first_delay_s: float = 20.0,
        sync: Callable[[Store, str, StationIdentity], RoundReport] | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.dsn = dsn if dsn is not None else settings.hub.dsn
        self.interval_s = float(settings.hub.sync_interval_s)
        self.first_delay_s = first_delay_s
        self.clock = clock
        self._sync = sync
        try:
            self.address = redact(self.dsn)
        except HubError as exc:  # a malformed address: every round says so, the kiosk runs on
            self.address = "?"
            self._bad_address: str | None = str(exc)
        else:
            self._bad_address = None
        self.busy = False
        self.last_round_at: dt.datetime | None = None
        self.last_success_at: dt.datetime | None = None
        self.last_error: str | None = None
        self.last_report: RoundReport | None = None
        self.rounds = 0
        self._worker = PeriodicWorker("hub-rounds", self._scheduled_round, first_wait_s=first_delay_s)

    # -- control (any thread) ----------------------------------------------------------------

    def start(self) -> None:
        self._worker.start()

    def stop(self, timeout_s: float = 5.0) -> bool:
        """Ask the thread to end after its current round; True if it ended in time."""
        return self._worker.stop(timeout_s)

    def round_now(self) -> None:
        """Run a round as soon as the thread is free (a provisional check-in, staff asked)."""
        self._worker.wake()

    @property
    def running(self) -> bool:
        return self._worker.running

    def state(self) -> HubState:
        """The hub state for the staff card (reads the station database: call off the UI thread)."""
        waiting, provisional = waiting_up(self.store.reader())
        return HubState(self.address, self.busy, self.last_round_at, self.last_success_at, self.last_error,
                        self.last_report, waiting, provisional)

    # -- one round -------------------------------------------------------------------------

    def _scheduled_round(self) -> float:
        self.tick()
        return self.interval_s

    def tick(self) -> RoundReport | None:
        """One round; never raises (the hub must never take the kiosk down). The report, or None."""
        self.busy = True
        try:
            if self._bad_address:
                raise HubError(self._bad_address)
            report = self._round()
        except HubError as exc:  # unreachable, or something a person must fix: say it in words
            say = log.warning if isinstance(exc, HubUnavailable) else log.error
            self.last_error = said_once(self.last_error, str(exc), lambda text: say("hub round: %s", text))
            return None
        except Exception as exc:
            log.exception("hub round failed")
            self.last_error = f"{type(exc).__name__}: {exc}"
            return None
        else:
            self.last_error = None
            self.last_report = report
            self.last_success_at = self.clock()
            return report
        finally:
            self.last_round_at = self.clock()
            self.rounds += 1
            self.busy = False

    def _round(self) -> RoundReport:
        from kiosk import __version__
        from kiosk.hub.replication import database_id, sync_station

        reader = self.store.reader()
        # What the station holds now is what a good round will have sent (its snapshot is later).
        highest = {t: int(reader.execute(f"SELECT COALESCE(max(id), 0) FROM {t}").fetchone()[0]) for t in ID_TABLES}
        identity = StationIdentity(
            self.settings.station.id, self.settings.station.site, database_id(self.store), __version__,
            self.store.schema_version, retention_months=self.settings.programmes.retention_months,
        )
        report = (self._sync or sync_station)(self.store, self.dsn, identity)
        marks = [(UPTO + table, str(value)) for table, value in highest.items()]
        marks.append(("hub.last_round_at", iso_utc(self.clock())))
        self.store.call(
            lambda conn: conn.executemany(
                "INSERT INTO kpi_sync_state(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                marks,
            )
        ).wait(30)
        return report
