"""`kiosk audit`: the screen audit from the command line (and `make audit`)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from kiosk.config import Settings

LOOKS = {"normal": (False, False), "large": (True, False), "contrast": (False, True), "large+contrast": (True, True)}


def register(sub: argparse._SubParsersAction) -> dict:  # type: ignore[type-arg]
    audit = sub.add_parser(
        "audit", help="render every screen in every language, look and orientation, and list what does not fit"
    )
    audit.add_argument("--out", type=Path, default=Path("audit"), help="folder for the pictures and index.html")
    audit.add_argument("--screen", action="append", metavar="PATTERN",
                       help="only screens matching this pattern (home, staff:*, *:pendulum); may repeat")
    audit.add_argument("--lang", action="append", choices=("en", "lv", "ru"),
                       help="only this language (may repeat; untranslated texts are found only together with en)")
    audit.add_argument("--look", action="append", choices=tuple(LOOKS), help="only this look (may repeat)")
    audit.add_argument("--orientation", action="append", choices=("landscape", "portrait"),
                       help="only this orientation (may repeat)")
    audit.add_argument("--quick", action="store_true",
                       help="the matrix of make test: landscape normal, portrait large text + high contrast")
    return {"audit": run}


def run(args: argparse.Namespace, settings: Settings) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.ui.audit import FULL_MATRIX, LANGUAGES, TEST_MATRIX, Mode, run_audit

    modes: tuple[Mode, ...]
    if args.quick:
        modes = TEST_MATRIX
    else:
        looks = [LOOKS[name] for name in (args.look or ("normal", "large", "contrast"))]
        orientations = args.orientation or ("landscape", "portrait")
        modes = tuple(Mode(o, large, contrast) for o in orientations for large, contrast in looks)
        if not args.look and not args.orientation:
            modes = FULL_MATRIX
    languages = tuple(code for code in LANGUAGES if code in (args.lang or LANGUAGES))

    def progress(mode: Any, group: str, shots: list[Any]) -> None:
        found = sum(len(shot.findings) for shot in shots)
        print(f"{mode.name}: {group}: {len(shots)} pictures, {found} findings", flush=True)

    result = run_audit(settings, args.out, modes=modes, languages=languages,
                       patterns=tuple(args.screen) if args.screen else None, progress=progress)
    if result.findings:
        print(result.summary())
    print(f"{len(result.shots)} pictures, {len(result.findings)} findings; look at them in {args.out / 'index.html'}")
    return 1 if result.findings else 0
