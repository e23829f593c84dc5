"""The exhibit API: everything an exhibit may use from the kiosk (DESIGN.md section 3).

Exhibits import from here only, never from kiosk.ui, the store or each other.
"""

from typing import TYPE_CHECKING, Any

# First of the kiosk's imports: PySide6 stops reading the source of every module imported after it.
from kiosk.exhibit import pyside_imports  # noqa: F401
from kiosk.exhibit.theme import OKABE_ITO, SERIES, SUBJECT_COLOURS, Theme, current_theme

if TYPE_CHECKING:  # loaded on first use at run time (below)
    from kiosk.exhibit.base import CameraUnavailable, ExhibitContext, ExhibitWidget
    from kiosk.exhibit.kit import (
        TOUCH_TARGET_PX,
        Card,
        GoalCard,
        SegmentedChoice,
        ThemedLabel,
        ThemedMixin,
        TouchButton,
        ValueSlider,
        ZoneMeter,
        draw_arrow,
        fit_in_height,
        fit_panel_now,
        fitted_font,
        forget_layout_sizes,
        hide_extras_when_short,
        keep_width_share,
        lay_out_grid,
        layout_of,
        place_panel,
        release_width,
        turn_boxes,
    )
    from kiosk.manifest import Manifest

#: Names loaded on first use. The widget kit and the exhibit base: the kiosk's first frame (the
#: attract loop) needs only the theme and the translations, and the kit's modules cost a start
#: about 30 ms of processor time (Qt's enums are made as they are first touched).
_KIT = (
    "TOUCH_TARGET_PX", "Card", "GoalCard", "SegmentedChoice", "ThemedLabel", "ThemedMixin", "TouchButton",
    "ValueSlider", "ZoneMeter", "draw_arrow", "fit_in_height", "fit_panel_now", "fitted_font",
    "forget_layout_sizes", "hide_extras_when_short", "keep_width_share", "lay_out_grid", "layout_of",
    "place_panel", "release_width", "turn_boxes",
)
_LAZY = {
    **{name: ("kiosk.exhibit.kit", name) for name in _KIT},
    "CameraUnavailable": ("kiosk.exhibit.base", "CameraUnavailable"),
    "ExhibitContext": ("kiosk.exhibit.base", "ExhibitContext"),
    "ExhibitWidget": ("kiosk.exhibit.base", "ExhibitWidget"),
    "Manifest": ("kiosk.manifest", "Manifest"),
    # Camera names bring OpenCV and numpy, which the home screen must not pay for (DESIGN.md
    # section 2, rule 5).
    "CameraExhibit": ("kiosk.exhibit.camera", "CameraExhibit"),
    "CameraFeed": ("kiosk.exhibit.camera_feed", "CameraFeed"),
    "CameraFrame": ("kiosk.exhibit.camera_feed", "CameraFrame"),
    "CameraView": ("kiosk.exhibit.camera_view", "CameraView"),
    "camera_activity": ("kiosk.exhibit.camera_in_use", "camera_activity"),
    "image_from_array": ("kiosk.exhibit.camera_feed", "image_from_array"),
    "make_camera_provider": ("kiosk.exhibit.camera_feed", "make_camera_provider"),
    "MARKER_CARDS": ("kiosk.camera.markers", "MARKER_CARDS"),
    "MarkerCard": ("kiosk.camera.markers", "MarkerCard"),
    "marker_card": ("kiosk.camera.markers", "marker_card"),
    "create_marker_detector": ("kiosk.camera.markers", "create_detector"),
    "make_still": ("kiosk.exhibit.plots", "make_still"),
    "plain_numbers": ("kiosk.exhibit.plots", "plain_numbers"),
    "style_axes": ("kiosk.exhibit.plots", "style_axes"),
    # Painted plots need numpy: loaded with the first exhibit that shows one.
    "PaintedPlot": ("kiosk.exhibit.painted_plot", "PaintedPlot"),
    "PlotLook": ("kiosk.exhibit.painted_plot", "PlotLook"),
    "PlotSeries": ("kiosk.exhibit.painted_plot", "Series"),
    "ReferenceLine": ("kiosk.exhibit.painted_plot", "ReferenceLine"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attribute = _LAZY[name]
        value = getattr(importlib.import_module(module), attribute)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kiosk.exhibit' has no attribute {name!r}")


def run_standalone(package: str) -> int:
    """Open one exhibit alone in a window (used by each exhibit's __main__)."""
    from kiosk.exhibit.standalone import run_standalone as run

    return run(package)


__all__ = [
    "MARKER_CARDS",
    "OKABE_ITO",
    "SERIES",
    "SUBJECT_COLOURS",
    "TOUCH_TARGET_PX",
    "CameraExhibit",
    "CameraFeed",
    "CameraFrame",
    "CameraUnavailable",
    "CameraView",
    "Card",
    "ExhibitContext",
    "ExhibitWidget",
    "GoalCard",
    "Manifest",
    "MarkerCard",
    "PaintedPlot",
    "PlotLook",
    "PlotSeries",
    "ReferenceLine",
    "SegmentedChoice",
    "Theme",
    "ThemedLabel",
    "ThemedMixin",
    "TouchButton",
    "ValueSlider",
    "ZoneMeter",
    "camera_activity",
    "create_marker_detector",
    "current_theme",
    "draw_arrow",
    "fit_in_height",
    "fit_panel_now",
    "fitted_font",
    "forget_layout_sizes",
    "hide_extras_when_short",
    "image_from_array",
    "keep_width_share",
    "lay_out_grid",
    "layout_of",
    "make_camera_provider",
    "make_still",
    "marker_card",
    "place_panel",
    "plain_numbers",
    "release_width",
    "run_standalone",
    "style_axes",
    "turn_boxes",
]
