"""The screen audit on the make-test matrix: every screen, in lv, en and ru, on a landscape
screen in the normal look and a portrait screen with large text and high contrast; a test fails
listing every finding (text cut, overlap, outside the window, untranslated, small target, faint
text). The full matrix, with pictures, is `make audit`.

One kiosk per mode and test worker, kept for the worker's whole run; the screens are split into
one test per group (the shell, the staff screens, each exhibit) so xdist spreads them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack

import pytest

from kiosk import registry
from kiosk.config import settings_from_mapping
from kiosk.ui.audit.runner import TEST_MATRIX, Mode, audit_kiosk, audit_screens
from kiosk.ui.audit.screens import SHELL_SCREENS, STAFF_SCREENS, screens_for

EXHIBITS = sorted(entry.id for entry in registry.discover() if entry.ok)
GROUPS = {"shell": SHELL_SCREENS, "staff": STAFF_SCREENS, **{e: (f"*:{e}",) for e in EXHIBITS}}


@pytest.fixture(scope="session")
def audit_kiosks() -> Iterator[dict[Mode, object]]:
    """The worker's kiosks, one per mode, built on first use and closed at the end."""
    kiosks: dict[Mode, object] = {}
    with ExitStack() as stack:

        class Kiosks(dict):
            def __missing__(self, mode: Mode) -> object:
                settings = settings_from_mapping({"camera": {"source": "synthetic", "width": 640, "height": 360}})
                kiosk = stack.enter_context(audit_kiosk(settings, mode))
                self[mode] = kiosk
                return kiosk

        kiosks = Kiosks()
        yield kiosks


def _cases() -> Iterator[object]:
    for mode in TEST_MATRIX:
        for group in GROUPS:
            yield pytest.param(mode, group, id=f"{mode.slug}-{group}")


@pytest.mark.slow
@pytest.mark.parametrize(("mode", "group"), list(_cases()))
def test_every_screen_passes_the_audit(qtbot, audit_kiosks, mode: Mode, group: str) -> None:
    kiosk = audit_kiosks[mode]
    shots = audit_screens(kiosk, mode, screens_for(kiosk, GROUPS[group]))
    assert shots, f"no screen of {group} could be shown"
    findings = [f"{shot.screen} [{shot.language}] {finding}" for shot in shots for finding in shot.findings]
    assert not findings, f"{len(findings)} findings on {mode.name}:\n" + "\n".join(findings)


@pytest.mark.slow
def test_kiosk_audit_writes_the_pictures_and_an_index(qtbot, tmp_path) -> None:
    from kiosk.cli import main

    out = tmp_path / "audit"
    code = main(["audit", "--screen", "pinpad", "--lang", "en", "--lang", "ru", "--look", "normal",
                 "--orientation", "portrait", "--out", str(out)])
    assert code == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "pinpad" in index
    assert sorted(p.name for p in (out / "portrait-normal").iterdir()) == ["pinpad-en.png", "pinpad-ru.png"]
