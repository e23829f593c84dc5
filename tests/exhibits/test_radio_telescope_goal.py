"""Radio telescope: the goal heading shows in every language and text size, the panel fits a
1920x1080 station, and Cassiopeia A is called what it is (one of the brightest radio sources)."""

from __future__ import annotations

import pytest

from kiosk.exhibit.theme import Theme, hub, scale_for
from kiosk.ui.audit.checks import check_overlaps, check_texts, leaves

#: The exhibit's area on a 1920x1080 screen, under the kiosk's top bar (and the portrait one).
SIZES = {"landscape": (1920, 960), "portrait": (1080, 1800)}


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
@pytest.mark.parametrize("large_text", [False, True])
@pytest.mark.parametrize("language", ["lv", "en", "ru"])
def test_the_goal_shows_and_the_panel_fits(open_exhibit, qtbot, language, large_text, orientation) -> None:
    size = SIZES[orientation]
    widget, _ = open_exhibit("radio_telescope", language=language, size=size)
    if large_text:
        hub.set(Theme.create(large_text=True, scale=scale_for(*size)))
    widget.resize(*size)
    qtbot.wait(10)
    assert widget.heading.isVisible() and widget.heading.text()
    assert widget.heading.height() >= widget.heading.heightForWidth(widget.heading.width()) - 1
    assert widget.minimumSizeHint().height() <= size[1]  # the window need not grow
    items = leaves(widget)
    assert [str(f) for f in (*check_texts(items), *check_overlaps(items))] == []


def test_cassiopeia_a_is_not_called_faint(open_exhibit) -> None:
    widget, _ = open_exhibit("radio_telescope", language="en")
    texts = " ".join(row.detail for row in widget.targets.rows)
    assert "Faint" not in texts
