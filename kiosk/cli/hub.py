"""`kiosk hub`: set up the centre database, see every station's state, run a replication round.

    kiosk hub init [--dsn DSN]         create or upgrade the hub
    kiosk hub status [--dsn DSN] [--json]
    kiosk hub sync [--dsn DSN]         one round for this station: up what the hub lacks, down the registry
    kiosk hub publish [--sink file|ngsi-ld|postgres] [--folder PATH | --url URL | --dsn DSN]
                                       the centre's KPIs for the year and month to date, to the city
    kiosk hub serve [--dsn DSN] [--host 127.0.0.1] [--port 8080]
                                       the centre console: a web page for staff (docs/deployment.md)
    kiosk hub user add NAME --role staff|educator
                                       a console account (password asked, or read from stdin)
    kiosk hub retire STATION [--force] a station taken away for good: the hub stops waiting for it

The hub's address comes from --dsn, else $VIZIUM_HUB_DSN, else [hub] dsn in the configuration.
Exit codes: 0 done; 2 no hub configured or the hub cannot work with this kiosk; 3 the hub cannot be
reached now (nothing was lost: the next round sends everything again).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kiosk.config import SINKS

EXIT_CONFIG = 2
EXIT_UNREACHABLE = 3


def register(subparsers: argparse._SubParsersAction) -> dict[str, Any]:  # type: ignore[type-arg]
    hub = subparsers.add_parser(
        "hub",
        help="the centre database: set it up, see every station, replicate this station",
        description="The centre database (PostgreSQL) that all stations of a centre share. See docs/centre.md.",
    )
    hub.add_argument("--dsn", metavar="DSN", help="the hub's connection string (default: $VIZIUM_HUB_DSN or [hub] dsn)")
    actions = hub.add_subparsers(dest="hub_command", metavar="ACTION")
    actions.add_parser("init", help="create or upgrade the centre database")
    status = actions.add_parser("status", help="per station: last contact, records waiting up and down, versions")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    actions.add_parser("sync", help="one replication round for this station")
    publish = actions.add_parser(
        "publish", help="send the centre's KPIs (year and month to date, each person once) to the city"
    )
    publish.add_argument("--sink", choices=SINKS, help="sink for this run (default: [sync] sink)")
    publish.add_argument("--folder", metavar="PATH", help="file sink: folder for this run")
    publish.add_argument("--url", metavar="URL", help="ngsi-ld sink: the broker's base URL")
    publish.add_argument("--tenant", metavar="NAME", help="ngsi-ld sink: NGSILD-Tenant")
    publish.add_argument("--dsn", dest="sink_dsn", metavar="DSN", help="postgres sink: the city database")
    publish.add_argument("--wait", type=float, default=60.0, metavar="SECONDS",
                         help="keep retrying transient failures this long (default 60)")
    serve = actions.add_parser("serve", help="the centre console: the floor, KPIs, exports, settings (web)")
    serve.add_argument("--dsn", default=argparse.SUPPRESS, metavar="DSN", help="the hub's connection string")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine)")
    serve.add_argument("--port", type=int, default=8080, help="port to listen on (default 8080)")
    serve.add_argument("--forwarded-allow-ips", default="127.0.0.1", metavar="IPS",
                       help="proxies trusted for X-Forwarded-Proto/-For (default 127.0.0.1)")
    retire = actions.add_parser(
        "retire", help="a station taken away for good: its records stay, the hub stops waiting for it",
        description="Retire a station that will not come back: the floor no longer shows it, and the hub no "
                    "longer keeps purged codes' hashes for it. Its records stay in the centre's figures. The "
                    "station id cannot be used again.",
    )
    retire.add_argument("station", help="the station's id (as `kiosk hub status` lists it)")
    retire.add_argument("--force", action="store_true",
                        help="retire it even though it last said it had records not yet at the hub")
    retire.add_argument("--dsn", default=argparse.SUPPRESS, metavar="DSN", help="the hub's connection string")
    user = actions.add_parser("user", help="console accounts")
    user_actions = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_actions.add_parser("add", help="create a console account (the password is asked, or read from stdin)")
    add.add_argument("name", help="the account's user name")
    add.add_argument("--dsn", default=argparse.SUPPRESS, metavar="DSN", help="the hub's connection string")
    add.add_argument("--role", choices=("staff", "educator"), required=True,
                     help="staff: everything; educator: the KPIs, read-only")
    return {"hub": run}


def hub_dsn(settings: Any, given: str | None = None) -> str:
    """The hub's address: the command line, else [hub] dsn (which $VIZIUM_HUB_DSN already overrides
    when the settings are loaded, so `kiosk config show` names where it came from)."""
    if given:
        return given
    return str(settings.hub.dsn or "")


def run(args: argparse.Namespace, settings: Any) -> int:
    from kiosk.hub.connection import HubError, HubUnavailable

    dsn = hub_dsn(settings, getattr(args, "dsn", None))
    if not dsn:
        print("No hub is configured: give --dsn, set $VIZIUM_HUB_DSN, or [hub] dsn in the configuration.\n"
              "A single kiosk needs no hub.", file=sys.stderr)
        return EXIT_CONFIG
    action = getattr(args, "hub_command", None) or "status"
    try:
        if action == "init":
            return _init(dsn)
        if action == "sync":
            return _sync(dsn, settings)
        if action == "publish":
            return _publish(dsn, settings, args)
        if action == "serve":
            return _serve(dsn, settings, args)
        if action == "user":
            return _user_add(dsn, args)
        if action == "retire":
            return _retire(dsn, args.station, args.force)
        return _status(dsn, getattr(args, "json", False))
    except HubUnavailable as exc:
        print(f"{exc}\nNothing was lost: the station keeps its records and sends them at the next round.",
              file=sys.stderr)
        return EXIT_UNREACHABLE
    except HubError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_CONFIG


def _init(dsn: str) -> int:
    from kiosk.hub.connection import redact
    from kiosk.hub.schema import init_hub

    version, applied = init_hub(dsn)
    if applied:
        print(f"Hub at {redact(dsn)} is now at schema version {version} (applied {', '.join(map(str, applied))}).")
    else:
        print(f"Hub at {redact(dsn)} is up to date (schema version {version}).")
    return 0


def _retire(dsn: str, station_id: str, force: bool) -> int:
    import getpass

    from kiosk.hub.connection import connect
    from kiosk.hub.schema import require_current
    from kiosk.hub.stations import retire_station

    try:
        who = getpass.getuser()
    except (KeyError, OSError):  # no user name (a container without one)
        who = "?"
    conn = connect(dsn, purpose="retire")
    try:
        require_current(conn, dsn)
        conn.commit()
        retired = retire_station(conn, station_id, by=f"kiosk hub retire ({who})", force=force)
    finally:
        conn.close()
    lost = (f" It last said {retired.unsent} records were not at the hub yet: they are not in the figures."
            if retired.unsent else "")
    print(f"Station {station_id} retired at the hub ({retired.retired_at:%Y-%m-%d %H:%M %Z}). Its records stay in "
          f"the centre's figures; the floor no longer shows it, and {retired.hashes_forgotten} purged codes' "
          f"hashes kept for it are forgotten.{lost} To use its computer again, give it a new station id and an "
          "empty data folder.")
    return 0


def _status(dsn: str, as_json: bool) -> int:
    from kiosk.hub.status import format_status, hub_status

    status = hub_status(dsn)
    if as_json:
        print(json.dumps(status.as_json(), indent=2, ensure_ascii=False))
    else:
        print(format_status(status))
    return 0


def _sync(dsn: str, settings: Any) -> int:
    from kiosk import __version__
    from kiosk.hub.replication import StationIdentity, database_id, sync_station
    from kiosk.store import Store

    if not settings.database_path.exists():
        print(f"No station database at {settings.database_path} yet: nothing to send.", file=sys.stderr)
        return 0
    with Store(settings.database_path, keep_unsaved=False) as store:  # a command: refused now, not later
        identity = StationIdentity(
            settings.station.id, settings.station.site, database_id(store), __version__, store.schema_version,
            retention_months=settings.programmes.retention_months,  # the hub's retention runs with the round
        )
        report = sync_station(store, dsn, identity)
    print(f"Station {settings.station.id}: {report.describe()}.")
    return 0


def _publish(dsn: str, settings: Any, args: argparse.Namespace) -> int:
    from kiosk.cli.sync import EXIT_CONFIG as SYNC_CONFIG
    from kiosk.cli.sync import _deliver_with_retries
    from kiosk.hub.publish import compute_from_hub, queue_centre_entities
    from kiosk.hub.snapshot import counted_stations
    from kiosk.store import Store
    from kiosk.sync.service import SyncService
    from kiosk.sync.sinks import SyncConfigError, choice_from_settings

    demo, stations = counted_stations(dsn)
    if demo:  # zeros sent in place of a centre's figures would be as wrong as demo figures
        print(f"The centre database holds demo stations only ({', '.join(stations)}): a demo centre is never "
              "published to the city. Nothing was sent.", file=sys.stderr)
        return EXIT_CONFIG
    computed = compute_from_hub(dsn, settings)
    with Store(settings.database_path, keep_unsaved=False) as store:  # a command: refused now, not later
        try:
            choice = choice_from_settings(
                settings, sink=args.sink, folder=args.folder, url=args.url, dsn=args.sink_dsn, tenant=args.tenant
            )
            service = SyncService(settings, store, choice=choice)
            target = service.target()
        except SyncConfigError as exc:
            print(f"Sync settings: {exc}", file=sys.stderr)
            return SYNC_CONFIG
        try:
            queued, withdrawn = queue_centre_entities(store, computed)
            print(f"Centre KPIs for {' and '.join(computed.periods)}: {len(computed.entities)} entities,"
                  f" {queued} changed, {withdrawn} withdrawn, {len(computed.withheld_ids)} withheld (small cells).")
            return int(_deliver_with_retries(service, target, args.wait))
        finally:
            service.close()


def _serve(dsn: str, settings: Any, args: argparse.Namespace) -> int:
    from kiosk.console.server import serve
    from kiosk.hub.connection import HubUnavailable

    try:
        return serve(dsn, settings, args.host, args.port, args.forwarded_allow_ips)
    except HubUnavailable as exc:
        print(f"{exc}\nThe console needs the hub: start it, or check --dsn / $VIZIUM_HUB_DSN.", file=sys.stderr)
        return EXIT_UNREACHABLE


def _user_add(dsn: str, args: argparse.Namespace) -> int:
    from kiosk.console.accounts import AccountError
    from kiosk.console.server import add_user, read_password

    try:
        add_user(dsn, args.name, args.role, read_password())
    except AccountError as exc:
        print(f"Account not created: {exc}.", file=sys.stderr)
        return EXIT_CONFIG
    print(f"Console account {args.name!r} ({args.role}) created.")
    return 0
