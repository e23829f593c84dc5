"""`kiosk sync`: send the KPI outbox once, or show what has been sent.

    kiosk sync [--dry-run] [--sink file|ngsi-ld|postgres] [--folder PATH] [--url URL] [--dsn DSN]
    kiosk sync status [--json]

Exit codes: 0 everything delivered; 1 some entities parked (refused by the target) or no
database; 2 the settings cannot work; 3 the target is unreachable for now (nothing is lost:
the entities stay queued and the kiosk keeps trying); 4 the database holds demo data, which is
never sent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from typing import TYPE_CHECKING, Any

from kiosk.config import SINKS, Settings
from kiosk.timestamps import local_time_text

if TYPE_CHECKING:  # loaded by the command that runs, not by `kiosk --help`
    from kiosk.store import Store
    from kiosk.sync.service import SyncService

EXIT_PARKED = 1
EXIT_CONFIG = 2
EXIT_UNREACHABLE = 3
EXIT_DEMO = 4


def register(subparsers: argparse._SubParsersAction) -> dict[str, Any]:  # type: ignore[type-arg]
    sync = subparsers.add_parser(
        "sync",
        help="send the KPI totals to the city KPI store (file, NGSI-LD broker or PostgreSQL)",
        description="Recompute the changed days and send every entity the target has not confirmed.",
    )
    sync.add_argument("--dry-run", action="store_true", help="show what would be sent; write and send nothing")
    sync.add_argument("--sink", choices=SINKS, help="sink for this run (default: [sync] sink)")
    sync.add_argument("--folder", metavar="PATH", help="file sink: folder for this run, e.g. a USB stick")
    sync.add_argument("--url", metavar="URL", help="ngsi-ld sink: the broker's base URL for this run")
    sync.add_argument("--tenant", metavar="NAME", help="ngsi-ld sink: NGSILD-Tenant for this run")
    sync.add_argument("--dsn", metavar="DSN", help="postgres sink: connection string for this run")
    sync.add_argument(
        "--wait", type=float, default=60.0, metavar="SECONDS",
        help="keep retrying transient failures this long before giving up for now (default 60)",
    )
    sync.add_argument("--retry-parked", action="store_true", help="send parked entities again (after a fix)")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    status = actions.add_parser("status", help="queued, sent and parked entities per target, last success")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    return {"sync": run}


def run(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.store import Store, StoreUnavailable, check_readable

    if args.wait < 0:
        print("--wait must be zero or more seconds.", file=sys.stderr)
        return EXIT_CONFIG
    status = getattr(args, "sync_command", None) == "status"
    # A dry run and the status only look: the store is opened read-only, and a missing or damaged
    # database is reported, never created, migrated or moved aside.
    looking = status or args.dry_run
    try:
        check_readable(settings.database_path)
    except StoreUnavailable as exc:
        print(exc, file=sys.stderr)
        return 1
    with Store(settings.database_path, readonly=looking, keep_unsaved=False) as store:
        if status:
            return _status(args, settings, store)
        return _sync(args, settings, store)


def _service(args: argparse.Namespace, settings: Settings, store: Store, *, need_source: bool = True) -> SyncService:
    from kiosk.sync.service import SyncService
    from kiosk.sync.sinks import choice_from_settings

    choice = choice_from_settings(
        settings,
        sink=getattr(args, "sink", None),
        folder=getattr(args, "folder", None),
        url=getattr(args, "url", None),
        dsn=getattr(args, "dsn", None),
        tenant=getattr(args, "tenant", None),
    )
    if need_source:
        return SyncService(settings, store, choice=choice)
    return SyncService(settings, store, choice=choice, source=_NoSource())


class _NoSource:
    """Status needs no KPI engine."""

    def daily(self, first: dt.date, last: dt.date) -> list[Any]:
        return []


def _sync(args: argparse.Namespace, settings: Settings, store: Store) -> int:
    from kiosk.sync.sinks import SyncConfigError

    try:
        service = _service(args, settings, store)
        target = service.target()
    except SyncConfigError as exc:
        print(f"Sync settings: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    from kiosk.sync.outbox import OutboxWriteFailed

    try:
        return _sync_or_deliver(args, service, target)
    except OutboxWriteFailed:
        # The store names the cause ("the disk is full at PATH", "... is read-only"); what was
        # not written is discarded at close, and the next sync computes it again.
        print(f"Nothing more was sent: {service.store.health.problem or 'the outbox could not be saved'}. "
              "Free space or fix the folder, then run kiosk sync again.", file=sys.stderr)
        return EXIT_UNREACHABLE
    finally:
        service.close()


def _sync_or_deliver(args: argparse.Namespace, service: Any, target: Any) -> int:
    from kiosk.sync.runner import DemoDatabase, refuse_demo_database

    try:
        refuse_demo_database(service.outbox)
    except DemoDatabase as exc:
        print(f"Nothing is sent: {exc}", file=sys.stderr)
        return EXIT_DEMO
    if args.dry_run:
        return _dry_run(service)
    scanned = service.scan()
    print(f"Recomputed {scanned.days} day(s): {scanned.changed + scanned.withdrawn} entities changed.")
    if args.retry_parked:
        print(f"{service.retry_parked()} parked entities will be sent again.")
    return _deliver_with_retries(service, target, args.wait)


def _deliver_with_retries(service: Any, target: Any, wait_s: float) -> int:
    from kiosk.sync.runner import DemoDatabase

    deadline = time.monotonic() + wait_s
    sent = parked = 0
    while True:
        try:
            report = service.deliver(force=True)
        except DemoDatabase as exc:
            print(f"Nothing is sent: {exc}", file=sys.stderr)
            return EXIT_DEMO
        sent += report.sent
        parked += report.parked
        for entity_id, reason in list(report.parked_reasons.items())[:10]:
            print(f"  parked {entity_id}: {reason}")
        if report.complete:
            print(f"Sent {sent} entities to {target}" + (f"; {parked} parked." if parked else "."))
            return EXIT_PARKED if parked else 0
        if report.refused:
            print(f"Sent {sent} entities. {target} refuses the sync: {report.refused}", file=sys.stderr)
            return EXIT_UNREACHABLE
        wait = (report.retry_at - service.clock()).total_seconds() if report.retry_at else 0.0
        if time.monotonic() + wait > deadline:
            left = service.status().current
            queued = left.queued if left else "?"
            print(
                f"Sent {sent} entities; {target} is not reachable now ({report.error}). "
                f"{queued} entities stay queued; the kiosk keeps trying.",
                file=sys.stderr,
            )
            return EXIT_UNREACHABLE
        print(f"  {report.error}; trying again in {wait:.0f} s")
        time.sleep(max(0.0, wait))


def _dry_run(service: Any) -> int:
    from kiosk.sync.entities import payload_hash

    # the store is opened read-only: nothing to flush, nothing written
    computed = service.outbox.compute(service.days_to_compute())
    changed, example = 0, None
    for day_entities in computed.values():
        for entity in day_entities.entities:
            current = service.outbox.entity(entity["id"])
            if current is None or current.payload_hash != payload_hash(entity):
                changed += 1
                example = example or entity
    target = service.target()
    target_id = service.outbox.target_id(target, create=False)
    waiting = (
        service.outbox.entity_count() if target_id is None
        else len(service.outbox.pending(target_id, 10**9))
    )
    print("Dry run: nothing is written or sent.")
    print(f"Target: {target}")
    print(f"Days to recompute: {len(computed)}; entities that would change: {changed}.")
    print(f"Entities waiting for this target now: {waiting} (batches of up to {service.sink().batch_size}).")
    if example is not None:
        print("Example entity:")
        print(json.dumps(example, ensure_ascii=False, indent=2))
    return 0


def _local(text: str | None, timezone: str) -> str:
    if not text:
        return "never"
    return local_time_text(text, timezone)


def _status(args: argparse.Namespace, settings: Settings, store: Store) -> int:
    service = _service(args, settings, store, need_source=False)
    status = service.status()
    if args.json:
        print(json.dumps(status.as_dict(), ensure_ascii=False, indent=2))
        return 0
    zone = settings.station.timezone
    print(f"Station {status.station} (site {status.site}): {status.entities} KPI entities in the outbox; "
          f"last scan {_local(status.last_scan_at, zone)}.")
    if status.config_error:
        print(f"Configured sink {status.sink}: cannot work: {status.config_error}")
    for target in status.targets:
        mark = "configured" if status.current is target else "also known"
        print(f"\n[{mark}] {target.kind}: {target.address}")
        print(f"  queued {target.queued}, sent {target.sent}, parked {target.parked}")
        print(f"  last success {_local(target.last_success_at, zone)}, last try {_local(target.last_attempt_at, zone)}")
        if target.last_error:
            print(f"  last problem: {target.last_error}")
        if target.next_attempt_at:
            print(f"  next try after {_local(target.next_attempt_at, zone)} ({target.failures} failure(s) in a row)")
        for parked in target.parked_examples:
            print(f"  parked {parked.entity_id}: {parked.reason}")
    return 0
