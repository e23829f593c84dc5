"""The attract loop draws its orbits and glowing particles where they belong, at every size it
is shown at (its glows are drawn once per size and its orbits as hairlines: cheap frames)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from kiosk.exhibit.theme import current_theme
from kiosk.registry import discover
from kiosk.ui import attract
from kiosk.ui.attract import AttractScreen

BACKGROUND_MAX_LIGHTNESS = 70  # the attract loop's dark blue gradient is darker than this


def _lightness(image: QImage, x: float, y: float) -> int:
    return QColor(image.pixel(round(x), round(y))).lightness()


@pytest.fixture
def one_orbit_one_glow(monkeypatch):
    """One orbit and one orange particle, and no texts (the invitation would cover them)."""
    monkeypatch.setattr(attract, "ORBITS", ((0.3, 0.6),))

    def make(qtbot) -> AttractScreen:
        screen = AttractScreen(("lv", "en", "ru"), lambda _language, _context, _text: "")
        screen.particles = [(0.15, 0.9, 0.05, 0.02, 0.0, QColor("#E69F00"))]
        qtbot.addWidget(screen)
        return screen

    return make


def test_orbit_and_glow_drawn_at_each_size(qtbot, one_orbit_one_glow):
    screen = one_orbit_one_glow(qtbot)
    screen.show()
    for width, height in ((1920, 1080), (1280, 720), (1080, 1920)):
        screen.resize(width, height)
        image = screen.grab().toImage()
        unit = min(width, height)
        # The orbit's lower left (away from the tapping hand and the planet; its centre drifts
        # sideways slowly, not in the moment this test takes).
        x, ring_y = width / 2 - unit * 0.3 * 1.6 * 0.7071, height / 2 + unit * 0.3 * 0.7071
        column = [_lightness(image, x, ring_y + dy) for dy in range(-3, 4)]
        inside = _lightness(image, x + unit * 0.05, ring_y - unit * 0.05)
        assert max(column) > inside + 10, (width, height, column, inside)
        # The particle's glow: orange at its middle, fading to the background at its rim.
        middle = QColor(image.pixel(round(0.15 * width), round(0.9 * height)))
        assert middle.red() > middle.blue() + 40, (width, height, middle.name())
        rim = _lightness(image, 0.15 * width + unit * 0.05 + 4, 0.9 * height)
        assert rim < BACKGROUND_MAX_LIGHTNESS, (width, height, rim)


def test_the_ribbon_keeps_pictures_only_of_the_exhibits_on_screen(qtbot):
    """Every exhibit in every language as pictures took 10 MiB while the attract loop played."""
    entries = [entry for entry in discover() if entry.ok]
    screen = AttractScreen(("lv", "en", "ru"), lambda _language, _context, text: text, exhibits=lambda: entries)
    qtbot.addWidget(screen)
    screen.resize(1920, 1080)
    screen.show()
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    seen = set()
    for t in (0.0, 7.5, 21.0, 33.3, 48.0):
        for language in ("lv", "en", "ru"):
            image.fill(QColor("white"))
            painter = QPainter(image)
            screen._paint_showcase(painter, t, language, 900)
            painter.end()
            held = screen._showcase_pictures
            on_screen = [item for item in held if item.title in {i.title for i in screen._showcase_items(language)}]
            assert held and len(on_screen) == len(held) < len(entries)  # this language's, and not all
            assert sum(picture.width() for picture in held.values()) < 1920 + 2 * max(i.width for i in held)
            middle = 900 + current_theme().px(96) // 2  # the ribbon's middle, at the theme's scale
            covered = sum(QColor(image.pixel(x, middle)) != QColor("white") for x in range(0, 1920, 4))
            assert covered > 0.7 * 480  # the ribbon is drawn across the screen (with gaps between items)
            seen.update(item.exhibit_id for item in held)
    assert len(seen) > len(held)  # the ribbon moves on: other exhibits come into view
    screen.hide()
    assert not screen._showcase_pictures


def test_the_background_darkens_towards_the_top_in_whole_lines(qtbot, monkeypatch):
    """The background is a top-to-bottom gradient (each line one colour: the path Qt fills
    cheaply, frame after frame all day), from the night blue at the top to the lighter blue."""
    monkeypatch.setattr(attract, "ORBITS", ())
    screen = AttractScreen(("lv", "en", "ru"), lambda _language, _context, _text: "")
    screen.particles = []
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    image = screen.grab().toImage()
    for y in (2, 200, 500):  # lines clear of the texts, the hand and the ribbon at the left edge
        assert image.pixel(2, y) == image.pixel(40, y)
    top, bottom = QColor(image.pixel(2, 0)), QColor(image.pixel(2, 719))
    assert top.name() == "#0b1b34"
    assert abs(bottom.blue() - 0x73) <= 2 and bottom.lightness() > top.lightness() + 20
