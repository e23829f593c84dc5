"""Every colour pair of the theme meets WCAG AA: 4.5:1 for text, 3:1 for icons (no Qt needed)."""

from __future__ import annotations

import pytest

from kiosk.exhibit.theme import (
    _HIGH_CONTRAST,
    _NORMAL,
    ICON_CONTRAST,
    PICTOGRAM,
    SUBJECT_COLOURS,
    TEXT_CONTRAST,
    Theme,
    contrast_ratio,
)

LOOKS = {"normal": _NORMAL, "high contrast": _HIGH_CONTRAST}
TEXT_ROLES = ("text", "text_muted")
GROUNDS = ("background", "surface", "surface_raised")


def test_the_contrast_ratio_is_the_wcag_one():
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#000000", "#FFFFFF") == contrast_ratio("#FFFFFF", "#000000")


@pytest.mark.parametrize("look", LOOKS)
@pytest.mark.parametrize("role", TEXT_ROLES)
@pytest.mark.parametrize("ground", GROUNDS)
def test_text_is_readable_on_every_ground(look, role, ground):
    colours = LOOKS[look]
    assert contrast_ratio(colours[role], colours[ground]) >= TEXT_CONTRAST


@pytest.mark.parametrize("look", LOOKS)
def test_text_on_the_accent_is_readable(look):
    colours = LOOKS[look]
    assert contrast_ratio(colours["accent_text"], colours["accent"]) >= TEXT_CONTRAST


@pytest.mark.parametrize("look", LOOKS)
@pytest.mark.parametrize("role", ("accent", "good", "warning", "danger"))
def test_status_colours_read_as_text_on_the_background_and_surface(look, role):
    colours = LOOKS[look]
    for ground in ("background", "surface"):
        assert contrast_ratio(colours[role], colours[ground]) >= TEXT_CONTRAST, (role, ground)


@pytest.mark.parametrize("high_contrast", (False, True), ids=("normal", "high-contrast"))
@pytest.mark.parametrize("subject", SUBJECT_COLOURS)
def test_the_white_pictograms_stand_out_on_their_disc(subject, high_contrast):
    disc = Theme.create(high_contrast=high_contrast).pictogram_disc(subject).name()
    assert contrast_ratio(PICTOGRAM, disc) >= ICON_CONTRAST, f"{subject}: {contrast_ratio(PICTOGRAM, disc):.2f}:1"


@pytest.mark.parametrize("subject", SUBJECT_COLOURS)
def test_subject_rings_and_chips_stand_out_on_the_surface(subject):
    for ground in ("background", "surface"):
        assert contrast_ratio(SUBJECT_COLOURS[subject], _NORMAL[ground]) >= ICON_CONTRAST, ground
