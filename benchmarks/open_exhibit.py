"""Tap to interactive: from a tap on an exhibit's tile to its first full frame, in the real kiosk.

    python -m benchmarks.open_exhibit [--warm 5] [--exhibit ID] [--video PATH]

The kiosk is built as `kiosk run` builds it (window 1920x1080, offscreen, a fresh data folder),
a visit is started, and for each exhibit:
- first open: the tap (``window.open_exhibit``, what the tile's click does) on an exhibit not
  opened since the start (its code is imported then), to the end of the first paint that shows
  it (its intro card over the built exhibit);
- warm: the same again after going home, median of --warm opens;
- camera activities: from the tap on the intro card's start button to the first camera frame
  handed to the exhibit, from a video file (a synthetic 1280x720 clip, or --video).
The baseline, measured the same way in the same run, is a bare exhibit page: the test suite's
smallest exhibit (a label and a button). Goals (issue 18): 100 ms warm, 200 ms first open,
250 ms to the first camera frame.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parent.parent
BARE = ("tapper", "tests.fixtures.sample_exhibits.tapper")  # the bare page
SIZE = (1920, 1080)
GOALS_MS = {"warm": 100, "first": 200, "camera": 250}


class PaintSeen(QObject):
    """Set when ``widget`` has been painted (the whole window paints in that same pass)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.widget, self.seen = widget, False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def wait_for(condition: Callable[[], bool], timeout_s: float = 20.0) -> bool:
    deadline = time.perf_counter() + timeout_s
    loop = QEventLoop()
    while not condition():
        if time.perf_counter() > deadline:
            return False
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return True


def settle(ms: int = 150) -> None:
    """Let deferred deletions and late timers of the last open run, outside the measurement."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def tap_to_first_frame(kiosk, exhibit_id: str) -> float:
    window = kiosk.window
    started = time.perf_counter()
    window.open_exhibit(exhibit_id)
    host = window.host
    if host.widget is None:
        raise RuntimeError(f"{exhibit_id} did not open (see the log)")
    seen = PaintSeen(host.widget)
    if not wait_for(lambda: seen.seen):
        raise RuntimeError(f"{exhibit_id} was never painted")
    # The rest of the window paints in the same pass, before the event loop turns again.
    elapsed = (time.perf_counter() - started) * 1000
    host.widget.removeEventFilter(seen)
    return elapsed


def start_to_first_camera_frame(kiosk) -> float:
    host = kiosk.window.host
    started = time.perf_counter()
    host.intro.start_button.click()
    context = host.context
    feeds = context._camera_feeds  # every feed the exhibit asked for
    if not wait_for(lambda: any(feed.latest is not None for feed in feeds)):
        raise RuntimeError(f"{host.entry.id}: no camera frame within 20 s")
    return (time.perf_counter() - started) * 1000


def go_home(kiosk) -> None:
    kiosk.window.host.close_exhibit("home")
    settle()


def write_clip(folder: Path) -> Path:
    from benchmarks.camera import write_clip as write

    return write(folder, seconds=2.0)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--warm", type=int, default=5, help="warm opens of each exhibit")
    parser.add_argument("--exhibit", action="append", help="only these exhibits")
    parser.add_argument("--video", type=Path, help="video file for the camera activities (default: a synthetic clip)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))  # the baseline exhibit lives in the test fixtures
    from kiosk.config import settings_from_mapping
    from kiosk.registry import entry_point_modules
    from kiosk.ui.app import application, build_kiosk

    application()
    with tempfile.TemporaryDirectory(prefix="vizium-open-") as tmp:
        clip = args.video or write_clip(Path(tmp))
        settings = settings_from_mapping(
            {"storage": {"path": str(Path(tmp) / "data")}, "camera": {"source": f"file:{clip}"}}
        )
        modules = {BARE[0]: BARE[1]}
        installed = entry_point_modules()
        wanted = [i for i in sorted(installed) if not args.exhibit or i in args.exhibit]
        modules.update({i: installed[i] for i in wanted})
        kiosk = build_kiosk(settings, modules=modules, size=SIZE)
        kiosk.window.resize(*SIZE)
        kiosk.window.show()
        wait_for(lambda: kiosk.window.isVisible())
        settle(300)
        kiosk.window.start_visit()
        kiosk.window.idle.stop()  # no idle reset in the middle of a measurement
        print(f"tap to first full frame at {SIZE[0]}x{SIZE[1]} offscreen, first open and warm "
              f"(median of {args.warm}); goals {GOALS_MS['first']} / {GOALS_MS['warm']} ms, "
              f"camera {GOALS_MS['camera']} ms")
        print(f"  {'exhibit':<18} {'first ms':>9} {'warm ms':>8} {'warm/bare':>9}   camera: first frame ms")
        base_warm = None
        try:
            for exhibit_id in [BARE[0], *wanted]:
                entry = next(e for e in kiosk.services.entries if e.id == exhibit_id)
                if not entry.ok:
                    print(f"  {exhibit_id:<18} unavailable: {entry.error}")
                    continue
                camera = bool(entry.manifest and entry.manifest.needs_camera)
                first = tap_to_first_frame(kiosk, exhibit_id)
                camera_ms = start_to_first_camera_frame(kiosk) if camera else None
                go_home(kiosk)
                warm = []
                for _ in range(args.warm):
                    warm.append(tap_to_first_frame(kiosk, exhibit_id))
                    go_home(kiosk)
                median = statistics.median(warm) if warm else float("nan")
                if base_warm is None:
                    base_warm = median
                note = f"   {camera_ms:8.0f}" if camera_ms is not None else ""
                label = "bare page" if exhibit_id == BARE[0] else exhibit_id
                print(f"  {label:<18} {first:9.0f} {median:8.0f} {median / base_warm:9.1f}{note}", flush=True)
        finally:
            kiosk.close()


#: A few iterations, for the suite's smoke run (tests/test_benchmarks.py): no benchmark may rot.
SMOKE_ARGS = ["--warm", "1", "--exhibit", "pendulum", "--exhibit", "ar_cards"]


if __name__ == "__main__":
    main()
