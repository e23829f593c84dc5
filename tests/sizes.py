"""How long the long scenarios run: their full size on a developer's machine, a smaller one under
CI=true, where the whole suite must finish within ten minutes on two cores. The smaller size still
takes every path the scenario is about; the full one is there to find the rare ones."""

from __future__ import annotations

import os

IN_CI = os.environ.get("CI") == "true"


def ci_size(full: int, ci: int) -> int:
    """``full`` here, ``ci`` in CI."""
    return ci if IN_CI else full
