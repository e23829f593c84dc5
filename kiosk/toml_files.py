"""Reading a TOML file a person wrote (settings, manifests, catalogues, targets, careers), Qt-free.

A file that is missing, unreadable or not valid TOML raises the caller's own error (ConfigError,
ManifestError, ...) with a message that names the file, the line and column where TOML says so,
and what to check, without a traceback chained to it: it is for the person who fixes the file.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: Makes the caller's error from a problem ("not valid TOML: ..."); the caller adds the file name.
ErrorFor = Callable[[str], Exception]


def read_toml(path: Path, what: str, error: ErrorFor, *, if_missing: str = "") -> dict[str, Any]:
    """The file's table; ``what`` names the file for people ("KPI targets file"), ``if_missing``
    says what to check when it is not there."""
    data = read_toml_if_present(path, what, error)
    if data is None:
        raise error(f"{what} not found" + (f"; {if_missing}" if if_missing else ""))
    return data


def read_toml_if_present(path: Path, what: str, error: ErrorFor) -> dict[str, Any] | None:
    """The file's table, or None when there is no such file (an optional file)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:  # no permission, a folder, a device error, not UTF-8
        raise error(f"cannot read the {what} ({type(exc).__name__}: {exc})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message already ends with "(at line L, column C)".
        raise error(f"not valid TOML: {exc}") from None
    except RecursionError:
        raise error("not valid TOML: arrays or tables nested too deeply") from None
