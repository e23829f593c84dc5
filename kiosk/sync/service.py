"""The sync of one station, assembled: outbox, change scan, sink, delivery and status.

Used by the kiosk's scheduler thread, by ``kiosk sync`` and by the staff status card.
Everything here may block on the disk or the network: never call it on the UI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.clock import WallClock, utc_now
from kiosk.config import Settings
from kiosk.store import Store
from kiosk.store.database import StoreUnavailable
from kiosk.sync import changes
from kiosk.sync.entities import SUPPRESSED, StationIdentity
from kiosk.sync.kpi_source import KpiSource
from kiosk.sync.outbox import Outbox, RefreshResult, Target, TargetStatus
from kiosk.sync.retry import Backoff
from kiosk.sync.runner import DeliveryReport, deliver
from kiosk.sync.sinks import Sink, SinkChoice, SyncConfigError, choice_from_settings, make_sink
from kiosk.timestamps import iso_utc, local_day, parse_iso_utc

log = logging.getLogger(__name__)

LAST_SCAN_KEY = "last_scan_at"
#: The local day and figures' watermark of the last own-centre computation (see _queue_own_centre).
OWN_CENTRE_KEY = "own_centre_day"
#: The KPIs the station shared daily when its older days were last revisited (see _unshared_days).
SHARED_KPIS_KEY = "shared_kpis"


@dataclass
class SyncStatus:
    """Everything `kiosk sync status` and the staff card show."""

    station: str
    site: str
    sink: str  # the configured sink kind
    target: str | None  # its address, or None when the settings are incomplete
    config_error: str | None
    entities: int
    last_scan_at: str | None
    targets: list[TargetStatus] = field(default_factory=list)
    #: days with records not computed into the outbox yet: they are sent after the next scan
    days_to_compute: int = 0

    @property
    def current(self) -> TargetStatus | None:
        """The configured target's status."""
        for status in self.targets:
            if self.target is not None and status.kind == self.sink and status.address == self.target:
                return status
        return None

    def as_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "targets"}
        data["targets"] = [t.as_dict() for t in self.targets]
        return data


class SyncService:
    """One station's KPI sync."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        *,
        source: KpiSource | None = None,
        choice: SinkChoice | None = None,
        clock: WallClock = utc_now,
        backoff: Backoff | None = None,
        sink_factory: Callable[[SinkChoice], Sink] | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.clock = clock
        self.backoff = backoff or Backoff()
        self.station = StationIdentity.from_settings(settings)
        self.timezone = settings.station.timezone
        if source is None:
            from kiosk.sync.kpi_source import StatsKpiSource

            source = StatsKpiSource(settings, store)
        self.source = source
        self.outbox = Outbox(store, source, self.station, min_cell=settings.stats.min_cell, clock=clock)
        self.choice = choice or choice_from_settings(settings)
        self._sink_factory = sink_factory
        self._sink: Sink | None = None
        self._sink_lock = threading.Lock()

    # -- the sink ---------------------------------------------------------------------------

    def sink(self) -> Sink:
        """The configured sink (built on first use); SyncConfigError if the settings cannot work."""
        with self._sink_lock:
            if self._sink is None:
                if self._sink_factory is not None:
                    self._sink = self._sink_factory(self.choice)
                else:
                    self._sink = make_sink(self.choice, self.station, Path(self.settings.data_dir), clock=self.clock)
            return self._sink

    def target(self) -> Target:
        return self.sink().target

    def close(self) -> None:
        with self._sink_lock:
            if self._sink is not None:
                self._sink.close()
                self._sink = None

    # -- recomputing ------------------------------------------------------------------------

    def days_to_compute(self, *, full: bool = False) -> set[dt.date]:
        """Local days with records the outbox has not computed yet (every day before the first
        scan): what the next scan recomputes, what the dry run and the staff card count."""
        watermark = self.outbox.get_state(changes.WATERMARK_KEY)
        reader = self.store.reader()
        if watermark is None:
            return changes.all_days(reader)
        return changes.changed_days(reader, parse_iso_utc(watermark), self.timezone, bounded=not full)

    def scan(self, *, full: bool = False) -> RefreshResult:
        """Recompute the days that changed since the last scan (all days the first time).

        ``full`` also looks at old days touched late (run once at start-up).
        """
        if not self.store.flush(timeout=30):
            raise StoreUnavailable(f"the store cannot save right now: {self.store.health.problem or 'busy'}")
        started = self.clock()
        days = self.days_to_compute(full=full)
        shared = getattr(self.source, "shared_kpis", None)
        signature = ",".join(sorted(shared)) if shared is not None else None
        days_to_refresh: Iterable[dt.date] = days
        if shared is not None and self.outbox.get_state(SHARED_KPIS_KEY) != signature:
            days_to_refresh = sorted(set(days) | set(self._unshared_days(shared)))
        result = self.outbox.refresh(days_to_refresh)
        if signature is not None:
            self.outbox.set_state(SHARED_KPIS_KEY, signature)
        self.outbox.set_state(changes.WATERMARK_KEY, iso_utc(started - changes.OVERLAP))
        self.outbox.set_state(LAST_SCAN_KEY, iso_utc(started))
        if result.changed or result.withdrawn:
            log.info("KPI outbox: %d entities changed over %d days", result.changed + result.withdrawn, result.days)
        if not self.has_hub():
            self._queue_own_centre(changed=bool(result.days))
        return result

    def has_hub(self) -> bool:
        """Whether this station belongs to a centre with a hub ([hub] dsn, or $VIZIUM_HUB_DSN)."""
        hub = getattr(self.settings, "hub", None)
        return bool(getattr(hub, "dsn", "") or "")

    def _queue_own_centre(self, *, changed: bool) -> tuple[int, int]:
        """A single kiosk (no hub) is its own centre: queue the period entities (year and month to
        date) of its own database, with the code the hub's publisher uses (kiosk.sync.centre).

        Recomputed when days changed or the local day moved on (a new month starts its entities);
        a station with a hub never does this, the centre publisher does. Returns (queued, withdrawn).
        """
        from kiosk.stats.engine import StatsEngine
        from kiosk.stats.targets import Targets
        from kiosk.sync.centre import centre_entities, queue_centre_entities

        today = self.local_today()
        if not changed and self.outbox.get_state(OWN_CENTRE_KEY) == today.isoformat():
            return 0, 0
        engine = StatsEngine(
            self.store.reader(), targets=Targets({}, Path("-")), min_cell=self.settings.stats.min_cell,
            timezone=self.timezone, languages=tuple(self.settings.ui.languages),
        )
        now = self.clock()
        computed = centre_entities(
            lambda period: engine.report(period, now=now), self.station.site, today,
            self.settings.stats.min_cell, iso_utc(now),
        )
        queued, withdrawn = queue_centre_entities(self.store, computed)
        self.outbox.set_state(OWN_CENTRE_KEY, today.isoformat())
        if queued or withdrawn:
            log.info("Centre KPIs for %s: %d entities changed, %d withdrawn", " and ".join(computed.periods),
                     queued, withdrawn)
        return queued, withdrawn

    def _unshared_days(self, shared: frozenset[str]) -> list[dt.date]:
        """Days with a cell this station sent before of a KPI it no longer shares daily (an older
        version sent every KPI per day): recomputing them withdraws those cells."""
        rows = self.store.reader().execute(
            "SELECT DISTINCT period_from, kpi FROM kpi_outbox WHERE station_id = ?"
            " AND json_extract(payload, '$.kpiValue') IS NOT ?",
            (self.station.station, SUPPRESSED),
        )
        return sorted({dt.date.fromisoformat(day) for day, kpi in rows if kpi not in shared})

    def refresh_days(self, days: list[dt.date]) -> RefreshResult:
        """Recompute named days (day close, or staff asking for a period)."""
        self.store.flush(timeout=30)
        return self.outbox.refresh(days)

    def local_today(self) -> dt.date:
        return local_day(self.clock(), self.timezone)

    # -- delivering -------------------------------------------------------------------------

    def due(self) -> bool:
        """Whether the target's backoff allows a try now."""
        try:
            target_id = self.outbox.target_id(self.target(), create=False)
        except SyncConfigError:
            return False
        if target_id is None:
            return True
        next_at = self.outbox.next_attempt_at(target_id)
        return next_at is None or next_at <= self.clock()

    def deliver(self, *, force: bool = False, max_batches: int | None = None) -> DeliveryReport | None:
        """One pass to the configured target; None when its backoff says not yet."""
        if not force and not self.due():
            return None
        return deliver(self.outbox, self.sink(), backoff=self.backoff, clock=self.clock, max_batches=max_batches)

    def retry_parked(self) -> int:
        target_id = self.outbox.target_id(self.target(), create=False)
        return self.outbox.retry_parked(target_id) if target_id is not None else 0

    # -- status -----------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        try:
            target: Target | None = self.target()
            problem = None
        except SyncConfigError as exc:
            target, problem = None, str(exc)
        return SyncStatus(
            station=self.station.station,
            site=self.station.site,
            sink=target.kind if target else self.choice.kind,
            target=target.address if target else None,
            config_error=problem,
            entities=self.outbox.entity_count(),
            last_scan_at=self.outbox.get_state(LAST_SCAN_KEY),
            targets=self.outbox.status([target] if target else []),
            days_to_compute=len(self.days_to_compute()),
        )
