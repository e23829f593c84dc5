"""Pieces the shell's screens share: the language bar, the dimmed overlay with a card, figure tiles."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.exhibit.kit import Card, ThemedLabel, ThemedMixin, TouchButton, fitted_font
from kiosk.exhibit.theme import current_theme

LANGUAGE_NAMES = {"lv": "LV", "en": "EN", "ru": "RU"}


class LanguageBar(QWidget):
    """LV / EN / RU buttons (objectName lang:<code>); the current one is highlighted."""

    language_chosen = Signal(str)

    def __init__(self, languages: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, TouchButton] = {}
        for code in languages:
            button = TouchButton(LANGUAGE_NAMES.get(code, code.upper()), checkable=True)
            button.setObjectName(f"lang:{code}")
            button.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            layout.addWidget(button)
            self.buttons[code] = button

    def set_current(self, language: str) -> None:
        for code, button in self.buttons.items():
            button.setChecked(code == language)


class TabBar(ThemedMixin, QWidget):
    """Exclusive big buttons (objectName choice:<key>) in one row when they fit, else in as few
    rows as needed: a portrait screen with large text wraps the tabs instead of cutting them.
    Emits chosen(key)."""

    chosen = Signal(str)

    def __init__(self, keys: list[str], parent: QWidget | None = None, current: str | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, TouchButton] = {}
        for key in keys:
            button = TouchButton(key, checkable=True)
            button.setObjectName(f"choice:{key}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, k=key: self._on_click(k))
            self._group.addButton(button)
            self._buttons[key] = button
        self._current = current or keys[0]
        self._buttons[self._current].setChecked(True)
        self._columns = 0
        self._arrange()

    def _on_click(self, key: str) -> None:
        if key != self._current:
            self._current = key
            self.chosen.emit(key)

    def current(self) -> str:
        return self._current

    def set_current(self, key: str) -> None:
        self._current = key
        self._buttons[key].setChecked(True)

    def button(self, key: str) -> TouchButton:
        return self._buttons[key]

    def set_texts(self, texts: dict[str, str]) -> None:
        for key, text in texts.items():
            self._buttons[key].setText(text)
            self._buttons[key].updateGeometry()
        self._arrange()

    def _columns_that_fit(self) -> int:
        spacing = current_theme().px(10)
        widest = max(button.sizeHint().width() for button in self._buttons.values())
        count = len(self._buttons)
        if self.width() <= 0:
            return count
        fitting = max(1, (self.width() + spacing) // (widest + spacing))
        if fitting >= count:
            return count
        return math.ceil(count / math.ceil(count / fitting))  # rows as even as they can be

    def _arrange(self) -> None:
        columns = self._columns_that_fit()
        if columns == self._columns:
            return
        self._columns = columns
        for button in self._buttons.values():
            self.grid.removeWidget(button)
        for index, button in enumerate(self._buttons.values()):
            self.grid.addWidget(button, index // columns, index % columns)
        self.updateGeometry()

    def apply_theme(self) -> None:
        spacing = current_theme().px(10)
        self.grid.setHorizontalSpacing(spacing)
        self.grid.setVerticalSpacing(spacing)
        self._columns = 0
        self._arrange()
        super().apply_theme()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()


class WrappingRow(QLayout):
    """A row of buttons that wraps into as many rows as needed when their size hints do not fit
    the width, in order, instead of squeezing them (a portrait card with large Russian text).

    add(widget, stretch) gives a row's spare width to the stretching items; add_stretch() is a
    gap that takes spare width (a Back button pushed to the end). Hidden widgets take no room.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)
        self._items: list[QLayoutItem] = []
        self._stretches: list[int] = []

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self.addWidget(widget)  # addChildWidget, then addItem
        self._stretches[-1] = stretch

    def add_stretch(self, stretch: int = 1) -> None:
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))
        self._stretches[-1] = stretch

    # -- QLayout ---------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._stretches.append(0)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        if not 0 <= index < len(self._items):
            return None
        self._stretches.pop(index)
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        """Everything in one row."""
        widths = [item.sizeHint().width() for item, _ in self._shown()]
        height = max((item.sizeHint().height() for item, _ in self._shown()), default=0)
        return QSize(sum(widths) + self._gap() * max(0, len(widths) - 1), height)

    def minimumSize(self) -> QSize:
        """One item a row: as wide as the widest item may shrink to."""
        shown = self._shown()
        width = max((item.minimumSize().width() for item, _ in shown), default=0)
        return QSize(width, max((item.sizeHint().height() for item, _ in shown), default=0))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    # -- placing ---------------------------------------------------------------------------------

    def _gap(self) -> int:
        return current_theme().px(10)

    def _shown(self) -> list[tuple[QLayoutItem, int]]:
        """Items that take room: a hidden widget does not, and a gap only between shown widgets."""
        return [(item, stretch) for item, stretch in zip(self._items, self._stretches, strict=True)
                if not item.isEmpty() or item.spacerItem() is not None]

    def _rows(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        gap = self._gap()
        rows: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        for item, stretch in self._shown():
            needed = item.sizeHint().width()
            if rows[-1] and used + gap + needed > width:
                rows.append([])
                used = 0
            used += (gap if rows[-1] else 0) + needed
            rows[-1].append((item, stretch))
        # A gap at a row's start or end, or alone, takes no room and makes no row of its own.
        for row in rows:
            while row and row[0][0].spacerItem() is not None:
                row.pop(0)
            while row and row[-1][0].spacerItem() is not None:
                row.pop()
        return [row for row in rows if row]

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the rows out in ``rect`` (when ``move``); returns the height they take."""
        gap = self._gap()
        top = rect.top()
        for index, row in enumerate(self._rows(rect.width())):
            if index:
                top += gap
            height = max(item.sizeHint().height() for item, _ in row)
            if move:
                hints = [item.sizeHint().width() for item, _ in row]
                spare = rect.width() - sum(hints) - gap * (len(row) - 1)
                stretches = [stretch for _, stretch in row]
                total = sum(stretches)
                left = rect.left()
                for (item, stretch), hint in zip(row, hints, strict=True):
                    width = hint + (spare * stretch // total if total and spare > 0 else 0)
                    width = min(width, rect.right() + 1 - left)  # one item wider than the row
                    item.setGeometry(QRect(left, top, width, height))
                    left += width + gap
            top += height
        return top - rect.top()


class Overlay(ThemedMixin, QWidget):
    """A full-window layer that dims what is below and centres a card; eats every touch."""

    def __init__(self, parent: QWidget, *, card_width: float = 900, dim: int = 200) -> None:
        super().__init__(parent)
        self.card_width = card_width
        self.dim = dim
        self.card = QWidget(self)
        self.card_layout = QVBoxLayout(self.card)
        self.hide()

    def open(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.apply_theme()
        self.show()
        self.raise_()
        self.relayout()  # again, now that every child is shown and counts in the card's height

    def close_overlay(self) -> None:
        self.hide()

    def event(self, event: QEvent) -> bool:
        parent = self.parentWidget()
        if event.type() == QEvent.Type.ParentChange and parent is not None:
            self.setGeometry(parent.rect())
        return super().event(event)

    def apply_theme(self) -> None:
        theme = current_theme()
        margin = theme.px(48)
        self.card_layout.setContentsMargins(margin, margin, margin, margin)
        self.card_layout.setSpacing(theme.px(24))
        self.resizeEvent(None)
        super().apply_theme()

    def resizeEvent(self, event) -> None:
        theme = current_theme()
        width = max(200, min(self.width() - theme.px(40), theme.px(self.card_width)))
        self.card.setFixedWidth(width)
        # The height the card's content needs at this width, asked afresh: buttons or texts may
        # have just been added or translated (adjustSize could use a stale size hint).
        layout = self.card_layout
        # Every nested layout too: a card's rows keep the heights of their previous texts (set
        # while hidden, a new text does not tell the layouts), and a longer translation was cut.
        for nested in self.card.findChildren(QLayout):
            nested.invalidate()
            holder = nested.parentWidget()
            if holder is not None and holder is not self.card:
                # Its place in the outer layout remembers its old height until the next event
                # loop pass: a text grown inside it (the camera check's source line) was cut.
                holder.updateGeometry()
        layout.invalidate()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        if needed <= 0:
            needed = layout.totalSizeHint().height()
        self.card.resize(width, max(needed, layout.totalMinimumSize().height()))
        self.card.move((self.width() - self.card.width()) // 2, (self.height() - self.card.height()) // 2)

    def relayout(self) -> None:
        self.resizeEvent(None)

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(0, 0, 0, self.dim))
        rect = QRectF(self.card.geometry())
        path = QPainterPath()
        path.addRoundedRect(rect, theme.px(32), theme.px(32))
        painter.fillPath(path, theme.color("surface"))
        painter.setPen(QPen(theme.color("accent" if theme.high_contrast else "outline"), theme.px(3)))
        painter.drawPath(path)

    # Every press, move and touch stops here instead of reaching the screen below.
    def mousePressEvent(self, event) -> None:
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        event.accept()


class FigureNumber(ThemedLabel):
    """A tile's big number, in smaller type when it would not fit the tile's width: a count of
    skipped frames keeps growing, and a quarter of a portrait card is narrow with large text."""

    def apply_theme(self) -> None:
        super().apply_theme()
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        font = current_theme().font(self.text_size, QFont.Weight.Bold if self.bold else QFont.Weight.Normal)
        width = self.contentsRect().width()
        if width > 0:
            font = fitted_font(self.text(), font, width, smallest=0.4)
        if font != self.font():
            self.setFont(font)


class FigureTile(Card):
    """A big number with its caption, for staff screens (objectName figure:<key>)."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.setObjectName(f"figure:{key}")
        layout = QVBoxLayout(self)
        self.number = FigureNumber("–", size=56, bold=True, accent=True)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = ThemedLabel(size=22, muted=True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def apply_theme(self) -> None:
        margin = current_theme().px(16)
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(margin, margin, margin, margin)
        super().apply_theme()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), theme.px(20), theme.px(20))
        painter.fillPath(path, theme.color("surface_raised"))
        if theme.high_contrast:
            painter.setPen(QPen(theme.color("outline"), theme.px(2)))
            painter.drawPath(path)
