"""The exhibit API: everything an exhibit may use from the kiosk (DESIGN.md section 3).

Exhibits import from here only, never from kiosk.ui, the store or each other.
"""

from kiosk.exhibit.base import CameraUnavailable, ExhibitContext, ExhibitWidget
from kiosk.exhibit.kit import (
    TOUCH_TARGET_PX,
    Card,
    SegmentedChoice,
    ThemedLabel,
    ThemedMixin,
    TouchButton,
    ValueSlider,
    draw_arrow,
)
from kiosk.exhibit.theme import OKABE_ITO, SERIES, SUBJECT_COLOURS, Theme, current_theme
from kiosk.manifest import Manifest


def run_standalone(package: str) -> int:
    """Open one exhibit alone in a window (used by each exhibit's __main__)."""
    from kiosk.exhibit.standalone import run_standalone as run

    return run(package)


__all__ = [
    "OKABE_ITO",
    "SERIES",
    "SUBJECT_COLOURS",
    "TOUCH_TARGET_PX",
    "CameraUnavailable",
    "Card",
    "ExhibitContext",
    "ExhibitWidget",
    "Manifest",
    "SegmentedChoice",
    "Theme",
    "ThemedLabel",
    "ThemedMixin",
    "TouchButton",
    "ValueSlider",
    "current_theme",
    "draw_arrow",
    "run_standalone",
]
