"""Cargo ship on a 1920x1080 station: every panel line fits in every language and text size.

Russian with large text once squeezed the readouts into each other and lost a checklist line
and the spirit level; at normal size the spirit level sat half under the Archimedes formula.
"""

from __future__ import annotations

import pytest
from exhibit_checks import assert_button_texts_fit, settle
from PySide6.QtWidgets import QWidget

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
    assert_button_texts_fit(widget)  # as painted: "Разгрузить" was cut at both ends with large text
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



def _one_column_height(widget) -> int:
    """What the panel needs as one column at its one-column width, every layout measured afresh."""
    layout, (first, _) = widget._panel_layout, widget._columns
    layout.setDirection(layout.Direction.TopToBottom)
    first.setMinimumWidth(0)
    first.setMaximumWidth(16_777_215)
    for child in (*widget.panel.findChildren(QWidget), widget.panel):
        if child.layout() is not None:
            child.layout().invalidate()
            child.updateGeometry()
    width = max(widget.context.theme.px(widget.panel_min_side_px), round(widget.width() * 0.3))
    return layout.totalHeightForWidth(width)


def test_the_panel_turns_to_two_columns_when_its_hint_grows(open_exhibit, qtbot) -> None:
    """The cause of the spirit level that the audit found squeezed in some runs and not others: one
    or two columns was decided when the exhibit was resized or its look changed, with whatever
    texts and layout sizes it had at that moment (which depended on the order events came in),
    and never again when a text grew: a longer hint, another language. The panel follows its texts."""
    probe, _ = open_exhibit("cargo_ship", language="lv", size=(1880, 1400))
    hub.set(Theme.create(scale=scale_for(1920, 1080)))
    settle()
    fits_the_first_hint = _one_column_height(probe) + 4

    widget, _ = open_exhibit("cargo_ship", language="lv", size=(1880, fits_the_first_hint))
    hub.set(Theme.create(scale=scale_for(1920, 1080)))
    settle()
    assert widget._panel_layout.direction() == widget._panel_layout.Direction.TopToBottom
    widget._on_sail()  # not loaded yet: "Not yet! Drag containers ..." is a longer hint
    settle()
    assert panel_findings(widget) == []
    gauges = widget.gauges
    assert gauges.height() >= gauges.minimumSizeHint().height()
