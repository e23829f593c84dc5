"""Cargo ship frames: the travelling waves come from a cached strip slid sideways (issue 18), and
must still be drawn where the wave is."""

from __future__ import annotations

import math

import pytest
from PySide6.QtGui import QColor

from exhibits.cargo_ship.drawing import water_colour
from exhibits.cargo_ship.model import Area
from exhibits.cargo_ship.scene import WAVE_AMPLITUDE_M, WAVE_LENGTH_SCALE


def _line_row(image, x: int, top: int, bottom: int, line: QColor) -> int:
    """The row of column x nearest in colour to the wave's line."""
    def distance(y: int) -> int:
        pixel = image.pixelColor(x, y)
        return abs(pixel.red() - line.red()) + abs(pixel.green() - line.green()) + abs(pixel.blue() - line.blue())
    return min(range(top, bottom), key=distance)


@pytest.mark.parametrize("phase", [0.0, 1.3, 4.0])
def test_the_wave_line_is_where_the_sine_puts_it(open_exhibit, phase) -> None:
    widget, _ = open_exhibit("cargo_ship", size=(1920, 1080))
    scene = widget.scene
    scene._wave_phase = phase
    image = scene.grab().toImage()
    scale = scene.scale_px_per_m
    amplitude, base = scale * WAVE_AMPLITUDE_M, scene.world_to_screen(0, 0).y()
    line = water_colour(widget.context.theme, scene.port.water).lighter(170)
    ship_left = scene.world_to_screen(-scene.port.hull.beam_m, 0).x()
    for x in range(20, round(ship_left) - 20, 37):  # open water, left of the ship and its labels
        expected = base + amplitude * math.sin(phase + x / (scale * WAVE_LENGTH_SCALE))
        found = _line_row(image, x, round(base - 2 * amplitude) - 3, round(base + 2 * amplitude) + 4, line)
        assert abs(found - expected) <= 2, (x, found, expected)


def test_the_quay_picture_follows_the_stacks(open_exhibit) -> None:
    """The waiting containers are one cached picture: a container taken off the quay is gone from
    it, one put back is in it again, and a lifted one is not drawn twice."""
    widget, _ = open_exhibit("cargo_ship", size=(1920, 1080))
    scene, port = widget.scene, widget.port
    column = next(index for index, stack in enumerate(port.quay) if stack)
    cid = port.quay[column][-1]
    spot = scene.quay_slot_rect(column, len(port.quay[column]) - 1).center().toPoint()
    with_it = scene.grab().toImage().pixelColor(spot)
    assert port.move(cid, Area.SHIP, 0) is not None
    scene.update()
    assert scene.grab().toImage().pixelColor(spot) != with_it
    assert port.move(cid, Area.QUAY, column) is not None
    assert scene.grab().toImage().pixelColor(spot) == with_it
    scene._dragged = cid  # lifted by the crane: drawn where the finger is, not on the quay
    assert scene.grab().toImage().pixelColor(spot) != with_it
