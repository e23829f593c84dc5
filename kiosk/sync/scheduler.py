"""The sync's own worker thread in the running kiosk.

A sync pass can block for minutes (a week of backlog, a broker timing out batch after batch)
and waits between tries for as long as the backoff says, so it runs on a thread of its own
(kiosk.periodic, which says why not Qt's pool) that wakes at once when told (a visit ended,
staff pressed "Sync now", the kiosk stops). The staff card reads the status through
``run_in_background``.

What it does, in order, whenever it wakes:
- at start (after a grace period, so start-up stays fast): a full change scan;
- on local midnight (day close): recompute the day that ended and deliver at once;
- after activity, and every ``scan_every_s``: recompute the changed days (cheap);
- every ``interval_s``, or when the backoff allows after a failure: a delivery pass.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from zoneinfo import ZoneInfo

from kiosk.clock import WallClock, utc_now
from kiosk.periodic import PeriodicWorker, said_once
from kiosk.store.database import StoreUnavailable
from kiosk.sync.outbox import OutboxWriteFailed
from kiosk.sync.runner import DeliveryReport, DemoDatabase
from kiosk.sync.service import SyncService
from kiosk.sync.sinks import SyncConfigError
from kiosk.timestamps import local_day

log = logging.getLogger(__name__)


class SyncScheduler:
    """Runs a SyncService on its own thread; ``tick()`` is the whole logic, for tests."""

    def __init__(
        self,
        service: SyncService,
        interval_s: float,
        *,
        clock: WallClock = utc_now,
        first_delay_s: float = 30.0,
        scan_every_s: float = 60.0,
    ) -> None:
        self.service = service
        self.interval_s = interval_s
        self.clock = clock
        self.scan_every_s = scan_every_s
        start = clock() + dt.timedelta(seconds=first_delay_s)
        self._next_scan = start
        self._next_sync = start
        self._started_scan = False
        self._day: dt.date | None = None
        self._activity = False
        self._sync_requested = False
        self._lock = threading.Lock()
        self._worker = PeriodicWorker("kpi-sync", self.tick, on_exit=lambda: self.service.close())
        #: What the last pass achieved and the last unexpected problem (for the status card).
        self.last_report: DeliveryReport | None = None
        self.last_problem: str | None = None
        self.busy = False

    # -- control (any thread) ----------------------------------------------------------------

    def start(self) -> None:
        self._worker.start()

    def stop(self, timeout_s: float = 5.0) -> bool:
        """Ask the thread to finish its current step and end; True if it ended in time."""
        return self._worker.stop(timeout_s)

    def notify_activity(self) -> None:
        """Something was recorded (a visit, session or day closed): recompute soon."""
        with self._lock:
            self._activity = True
        self._worker.wake()

    def sync_now(self) -> None:
        """Staff asked: scan and deliver now, whatever the backoff says."""
        with self._lock:
            self._activity = True
            self._sync_requested = True
        self._worker.wake()

    @property
    def running(self) -> bool:
        return self._worker.running

    # -- the logic ---------------------------------------------------------------------------

    def _local_day(self, moment: dt.datetime) -> dt.date:
        return local_day(moment, self.service.timezone)

    def _seconds_to_midnight(self, now: dt.datetime) -> float:
        zone = ZoneInfo(self.service.timezone)
        local = now.astimezone(zone)
        midnight = dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(0, 0, 1), zone)
        return max(1.0, (midnight - now).total_seconds())

    def tick(self) -> float:
        """Do what is due now; return the seconds until something else is due."""
        now = self.clock()
        with self._lock:
            activity, self._activity = self._activity, False
            requested, self._sync_requested = self._sync_requested, False
        self.busy = True
        try:
            if not self._started_scan and (now >= self._next_scan or requested):
                self.service.scan(full=True)
                self._started_scan = True
                self._next_scan = now + dt.timedelta(seconds=self.scan_every_s)
            today = self._local_day(now)
            if self._day is not None and today != self._day:
                self.service.refresh_days([self._day])  # day close: the day's final totals
                requested = True
            self._day = today
            if self._started_scan and (activity or now >= self._next_scan):
                self.service.scan()
                self._next_scan = now + dt.timedelta(seconds=self.scan_every_s)
            if self._started_scan and (requested or now >= self._next_sync):
                report = self.service.deliver(force=requested)
                if report is not None:
                    self.last_report = report
                    self._next_sync = report.retry_at or now + dt.timedelta(seconds=self.interval_s)
                else:  # still backing off from an earlier failure
                    self._next_sync = now + dt.timedelta(seconds=min(self.interval_s, self.scan_every_s))
            self.last_problem = None
        except DemoDatabase as exc:  # a demo station: nothing is ever sent, look again much later
            self.last_problem = said_once(self.last_problem, str(exc), lambda text: log.warning("KPI sync: %s", text))
            self._next_sync = now + dt.timedelta(days=1)
        except (StoreUnavailable, OutboxWriteFailed, SyncConfigError) as exc:
            # Known conditions (a full or read-only disk, settings staff must fix): one line, once
            # per problem, not a traceback every round; the store and doctor say more.
            self.last_problem = said_once(
                self.last_problem, str(exc), lambda text: log.warning("KPI sync waits: %s", text)
            )
            self._next_scan = now + dt.timedelta(seconds=self.scan_every_s)
            self._next_sync = max(self._next_sync, self._next_scan)
        except Exception as exc:  # the sync must never take the kiosk down; try again later
            log.exception("KPI sync step failed")
            self.last_problem = f"{type(exc).__name__}: {exc}"
            self._next_scan = now + dt.timedelta(seconds=self.scan_every_s)
            self._next_sync = max(self._next_sync, self._next_scan)
        finally:
            self.busy = False
        due = min(self._next_scan, self._next_sync)
        return min((due - now).total_seconds(), self._seconds_to_midnight(now))
