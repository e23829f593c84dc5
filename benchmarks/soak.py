"""Soak: a day's worth of visitors in one kiosk process; does memory or the count of open files grow?

    python -m benchmarks.soak [--hours 8] [--seed 1] [--idle-timeout-s 60] [--countdown-s 10]
                              [--camera SOURCE] [--no-camera-exhibits]

The monkey drives the real kiosk (every installed exhibit, camera ones with the demo source) on
its own clock, so 8 hours of kiosk time take minutes: idle resets, countdowns and the quiet
gaps between visitors are jumps of that clock, not waits. RSS and open file descriptors are
sampled every --sample-min minutes of kiosk time, each between two visitors (when the attract loop
next shows), so that samples compare like with like. The baseline is the same process at the end
of its warm-up (the first --warmup-h hours: every exhibit imported and opened at least once,
caches filled); the figures are the growth from there to the end, absolute and as a ratio.
Target (issue 13): RSS flat after warm-up, under 20 MB of growth over 8 hours.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

#: A short run, for the suite's smoke test (tests/test_benchmarks.py): two simulated minutes.
SMOKE_ARGS = ["--hours", "0.035", "--sample-min", "0.5", "--warmup-h", "0.01"]
TARGET_GROWTH_MB = 20.0


@dataclass
class Sample:
    kiosk_h: float
    rss_mb: float
    open_fds: int
    python_objects: int
    events: int


def rss_mb() -> float:
    """Resident memory now (Linux /proc; elsewhere the peak, which is what getrusage offers)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def open_fds() -> int:
    try:
        return len(os.listdir("/proc/self/fd"))
    except OSError:
        return -1


def soak(args: argparse.Namespace, data: Path) -> tuple[list[Sample], dict[str, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.clock import ManualClock
    from kiosk.config import settings_from_mapping
    from kiosk.registry import discover
    from kiosk.ui.app import build_kiosk
    from kiosk.ui.monkey import Monkey

    mapping: dict[str, dict[str, str]] = {"storage": {"path": str(data)}}  # a fresh folder, never the station's
    if args.camera:
        mapping["camera"] = {"source": args.camera}
    settings = settings_from_mapping(mapping)
    settings = settings.replace(
        ui=replace(settings.ui, idle_timeout_s=args.idle_timeout_s, countdown_s=args.countdown_s),
    )
    modules = None
    if args.no_camera_exhibits:
        modules = {e.id: e.module for e in discover() if e.ok and e.manifest and not e.manifest.needs_camera}
    clock = ManualClock()
    kiosk = build_kiosk(settings, demo=True, clock=clock, modules=modules)
    kiosk.window.resize(1280, 720)
    kiosk.window.show()
    monkey = Monkey(kiosk, seed=args.seed)
    monkey.idle_step_ms = 1000  # one look at the screen per second of kiosk time while it idles
    functions, weights = zip(*monkey.actions(), strict=True)
    end_s = args.hours * 3600
    every_s = args.sample_min * 60
    samples: list[Sample] = []
    events = 0
    started = time.perf_counter()

    def sample() -> None:
        gc.collect()
        samples.append(Sample(clock.monotonic() / 3600, rss_mb(), open_fds(), len(gc.get_objects()), events))

    try:
        with monkey.session():
            sample()
            next_sample_s = every_s
            while clock.monotonic() < end_s and not monkey.stop_requested:
                if kiosk.window.current_screen() == "attract":
                    # Nobody at the screen for a while: the attract loop plays on.
                    monkey.pass_time(round(monkey.rng.uniform(0, args.gap_s) * 1000))
                monkey.step(functions, weights)
                events += 1
                # Between visitors: what a kiosk holds then is what it keeps; a sample in the middle
                # of a visit also counts the open exhibit's own working set (tens of MB for a camera
                # activity), which comes and goes with the exhibit.
                if clock.monotonic() >= next_sample_s and kiosk.window.current_screen() in ("attract", "closed"):
                    sample()
                    next_sample_s = clock.monotonic() + every_s
            if kiosk.window.current_screen() not in ("attract", "closed"):  # the last visitor leaves: the idle reset
                monkey.pass_time(round((args.idle_timeout_s + args.countdown_s + 1) * 1000))
            sample()
        figures = {
            "events": events,
            "visits": kiosk.window.visits_started,
            "runs": kiosk.window.host.runs_started,
            "exhibit_errors": kiosk.window.host.faults,
            "kiosk_errors": len(kiosk.faults.kiosk_errors),
            "real_s": time.perf_counter() - started,
            "kiosk_s": clock.monotonic(),
        }
    finally:
        kiosk.close()
    return samples, figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hours", type=float, default=8.0, help="hours of kiosk time (default 8)")
    parser.add_argument("--seed", type=int, default=1, help="the monkey's seed")
    parser.add_argument("--idle-timeout-s", type=float, default=60.0, help="idle timeout (kiosk time)")
    parser.add_argument("--countdown-s", type=float, default=10.0, help="'Are you still there?' countdown")
    parser.add_argument("--gap-s", type=float, default=120.0, help="longest quiet gap between two visitors")
    parser.add_argument("--sample-min", type=float, default=20.0, help="minutes of kiosk time between samples")
    parser.add_argument("--warmup-h", type=float, default=1.0, help="hours of kiosk time before the baseline")
    parser.add_argument("--camera", metavar="SOURCE", help="camera source (default: the kiosk's, i.e. the demo video)")
    parser.add_argument("--no-camera-exhibits", action="store_true", help="leave out the camera exhibits")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        samples, figures = soak(args, Path(tmp) / "data")

    print(
        f"soak: {figures['kiosk_s'] / 3600:.2f} h of kiosk time in {figures['real_s']:.0f} s "
        f"({figures['kiosk_s'] / max(figures['real_s'], 1e-9):.0f}x), {figures['events']:.0f} monkey events, "
        f"{figures['visits']:.0f} visits, {figures['runs']:.0f} exhibit runs, "
        f"{figures['exhibit_errors']:.0f} exhibit errors, {figures['kiosk_errors']:.0f} kiosk errors"
    )
    print(f"  {'kiosk h':>8} {'RSS MB':>8} {'open fds':>9} {'py objects':>11} {'events':>8}")
    for s in samples:
        print(f"  {s.kiosk_h:8.2f} {s.rss_mb:8.1f} {s.open_fds:9d} {s.python_objects:11d} {s.events:8d}")
    after_warmup = [s for s in samples if s.kiosk_h >= args.warmup_h] or samples[-1:]
    base, last = after_warmup[0], samples[-1]
    hours = max(last.kiosk_h - base.kiosk_h, 1e-9)
    growth = last.rss_mb - base.rss_mb
    print(f"  baseline (after {base.kiosk_h:.2f} h of warm-up): RSS {base.rss_mb:.1f} MB, {base.open_fds} open fds")
    print(
        f"  growth to the end ({hours:.2f} h): RSS {growth:+.1f} MB (ratio {last.rss_mb / base.rss_mb:.3f}x, "
        f"{growth / hours:+.2f} MB/h), open fds {last.open_fds - base.open_fds:+d}, "
        f"Python objects {last.python_objects - base.python_objects:+d} "
        f"(ratio {last.python_objects / max(base.python_objects, 1):.3f}x)"
    )
    peak = max(s.rss_mb for s in after_warmup)
    verdict = "met" if growth < TARGET_GROWTH_MB and peak - base.rss_mb < TARGET_GROWTH_MB else "NOT met"
    print(
        f"  target: under {TARGET_GROWTH_MB:.0f} MB growth after warm-up "
        f"(peak {peak - base.rss_mb:+.1f} MB): {verdict}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
