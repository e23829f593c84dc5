"""Level 2: four gates (AND, OR, NOT, XOR), each with its own input switches and truth table."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QMouseEvent, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from exhibits.logic_gates import model
from exhibits.logic_gates.drawing import (
    draw_gate,
    draw_lamp,
    draw_switch,
    draw_tick,
    draw_wire,
    fitted_font,
    gate_pins,
)
from exhibits.logic_gates.scene import LevelScene

GATE_ORDER = ("AND", "OR", "NOT", "XOR")
PIN_NAMES = ("A", "B")


class GatesScene(LevelScene):
    """Tap the input switches; each gate lights its lamp by its rule, its truth table follows."""

    challenge_count = len(model.GATE_GOALS)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, list[int]] = {}
        self.taps = 0
        self.fewest_taps = 0
        self._clear_inputs()
        self.start_challenge()

    def _clear_inputs(self) -> None:
        self.inputs = {name: [0] * model.gate(name).arity for name in GATE_ORDER}

    # -- state ----------------------------------------------------------------------------------
    @property
    def goal(self) -> int:
        return model.GATE_GOALS[min(self.challenge_index, self.challenge_count - 1)]

    def output(self, name: str) -> int:
        return model.gate(name)(*self.inputs[name])

    def start_challenge(self) -> None:
        self.taps = 0
        self.fewest_taps = sum(model.taps_to_output(n, self.inputs[n], self.goal) for n in GATE_ORDER)

    def reset(self) -> None:
        self._clear_inputs()
        super().reset()

    def toggle(self, name: str, pin: int) -> None:
        """Tap on input `pin` of gate `name`: flip it and check whether the goal is met."""
        self.inputs[name][pin] ^= 1
        self.taps += 1
        self.recorded.emit("gate_input", {"gate": name, "pin": PIN_NAMES[pin], "on": bool(self.inputs[name][pin])})
        if (not self.waiting_for_next and self.solved_count <= self.challenge_index
                and all(self.output(n) == self.goal for n in GATE_ORDER)):
            self.mark_solved(model.tap_score(self.taps, self.fewest_taps))
        self.status_changed.emit()
        self.update()

    def challenge_text(self) -> str:
        if self.waiting_for_next:
            return self.tr("All four lamps are lit! Now the opposite…")
        if self.level_done:
            return self.tr("You know the gates! Now try level 3: build an adder.")
        if self.goal == 1:
            return self.tr("Switch the inputs so that all four lamps light up.")
        return self.tr("Now make all four lamps go dark.")

    def gate_title(self, name: str) -> str:
        return {"AND": self.tr("AND gate"), "OR": self.tr("OR gate"),
                "NOT": self.tr("NOT gate"), "XOR": self.tr("XOR gate")}[name]

    def gate_rule(self, name: str) -> str:
        return {"AND": self.tr("1 only if both inputs are 1"),
                "OR": self.tr("1 if at least one input is 1"),
                "NOT": self.tr("turns 1 into 0 and 0 into 1"),
                "XOR": self.tr("1 if the inputs are different")}[name]

    # -- geometry -------------------------------------------------------------------------------
    def panels(self) -> dict[str, QRectF]:
        """The card of each gate: a 2x2 grid, or one column on a very tall screen."""
        gap = self.theme.px(16)
        w, h = self.width(), self.height()
        columns, rows = (1, 4) if h > 2.2 * w else (2, 2)
        cell_w, cell_h = (w - gap * (columns - 1)) / columns, (h - gap * (rows - 1)) / rows
        return {name: QRectF((i % columns) * (cell_w + gap), (i // columns) * (cell_h + gap), cell_w, cell_h)
                for i, name in enumerate(GATE_ORDER)}

    def _layout(self, panel: QRectF) -> tuple[QRectF, QRectF, QRectF]:
        """Title strip, circuit diagram and truth table inside one gate card."""
        pad = self.theme.px(14)
        inner = panel.adjusted(pad, pad, -pad, -pad)
        title_h = min(inner.height() * 0.24, self.theme.text_px(34) + self.theme.text_px(24) + pad)
        title = QRectF(inner.left(), inner.top(), inner.width(), title_h)
        body = QRectF(inner.left(), title.bottom(), inner.width(), inner.height() - title_h)
        if body.width() > body.height() * 1.45:
            split = body.width() * 0.6
            return title, QRectF(body.left(), body.top(), split, body.height()), \
                QRectF(body.left() + split + pad, body.top(), body.width() - split - pad, body.height())
        split = body.height() * 0.55
        return title, QRectF(body.left(), body.top(), body.width(), split), \
            QRectF(body.left(), body.top() + split + pad, body.width(), body.height() - split - pad)

    def _diagram_parts(self, name: str, diagram: QRectF) -> tuple[list[QRectF], QRectF, QPointF, float]:
        """Switch rectangles, gate rectangle, lamp centre and lamp radius for one diagram."""
        arity = model.gate(name).arity
        size = max(self.theme.px(56), min(diagram.height() * 0.3, diagram.width() * 0.17,
                                          self.theme.px(96)))
        ys = [diagram.center().y()] if arity == 1 else [diagram.top() + diagram.height() * 0.3 + size * 0.1,
                                                       diagram.top() + diagram.height() * 0.72 + size * 0.1]
        switches = [QRectF(diagram.left(), y - size / 2, size, size) for y in ys]
        gate_w = min(diagram.width() * 0.34, diagram.height() * 0.8)
        gate_h = gate_w * 0.78
        gate_rect = QRectF(diagram.center().x() - gate_w * 0.45, diagram.center().y() - gate_h / 2 + size * 0.1,
                           gate_w, gate_h)
        radius = min(size * 0.5, (diagram.right() - gate_rect.right()) * 0.3)
        lamp = QPointF(diagram.right() - radius * 1.6, gate_rect.center().y())
        return switches, gate_rect, lamp, radius

    def switch_rect(self, name: str, pin: int) -> QRectF:
        """Where input `pin` of gate `name` is drawn (tests tap here)."""
        _, diagram, _ = self._layout(self.panels()[name])
        return self._diagram_parts(name, diagram)[0][pin]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        slack = self.theme.px(10)  # fingers are wider than the drawn square
        for name in GATE_ORDER:
            for pin in range(model.gate(name).arity):
                if self.switch_rect(name, pin).adjusted(-slack, -slack, slack, slack).contains(position):
                    self.toggle(name, pin)
                    return

    # -- painting -------------------------------------------------------------------------------
    def paint_scene(self, painter: QPainter) -> None:
        for name, panel in self.panels().items():
            self._paint_panel(painter, name, panel)

    def _paint_panel(self, painter: QPainter, name: str, panel: QRectF) -> None:
        theme = self.theme
        output = self.output(name)
        met = output == self.goal and not self.level_done
        painter.setBrush(theme.color("surface"))
        border = QPen(theme.color("good"), theme.px(4)) if met else (
            QPen(theme.color("outline"), theme.px(2)) if theme.high_contrast else Qt.PenStyle.NoPen)
        painter.setPen(border)
        painter.drawRoundedRect(panel.adjusted(1, 1, -1, -1), theme.px(22), theme.px(22))
        title, diagram, table = self._layout(panel)
        title_line = QRectF(title.left(), title.top(), title.width(), title.height() * 0.55)
        painter.setPen(theme.color("text"))
        painter.setFont(fitted_font(theme, 32, self.gate_title(name), title.width() * 0.85, QFont.Weight.Bold))
        painter.drawText(title_line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.gate_title(name))
        if met:
            size = title_line.height() * 0.6
            draw_tick(painter, QPointF(title_line.right() - size, title_line.center().y()), size, True,
                      theme.color("good"))
        rule_line = QRectF(title.left(), title_line.bottom(), title.width(), title.height() - title_line.height())
        painter.setPen(theme.color("text_muted"))
        painter.setFont(fitted_font(theme, 24, self.gate_rule(name), title.width()))
        painter.drawText(rule_line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.gate_rule(name))
        self._paint_diagram(painter, name, diagram, output)
        self._paint_table(painter, name, table)

    def _paint_diagram(self, painter: QPainter, name: str, diagram: QRectF, output: int) -> None:
        theme = self.theme
        switches, gate_rect, lamp, radius = self._diagram_parts(name, diagram)
        pins, out_pin = gate_pins(name, gate_rect)
        wire_w = theme.px(9)
        for pin_index, (switch, pin) in enumerate(zip(switches, pins, strict=True)):
            live = bool(self.inputs[name][pin_index])
            bend_x = switch.right() + (pin.x() - switch.right()) * 0.5
            draw_wire(painter, theme, [QPointF(switch.right(), switch.center().y()),
                                       QPointF(bend_x, switch.center().y()), QPointF(bend_x, pin.y()),
                                       QPointF(pin.x() + gate_rect.width() * 0.08, pin.y())], live, wire_w)
        draw_wire(painter, theme, [out_pin, QPointF(lamp.x() - radius, lamp.y())], bool(output), wire_w)
        draw_gate(painter, theme, name, gate_rect, bool(output))
        for pin_index, switch in enumerate(switches):
            draw_switch(painter, theme, switch, bool(self.inputs[name][pin_index]), PIN_NAMES[pin_index])
        draw_lamp(painter, theme, lamp, radius, bool(output))

    def _paint_table(self, painter: QPainter, name: str, table: QRectF) -> None:
        theme = self.theme
        chosen = model.gate(name)
        rows = chosen.truth_table()
        headers = [*PIN_NAMES[:chosen.arity], self.tr("out")]
        row_h = min(table.height() / (len(rows) + 1), max(theme.px(64), table.width() * 0.1))
        top = table.top() + (table.height() - row_h * (len(rows) + 1)) / 2
        marker_w = row_h * 0.5
        col_w = (table.width() - marker_w) / len(headers)
        left = table.left() + marker_w
        font_px = max(10, int(row_h * 0.55))
        header_font = fitted_font(theme, 28, headers[-1], col_w * 0.95, QFont.Weight.Bold)
        header_font.setPixelSize(min(header_font.pixelSize(), font_px))
        painter.setFont(header_font)
        painter.setPen(theme.color("text_muted"))
        for col, header in enumerate(headers):
            painter.drawText(QRectF(left + col * col_w, top, col_w, row_h), Qt.AlignmentFlag.AlignCenter, header)
        current = tuple(self.inputs[name])
        cell_font = theme.font(10, QFont.Weight.Bold)
        cell_font.setPixelSize(font_px)
        painter.setFont(cell_font)
        for row_index, (combo, out) in enumerate(rows):
            row = QRectF(left, top + (row_index + 1) * row_h, col_w * len(headers), row_h)
            if combo == current:
                painter.setBrush(theme.color("surface_raised"))
                painter.setPen(QPen(theme.color("accent"), theme.px(3)))
                painter.drawRoundedRect(row.adjusted(0, 2, 0, -2), row_h * 0.25, row_h * 0.25)
                arrow = QPolygonF([QPointF(table.left(), row.center().y() - marker_w * 0.4),
                                   QPointF(table.left() + marker_w * 0.8, row.center().y()),
                                   QPointF(table.left(), row.center().y() + marker_w * 0.4)])
                painter.setBrush(theme.color("accent"))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawPolygon(arrow)
            else:
                painter.setPen(QPen(theme.color("outline"), theme.px(1)))
                painter.drawLine(row.bottomLeft(), row.bottomRight())
            for col, bit in enumerate([*combo, out]):
                is_output = col == len(combo)
                painter.setPen(theme.color("accent") if is_output and bit else theme.color("text"))
                painter.drawText(QRectF(left + col * col_w, row.top(), col_w, row_h), Qt.AlignmentFlag.AlignCenter,
                                 str(bit))
