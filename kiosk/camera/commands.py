"""`kiosk markers` (the printable AR card sheet) and `kiosk cameras` (what the camera setup sees).

No Qt at import time: the card sheet renderer (kiosk.ui.marker_sheet) is loaded only when
`kiosk markers` runs, offscreen if there is no display.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.config import LANGUAGES, Settings

Handler = Callable[[argparse.Namespace, Settings], int]


def register(sub: Any) -> dict[str, Handler]:
    """Add this part's commands to the `kiosk` parser."""
    markers = sub.add_parser("markers", help="write the printable AR card sheet (A4 PDF)")
    markers.add_argument("--out", type=Path, required=True, help="PDF file to write, e.g. cards.pdf")
    markers.add_argument("--lang", choices=LANGUAGES, default="lv", help="language of the captions")
    cameras = sub.add_parser("cameras", help="list the cameras found; --test runs the configured source")
    cameras.add_argument("--test", type=float, metavar="SECONDS", default=0.0,
                         help="run the camera pipeline for this long and print its live figures")
    return {"markers": _markers, "cameras": _cameras}


def _markers(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.ui.marker_sheet import write_marker_sheet

    out = write_marker_sheet(args.out, args.lang)
    print(f"wrote {out}: print on A4 at 100 % scale and cut along the dashed lines")
    return 0


def _cameras(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.camera.devices import camera_report
    from kiosk.camera.pipeline import CameraPipeline
    from kiosk.camera.sources import SourceSpecError, plan_for_spec

    for line in camera_report():
        print(line)
    if args.test <= 0:
        return 0
    camera = settings.camera
    try:
        plan = plan_for_spec(camera.source, camera.width, camera.height, camera.fps)
    except SourceSpecError as exc:
        print(f"[camera] source: {exc}", file=sys.stderr)
        return 2
    pipeline = CameraPipeline(plan.primary, fallback=plan.fallback, quiet_fallback=plan.quiet_fallback)
    pipeline.start()
    try:
        deadline = time.monotonic() + args.test
        next_print = time.monotonic() + 1.0
        while time.monotonic() < deadline:
            time.sleep(0.005)
            result = pipeline.take_latest()  # a consumer like the UI; frames are dropped, never kept
            if result is not None:
                pipeline.mark_displayed(result)
            if time.monotonic() < next_print:
                continue
            next_print += 1.0
            stats = pipeline.stats
            print(f"{stats.status:<12} {stats.source}: {stats.capture_fps:5.1f} fps, "
                  f"latency {stats.latency_ms:5.1f} ms, dropped {stats.dropped_frames}, "
                  f"read failures {stats.read_failures}")
    finally:
        pipeline.stop()
    return 0
