"""Computer vision: the pixel numbers are big enough to read at a station (they were about 11 px)."""

from __future__ import annotations

from kiosk.exhibit.theme import Theme, hub, scale_for

#: The exhibit's area on a 1920x1080 screen, under the kiosk's top bar.
SIZE = (1920, 960)
#: The smallest text a visitor reads at arm's length on a 43-inch screen, in pixels.
READABLE_PX = 18


def test_pixel_numbers_are_readable(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("computer_vision", language="en", size=SIZE, camera="synthetic")
    hub.set(Theme.create(scale=scale_for(1920, 1080)))
    widget.resize(*SIZE)
    qtbot.wait(50)
    assert widget.probe.number_font_px() >= READABLE_PX
