"""What the screen audit finds: the looks it runs in, and each screen's picture and findings.

Apart from the runner so that the report (kiosk.ui.audit.report) reads these without importing
the runner, which writes the report: no import circle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.ui.audit.checks import Finding

ORIENTATIONS = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


@dataclass(frozen=True)
class Mode:
    """A look (text size, contrast) on a screen orientation."""

    orientation: str
    large_text: bool = False
    high_contrast: bool = False

    @property
    def look(self) -> str:
        parts = [name for name, on in (("large text", self.large_text), ("high contrast", self.high_contrast)) if on]
        return " + ".join(parts) or "normal"

    @property
    def name(self) -> str:
        return f"{self.orientation}, {self.look}"

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")

    @property
    def size(self) -> tuple[int, int]:
        return ORIENTATIONS[self.orientation]


@dataclass
class Shot:
    """One screen in one language and mode: its picture and what is wrong on it."""

    screen: str
    language: str
    mode: Mode
    picture: Path | None
    findings: list[Finding] = field(default_factory=list)


@dataclass
class AuditResult:
    shots: list[Shot] = field(default_factory=list)

    @property
    def findings(self) -> list[tuple[Shot, Finding]]:
        return [(shot, finding) for shot in self.shots for finding in shot.findings]

    def summary(self) -> str:
        """One line per finding, grouped by screen: what a person reads in a failing test."""
        lines = [f"{shot.screen} [{shot.language}, {shot.mode.name}] {finding}" for shot, finding in self.findings]
        return "\n".join(lines)
