"""The running station's link to the hub for health and settings (issue 19), on a thread of its own.

Why a thread apart from the replication rounds (kiosk.hub.rounds): a station catching up after
weeks away runs one long round, and its beats must go on meanwhile, or the floor shows it offline.

Every ``[hub] heartbeat_s`` the thread connects to the hub, writes the station's beat
(kiosk.hub.health), looks for a newer settings version (kiosk.hub.settings_sync) and reports
what the station runs. Like the replication rounds (kiosk.hub.rounds), nothing on the floor
waits for it: a hub that is away only skips beats, said once in the log until it is back.
Qt-free: the kiosk's UI wires it up (kiosk.ui.hub_station) and gives it the camera's figures.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from typing import Any

from kiosk.clock import WallClock, utc_now
from kiosk.config import Settings
from kiosk.hub.connection import HubError, HubUnavailable, connect
from kiosk.hub.health import collect_beat, last_event_id, write_beat
from kiosk.hub.schema import require_current
from kiosk.hub.settings_sync import CentreSettings
from kiosk.periodic import PeriodicWorker, said_once
from kiosk.store import Store

log = logging.getLogger(__name__)

#: A beat is small: a hub that does not answer in this time is away for this beat, and a kiosk
#: that stops meanwhile is not held up for long.
BEAT_CONNECT_TIMEOUT_S = 5


class StationLink:
    """Beats and settings for one station; ``tick()`` is one exchange, for tests."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        centre: CentreSettings | None = None,
        camera: Callable[[], Mapping[str, Any] | None] = lambda: None,
        clock: WallClock = utc_now,
        beat_clock: Callable[[], dt.datetime | None] = lambda: None,
        first_delay_s: float = 5.0,
    ) -> None:
        self.store = store
        self.settings = settings
        self.dsn = settings.hub.dsn
        self.interval_s = float(settings.hub.heartbeat_s)
        self.first_delay_s = first_delay_s
        self.centre = centre or CentreSettings(settings, clock)
        self.camera = camera
        self.clock = clock
        #: The time a beat is stamped with; None: the hub's own clock (tests give their own).
        self.beat_clock = beat_clock
        self.started_at = clock()
        self.beats = 0  # beats the hub took
        self.last_error: str | None = None
        self._since_event: int | None = None
        self._worker = PeriodicWorker("hub-station", self._scheduled_tick, first_wait_s=first_delay_s)

    # -- control (any thread) ----------------------------------------------------------------

    def start(self) -> None:
        self._worker.start()

    def stop(self, timeout_s: float = 5.0) -> bool:
        """Ask the thread to end after its current exchange; True if it ended in time."""
        return self._worker.stop(timeout_s)

    def beat_now(self) -> None:
        """Exchange as soon as the thread is free (settings were just applied: tell the hub)."""
        self._worker.wake()

    @property
    def running(self) -> bool:
        return self._worker.running

    def _scheduled_tick(self) -> float:
        self.tick()
        return self.interval_s

    # -- one exchange ------------------------------------------------------------------------

    def tick(self) -> bool:
        """Beat, look for settings, report; never raises (the hub must never take the kiosk down)."""
        try:
            self._exchange()
        except HubError as exc:  # away, or something a person must fix: said once until it changes
            say = log.warning if isinstance(exc, HubUnavailable) else log.error
            self.last_error = said_once(self.last_error, str(exc), lambda text: say("hub heartbeat skipped: %s", text))
            return False
        except Exception as exc:
            self.last_error = said_once(
                self.last_error, f"{type(exc).__name__}: {exc}", lambda _text: log.exception("hub heartbeat failed")
            )
            return False
        if self.last_error is not None:
            log.info("hub heartbeat: the hub answers again")
        self.last_error = None
        self.beats += 1
        return True

    def _exchange(self) -> None:
        import psycopg

        if self._since_event is None:
            self._since_event = last_event_id(self.store.reader())
        conn = connect(self.dsn, purpose="heartbeat", timeout_s=BEAT_CONNECT_TIMEOUT_S)
        try:
            require_current(conn, self.dsn)
            conn.commit()
            settings = self.centre.running  # with the settings version the last idle reset applied
            beat, upto = collect_beat(
                self.store, settings, now=self.clock(), started_at=self.started_at,
                since_event_id=self._since_event, camera=self.camera(),
            )
            write_beat(conn, settings, beat, self.beat_clock())
            self._since_event = upto  # counted at the hub: the next beat counts from here
            self.centre.check(conn)
            self.centre.report(conn)
            conn.commit()  # the check's read began a transaction: the report is saved with it
        except psycopg.OperationalError as exc:
            first_line = (str(exc).strip().splitlines() or ["connection lost"])[0]
            raise HubUnavailable(f"lost the hub during a heartbeat: {first_line}") from None
        finally:
            conn.close()
