"""`kiosk run` (the kiosk itself, or the monkey driving it) and `kiosk screenshot`: the commands
that start the Qt application. Qt is imported inside each command, never when `kiosk` starts."""

from __future__ import annotations

import argparse
import os
import sys

from kiosk.config import Settings
from kiosk.logs import record_crash

EXIT_CRASH = 70  # EX_SOFTWARE: systemd's Restart=always starts the kiosk again


def window_size(text: str) -> tuple[int, int]:
    """A --size argument such as "1920x1080" as (width, height)."""
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"--size must look like 1920x1080, not {text!r}") from None
    return width, height


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


def run_kiosk(args: argparse.Namespace, settings: Settings) -> int:
    HeldStopSignals()
    if args.monkey is not None:
        return _monkey(args, settings)
    from kiosk.ui.app import demo_settings, run

    # benchmarks/startup.py times the first frame and the kiosk ready, then ends the run.
    timed = getattr(args, "exit_after_first_paint", False)
    try:
        return run(settings, windowed=args.windowed, demo=args.demo, size=window_size(args.size) if args.size else None,
                   freeze_after_s=args.freeze_after, after_first_paint=_say_first_paint if timed else None,
                   after_ready=_quit_when_ready if timed else None)
    except Exception as exc:
        record_crash(exc, (demo_settings(settings) if args.demo else settings).database_path)
        return EXIT_CRASH


def _say_first_paint() -> None:
    """`kiosk run --exit-after-first-paint` (benchmarks only): the first frame is on screen, after
    this much processor time (a figure a busy machine moves less than the time on the clock), with
    the most memory the process has held so far."""
    import resource
    import time

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    _say(f"kiosk: first frame painted (cpu {time.process_time():.3f} s, peak {peak_mib:.1f} MiB)")


def _quit_when_ready() -> None:
    """... and every screen is made and the staff parts plugged in: say so, then stop as staff would."""
    from PySide6.QtWidgets import QApplication

    _say("kiosk: ready")
    QApplication.quit()


def _say(line: str) -> None:
    """A line for the benchmark; a reader that has gone (`| head -1`) must not stop the run on its way."""
    try:
        print(line, flush=True)
    except OSError:
        pass


def _monkey(args: argparse.Namespace, settings: Settings) -> int:
    import gc

    gc.enable()  # kiosk.cli.main paused it for a start; the monkey's run is long and makes garbage
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dataclasses import replace

    from kiosk.clock import SYSTEM_CLOCK, ManualClock
    from kiosk.ui.app import application, build_kiosk
    from kiosk.ui.monkey import Monkey
    from kiosk.ui.stops import StopSignals

    # SIGTERM (and Ctrl+C) end the monkey's run early, as a clean stop with its summary.
    stops = StopSignals(application()).install()
    # Shortened idle timeouts, so the monkey also exercises the countdown and the attract loop.
    settings = settings.replace(ui=replace(settings.ui, idle_timeout_s=0.6, countdown_s=0.5))
    # The monkey's own clock: the same seed gives the same run, whatever the machine's load. Its
    # records are stamped in real time: they go into the station's database, and a killed run's
    # visits must end before the next start (simulated time runs ahead of the wall clock).
    kiosk = build_kiosk(settings, demo=True, clock=ManualClock(), stamp_clock=SYSTEM_CLOCK)
    if args.exhibit and args.exhibit not in {e.id for e in kiosk.services.entries}:
        print(f"unknown exhibit {args.exhibit!r}; see kiosk exhibits list", file=sys.stderr)
        kiosk.close()
        stops.uninstall()
        return 2
    kiosk.window.resize(*window_size(args.size or "1280x720"))
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


def screenshot(args: argparse.Namespace, settings: Settings) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.ui.screenshots import render_screen

    out = render_screen(
        settings,
        args.screen,
        args.lang,
        window_size(args.size),
        args.out,
        high_contrast=args.high_contrast,
        large_text=args.large_text,
    )
    print(f"saved {out}")
    return 0
