"""The `kiosk` command: run the kiosk, check the station, manage the database and PINs.

This package is the top layer (docs/architecture.md): the parser and ``main`` are here, the
commands in one module per part (``run``, ``station``, ``doctor``, ``programmes``, ``stats``, ...).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import __version__

if TYPE_CHECKING:
    from kiosk.config import Settings

EXIT_CONFIG = 2


def _extra_commands(sub: argparse._SubParsersAction) -> dict:  # type: ignore[type-arg]
    """The commands of the kiosk's parts. Each module has
    ``register(subparsers) -> {command: handler(args, settings) -> exit code}`` and imports no Qt."""
    from kiosk.cli import audit, camera, hub, programmes, stats, sync

    handlers = {}
    for part in (programmes, stats, sync, camera, hub, audit):
        handlers.update(part.register(sub))
    return handlers


def _parser(command: str | None = None) -> tuple[argparse.ArgumentParser, dict]:
    """The whole command line; for ``command`` "run" only that command (`kiosk run` makes none of
    the other commands' parsers and loads none of the statistics, sync, hub and programmes
    commands: about 4 ms of a start on these machines)."""
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
    run.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)  # benchmarks/startup.py
    run.add_argument("--freeze-after", type=float, metavar="S",
                     help="drill: block the UI for a minute after S seconds, to see the watchdog restart it")
    if command == "run":
        return parser, {}

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
        help="home, attract, closed, countdown, pinpad, a11y, staff, staff:dashboard (today, checkin, register, "
             "attendance, badges, sync, doctor, camera), intro:ID, exhibit:ID, learn:ID, careers:ID, celebrate:ID"
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


#: Exit code when the reader of the output went away (`kiosk exhibits list | head`): 128 + SIGPIPE,
#: as other command-line tools end in that case.
EXIT_READER_GONE = 141


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every command that prints ends quietly when its reader goes away."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if _command_word(argv) == "run":
        # A start makes a great many objects that live as long as the kiosk, and the cyclic
        # garbage collector would walk them again and again (about 30 ms of a start on these
        # machines): paused until the first frame is on screen (kiosk.ui.app.run), or the end.
        gc.disable()
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
    finally:
        gc.enable()


def _command_word(argv: list[str]) -> str | None:
    """The command a command line names (the first word that is not an option or its value)."""
    for index, word in enumerate(argv):
        if not word.startswith("-") and (index == 0 or argv[index - 1] != "--config"):
            return word
    return None


def _main(argv: list[str]) -> int:
    # The commands' modules, loaded here (the garbage collector may be paused by now).
    from kiosk.cli.doctor import QT_PROBE, qt_probe
    from kiosk.config import ConfigError, load_settings
    from kiosk.logs import setup_logging

    if argv[:1] == [QT_PROBE]:
        return qt_probe()
    parser, extra_handlers = _parser(_command_word(argv))
    args = parser.parse_args(argv)
    # `kiosk run` opens its log file once its first frame is on screen (kiosk.ui.app.run).
    setup_logging(args.verbose, to_file=args.command == "run" and args.monkey is None,
                  file_later=args.command == "run")
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
    return _handler(args.command, extra_handlers)(args, settings)


def _handler(command: str, extra_handlers: dict) -> Callable[[argparse.Namespace, Settings], int]:
    """The function of a command; `kiosk run` loads no other command's module."""
    from kiosk.cli.run import run_kiosk, screenshot

    if command == "run":
        return run_kiosk
    from kiosk.cli import station
    from kiosk.cli.doctor import doctor

    return {
        "config": station.config,
        "doctor": doctor,
        "db": station.db,
        "pin": station.pin,
        "screenshot": screenshot,
        "exhibits": station.exhibits,
        **extra_handlers,
    }[command]
