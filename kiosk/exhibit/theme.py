"""Colours, sizes and fonts shared by the shell and every exhibit.

Colours come from the Okabe-Ito palette, which stays distinguishable for colour-blind
visitors; meaning is never carried by red versus green alone. High-contrast mode swaps to
black, white and yellow. Sizes are given in design pixels for a 1920x1080 screen and scaled
to the real window with ``px()``, so a layout works from 1280x720 to 3840x2160.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtGui import QColor, QFont, QPalette

#: Okabe-Ito colours (colour-blind safe), used for subjects, series and markers.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
}

#: Subject colours carry the white pictograms (at least 3:1, WCAG AA for icons) and draw rings
#: and chips on the dark surface (3:1 there too): mid-light colours, tested in test_theme_contrast.
SUBJECT_COLOURS = {
    "physics": "#2E86DE",
    "mathematics": "#BD8200",
    "computing": "#009E73",
    "biology": "#1C95D9",
    "chemistry": "#C86FA0",
    "astronomy": "#7B61FF",
    "engineering": "#D55E00",
    "energy": "#3A9D23",
    "artificial_intelligence": "#E52A73",
    "online_safety": "#008794",
}

#: The colour of the exhibits' pictograms (their SVGs draw in white).
PICTOGRAM = "#FFFFFF"

#: WCAG AA minimum contrast ratios.
TEXT_CONTRAST = 4.5
ICON_CONTRAST = 3.0

_NORMAL = {
    "background": "#0B1B34",
    "surface": "#132A4F",
    "surface_raised": "#1C3A68",
    "text": "#F5F7FA",
    "text_muted": "#B8C4D6",
    "accent": "#FFC83D",
    "accent_text": "#0B1B34",
    "good": "#56B4E9",
    "warning": "#E69F00",
    "danger": "#EE7733",  # text on background and surface: at least 4.5:1
    "outline": "#3A5A8C",
}

_HIGH_CONTRAST = {
    "background": "#000000",
    "surface": "#000000",
    "surface_raised": "#1A1A1A",
    "text": "#FFFFFF",
    "text_muted": "#FFFFFF",
    "accent": "#FFD400",
    "accent_text": "#000000",
    "good": "#00E5FF",
    "warning": "#FFD400",
    "danger": "#FF8C00",
    "outline": "#FFFFFF",
}

FONT_FAMILY = "DejaVu Sans"

#: Series colours for charts and plots, in order (colour-blind safe, readable on dark and black).
SERIES = ("#56B4E9", "#E69F00", "#F0E442", "#CC79A7", "#009E73", "#D55E00")


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a #RRGGBB colour (0 black .. 1 white)."""
    hex_digits = colour.lstrip("#")
    channels = (int(hex_digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two #RRGGBB colours, 1.0 .. 21.0 (order does not matter)."""
    light, dark = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def scale_for(width: int, height: int) -> float:
    """Real pixels per design pixel for a screen: 1.0 at 1920x1080, and at 1080x1920 portrait."""
    long_side, short_side = max(width, height), min(width, height)
    return max(0.4, min(long_side / 1920, short_side / 1080))


@dataclass(frozen=True)
class Theme:
    """The look of the kiosk right now: high contrast or not, text size, screen scale."""

    high_contrast: bool = False
    large_text: bool = False
    scale: float = 1.0  # real pixels per design pixel (1920x1080 design)
    colours: dict[str, str] = field(default_factory=lambda: dict(_NORMAL))

    @classmethod
    def create(cls, high_contrast: bool = False, large_text: bool = False, scale: float = 1.0) -> Theme:
        return cls(high_contrast, large_text, scale, dict(_HIGH_CONTRAST if high_contrast else _NORMAL))

    def with_(self, **changes: object) -> Theme:
        merged = replace(self, **changes)  # type: ignore[arg-type]
        return Theme.create(merged.high_contrast, merged.large_text, merged.scale)

    def color(self, role: str) -> QColor:
        return QColor(self.colours[role])

    def subject_color(self, subject: str) -> QColor:
        if self.high_contrast:
            return QColor(self.colours["accent"])
        return QColor(SUBJECT_COLOURS.get(subject, self.colours["accent"]))

    def pictogram_disc(self, subject: str) -> QColor:
        """The disc an exhibit's white pictogram sits on: the subject colour, or black in high
        contrast (where subject colours become yellow, which white icons nearly vanish on)."""
        if self.high_contrast:
            return QColor(self.colours["background"])
        return QColor(SUBJECT_COLOURS.get(subject, self.colours["surface_raised"]))

    def series(self, index: int) -> QColor:
        return QColor(SERIES[index % len(SERIES)])

    def px(self, design_px: float) -> int:
        """Design pixels (at 1920x1080) to real pixels on this screen."""
        return max(1, round(design_px * self.scale))

    def text_px(self, design_px: float) -> int:
        """A font pixel size: scaled to the screen, and larger in accessibility mode."""
        return self.px(design_px * (1.3 if self.large_text else 1.0))

    def font(self, design_px: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
        font = QFont(FONT_FAMILY)
        font.setPixelSize(self.text_px(design_px))
        font.setWeight(weight)
        return font

    def stylesheet(self) -> str:
        """Extra style sheet rules for standard widgets (colours come from palette())."""
        return "QLabel { background: transparent; }"

    def palette(self) -> QPalette:
        """The application palette: standard widgets (labels, plots' frames) follow the theme."""
        palette = QPalette()
        for role, colour in (
            (QPalette.ColorRole.Window, "background"),
            (QPalette.ColorRole.WindowText, "text"),
            (QPalette.ColorRole.Base, "surface"),
            (QPalette.ColorRole.AlternateBase, "surface_raised"),
            (QPalette.ColorRole.Text, "text"),
            (QPalette.ColorRole.Button, "surface_raised"),
            (QPalette.ColorRole.ButtonText, "text"),
            (QPalette.ColorRole.Highlight, "accent"),
            (QPalette.ColorRole.HighlightedText, "accent_text"),
            (QPalette.ColorRole.ToolTipBase, "surface_raised"),
            (QPalette.ColorRole.ToolTipText, "text"),
            (QPalette.ColorRole.PlaceholderText, "text_muted"),
        ):
            palette.setColor(role, QColor(self.colours[colour]))
        return palette


class _ThemeHub:
    """The one current Theme of the process; the shell sets it, widgets read and follow it."""

    def __init__(self) -> None:
        self.theme = Theme.create()
        self._listeners: list[object] = []

    def set(self, theme: Theme) -> None:
        self.theme = theme
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QApplication

        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(theme.palette())
            font = theme.font(24)
            app.setFont(font)
            # Every widget is told at once (sent, not posted: no event may outlive its widget).
            for widget in app.allWidgets():
                QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))


hub = _ThemeHub()


def current_theme() -> Theme:
    return hub.theme
