"""`python -m benchmarks` (make bench): run every benchmark module in turn."""

import importlib
import pkgutil
import sys
from pathlib import Path

failed = []
for module in sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)])):
    print(f"\n=== benchmarks.{module}", flush=True)
    try:
        importlib.import_module(f"benchmarks.{module}").main([])
    except Exception as exc:  # one broken benchmark must not hide the others' figures
        print(f"benchmarks.{module} failed: {type(exc).__name__}: {exc}")
        failed.append(module)
sys.exit(1 if failed else 0)
