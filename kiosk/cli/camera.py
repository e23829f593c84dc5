"""`kiosk markers` (the printable AR card sheet) and `kiosk cameras` (what the camera setup sees).

No Qt at import time: the card sheet renderer (kiosk.render.marker_sheet) is loaded only when
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
    from kiosk.render.marker_sheet import write_marker_sheet

    out = write_marker_sheet(args.out, args.lang)
    print(f"wrote {out}: print on A4 at 100 % scale and cut along the dashed lines")
    return 0


def _cameras(args: argparse.Namespace, settings: Settings) -> int:
    """List the cameras; with --test, run the configured source and fail (1) if it did not work.

    A station check: a camera or video file that cannot be opened, or stops giving frames, is a
    failure with its reason, even though the kiosk itself goes on showing the demo video.
    """
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
    statuses: list[str] = []  # appended on the pipeline's worker thread
    pipeline = CameraPipeline(plan.primary, fallback=plan.fallback, quiet_fallback=plan.quiet_fallback,
                              on_status=statuses.append)
    showed_demo = False
    pipeline.start()
    try:
        deadline = time.monotonic() + args.test
        next_print = time.monotonic() + 1.0
        while time.monotonic() < deadline:
            time.sleep(0.005)
            result = pipeline.take_latest()  # a consumer like the UI; frames are dropped, never kept
            if result is not None:
                pipeline.mark_displayed(result)
                showed_demo = showed_demo or result.is_demo
            if time.monotonic() < next_print:
                continue
            next_print += 1.0
            stats = pipeline.stats
            print(f"{stats.status:<12} {stats.source}: {stats.capture_fps:5.1f} fps, "
                  f"latency {stats.latency_ms:5.1f} ms, dropped {stats.dropped_frames}, "
                  f"read failures {stats.read_failures}")
    finally:
        pipeline.stop()
    return _verdict(camera.source, plan, list(statuses), pipeline.stats.frames_captured, showed_demo, args.test)


#: What a pipeline status that means trouble says about the configured source.
_TROUBLE_TEXT = {
    "no camera": "could not be opened",
    "source failed": "could not be read",
    "camera lost": "stopped giving frames during the test",
    "unavailable": "nothing could be shown, not even the demo video",
}


def _verdict(source: str, plan: Any, statuses: list[str], frames: int, showed_demo: bool, seconds: float) -> int:
    """Print the test's result: 0 if the configured source worked (or auto found no camera), else 1."""
    trouble = next((s for s in statuses if s in _TROUBLE_TEXT), None)
    if trouble is not None:
        reason = _open_problem(plan.primary) or _TROUBLE_TEXT[trouble]
        instead = "" if trouble == "unavailable" else "; camera exhibits show the demo video instead"
        print(f"FAIL: camera source {source!r}: {reason}{instead}. "
              "Check the cable and [camera] source (kiosk cameras lists what is found).", file=sys.stderr)
        return 1
    if frames == 0:
        print(f"FAIL: camera source {source!r} gave no frame in {seconds:g} s.", file=sys.stderr)
        return 1
    if plan.quiet_fallback and showed_demo:
        print(f"ok: no camera found, camera exhibits show the demo video (source = {source})")
    else:
        print(f"ok: camera source {source!r} gave {frames} frames in {seconds:g} s")
    return 0


def _open_problem(source: Any) -> str | None:
    """Why the source cannot be opened now, in its own words (None if it opens)."""
    from kiosk.camera.sources import SourceError

    try:
        source.open()
    except SourceError as exc:
        return str(exc)
    except Exception as exc:  # a driver's own error: still a reason a person can look up
        return f"{type(exc).__name__}: {exc}"
    finally:
        source.close()
    return None
