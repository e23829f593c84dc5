"""Painting helpers for the cargo ship scene: containers, the hull with its marks, the backdrop."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QLinearGradient, QPainter, QPainterPath, QPen, QPolygonF

from kiosk.exhibit import Theme

#: Each container style has a colour (a colour-blind-safe series index) and a pattern, so two
#: containers never differ by colour alone.
CONTAINER_PATTERNS = (
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.VerPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.DiagCrossPattern,
    Qt.BrushStyle.Dense6Pattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.BDiagPattern,
)

#: Latvian flag carmine (the ship flies the flag of its home port).
FLAG_CARMINE = QColor("#9E3039")


def container_colour(theme: Theme, style: int) -> QColor:
    return theme.series(style % 6 if style < 6 else (style + 2) % 6)


def draw_container(painter: QPainter, rect: QRectF, style: int, label: str, theme: Theme,
                   *, lifted: bool = False, blocked: bool = False) -> None:
    """A shipping container: colour, pattern, corrugation, doors and a big mass plate."""
    colour = container_colour(theme, style)
    radius = rect.height() * 0.05
    if lifted:  # a soft shadow makes it look picked up
        shadow = rect.translated(rect.width() * 0.06, rect.height() * 0.1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 90))
        painter.drawRoundedRect(shadow, radius, radius)
    painter.setPen(QPen(colour.darker(170), max(1.0, rect.width() * 0.025)))
    painter.setBrush(colour)
    painter.drawRoundedRect(rect, radius, radius)
    pattern_colour = colour.darker(210)
    pattern_colour.setAlpha(150)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(pattern_colour, CONTAINER_PATTERNS[style % len(CONTAINER_PATTERNS)]))
    painter.drawRect(rect.adjusted(rect.width() * 0.05, rect.height() * 0.08,
                                   -rect.width() * 0.05, -rect.height() * 0.08))
    # Corner castings and a top rail: what makes a box read as a container.
    painter.setBrush(colour.darker(160))
    cast = rect.width() * 0.09
    for x in (rect.left(), rect.right() - cast):
        for y in (rect.top(), rect.bottom() - cast):
            painter.drawRect(QRectF(x, y, cast, cast))
    # The mass plate: white with dark text, readable on every colour.
    plate_h = rect.height() * 0.42
    plate = QRectF(rect.center().x() - rect.width() * 0.38, rect.center().y() - plate_h / 2,
                   rect.width() * 0.76, plate_h)
    outline = theme.color("text") if theme.high_contrast else QColor("#0B1B34")
    painter.setPen(QPen(outline, max(1.0, rect.width() * 0.015)))
    painter.setBrush(QColor("#FFFFFF") if not blocked else QColor("#D9DEE6"))
    painter.drawRoundedRect(plate, plate_h * 0.2, plate_h * 0.2)
    font = QFont(theme.font(10, QFont.Weight.Bold))
    font.setPixelSize(max(6, round(plate_h * 0.72)))
    painter.setFont(font)
    painter.setPen(QColor("#0B1B34"))
    painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, label)
    if lifted:
        painter.setPen(QPen(theme.color("accent"), max(2.0, rect.width() * 0.04)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), radius, radius)


def hull_path(beam_px: float, depth_px: float) -> QPainterPath:
    """The hull seen from the stern, keel at y=0 and deck at y=-depth (pixels, y down)."""
    bilge = min(beam_px, depth_px) * 0.22
    path = QPainterPath()
    half = beam_px / 2
    path.moveTo(-half, -depth_px)
    path.lineTo(half, -depth_px)
    path.lineTo(half, -bilge)
    path.quadTo(half, 0, half - bilge, 0)
    path.lineTo(-half + bilge, 0)
    path.quadTo(-half, 0, -half, -bilge)
    path.closeSubpath()
    return path


def hull_colours(theme: Theme) -> tuple[QColor, QColor, QColor]:
    """Topsides, bottom (anti-fouling) and the outline."""
    if theme.high_contrast:
        return QColor("#1A1A1A"), QColor("#333333"), theme.color("outline")
    return QColor("#E9EEF4"), QColor("#B84A3E"), QColor("#0B1B34")


def draw_plimsoll(painter: QPainter, centre: QPointF, radius: float, colour: QColor) -> None:
    """The load line mark: a ring with a bar through it (the bar's top edge is the limit)."""
    painter.setPen(QPen(colour, max(2.0, radius * 0.16)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, radius, radius)
    bar_h = max(2.0, radius * 0.2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(QRectF(centre.x() - radius * 1.6, centre.y(), radius * 3.2, bar_h))


def draw_flag(painter: QPainter, base: QPointF, width: float, wave_phase: float) -> None:
    """The Latvian flag (carmine, white, carmine) waving from a point at its left edge."""
    height = width * 0.5
    stripes = ((0.0, 0.4, FLAG_CARMINE), (0.4, 0.6, QColor("#FFFFFF")), (0.6, 1.0, FLAG_CARMINE))
    steps = 8
    for top, bottom, colour in stripes:
        polygon = QPolygonF()
        for i in range(steps + 1):
            x = width * i / steps
            wave = math.sin(wave_phase + i * 0.7) * height * 0.08 * i / steps
            polygon.append(QPointF(base.x() + x, base.y() + top * height + wave))
        for i in range(steps, -1, -1):
            x = width * i / steps
            wave = math.sin(wave_phase + i * 0.7) * height * 0.08 * i / steps
            polygon.append(QPointF(base.x() + x, base.y() + bottom * height + wave))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(polygon)


def sky_gradient(theme: Theme, top: float, bottom: float) -> QLinearGradient:
    gradient = QLinearGradient(0, top, 0, bottom)
    gradient.setColorAt(0.0, theme.color("background"))
    gradient.setColorAt(1.0, theme.color("surface_raised") if not theme.high_contrast
                        else theme.color("background"))
    return gradient


def water_colour(theme: Theme, water: str) -> QColor:
    """Ocean water is drawn deeper blue, the brackish Baltic greener (and it is labelled too)."""
    if theme.high_contrast:
        return QColor("#003A66") if water == "ocean" else QColor("#004D40")
    return QColor("#1565A8") if water == "ocean" else QColor("#2A7F86")


def draw_skyline(painter: QPainter, ground_y: float, left: float, right: float, scale: float,
                 colour: QColor) -> None:
    """Distant port silhouettes on the horizon: cranes, oil tanks and the lighthouse."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    span = right - left
    # oil terminal tanks (Ventspils is an oil and grain port)
    for i, fraction in enumerate((0.50, 0.56, 0.61)):
        width = scale * (2.6 if i != 1 else 3.2)
        height = scale * (1.3 if i != 1 else 1.6)
        painter.drawRoundedRect(QRectF(left + span * fraction, ground_y - height, width, height),
                                scale * 0.2, scale * 0.2)
    # distant cranes
    pen = QPen(colour, max(1.5, scale * 0.18))
    for fraction, height in ((0.70, 4.5), (0.78, 5.2), (0.88, 4.0)):
        x = left + span * fraction
        painter.setPen(pen)
        painter.drawLine(QPointF(x, ground_y), QPointF(x, ground_y - height * scale))
        painter.drawLine(QPointF(x - scale * 1.0, ground_y - height * scale),
                         QPointF(x + scale * 2.8, ground_y - height * scale))
        painter.drawLine(QPointF(x, ground_y - (height + 0.8) * scale),
                         QPointF(x + scale * 2.8, ground_y - height * scale))
    # lighthouse
    painter.setPen(Qt.PenStyle.NoPen)
    x = left + span * 0.96
    tower = QPolygonF([QPointF(x - scale * 0.5, ground_y), QPointF(x + scale * 0.5, ground_y),
                       QPointF(x + scale * 0.3, ground_y - scale * 3.4),
                       QPointF(x - scale * 0.3, ground_y - scale * 3.4)])
    painter.drawPolygon(tower)
    painter.drawRect(QRectF(x - scale * 0.45, ground_y - scale * 3.9, scale * 0.9, scale * 0.5))
