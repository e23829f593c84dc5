"""Runs the screen audit: one kiosk per look and orientation, every screen in every language
inside it, each checked and photographed.

A picture is not a visitor: every kiosk is built on a scratch data folder (with demo history,
so the statistics have something to show) that is thrown away afterwards.
"""

from __future__ import annotations

import dataclasses
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtTest import QTest

from kiosk.config import Settings
from kiosk.ui.audit.checks import (
    Finding,
    Leaf,
    check_contrast,
    check_glyphs,
    check_outside,
    check_overlaps,
    check_targets,
    check_texts,
    check_translated,
    leaves,
    mm_per_pixel,
    top_layer,
    visible_texts,
    widget_path,
)
from kiosk.ui.audit.painted import PaintedTextRecorder, check_painted_texts
from kiosk.ui.audit.results import ORIENTATIONS, AuditResult, Mode, Shot
from kiosk.ui.audit.screens import Screen, ScreenFailed, home, screens_for, settle

#: English first: the other languages are compared with it for untranslated texts.
LANGUAGES = ("en", "lv", "ru")


#: `kiosk audit` and `make audit`: three looks on both orientations.
FULL_MATRIX = tuple(
    Mode(orientation, large, contrast)
    for orientation in ORIENTATIONS
    for large, contrast in ((False, False), (True, False), (False, True))
)
#: The test in `make test`: the plain landscape screen, and portrait with both aids at once.
TEST_MATRIX = (Mode("landscape"), Mode("portrait", large_text=True, high_contrast=True))


def audit_settings(settings: Settings, folder: Path) -> Settings:
    """The station's settings on a scratch folder, a synthetic camera, and no idle reset mid-audit."""
    return settings.replace(
        storage=dataclasses.replace(settings.storage, path=str(folder)),
        camera=dataclasses.replace(settings.camera, source="synthetic"),
        ui=dataclasses.replace(settings.ui, idle_timeout_s=3600.0, fullscreen=False, open_hours="", closed_days=()),
    )


@contextmanager
def audit_kiosk(settings: Settings, mode: Mode) -> Iterator[Any]:
    """A demo kiosk on a scratch folder, shown at the mode's size and look."""
    from kiosk.ui.app import build_kiosk

    with tempfile.TemporaryDirectory(prefix="vizium-audit-") as scratch:
        kiosk = build_kiosk(audit_settings(settings, Path(scratch)), demo=True, demo_history=True)
        try:
            window = kiosk.window
            window.setFixedSize(*mode.size)  # like a real screen: the content must fit, the window cannot grow
            window.show()
            QTest.qWaitForWindowExposed(window)
            home(kiosk)
            window.set_accessibility(mode.large_text, mode.high_contrast)
            settle(kiosk, 100)
            yield kiosk
        finally:
            kiosk.close()


def audit_screens(kiosk: Any, mode: Mode, screens: list[Screen], *, languages: tuple[str, ...] = LANGUAGES,
                  out: Path | None = None, diagonal_in: float = 43.0) -> list[Shot]:
    """Check and photograph each screen in each language (a language switch re-lays out the whole
    kiosk, so each language is switched to once and its screens shown in turn)."""
    shots: list[Shot] = []
    english: dict[str, dict[str, str]] = {}
    mm_per_px = mm_per_pixel(mode.size, diagonal_in)
    for language in languages:
        for screen in screens:
            try:
                if kiosk.window.language != language:
                    kiosk.window.set_language(language)
                try:
                    if not screen.show(kiosk):
                        continue
                except ScreenFailed as exc:
                    shots.append(Shot(screen.name, language, mode, None, [Finding("broken", screen.name, str(exc))]))
                    continue
                if kiosk.window.language != language:  # a staff screen may have reset it on the way
                    kiosk.window.set_language(language)
                settle(kiosk, 60)
                shots.append(_shoot(kiosk, mode, screen.name, language, english.setdefault(screen.name, {}),
                                    mm_per_px, out))
            finally:
                screen.leave(kiosk)
    order = {screen.name: index for index, screen in enumerate(screens)}
    return sorted(shots, key=lambda shot: (order[shot.screen], languages.index(shot.language)))


def _shoot(kiosk: Any, mode: Mode, name: str, language: str, english: dict[str, str], mm_per_px: float,
           out: Path | None) -> Shot:
    window = kiosk.window
    layer = top_layer(window)
    panels: list[Leaf] = []
    items = leaves(layer, panels)
    with PaintedTextRecorder() as painted:
        picture = window.grab()
    image = picture.toImage()
    findings = [
        *(Finding("clipped", widget_path(widget, window), detail)
          for widget, detail in check_painted_texts(painted.texts)),
        *check_texts(items),
        *check_overlaps(items + panels),  # a card drawn over a meter hides it as surely as a label
        *check_outside(items),
        *check_targets(items, mm_per_px),
        *check_contrast(items, image, window),
        *check_glyphs(items),
    ]
    texts = visible_texts(items)
    if language == "en":
        english.update(texts)
    elif english:
        findings += check_translated(texts, english, language)
    path = None
    if out is not None:
        path = out / mode.slug / f"{re.sub(r'[^A-Za-z0-9_-]+', '_', name)}-{language}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not picture.save(str(path)):
            raise SystemExit(f"could not write {path}")
    return Shot(name, language, mode, path, _unique(findings))


def _unique(findings: list[Finding]) -> list[Finding]:
    return list(dict.fromkeys(findings))


def screen_groups(screens: list[Screen]) -> list[list[Screen]]:
    """The shell, the staff screens, and each exhibit's screens: audited a group at a time."""
    groups: dict[str, list[Screen]] = {}
    for screen in screens:
        kind, _, detail = screen.name.partition(":")
        key = "shell" if not detail else "staff" if kind == "staff" else detail
        groups.setdefault(key, []).append(screen)
    return list(groups.values())


def run_audit(settings: Settings, out: Path | None, *, modes: tuple[Mode, ...] = FULL_MATRIX,
              languages: tuple[str, ...] = LANGUAGES, patterns: tuple[str, ...] | None = None,
              progress: Any = None) -> AuditResult:
    """The whole audit; with ``out``, the pictures and an index.html go there."""
    result = AuditResult()
    diagonal_in = settings.ui.screen_diagonal_in
    for mode in modes:
        with audit_kiosk(settings, mode) as kiosk:
            for group in screen_groups(screens_for(kiosk, patterns)):
                shots = audit_screens(kiosk, mode, group, languages=languages, out=out, diagonal_in=diagonal_in)
                result.shots += shots
                if progress is not None:
                    progress(mode, group[0].name.partition(":")[2] or group[0].name, shots)
    if out is not None:
        from kiosk.ui.audit.report import write_index

        write_index(result, out)
    return result
