"""Cargo ship on a 1920x1080 station: every panel line fits in every language and text size.

Russian with large text once squeezed the readouts into each other and lost a checklist line
and the spirit level; at normal size the spirit level sat half under the Archimedes formula.
"""

from __future__ import annotations

import pytest

from kiosk.exhibit.theme import Theme, hub, scale_for
from kiosk.ui.audit.checks import check_overlaps, check_texts, leaves

#: The exhibit's area on a 1920x1080 screen, under the kiosk's top bar.
SIZE = (1920, 960)


def panel_findings(widget) -> list[str]:
    items = leaves(widget)
    return [str(f) for f in (*check_texts(items), *check_overlaps(items))]


@pytest.mark.parametrize("large_text", [False, True])
@pytest.mark.parametrize("language", ["lv", "en", "ru"])
def test_the_panel_fits_a_station_screen(open_exhibit, qtbot, language, large_text) -> None:
    widget, _ = open_exhibit("cargo_ship", language=language, size=SIZE)
    if large_text:
        hub.set(Theme.create(large_text=True, scale=scale_for(1920, 1080)))
    widget.resize(*SIZE)
    qtbot.wait(10)
    assert panel_findings(widget) == []
    gauges = widget.gauges
    assert gauges.isVisible() and gauges.height() >= gauges.minimumSizeHint().height()
    for label in (*widget.readout_names.values(), *widget.readout_values.values(), widget.checklist):
        assert label.isVisible() and label.height() >= label.heightForWidth(label.width()) - 1, label.text()


@pytest.mark.parametrize("high_contrast", [False, True])
def test_sail_does_not_look_like_the_chosen_water(open_exhibit, high_contrast) -> None:
    widget, _ = open_exhibit("cargo_ship", language="en", high_contrast=high_contrast)
    theme = widget.context.theme
    chosen = theme.color("accent")  # a SegmentedChoice's chosen segment
    assert widget.sail_button.primary and widget.sail_button.colour not in (None, chosen)
