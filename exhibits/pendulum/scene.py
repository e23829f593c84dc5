"""The painted pendulum: ceiling, rod, bob, trail, height bracket and energy bars; drag to swing."""

from __future__ import annotations

import math
from collections import deque

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QRadialGradient,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from exhibits.pendulum.model import LENGTH_RANGE_M, MAX_ANGLE_RAD, Pendulum
from kiosk.exhibit import ExhibitContext, ThemedMixin, current_theme, draw_arrow

#: Room above the pivot, as a share of the longest rod, so a bob lifted above the pivot stays on screen.
HEADROOM_SHARE = 0.2
TRAIL_POINTS = 40
BOB_RADIUS_DESIGN_PX = 30
RULER_DESIGN_PX = 110


def _fitted_font(text: str, design_px: float, width_px: float) -> QFont:
    """A bold font no wider than width_px for this text (long Latvian and Russian words)."""
    theme = current_theme()
    font = theme.font(design_px, QFont.Weight.Bold)
    width = QFontMetrics(font).horizontalAdvance(text)
    if width > width_px > 0:
        font.setPixelSize(max(8, int(font.pixelSize() * width_px / width)))
    return font


def _round_pen(colour: QColor, width: float) -> QPen:
    return QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)


class PendulumScene(ThemedMixin, QWidget):
    """Draws the pendulum and its energy bars; pressing anywhere lifts the bob towards the finger."""

    grabbed = Signal()
    let_go = Signal(float)  # angle in radians

    def __init__(self, pendulum: Pendulum, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pendulum = pendulum
        self.context = context
        self.dragging = False
        self.show_hint = True
        self.energy_scale_j = 0.0
        self._trail: deque[tuple[float, float]] = deque(maxlen=TRAIL_POINTS)
        self._hint_phase_s = 0.0
        self._static: QPixmap | None = None
        self._static_key: tuple = ()
        # every pixel is painted (the corners in the page colour), so Qt need not paint what is behind
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(current_theme().px(360), current_theme().px(260))

    # -- state ------------------------------------------------------------------------------

    def advance(self, dt_s: float) -> None:
        """Follow the model after a step: trail, hint pulse and the energy scale of the bars."""
        self._hint_phase_s += dt_s
        self._trail.append(self.pendulum.bob_position_m)
        self.energy_scale_j = max(self.energy_scale_j, self.pendulum.total_energy_j)

    def restart_energy_scale(self) -> None:
        """Bars measure against the energy right now (after a release or a changed setting)."""
        self.energy_scale_j = self.pendulum.total_energy_j

    def clear(self) -> None:
        self._trail.clear()
        self.energy_scale_j = 0.0
        self.show_hint = True
        self.dragging = False

    # -- geometry ---------------------------------------------------------------------------

    def _bars_rect(self) -> QRectF:
        theme = current_theme()
        width = min(max(self.width() * 0.28, theme.px(360)), theme.px(440))
        # no taller than about the drawing of the longest pendulum: tall portrait scenes
        height = min(self.height(), self.width() * 0.75)
        return QRectF(self.width() - width, 0, width, height).adjusted(
            theme.px(8), theme.px(16), -theme.px(16), -theme.px(16))

    def _pendulum_area(self) -> QRectF:
        """Where the bob may be drawn: between the ruler and the bars, below the ceiling."""
        theme = current_theme()
        ruler_w = theme.px(RULER_DESIGN_PX)
        bob_r = theme.px(BOB_RADIUS_DESIGN_PX)
        return QRectF(ruler_w, theme.px(30), self._bars_rect().left() - ruler_w, self.height()).adjusted(
            bob_r, bob_r, -bob_r, -bob_r - theme.px(12))

    def _pendulum_geometry(self) -> tuple[QPointF, float, float]:
        """(pivot, pixels per metre, bob radius) for the current size."""
        theme = current_theme()
        area = self._pendulum_area()
        longest_m = LENGTH_RANGE_M[1]
        by_height = area.height() / ((1 + HEADROOM_SHARE) * longest_m)
        by_width = area.width() / (2 * longest_m)
        # a bit larger than the full width allows: only the longest rods at the widest angles need it
        px_per_m = max(1.0, min(by_height, 1.3 * by_width))
        spare_px = area.height() - (1 + HEADROOM_SHARE) * longest_m * px_per_m
        pivot = QPointF(area.center().x(), area.top() + spare_px / 3 + HEADROOM_SHARE * longest_m * px_per_m)
        return pivot, px_per_m, theme.px(BOB_RADIUS_DESIGN_PX)

    def max_angle_rad(self) -> float:
        """How far this rod may be lifted so the bob stays inside the picture."""
        pivot, px_per_m, _ = self._pendulum_geometry()
        area = self._pendulum_area()
        length_px = max(1.0, self.pendulum.length_m * px_per_m)
        limit = math.acos(-min(1.0, (pivot.y() - area.top()) / length_px))
        half_width_px = area.width() / 2
        if length_px > half_width_px:
            limit = min(limit, math.asin(half_width_px / length_px))
        return min(MAX_ANGLE_RAD, limit)

    def bob_point(self) -> QPointF:
        pivot, px_per_m, _ = self._pendulum_geometry()
        x_m, y_m = self.pendulum.bob_position_m
        return QPointF(pivot.x() + x_m * px_per_m, pivot.y() - y_m * px_per_m)

    def _angle_towards(self, point: QPointF) -> float:
        pivot, _, _ = self._pendulum_geometry()
        angle = math.atan2(point.x() - pivot.x(), point.y() - pivot.y())
        limit = self.max_angle_rad()
        return max(-limit, min(limit, angle))

    # -- touch ------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.position().x() >= self._bars_rect().left():
            return
        self.dragging = True
        self.show_hint = False
        self._trail.clear()
        self.pendulum.hold(self._angle_towards(event.position()))
        self.restart_energy_scale()
        self.grabbed.emit()
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.dragging:
            self.pendulum.hold(self._angle_towards(event.position()))
            self.restart_energy_scale()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.dragging:
            self.dragging = False
            self.pendulum.release()
            self.restart_energy_scale()
            self.let_go.emit(self.pendulum.angle_rad)
            self.update()

    # -- painting ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._static = None  # labels changed: draw the still parts again

    def apply_theme(self) -> None:
        self._static = None  # colours or sizes changed: draw the still parts again
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._static = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        key = (self.width(), self.height(), theme.high_contrast, theme.large_text, theme.scale, self.context.language)
        if self._static is None or key != self._static_key:
            self._static = self._paint_static()
            self._static_key = key
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._static)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_length_marker(painter)
        self._paint_pendulum(painter)
        self._paint_bar_values(painter)
        painter.end()

    def _paint_static(self) -> QPixmap:
        """Panel, ceiling, ruler and the empty bars: drawn once per size, theme and language."""
        theme = current_theme()
        pixmap = QPixmap(self.size())
        pixmap.fill(theme.color("background"))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        panel = QPainterPath()
        panel.addRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), theme.px(24), theme.px(24))
        painter.fillPath(panel, theme.color("surface"))
        if theme.high_contrast:
            painter.setPen(QPen(theme.color("outline"), theme.px(2)))
            painter.drawPath(panel)
        self._paint_frame(painter)
        self._paint_bar_tracks(painter)
        painter.end()
        return pixmap

    def _paint_frame(self, painter: QPainter) -> None:
        """Ceiling, hanger, length ruler and the line of the lowest point."""
        theme = current_theme()
        pivot, px_per_m, _ = self._pendulum_geometry()
        beam = QRectF(pivot.x() - theme.px(150), theme.px(10), theme.px(300), theme.px(20))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("surface_raised"))
        painter.drawRoundedRect(beam, theme.px(6), theme.px(6))
        painter.setPen(_round_pen(theme.color("outline"), theme.px(6)))
        painter.drawLine(QPointF(pivot.x(), beam.bottom()), pivot)
        # a measuring stick at the left, so visitors read the length off the picture
        muted = theme.color("text_muted")
        ruler_x = theme.px(RULER_DESIGN_PX) - theme.px(14)
        painter.setPen(QPen(muted, theme.px(3)))
        painter.drawLine(QPointF(ruler_x, pivot.y()), QPointF(ruler_x, pivot.y() + LENGTH_RANGE_M[1] * px_per_m))
        painter.setFont(theme.font(17))
        for tenth in range(round(LENGTH_RANGE_M[1] * 10) + 1):
            y = pivot.y() + tenth * 0.1 * px_per_m
            major = tenth % 5 == 0
            tick = theme.px(18 if major else 9)
            painter.setPen(QPen(muted, theme.px(3 if major else 2)))
            painter.drawLine(QPointF(ruler_x - tick, y), QPointF(ruler_x, y))
            if major and tenth:
                label = self.context.format_number(tenth / 10, 1, self.tr("m"))
                painter.drawText(QRectF(0, y - theme.px(14), ruler_x - tick - theme.px(6), theme.px(28)),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        painter.setPen(QPen(theme.color("outline"), theme.px(2), Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(ruler_x, pivot.y()), pivot)

    def _paint_length_marker(self, painter: QPainter) -> None:
        """The lowest point of the bob, marked on the ruler: the rod's length at a glance."""
        theme = current_theme()
        pivot, px_per_m, _ = self._pendulum_geometry()
        ruler_x = theme.px(RULER_DESIGN_PX) - theme.px(14)
        lowest_y = pivot.y() + self.pendulum.length_m * px_per_m
        painter.setPen(QPen(theme.color("outline"), theme.px(2), Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(ruler_x, lowest_y), QPointF(pivot.x() + self.pendulum.length_m * px_per_m, lowest_y))
        marker = QPainterPath(QPointF(ruler_x, lowest_y))
        marker.lineTo(ruler_x + theme.px(16), lowest_y - theme.px(10))
        marker.lineTo(ruler_x + theme.px(16), lowest_y + theme.px(10))
        marker.closeSubpath()
        painter.fillPath(marker, theme.color("accent"))

    def _paint_pendulum(self, painter: QPainter) -> None:
        theme = current_theme()
        pivot, px_per_m, bob_r = self._pendulum_geometry()
        bob = self.bob_point()
        accent = theme.color("accent")
        # fading trail of the last positions: the swing's path at a glance
        points = [QPointF(pivot.x() + x * px_per_m, pivot.y() - y * px_per_m) for x, y in self._trail]
        chunk = 5  # a few polylines that grow brighter and thicker towards the bob
        for start in range(0, len(points) - 1, chunk):
            share = (start + chunk) / max(1, len(points))
            colour = QColor(accent)
            colour.setAlphaF(min(1.0, 0.5 * share))
            painter.setPen(_round_pen(colour, theme.px(6) * min(1.0, share) + 1))
            painter.drawPolyline(QPolygonF(points[start:start + chunk + 1]))
        self._paint_height(painter, pivot, px_per_m, bob, bob_r)
        painter.setPen(_round_pen(theme.color("text"), theme.px(7)))
        painter.drawLine(pivot, bob)
        painter.setPen(QPen(theme.color("outline"), theme.px(3)))
        painter.setBrush(theme.color("text"))
        painter.drawEllipse(pivot, theme.px(11), theme.px(11))
        if self.dragging:
            self._paint_angle(painter, pivot)
        if self.show_hint:
            pulse = 0.5 + 0.5 * math.sin(self._hint_phase_s * 4.0)
            ring = QColor(accent)
            ring.setAlphaF(0.35 + 0.5 * pulse)
            painter.setPen(QPen(ring, theme.px(5)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            radius = bob_r * (1.4 + 0.5 * pulse)
            painter.drawEllipse(bob, radius, radius)
        gradient = QRadialGradient(bob + QPointF(-bob_r * 0.35, -bob_r * 0.35), bob_r * 1.3)
        gradient.setColorAt(0.0, accent.lighter(150))
        gradient.setColorAt(1.0, accent.darker(140))
        painter.setBrush(QBrush(gradient))
        painter.setPen(QPen(theme.color("background"), theme.px(3)))
        painter.drawEllipse(bob, bob_r, bob_r)
        speed_mps = self.pendulum.length_m * self.pendulum.angular_velocity_radps
        if abs(speed_mps) > 0.05 and not self.dragging:
            tangent = QPointF(math.cos(self.pendulum.angle_rad), math.sin(self.pendulum.angle_rad))
            length_px = max(-theme.px(120), min(theme.px(120), speed_mps * theme.px(30)))
            arrow_start = bob + tangent * (bob_r + theme.px(4)) * math.copysign(1, speed_mps)
            painter.setPen(_round_pen(theme.series(0), theme.px(6)))
            draw_arrow(painter, arrow_start, arrow_start + tangent * length_px, theme.px(18))

    def _paint_height(self, painter: QPainter, pivot: QPointF, px_per_m: float, bob: QPointF,
                      bob_r: float) -> None:
        """A bracket from the lowest point up to the bob: the h of m·g·h."""
        height_m = self.pendulum.height_m
        if height_m < 0.03:
            return
        theme = current_theme()
        lowest_y = pivot.y() + self.pendulum.length_m * px_per_m
        side = 1 if bob.x() >= pivot.x() else -1
        label_room = theme.px(170)
        area = self._pendulum_area()
        if bob.x() + bob_r + label_room > area.right() + bob_r:
            side = -1  # no room at the right: put the bracket on the other side of the bob
        elif bob.x() - bob_r - label_room < area.left() - bob_r:
            side = 1
        x = bob.x() + side * (bob_r + theme.px(26))
        colour = theme.series(1)
        painter.setPen(_round_pen(colour, theme.px(4)))
        painter.drawLine(QPointF(x, bob.y()), QPointF(x, lowest_y))
        for y in (bob.y(), lowest_y):
            painter.drawLine(QPointF(x - theme.px(10), y), QPointF(x + theme.px(10), y))
        text = self.tr("h = {height}").format(height=self.context.format_number(height_m, 2, self.tr("m")))
        painter.setFont(theme.font(20, QFont.Weight.Bold))
        box_w = theme.px(150)
        middle = (bob.y() + lowest_y) / 2
        box = QRectF(x + theme.px(12) if side > 0 else x - theme.px(12) - box_w, middle - theme.px(16),
                     box_w, theme.px(32))
        align = Qt.AlignmentFlag.AlignLeft if side > 0 else Qt.AlignmentFlag.AlignRight
        painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_angle(self, painter: QPainter, pivot: QPointF) -> None:
        theme = current_theme()
        radius = theme.px(70)
        angle_deg = math.degrees(self.pendulum.angle_rad)
        painter.setPen(QPen(theme.color("accent"), theme.px(4)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # Qt angles: 0 = 3 o'clock, counter-clockwise, in 1/16 degree; straight down is -90°
        painter.drawArc(QRectF(pivot.x() - radius, pivot.y() - radius, 2 * radius, 2 * radius),
                        -90 * 16, round(angle_deg * 16))
        painter.setFont(theme.font(24, QFont.Weight.Bold))
        label = self.context.format_number(abs(angle_deg), 0, "°").replace("\N{NO-BREAK SPACE}", "")
        middle = math.radians(-90 + angle_deg / 2)
        at = QPointF(pivot.x() + (radius + theme.px(36)) * math.cos(middle),
                     pivot.y() - (radius + theme.px(36)) * math.sin(middle))
        painter.drawText(QRectF(at.x() - theme.px(50), at.y() - theme.px(18), theme.px(100), theme.px(36)),
                         Qt.AlignmentFlag.AlignCenter, label)

    def _bar_slots(self) -> tuple[list[tuple[str, float, QColor, Qt.BrushStyle]], QRectF, float, float, float]:
        """The bars (label, energy, colour, texture), the area, slot width, bar width and title height."""
        theme = current_theme()
        pendulum = self.pendulum
        bars = [
            (self.tr("Motion"), pendulum.kinetic_energy_j, theme.series(0), Qt.BrushStyle.SolidPattern),
            (self.tr("Height"), pendulum.potential_energy_j, theme.series(1), Qt.BrushStyle.Dense3Pattern),
            (self.tr("Total"), pendulum.total_energy_j, theme.series(2), Qt.BrushStyle.SolidPattern),
        ]
        area = self._bars_rect()
        slot_w = area.width() / len(bars)
        return bars, area, slot_w, min(slot_w * 0.62, theme.px(90)), theme.text_px(24) + theme.px(12)

    def _bar_tracks(self) -> list[QRectF]:
        theme = current_theme()
        bars, area, slot_w, bar_w, title_h = self._bar_slots()
        top = area.top() + title_h + theme.text_px(16) + theme.px(8)
        bottom = area.bottom() - theme.text_px(18) - theme.px(14)
        return [QRectF(area.left() + slot_w * (index + 0.5) - bar_w / 2, top, bar_w, max(1.0, bottom - top))
                for index in range(len(bars))]

    def _paint_bar_tracks(self, painter: QPainter) -> None:
        """Title, empty tracks and names of the three energy bars (the still part)."""
        theme = current_theme()
        bars, area, slot_w, _, title_h = self._bar_slots()
        painter.setPen(theme.color("text"))
        painter.setFont(theme.font(24, QFont.Weight.Bold))
        painter.drawText(QRectF(area.left(), area.top(), area.width(), title_h),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.tr("Energy"))
        for (label, _, colour, _), track in zip(bars, self._bar_tracks(), strict=True):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.color("surface_raised"))
            painter.drawRoundedRect(track, theme.px(10), theme.px(10))
            painter.setPen(colour if not theme.high_contrast else theme.color("text"))
            painter.setFont(_fitted_font(label, 18, slot_w - theme.px(4)))
            painter.drawText(QRectF(track.center().x() - slot_w / 2, track.bottom() + theme.px(6), slot_w,
                                    theme.text_px(18) + theme.px(14)),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)

    def _paint_bar_values(self, painter: QPainter) -> None:
        """Bar fills and values, scaled to the energy at the last release (the moving part)."""
        theme = current_theme()
        bars, _, slot_w, _, _ = self._bar_slots()
        scale_j = self.energy_scale_j
        value_h = theme.text_px(16) + theme.px(8)
        painter.setFont(theme.font(16))
        for index, ((_, energy_j, colour, pattern), track) in enumerate(zip(bars, self._bar_tracks(), strict=True)):
            fraction = min(1.0, energy_j / scale_j) if scale_j > 1e-9 else 0.0
            filled = QRectF(track.left(), track.bottom() - track.height() * fraction, track.width(),
                            track.height() * fraction)
            if index == 2 and scale_j > 1e-9 and fraction < 0.97:
                self._paint_heat(painter, track, filled)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(filled, theme.px(10), theme.px(10))
            if pattern != Qt.BrushStyle.SolidPattern:
                # a texture as well as a colour, so the bars differ without colour vision
                painter.setBrush(QBrush(theme.color("background"), pattern))
                painter.drawRoundedRect(filled, theme.px(10), theme.px(10))
            painter.setPen(theme.color("text_muted"))
            painter.setFont(theme.font(16))
            value = self.context.format_number(energy_j, 2 if scale_j < 10 else 1, self.tr("J"))
            painter.drawText(QRectF(track.center().x() - slot_w / 2, track.top() - value_h, slot_w, value_h),
                             Qt.AlignmentFlag.AlignCenter, value)

    def _paint_heat(self, painter: QPainter, track: QRectF, filled: QRectF) -> None:
        """The energy friction has turned into heat since the release, hatched above the total."""
        theme = current_theme()
        lost = QRectF(track.left(), track.top(), track.width(), filled.top() - track.top())
        painter.setBrush(QBrush(theme.series(5), Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(theme.series(5), theme.px(2), Qt.PenStyle.DashLine))
        painter.drawRoundedRect(lost, theme.px(10), theme.px(10))
        if lost.height() > theme.text_px(16) * 1.6:
            painter.setPen(theme.color("text"))
            painter.setFont(theme.font(15, QFont.Weight.Bold))
            painter.save()
            painter.translate(lost.center())
            painter.rotate(-90)
            painter.drawText(QRectF(-lost.height() / 2, -track.width() / 2, lost.height(), track.width()),
                             Qt.AlignmentFlag.AlignCenter, self.tr("heat"))
            painter.restore()
