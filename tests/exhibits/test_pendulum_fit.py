"""Pendulum on a station screen with large text: every card fits in every language.

In landscape the goal text was cut at its top and bottom, the period gauge and the length and
friction sliders were squeezed below their height (the side column held more than 964 px of cards).
"""

from __future__ import annotations

import pytest
from exhibit_checks import STATION_AREAS, fit_findings, settle, show_large_text


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
@pytest.mark.parametrize("language", ["lv", "en", "ru"])
def test_every_card_fits_with_large_text(open_exhibit, language, orientation) -> None:
    widget, _ = open_exhibit("pendulum", language=language)
    show_large_text(widget, STATION_AREAS[orientation])
    assert fit_findings(widget) == []
    for slider in (widget.length_slider, widget.friction_slider):
        assert slider.height() >= slider.minimumSizeHint().height()
    assert widget.gauge.height() >= widget.gauge.minimumSizeHint().height()


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_the_longest_feedback_fits_with_large_text(open_exhibit, orientation) -> None:
    widget, _ = open_exhibit("pendulum", language="ru")
    show_large_text(widget, STATION_AREAS[orientation])
    widget._set_feedback("wide_swing", 2.37)  # the longest line of feedback, in the longest language
    settle()
    assert fit_findings(widget) == []
