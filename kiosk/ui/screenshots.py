"""`kiosk screenshot`: render one screen offscreen to a PNG, for documentation and reviews.

The screens are those of the screen audit (kiosk.ui.audit.screens): the visitors' shell, the
staff screens (``staff:dashboard`` and the others) and each exhibit's screens.

A picture is not a visitor: the kiosk is built on a scratch data folder that is thrown away
afterwards, so the station's database never gets the screenshot's visits, runs, events or PINs.
"""

from __future__ import annotations

import dataclasses
import tempfile
import time
from pathlib import Path

from PySide6.QtTest import QTest

from kiosk.config import Settings
from kiosk.ui.app import build_kiosk
from kiosk.ui.audit import screens as audit_screens
from kiosk.ui.tasks import let_run

#: Seconds a camera activity runs on its camera before the picture is taken.
CAMERA_SETTLE_S = 2.0

SCREENS = (*audit_screens.SHELL_SCREENS, *audit_screens.STAFF_SCREENS,
           *(f"{kind}:ID" for kind in audit_screens.EXHIBIT_SCREENS))


def _let_the_camera_run(widget: object, settle_s: float = CAMERA_SETTLE_S, timeout_s: float = 15.0) -> None:
    """A camera activity is shown once its camera has delivered pictures for a moment (enough
    for the AR cards to be found), not with "Starting the camera…"."""
    feed = getattr(widget, "feed", None)
    if feed is None:
        return
    deadline = time.monotonic() + timeout_s
    first_frame_at: float | None = None
    while time.monotonic() < deadline:
        let_run(100)
        if feed.latest is not None and first_frame_at is None:
            first_frame_at = time.monotonic()
        if first_frame_at is not None and time.monotonic() - first_frame_at >= settle_s:
            return


def render_screen(
    settings: Settings,
    screen: str,
    language: str,
    size: tuple[int, int],
    out: Path,
    *,
    high_contrast: bool = False,
    large_text: bool = False,
    frames: int = 90,
) -> Path:
    """Build the kiosk offscreen on a scratch data folder, bring up the named screen and save it."""
    with tempfile.TemporaryDirectory(prefix="vizium-screenshot-") as scratch:
        return _render(scratch_settings(settings, Path(scratch)), screen, language, size, out,
                       high_contrast=high_contrast, large_text=large_text, frames=frames)


def scratch_settings(settings: Settings, folder: Path) -> Settings:
    """The station's settings with a throwaway data folder."""
    return settings.replace(storage=dataclasses.replace(settings.storage, path=str(folder)))


def _render(
    settings: Settings,
    screen: str,
    language: str,
    size: tuple[int, int],
    out: Path,
    *,
    high_contrast: bool,
    large_text: bool,
    frames: int,
) -> Path:
    name, _, exhibit_id = screen.partition(":")
    known = screen in SCREENS or (name in audit_screens.EXHIBIT_SCREENS and exhibit_id)
    if not known:
        raise SystemExit(f"unknown screen {screen!r}; choose from {', '.join(SCREENS)}")
    # Staff statistics need something to show: the scratch database gets demo history.
    kiosk = build_kiosk(settings, demo=True, demo_history=name == "staff" and bool(exhibit_id))
    window = kiosk.window
    try:
        window.setFixedSize(*size)  # like a real screen: the content must fit, the window cannot grow
        window.show()
        QTest.qWaitForWindowExposed(window)
        window.start_visit()
        window.set_language(language)
        window.set_accessibility(large_text, high_contrast)
        if name in audit_screens.EXHIBIT_SCREENS and exhibit_id not in {e.id for e in kiosk.services.entries}:
            raise SystemExit(f"unknown exhibit {exhibit_id!r}; see kiosk exhibits list")
        if name == "exhibit":
            _show_running_exhibit(window, exhibit_id, frames)
        else:
            try:
                shown = audit_screens.screen(screen).show(kiosk)
            except audit_screens.ScreenFailed as exc:
                raise SystemExit(str(exc)) from None
            if not shown:
                raise SystemExit(f"{screen} cannot be shown on this station (that part is not installed)")
            if window.language != language:  # a staff screen may have reset it on the way
                window.set_language(language)
            audit_screens.settle(kiosk, 300 if name == "attract" else 100)
        QTest.qWait(50)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            raise SystemExit(f"could not write {out}")
        return out
    finally:
        kiosk.close()


def _show_running_exhibit(window: object, exhibit_id: str, frames: int) -> None:
    """The exhibit after its intro, its camera running for a moment, ``frames`` frames on."""
    window.open_exhibit(exhibit_id)  # type: ignore[attr-defined]
    host = window.host  # type: ignore[attr-defined]
    host.intro.started.emit()
    host.intro.close_overlay()
    widget = host.widget
    if widget is not None:
        _let_the_camera_run(widget)
        widget.stop_frames()
        for _ in range(frames):
            widget.advance(1 / 60)
