"""Start-up: process start to the first painted frame, the kiosk against a bare PySide6 window.

    python -m benchmarks.startup [--repeat 7] [--imports 15] [--compare-with FOLDER]

Each run is a fresh process, offscreen at 1920x1080, timed from just before it is spawned to the
line it prints when its window's first frame has been painted, and to the line it prints when it
is ready (every screen made, the staff parts plugged in: the kiosk makes them after its first
frame); then it is asked to quit (as staff would) and the time to its exit is the stop. Peak RSS
comes from the kernel (wait4). Each start also says how much processor time it had used when its
first frame was painted (``(cpu 0.123 s, peak 78.0 MiB)`` after the marker): on a machine others
are loading, that figure moves much less than the wall-clock time, and its ratio is printed as
well; the memory is the most the process had held when its first frame was on screen ("RSS at
paint"), where "peak RSS" is the most it held in its whole run (the kiosk's run goes on to ready).
- baseline: a bare PySide6 window with a label (the least any Qt kiosk pays on this machine);
- kiosk, compiling: `kiosk run --windowed --size 1920x1080 --exit-after-first-paint` on a
  station data folder made by a first, unmeasured run (migrations done), with
  PYTHONDONTWRITEBYTECODE=1 and compiled files for every module but the kiosk's and the
  exhibits' own: those are compiled at every start, as on these machines before `make run`
  compiled them;
- kiosk, compiled: the same with PYTHONPYCACHEPREFIX at compiled files made beforehand (what the
  packaged app and `make run` get).
- with --compare-with FOLDER (another copy of the source, e.g. `git archive REV | tar -x -C
  FOLDER`): that copy's kiosk, compiled, run from there (PYTHONPATH): a change measured against
  what came before in the same run.
The variants are interleaved (baseline, kiosk, kiosk compiled, baseline, ...) so that the load of
a busy machine falls on all of them alike; min and median are printed, with ratios to the
baseline. Then the top imports of one kiosk start by cumulative time (python -X importtime).
Every kiosk runs as a station does: its configuration file named, its data, logs and
exhibit-list cache in the platform's user folders (XDG_*_HOME pointed into the run's own
temporary folder, so that other programs' kiosk runs cannot touch them mid-measurement).

Last, the memory of a kiosk waiting for its first visitor (--prepared-repeat starts of each
kiosk, compiled): it runs until it logs that every exhibit is prepared (their code imported while
the attract loop waits, kiosk.ui.prepare), and its RSS then is read from /proc, against the bare
window's peak: what a station holds all day before anyone touches it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = "first frame painted"
READY = "kiosk: ready"
PREPARED = "exhibits prepared for a quick first open"
TIMEOUT_S = 120

BARE_WINDOW = f"""
import resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched is window:
            window.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False

def done():
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"bare: {MARKER} (cpu {{time.process_time():.3f}} s, peak {{peak_mib:.1f}} MiB)", flush=True)
    QApplication.quit()

app = QApplication(sys.argv[:1])
window = QWidget()
QVBoxLayout(window).addWidget(QLabel("Pieskaries, lai sāktu"))
window.resize(1920, 1080)
watch = FirstPaint()
window.installEventFilter(watch)
window.show()
sys.exit(app.exec())
"""


@dataclass
class Variant:
    name: str
    argv: list[str]
    env: dict[str, str]
    cwd: Path = ROOT
    paint_s: list[float] = field(default_factory=list)
    paint_cpu_s: list[float] = field(default_factory=list)
    paint_rss_mib: list[float] = field(default_factory=list)
    ready_s: list[float] = field(default_factory=list)
    stop_s: list[float] = field(default_factory=list)
    rss_mib: list[float] = field(default_factory=list)

    def clear(self) -> None:
        for values in (self.paint_s, self.paint_cpu_s, self.paint_rss_mib, self.ready_s, self.stop_s, self.rss_mib):
            values.clear()


def run_once(variant: Variant) -> None:
    """One start: time to the first paint and to ready (a kiosk that says so), time from then
    to the exit, peak RSS."""
    started = time.perf_counter()
    process = subprocess.Popen(variant.argv, cwd=variant.cwd, env=variant.env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    painted = ready = None
    for line in process.stdout:  # until the process closes its output (it ends)
        if MARKER in line and painted is None:
            painted = time.perf_counter()
            cpu = re.search(r"\(cpu ([0-9.]+) s(?:, peak ([0-9.]+) MiB)?\)", line)
            if cpu:
                variant.paint_cpu_s.append(float(cpu[1]))
                if cpu[2]:
                    variant.paint_rss_mib.append(float(cpu[2]))
        elif READY in line:
            ready = time.perf_counter()
    process.stdout.close()
    _pid, status, usage = os.wait4(process.pid, 0)
    ended = time.perf_counter()
    process.returncode = os.waitstatus_to_exitcode(status)
    if painted is None or process.returncode != 0:
        raise RuntimeError(f"{variant.name}: no first paint (exit code {process.returncode}): {variant.argv}")
    variant.paint_s.append(painted - started)
    if ready is not None:
        variant.ready_s.append(ready - started)
    variant.stop_s.append(ended - (ready or painted))
    variant.rss_mib.append(usage.ru_maxrss / 1024)  # KiB on Linux


def prepared_rss_mib(variant: Variant) -> float:
    """One start of a kiosk left to prepare its exhibits: its RSS (MiB) when it says it has,
    then it is asked to stop (SIGTERM, as systemd does)."""
    argv = [variant.argv[0], "-m", "kiosk", "-v", "run", "--windowed", "--size", "1920x1080"]
    process = subprocess.Popen(argv, cwd=variant.cwd, env=variant.env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    rss = None
    try:
        for line in process.stderr:  # the kiosk's log, -v: INFO and up
            if PREPARED in line:
                status = Path(f"/proc/{process.pid}/status").read_text(encoding="utf-8")
                rss = int(re.search(r"VmRSS:\s+(\d+) kB", status)[1]) / 1024  # type: ignore[index]
                break
    finally:
        process.terminate()
        process.communicate(timeout=TIMEOUT_S)
    if rss is None:
        raise RuntimeError(f"{variant.name}: never said its exhibits were prepared: {argv}")
    return rss


def top_imports(argv: list[str], env: dict[str, str], count: int) -> list[tuple[float, str]]:
    """(cumulative ms, module) of the slowest imports of one start up to its first paint (what
    loads after it does not delay the screen), outermost names of each chain."""
    process = subprocess.Popen([sys.executable, "-X", "importtime", *argv[1:]], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert process.stdout is not None
    lines = []
    for line in process.stdout:  # -X importtime writes each import as it ends: in order with the marker
        if MARKER in line:
            break
        lines.append(line)
    process.stdout.read()
    process.wait(TIMEOUT_S)
    rows = []
    for line in lines:
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if match:
            rows.append((int(match[2]) / 1000, match[4], len(match[3])))
    # Keep modules the kiosk asked for at depth <= 2 (the chains' heads), slowest first.
    heads = [(ms, name) for ms, name, indent in rows if indent <= 5]
    return sorted(heads, reverse=True)[:count]


def _line(variant: Variant, base: Variant) -> str:
    def ratio(values: list[float], floor: list[float]) -> str:
        return f"{statistics.median(values) / statistics.median(floor):5.2f}x"

    ready = (f"{statistics.median(variant.ready_s):6.2f} s {ratio(variant.ready_s, base.paint_s)}"
             if variant.ready_s else f"{'-':>16}")
    cpu = (f"{statistics.median(variant.paint_cpu_s):5.3f} s {ratio(variant.paint_cpu_s, base.paint_cpu_s)}"
           if variant.paint_cpu_s and base.paint_cpu_s else f"{'-':>14}")
    painted_mib = variant.paint_rss_mib
    at_paint = (f"{statistics.median(painted_mib):6.0f} MiB {ratio(painted_mib, base.paint_rss_mib)}"
                if painted_mib and base.paint_rss_mib else f"{'-':>16}")
    return (f"  {variant.name:<17} {min(variant.paint_s):6.2f} {statistics.median(variant.paint_s):8.2f} s "
            f"{ratio(variant.paint_s, base.paint_s)}  {cpu}  {ready}  {at_paint}  "
            f"{statistics.median(variant.rss_mib):6.0f} MiB "
            f"{ratio(variant.rss_mib, base.rss_mib)}   stop {statistics.median(variant.stop_s):5.2f} s "
            f"(max {max(variant.stop_s):.2f})")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7, help="starts of each variant")
    parser.add_argument("--imports", type=int, default=15, help="top imports to list (0: none)")
    parser.add_argument("--compare-with", type=Path, metavar="FOLDER",
                        help="another copy of the source whose kiosk runs alongside (before and after a change)")
    parser.add_argument("--prepared-repeat", type=int, default=3,
                        help="starts of each kiosk left to prepare its exhibits, for its memory then (0: none)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="vizium-startup-") as tmp:
        (Path(tmp) / "kiosk.toml").write_text("# the defaults\n", encoding="utf-8")
        # As a station runs (packaging/linux/vizium-kiosk.service): its configuration file named,
        # its data, logs and cache in the platform's user folders (here under the temporary folder).
        env = {key: value for key, value in os.environ.items()
               if key not in ("VIZIUM_DATA_DIR", "VIZIUM_LOG_DIR", "VIZIUM_CACHE_DIR")}
        env.update(QT_QPA_PLATFORM="offscreen", VIZIUM_CONFIG=str(Path(tmp) / "kiosk.toml"),
                   XDG_DATA_HOME=str(Path(tmp) / "data"), XDG_STATE_HOME=str(Path(tmp) / "state"),
                   XDG_CACHE_HOME=str(Path(tmp) / "cache"))
        kiosk = [sys.executable, "-m", "kiosk", "run", "--windowed", "--size", "1920x1080", "--exit-after-first-paint"]
        cache = Path(tmp) / "pycache"
        compiled_env = dict(env, PYTHONPYCACHEPREFIX=str(cache))
        # Compile everything the kiosk imports (the kiosk's and its dependencies' modules) into the prefix.
        subprocess.run([sys.executable, *kiosk[1:]], cwd=ROOT, env=dict(compiled_env, PYTHONDONTWRITEBYTECODE=""),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=TIMEOUT_S, check=True)
        # The same compiled files less the kiosk's and the exhibits' own: those compile at each start.
        without_the_kiosk = Path(tmp) / "pycache-libraries"
        shutil.copytree(cache, without_the_kiosk)
        shutil.rmtree(without_the_kiosk / ROOT.relative_to(ROOT.anchor), ignore_errors=True)
        variants = [
            Variant("bare window", [sys.executable, "-c", BARE_WINDOW], env),
            Variant("kiosk, compiling", kiosk, dict(env, PYTHONDONTWRITEBYTECODE="1",
                                                    PYTHONPYCACHEPREFIX=str(without_the_kiosk))),
            Variant("kiosk, compiled", kiosk, compiled_env),
        ]
        if args.compare_with is not None:
            other = args.compare_with.resolve()
            other_env = dict(env, PYTHONPATH=str(other), PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache-other"),
                             XDG_DATA_HOME=str(Path(tmp) / "data-other"),
                             XDG_CACHE_HOME=str(Path(tmp) / "cache-other"))
            subprocess.run([sys.executable, *kiosk[1:]], cwd=other, env=dict(other_env, PYTHONDONTWRITEBYTECODE=""),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=TIMEOUT_S, check=True)
            variants.append(Variant(f"{other.name}, compiled", kiosk, other_env, cwd=other))
        for variant in variants:  # warm the disk cache; the first kiosk start also migrates the database
            run_once(variant)
            variant.clear()
        for _ in range(args.repeat):
            for variant in variants:
                run_once(variant)
        print(f"start-up to the first painted frame, offscreen 1920x1080, {args.repeat} interleaved starts each")
        print(f"  {'':<17} {'min':>6} {'median':>8}   ratio  {'cpu':>7}   ratio  {'ready':>8}   ratio  "
              "RSS at paint ratio  peak RSS  ratio   stop after quit (median)")
        for variant in variants:
            print(_line(variant, variants[0]), flush=True)
        if args.prepared_repeat:
            kiosks = [v for v in variants if v.name.endswith("compiled")]
            prepared: dict[str, list[float]] = {v.name: [] for v in kiosks}
            for _ in range(args.prepared_repeat):
                for variant in kiosks:
                    prepared[variant.name].append(prepared_rss_mib(variant))
            floor = statistics.median(variants[0].rss_mib)
            print(f"memory once every exhibit is prepared (waiting for the first visitor), {args.prepared_repeat} "
                  f"starts each, against the bare window's peak ({floor:.0f} MiB)")
            for name, values in prepared.items():
                median = statistics.median(values)
                print(f"  {name:<17} RSS {median:6.1f} MiB  {median / floor:5.2f}x"
                      f"   (min {min(values):.1f}, max {max(values):.1f})")
        if args.imports:
            print("  slowest imports of one compiled kiosk start, up to its first paint (cumulative ms):")
            for ms, name in top_imports(kiosk, compiled_env, args.imports):
                print(f"    {ms:7.1f}  {name}")


#: A few iterations, for the suite's smoke run (tests/test_benchmarks.py): no benchmark may rot.
SMOKE_ARGS = ["--repeat", "1", "--imports", "3", "--prepared-repeat", "1"]


if __name__ == "__main__":
    main()
