"""Frame time of each exhibit's update and paint at 1920x1080, offscreen.

    python -m benchmarks.exhibit_frames [--seconds 2] [--exhibit ID]

1. Worst case: one frame = advance(1/60) (the model step) + rendering the WHOLE widget into an
   image. Reported as median and p95 against the 16.7 ms budget of a 60 Hz display, and against
   a baseline measured in the same run: an empty widget of the same size filled with one colour
   (the cost of getting pixels out at all on this machine).
2. As in the kiosk: the exhibit runs on its own 60 Hz timer in a shown window, where only what
   changed repaints. A 1 ms heartbeat timer measures the UI thread's longest gap (a frame is
   late if it exceeds the budget) and the share of time the UI thread was busy.

Both are given in wall-clock time and in the UI thread's own CPU time. On a machine shared with
other work the wall clock also counts the time the process waited for a core (with the load at 5
on 2 cores, a blank fill takes 4x its CPU time); the CPU figures are what the exhibit itself costs,
and the longest CPU stretch between two heartbeats is the stall the exhibit caused.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.exhibit import ExhibitContext
from kiosk.exhibit.theme import Theme, hub
from kiosk.exhibit.translator import TranslationSet
from kiosk.registry import discover, load_widget_class

BUDGET_MS = 1000 / 60
SIZE = (1920, 1080)


def measure(widget: QWidget, seconds: float, step=None) -> tuple[list[float], list[float]]:
    """Frame times in ms: wall clock and the UI thread's CPU time."""
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    times: list[float] = []
    cpu_times: list[float] = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(times) < 20:
        started, cpu_started = time.perf_counter(), time.thread_time()
        if step:
            step(1 / 60)
        widget.render(image)
        times.append((time.perf_counter() - started) * 1000)
        cpu_times.append((time.thread_time() - cpu_started) * 1000)
    return times, cpu_times


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95)]


def live_gaps(app: QApplication, widget: QWidget, seconds: float) -> tuple[float, float, float, float]:
    """Longest UI-thread gap and p99 (ms), busy share, and the longest gap in the UI thread's CPU
    time (ms: the work done in one go), while the exhibit animates itself."""
    gaps: list[float] = []
    cpu_gaps: list[float] = []
    last = [time.perf_counter(), time.thread_time()]

    def beat() -> None:
        now, cpu_now = time.perf_counter(), time.thread_time()
        gaps.append((now - last[0]) * 1000)
        cpu_gaps.append((cpu_now - last[1]) * 1000)
        last[0], last[1] = now, cpu_now

    def skip_first_paints() -> None:
        gaps.clear()
        cpu_gaps.clear()

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(beat)
    heartbeat.start(1)
    loop = QEventLoop()
    QTimer.singleShot(300, skip_first_paints)  # skip the first paints (fonts, caches)
    QTimer.singleShot(round((seconds + 0.3) * 1000), loop.quit)
    loop.exec()
    heartbeat.stop()
    gaps.sort()
    busy_ms = sum(gap - 1.0 for gap in gaps if gap > 1.5)
    return gaps[-1], gaps[int(len(gaps) * 0.99)], busy_ms / (seconds * 1000), max(cpu_gaps)


class Blank(QWidget):
    def paintEvent(self, event) -> None:
        QPainter(self).fillRect(self.rect(), QColor("#0B1B34"))


#: A few iterations, for the suite's smoke run (tests/test_benchmarks.py): no benchmark may rot.
SMOKE_ARGS = ["--seconds", "0.2", "--exhibit", "pendulum"]


def attract_frames(seconds: float, floor: float) -> None:
    """The attract loop, the screen a kiosk shows most of the day: its frame, painted at 30 Hz
    whenever nobody is at the screen, is what an idle station costs in processor time."""
    from kiosk.ui.attract import ATTRACT_FRAME_MS, AttractScreen

    entries = [entry for entry in discover() if entry.ok]
    screen = AttractScreen(("lv", "en", "ru"), lambda _language, _context, text: text, exhibits=lambda: entries)
    screen.resize(*SIZE)
    screen.show()
    QApplication.processEvents()
    times, cpu_times = measure(screen, seconds)
    screen.close()
    median, cpu_median = statistics.median(times), statistics.median(cpu_times)
    print(f"  attract loop: {median:.2f} ms a frame (p95 {p95(times):.2f}, {median / floor:.1f}x the blank widget; "
          f"UI thread CPU {cpu_median:.2f} ms): at its {1000 / ATTRACT_FRAME_MS:.0f} frames a second, drawing "
          f"takes {median / ATTRACT_FRAME_MS:.0%} of the time")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--exhibit", action="append", help="only these exhibits")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    hub.set(Theme.create(scale=1.0))
    TranslationSet().switch("en")
    blank = Blank()
    blank.resize(*SIZE)
    floor_times, floor_cpu = measure(blank, 0.5)
    floor, floor_cpu_ms = statistics.median(floor_times), statistics.median(floor_cpu)
    print(f"exhibit frames at {SIZE[0]}x{SIZE[1]} offscreen (advance + paint), budget {BUDGET_MS:.1f} ms at 60 Hz")
    print(f"  baseline: blank widget of the same size {floor:.2f} ms/frame (UI thread CPU {floor_cpu_ms:.2f} ms)")
    attract_frames(args.seconds, floor)
    print(f"  {'exhibit':<18} {'median ms':>9} {'p95 ms':>8} {'p95/budget':>10} {'median/floor':>12}"
          f" {'cpu med':>8} {'cpu p95':>8}   live: {'max gap':>8} {'p99':>6} {'UI busy':>8} {'cpu stall':>9}")
    for entry in discover():
        if not entry.ok or entry.manifest is None or (args.exhibit and entry.id not in args.exhibit):
            continue
        if entry.manifest.needs_camera:
            continue  # camera activities are measured by benchmarks.camera
        context = ExhibitContext(entry.manifest, "en")
        widget = load_widget_class(entry)(context)
        widget.resize(*SIZE)
        widget.retranslate()
        widget.show()
        app.processEvents()
        widget.start()
        longest, p99, busy, cpu_stall = live_gaps(app, widget, args.seconds)
        widget.stop_frames()  # now we drive the frames ourselves
        times, cpu_times = measure(widget, args.seconds, widget.advance)
        widget.stop()
        widget.close()
        median = statistics.median(times)
        print(f"  {entry.id:<18} {median:9.2f} {p95(times):8.2f} {p95(times) / BUDGET_MS:10.2f} {median / floor:12.1f}"
              f" {statistics.median(cpu_times):8.2f} {p95(cpu_times):8.2f}"
              f"         {longest:6.1f} ms {p99:6.1f} {busy:8.0%} {cpu_stall:6.1f} ms", flush=True)

if __name__ == "__main__":
    main()
