"""The block editor: a palette of instruction blocks and the program they snap into.

Tap a palette block to add it at the end; drag it to snap it anywhere, also inside a Repeat or
an If; drag a program block to move it, or out of the program to take it away; tap a Repeat's
number to change how often it runs. The program itself is plain data (model.Block lists).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from exhibits.pilot_boat.model import (
    REPEAT_RANGE,
    Block,
    Path,
    Program,
    block_at,
    block_count,
    insert_block,
    move_block,
    remove_block,
)
from kiosk.exhibit import ThemedMixin, current_theme, fitted_font

#: Colours by kind: moves, loops and checks look different (and carry a symbol as well).
KIND_COLOURS = {"forward": "#56B4E9", "left": "#56B4E9", "right": "#56B4E9", "repeat": "#E69F00",
                "if_buoy": "#CC79A7"}
KIND_SYMBOLS = {"forward": "↑", "left": "↰", "right": "↱", "repeat": "↻", "if_buoy": "?"}
DARK_TEXT = QColor("#0B1B34")
#: How far a finger must move before a press becomes a drag (design pixels).
DRAG_START_PX = 14


@dataclass
class _Row:
    path: Path
    header: QRectF
    footer: QRectF | None  # the bottom arm of a Repeat or If
    body_left: float


class ProgramEditor(ThemedMixin, QWidget):
    """Palette on the left, the program on the right; emits changed() and refused(reason)."""

    changed = Signal()
    refused = Signal(str)  # "full" (block limit) or "running" (the program is being run)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.program: Program = []
        self.kinds: tuple[str, ...] = ()
        self.max_blocks = 10
        self.locked = False
        self.lit_path: Path | None = None
        self.labels: dict[str, str] = {}
        self.empty_text = ""
        self.remove_text = ""
        self._press: tuple[str, object] | None = None  # ("palette", kind) | ("program", path) | ("badge", path)
        self._press_pos = QPointF()
        self._drag_pos: QPointF | None = None
        self._rows: list[_Row] = []
        self._slots: list[tuple[Path, int, float, float]] = []  # container, index, y, x

    def sizeHint(self) -> QSize:
        return QSize(current_theme().px(760), current_theme().px(520))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(420), current_theme().px(300))

    # -- set-up -----------------------------------------------------------------------------------

    def set_level(self, kinds: tuple[str, ...], max_blocks: int) -> None:
        self.kinds, self.max_blocks = kinds, max_blocks
        self.program = []
        self.lit_path = None
        self.update()

    def set_texts(self, labels: dict[str, str], empty_text: str, remove_text: str) -> None:
        """Block labels by kind (the repeat label holds "{count}"), and the hints."""
        self.labels, self.empty_text, self.remove_text = labels, empty_text, remove_text
        self.update()

    def set_lit(self, path: Path | None) -> None:
        if path != self.lit_path:
            self.lit_path = path
            self.update()

    def label(self, block: Block) -> str:
        return self.labels.get(block.kind, block.kind).format(count=block.count)

    # -- geometry ---------------------------------------------------------------------------------

    def palette_rect(self) -> QRectF:
        theme = current_theme()
        width = max(theme.px(230), self.width() * 0.36)
        return QRectF(0, 0, width, self.height())

    def program_rect(self) -> QRectF:
        gap = current_theme().px(14)
        left = self.palette_rect().right() + gap
        return QRectF(left, 0, self.width() - left, self.height())

    def palette_item(self, kind: str) -> QRectF:
        theme = current_theme()
        area = self.palette_rect()
        gap = theme.px(10)
        count = max(1, len(self.kinds))
        height = min(theme.px(84), (area.height() - gap * (count - 1)) / count)
        index = self.kinds.index(kind)
        return QRectF(area.left(), area.top() + index * (height + gap), area.width(), height)

    def _layout(self) -> None:
        """Rows of the program and the drop places between them, shrunk to fit the height."""
        theme = current_theme()
        area = self.program_rect().adjusted(theme.px(12), theme.px(12), -theme.px(12), -theme.px(12))
        row_h = float(theme.px(64))
        for _ in range(2):
            self._rows, self._slots = [], []
            bottom = self._lay(self.program, (), area.left(), area.top(), area.right(), row_h)
            used = bottom - area.top()
            if used <= area.height() or row_h <= theme.px(34):
                break
            row_h = max(float(theme.px(34)), row_h * area.height() / used * 0.97)
        self._row_h = row_h

    def _lay(self, blocks: list[Block], container: Path, left: float, top: float, right: float,
             row_h: float) -> float:
        theme = current_theme()
        gap, indent = theme.px(6), theme.px(40)
        y = top
        for index, block in enumerate(blocks):
            path = (*container, index)
            self._slots.append((container, index, y - gap / 2, left))
            header = QRectF(left, y, right - left, row_h)
            y += row_h + gap
            footer = None
            if block.holds_body:
                if block.body:
                    y = self._lay(block.body, path, left + indent, y, right, row_h)
                else:
                    self._slots.append((path, 0, y + row_h * 0.3, left + indent))
                    y += row_h * 0.6 + gap
                footer = QRectF(left, y, right - left, row_h * 0.3)
                y += row_h * 0.3 + gap
            self._rows.append(_Row(path, header, footer, left + indent))
        self._slots.append((container, len(blocks), y - gap / 2, left))
        return y

    def block_rect(self, path: Path) -> QRectF:
        """The header of the block at path (tests tap and drag here)."""
        self._layout()
        return next(row.header for row in self._rows if row.path == path)

    def badge_rect(self, path: Path) -> QRectF:
        header = self.block_rect(path)
        return self._badge(header)

    def _badge(self, header: QRectF) -> QRectF:
        size = header.height() * 0.84
        return QRectF(header.right() - size * 1.4 - header.height() * 0.08, header.top() + header.height() * 0.08,
                      size * 1.4, size)

    def drop_point(self, container: Path, index: int) -> QPointF:
        """A point where a drop lands at (container, index)."""
        self._layout()
        for slot_container, slot_index, y, x in self._slots:
            if (slot_container, slot_index) == (container, index):
                return QPointF(x + current_theme().px(60), y)
        raise KeyError((container, index))

    def _hit(self, pos: QPointF) -> tuple[str, object] | None:
        if self.palette_rect().contains(pos):
            for kind in self.kinds:
                if self.palette_item(kind).contains(pos):
                    return ("palette", kind)
            return None
        self._layout()
        for row in self._rows:
            if row.header.contains(pos):
                if block_at(self.program, row.path).kind == "repeat" and self._badge(row.header).contains(pos):
                    return ("badge", row.path)
                return ("program", row.path)
            if row.footer is not None and row.footer.contains(pos):
                return ("program", row.path)
        return None

    def _drop_slot(self, pos: QPointF) -> tuple[Path, int] | None:
        if not self.program_rect().contains(pos):
            return None
        self._layout()
        moving: Path | None = self._press[1] if self._press and self._press[0] == "program" else None  # type: ignore[assignment]
        best, best_distance = None, float("inf")
        for container, index, y, x in self._slots:
            if moving is not None and container[:len(moving)] == moving:
                continue  # not into itself
            distance = abs(pos.y() - y) + 0.25 * abs(pos.x() - x - current_theme().px(40))
            if distance < best_distance:
                best, best_distance = (container, index), distance
        return best

    # -- touches ----------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.locked:
            self.refused.emit("running")
            return
        self._press = self._hit(event.position())
        self._press_pos = event.position()
        self._drag_pos = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self._press[0] == "badge":
            return
        pos = event.position()
        if self._drag_pos is None and (pos - self._press_pos).manhattanLength() < current_theme().px(DRAG_START_PX):
            return
        self._drag_pos = pos
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        dragged, self._drag_pos = self._drag_pos is not None, None
        if press is None:
            return
        source, what = press
        if not dragged:
            if source == "palette":
                self._add(str(what), (), len(self.program))
            elif source == "badge":
                block = block_at(self.program, what)  # type: ignore[arg-type]
                low, high = REPEAT_RANGE
                block.count = low if block.count >= high else block.count + 1
                self.changed.emit()
            self.update()
            return
        self._press = press  # _drop_slot needs to know what moves
        slot = self._drop_slot(event.position())
        self._press = None
        if source == "palette" and slot is not None:
            self._add(str(what), *slot)
        elif source == "program":
            if slot is None:
                remove_block(self.program, what)  # type: ignore[arg-type]
            else:
                move_block(self.program, what, *slot)  # type: ignore[arg-type]
            self.changed.emit()
        self.update()

    def _add(self, kind: str, container: Path, index: int) -> None:
        if block_count(self.program) >= self.max_blocks:
            self.refused.emit("full")
            return
        insert_block(self.program, container, index, Block(kind))
        self.changed.emit()

    def clear(self) -> None:
        self.program.clear()
        self.lit_path = None
        self.changed.emit()
        self.update()

    # -- painting ---------------------------------------------------------------------------------

    def _block_font(self) -> QFont:
        return current_theme().font(22, QFont.Weight.DemiBold)

    def _paint_block(self, painter: QPainter, rect: QRectF, kind: str, text: str, *, lit: bool = False,
                     badge: str | None = None) -> None:
        theme = current_theme()
        radius = min(rect.height() / 2, theme.px(14))
        colour = QColor(KIND_COLOURS[kind])
        if theme.high_contrast:
            painter.setPen(QPen(colour, theme.px(4)))
            painter.setBrush(theme.color("surface"))
            text_colour = theme.color("text")
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour.lighter(125) if lit else colour)
            text_colour = DARK_TEXT
        painter.drawRoundedRect(rect, radius, radius)
        if lit:
            painter.setPen(QPen(theme.color("accent"), theme.px(7)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-theme.px(3), -theme.px(3), theme.px(3), theme.px(3)),
                                    radius, radius)
        pad = theme.px(12)
        symbol_w = rect.height() * 0.8
        painter.setPen(text_colour)
        symbol_font = theme.font(30, QFont.Weight.Bold)
        symbol_font.setPixelSize(round(min(symbol_font.pixelSize(), rect.height() * 0.72)))
        painter.setFont(symbol_font)
        painter.drawText(QRectF(rect.left() + pad, rect.top(), symbol_w, rect.height()), Qt.AlignmentFlag.AlignCenter,
                         KIND_SYMBOLS[kind])
        text_left = rect.left() + pad + symbol_w + theme.px(6)
        text_right = rect.right() - pad
        if badge is not None:
            badge_rect = self._badge(rect)
            text_right = badge_rect.left() - theme.px(6)
            painter.setPen(QPen(text_colour, theme.px(3)))
            painter.setBrush(QColor("#FFFFFF") if not theme.high_contrast else theme.color("surface_raised"))
            painter.drawRoundedRect(badge_rect, badge_rect.height() / 3, badge_rect.height() / 3)
            painter.setFont(fitted_font(badge, self._block_font(), badge_rect.width() - theme.px(6), 0.5))
            painter.setPen(DARK_TEXT if not theme.high_contrast else theme.color("text"))
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)
            painter.setPen(text_colour)
        font = self._block_font()
        font.setPixelSize(round(min(font.pixelSize(), rect.height() * 0.5)))
        font = fitted_font(text, font, max(1.0, text_right - text_left), 0.6)
        painter.setFont(font)
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, round(text_right - text_left))
        painter.drawText(QRectF(text_left, rect.top(), text_right - text_left, rect.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for kind in self.kinds:
            text = self.labels.get(kind, kind).replace("{count}", "N")
            self._paint_block(painter, self.palette_item(kind), kind, text)
        area = self.program_rect()
        path = QPainterPath()
        path.addRoundedRect(area, theme.px(18), theme.px(18))
        painter.fillPath(path, theme.color("surface_raised"))
        if theme.high_contrast:
            painter.setPen(QPen(theme.color("outline"), theme.px(2)))
            painter.drawPath(path)
        self._layout()
        if not self.program:
            painter.setPen(theme.color("text_muted"))
            painter.setFont(theme.font(22))
            painter.drawText(area.adjusted(theme.px(20), theme.px(20), -theme.px(20), -theme.px(20)),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
        for row in self._rows:
            block = block_at(self.program, row.path)
            if row.footer is not None:  # the C shape: a left arm from the header down to the footer
                colour = QColor(KIND_COLOURS[block.kind])
                top = row.header.center().y()
                arm = QRectF(row.header.left(), top, row.body_left - row.header.left() - theme.px(8),
                             row.footer.center().y() - top)
                painter.setPen(QPen(colour, theme.px(4)) if theme.high_contrast else Qt.PenStyle.NoPen)
                painter.setBrush(theme.color("surface") if theme.high_contrast else colour)
                painter.drawRect(arm)
                painter.drawRoundedRect(row.footer, row.footer.height() / 2, row.footer.height() / 2)
            badge = f"×{block.count}" if block.kind == "repeat" else None
            self._paint_block(painter, row.header, block.kind, self.label(block), lit=row.path == self.lit_path,
                              badge=badge)
        if self._drag_pos is not None and self._press is not None:
            self._paint_drag(painter)

    def _paint_drag(self, painter: QPainter) -> None:
        theme = current_theme()
        source, what = self._press  # type: ignore[misc]
        slot = self._drop_slot(self._drag_pos)  # type: ignore[arg-type]
        if slot is not None:
            for container, index, y, x in self._slots:
                if (container, index) == slot:
                    painter.setPen(QPen(theme.color("accent"), theme.px(6)))
                    painter.drawLine(QPointF(x, y), QPointF(self.program_rect().right() - theme.px(12), y))
        block = Block(str(what)) if source == "palette" else block_at(self.program, what)  # type: ignore[arg-type]
        width = min(self.program_rect().width() * 0.8, theme.px(360))
        ghost = QRectF(0, 0, width, self._row_h)
        ghost.moveCenter(self._drag_pos)  # type: ignore[arg-type]
        painter.setOpacity(0.85)
        self._paint_block(painter, ghost, block.kind, self.label(block))
        if source == "program" and slot is None:
            painter.setOpacity(1.0)
            painter.setPen(theme.color("accent"))
            painter.setFont(theme.font(22, QFont.Weight.Bold))
            painter.drawText(QRectF(ghost.left(), ghost.bottom(), ghost.width(), theme.text_px(30)),
                             Qt.AlignmentFlag.AlignCenter, self.remove_text)
        painter.setOpacity(1.0)
