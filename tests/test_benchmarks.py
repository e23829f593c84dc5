"""Every benchmark still runs: a few iterations of each (its SMOKE_ARGS), in its own process.

Figures are not checked (benchmarks are measurements, not tests); what is checked is that none
fails to import or to run, so `make bench` keeps measuring what it says it does.
"""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import benchmarks

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(m.name for m in pkgutil.iter_modules(benchmarks.__path__) if not m.name.startswith("_"))


def test_there_are_benchmarks():
    assert {"store", "camera", "exhibit_frames"} <= set(MODULES)


def test_make_bench_runs_every_benchmark_and_nothing_else():
    """`python -m benchmarks` (make bench) once ran its own __main__ as a benchmark, which failed,
    so make bench ended in an error after every figure was printed."""
    done = subprocess.run([sys.executable, "-m", "benchmarks", "--list"], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == MODULES


@pytest.mark.slow
@pytest.mark.parametrize("name", MODULES)
def test_benchmark_runs_its_smoke_size(name: str, tmp_path: Path):
    code = (
        f"import benchmarks.{name} as b\n"
        f"assert hasattr(b, 'SMOKE_ARGS'), 'benchmarks.{name} needs SMOKE_ARGS: a few iterations for this test'\n"
        "raise SystemExit(b.main(list(b.SMOKE_ARGS)) or 0)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIZIUM_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, f"benchmarks.{name} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
