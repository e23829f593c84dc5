"""What appears on each card, drawn in card space: the marker spans -1..1 in x and y.

The painter arrives already transformed onto the card (perspective and mirror included), so the
drawing tilts and turns with the card. Text must not be mirrored, so molecule drawings return the
atom labels as card-space points; the view draws them untransformed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPen, QRadialGradient

from exhibits.ar_cards.model import MOLECULES, bonds, content_box, rotate_x, rotate_y

#: Element colours (the chemists' CPK convention, nudged to read well on a dark screen).
ELEMENT_COLOURS = {"H": "#F2F2F2", "O": "#E8473B", "C": "#5A5A5A", "Na": "#AB5CF2", "Cl": "#3DD35B"}
ELEMENT_RADII = {"H": 0.22, "O": 0.36, "C": 0.34, "Na": 0.26, "Cl": 0.4}

Label = tuple[str, QPointF]


_BALLS: dict[tuple[str, int], QImage] = {}
_SHADOWS: dict[tuple[int, int], QImage] = {}


def _ball_image(colour: QColor, diameter_px: int) -> QImage:
    """A lit ball (light from the top left), rendered once per colour and size."""
    key = (colour.name(), diameter_px)
    image = _BALLS.get(key)
    if image is None:
        image = QImage(diameter_px, diameter_px, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = diameter_px / 2
        centre = QPointF(radius, radius)
        gradient = QRadialGradient(centre + QPointF(-radius * 0.35, -radius * 0.4), radius * 1.3)
        gradient.setColorAt(0.0, colour.lighter(170))
        gradient.setColorAt(0.45, colour)
        gradient.setColorAt(1.0, colour.darker(260))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(gradient))
        painter.drawEllipse(centre, radius - 0.5, radius - 0.5)
        painter.end()
        _BALLS[key] = image
    return image


def _sphere(painter: QPainter, centre: QPointF, radius: float, colour: QColor) -> None:
    """A lit ball, drawn from a cached image sized for the painter's current scale."""
    pixels_per_unit = max(1.0, painter.transform().m11() ** 2 + painter.transform().m12() ** 2) ** 0.5
    diameter_px = max(4, round(2 * radius * pixels_per_unit / 2) * 2)
    painter.drawImage(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                      _ball_image(colour, diameter_px))


def _shadow(painter: QPainter, radius_x: float, radius_y: float) -> None:
    """A soft shadow on the card under the object (a cached image)."""
    key = (round(radius_x * 10), round(radius_y * 10))
    image = _SHADOWS.get(key)
    if image is None:
        image = QImage(128, 128, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        shade = QPainter(image)
        gradient = QRadialGradient(QPointF(64, 64), 64)
        gradient.setColorAt(0.0, QColor(0, 0, 0, 150))
        gradient.setColorAt(1.0, QColor(0, 0, 0, 0))
        shade.setPen(Qt.PenStyle.NoPen)
        shade.setBrush(QBrush(gradient))
        shade.drawEllipse(QPointF(64, 64), 64, 64)
        shade.end()
        _SHADOWS[key] = image
    painter.drawImage(QRectF(0.18 - radius_x, 0.3 - radius_y, 2 * radius_x, 2 * radius_y), image)


# -- planets -----------------------------------------------------------------------------------------


def _planet_body(painter: QPainter, radius: float, light: str, dark: str) -> QPainterPath:
    clip = QPainterPath()
    clip.addEllipse(QPointF(0, 0), radius, radius)
    gradient = QRadialGradient(QPointF(-radius * 0.35, -radius * 0.35), radius * 1.6)
    gradient.setColorAt(0.0, QColor(light))
    gradient.setColorAt(1.0, QColor(dark))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawPath(clip)
    return clip


def _night_side(painter: QPainter, clip: QPainterPath, radius: float) -> None:
    shade = QLinearGradient(QPointF(-radius, 0), QPointF(radius, 0))
    shade.setColorAt(0.0, QColor(0, 0, 0, 0))
    shade.setColorAt(0.6, QColor(0, 0, 0, 40))
    shade.setColorAt(1.0, QColor(0, 0, 10, 170))
    painter.fillPath(clip, QBrush(shade))


def _surface_spots(painter: QPainter, clip: QPainterPath | None, radius: float, spin: float,
                   spots: list[tuple[float, float, float, float]], colour: QColor) -> None:
    """Patches on a turning globe: (longitude 0-1, latitude -1..1, width, height) in radii,
    clipped to ``clip`` (None: the painter is clipped to the globe already)."""
    painter.save()
    if clip is not None:
        painter.setClipPath(clip)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    for longitude, latitude, width, height in spots:
        angle = 2 * math.pi * ((longitude + spin) % 1.0) - math.pi
        if abs(angle) > math.pi / 2 + 0.3:
            continue  # on the far side
        x = math.sin(angle) * radius * math.cos(latitude * 0.9)
        squeeze = max(0.15, math.cos(angle))
        painter.drawEllipse(QPointF(x, latitude * radius * 0.8), width * radius * squeeze, height * radius)
    painter.restore()


PLANET_RADIUS = 1.25
Spots = list[tuple[float, float, float, float]]
#: What lies on each turning globe: (spots, colour, spin speed factor) drawn in turn.
_PLANET_SPOTS: dict[str, list[tuple[Spots, str | tuple[int, int, int, int], float]]] = {
    "earth": [([(0.05, -0.35, 0.35, 0.3), (0.12, 0.25, 0.22, 0.38), (0.45, -0.3, 0.5, 0.3),
                (0.55, 0.2, 0.2, 0.3), (0.8, -0.1, 0.3, 0.22)], "#3E9B4F", 1.0),
              ([(0.2, 0.0, 0.5, 0.06), (0.6, -0.55, 0.45, 0.05), (0.9, 0.45, 0.4, 0.05)], (255, 255, 255, 170), 1.3)],
    "mars": [([(0.1, -0.1, 0.3, 0.2), (0.35, 0.3, 0.25, 0.15), (0.6, -0.3, 0.35, 0.18),
               (0.85, 0.15, 0.2, 0.25)], (110, 40, 20, 150), 1.0)],
}
_PLANET_COLOURS = {"earth": ("#5AB4F0", "#0B3D7A"), "mars": ("#F08A4B", "#7A2A10")}


def _globe_clip(radius: float) -> QPainterPath:
    clip = QPainterPath()
    clip.addEllipse(QPointF(0, 0), radius, radius)
    return clip


def _planet_back(painter: QPainter, key: str) -> None:
    """What never moves under a turning planet's surface: its shadow and its lit body."""
    _shadow(painter, PLANET_RADIUS * 1.05, PLANET_RADIUS * 0.55)
    _planet_body(painter, PLANET_RADIUS, *_PLANET_COLOURS[key])


def _planet_surface(painter: QPainter, key: str, t_s: float) -> None:
    """The only part of earth and mars that changes: the land, seas and clouds turning."""
    spin = t_s / 12.0
    painter.save()
    # One clip for all the layers: an antialiased clip path costs more than the spots drawn in it.
    painter.setClipPath(_globe_clip(PLANET_RADIUS))
    for spots, colour, speed in _PLANET_SPOTS[key]:
        _surface_spots(painter, None, PLANET_RADIUS, spin * speed, spots,
                       QColor(colour) if isinstance(colour, str) else QColor(*colour))
    painter.restore()


def _planet_front(painter: QPainter, key: str) -> None:
    """What never moves over a turning planet's surface: the polar cap, the night side, the glow."""
    radius = PLANET_RADIUS
    clip = _globe_clip(radius)
    painter.save()
    painter.setClipPath(clip)
    painter.setPen(Qt.PenStyle.NoPen)
    if key == "earth":
        painter.setBrush(QColor("#F4F8FB"))
        painter.drawEllipse(QPointF(0, -radius * 1.02), radius * 0.5, radius * 0.16)
    else:
        painter.setBrush(QColor("#FFF6EE"))
        painter.drawEllipse(QPointF(0, -radius * 0.98), radius * 0.32, radius * 0.12)
    painter.restore()
    _night_side(painter, clip, radius)
    glow = QPen(QColor(160, 210, 255, 90) if key == "earth" else QColor(255, 180, 140, 60), 0.06)
    painter.setPen(glow)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QPointF(0, 0), radius + 0.03, radius + 0.03)


def _draw_saturn(painter: QPainter) -> None:
    radius = PLANET_RADIUS
    _shadow(painter, 2.0, 0.8)
    ring = QPainterPath()
    ring.addEllipse(QPointF(0, 0), 2.15, 0.62)
    ring.addEllipse(QPointF(0, 0), 1.5, 0.42)
    ring_brush = QColor("#E3C98F")
    ring_brush.setAlpha(215)
    painter.save()
    painter.rotate(-18)
    painter.setClipRect(QRectF(-3, -3, 6, 3))  # the back half of the ring, behind the planet
    painter.fillPath(ring, ring_brush)
    painter.restore()
    painter.save()
    painter.rotate(-18)
    clip = _planet_body(painter, radius * 0.85, "#F3DFA8", "#A8793A")
    painter.setClipPath(clip)
    for band in (-0.5, -0.15, 0.3, 0.6):
        painter.fillRect(QRectF(-2, band * radius * 0.85, 4, 0.12), QColor(150, 105, 50, 110))
    painter.setClipping(False)
    _night_side(painter, clip, radius * 0.85)
    painter.setClipRect(QRectF(-3, 0, 6, 3))  # the front half, over the planet
    painter.fillPath(ring, ring_brush)
    painter.restore()


def draw_planet(painter: QPainter, key: str, t_s: float) -> None:
    if key == "saturn":
        _draw_saturn(painter)
        return
    _planet_back(painter, key)
    _planet_surface(painter, key, t_s)
    _planet_front(painter, key)


# -- molecules ---------------------------------------------------------------------------------------


def draw_molecule(painter: QPainter, key: str, t_s: float) -> list[Label]:
    """Ball-and-stick model turning slowly about the vertical axis; returns the atom labels."""
    atoms = MOLECULES[key]()
    points = np.array([atom.position for atom in atoms], float)
    points = rotate_x(rotate_y(points, t_s * 0.6), 0.35 if key == "salt" else 0.0)
    scale = 1.0 if key != "salt" else 0.42
    points *= scale
    links = bonds(atoms, 3.0 if key == "salt" else 1.3)
    _shadow(painter, 1.4, 0.6)
    depth_order = np.argsort(points[:, 2])  # far atoms first
    pen = QPen(QColor("#D9DEE6"), 0.09, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    labels: list[Label] = []
    drawn: set[tuple[int, int]] = set()
    for index in depth_order:
        # Bonds behind this atom go first, so nearer atoms cover them.
        for a, b in links:
            if index in (a, b) and (a, b) not in drawn and points[a if b == index else b, 2] <= points[index, 2]:
                drawn.add((a, b))
                painter.setPen(pen)
                start, end = QPointF(*points[a, :2]), QPointF(*points[b, :2])
                if key == "carbon_dioxide":
                    offset = QPointF(0, 0.07)
                    painter.drawLine(start + offset, end + offset)
                    painter.drawLine(start - offset, end - offset)
                else:
                    painter.drawLine(start, end)
        atom = atoms[index]
        perspective = 1.0 + 0.12 * points[index, 2] * (1 / scale if key == "salt" else 1.0)
        radius = ELEMENT_RADII[atom.element] * max(0.6, perspective) * (1.0 if key != "salt" else 0.75)
        centre = QPointF(points[index, 0], points[index, 1])
        _sphere(painter, centre, radius, QColor(ELEMENT_COLOURS[atom.element]))
        if key != "salt" or points[index, 2] > 0.5:
            labels.append((atom.element, centre))
    return labels


# -- organs ------------------------------------------------------------------------------------------


def _heart_path(size: float) -> QPainterPath:
    path = QPainterPath(QPointF(0, size * 0.95))
    path.cubicTo(QPointF(-size * 1.35, size * 0.1), QPointF(-size * 1.0, -size * 1.05), QPointF(0, -size * 0.45))
    path.cubicTo(QPointF(size * 1.0, -size * 1.05), QPointF(size * 1.35, size * 0.1), QPointF(0, size * 0.95))
    return path


def draw_organ(painter: QPainter, key: str, t_s: float) -> None:
    _shadow(painter, 1.3, 0.6)
    if key == "heart":
        beat_phase = (t_s * 72 / 60) % 1.0  # 72 beats a minute
        pulse = math.exp(-((beat_phase - 0.1) / 0.06) ** 2) + 0.5 * math.exp(-((beat_phase - 0.3) / 0.06) ** 2)
        size = 1.05 * (1 + 0.08 * pulse)
        vessels = QPen(QColor("#B8323A"), 0.22, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(vessels)
        arch = QPainterPath(QPointF(0.15, -0.55))
        arch.cubicTo(QPointF(0.2, -1.5), QPointF(-0.7, -1.5), QPointF(-0.55, -0.7))
        painter.drawPath(arch)
        painter.setPen(QPen(QColor("#3F6FD8"), 0.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(0.45, -0.55), QPointF(0.6, -1.25))
        gradient = QRadialGradient(QPointF(-0.35, -0.35), 1.6)
        gradient.setColorAt(0.0, QColor("#FF6F6F"))
        gradient.setColorAt(1.0, QColor("#8E1020"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(gradient))
        painter.drawPath(_heart_path(size))
        painter.setBrush(QColor(255, 255, 255, 70))
        painter.drawEllipse(QPointF(-0.5, -0.35), 0.18, 0.1)
        return
    if key == "lungs":
        breath = 1 + 0.07 * math.sin(2 * math.pi * t_s / 4.0)  # a breath every 4 seconds
        painter.setPen(QPen(QColor("#E8E2D6"), 0.14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(0, -1.35), QPointF(0, -0.35))
        painter.drawLine(QPointF(0, -0.35), QPointF(-0.35, 0.0))
        painter.drawLine(QPointF(0, -0.35), QPointF(0.35, 0.0))
        for side in (-1, 1):
            lobe = QPainterPath(QPointF(side * 0.15, -0.8))
            lobe.cubicTo(QPointF(side * 1.15 * breath, -1.1), QPointF(side * 1.35 * breath, 1.0),
                         QPointF(side * 0.55 * breath, 1.05))
            lobe.cubicTo(QPointF(side * 0.2, 1.0), QPointF(side * 0.2, 0.2), QPointF(side * 0.15, -0.8))
            gradient = QRadialGradient(QPointF(side * 0.4, -0.3), 1.5)
            gradient.setColorAt(0.0, QColor("#FFB3BF"))
            gradient.setColorAt(1.0, QColor("#B0455C"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(gradient))
            painter.drawPath(lobe)
        return
    # eye
    pupil = 0.2 + 0.08 * (0.5 + 0.5 * math.sin(2 * math.pi * t_s / 6.0))  # slowly widening and narrowing
    sclera = QPainterPath()
    sclera.moveTo(-1.45, 0)
    sclera.cubicTo(QPointF(-0.7, -1.0), QPointF(0.7, -1.0), QPointF(1.45, 0))
    sclera.cubicTo(QPointF(0.7, 1.0), QPointF(-0.7, 1.0), QPointF(-1.45, 0))
    white = QRadialGradient(QPointF(0, 0), 1.5)
    white.setColorAt(0.0, QColor("#FFFFFF"))
    white.setColorAt(1.0, QColor("#D7D2CC"))
    painter.setPen(QPen(QColor("#6B4A3A"), 0.05))
    painter.setBrush(QBrush(white))
    painter.drawPath(sclera)
    painter.save()
    painter.setClipPath(sclera)
    iris = QRadialGradient(QPointF(0, 0), 0.62)
    iris.setColorAt(0.0, QColor("#7CC3E8"))
    iris.setColorAt(0.7, QColor("#2F7DB0"))
    iris.setColorAt(1.0, QColor("#17405E"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(iris))
    painter.drawEllipse(QPointF(0, 0), 0.62, 0.62)
    painter.setBrush(QColor("#0A0A0A"))
    painter.drawEllipse(QPointF(0, 0), pupil, pupil)
    painter.setBrush(QColor(255, 255, 255, 220))
    painter.drawEllipse(QPointF(-0.2, -0.22), 0.1, 0.1)
    painter.restore()


def draw_content(painter: QPainter, kind: str, key: str, t_s: float) -> list[Label]:
    """Draw a card's content in card space; returns labels (text, card-space point) to draw upright."""
    if kind == "planet":
        draw_planet(painter, key, t_s)
        return []
    if kind == "molecule":
        return draw_molecule(painter, key, t_s)
    draw_organ(painter, key, t_s)
    return []


#: Card drawings are rendered into images at this many pixels per card unit (the marker is 2 units wide).
SPRITE_PX_PER_UNIT = 96
#: How far each drawing reaches from the card centre, in card units (its shadow included).
CONTENT_RADIUS = {"saturn": 2.3, "salt": 1.75, "carbon_dioxide": 1.7, "eye": 1.6}
DEFAULT_CONTENT_RADIUS = 1.6
#: A sprite is redrawn when its animation time moved on by this much (20 times a second: enough
#: for a heartbeat's quick pulse, and the camera worker has the time).
SPRITE_REFRESH_S = 1 / 20


def content_radius(key: str) -> float:
    return CONTENT_RADIUS.get(key, DEFAULT_CONTENT_RADIUS)


@dataclass(frozen=True)
class Sprite:
    """A card's drawing, upright: premultiplied BGRA pixels covering +-radius card units around
    the card centre, and the atom labels (text, card-space point) to be drawn upright on screen."""

    pixels: np.ndarray  # uint8 (size, size, 4)
    radius: float
    labels: list[Label]

    @cached_property
    def content(self) -> tuple[int, int, int, int]:
        """The part of the pixels that is not clear (model.content_box): all a paste warps."""
        return content_box(self.pixels)

    def to_card(self) -> np.ndarray:
        """3x3 matrix: sprite pixels -> card units."""
        step = 2 * self.radius / self.pixels.shape[1]
        return np.array([[step, 0.0, -self.radius], [0.0, step, -self.radius], [0.0, 0.0, 1.0]])


#: Drawings that never change: drawn once.
STILL_DRAWINGS = frozenset({"saturn"})
#: Drawings that repeat exactly with this period (seconds): drawn once per phase step.
PERIODIC_DRAWINGS = {"heart": 60 / 72}
#: Drawings whose only moving part lies between two still layers: (under, moving, over).
LAYERED_DRAWINGS = {"earth", "mars"}


class CardSprites:
    """Each card's drawing as a cached picture, drawn only when what it shows changed.

    A still drawing (Saturn) is drawn once, a beating heart once per phase of its beat, a
    turning planet's shadow, body, cap and night side once (only its surface is redrawn, at most
    20 times a second), the rest at most 20 times a second. Drawn on the camera worker
    (painting into an image is safe on any thread), then warped onto the card by
    ``paste_warped``; the UI thread never draws a gradient through a perspective.
    """

    def __init__(self) -> None:
        self._cache: dict[str, tuple[float, Sprite]] = {}
        self._phases: dict[tuple[str, int], Sprite] = {}
        self._layers: dict[str, tuple[np.ndarray, QImage]] = {}

    def clear(self) -> None:
        self._cache.clear()
        self._phases.clear()
        self._layers.clear()

    def drawn_at(self, key: str) -> float:
        """The animation time the current picture of card ``key`` shows."""
        return self._cache[key][0]

    def get(self, kind: str, key: str, t_s: float) -> Sprite:
        """The drawing of card ``key`` at animation time t_s (a cached one if it shows the same)."""
        cached = self._cache.get(key)
        if key in STILL_DRAWINGS:
            if cached is None:
                cached = self._cache[key] = (0.0, self._draw(kind, key, 0.0))
            return cached[1]
        if key in PERIODIC_DRAWINGS:
            period = PERIODIC_DRAWINGS[key]
            steps = math.ceil(period / SPRITE_REFRESH_S)
            step = int((t_s % period) / period * steps) % steps
            drawn_at = step * period / steps
            sprite = self._phases.get((key, step))
            if sprite is None:
                sprite = self._phases[(key, step)] = self._draw(kind, key, drawn_at)
            self._cache[key] = (drawn_at, sprite)
            return sprite
        if cached is not None and abs(t_s - cached[0]) < SPRITE_REFRESH_S:
            return cached[1]
        sprite = self._draw_layered(key, t_s) if key in LAYERED_DRAWINGS else self._draw(kind, key, t_s)
        self._cache[key] = (t_s, sprite)
        return sprite

    @staticmethod
    def _painter(key: str, pixels: np.ndarray) -> tuple[QImage, QPainter]:
        size = pixels.shape[1]
        image = QImage(pixels.data, size, size, pixels.strides[0], QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.translate(size / 2, size / 2)
        painter.scale(SPRITE_PX_PER_UNIT, SPRITE_PX_PER_UNIT)
        return image, painter

    @staticmethod
    def _blank(key: str) -> np.ndarray:
        size = round(2 * content_radius(key) * SPRITE_PX_PER_UNIT)
        return np.zeros((size, size, 4), np.uint8)  # transparent; the array owns the memory

    def _draw(self, kind: str, key: str, t_s: float) -> Sprite:
        pixels = self._blank(key)
        _image, painter = self._painter(key, pixels)  # the QImage must live while painted on
        labels = draw_content(painter, kind, key, t_s)
        painter.end()
        return Sprite(pixels, content_radius(key), labels)

    def _draw_layered(self, key: str, t_s: float) -> Sprite:
        """A turning planet: a copy of its still under-layer, the surface, its still over-layer."""
        layers = self._layers.get(key)
        if layers is None:
            under = self._blank(key)
            _image, painter = self._painter(key, under)
            _planet_back(painter, key)
            painter.end()
            over = self._blank(key)
            over_image, painter = self._painter(key, over)
            _planet_front(painter, key)
            painter.end()
            over_image._array = over  # type: ignore[attr-defined]  # the pixels must outlive the QImage
            self._layers[key] = layers = (under, over_image)
        under, over_image = layers
        pixels = under.copy()
        _image, painter = self._painter(key, pixels)  # the QImage must live while painted on
        _planet_surface(painter, key, t_s)
        painter.resetTransform()
        painter.drawImage(0, 0, over_image)
        painter.end()
        return Sprite(pixels, content_radius(key), [])
