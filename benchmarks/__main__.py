"""`python -m benchmarks` (make bench): run every benchmark module in turn.

    python -m benchmarks [--list]
"""

import pkgutil
import subprocess
import sys
from pathlib import Path


def benchmark_names() -> list[str]:
    """The benchmark modules: every module of this package but its private ones (this one too)."""
    return sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]) if not m.name.startswith("_"))


def main(argv: list[str]) -> int:
    if argv == ["--list"]:
        print("\n".join(benchmark_names()))
        return 0
    if argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    failed = []
    for module in benchmark_names():
        print(f"\n=== benchmarks.{module}", flush=True)
        # Each in a process of its own: memory figures (peak RSS, children's peaks) and the
        # start-up's imports are then the benchmark's own, not what the ones before it left.
        # A broken benchmark does not hide the others' figures.
        done = subprocess.run([sys.executable, "-m", f"benchmarks.{module}"], check=False)
        if done.returncode != 0:
            print(f"benchmarks.{module} failed (exit status {done.returncode})")
            failed.append(module)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
