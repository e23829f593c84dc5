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
from kiosk.exhibit import ThemedMixin, current_theme, fitted_font

SUBJECT = "mathematics"
COS30 = math.cos(math.radians(30))


def cube_colours() -> tuple[QColor, QColor, QColor]:
    """Top, front and right faces: one colour in three lights, so depth reads without colour cues."""
    base = current_theme().subject_color(SUBJECT)
    return base.lighter(135), base, base.darker(160)


class IsoView(ThemedMixin, QWidget):
    """The shape drawn in isometric projection, seen from the front right, above its plate.

    Redrawn into a cached pixmap only when the shape, the size or the theme changes.
    """

    def __init__(self, shape: Shape, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shape = shape
        self.front_label = ""
        self._cache: QPixmap | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(current_theme().px(520), current_theme().px(480))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(200), current_theme().px(200))

    def shape_changed(self) -> None:
        self._cache = None
        self.update()

    def apply_theme(self) -> None:
        self._cache = None
        super().apply_theme()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache = None
        super().resizeEvent(event)

    def _projection(self) -> tuple[float, QPointF]:
        """Cube edge in pixels and the screen point of the plate's front-left corner."""
        shape = self.shape
        margin = current_theme().px(16)
        label = current_theme().text_px(22) + margin
        span_x = (shape.columns + shape.rows) * COS30
        span_y = (shape.columns + shape.rows) * 0.5 + shape.max_height
        edge = min((self.width() - 2 * margin) / span_x, (self.height() - 2 * margin - label) / span_y)
        left = (self.width() - span_x * edge) / 2
        top = (self.height() - label - span_y * edge) / 2
        # the plate's back-left corner (0, rows) is at the top of the floor, max_height above it
        origin_y = top + (shape.max_height + shape.rows * 0.5) * edge
        return edge, QPointF(left, origin_y)

    def point(self, x: float, y: float, z: float) -> QPointF:
        edge, origin = self._projection()
        return QPointF(origin.x() + (x + y) * COS30 * edge, origin.y() + ((x - y) * 0.5 - z) * edge)

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
        # the plate, with its front edge marked as on the build plate
        painter.setPen(QPen(theme.color("outline"), theme.px(2)))
        painter.setBrush(theme.color("surface_raised"))
        painter.drawPolygon(QPolygonF([self.point(0, 0, 0), self.point(shape.columns, 0, 0),
                                       self.point(shape.columns, shape.rows, 0), self.point(0, shape.rows, 0)]))
        for x in range(1, shape.columns):
            painter.drawLine(self.point(x, 0, 0), self.point(x, shape.rows, 0))
        for y in range(1, shape.rows):
            painter.drawLine(self.point(0, y, 0), self.point(shape.columns, y, 0))
        painter.setPen(QPen(theme.color("accent"), theme.px(6)))
        painter.drawLine(self.point(0, 0, 0), self.point(shape.columns, 0, 0))
        top_colour, front_colour, right_colour = cube_colours()
        edge_pen = QPen(theme.color("background"), theme.px(2))
        edge_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(edge_pen)
        cubes = shape.cubes
        # far to near: cubes with the same x - y + z never overlap in this projection
        for x, y, z in sorted(cubes, key=lambda c: (c[0] - c[1] + c[2], c[2])):
            faces = []
            if (x, y, z + 1) not in cubes:
                faces.append((top_colour, ((x, y, z + 1), (x + 1, y, z + 1), (x + 1, y + 1, z + 1), (x, y + 1, z + 1))))
            if (x, y - 1, z) not in cubes:
                faces.append((front_colour, ((x, y, z), (x + 1, y, z), (x + 1, y, z + 1), (x, y, z + 1))))
            if (x + 1, y, z) not in cubes:
                faces.append((right_colour, ((x + 1, y, z), (x + 1, y + 1, z), (x + 1, y + 1, z + 1),
                                             (x + 1, y, z + 1))))
            for colour, corners in faces:
                painter.setBrush(colour)
                painter.drawPolygon(QPolygonF([self.point(*corner) for corner in corners]))
        # "front" under the plate's front edge
        painter.setPen(theme.color("accent"))
        painter.setFont(theme.font(22, QFont.Weight.Bold))
        middle = self.point(shape.columns / 2, 0, 0)
        width = theme.px(300)
        painter.drawText(QRectF(middle.x() - width, middle.y() + theme.px(10), width, theme.text_px(22) * 1.4),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, self.front_label)
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
