"""Level 3: build a half adder from gates to open a shipping container's lock.

Two gate slots drive the SUM and CARRY lamps. The visitor drags (or taps) gates from the tray
into the slots and may re-wire a pin by tapping it (A, B, or the other gate's output, which is
how a loop can be built: the model rejects it). "Try the lock" runs all four input pairs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPainterPath, QPen, QResizeEvent
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
from kiosk.exhibit import TouchButton

PALETTE = ("AND", "OR", "NOT", "XOR")
OTHER_SLOT = {"SUM": "CARRY", "CARRY": "SUM"}
# Seconds per tested input pair in the lock's test run (slow enough to follow).
TEST_ROW_S = 0.55
DRAG_START_PX = 12


@dataclass
class AdderLayout:
    """Every rectangle of the scene for the current size."""

    board: QRectF
    switches: dict[str, QRectF]
    slots: dict[str, QRectF]
    lamps: dict[str, tuple[QPointF, float]]
    rails_x: dict[str, float]
    explain: QRectF
    lock_panel: QRectF
    container: QRectF
    table: QRectF
    button: QRectF
    message: QRectF
    tray: QRectF
    tiles: dict[str, QRectF]
    tray_hint: QRectF


class AdderScene(LevelScene):
    """The half adder workbench and the container lock it opens."""

    challenge_count = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.try_button = TouchButton("", self, primary=True)
        self.try_button.setObjectName("try-lock")
        self.try_button.clicked.connect(self.try_lock)
        self._layout: AdderLayout | None = None
        self._clear()

    def _clear(self) -> None:
        self.inputs = {"A": 0, "B": 0}
        self.slots: dict[str, str | None] = {slot: None for slot in model.ADDER_SLOTS}
        self.wiring: dict[str, list[str]] = {slot: ["A", "B"] for slot in model.ADDER_SLOTS}
        self.selected_kind: str | None = None
        self.failed_attempts = 0
        self.verdict: model.AdderVerdict | None = None
        self.test_elapsed_s: float | None = None
        self.door_open = 0.0
        self.message_key = "start"
        self._press: tuple[QPointF, str, str | None] | None = None  # where, what ("tile"/"slot"), kind
        self.drag_kind: str | None = None
        self.drag_pos = QPointF()

    def reset(self) -> None:
        self._clear()
        super().reset()

    # -- the circuit ----------------------------------------------------------------------------
    def circuit(self) -> model.Circuit:
        wiring = {slot: [model.slot_signal(s) if s in OTHER_SLOT else s for s in self.wiring[slot]]
                  for slot in model.ADDER_SLOTS}
        return model.adder_circuit(self.slots, wiring)

    def live_values(self) -> tuple[dict[str, int | None], bool]:
        """Each slot's output for the shown inputs (None when empty) and whether a loop stops it."""
        circuit = self.circuit()
        if circuit.find_cycle():
            return {slot: None for slot in model.ADDER_SLOTS}, True
        values: dict[str, int | None] = {}
        for slot in model.ADDER_SLOTS:
            single = model.Circuit(inputs=circuit.inputs, gates=circuit.gates,
                                   outputs={slot: circuit.outputs[slot]})
            try:
                values[slot] = single.evaluate(self.shown_inputs())[slot]
            except model.CircuitError:
                values[slot] = None
        return values, False

    def shown_inputs(self) -> dict[str, int]:
        """The inputs on the switches, or the pair being tested during a test run."""
        if self.test_elapsed_s is not None and self.verdict is not None:
            row = self.verdict.rows[min(3, int(self.test_elapsed_s / TEST_ROW_S))]
            return {"A": row.a, "B": row.b}
        return dict(self.inputs)

    def _changed(self) -> None:
        """The circuit changed: a lock that was open closes again until tested."""
        self.verdict = None
        self.test_elapsed_s = None
        self.message_key = "start"
        self.status_changed.emit()
        self.update()

    def place(self, slot: str, kind: str | None) -> None:
        """Put a gate into a slot (None empties it)."""
        if kind is not None:
            model.gate(kind)
        self.slots[slot] = kind
        self.recorded.emit("place_gate" if kind else "remove_gate", {"slot": slot, "gate": kind})
        self._changed()

    def rewire(self, slot: str, pin: int) -> None:
        """Tap on a pin: its wire comes from A, then B, then the other gate's output."""
        cycle = ["A", "B", OTHER_SLOT[slot]]
        current = self.wiring[slot][pin]
        self.wiring[slot][pin] = cycle[(cycle.index(current) + 1) % len(cycle)]
        self.recorded.emit("rewire", {"slot": slot, "pin": pin, "source": self.wiring[slot][pin]})
        self._changed()

    def toggle_input(self, name: str) -> None:
        if self.test_elapsed_s is not None:
            return
        self.inputs[name] ^= 1
        self.recorded.emit("adder_input", {"input": name, "on": bool(self.inputs[name])})
        self.update()

    def try_lock(self) -> None:
        """Run the four input pairs through the circuit; the lock opens if all are right."""
        if self.test_elapsed_s is not None:
            return
        self.verdict = model.check_half_adder(self.circuit())
        self.recorded.emit("try_lock", {"sum": self.slots["SUM"], "carry": self.slots["CARRY"],
                                        "accepted": self.verdict.accepted})
        if self.verdict.problem == "incomplete":
            self.message_key = "incomplete"
            self.verdict = None
        else:
            self.test_elapsed_s = 0.0
            self.message_key = "testing"
        self.status_changed.emit()
        self.update()

    def _finish_test(self) -> None:
        verdict = self.verdict
        self.test_elapsed_s = None
        if verdict is None:
            return
        if verdict.accepted:
            self.message_key = "open"
            if self.solved_count == 0:
                self.mark_solved(model.attempt_score(self.failed_attempts))
        else:
            self.failed_attempts += 1
            self.message_key = "loop" if verdict.problem == "loop" else "wrong"
        self.status_changed.emit()

    def _door_target(self) -> float:
        """1 (open) after a passed test of the circuit on the board, else 0 (shut)."""
        passed = self.verdict is not None and self.verdict.accepted and self.test_elapsed_s is None
        return 1.0 if passed else 0.0

    def animating(self) -> bool:
        return self.test_elapsed_s is not None or self.door_open != self._door_target()

    def advance(self, dt_s: float) -> None:
        moving = self.animating()
        if self.test_elapsed_s is not None:
            self.test_elapsed_s += dt_s
            if self.test_elapsed_s >= TEST_ROW_S * 4 + 0.3:
                self._finish_test()
        step = dt_s / 1.2  # the doors take 1.2 s to swing open and shut twice as fast
        if self._door_target() > 0:
            self.door_open = min(1.0, self.door_open + step)
        else:
            self.door_open = max(0.0, self.door_open - 2 * step)
        if moving:
            self.update()  # the last frame of a movement must be drawn too
        super().advance(dt_s)

    # -- texts ----------------------------------------------------------------------------------
    def challenge_text(self) -> str:
        if self.level_done:
            return self.tr("Opened! You built the circuit every computer uses to add.")
        return self.tr("Build a half adder: it must add A + B right for all four inputs to open the container.")

    def slot_name(self, slot: str) -> str:
        return self.tr("SUM") if slot == "SUM" else self.tr("CARRY")

    def message(self) -> str:
        key = self.message_key
        if key == "testing" and self.verdict is not None:
            pair = self.shown_inputs()
            return self.tr("Testing {a} + {b}…").format(a=pair["A"], b=pair["B"])
        if key == "incomplete":
            return self.tr("Put a gate into both slots first.")
        if key == "loop":
            return self.tr("A loop! A gate listens to its own output. Tap the ↺ pin to rewire it.")
        if key == "open":
            return self.tr("Open! XOR makes the SUM, AND makes the CARRY.")
        if key == "wrong" and self.verdict is not None:
            row = next(r for r in self.verdict.rows if not r.ok)
            return self.tr("{a} + {b} = {total}, in binary {carry}{sum}: SUM must be {sum}, CARRY {carry}.").format(
                a=row.a, b=row.b, total=row.a + row.b, sum=row.expected_sum, carry=row.expected_carry)
        return self.tr("Drag gates into both slots, then try the lock.")

    def retranslate(self) -> None:
        """Texts of the child button (painted texts are built at paint time)."""
        self.try_button.setText(self.tr("Try the lock"))

    # -- geometry -------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        self.try_button.setGeometry(self.layout_rects().button.toRect())
        super().resizeEvent(event)

    def apply_theme(self) -> None:
        """Sizes follow the theme's scale: lay out again."""
        self._layout = None
        self.try_button.setGeometry(self.layout_rects().button.toRect())
        super().apply_theme()

    def layout_rects(self) -> AdderLayout:
        if self._layout is None:
            self._layout = self._compute_layout()
        return self._layout

    def _compute_layout(self) -> AdderLayout:
        theme = self.theme
        gap = theme.px(16)
        w, h = float(self.width()), float(self.height())
        tray_h = max(theme.px(110), min(h * 0.2, theme.px(150)))
        tray = QRectF(0, h - tray_h, w, tray_h)
        upper = QRectF(0, 0, w, h - tray_h - gap)
        if w >= upper.height():
            board = QRectF(0, 0, upper.width() * 0.56 - gap / 2, upper.height())
            lock_panel = QRectF(board.right() + gap, 0, upper.width() - board.width() - gap, upper.height())
        else:
            board = QRectF(0, 0, w, upper.height() * 0.52)
            lock_panel = QRectF(0, board.bottom() + gap, w, upper.height() - board.height() - gap)
        pad = theme.px(18)
        inner = board.adjusted(pad, pad, -pad, -pad)
        explain_h = min(inner.height() * 0.14, theme.text_px(30) * 2.2)
        circuit_area = QRectF(inner.left(), inner.top(), inner.width(), inner.height() - explain_h)
        explain = QRectF(inner.left(), circuit_area.bottom(), inner.width(), explain_h)
        switch_size = max(theme.px(64), min(circuit_area.height() * 0.18, circuit_area.width() * 0.11,
                                            theme.px(100)))
        switches = {name: QRectF(circuit_area.left(), circuit_area.top() + circuit_area.height() * f - switch_size / 2
                                 + switch_size * 0.2, switch_size, switch_size)
                    for name, f in (("A", 0.3), ("B", 0.7))}
        rails_x = {"A": circuit_area.left() + circuit_area.width() * 0.2,
                   "B": circuit_area.left() + circuit_area.width() * 0.26}
        slot_w = circuit_area.width() * 0.3
        slot_h = min(circuit_area.height() * 0.34, slot_w * 0.8)
        slot_left = circuit_area.left() + circuit_area.width() * 0.42
        slots = {slot: QRectF(slot_left, circuit_area.top() + circuit_area.height() * f - slot_h / 2, slot_w, slot_h)
                 for slot, f in (("SUM", 0.26), ("CARRY", 0.74))}
        radius = min(circuit_area.width() * 0.07, slot_h * 0.32)
        lamps = {slot: (QPointF(circuit_area.right() - radius * 1.7, slots[slot].center().y()), radius)
                 for slot in model.ADDER_SLOTS}
        lock_inner = lock_panel.adjusted(pad, pad, -pad, -pad)
        container = QRectF(lock_inner.left(), lock_inner.top(), lock_inner.width(), lock_inner.height() * 0.4)
        table = QRectF(lock_inner.left(), container.bottom() + gap, lock_inner.width(), lock_inner.height() * 0.3)
        button_h = theme.px(84)
        button_w = min(lock_inner.width(), max(theme.px(320), lock_inner.width() * 0.6))
        button = QRectF(lock_inner.center().x() - button_w / 2, table.bottom() + gap, button_w, button_h)
        message = QRectF(lock_inner.left(), button.bottom() + gap / 2, lock_inner.width(),
                         lock_inner.bottom() - button.bottom() - gap / 2)
        tile_h = tray_h - 2 * theme.px(12)
        tile_w = min(tile_h * 1.5, (w * 0.62) / 4 - gap)
        tiles = {kind: QRectF(theme.px(12) + i * (tile_w + gap), tray.top() + theme.px(12), tile_w, tile_h)
                 for i, kind in enumerate(PALETTE)}
        hint_left = tiles[PALETTE[-1]].right() + gap * 1.5
        tray_hint = QRectF(hint_left, tray.top(), w - hint_left - gap, tray_h)
        return AdderLayout(board, switches, slots, lamps, rails_x, explain, lock_panel, container, table, button,
                           message, tray, tiles, tray_hint)

    def pin_centres(self, slot: str) -> list[QPointF]:
        """Where the tappable pin buttons of a slot sit (tests tap here)."""
        rect = self.layout_rects().slots[slot]
        kind = self.slots[slot] or "AND"
        pins, _ = gate_pins(kind, rect)
        offset = self._pin_radius() * 1.6
        return [QPointF(p.x() - offset, p.y()) for p in pins]

    def _pin_radius(self) -> float:
        return float(self.theme.px(34))

    # -- touch ----------------------------------------------------------------------------------
    def _hit(self, position: QPointF) -> tuple[str, str | None] | None:
        layout = self.layout_rects()
        slack = self.theme.px(8)
        for name, rect in layout.switches.items():
            if rect.adjusted(-slack, -slack, slack, slack).contains(position):
                return "switch", name
        for slot in model.ADDER_SLOTS:
            for pin, centre in enumerate(self.pin_centres(slot)):
                if math.dist((centre.x(), centre.y()), (position.x(), position.y())) <= self._pin_radius() + slack:
                    return "pin", f"{slot}:{pin}"
        for slot, rect in layout.slots.items():
            if rect.contains(position):
                return "slot", slot
        for kind, rect in layout.tiles.items():
            if rect.contains(position):
                return "tile", kind
        return None

    def _slot_at(self, position: QPointF) -> str | None:
        grow = self.theme.px(40)  # a dropped gate only needs to land near the slot
        for slot, rect in self.layout_rects().slots.items():
            if rect.adjusted(-grow, -grow, grow, grow).contains(position):
                return slot
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        hit = self._hit(position)
        self._press = None
        if hit is None:
            self.selected_kind = None
            self.update()
            return
        what, name = hit
        if what == "switch" and name:
            self.toggle_input(name)
        elif what == "pin" and name and self.test_elapsed_s is None:
            slot, pin = name.split(":")
            self.rewire(slot, int(pin))
        elif what == "tile":
            self._press = (position, "tile", name)
        elif what == "slot" and name and self.test_elapsed_s is None:
            self._press = (position, "slot", name)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        position = event.position()
        origin, what, name = self._press
        if self.drag_kind is None and (position - origin).manhattanLength() > self.theme.px(DRAG_START_PX):
            if what == "tile":
                self.drag_kind = name
            elif what == "slot" and name and self.slots[name]:
                self.drag_kind = self.slots[name]
                self.slots[name] = None  # picked up: the slot is empty while the gate is in the hand
                self._changed()
        if self.drag_kind is not None:
            self.drag_pos = position
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        if press is None:
            return
        position = event.position()
        _, what, name = press
        if self.drag_kind is not None:
            kind, self.drag_kind = self.drag_kind, None
            target = self._slot_at(position)
            if target is not None:
                self.place(target, kind)
            elif what == "slot":
                self.recorded.emit("remove_gate", {"slot": name, "gate": kind})
            self.selected_kind = None
            self.update()
            return
        # A tap without a drag: choose a tray gate, then tap a slot to put it there.
        if what == "tile":
            self.selected_kind = None if self.selected_kind == name else name
        elif what == "slot" and name and self.selected_kind:
            self.place(name, self.selected_kind)
            self.selected_kind = None
        self.update()

    # -- painting -------------------------------------------------------------------------------
    def paint_scene(self, painter: QPainter) -> None:
        layout = self.layout_rects()
        theme = self.theme
        for panel in (layout.board, layout.lock_panel):
            painter.setBrush(theme.color("surface"))
            painter.setPen(QPen(theme.color("outline"), theme.px(2)) if theme.high_contrast else Qt.PenStyle.NoPen)
            painter.drawRoundedRect(panel, theme.px(24), theme.px(24))
        self._paint_board(painter, layout)
        self._paint_lock(painter, layout)
        self._paint_tray(painter, layout)
        if self.drag_kind is not None:
            size = layout.slots["SUM"].size()
            rect = QRectF(self.drag_pos.x() - size.width() / 2, self.drag_pos.y() - size.height() / 2,
                          size.width(), size.height())
            painter.setOpacity(0.85)
            draw_gate(painter, theme, self.drag_kind, rect, False)
            painter.setOpacity(1.0)

    def _paint_board(self, painter: QPainter, layout: AdderLayout) -> None:
        theme = self.theme
        inputs = self.shown_inputs()
        values, looped = self.live_values()
        wire_w = theme.px(8)
        # Input switches feed two rails; every pin wired to A or B taps its rail.
        for name, rect in layout.switches.items():
            rail = layout.rails_x[name]
            live: bool | None = bool(inputs[name])
            ys = [rect.center().y()] + [c.y() for slot in model.ADDER_SLOTS
                                        for c, source in zip(self.pin_centres(slot), self.wiring[slot], strict=False)
                                        if source == name]
            draw_wire(painter, theme, [QPointF(rect.right(), rect.center().y()), QPointF(rail, rect.center().y())],
                      live, wire_w)
            draw_wire(painter, theme, [QPointF(rail, min(ys)), QPointF(rail, max(ys))], live, wire_w)
        for slot in model.ADDER_SLOTS:
            kind = self.slots[slot]
            rect = layout.slots[slot]
            pins = self.pin_centres(slot)
            arity = model.gate(kind).arity if kind else 2
            gate_pin_points, out_pin = gate_pins(kind or "AND", rect)
            for pin in range(arity):
                source = self.wiring[slot][pin]
                centre = pins[pin]
                if source in OTHER_SLOT:
                    other_out = gate_pins(self.slots[source] or "AND", layout.slots[source])[1]
                    live = None if looped else (None if values[source] is None else bool(values[source]))
                    self._feedback_wire(painter, other_out, centre, layout, live, wire_w)
                else:
                    live = bool(inputs[source])
                    rail = layout.rails_x[source]
                    draw_wire(painter, theme, [QPointF(rail, centre.y()), centre], live, wire_w)
                    painter.setBrush(theme.color("text"))
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.drawEllipse(QPointF(rail, centre.y()), wire_w * 0.9, wire_w * 0.9)
                if source in inputs:
                    pin_live: bool | None = bool(inputs[source])
                else:  # fed by the other gate: unknown while a loop stops the signals
                    pin_live = None if looped or values[source] is None else bool(values[source])
                draw_wire(painter, theme, [centre, QPointF(gate_pin_points[pin].x() + rect.width() * 0.1,
                                                           gate_pin_points[pin].y())], pin_live, wire_w)
            lamp, radius = layout.lamps[slot]
            value = values[slot]
            draw_wire(painter, theme, [out_pin, QPointF(lamp.x() - radius, lamp.y())],
                      None if value is None else bool(value), wire_w)
            self._paint_slot(painter, slot, rect, kind, value)
            for pin in range(arity):
                self._paint_pin(painter, pins[pin], self.wiring[slot][pin])
            # An empty slot gives a dark lamp; a loop gives an unknown one.
            draw_lamp(painter, theme, lamp, radius, None if looped and kind else bool(value))
            label = QRectF(lamp.x() - radius * 2, lamp.y() + radius * 1.25, radius * 4, theme.text_px(30))
            painter.setPen(theme.color("text"))
            painter.setFont(fitted_font(theme, 26, self.slot_name(slot), label.width(), QFont.Weight.Bold))
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, self.slot_name(slot))
        for name, rect in layout.switches.items():
            draw_switch(painter, theme, rect, bool(inputs[name]), name)
        a, b = inputs["A"], inputs["B"]
        explain = self.tr("{a} + {b} = {total}, in binary {carry}{sum}: CARRY {carry}, SUM {sum}").format(
            a=a, b=b, total=a + b, carry=(a + b) // 2, sum=(a + b) % 2)
        painter.setPen(theme.color("text_muted"))
        painter.setFont(fitted_font(theme, 28, explain, layout.explain.width()))
        painter.drawText(layout.explain, Qt.AlignmentFlag.AlignCenter, explain)

    def _feedback_wire(self, painter: QPainter, start: QPointF, end: QPointF, layout: AdderLayout,
                       live: bool | None, width: float) -> None:
        """A wire from the other gate's output back round to a pin: the way loops are made."""
        painter.save()
        pen = QPen(self.theme.color("warning") if live is None else
                   (self.theme.color("accent") if live else self.theme.color("text_muted")),
                   width * 0.7, Qt.PenStyle.DashDotLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        board = layout.board
        path = QPainterPath(start)
        out_x = start.x() + (layout.lamps["SUM"][0].x() - start.x()) * 0.35
        path.cubicTo(QPointF(out_x, start.y()), QPointF(out_x, board.center().y()),
                     QPointF((start.x() + end.x()) / 2, board.center().y()))
        back_x = end.x() - self._pin_radius() * 1.5
        path.cubicTo(QPointF(back_x, board.center().y()), QPointF(back_x, end.y()), end)
        painter.drawPath(path)
        painter.restore()

    def _paint_slot(self, painter: QPainter, slot: str, rect: QRectF, kind: str | None, value: int | None) -> None:
        theme = self.theme
        if kind is None:
            target = self.selected_kind is not None or self.drag_kind is not None
            painter.setBrush(theme.color("background"))
            painter.setPen(QPen(theme.color("accent") if target else theme.color("text_muted"), theme.px(4),
                                Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect, theme.px(18), theme.px(18))
            text = self.tr("put a gate here")
            painter.setPen(theme.color("text_muted"))
            painter.setFont(fitted_font(theme, 26, text, rect.width() * 0.9))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        else:
            draw_gate(painter, theme, kind, rect, bool(value))

    def _paint_pin(self, painter: QPainter, centre: QPointF, source: str) -> None:
        theme = self.theme
        radius = self._pin_radius()
        painter.setBrush(theme.color("surface_raised"))
        painter.setPen(QPen(theme.color("warning") if source in OTHER_SLOT else theme.color("text"), theme.px(3)))
        painter.drawEllipse(centre, radius, radius)
        label = "↺" if source in OTHER_SLOT else source
        font = theme.font(10, QFont.Weight.Bold)
        font.setPixelSize(max(8, int(radius * 1.0)))
        painter.setFont(font)
        painter.setPen(theme.color("text"))
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                         Qt.AlignmentFlag.AlignCenter, label)

    def _paint_lock(self, painter: QPainter, layout: AdderLayout) -> None:
        self._paint_container(painter, layout.container)
        self._paint_test_table(painter, layout.table)
        theme = self.theme
        text = self.message()
        painter.setPen(theme.color("accent") if self.message_key == "open" else theme.color("text"))
        font = theme.font(26, QFont.Weight.DemiBold)
        # Long hints wrap over up to three lines; shrink if even that does not fit.
        lines = max(1.0, layout.message.height() / (font.pixelSize() * 1.3))
        if lines < 3:
            font.setPixelSize(max(8, int(layout.message.height() / 3.9)))
        painter.setFont(font)
        painter.drawText(layout.message, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, text)

    def _paint_container(self, painter: QPainter, area: QRectF) -> None:
        """A 20-foot shipping container from the side, its doors on the right; amber inside."""
        theme = self.theme
        height = min(area.height(), area.width() * 0.42)
        box = QRectF(area.left(), area.center().y() - height / 2, area.width(), height)
        body_colour = QColor(theme.series(5)) if not theme.high_contrast else theme.color("surface_raised")
        door_w = box.width() * 0.28
        door_area = QRectF(box.right() - door_w, box.top(), door_w, box.height())
        # Inside: dark hold with Baltic amber, visible as the doors swing open.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("background").darker(120))
        painter.drawRect(door_area)
        if self.door_open > 0:
            amber = QColor("#F5A623")
            for i in range(6):
                x = door_area.left() + door_area.width() * (0.15 + 0.13 * i)
                y = door_area.bottom() - door_area.height() * (0.18 + 0.12 * (i % 3))
                r = door_area.width() * (0.09 + 0.02 * (i % 2))
                amber.setAlphaF(min(1.0, self.door_open * 1.5))
                painter.setBrush(amber)
                painter.drawEllipse(QPointF(x, y), r, r * 0.75)
        painter.setBrush(body_colour)
        painter.setPen(QPen(theme.color("text"), theme.px(3)))
        painter.drawRect(QRectF(box.left(), box.top(), box.width() - door_w, box.height()))
        rib_pen = QPen(body_colour.darker(140), theme.px(4))
        painter.setPen(rib_pen)
        ribs = 12
        for i in range(1, ribs):
            x = box.left() + (box.width() - door_w) * i / ribs
            painter.drawLine(QPointF(x, box.top() + theme.px(6)), QPointF(x, box.bottom() - theme.px(6)))
        painter.setPen(theme.color("text"))
        painter.setFont(fitted_font(theme, 30, "VIZIUM", (box.width() - door_w) * 0.5, QFont.Weight.Black))
        painter.drawText(QRectF(box.left(), box.top(), box.width() - door_w, box.height()),
                         Qt.AlignmentFlag.AlignCenter, "VIZIUM")
        # Two doors hinge on the outer edges; a swing shrinks their visible width.
        swing = math.cos(self.door_open * math.pi * 0.45)
        half = door_w / 2
        for side in (0, 1):
            width = half * swing
            left = door_area.left() if side == 0 else door_area.right() - width
            door = QRectF(left, box.top(), width, box.height())
            painter.setBrush(body_colour.lighter(110))
            painter.setPen(QPen(theme.color("text"), theme.px(3)))
            painter.drawRect(door)
            painter.setPen(QPen(body_colour.darker(150), theme.px(4)))
            for f in (0.33, 0.66):
                x = door.left() + door.width() * f
                painter.drawLine(QPointF(x, door.top() + theme.px(6)), QPointF(x, door.bottom() - theme.px(6)))
        # The padlock: shackle closed or lifted, and a keyhole or a tick.
        lock_w = min(door_w * 0.42, box.height() * 0.3)
        lock = QRectF(door_area.center().x() - lock_w / 2, box.center().y() - lock_w * 0.2, lock_w, lock_w * 0.8)
        if self.door_open > 0:  # the opened padlock drops to the floor of the container
            lock.translate(0, (box.bottom() - lock.bottom() - theme.px(4)) * min(1.0, self.door_open * 1.5))
        shackle = QRectF(lock.left() + lock_w * 0.2, lock.top() - lock_w * (0.55 + 0.25 * self.door_open),
                         lock_w * 0.6, lock_w * 0.9)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(theme.color("text_muted"), lock_w * 0.14))
        painter.drawArc(shackle, 0, 180 * 16)
        painter.drawLine(QPointF(shackle.left(), shackle.center().y()),
                         QPointF(shackle.left(), lock.top()))
        if self.door_open == 0:
            painter.drawLine(QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), lock.top()))
        painter.setBrush(theme.color("accent"))
        painter.setPen(QPen(theme.color("accent_text"), theme.px(2)))
        painter.drawRoundedRect(lock, lock_w * 0.12, lock_w * 0.12)
        if self.door_open > 0:
            draw_tick(painter, lock.center(), lock_w * 0.5, True, theme.color("accent_text"))
        else:
            painter.setBrush(theme.color("accent_text"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QPointF(lock.center().x(), lock.center().y() - lock_w * 0.08), lock_w * 0.1,
                                lock_w * 0.1)
            painter.drawRect(QRectF(lock.center().x() - lock_w * 0.04, lock.center().y() - lock_w * 0.05,
                                    lock_w * 0.08, lock_w * 0.25))

    def _paint_test_table(self, painter: QPainter, area: QRectF) -> None:
        """The lock's test: each input pair, what the circuit gave, right or wrong."""
        theme = self.theme
        headers = ["A", "B", self.slot_name("SUM"), self.slot_name("CARRY"), ""]
        shares = [0.12, 0.12, 0.3, 0.3, 0.16]
        row_h = area.height() / 5
        revealed = 0
        if self.verdict is not None:
            revealed = 4 if self.test_elapsed_s is None else min(4, int(self.test_elapsed_s / TEST_ROW_S) + 1)
        font_px = max(8, int(row_h * 0.55))
        x_positions = []
        x = area.left()
        for share in shares:
            x_positions.append((x, area.width() * share))
            x += area.width() * share
        for col, header in enumerate(headers):
            left, width = x_positions[col]
            font = fitted_font(theme, 26, header, width * 0.92, QFont.Weight.Bold)
            font.setPixelSize(min(font.pixelSize(), font_px))
            painter.setFont(font)
            painter.setPen(theme.color("text_muted"))
            painter.drawText(QRectF(left, area.top(), width, row_h), Qt.AlignmentFlag.AlignCenter, header)
        cell_font = theme.font(10, QFont.Weight.Bold)
        cell_font.setPixelSize(font_px)
        painter.setFont(cell_font)
        for index, (a, b) in enumerate(((0, 0), (0, 1), (1, 0), (1, 1))):
            top = area.top() + (index + 1) * row_h
            row_rect = QRectF(area.left(), top, area.width(), row_h)
            if self.test_elapsed_s is not None and index == revealed - 1:
                painter.setBrush(theme.color("surface_raised"))
                painter.setPen(QPen(theme.color("accent"), theme.px(2)))
                painter.drawRoundedRect(row_rect.adjusted(0, 1, 0, -1), row_h * 0.25, row_h * 0.25)
            else:
                painter.setPen(QPen(theme.color("outline"), theme.px(1)))
                painter.drawLine(row_rect.bottomLeft(), row_rect.bottomRight())
            cells: list[str] = [str(a), str(b), "?", "?"]
            row = self.verdict.rows[index] if self.verdict is not None and index < revealed else None
            if row is not None and row.got_sum is not None:
                cells[2], cells[3] = str(row.got_sum), str(row.got_carry)
            elif row is not None:
                cells[2] = cells[3] = "–"
            painter.setPen(theme.color("text"))
            for col, text in enumerate(cells):
                left, width = x_positions[col]
                painter.drawText(QRectF(left, top, width, row_h), Qt.AlignmentFlag.AlignCenter, text)
            if row is not None:
                left, width = x_positions[4]
                draw_tick(painter, QPointF(left + width / 2, top + row_h / 2), row_h * 0.55, row.ok,
                          theme.color("good") if row.ok else theme.color("danger"))

    def _paint_tray(self, painter: QPainter, layout: AdderLayout) -> None:
        theme = self.theme
        painter.setBrush(theme.color("surface"))
        painter.setPen(QPen(theme.color("outline"), theme.px(2)) if theme.high_contrast else Qt.PenStyle.NoPen)
        painter.drawRoundedRect(layout.tray, theme.px(24), theme.px(24))
        for kind, tile in layout.tiles.items():
            selected = kind == self.selected_kind
            painter.setBrush(theme.color("surface_raised"))
            painter.setPen(QPen(theme.color("accent"), theme.px(5)) if selected else
                           QPen(theme.color("outline"), theme.px(2)))
            painter.drawRoundedRect(tile, theme.px(16), theme.px(16))
            gate_rect = tile.adjusted(tile.width() * 0.18, tile.height() * 0.16, -tile.width() * 0.18,
                                      -tile.height() * 0.16)
            draw_gate(painter, theme, kind, gate_rect, selected)
        hint = self.tr("Drag a gate into a slot, or tap a gate and then a slot. Tap a pin to change its wire.")
        painter.setPen(theme.color("text_muted"))
        font = theme.font(24)
        if layout.tray_hint.width() * layout.tray_hint.height() < (font.pixelSize() ** 2) * len(hint) * 0.9:
            font.setPixelSize(max(8, int(font.pixelSize() * 0.8)))
        painter.setFont(font)
        painter.drawText(layout.tray_hint, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
                         | Qt.TextFlag.TextWordWrap, hint)
