"""The `kiosk` command: run the kiosk, check the station, manage the database and PINs."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import __version__
from kiosk.cli import audit, camera, hub, programmes, stats, sync
from kiosk.cli.doctor import QT_PROBE, doctor, qt_probe
from kiosk.config import ConfigError, Settings, describe, load_settings
from kiosk.logs import record_crash, setup_logging

EXIT_CONFIG = 2
EXIT_CRASH = 70  # EX_SOFTWARE: systemd's Restart=always starts the kiosk again


def _extra_commands(sub: argparse._SubParsersAction) -> dict:  # type: ignore[type-arg]
    """The commands of the kiosk's parts. Each module has
    ``register(subparsers) -> {command: handler(args, settings) -> exit code}`` and imports no Qt."""
    handlers = {}
    for part in (programmes, stats, sync, camera, hub, audit):
        handlers.update(part.register(sub))
    return handlers


def _parser() -> tuple[argparse.ArgumentParser, dict]:
    parser = argparse.ArgumentParser(prog="kiosk", description="VIZIUM Kiosk: touch-screen science exhibits.")
    parser.add_argument("--version", action="version", version=f"VIZIUM Kiosk {__version__}")
    parser.add_argument(
        "--config", metavar="PATH", help="configuration file (default: $VIZIUM_CONFIG or the user config)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="start the kiosk")
    run.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")
    run.add_argument("--demo", action="store_true", help="demo station: demo PINs if none are set")
    run.add_argument("--size", default=None, help="window size when windowed, e.g. 1920x1080")
    run.add_argument(
        "--camera", metavar="SOURCE", help="camera source for this run: auto, device:N, file:PATH, synthetic"
    )
    run.add_argument("--monkey", type=int, metavar="N", help="drive the UI with N random events, then exit")
    run.add_argument("--seed", type=int, default=1, help="random seed of the monkey")
    run.add_argument("--exhibit", metavar="ID", help="monkey: concentrate on this exhibit")
    run.add_argument("--freeze-after", type=float, metavar="S",
                     help="drill: block the UI for a minute after S seconds, to see the watchdog restart it")

    config = sub.add_parser("config", help="configuration")
    config_sub = config.add_subparsers(dest="config_command", metavar="ACTION")
    show = config_sub.add_parser("show", help="print the effective configuration and where each value came from")
    show.add_argument("--json", action="store_true")

    sub.add_parser("doctor", help="check that this station can run the kiosk")

    db = sub.add_parser("db", help="the station database")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION")
    db_sub.add_parser("check", help="integrity and foreign-key check")
    backup = db_sub.add_parser("backup", help="consistent copy with SQLite's backup API")
    backup.add_argument("path", type=Path)
    db_sub.add_parser("migrate", help="bring the schema to this version")

    pin = sub.add_parser("pin", help="staff and educator PINs")
    pin_sub = pin.add_subparsers(dest="pin_command", metavar="ACTION")
    pin_set = pin_sub.add_parser("set", help="set a PIN (asked on the terminal, or read from standard input)")
    pin_set.add_argument("--role", choices=("staff", "educator"), required=True)

    shot = sub.add_parser("screenshot", help="render a screen to a PNG file (offscreen)")
    shot.add_argument(
        "--screen", required=True,
        help="home, attract, countdown, pinpad, a11y, staff, staff:dashboard (today, checkin, register, attendance, "
             "badges, sync, doctor, camera), intro:ID, exhibit:ID, learn:ID, careers:ID, celebrate:ID"
    )
    shot.add_argument("--lang", choices=("lv", "en", "ru"), default="lv")
    shot.add_argument("--size", default="1920x1080")
    shot.add_argument("--high-contrast", action="store_true")
    shot.add_argument("--large-text", action="store_true")
    shot.add_argument("--out", type=Path, required=True)

    exhibits = sub.add_parser("exhibits", help="installed exhibits")
    exhibits_sub = exhibits.add_subparsers(dest="exhibits_command", metavar="ACTION")
    listing = exhibits_sub.add_parser("list", help="id, subject, ages, camera, titles, status")
    listing.add_argument("--json", action="store_true")
    return parser, _extra_commands(sub)


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"--size must look like 1920x1080, not {text!r}") from None
    return width, height


#: Exit code when the reader of the output went away (`kiosk exhibits list | head`): 128 + SIGPIPE,
#: as other command-line tools end in that case.
EXIT_READER_GONE = 141


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every command that prints ends quietly when its reader goes away."""
    try:
        code = _main(argv)
        sys.stdout.flush()  # a short output meets a closed pipe here, not in print()
        return code
    except BrokenPipeError:
        # Python would complain again when it flushes stdout at exit: point stdout at nothing.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return EXIT_READER_GONE


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == [QT_PROBE]:
        return qt_probe()
    parser, extra_handlers = _parser()
    args = parser.parse_args(argv)
    setup_logging(args.verbose, to_file=args.command == "run" and args.monkey is None)
    if args.command is None:
        parser.print_help()
        return 0
    overrides = {}
    if args.command == "run" and args.camera:
        overrides["camera.source"] = args.camera
    try:
        settings = load_settings(args.config, overrides)
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    handler = {
        "run": _run,
        "config": _config,
        "doctor": doctor,
        "db": _db,
        "pin": _pin,
        "screenshot": _screenshot,
        "exhibits": _exhibits,
        **extra_handlers,
    }[args.command]
    return handler(args, settings)


class HeldStopSignals:
    """SIGTERM and SIGINT while the kiosk is still starting (importing Qt can take seconds): noted,
    not fatal. The kiosk's own handlers (kiosk.ui.stops) take them over and stop cleanly at once."""

    def __init__(self) -> None:
        import signal

        self.held: list[int] = []
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self)

    def __call__(self, signum: int, frame: object) -> None:
        self.held.append(signum)


def _run(args: argparse.Namespace, settings: Settings) -> int:
    HeldStopSignals()
    if args.monkey is not None:
        return _monkey(args, settings)
    from kiosk.ui.app import demo_settings, run

    try:
        return run(settings, windowed=args.windowed, demo=args.demo, size=_size(args.size) if args.size else None,
                   freeze_after_s=args.freeze_after)
    except Exception as exc:
        record_crash(exc, (demo_settings(settings) if args.demo else settings).database_path)
        return EXIT_CRASH


def _monkey(args: argparse.Namespace, settings: Settings) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dataclasses import replace

    from kiosk.clock import ManualClock
    from kiosk.ui.app import application, build_kiosk
    from kiosk.ui.monkey import Monkey
    from kiosk.ui.stops import StopSignals

    # SIGTERM (and Ctrl+C) end the monkey's run early, as a clean stop with its summary.
    stops = StopSignals(application()).install()
    # Shortened idle timeouts, so the monkey also exercises the countdown and the attract loop.
    settings = settings.replace(ui=replace(settings.ui, idle_timeout_s=0.6, countdown_s=0.5))
    # The monkey's own clock: the same seed gives the same run, whatever the machine's load.
    kiosk = build_kiosk(settings, demo=True, clock=ManualClock())
    if args.exhibit and args.exhibit not in {e.id for e in kiosk.services.entries}:
        print(f"unknown exhibit {args.exhibit!r}; see kiosk exhibits list", file=sys.stderr)
        kiosk.close()
        stops.uninstall()
        return 2
    kiosk.window.resize(*_size(args.size or "1280x720"))
    kiosk.window.show()
    monkey = Monkey(kiosk, seed=args.seed, exhibit=args.exhibit)
    monkey.stop_requested = stops.stop_requested
    stops.requested.connect(lambda _signum: setattr(monkey, "stop_requested", True))
    try:
        report = monkey.run(args.monkey)
    finally:
        kiosk.close()
        stops.uninstall()
    # An error of the run: the visits it counted are not in the database (yet).
    report.unsaved_writes = kiosk.services.store.health.unsaved
    print(report.summary())
    for text in kiosk.faults.kiosk_errors[:3] + kiosk.faults.qt_problems[:3]:
        print(text, file=sys.stderr)
    if kiosk.unsaved_writes:
        print(f"error: {kiosk.unsaved_writes}.", file=sys.stderr)
    return 0 if report.clean else 1


def _config(args: argparse.Namespace, settings: Settings) -> int:
    if args.config_command != "show":
        print("usage: kiosk config show [--json]", file=sys.stderr)
        return 2
    rows = describe(settings)
    if args.json:
        print(
            json.dumps({key: {"value": value, "from": origin} for key, value, origin, _ in rows}, indent=2, default=str)
        )
        return 0
    print(f"# configuration file: {settings.source_file or '(none: embedded defaults)'}")
    print(f"# data folder: {settings.data_dir}")
    width = max(len(r[0]) for r in rows)
    for key, value, origin, _help in rows:
        shown = json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)
        print(f"{key.ljust(width)} = {shown:<28} # {origin}")
    return 0


def _db(args: argparse.Namespace, settings: Settings) -> int:
    import sqlite3

    from kiosk.store import LATEST_VERSION, check_integrity, connect, migrate, schema_version
    from kiosk.store.database import explain_failure, is_corruption

    path = settings.database_path
    if args.db_command is None:
        print("usage: kiosk db check|backup PATH|migrate", file=sys.stderr)
        return 2
    if args.db_command != "migrate" and not path.exists():
        print(f"No database at {path} yet: it is created when the kiosk first starts.", file=sys.stderr)
        return 1
    if args.db_command == "check":

        try:
            problems = check_integrity(path)
        except sqlite3.DatabaseError as exc:
            if not is_corruption(exc):  # a folder problem, not the file's: say so, it is not damaged
                print(f"{path}: cannot be opened ({exc}); check the data folder's permissions and disk.",
                      file=sys.stderr)
                return 1
            print(f"{path}: cannot be read as a database ({exc}).", file=sys.stderr)
            return 1
        for problem in problems:
            print(problem)
        print(f"{path}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
        return 0 if not problems else 1
    if args.db_command == "backup":
        target: Path = args.path
        if target.exists():
            print(f"{target} exists; choose a new file name so no backup is overwritten.", file=sys.stderr)
            return 1
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            source = connect(path, readonly=True)
            copy = sqlite3.connect(target)
            try:
                source.backup(copy)
            finally:
                copy.close()
                source.close()
        except (OSError, sqlite3.OperationalError) as exc:
            target.unlink(missing_ok=True)  # no half backup that looks like a whole one
            print(f"No backup made: {explain_failure(exc, target.parent, f'cannot write {target}')}.",
                  file=sys.stderr)
            return 1
        print(f"backed up {path} to {target}")
        return 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = connect(path)
        try:
            before = schema_version(conn)
            applied = migrate(conn)
        finally:
            conn.close()
    except (OSError, sqlite3.OperationalError) as exc:  # migrations run in transactions: nothing half done
        print(f"Not migrated: {explain_failure(exc, path.parent, f'cannot write {path}')}.", file=sys.stderr)
        return 1
    print(f"{path}: schema {before} -> {LATEST_VERSION}" if applied else f"{path}: schema {before}, already current")
    return 0


def _pin(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.journal import Journal
    from kiosk.pins import PinError, PinVault
    from kiosk.store import Store

    if sys.stdin.isatty():
        pin = getpass.getpass(f"New {args.role} PIN (4-8 digits): ")
        if getpass.getpass("Again: ") != pin:
            print("The two PINs differ; nothing was changed.", file=sys.stderr)
            return 1
    else:
        pin = sys.stdin.readline().strip()
    # keep_unsaved=False: a PIN the disk refuses is refused now, never set later from a spill file.
    with Store(settings.database_path, keep_unsaved=False) as store:
        try:
            vault = PinVault(store, Journal(store, settings.station.id, settings.station.timezone))
            vault.set_pin(args.role, pin)
        except (PinError, RuntimeError) as exc:  # RuntimeError: the store names the disk's problem
            print(f"PIN not set: {exc}.", file=sys.stderr)
            return 1
    print(f"{args.role} PIN set.")
    return 0


def _screenshot(args: argparse.Namespace, settings: Settings) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.ui.screenshots import render_screen

    out = render_screen(
        settings,
        args.screen,
        args.lang,
        _size(args.size),
        args.out,
        high_contrast=args.high_contrast,
        large_text=args.large_text,
    )
    print(f"saved {out}")
    return 0


def _exhibits(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.registry import discover

    entries = discover()
    rows = []
    for entry in entries:
        manifest = entry.manifest
        rows.append(
            {
                "id": entry.id,
                "subject": manifest.subject if manifest else None,
                "ages": list(manifest.ages) if manifest else None,
                "needs_camera": manifest.needs_camera if manifest else None,
                "title": dict(manifest.title) if manifest else None,
                "enabled": settings.exhibit_enabled(entry.id),
                "status": entry.status,
            }
        )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        title = row["title"]["en"] if row["title"] else "-"
        camera = "camera" if row["needs_camera"] else ""
        print(f"{row['id']:<18} {row['subject']!s:<12} {title:<32} {camera:<7} {row['status']}")
    return 0
