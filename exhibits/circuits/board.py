"""The circuit board: a grid of nodes whose edges take parts; taps, swipes and moving charges."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from exhibits.circuits.model import (
    LIT_BRIGHTNESS,
    NO_CURRENT_A,
    Circuit,
    Edge,
    Kind,
    Node,
    Solution,
    make_edge,
)
from exhibits.circuits.parts import draw_part
from kiosk.exhibit import current_theme

#: Charges move along a wire this many edge lengths per second for each ampere.
DOT_SPEED_EDGES_PER_S_PER_A = 2.5
#: ... but never faster than this (a short circuit would make them a blur).
DOT_MAX_SPEED_EDGES_PER_S = 5.0
DOTS_PER_EDGE = 3
#: A finger counts as a swipe (not a tap) once it moves this far, in cells.
SWIPE_START_CELLS = 0.3
#: A swipe reaches a node when the finger comes this close to it, in cells.
NODE_CATCH_CELLS = 0.38
#: A tap picks the nearest edge within this distance, in cells.
TAP_REACH_CELLS = 0.45


class Board(QWidget):
    """Draws the circuit and its currents; turns taps and swipes into edge events."""

    edge_tapped = Signal(object)  # Edge
    edge_swiped = Signal(object)  # Edge: a finger dragged along it

    def __init__(self, circuit: Circuit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.circuit = circuit
        self.solution = Solution()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(300, 200)
        self._phase: dict[Edge, float] = {}
        self._clock_s = 0.0
        self._press: QPointF | None = None
        self._swiping = False
        self._swipe_node: Node | None = None
        self._grid_cache: QPixmap | None = None
        self._grid_key: tuple = ()
        self.labels: dict[str, str] = {}  # translated unit texts, set by the exhibit
        self.format_number = lambda value, decimals, unit: f"{value:.{decimals}f} {unit}"

    def sizeHint(self) -> QSize:
        return QSize(1100, 700)

    def set_solution(self, solution: Solution) -> None:
        self.solution = solution
        self._phase = {edge: phase for edge, phase in self._phase.items() if edge in solution.current_a}
        self.update()

    # -- geometry ------------------------------------------------------------------------------

    @property
    def cell_px(self) -> float:
        margin = current_theme().px(40)
        return max(10.0, min((self.width() - 2 * margin) / (self.circuit.columns - 1),
                             (self.height() - 2 * margin) / (self.circuit.rows - 1)))

    def node_point(self, node: Node) -> QPointF:
        cell = self.cell_px
        left = (self.width() - cell * (self.circuit.columns - 1)) / 2
        top = (self.height() - cell * (self.circuit.rows - 1)) / 2
        return QPointF(left + node[0] * cell, top + node[1] * cell)

    def edge_midpoint(self, edge: Edge) -> QPointF:
        a, b = self.node_point(edge[0]), self.node_point(edge[1])
        return (a + b) / 2

    def _grid_position(self, point: QPointF) -> tuple[float, float]:
        origin = self.node_point((0, 0))
        cell = self.cell_px
        return (point.x() - origin.x()) / cell, (point.y() - origin.y()) / cell

    def nearest_node(self, point: QPointF) -> tuple[Node, float]:
        """The closest node and its distance in cells."""
        x, y = self._grid_position(point)
        column = min(self.circuit.columns - 1, max(0, round(x)))
        row = min(self.circuit.rows - 1, max(0, round(y)))
        return (column, row), math.hypot(x - column, y - row)

    def edge_at(self, point: QPointF) -> Edge | None:
        """The edge a tap at ``point`` means, or None if it is too far from every edge."""
        x, y = self._grid_position(point)
        best: tuple[float, Edge] | None = None
        for edge in self.circuit.edges():
            (c0, r0), (c1, r1) = edge
            if r0 == r1:  # horizontal
                along = min(max(x, c0), c1)
                distance = math.hypot(x - along, y - r0)
            else:
                along = min(max(y, r0), r1)
                distance = math.hypot(x - c0, y - along)
            if best is None or distance < best[0]:
                best = (distance, edge)
        if best is None or best[0] > TAP_REACH_CELLS:
            return None
        return best[1]

    # -- touch ---------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position()
        self._swiping = False
        self._swipe_node = self.nearest_node(self._press)[0]

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self._swipe_node is None:
            return
        point = event.position()
        if not self._swiping:
            moved = math.hypot(point.x() - self._press.x(), point.y() - self._press.y())
            if moved < SWIPE_START_CELLS * self.cell_px:
                return
            self._swiping = True
        node, distance = self.nearest_node(point)
        if distance > NODE_CATCH_CELLS or node == self._swipe_node:
            return
        start = self._swipe_node
        if node[0] == start[0] or node[1] == start[1]:
            # A fast finger may skip nodes in a straight line: lay every edge in between.
            steps = abs(node[0] - start[0]) + abs(node[1] - start[1])
            dx, dy = (node[0] - start[0]) // steps, (node[1] - start[1]) // steps
            for step in range(steps):
                a = (start[0] + dx * step, start[1] + dy * step)
                self.edge_swiped.emit(make_edge(a, (a[0] + dx, a[1] + dy)))
        self._swipe_node = node

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and not self._swiping:
            edge = self.edge_at(self._press)
            if edge is not None:
                self.edge_tapped.emit(edge)
        self._press = None
        self._swiping = False
        self._swipe_node = None

    # -- animation -----------------------------------------------------------------------------

    def advance(self, dt_s: float) -> None:
        """Move the charges: speed proportional to the current, direction with it."""
        self._clock_s += dt_s
        for edge, current in self.solution.current_a.items():
            if abs(current) < NO_CURRENT_A:
                continue
            speed = max(-DOT_MAX_SPEED_EDGES_PER_S,
                        min(DOT_MAX_SPEED_EDGES_PER_S, current * DOT_SPEED_EDGES_PER_S_PER_A))
            self._phase[edge] = (self._phase.get(edge, 0.0) + speed * dt_s) % 1.0
        self.update()

    # -- painting ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._grid_cache = None
        super().resizeEvent(event)

    def _grid(self) -> QPixmap:
        """The empty board (slots and nodes), drawn once per size and theme."""
        theme = current_theme()
        key = (self.width(), self.height(), theme.high_contrast, theme.scale, self.devicePixelRatioF())
        if self._grid_cache is not None and key == self._grid_key:
            return self._grid_cache
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(int(self.width() * ratio), int(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(theme.color("outline"), theme.px(2)) if theme.high_contrast else Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("surface"))
        painter.drawRoundedRect(rect, theme.px(24), theme.px(24))
        cell = self.cell_px
        slot = QColor(theme.color("outline"))
        if theme.high_contrast:
            slot.setAlpha(110)  # empty places must not look like white wires
        painter.setPen(QPen(slot, max(1.0, cell * 0.025), Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap))
        for a, b in self.circuit.edges():
            painter.drawLine(self.node_point(a), self.node_point(b))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("text_muted"))
        for column in range(self.circuit.columns):
            for row in range(self.circuit.rows):
                painter.drawEllipse(self.node_point((column, row)), cell * 0.05, cell * 0.05)
        painter.end()
        self._grid_cache, self._grid_key = pixmap, key
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawPixmap(0, 0, self._grid())
        solution = self.solution
        parts = self.circuit.parts
        # Bulbs last, so their glow lies over the wires around them.
        order = sorted(parts.items(), key=lambda item: item[1].kind is Kind.BULB)
        for edge, part in order:
            draw_part(painter, part.kind, self.node_point(edge[0]), self.node_point(edge[1]), theme,
                      closed=part.closed, flipped=part.flipped, brightness=solution.brightness(edge),
                      hot=edge in solution.shorted_batteries, faded=edge not in solution.live)
        self._paint_charges(painter)
        self._paint_joints(painter)
        self._paint_labels(painter)
        painter.end()

    def _paint_charges(self, painter: QPainter) -> None:
        theme = current_theme()
        cell = self.cell_px
        radius = cell * 0.04
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("good") if not theme.high_contrast else theme.color("accent"))
        for edge, current in self.solution.current_a.items():
            if abs(current) < NO_CURRENT_A:
                continue
            part = self.circuit.parts.get(edge)
            if part is None:
                continue
            a, b = self.node_point(edge[0]), self.node_point(edge[1])
            phase = self._phase.get(edge, 0.0)
            for index in range(DOTS_PER_EDGE):
                fraction = (phase + index / DOTS_PER_EDGE) % 1.0
                if part.kind is not Kind.WIRE and 0.22 < fraction < 0.78:
                    continue  # hidden inside the part's body
                painter.drawEllipse(a + (b - a) * fraction, radius, radius)

    def _paint_joints(self, painter: QPainter) -> None:
        """A solder blob where parts meet, so connections are visible."""
        theme = current_theme()
        cell = self.cell_px
        count: dict[Node, int] = {}
        for a, b in self.circuit.parts:
            count[a] = count.get(a, 0) + 1
            count[b] = count.get(b, 0) + 1
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("text") if theme.high_contrast else QColor("#E8A062"))
        for node, number in count.items():
            radius = cell * (0.065 if number > 1 else 0.045)
            painter.drawEllipse(self.node_point(node), radius, radius)

    def _paint_labels(self, painter: QPainter) -> None:
        """Current through each bulb, value of each resistor and battery, beside the part."""
        theme = current_theme()
        cell = self.cell_px
        font = theme.font(20, QFont.Weight.DemiBold)
        font.setPixelSize(max(8, min(font.pixelSize(), round(cell * 0.15))))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        amps = self.labels.get("A", "A")
        for edge, part in self.circuit.parts.items():
            if part.kind is Kind.BULB:
                current = abs(self.solution.current(edge))
                if current < NO_CURRENT_A:
                    continue
                text = self.format_number(current, 2, amps)
                colour = theme.color("text") if self.solution.brightness(edge) >= LIT_BRIGHTNESS \
                    else theme.color("text_muted")
            elif part.kind is Kind.RESISTOR:
                text, colour = self.labels.get("resistor", "10 Ω"), theme.color("text_muted")
            elif part.kind is Kind.BATTERY:
                text, colour = self.labels.get("battery", "4.5 V"), theme.color("text_muted")
            else:
                continue
            a, b = self.node_point(edge[0]), self.node_point(edge[1])
            middle = (a + b) / 2
            horizontal = edge[0][1] == edge[1][1]
            width = metrics.horizontalAdvance(text) + 6
            height = metrics.height()
            if horizontal:
                centre = QPointF(middle.x(), middle.y() + cell * 0.3)
            else:
                centre = QPointF(middle.x() + cell * 0.2 + width / 2, middle.y())
            box = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
            backdrop = theme.color("surface")
            backdrop.setAlpha(200)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(backdrop)
            painter.drawRoundedRect(box, height * 0.3, height * 0.3)
            painter.setPen(colour)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
