"""The harbour chart: water, piers, buoys, the waiting ship, and the pilot boat that moves on it.

The chart is painted once per size and level into a pixmap; a frame paints that pixmap, the
trail and the boat, which glides between squares while the program runs.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap, QPolygonF, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from exhibits.pilot_boat.model import HEADINGS, Boat, Cell, Level
from kiosk.exhibit import ThemedMixin, current_theme

WATER = QColor("#1F5F8B")
WATER_LINE = QColor("#2C77A8")
PIER = QColor("#8A8F98")
PIER_EDGE = QColor("#5E636B")
BOAT_HULL = QColor("#E69F00")  # pilot boats are painted bright to be seen
SHIP_HULL = QColor("#2B2D42")
SHIP_DECK = QColor("#D55E00")
#: Buoys in the Baltic (IALA region A): red to port, green to starboard; shape tells them apart too.
BUOY_COLOURS = (QColor("#D55E00"), QColor("#009E73"))
#: Signal flags (vertical stripes, hoist to fly): G "I require a pilot", H "I have a pilot on board".
FLAG_G = (QColor("#F0E442"), QColor("#0072B2")) * 3
FLAG_H = (QColor("#FFFFFF"), QColor("#D55E00"))
#: How long the boat takes to glide one square or turn (a little under one program step).
GLIDE_S = 0.4
SHAKE_S = 0.6


def _heading_angle(heading: str) -> float:
    """Degrees clockwise from north."""
    return 90.0 * HEADINGS.index(heading)


class HarbourView(ThemedMixin, QWidget):
    """Paints a level's chart and the pilot boat; the exhibit moves the boat with show_boat()."""

    def __init__(self, level: Level, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 180)
        self._background: QPixmap | None = None
        self.set_level(level)

    def sizeHint(self) -> QSize:
        return QSize(900, 600)

    # -- state ------------------------------------------------------------------------------------

    def set_level(self, level: Level) -> None:
        self.level = level
        self._background = None
        self.reset_boat()

    def reset_boat(self) -> None:
        """The boat back at its start, no trail."""
        start = self.level.start
        self.boat = start
        self._from = (float(start.x), float(start.y), _heading_angle(start.heading))
        self._shown = self._target = self._from
        self._glide_s = GLIDE_S
        self._shake_s = 0.0
        self.trail: list[tuple[int, int]] = [(start.x, start.y)]
        self.arrived = False
        self.update()

    def show_boat(self, boat: Boat, trail: list[tuple[int, int]], *, crashed: bool = False,
                  arrived: bool = False) -> None:
        """Glide to the boat's new square and heading (the shorter way round for a turn)."""
        self._from = self._shown
        target = _heading_angle(boat.heading)
        turn = (target - self._from[2] + 180) % 360 - 180
        self._target = (float(boat.x), float(boat.y), self._from[2] + turn)
        self._glide_s = 0.0
        self.boat = boat
        self.trail = list(trail)
        self.arrived = arrived
        if crashed:
            self._shake_s = SHAKE_S
        self.update()

    @property
    def moving(self) -> bool:
        return self._glide_s < GLIDE_S or self._shake_s > 0

    def advance(self, dt_s: float) -> None:
        if not self.moving:
            return
        self._glide_s = min(GLIDE_S, self._glide_s + dt_s)
        self._shake_s = max(0.0, self._shake_s - dt_s)
        fraction = self._glide_s / GLIDE_S
        eased = fraction * fraction * (3 - 2 * fraction)
        self._shown = tuple(a + (b - a) * eased for a, b in zip(self._from, self._target, strict=True))  # type: ignore[assignment]
        self.update()

    # -- geometry ---------------------------------------------------------------------------------

    def cell_size(self) -> float:
        return min(self.width() / self.level.width, self.height() / self.level.height)

    def _origin(self) -> QPointF:
        size = self.cell_size()
        return QPointF((self.width() - size * self.level.width) / 2, (self.height() - size * self.level.height) / 2)

    def cell_centre(self, x: float, y: float) -> QPointF:
        size = self.cell_size()
        origin = self._origin()
        return QPointF(origin.x() + (x + 0.5) * size, origin.y() + (y + 0.5) * size)

    # -- painting ---------------------------------------------------------------------------------

    def apply_theme(self) -> None:
        self._background = None
        super().apply_theme()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._background = None
        super().resizeEvent(event)

    def _paint_background(self) -> QPixmap:
        theme = current_theme()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(theme.color("background"))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = self.cell_size()
        origin = self._origin()
        chart = QRectF(origin.x(), origin.y(), size * self.level.width, size * self.level.height)
        painter.fillRect(chart, WATER)
        painter.setPen(QPen(WATER_LINE, max(1.0, size * 0.02)))
        for x in range(1, self.level.width):  # the chart's squares, so steps can be counted
            left = chart.left() + x * size
            painter.drawLine(QPointF(left, chart.top()), QPointF(left, chart.bottom()))
        for y in range(1, self.level.height):
            top = chart.top() + y * size
            painter.drawLine(QPointF(chart.left(), top), QPointF(chart.right(), top))
        buoy_number = 0
        for x, y, cell in self.level.cells():
            square = QRectF(origin.x() + x * size, origin.y() + y * size, size, size)
            if cell is Cell.PIER:
                painter.fillRect(square.adjusted(-0.5, -0.5, 0.5, 0.5), PIER)
            elif cell is Cell.BUOY:
                self._draw_buoy(painter, square, buoy_number)
                buoy_number += 1
            elif cell is Cell.SHIP:
                self._draw_ship(painter, square)
        # The quay edge where stone meets water, so the piers read as one shore, not tiles.
        edge = QPen(PIER_EDGE, max(2.0, size * 0.07))
        edge.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(edge)
        for x, y, cell in self.level.cells():
            if cell is not Cell.PIER:
                continue
            left, top = origin.x() + x * size, origin.y() + y * size
            for dx, dy, start, end in ((1, 0, (1, 0), (1, 1)), (-1, 0, (0, 0), (0, 1)),
                                       (0, 1, (0, 1), (1, 1)), (0, -1, (0, 0), (1, 0))):
                if self.level.cell(x + dx, y + dy) not in (Cell.PIER, None):
                    painter.drawLine(QPointF(left + start[0] * size, top + start[1] * size),
                                     QPointF(left + end[0] * size, top + end[1] * size))
        painter.setPen(QPen(theme.color("outline"), theme.px(3)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(chart)
        painter.end()
        return pixmap

    def _draw_buoy(self, painter: QPainter, square: QRectF, number: int) -> None:
        colour = BUOY_COLOURS[number % 2]
        centre = square.center()
        radius = square.width() * 0.28
        painter.setPen(QPen(QColor("#FFFFFF"), max(2.0, radius * 0.18)))
        painter.setBrush(colour)
        if number % 2 == 0:  # a can (port) and a cone (starboard), as on real buoys
            painter.drawRect(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius))
        else:
            painter.drawPolygon(QPolygonF([QPointF(centre.x(), centre.y() - radius * 1.2),
                                           QPointF(centre.x() + radius * 1.1, centre.y() + radius),
                                           QPointF(centre.x() - radius * 1.1, centre.y() + radius)]))

    def _draw_ship(self, painter: QPainter, square: QRectF) -> None:
        hull = QPainterPath()
        rect = square.adjusted(square.width() * 0.08, square.height() * 0.2, -square.width() * 0.08,
                               -square.height() * 0.2)
        hull.moveTo(rect.left(), rect.top())
        hull.lineTo(rect.right() - rect.height() * 0.5, rect.top())
        hull.lineTo(rect.right(), rect.center().y())
        hull.lineTo(rect.right() - rect.height() * 0.5, rect.bottom())
        hull.lineTo(rect.left(), rect.bottom())
        hull.closeSubpath()
        painter.setPen(QPen(QColor("#FFFFFF"), max(2.0, square.width() * 0.04)))
        painter.setBrush(SHIP_HULL)
        painter.drawPath(hull)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SHIP_DECK)
        for index in range(3):  # containers on deck
            left = rect.left() + rect.width() * (0.1 + 0.22 * index)
            painter.drawRect(QRectF(left, rect.top() + rect.height() * 0.25, rect.width() * 0.18, rect.height() * 0.5))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._background is None:
            self._background = self._paint_background()
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawPixmap(0, 0, self._background)
        size = self.cell_size()
        if len(self.trail) > 1:
            pen = QPen(QColor("#FFFFFF"), max(2.0, size * 0.06), Qt.PenStyle.DashLine)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPolyline(QPolygonF([self.cell_centre(x, y) for x, y in self.trail]))
        x, y, angle = self._shown
        centre = self.cell_centre(x, y)
        if self._shake_s > 0:  # a bump: a short sideways shake says "ouch" without words
            centre += QPointF(math.sin(self._shake_s * 60) * size * 0.08 * self._shake_s / SHAKE_S, 0)
        self._draw_signal_flag(painter, size)
        if self.arrived:
            painter.setPen(QPen(theme.color("accent"), theme.px(6)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            ship = self.level.ship
            painter.drawEllipse(self.cell_centre(*ship), size * 0.7, size * 0.7)
        self._draw_boat(painter, centre, angle, size)

    def _draw_signal_flag(self, painter: QPainter, size: float) -> None:
        """The ship's signal flag, as at sea: G (yellow and blue) "I need a pilot" while waiting,
        H (white and red) "I have a pilot on board" once the boat is alongside."""
        centre = self.cell_centre(*self.level.ship)
        mast_top = QPointF(centre.x() - size * 0.15, centre.y() - size * 0.62)
        painter.setPen(QPen(QColor("#FFFFFF"), max(2.0, size * 0.03)))
        painter.drawLine(QPointF(mast_top.x(), centre.y() - size * 0.1), mast_top)
        flag = QRectF(mast_top.x(), mast_top.y(), size * 0.36, size * 0.24)
        painter.setPen(Qt.PenStyle.NoPen)
        colours = FLAG_H if self.arrived else FLAG_G
        stripe = flag.width() / len(colours)
        for index, colour in enumerate(colours):
            painter.fillRect(QRectF(flag.left() + index * stripe, flag.top(), stripe + 0.5, flag.height()), colour)

    def _draw_boat(self, painter: QPainter, centre: QPointF, angle_deg: float, size: float) -> None:
        painter.save()
        painter.translate(centre)
        painter.rotate(angle_deg)
        length, beam = size * 0.8, size * 0.42
        hull = QPainterPath()
        hull.moveTo(0, -length / 2)  # the bow points "up" before rotation, i.e. north
        hull.cubicTo(beam / 2, -length / 4, beam / 2, length / 4, beam / 2.2, length / 2)
        hull.lineTo(-beam / 2.2, length / 2)
        hull.cubicTo(-beam / 2, length / 4, -beam / 2, -length / 4, 0, -length / 2)
        painter.setPen(QPen(QColor("#0B1B34"), max(2.0, size * 0.05)))
        painter.setBrush(BOAT_HULL)
        painter.drawPath(hull)
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(QRectF(-beam * 0.28, -length * 0.05, beam * 0.56, length * 0.3), 3, 3)
        painter.restore()
