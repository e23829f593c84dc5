"""Small-cell suppression: no breakdown cell may single out a child (DESIGN.md section 6).

A cell counting people is hidden when it holds from 1 to ``min_cell - 1`` people ("small").
Hiding one cell is not enough when its line's total is published: the total minus the other
cells gives it back. So whenever a line (the cells of one breakdown, or a row or column of a
cross table, whose total is shown) has exactly one hidden cell, the smallest other cell of that
line is hidden too ("complementary"), and this repeats until no line gives a hidden cell away.
Zero cells are shown: "nobody" singles out no one.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

SMALL = "small"
COMPLEMENTARY = "complementary"


@dataclass(frozen=True)
class Line:
    """Cells whose sum is known to a reader (a published total), so one hidden cell is too few."""

    keys: tuple[Hashable, ...]
    total_published: bool = True


def suppress(values: Mapping[Hashable, float], lines: Iterable[Line], min_cell: int) -> dict[Hashable, str]:
    """The cells to hide and why (SMALL or COMPLEMENTARY); cells not returned are shown."""
    hidden: dict[Hashable, str] = {key: SMALL for key, value in values.items() if 0 < value < min_cell}
    lines = [line for line in lines if line.total_published and len(line.keys) > 1]
    changed = bool(hidden)
    while changed:
        changed = False
        for line in lines:
            hidden_here = [key for key in line.keys if key in hidden]
            if len(hidden_here) != 1:
                continue
            candidates = [key for key in line.keys if key not in hidden]
            if not candidates:
                continue
            # Prefer the smallest non-zero cell: it hides the least information.
            partner = min(candidates, key=lambda key: (values.get(key, 0) == 0, values.get(key, 0)))
            hidden[partner] = COMPLEMENTARY
            changed = True
    return hidden
