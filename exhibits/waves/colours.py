"""Colour look-up tables that turn a water-height field into an RGBX image (numpy, Qt-free)."""

from __future__ import annotations

import numpy as np

# Height range mapped onto the table; two full waves adding up reach 2.
FIELD_LIMIT = 2.0
TABLE_SIZE = 512
# Steepness of the tanh squeeze: far, faint ripples stay visible next to strong ones near a source.
CONTRAST = 0.9

# Trough (dark navy) -> calm (mid blue) -> crest (pale yellow). Lightness rises monotonically and
# the hue runs along the blue-yellow axis that all common colour-vision types see, so the map
# stays readable for red-green colour-blind visitors (like cividis, but centred on calm water).
WATER_STOPS = (
    (-1.0, (6, 16, 44)),
    (-0.5, (22, 66, 130)),
    (0.0, (48, 118, 178)),
    (0.5, (140, 200, 222)),
    (1.0, (255, 244, 190)),
)
HIGH_CONTRAST_STOPS = ((-1.0, (0, 0, 0)), (1.0, (255, 255, 255)))


def build_table(stops: tuple[tuple[float, tuple[int, int, int]], ...] = WATER_STOPS) -> np.ndarray:
    """A TABLE_SIZE x 4 uint8 table for heights from -FIELD_LIMIT to +FIELD_LIMIT."""
    heights = np.linspace(-FIELD_LIMIT, FIELD_LIMIT, TABLE_SIZE)
    squeezed = np.tanh(CONTRAST * heights) / np.tanh(CONTRAST * FIELD_LIMIT)
    positions = [p for p, _ in stops]
    table = np.full((TABLE_SIZE, 4), 255, dtype=np.uint8)
    for channel in range(3):
        values = [colour[channel] for _, colour in stops]
        table[:, channel] = np.round(np.interp(squeezed, positions, values)).astype(np.uint8)
    return table


def pack_rgb32(table: np.ndarray) -> np.ndarray:
    """The table as 0xFFRRGGBB words: one gather per pixel, and QImage.Format_RGB32 (Qt's
    fastest format to draw) reads them directly."""
    rgb = table[:, :3].astype(np.uint32)
    return np.uint32(0xFF000000) | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]


def colourise(field: np.ndarray, table: np.ndarray) -> np.ndarray:
    """Map a height field (rows x cols) through a table: rows x cols x 4 uint8 for a build_table
    table, rows x cols uint32 for a pack_rgb32 one. Always C-contiguous."""
    scale = (TABLE_SIZE - 1) / (2 * FIELD_LIMIT)
    index = ((field + FIELD_LIMIT) * scale).astype(np.int32)
    np.clip(index, 0, TABLE_SIZE - 1, out=index)
    return np.ascontiguousarray(table[index])
