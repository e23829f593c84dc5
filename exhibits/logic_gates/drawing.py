"""Painting helpers shared by the logic scenes: lamps, switches, wires and gate symbols.

On and off are never shown by colour alone: a lit lamp is filled, glows and reads "1"; a dark
lamp is an outline reading "0"; a live wire is thick and solid, a dead one thin and dashed.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QRadialGradient,
)

from kiosk.exhibit import Theme, current_theme


def fitted_font(theme: Theme, design_px: float, text: str, max_width: float,
                weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    """The theme font at `design_px`, shrunk (down to half) until `text` fits `max_width`."""
    font = theme.font(design_px, weight)
    width = QFontMetricsF(font).horizontalAdvance(text)
    if width > max_width > 0:
        font.setPixelSize(max(6, int(font.pixelSize() * max(0.5, max_width / width))))
    return font


def box_font(text: str, width: float, height: float, weight: QFont.Weight = QFont.Weight.Normal,
             family: str | None = None) -> QFont:
    """A font as large as fits: its height a share of `height`, its text no wider than `width`."""
    font = current_theme().font(10, weight)
    if family:
        font.setFamily(family)
    font.setPixelSize(max(6, int(height)))
    text_width = QFontMetricsF(font).horizontalAdvance(text)
    if text_width > width > 0:
        font.setPixelSize(max(6, int(font.pixelSize() * width / text_width)))
    return font


def draw_lamp(painter: QPainter, theme: Theme, centre: QPointF, radius: float, on: bool | None,
              glow: float = 1.0) -> None:
    """A round lamp: lit = filled, glowing, rays and '1'; dark = outlined and '0'.

    None means the value cannot be known (a wired loop): a dashed warning ring with '?'.
    """
    painter.save()
    if on is None:
        painter.setBrush(theme.color("background"))
        painter.setPen(QPen(theme.color("warning"), max(2.0, radius * 0.09), Qt.PenStyle.DashLine))
        painter.drawEllipse(centre, radius, radius)
        font = theme.font(10, QFont.Weight.Bold)
        font.setPixelSize(max(8, int(radius * 1.1)))
        painter.setFont(font)
        painter.setPen(theme.color("warning"))
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                         Qt.AlignmentFlag.AlignCenter, "?")
        painter.restore()
        return
    accent = theme.color("accent")
    if on:
        halo = QRadialGradient(centre, radius * 1.9)
        colour = QColor(accent)
        colour.setAlphaF(0.45 * glow)
        halo.setColorAt(0.0, colour)
        colour.setAlphaF(0.0)
        halo.setColorAt(1.0, colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(halo))
        painter.drawEllipse(centre, radius * 1.9, radius * 1.9)
        painter.setPen(QPen(accent, max(2.0, radius * 0.08), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for ray in range(8):
            angle = ray * math.pi / 4 + math.pi / 8
            inner, outer = radius * 1.22, radius * 1.5
            painter.drawLine(QPointF(centre.x() + inner * math.cos(angle), centre.y() + inner * math.sin(angle)),
                             QPointF(centre.x() + outer * math.cos(angle), centre.y() + outer * math.sin(angle)))
        painter.setBrush(accent)
        painter.setPen(QPen(accent.lighter(130), max(2.0, radius * 0.06)))
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(theme.color("accent_text"))
    else:
        painter.setBrush(theme.color("background"))
        painter.setPen(QPen(theme.color("text_muted"), max(2.0, radius * 0.09)))
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(theme.color("text_muted"))
    font = theme.font(10, QFont.Weight.Bold)
    font.setPixelSize(max(8, int(radius * 1.1)))
    painter.setFont(font)
    box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "1" if on else "0")
    painter.restore()


def draw_switch(painter: QPainter, theme: Theme, rect: QRectF, on: bool, label: str) -> None:
    """A square toggle: on = filled accent with '1', off = outlined with '0'; its name above."""
    painter.save()
    radius = rect.height() * 0.2
    if on:
        painter.setBrush(theme.color("accent"))
        painter.setPen(QPen(theme.color("accent").lighter(130), theme.px(3)))
    else:
        painter.setBrush(theme.color("background"))
        painter.setPen(QPen(theme.color("text_muted"), theme.px(3), Qt.PenStyle.DashLine))
    painter.drawRoundedRect(rect, radius, radius)
    font = theme.font(10, QFont.Weight.Bold)
    font.setPixelSize(max(8, int(rect.height() * 0.55)))
    painter.setFont(font)
    painter.setPen(theme.color("accent_text") if on else theme.color("text_muted"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "1" if on else "0")
    if label:
        font.setPixelSize(max(8, int(rect.height() * 0.34)))
        painter.setFont(font)
        painter.setPen(theme.color("text"))
        above = QRectF(rect.left() - rect.width(), rect.top() - rect.height() * 0.5,
                       rect.width() * 3, rect.height() * 0.45)
        painter.drawText(above, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, label)
    painter.restore()


def wire_pen(theme: Theme, live: bool | None, width_px: float) -> QPen:
    """Live wire: thick solid accent; dead wire: thin dashed muted; unknown (None): dotted."""
    if live is None:
        pen = QPen(theme.color("warning"), width_px * 0.6, Qt.PenStyle.DotLine)
    elif live:
        pen = QPen(theme.color("accent"), width_px)
    else:
        pen = QPen(theme.color("text_muted"), width_px * 0.5, Qt.PenStyle.DashLine)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def draw_wire(painter: QPainter, theme: Theme, points: list[QPointF], live: bool | None,
              width_px: float) -> None:
    """A wire through `points` (right-angled runs look like a circuit board)."""
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(wire_pen(theme, live, width_px))
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    painter.drawPath(path)
    painter.restore()


def gate_body(kind: str, rect: QRectF) -> QPainterPath:
    """The standard (ANSI) outline of a gate filling `rect`, output on the right."""
    left, top, w, h = rect.left(), rect.top(), rect.width(), rect.height()
    path = QPainterPath()
    if kind == "AND":
        path.moveTo(left, top)
        path.lineTo(left + w * 0.5, top)
        path.arcTo(QRectF(left + w * 0.0, top, w, h), 90, -180)
        path.lineTo(left, top + h)
        path.closeSubpath()
    elif kind in ("OR", "XOR"):
        back = left + (w * 0.12 if kind == "XOR" else 0.0)
        path.moveTo(back, top)
        path.cubicTo(QPointF(back + w * 0.45, top), QPointF(left + w * 0.8, top + h * 0.15),
                     QPointF(left + w, top + h / 2))
        path.cubicTo(QPointF(left + w * 0.8, top + h * 0.85), QPointF(back + w * 0.45, top + h),
                     QPointF(back, top + h))
        path.quadTo(QPointF(back + w * 0.22, top + h / 2), QPointF(back, top))
        path.closeSubpath()
    elif kind == "NOT":
        bubble = h * 0.13
        path.moveTo(left, top + h * 0.1)
        path.lineTo(left + w - 2 * bubble, top + h / 2)
        path.lineTo(left, top + h * 0.9)
        path.closeSubpath()
        path.addEllipse(QPointF(left + w - bubble, top + h / 2), bubble, bubble)
    else:
        path.addRoundedRect(rect, h * 0.1, h * 0.1)
    return path


def gate_pins(kind: str, rect: QRectF) -> tuple[list[QPointF], QPointF]:
    """Where the input wires meet the gate (left) and where the output leaves it (right)."""
    inputs = [0.5] if kind == "NOT" else [0.28, 0.72]
    pins = [QPointF(rect.left(), rect.top() + rect.height() * f) for f in inputs]
    return pins, QPointF(rect.right(), rect.center().y())


def draw_gate(painter: QPainter, theme: Theme, kind: str, rect: QRectF, live_output: bool | None,
              caption: str | None = None) -> None:
    """A gate symbol with its name inside; the outline glows when the output is 1."""
    painter.save()
    if kind == "XOR":
        back = QPainterPath(QPointF(rect.left(), rect.top()))
        back.quadTo(QPointF(rect.left() + rect.width() * 0.22, rect.center().y()),
                    QPointF(rect.left(), rect.bottom()))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(theme.color("text"), theme.px(5)))
        painter.drawPath(back)
    painter.setBrush(theme.color("surface_raised"))
    outline = theme.color("accent") if live_output else theme.color("text")
    painter.setPen(QPen(outline, theme.px(5), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.drawPath(gate_body(kind, rect))
    text = caption if caption is not None else kind
    inner = QRectF(rect.left() + rect.width() * (0.14 if kind in ("OR", "XOR") else 0.02),
                   rect.top(), rect.width() * (0.62 if kind == "NOT" else 0.8), rect.height())
    if kind == "NOT":  # the triangle narrows: keep the name in its wide back half
        inner = QRectF(rect.left() + rect.width() * 0.04, rect.center().y() - rect.height() * 0.2,
                       rect.width() * 0.48, rect.height() * 0.4)
    painter.setFont(fitted_font(theme, rect.height() * 0.3 / max(0.1, theme.scale), text,
                                inner.width() * 0.9, QFont.Weight.Black))
    painter.setPen(theme.color("text"))
    painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def draw_tick(painter: QPainter, centre: QPointF, size: float, good: bool, colour: QColor) -> None:
    """A check mark (right) or a cross (wrong): the shape, not only the colour, tells."""
    painter.save()
    pen = QPen(colour, max(2.0, size * 0.18), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = size / 2
    if good:
        path = QPainterPath(QPointF(centre.x() - half, centre.y()))
        path.lineTo(centre.x() - half * 0.25, centre.y() + half * 0.7)
        path.lineTo(centre.x() + half, centre.y() - half * 0.7)
        painter.drawPath(path)
    else:
        painter.drawLine(QPointF(centre.x() - half * 0.7, centre.y() - half * 0.7),
                         QPointF(centre.x() + half * 0.7, centre.y() + half * 0.7))
        painter.drawLine(QPointF(centre.x() + half * 0.7, centre.y() - half * 0.7),
                         QPointF(centre.x() - half * 0.7, centre.y() + half * 0.7))
    painter.restore()
