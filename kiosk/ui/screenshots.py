"""`kiosk screenshot`: render one screen offscreen to a PNG, for documentation and reviews.

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
from kiosk.ui.tasks import let_run

#: Seconds a camera activity runs on its camera before the picture is taken.
CAMERA_SETTLE_S = 2.0

SCREENS = ("home", "attract", "countdown", "pinpad", "staff", "a11y", "intro:ID", "exhibit:ID")


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
    kiosk = build_kiosk(settings, demo=True)
    window = kiosk.window
    try:
        window.setFixedSize(*size)  # like a real screen: the content must fit, the window cannot grow
        window.show()
        QTest.qWaitForWindowExposed(window)
        window.start_visit()
        window.set_language(language)
        window.set_accessibility(large_text, high_contrast)
        name, _, exhibit_id = screen.partition(":")
        if name == "attract":
            window.end_visit("idle")
            window.set_language(language)
            QTest.qWait(300)
        elif name == "countdown":
            window.countdown.begin()
            window.countdown.ticker.stop()
        elif name == "pinpad":
            window.pinpad.open()
            for digit in "12":
                window.pinpad.press(digit)
        elif name == "staff":
            window.staff_menu.open_for("staff")
        elif name == "a11y":
            window.open_accessibility()
        elif name in ("exhibit", "intro"):
            if exhibit_id not in {e.id for e in kiosk.services.entries}:
                raise SystemExit(f"unknown exhibit {exhibit_id!r}; see kiosk exhibits list")
            window.open_exhibit(exhibit_id)
            if name == "exhibit":
                window.host.intro.started.emit()
                window.host.intro.close_overlay()
                widget = window.host.widget
                if widget is not None:
                    _let_the_camera_run(widget)
                    widget.stop_frames()
                    for _ in range(frames):
                        widget.advance(1 / 60)
        elif name != "home":
            raise SystemExit(f"unknown screen {screen!r}; choose from {', '.join(SCREENS)}")
        QTest.qWait(50)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            raise SystemExit(f"could not write {out}")
        return out
    finally:
        kiosk.close()
