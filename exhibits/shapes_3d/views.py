"""Pictures of the shape: the isometric view, the three flat views and the build plate."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from exhibits.shapes_3d.model import MAX_HEIGHT, Shape, ViewCell
from kiosk.exhibit import TOUCH_TARGET_PX, ThemedMixin, TouchButton, current_theme, fitted_font

SUBJECT = "mathematics"
COS30 = math.cos(math.radians(30))


def cube_colours() -> tuple[QColor, QColor, QColor]:
    """Top, front and right faces: one colour in three lights, so depth reads without colour cues."""
    base = current_theme().subject_color(SUBJECT)
    return base.lighter(135), base, base.darker(160)


class IsoView(ThemedMixin, QWidget):
    """The shape drawn in isometric projection, seen from above a corner of its plate.

    The turn button turns the plate a quarter at a time, so cubes hidden at the back come into
    sight. Redrawn into a cached pixmap only when the shape, the turn, the size or the theme changes.
    """

    turned = Signal(int)  # quarter turns, 0 to 3

    def __init__(self, shape: Shape, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if shape.columns != shape.rows:
            raise ValueError("the 3D view turns square plates only")
        self.shape = shape
        self.front_label = ""
        self.turns = 0
        self._cache: QPixmap | None = None
        self.turn_button = TouchButton("\N{CLOCKWISE OPEN CIRCLE ARROW}", self)
        self.turn_button.setObjectName("turn")
        self.turn_button.clicked.connect(self.turn)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(current_theme().px(520), current_theme().px(480))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(200), current_theme().px(200))

    def turn(self) -> None:
        self.turns = (self.turns + 1) % 4
        self.shape_changed()
        self.turned.emit(self.turns)

    def shape_changed(self) -> None:
        self._cache = None
        self.update()

    def apply_theme(self) -> None:
        self._cache = None
        self._place_button()
        super().apply_theme()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache = None
        self._place_button()
        super().resizeEvent(event)

    def _place_button(self) -> None:
        size = current_theme().px(TOUCH_TARGET_PX)
        self.turn_button.setFixedSize(size, size)
        self.turn_button.move(self.width() - size - current_theme().px(8), current_theme().px(8))

    def _turned(self, x: float, y: float) -> tuple[float, float]:
        """A point of the plate after the quarter turns (x, y: plate units, corners included)."""
        size = self.shape.columns
        for _ in range(self.turns):
            x, y = y, size - x
        return x, y

    def _projection(self) -> tuple[float, QPointF]:
        """Cube edge in pixels and the screen point of the plate's left corner."""
        shape = self.shape
        margin = current_theme().px(16)
        label = current_theme().text_px(22) + margin
        span_x = (shape.columns + shape.rows) * COS30
        span_y = (shape.columns + shape.rows) * 0.5 + shape.max_height
        edge = min((self.width() - 2 * margin) / span_x, (self.height() - 2 * margin - label) / span_y)
        left = (self.width() - span_x * edge) / 2
        top = (self.height() - label - span_y * edge) / 2
        # the plate's back corner (0, rows) is at the top of the floor, max_height above it
        origin_y = top + (shape.max_height + shape.rows * 0.5) * edge
        return edge, QPointF(left, origin_y)

    def point(self, x: float, y: float, z: float) -> QPointF:
        """Screen point of a point in turned plate coordinates."""
        edge, origin = self._projection()
        return QPointF(origin.x() + (x + y) * COS30 * edge, origin.y() + ((x - y) * 0.5 - z) * edge)

    def plate_point(self, x: float, y: float, z: float) -> QPointF:
        """Screen point of a point in the plate's own coordinates (before the turns)."""
        return self.point(*self._turned(x, y), z)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._cache is None or self._cache.size() != self.size() * self.devicePixelRatioF():
            self._cache = self._render()
        QPainter(self).drawPixmap(0, 0, self._cache)

    def _render(self) -> QPixmap:
        theme = current_theme()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shape = self.shape
        size = shape.columns
        painter.setPen(QPen(theme.color("outline"), theme.px(2)))
        painter.setBrush(theme.color("surface_raised"))
        painter.drawPolygon(QPolygonF([self.point(0, 0, 0), self.point(size, 0, 0),
                                       self.point(size, size, 0), self.point(0, size, 0)]))
        for line in range(1, size):
            painter.drawLine(self.point(line, 0, 0), self.point(line, size, 0))
            painter.drawLine(self.point(0, line, 0), self.point(size, line, 0))
        # the plate's front edge, marked as on the build plate, wherever the turns took it
        front_start, front_end = self.plate_point(0, 0, 0), self.plate_point(size, 0, 0)
        painter.setPen(QPen(theme.color("accent"), theme.px(6)))
        painter.drawLine(front_start, front_end)
        # "front" beside the front edge, pushed away from the plate's centre; cubes may cover it
        middle = (front_start + front_end) / 2
        outward = middle - self.point(size / 2, size / 2, 0)
        length = max(1.0, (outward.x() ** 2 + outward.y() ** 2) ** 0.5)
        painter.setFont(theme.font(22, QFont.Weight.Bold))
        text_width = painter.fontMetrics().horizontalAdvance(self.front_label) + theme.px(8)
        text_height = theme.text_px(22) * 1.4
        centre = middle + outward * ((text_width / 2 + theme.px(12)) / length)
        box = QRectF(centre.x() - text_width / 2, centre.y() - text_height / 2, text_width, text_height)
        box.moveLeft(min(max(0.0, box.left()), self.width() - box.width()))
        box.moveTop(min(max(0.0, box.top()), self.height() - box.height()))
        painter.setPen(theme.color("accent"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.front_label)
        cubes = set()
        for x, y, z in shape.cubes:  # the cells after the turns
            corner_x, corner_y = self._turned(x + 0.5, y + 0.5)
            cubes.add((round(corner_x - 0.5), round(corner_y - 0.5), z))
        top_colour, front_colour, right_colour = cube_colours()
        edge_pen = QPen(theme.color("background"), theme.px(2))
        edge_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(edge_pen)
        # far to near: cubes with the same x - y + z never overlap in this projection
        for x, y, z in sorted(cubes, key=lambda c: (c[0] - c[1] + c[2], c[2])):
            faces = []
            if (x, y, z + 1) not in cubes:
                faces.append((top_colour, ((x, y, z + 1), (x + 1, y, z + 1), (x + 1, y + 1, z + 1),
                                           (x, y + 1, z + 1))))
            if (x, y - 1, z) not in cubes:
                faces.append((front_colour, ((x, y, z), (x + 1, y, z), (x + 1, y, z + 1), (x, y, z + 1))))
            if (x + 1, y, z) not in cubes:
                faces.append((right_colour, ((x + 1, y, z), (x + 1, y + 1, z), (x + 1, y + 1, z + 1),
                                             (x + 1, y, z + 1))))
            for colour, corners in faces:
                painter.setBrush(colour)
                painter.drawPolygon(QPolygonF([self.point(*corner) for corner in corners]))
        painter.end()
        return pixmap


class FlatView(ThemedMixin, QWidget):
    """One orthographic view: the shape's squares filled, the wanted squares outlined and hatched."""

    def __init__(self, across: int, up: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.across, self.up = across, up
        self.cells: frozenset[ViewCell] = frozenset()
        self.target: frozenset[ViewCell] | None = None
        self.title = ""
        self.status = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(current_theme().px(260), current_theme().px(300))

    def minimumSizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(150), theme.text_px(22) * 3 + theme.px(90))

    @property
    def matches(self) -> bool:
        return self.target is not None and self.cells == self.target

    def set_cells(self, cells: frozenset[ViewCell], target: frozenset[ViewCell] | None) -> None:
        self.cells, self.target = cells, target
        self.update()

    def set_texts(self, title: str, status: str) -> None:
        self.title, self.status = title, status
        self.update()

    def grid_rect(self) -> QRectF:
        theme = current_theme()
        line = theme.text_px(22) * 1.35
        room = QRectF(0, line, self.width(), self.height() - 2 * line - theme.px(8))
        cell = min(room.width() / self.across, room.height() / self.up)
        width, height = cell * self.across, cell * self.up
        return QRectF(room.center().x() - width / 2, room.center().y() - height / 2, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = theme.text_px(22) * 1.35
        painter.setPen(theme.color("text"))
        title_font = fitted_font(self.title, theme.font(22, QFont.Weight.Bold), self.width(), 0.6)
        painter.setFont(title_font)
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignCenter, self.title)
        grid = self.grid_rect()
        cell = grid.width() / self.across
        painter.setPen(QPen(theme.color("outline"), theme.px(1)))
        painter.setBrush(theme.color("surface_raised"))
        painter.drawRect(grid)
        fill = cube_colours()[1]

        def square(across: int, up: int) -> QRectF:
            return QRectF(grid.left() + across * cell, grid.bottom() - (up + 1) * cell, cell, cell)

        painter.setPen(QPen(theme.color("background"), theme.px(2)))
        painter.setBrush(fill)
        for across, up in self.cells:
            painter.drawRect(square(across, up))
        if self.target is not None:
            inset = theme.px(4)
            painter.setPen(QPen(theme.color("text"), theme.px(4)))
            painter.setBrush(QBrush(theme.color("text"), Qt.BrushStyle.BDiagPattern))
            for across, up in self.target:
                painter.drawRect(square(across, up).adjusted(inset, inset, -inset, -inset))
            # a square the shape fills but the view should not: crossed out, so it reads without colour
            cross = QPen(theme.color("accent_text"), theme.px(5))
            cross.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(cross)
            for across, up in self.cells - self.target:
                box = square(across, up).adjusted(cell * 0.25, cell * 0.25, -cell * 0.25, -cell * 0.25)
                painter.drawLine(box.topLeft(), box.bottomRight())
                painter.drawLine(box.topRight(), box.bottomLeft())
        painter.setPen(QPen(theme.color("good" if self.matches else "outline"), theme.px(4 if self.matches else 2)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(grid)
        painter.setPen(theme.color("good") if self.matches else theme.color("text_muted"))
        painter.setFont(fitted_font(self.status, theme.font(20, QFont.Weight.DemiBold), self.width(), 0.6))
        painter.drawText(QRectF(0, self.height() - line, self.width(), line), Qt.AlignmentFlag.AlignCenter,
                         self.status)


class BuildPlate(ThemedMixin, QWidget):
    """The plate seen from above, front at the bottom: tap a square to stack (or take) a cube.

    Each square shows how many cubes stand on it (a plan with numbers).
    """

    tapped = Signal(int, int)  # x, y

    def __init__(self, shape: Shape, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shape = shape
        self.front_label = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(current_theme().px(440), current_theme().px(480))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(240), current_theme().px(240))

    def plate_rect(self) -> QRectF:
        theme = current_theme()
        label = theme.text_px(22) * 1.5
        room = QRectF(theme.px(8), theme.px(8), self.width() - theme.px(16), self.height() - label - theme.px(16))
        cell = min(room.width() / self.shape.columns, room.height() / self.shape.rows)
        width, height = cell * self.shape.columns, cell * self.shape.rows
        return QRectF(room.center().x() - width / 2, room.top() + (room.height() - height) / 2, width, height)

    def square_rect(self, x: int, y: int) -> QRectF:
        plate = self.plate_rect()
        cell = plate.width() / self.shape.columns
        return QRectF(plate.left() + x * cell, plate.bottom() - (y + 1) * cell, cell, cell)

    def square_at(self, point: QPointF) -> tuple[int, int] | None:
        plate = self.plate_rect()
        if not plate.contains(point):
            return None
        cell = plate.width() / self.shape.columns
        x = min(self.shape.columns - 1, int((point.x() - plate.left()) / cell))
        y = min(self.shape.rows - 1, int((plate.bottom() - point.y()) / cell))
        return x, y

    def mousePressEvent(self, event: QMouseEvent) -> None:
        square = self.square_at(event.position())
        if square is not None:
            self.tapped.emit(*square)

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        heights = self.shape.heights()
        base = theme.subject_color(SUBJECT)
        painter.setFont(theme.font(40, QFont.Weight.Bold))
        for y in range(self.shape.rows):
            for x in range(self.shape.columns):
                rect = self.square_rect(x, y).adjusted(theme.px(4), theme.px(4), -theme.px(4), -theme.px(4))
                height = heights[y][x]
                if height:
                    fill = base.darker(100 + 25 * (height - 1)) if not theme.high_contrast else base
                    text = theme.color("accent_text")
                else:
                    fill, text = theme.color("surface_raised"), theme.color("text_muted")
                painter.setPen(QPen(theme.color("outline"), theme.px(2)))
                painter.setBrush(fill)
                painter.drawRoundedRect(rect, theme.px(10), theme.px(10))
                painter.setPen(text)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(height) if height else "+")
                if height >= MAX_HEIGHT:  # full: a bar along the top says no more fits
                    painter.fillRect(QRectF(rect.left() + theme.px(8), rect.top() + theme.px(6),
                                            rect.width() - theme.px(16), theme.px(6)), text)
        plate = self.plate_rect()
        painter.setPen(QPen(theme.color("accent"), theme.px(6)))
        painter.drawLine(plate.bottomLeft() + QPointF(0, theme.px(4)), plate.bottomRight() + QPointF(0, theme.px(4)))
        painter.setPen(theme.color("accent"))
        painter.setFont(theme.font(22, QFont.Weight.Bold))
        painter.drawText(QRectF(0, plate.bottom() + theme.px(8), self.width(), theme.text_px(22) * 1.5),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.front_label)
