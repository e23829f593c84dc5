"""Optional parts of the kiosk (programmes, statistics, sync, camera) that plug in by module name."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from types import ModuleType


def installed_parts(names: Sequence[str]) -> Iterator[ModuleType]:
    """Import each named module that is installed; a part that is missing is skipped, while an
    import error inside a part that is there is raised (a bug must not look like an absent part)."""
    for name in names:
        try:
            yield importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is None or not (name == exc.name or name.startswith(exc.name + ".")):
                raise
