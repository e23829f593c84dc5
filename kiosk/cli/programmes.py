"""`kiosk programmes list`, `kiosk badges`, `kiosk privacy purge|export CODE`.

No Qt at import time: `kiosk badges` loads the PDF renderer (kiosk.render.badges) only when it runs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kiosk.config import Settings
from kiosk.manifest import LANGUAGES
from kiosk.programmes.catalogue import Catalogue, CatalogueError, catalogue_path, load_catalogue

Handler = Callable[[argparse.Namespace, Settings], int]


def register(sub: Any) -> dict[str, Handler]:
    """Add this part's commands to the `kiosk` parser."""
    programmes = sub.add_parser("programmes", help="the programme catalogue")
    programmes_sub = programmes.add_subparsers(dest="programmes_command", metavar="ACTION")
    listing = programmes_sub.add_parser("list", help="code, subject, group, sessions to graduate, title")
    listing.add_argument("--json", action="store_true", help="the whole catalogue as JSON")
    listing.add_argument("--lang", choices=LANGUAGES, default="en", help="title language of the table")

    badges = sub.add_parser("badges", help="print new participant badges (A4 PDF)")
    badges.add_argument("--count", type=int, required=True, help="how many new badges (12 per page)")
    badges.add_argument("--out", type=Path, required=True, help="PDF file to write, e.g. /media/usb/badges.pdf")
    badges.add_argument("--lang", choices=LANGUAGES, default="lv", help="language of the sheet's texts")

    privacy = sub.add_parser("privacy", help="participant data retention and access requests")
    privacy_sub = privacy.add_subparsers(dest="privacy_command", metavar="ACTION")
    privacy_sub.add_parser("purge", help="remove participant records not seen for [programmes] retention_months")
    export = privacy_sub.add_parser("export", help="JSON of one participant's records (access request)")
    export.add_argument("code", help="the participant code from the badge, e.g. K7M-Q2X")
    export.add_argument("--out", type=Path, help="write to this file instead of standard output")
    return {"programmes": _programmes, "badges": _badges, "privacy": _privacy}


def _fail(message: str, code: int = 1) -> int:
    print(message, file=sys.stderr)
    return code


def _catalogue(settings: Settings) -> Catalogue:
    return load_catalogue(catalogue_path(settings.programmes.catalogue))


@contextmanager
def _service(settings: Settings, catalogue: Catalogue) -> Iterator[Any]:
    from kiosk.journal import Journal
    from kiosk.programmes.service import ProgrammeService
    from kiosk.store import Store

    # A command: what the disk refuses fails now (the command says so), never saved later from a spill file.
    with Store(settings.database_path, batch_window_s=0, keep_unsaved=False) as store:
        journal = Journal(store, settings.station.id, settings.station.timezone)
        yield ProgrammeService(store, journal, catalogue, settings.programmes)


def _programmes(args: argparse.Namespace, settings: Settings) -> int:
    if args.programmes_command != "list":
        return _fail("usage: kiosk programmes list [--json] [--lang LANG]", 2)
    try:
        catalogue = _catalogue(settings)
    except CatalogueError as exc:
        return _fail(f"Catalogue error: {exc}")
    if args.json:
        rows = [
            {
                "code": p.code,
                "subject": p.subject,
                "target_group": p.target_group,
                "tags": list(p.tags),
                "sessions_to_graduate": p.sessions_to_graduate,
                "exhibits": list(p.exhibits),
                "title": dict(p.title),
                "description": dict(p.description),
            }
            for p in catalogue
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    print(f"# {len(catalogue)} programmes from {catalogue.source}")
    for p in catalogue:
        tags = ",".join(p.tags) or "-"
        print(
            f"{p.code:<15} {p.subject:<12} {p.target_group:<9} {p.sessions_to_graduate:>3} sessions  "
            f"{tags:<27} {p.text('title', args.lang)}"
        )
    return 0


def _badges(args: argparse.Namespace, settings: Settings) -> int:
    if not 1 <= args.count <= 1000:
        return _fail(f"--count must be from 1 to 1000, not {args.count}", 2)
    out: Path = args.out
    if out.suffix.lower() != ".pdf":
        return _fail(f"--out must name a .pdf file, not {out}", 2)
    if out.exists() and out.is_dir():
        return _fail(f"--out {out} is a folder; give a file name such as {out / 'badges.pdf'}", 2)
    try:
        catalogue = _catalogue(settings)
    except CatalogueError as exc:
        return _fail(f"Catalogue error: {exc}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The renderer is Qt: imported here, so the other commands start without it.
    from kiosk.render import badges

    with _service(settings, catalogue) as service:
        issued = service.issue_codes(args.count)
        try:
            written = badges.write_badges_pdf(out, issued, args.lang)
        except OSError as exc:
            return _fail(f"could not write {out}: {exc}")
        service.mark_printed(issued, str(written))
    pages = -(-len(issued) // badges.BADGES_PER_PAGE)
    print(f"{len(issued)} new badges ({pages} page{'s' if pages > 1 else ''}) written to {written}")
    return 0


def _privacy(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.programmes import privacy

    if args.privacy_command not in ("purge", "export"):
        return _fail("usage: kiosk privacy purge | kiosk privacy export CODE [--out FILE]", 2)
    try:
        catalogue = _catalogue(settings)
    except CatalogueError as exc:  # privacy duties must not wait for a catalogue fix
        print(f"warning: {exc}; using the built-in catalogue for programme titles", file=sys.stderr)
        catalogue = load_catalogue()
    if args.privacy_command == "purge":
        with _service(settings, catalogue) as service:
            report = privacy.purge(service)
        print(
            f"purged {report.participants} participant record(s) not seen since "
            f"{report.cutoff.date().isoformat()} and {report.badge_codes} badge code(s); aggregate counts unchanged"
        )
        return 0
    from kiosk.hub.privacy import export_with_centre

    with _service(settings, catalogue) as service:
        # With a hub: the centre's records (every station) too; the words say where they came from.
        records, source = export_with_centre(service, args.code, str(settings.hub.dsn or ""))
    print(source, file=sys.stderr)
    if records is None:
        return _fail(
            f"No participant with code {args.code!r} on this station. Check the code on the badge; "
            f"records unseen for {settings.programmes.retention_months} months are removed."
        )
    text = json.dumps(records, ensure_ascii=False, indent=2)
    if args.out:
        try:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            return _fail(f"could not write {args.out}: {exc}")
        print(f"records written to {args.out}")
    else:
        print(text)
    return 0
