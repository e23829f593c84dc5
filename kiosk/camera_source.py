"""The ``[camera] source`` setting: its valid forms, parsed without loading OpenCV.

Kept apart from ``kiosk.camera`` (which re-exports it from ``kiosk.camera.sources``) so that
configuration validation can check the setting at start-up without paying for numpy and OpenCV
(DESIGN.md section 2, rule 5), and so that kiosk.config, the bottom layer, imports nothing above it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SPEC_HELP = '"auto", "device:N" (an index or a device path), "file:PATH" or "synthetic"'


class SourceSpecError(ValueError):
    """A camera source setting that is not one of the known forms."""


@dataclass(frozen=True)
class SourceSpec:
    """A parsed ``[camera] source`` setting."""

    kind: str  # auto, device, file, synthetic
    device: int | str | None = None
    path: Path | None = None


def parse_source_spec(spec: str) -> SourceSpec:
    """Check a source setting and split it into its parts; SourceSpecError explains a bad one."""
    text = (spec or "").strip()
    kind, _, argument = text.partition(":")
    kind = kind.lower()
    if kind in ("auto", "synthetic") and not argument:
        return SourceSpec(kind)
    if kind == "device":
        if not argument:
            raise SourceSpecError(f"camera source {spec!r}: say which device, e.g. device:0 or device:/dev/video2")
        device: int | str = int(argument) if argument.isascii() and argument.isdigit() else argument
        return SourceSpec("device", device=device)
    if kind == "file":
        if not argument:
            raise SourceSpecError(f"camera source {spec!r}: give the video file, e.g. file:/srv/clip.avi")
        try:
            path = Path(argument).expanduser()
        except RuntimeError:  # "~someone/clip.avi" for a user this machine does not know
            raise SourceSpecError(f"camera source {spec!r}: the home folder in the path is unknown here") from None
        return SourceSpec("file", path=path)
    raise SourceSpecError(f"camera source {spec!r} is not understood; use {SPEC_HELP}")
