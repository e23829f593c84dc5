"""Level 1: a byte of lamps. Tap lamps on and off; the number appears in binary and decimal."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QWidget

from exhibits.logic_gates import model
from exhibits.logic_gates.drawing import box_font, draw_lamp, draw_tick, fitted_font
from exhibits.logic_gates.scene import LevelScene

SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


class BinaryScene(LevelScene):
    """Eight lamps worth 128 ... 1; challenges ask for a number such as 13 or 100."""

    challenge_count = len(model.BINARY_TARGETS)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bits = [0] * model.BYTE_BITS
        self.taps = 0
        self.fewest_taps = 0
        self.start_challenge()

    # -- state ----------------------------------------------------------------------------------
    @property
    def value(self) -> int:
        return model.from_bits(self.bits)

    @property
    def target(self) -> int:
        return model.BINARY_TARGETS[min(self.challenge_index, self.challenge_count - 1)]

    def start_challenge(self) -> None:
        self.taps = 0
        self.fewest_taps = model.flips_needed(self.value, self.target)

    def reset(self) -> None:
        self.bits = [0] * model.BYTE_BITS
        super().reset()

    def toggle(self, index: int) -> None:
        """Tap on lamp `index` (0 = the 128 lamp): switch it and check the challenge."""
        self.bits[index] ^= 1
        self.taps += 1
        self.recorded.emit("lamp", {"place": model.place_values()[index], "on": bool(self.bits[index])})
        if (not self.waiting_for_next and self.solved_count <= self.challenge_index
                and self.value == self.target):
            self.mark_solved(model.tap_score(self.taps, self.fewest_taps))
        self.status_changed.emit()
        self.update()

    def challenge_text(self) -> str:
        if self.waiting_for_next:
            return self.tr("Well done! {number} in binary is {bits}.").format(
                number=self.target, bits=model.binary_text(self.target))
        if self.level_done:
            return self.tr("You count like a computer! Now try level 2: logic gates.")
        return self.tr("Light the lamps to show {number}.").format(number=self.target)

    # -- geometry -------------------------------------------------------------------------------
    def _columns(self) -> list[QRectF]:
        """One cell per lamp: a row of eight, or two rows of four on a tall screen."""
        margin = self.theme.px(12)
        rows = 2 if self.height() > self.width() else 1
        per_row = model.BYTE_BITS // rows
        width = (self.width() - 2 * margin) / per_row
        top, height = self.height() * 0.02, self.height() * 0.56 / rows
        return [QRectF(margin + (i % per_row) * width, top + (i // per_row) * height, width, height)
                for i in range(model.BYTE_BITS)]

    def _chip(self, column: QRectF) -> QRectF:
        """The place-value label above a lamp: a pill whose height suits its width."""
        height = min(column.height() * 0.16, column.width() * 0.34)
        return QRectF(column.center().x() - column.width() * 0.42, column.top(), column.width() * 0.84, height)

    def _lamp_radius(self) -> float:
        column = self._columns()[0]
        free = column.height() - self._chip(column).height() - self.theme.text_px(34) - self.theme.px(12)
        return max(8.0, min(column.width() * 0.36, free / 2.9))

    def lamp_centre(self, index: int) -> QPointF:
        """Where lamp `index` is drawn (tests tap here)."""
        column = self._columns()[index]
        radius = self._lamp_radius()
        chip_bottom = self._chip(column).bottom()
        middle = chip_bottom + (column.bottom() - chip_bottom - self.theme.text_px(34)) * 0.45
        return QPointF(column.center().x(), max(middle, chip_bottom + radius * 1.45))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for index, column in enumerate(self._columns()):
            if column.contains(event.position()):
                self.toggle(index)
                return

    # -- painting -------------------------------------------------------------------------------
    def paint_scene(self, painter: QPainter) -> None:
        theme = self.theme
        radius = self._lamp_radius()
        places = model.place_values()
        target_bits = model.to_bits(self.target)
        for index, column in enumerate(self._columns()):
            centre = self.lamp_centre(index)
            on = bool(self.bits[index])
            # The place value chip above the lamp: the whole idea of binary in one number.
            chip = self._chip(column)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.color("surface_raised"))
            painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
            painter.setPen(theme.color("accent") if on else theme.color("text"))
            painter.setFont(fitted_font(theme, 34, str(places[index]), chip.width() * 0.85, QFont.Weight.Bold))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, str(places[index]))
            # Socket below the bulb.
            socket = QRectF(centre.x() - radius * 0.45, centre.y() + radius * 0.92, radius * 0.9, radius * 0.55)
            painter.setBrush(theme.color("outline"))
            painter.setPen(QPen(theme.color("text_muted"), theme.px(2)))
            painter.drawRoundedRect(socket, theme.px(4), theme.px(4))
            draw_lamp(painter, theme, centre, radius, on)
            power = "2" + str(7 - index).translate(SUPERSCRIPTS)
            painter.setPen(theme.color("text_muted"))
            painter.setFont(theme.font(24))
            below = QRectF(column.left(), socket.bottom() + theme.px(4), column.width(), theme.text_px(34))
            painter.drawText(below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, power)
            # During a challenge, a small marker under a lamp that still differs would give it
            # away; only once solved do we underline the lamps of the answer.
            if self.waiting_for_next and target_bits[index]:
                painter.setPen(QPen(theme.color("good"), theme.px(6), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                painter.drawLine(QPointF(column.left() + column.width() * 0.25, below.bottom()),
                                 QPointF(column.right() - column.width() * 0.25, below.bottom()))
        hint = self.tr("Each lamp is worth twice the lamp on its right. Add up the lit ones!")
        hint_box = QRectF(theme.px(12), self.height() * 0.6, self.width() - theme.px(24), self.height() * 0.08)
        painter.setPen(theme.color("text_muted"))
        painter.setFont(fitted_font(theme, 28, hint, hint_box.width()))
        painter.drawText(hint_box, Qt.AlignmentFlag.AlignCenter, hint)
        self._paint_readout(painter)

    def _paint_readout(self, painter: QPainter) -> None:
        theme = self.theme
        margin = theme.px(12)
        panel = QRectF(margin, self.height() * 0.7, self.width() - 2 * margin, self.height() * 0.3 - margin)
        painter.setPen(QPen(theme.color("outline"), theme.px(2)) if theme.high_contrast else Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("surface"))
        painter.drawRoundedRect(panel, theme.px(24), theme.px(24))
        value = self.value
        label_h = panel.height() * 0.22
        fields = [
            (self.tr("binary"), model.binary_text(value), 0.0, 0.42),
            (self.tr("decimal"), str(value), 0.42, 0.26),
            (self.tr("goal"), str(self.target), 0.68, 0.32),
        ]
        for position, (label, text, start, share) in enumerate(fields):
            box = QRectF(panel.left() + panel.width() * start, panel.top() + theme.px(8),
                         panel.width() * share, panel.height() * 0.62)
            painter.setPen(theme.color("text_muted"))
            painter.setFont(box_font(label, box.width() * 0.9, min(label_h * 0.6, theme.text_px(34))))
            painter.drawText(QRectF(box.left(), box.top(), box.width(), label_h),
                             Qt.AlignmentFlag.AlignCenter, label)
            value_box = QRectF(box.left(), box.top() + label_h, box.width(), box.height() - label_h)
            tick_size = min(value_box.height() * 0.45, value_box.width() * 0.2)
            text_box = value_box.adjusted(0, 0, -tick_size * 1.2, 0) if position == 2 else value_box
            font = box_font(text, text_box.width() * 0.8, min(value_box.height() * 0.7, theme.text_px(110)),
                            QFont.Weight.Bold, "DejaVu Sans Mono" if position == 0 else None)
            painter.setFont(font)
            painter.setPen(theme.color("accent") if position == 1 else theme.color("text"))
            painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, text)
            if position == 2 and value == self.target:
                text_w = QFontMetricsF(font).horizontalAdvance(text)
                tick_x = min(text_box.center().x() + text_w / 2 + tick_size * 0.9, value_box.right() - tick_size / 2)
                draw_tick(painter, QPointF(tick_x, value_box.center().y()), tick_size, True, theme.color("good"))
        terms = model.sum_terms(value)
        sum_text = (" + ".join(str(t) for t in terms) + f" = {value}") if terms else self.tr("All lamps off = 0")
        line = QRectF(panel.left() + theme.px(16), panel.top() + panel.height() * 0.68,
                      panel.width() - theme.px(32), panel.height() * 0.28)
        painter.setFont(box_font(sum_text, line.width(), min(line.height() * 0.6, theme.text_px(56)),
                                 QFont.Weight.DemiBold))
        painter.setPen(theme.color("text"))
        painter.drawText(line, Qt.AlignmentFlag.AlignCenter, sum_text)
