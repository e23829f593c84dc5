"""AR cards: each card's drawing is drawn once per state and reused; only what moves is redrawn,
and the picture is the one the full drawing makes."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage, QPainter

from exhibits.ar_cards.drawings import SPRITE_PX_PER_UNIT, CardSprites, content_radius, draw_content


def full_drawing(kind: str, key: str, t_s: float) -> np.ndarray:
    """The card's drawing made in one go, as before the sprites kept layers."""
    size = round(2 * content_radius(key) * SPRITE_PX_PER_UNIT)
    pixels = np.zeros((size, size, 4), np.uint8)
    image = QImage(pixels.data, size, size, pixels.strides[0], QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.translate(size / 2, size / 2)
    painter.scale(SPRITE_PX_PER_UNIT, SPRITE_PX_PER_UNIT)
    draw_content(painter, kind, key, t_s)
    painter.end()
    return pixels


@pytest.mark.parametrize(("kind", "key"), [("planet", "earth"), ("planet", "mars"), ("planet", "saturn"),
                                           ("organ", "heart"), ("organ", "lungs"), ("molecule", "water")])
def test_a_sprite_is_the_full_drawing(qapp, kind: str, key: str) -> None:
    sprites = CardSprites()
    for t_s in (0.0, 1.3, 7.45):
        sprite = sprites.get(kind, key, t_s)
        reference = full_drawing(kind, key, sprites.drawn_at(key))
        difference = np.abs(sprite.pixels.astype(int) - reference.astype(int))
        # Layers composed one over the other round a level or two differently than one painter.
        assert difference.max() <= 3, f"{key} at {t_s}: up to {difference.max()} levels off"
        assert np.mean(difference) < 0.05


def test_a_still_drawing_is_drawn_once(qapp) -> None:
    sprites = CardSprites()
    first = sprites.get("planet", "saturn", 0.0)
    assert sprites.get("planet", "saturn", 5.0) is first
    assert sprites.get("planet", "saturn", 123.4) is first


def test_a_beating_heart_is_drawn_once_per_phase(qapp) -> None:
    sprites = CardSprites()
    beat_s = 60 / 72
    first = sprites.get("organ", "heart", 0.2)
    again = sprites.get("organ", "heart", 0.2 + 3 * beat_s)
    assert again is first, "the same moment of a later beat reuses the picture"
    assert sprites.get("organ", "heart", 0.2 + beat_s / 2) is not first


def test_a_turning_planet_redraws_its_surface_only(qapp, monkeypatch) -> None:
    import exhibits.ar_cards.drawings as drawings

    calls: list[str] = []
    for name in ("_planet_back", "_planet_front"):
        original = getattr(drawings, name)
        monkeypatch.setattr(drawings, name, lambda *args, _o=original, _n=name: (calls.append(_n), _o(*args))[1])
    sprites = CardSprites()
    pictures = {hash(sprites.get("planet", "earth", t / 10).pixels.tobytes()) for t in range(10)}
    assert len(pictures) > 5, "the globe turns"
    assert calls.count("_planet_back") == 1 and calls.count("_planet_front") == 1
