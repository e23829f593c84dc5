"""The experiment's picture: a Galton board pouring balls into its bins, or dice above their
histogram; both with what chance predicts drawn over what happened.

The pegs and bin walls are painted once per size into a pixmap; a frame adds the falling balls,
the bars and the prediction. Bars of the dice histogram can be tapped (a guess).
"""

from __future__ import annotations

import math
import random

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from exhibits.chance.model import DiceExperiment, GaltonBoard, binomial_normal_curve, normal_pdf
from kiosk.exhibit import ThemedMixin, current_theme

#: Pips of each die face on a 3x3 grid (column, row).
PIPS = {
    1: ((1, 1),), 2: ((0, 0), (2, 2)), 3: ((0, 0), (1, 1), (2, 2)), 4: ((0, 0), (2, 0), (0, 2), (2, 2)),
    5: ((0, 0), (2, 0), (1, 1), (0, 2), (2, 2)), 6: ((0, 0), (2, 0), (0, 1), (2, 1), (0, 2), (2, 2)),
}
#: Seconds the dice tumble after a roll before they show the last result.
TUMBLE_S = 0.45


class ChanceView(ThemedMixin, QWidget):
    """Shows the current experiment; ``mode`` is "galton" or "dice"."""

    bar_tapped = Signal(int)  # a dice total

    def __init__(self, board: GaltonBoard, dice: DiceExperiment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 240)
        self.board, self.dice = board, dice
        self.mode = "galton"
        self.guess: int | None = None
        self.legend: tuple[str, str, str] = ("", "", "")
        self.guess_text = ""
        self._background: QPixmap | None = None
        self._background_key: tuple = ()
        self._tumble_s = 0.0
        self._tumble_rng = random.Random(11)  # only for the look of tumbling dice, never a result

    def sizeHint(self) -> QSize:
        return QSize(1000, 800)

    def set_mode(self, mode: str, dice: DiceExperiment | None = None) -> None:
        self.mode = mode
        if dice is not None:
            self.dice = dice
        self._background = None
        self.update()

    def set_texts(self, legend: tuple[str, str, str], guess_text: str) -> None:
        """Legend (what happened, what chance predicts, the bell curve) and the guess marker."""
        self.legend, self.guess_text = legend, guess_text
        self.update()

    def tumble(self) -> None:
        self._tumble_s = TUMBLE_S
        self.update()

    @property
    def animating(self) -> bool:
        return self._tumble_s > 0 or (self.mode == "galton" and self.board.busy)

    def advance(self, dt_s: float) -> None:
        if self._tumble_s > 0:
            self._tumble_s = max(0.0, self._tumble_s - dt_s)
        if self.animating:
            self.update()

    # -- geometry ---------------------------------------------------------------------------------

    def _margins(self) -> QRectF:
        theme = current_theme()
        pad = theme.px(18)
        return QRectF(self.rect()).adjusted(pad, pad, -pad, -pad)

    def _galton_geometry(self) -> tuple[float, float, float, QRectF]:
        """Peg spacing, the board's top, its middle x, and the histogram's rectangle."""
        area = self._margins()
        rows = self.board.rows
        spacing_x = area.width() / (rows + 2)
        spacing_y = self._row_height(spacing_x)
        top = area.top() + spacing_y * 1.8  # room above the first peg for a ball coming in
        histogram_top = top + spacing_y * (rows - 0.3)
        legend_height = len(self._legend_rows(area.width())) * self._legend_line() + current_theme().px(12)
        histogram = QRectF(area.left() + spacing_x * 0.5, histogram_top, spacing_x * (rows + 1),
                           area.bottom() - histogram_top - legend_height)
        return spacing_x, top, area.center().x(), histogram

    def _dice_histogram(self) -> QRectF:
        area = self._margins()
        top = area.top() + area.height() * 0.3
        return QRectF(area.left(), top, area.width(), area.bottom() - top - current_theme().text_px(40))

    def bar_rect(self, total: int) -> QRectF:
        """The full-height column of one dice total (where a tap guesses it)."""
        histogram = self._dice_histogram()
        totals = list(self.dice.counts)
        width = histogram.width() / len(totals)
        return QRectF(histogram.left() + totals.index(total) * width, histogram.top(), width, histogram.height())

    # -- painting ---------------------------------------------------------------------------------

    def apply_theme(self) -> None:
        self._background = None
        super().apply_theme()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._background = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        key = (self.mode, self.width(), self.height(), current_theme())
        if self._background is None or key != self._background_key:
            self._background = self._paint_background()
            self._background_key = key
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawPixmap(0, 0, self._background)
        if self.mode == "galton":
            self._paint_galton(painter)
        else:
            self._paint_dice(painter)
        self._paint_legend(painter)

    def _paint_background(self) -> QPixmap:
        theme = current_theme()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(theme.color("background"))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.mode == "galton":
            spacing, top, middle, histogram = self._galton_geometry()
            rows = self.board.rows
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.color("text_muted"))
            radius = max(2.0, spacing * 0.09)
            for row in range(rows):
                for peg in range(row + 1):
                    x = middle + (peg - row / 2) * spacing
                    painter.drawEllipse(QPointF(x, top + row * self._row_height(spacing)), radius, radius)
            painter.setPen(QPen(theme.color("outline"), theme.px(3)))
            for wall in range(rows + 2):
                x = histogram.left() + wall * spacing
                painter.drawLine(QPointF(x, histogram.top()), QPointF(x, histogram.bottom()))
            painter.drawLine(histogram.bottomLeft(), histogram.bottomRight())
        else:
            histogram = self._dice_histogram()
            painter.setPen(QPen(theme.color("outline"), theme.px(3)))
            painter.drawLine(histogram.bottomLeft(), histogram.bottomRight())
            painter.setPen(theme.color("text"))
            painter.setFont(theme.font(24, QFont.Weight.Bold))
            for total in self.dice.counts:
                column = self.bar_rect(total)
                label = QRectF(column.left(), column.bottom() + theme.px(4), column.width(), theme.text_px(34))
                painter.drawText(label, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(total))
        painter.end()
        return pixmap

    def _row_height(self, spacing_x: float) -> float:
        area = self._margins()
        return min(spacing_x * 0.85, area.height() * 0.5 / (self.board.rows + 1.8))

    def _bar_scale(self, counts: list[int], expected: list[float], height: float) -> float:
        tallest = max([*counts, *expected, 1.0])
        return height * 0.9 / tallest

    def _paint_bars(self, painter: QPainter, columns: list[QRectF], counts: list[int], expected: list[float]) -> float:
        theme = current_theme()
        scale = self._bar_scale(counts, expected, columns[0].height())
        painter.setPen(QPen(theme.color("outline"), theme.px(1)) if theme.high_contrast else Qt.PenStyle.NoPen)
        painter.setBrush(theme.series(0))
        for column, count in zip(columns, counts, strict=True):
            height = count * scale
            inset = column.width() * 0.12
            painter.drawRect(QRectF(column.left() + inset, column.bottom() - height, column.width() - 2 * inset,
                                    height))
        # what chance predicts: a marker on every column (shape and colour differ from the bars)
        painter.setPen(QPen(QColor("#0B1B34"), theme.px(3)))
        painter.setBrush(theme.series(1))
        radius = max(theme.px(7), min(column.width() * 0.14, theme.px(12)))
        for column, value in zip(columns, expected, strict=True):
            painter.drawEllipse(QPointF(column.center().x(), column.bottom() - value * scale), radius, radius)
        return scale

    def _paint_galton(self, painter: QPainter) -> None:
        theme = current_theme()
        spacing, top, middle, histogram = self._galton_geometry()
        board = self.board
        total = board.total
        columns = [QRectF(histogram.left() + k * spacing, histogram.top(), spacing, histogram.height())
                   for k in range(board.rows + 1)]
        expected = [total * chance for chance in board.expected()]
        scale = self._paint_bars(painter, columns, board.counts, expected)
        if total and 0 < board.p_right < 1:  # the bell curve with the same area as the bars
            mean, sd = binomial_normal_curve(board.rows, board.p_right)
            path = QPainterPath()
            steps = 120
            for step in range(steps + 1):
                k = -0.5 + (board.rows + 1) * step / steps
                x = histogram.left() + (k + 0.5) * spacing
                y = histogram.bottom() - total * normal_pdf(k, mean, sd) * scale
                y = max(histogram.top(), y)
                path.moveTo(x, y) if step == 0 else path.lineTo(x, y)
            painter.setPen(QPen(theme.series(2), theme.px(4)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setPen(QPen(QColor("#0B1B34"), theme.px(2)))
        painter.setBrush(theme.color("accent"))
        radius = max(3.0, spacing * 0.16)
        row_height = self._row_height(spacing)
        for ball in board.falling:
            x, y = ball.position()
            painter.drawEllipse(QPointF(middle + x * spacing, top + (y - 0.55) * row_height), radius, radius)

    def _paint_dice(self, painter: QPainter) -> None:
        theme = current_theme()
        dice = self.dice
        columns = [self.bar_rect(total) for total in dice.counts]
        expected = [dice.total * float(chance) for chance in dice.distribution().values()]
        if self.guess is not None and self.guess in dice.counts:
            column = self.bar_rect(self.guess)
            painter.setPen(QPen(theme.color("accent"), theme.px(5), Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(column.adjusted(theme.px(3), 0, -theme.px(3), 0), theme.px(10), theme.px(10))
            painter.setPen(theme.color("accent"))
            painter.setFont(theme.font(20, QFont.Weight.Bold))
            painter.drawText(QRectF(column.center().x() - theme.px(120), column.top() - theme.text_px(30),
                                    theme.px(240), theme.text_px(28)), Qt.AlignmentFlag.AlignCenter, self.guess_text)
        self._paint_bars(painter, columns, list(dice.counts.values()), expected)
        # the dice themselves, above the histogram
        area = self._margins()
        size = min(area.height() * 0.2, area.width() / 4)
        faces = dice.last_roll or tuple(range(1, dice.dice + 1))
        if self._tumble_s > 0:
            faces = tuple(self._tumble_rng.randint(1, 6) for _ in faces)
        gap = size * 0.35
        left = area.center().x() - (len(faces) * size + (len(faces) - 1) * gap) / 2
        for index, face in enumerate(faces):
            tilt = math.sin(self._tumble_s * 40 + index) * 14 if self._tumble_s > 0 else 0.0
            self._paint_die(painter, QPointF(left + index * (size + gap) + size / 2, area.top() + size * 0.6), size,
                            face, tilt)

    def _paint_die(self, painter: QPainter, centre: QPointF, size: float, face: int, tilt_deg: float) -> None:
        theme = current_theme()
        painter.save()
        painter.translate(centre)
        painter.rotate(tilt_deg)
        painter.setPen(QPen(theme.color("outline"), theme.px(3)))
        painter.setBrush(QColor("#F5F7FA"))
        painter.drawRoundedRect(QRectF(-size / 2, -size / 2, size, size), size * 0.16, size * 0.16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#0B1B34"))
        for column, row in PIPS.get(face, ()):
            painter.drawEllipse(QPointF((column - 1) * size * 0.28, (row - 1) * size * 0.28), size * 0.09, size * 0.09)
        painter.restore()

    def _legend_entries(self) -> list[tuple[str, str]]:
        entries = [(self.legend[0], "bar"), (self.legend[1], "dot")]
        if self.mode == "galton":
            entries.append((self.legend[2], "line"))
        return entries

    def _legend_font(self) -> QFont:
        return current_theme().font(19, QFont.Weight.DemiBold)

    def _legend_line(self) -> float:
        return QFontMetrics(self._legend_font()).height() + current_theme().px(6)

    def _legend_rows(self, width: float) -> list[list[tuple[str, str, float]]]:
        """The legend's entries packed into rows that fit the width (Russian wraps to more rows)."""
        theme = current_theme()
        metrics = QFontMetrics(self._legend_font())
        rows: list[list[tuple[str, str, float]]] = [[]]
        used = 0.0
        for text, symbol in self._legend_entries():
            entry_width = metrics.horizontalAdvance(text) + theme.px(34 + 28)
            if rows[-1] and used + entry_width > width:
                rows.append([])
                used = 0.0
            rows[-1].append((text, symbol, entry_width))
            used += entry_width
        return rows

    def _paint_legend(self, painter: QPainter) -> None:
        """Below the bins on the Galton board; above the histogram, left of the dice, for dice."""
        theme = current_theme()
        area = self._margins()
        painter.setFont(self._legend_font())
        line = self._legend_line()
        if self.mode == "galton":
            rows = self._legend_rows(area.width())
            top = area.bottom() - len(rows) * line
        else:
            rows = [[entry] for row in self._legend_rows(0) for entry in row]  # one entry per row
            top = area.top() + area.height() * 0.3 - line * len(rows) - theme.px(8)
        for index, row in enumerate(rows):
            y = top + index * line + line / 2
            left = area.left()
            for text, symbol, entry_width in row:
                if symbol == "bar":
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(theme.series(0))
                    painter.drawRect(QRectF(left, y - theme.px(9), theme.px(24), theme.px(18)))
                elif symbol == "dot":
                    painter.setPen(QPen(QColor("#0B1B34"), theme.px(2)))
                    painter.setBrush(theme.series(1))
                    painter.drawEllipse(QPointF(left + theme.px(12), y), theme.px(8), theme.px(8))
                else:
                    painter.setPen(QPen(theme.series(2), theme.px(4)))
                    painter.drawLine(QPointF(left, y), QPointF(left + theme.px(24), y))
                painter.setPen(theme.color("text"))
                painter.drawText(QRectF(left + theme.px(34), y - line / 2, entry_width, line),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
                left += entry_width

    # -- touches ----------------------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.mode != "dice" or event.button() != Qt.MouseButton.LeftButton:
            return
        for total in self.dice.counts:
            if self.bar_rect(total).contains(event.position()):
                self.bar_tapped.emit(total)
                return
