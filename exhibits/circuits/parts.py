"""Drawing the circuit parts (board and palette share it): wire, battery, bulb, switch, resistor.

Each part is drawn along a segment from a to b; the body sits in the middle and short leads
join it to the two ends. Meaning never rests on colour alone: a lit bulb also sends out rays,
a hot battery also shows heat waves and a warning sign, an open switch has its lever up.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF, QRadialGradient

from exhibits.circuits.model import LIT_BRIGHTNESS, Kind
from kiosk.exhibit import Theme

#: Resistor colour bands for 10 Ω: brown, black, black, gold.
RESISTOR_BANDS = ("#7B3F00", "#111111", "#111111", "#C9A227")


def wire_colour(theme: Theme) -> QColor:
    return theme.color("text") if theme.high_contrast else QColor("#E8A062")  # copper


def _pen(colour: QColor, width: float) -> QPen:
    return QPen(colour, max(1.0, width), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin)


def _upright_text(painter: QPainter, centre: QPointF, text: str, font: QFont, colour: QColor) -> None:
    """Text at a point of the rotated part frame, drawn upright on the screen."""
    painter.save()
    world = painter.transform().map(centre)
    painter.resetTransform()
    painter.setFont(font)
    painter.setPen(colour)
    metrics = painter.fontMetrics()
    width, height = metrics.horizontalAdvance(text) + 4, metrics.height()
    painter.drawText(QRectF(world.x() - width / 2, world.y() - height / 2, width, height),
                     Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def draw_part(painter: QPainter, kind: Kind, a: QPointF, b: QPointF, theme: Theme, *,
              closed: bool = False, flipped: bool = False, brightness: float = 0.0,
              hot: bool = False, faded: bool = False) -> None:
    """One part along the segment a -> b (a battery's + is at b unless flipped)."""
    length = math.hypot(b.x() - a.x(), b.y() - a.y())
    if length < 1:
        return
    painter.save()
    painter.translate(a)
    painter.rotate(math.degrees(math.atan2(b.y() - a.y(), b.x() - a.x())))
    if faded:
        painter.setOpacity(0.55)
    line_w = length * 0.065
    copper = wire_colour(theme)
    if kind is Kind.WIRE:
        painter.setPen(_pen(copper, line_w))
        painter.drawLine(QPointF(0, 0), QPointF(length, 0))
    else:
        lead = {Kind.BULB: 0.30, Kind.SWITCH: 0.28, Kind.BATTERY: 0.22, Kind.RESISTOR: 0.26}[kind]
        painter.setPen(_pen(copper, line_w))
        painter.drawLine(QPointF(0, 0), QPointF(length * lead, 0))
        painter.drawLine(QPointF(length * (1 - lead), 0), QPointF(length, 0))
        {
            Kind.BATTERY: lambda: _battery(painter, length, theme, flipped, hot),
            Kind.BULB: lambda: _bulb(painter, length, theme, brightness),
            Kind.SWITCH: lambda: _switch(painter, length, theme, closed),
            Kind.RESISTOR: lambda: _resistor(painter, length, theme),
        }[kind]()
    painter.restore()


def _battery(painter: QPainter, length: float, theme: Theme, flipped: bool, hot: bool) -> None:
    height = length * 0.34
    body = QRectF(length * 0.22, -height / 2, length * 0.56, height)
    negative_colour = QColor("#2B2F36") if not theme.high_contrast else QColor("#000000")
    positive_colour = theme.color("danger") if hot else theme.color("warning")
    split = body.left() + body.width() * (0.35 if flipped else 0.65)
    outline = theme.color("text") if theme.high_contrast or hot else QColor("#0B1B34")
    path = QPainterPath()
    path.addRoundedRect(body, height * 0.2, height * 0.2)
    painter.save()
    painter.setClipPath(path)
    painter.fillRect(body, negative_colour)
    plus_side = QRectF(body.left(), body.top(), split - body.left(), height) if flipped else \
        QRectF(split, body.top(), body.right() - split, height)
    painter.fillRect(plus_side, positive_colour)
    painter.restore()
    painter.setPen(QPen(outline, max(1.0, length * 0.02)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    nub_x = body.left() - length * 0.04 if flipped else body.right()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#C8CDD4"))
    painter.drawRoundedRect(QRectF(nub_x, -height * 0.18, length * 0.04, height * 0.36), 2, 2)
    font = theme.font(10, QFont.Weight.Bold)
    font.setPixelSize(max(8, round(length * 0.17)))
    plus_x = body.left() + body.width() * (0.17 if flipped else 0.83)
    minus_x = body.left() + body.width() * (0.83 if flipped else 0.17)
    _upright_text(painter, QPointF(plus_x, 0), "+", font, QColor("#0B1B34"))
    _upright_text(painter, QPointF(minus_x, 0), "\N{MINUS SIGN}", font, QColor("#FFFFFF"))
    if hot:
        _heat_waves(painter, length, body)


def _heat_waves(painter: QPainter, length: float, body: QRectF) -> None:
    """Wavy lines rising from a hot battery and a warning sign (shape, not only colour)."""
    painter.save()
    # Waves always rise on screen: draw them upright, above the body's on-screen box.
    box = painter.transform().mapRect(body)
    painter.resetTransform()
    painter.setPen(_pen(QColor("#FF8C00"), length * 0.03))
    for dx in (-0.12, 0.0, 0.12):
        x = box.center().x() + dx * length
        path = QPainterPath(QPointF(x, box.top() - length * 0.03))
        for step in range(1, 9):
            path.lineTo(x + math.sin(step * 1.4) * length * 0.035, box.top() - length * (0.03 + step * 0.03))
        painter.drawPath(path)
    size = length * 0.2
    apex = QPointF(box.right() + size * 0.7, box.top() - size * 0.4)
    triangle = QPolygonF([apex, QPointF(apex.x() - size * 0.6, apex.y() + size),
                          QPointF(apex.x() + size * 0.6, apex.y() + size)])
    painter.setPen(QPen(QColor("#000000"), max(1.0, length * 0.012)))
    painter.setBrush(QColor("#FFD400"))
    painter.drawPolygon(triangle)
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(max(6, round(size * 0.7)))
    painter.setFont(font)
    painter.drawText(QRectF(apex.x() - size / 2, apex.y() + size * 0.2, size, size * 0.8),
                     Qt.AlignmentFlag.AlignCenter, "!")
    painter.restore()


def _bulb(painter: QPainter, length: float, theme: Theme, brightness: float) -> None:
    centre = QPointF(length / 2, 0)
    radius = length * 0.2
    lit = brightness >= LIT_BRIGHTNESS
    glow = min(1.0, brightness) if brightness > 0.003 else 0.0
    if glow > 0:
        warm = QColor(theme.color("accent"))
        halo = radius * (1.4 + 1.6 * math.sqrt(min(brightness, 2.0)))
        gradient = QRadialGradient(centre, halo)
        inner = QColor(warm)
        inner.setAlphaF(min(1.0, 0.25 + 0.65 * glow))
        outer = QColor(warm)
        outer.setAlpha(0)
        gradient.setColorAt(0.0, inner)
        gradient.setColorAt(1.0, outer)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawEllipse(centre, halo, halo)
    if lit:  # rays: their length says how bright, for those who do not see the colour
        ray_pen = _pen(theme.color("accent"), length * 0.025)
        painter.setPen(ray_pen)
        for index in range(8):
            angle = index * math.tau / 8 + math.pi / 8
            start = radius * 1.25
            end = radius * (1.35 + 0.9 * min(brightness, 1.5))
            painter.drawLine(QPointF(centre.x() + math.cos(angle) * start, math.sin(angle) * start),
                             QPointF(centre.x() + math.cos(angle) * end, math.sin(angle) * end))
    # The glass warms up with the power: a dim bulb is visibly dimmer than a bright one.
    if glow > 0:
        accent = theme.color("accent")
        glass = _blend(accent.darker(260), accent.lighter(125), math.sqrt(glow))
    else:
        glass = theme.color("surface_raised")
    painter.setPen(QPen(theme.color("text"), max(1.0, length * 0.022)))
    painter.setBrush(glass)
    painter.drawEllipse(centre, radius, radius)
    filament = QPainterPath(QPointF(centre.x() - radius, 0))
    filament.lineTo(centre.x() - radius * 0.45, 0)
    filament.cubicTo(centre.x() - radius * 0.3, -radius * 0.9, centre.x() + radius * 0.3, -radius * 0.9,
                     centre.x() + radius * 0.45, 0)
    filament.lineTo(centre.x() + radius, 0)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(QColor("#5A3A00") if lit else theme.color("text_muted"), length * 0.02))
    painter.drawPath(filament)


def _blend(start: QColor, end: QColor, fraction: float) -> QColor:
    fraction = min(1.0, max(0.0, fraction))
    pairs = ((start.redF(), end.redF()), (start.greenF(), end.greenF()), (start.blueF(), end.blueF()),
             (start.alphaF(), end.alphaF()))
    return QColor.fromRgbF(*(a + (b - a) * fraction for a, b in pairs))


def _switch(painter: QPainter, length: float, theme: Theme, closed: bool) -> None:
    left, right = QPointF(length * 0.28, 0), QPointF(length * 0.72, 0)
    lever_length = length * 0.46
    angle = 0.0 if closed else -math.radians(35)
    tip = QPointF(left.x() + lever_length * math.cos(angle), lever_length * math.sin(angle))
    painter.setPen(_pen(theme.color("text"), length * 0.06))
    painter.drawLine(left, tip)
    radius = length * 0.05
    painter.setPen(QPen(theme.color("text"), max(1.0, length * 0.015)))
    painter.setBrush(wire_colour(theme))
    painter.drawEllipse(left, radius, radius)
    painter.drawEllipse(right, radius, radius)
    painter.setBrush(theme.color("accent") if closed else theme.color("surface_raised"))
    painter.drawEllipse(tip, radius * 1.3, radius * 1.3)


def _resistor(painter: QPainter, length: float, theme: Theme) -> None:
    height = length * 0.2
    body = QRectF(length * 0.26, -height / 2, length * 0.48, height)
    painter.setPen(QPen(QColor("#0B1B34") if not theme.high_contrast else theme.color("text"),
                        max(1.0, length * 0.018)))
    painter.setBrush(QColor("#D9C7A3"))
    painter.drawRoundedRect(body, height * 0.45, height * 0.45)
    painter.setPen(Qt.PenStyle.NoPen)
    band_w = body.width() * 0.08
    for index, colour in enumerate(RESISTOR_BANDS):
        x = body.left() + body.width() * (0.2 + 0.17 * index) + (0.1 * body.width() if index == 3 else 0)
        painter.setBrush(QColor(colour))
        painter.drawRect(QRectF(x, body.top() + 1, band_w, body.height() - 2))


def draw_eraser(painter: QPainter, centre: QPointF, size: float, theme: Theme) -> None:
    """The eraser tool's icon: a tilted two-colour block."""
    painter.save()
    painter.translate(centre)
    painter.rotate(-30)
    body = QRectF(-size * 0.5, -size * 0.2, size, size * 0.4)
    painter.setPen(QPen(theme.color("text"), max(1.0, size * 0.04)))
    painter.setBrush(theme.series(3))
    painter.drawRoundedRect(body, size * 0.06, size * 0.06)
    painter.setBrush(theme.color("text"))
    painter.drawRoundedRect(QRectF(body.left(), body.top(), body.width() * 0.38, body.height()),
                            size * 0.06, size * 0.06)
    painter.restore()
