"""The station's own commands: `kiosk config show`, `kiosk db check|backup|migrate`, `kiosk pin set`,
`kiosk exhibits list`. Each loads the store or the registry only when it runs."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from kiosk.config import Settings, describe


def config(args: argparse.Namespace, settings: Settings) -> int:
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


def db(args: argparse.Namespace, settings: Settings) -> int:
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


def pin(args: argparse.Namespace, settings: Settings) -> int:
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


def exhibits(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.registry import discover

    entries = discover()
    rows: list[dict[str, Any]] = []
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
