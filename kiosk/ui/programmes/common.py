"""Small widgets the educator pages share: a themed text field, touch tables, programme tiles."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QScroller,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.exhibit.kit import TOUCH_TARGET_PX, ThemedMixin
from kiosk.exhibit.theme import Theme, current_theme
from kiosk.programmes.catalogue import Programme
from kiosk.ui.home import subject_name
from kiosk.ui.programmes.texts import category_text


def fit_lines(text: str, metrics: QFontMetrics, width: float, lines: int) -> str:
    """Word-wrapped into at most ``lines`` lines; the last one ends in an ellipsis if text was cut."""
    result: list[str] = []
    words = text.split()
    while words and len(result) < lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        result.append(line)
    if words:
        result[-1] = metrics.elidedText(f"{result[-1]} {' '.join(words)}", Qt.TextElideMode.ElideRight, int(width))
    return "\n".join(result)


def card_layout(card: QWidget, margin_px: float = 28) -> QVBoxLayout:
    """A vertical layout inside a Card, with the card's padding."""
    theme = current_theme()
    layout = QVBoxLayout(card)
    margin = theme.px(margin_px)
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.setSpacing(theme.px(12))
    return layout


class TouchLineEdit(ThemedMixin, QLineEdit):
    """A large text field in the theme's colours (a station may have an on-screen keyboard)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.apply_theme()

    def apply_theme(self) -> None:
        theme = current_theme()
        self.setFont(theme.font(26))
        self.setMinimumHeight(theme.px(TOUCH_TARGET_PX))
        self.setStyleSheet(
            f"QLineEdit {{ background: {theme.colours['surface_raised']}; color: {theme.colours['text']};"
            f" border: {theme.px(2)}px solid {theme.colours['outline']}; border-radius: {theme.px(14)}px;"
            f" padding: 0 {theme.px(16)}px; }}"
            f" QLineEdit:focus {{ border-color: {theme.colours['accent']}; }}"
        )
        super().apply_theme()


class TouchTable(ThemedMixin, QTableWidget):
    """A read-only table with large rows, scrolled by dragging a finger."""

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(0, columns, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setShowGrid(False)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.apply_theme()

    def set_headers(self, headers: list[str]) -> None:
        self.setHorizontalHeaderLabels(headers)

    def set_rows(self, rows: list[list[str]]) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, c, item)

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item else ""

    def apply_theme(self) -> None:
        theme = current_theme()
        self.setFont(theme.font(22))
        self.horizontalHeader().setFont(theme.font(20, QFont.Weight.Bold))
        self.verticalHeader().setDefaultSectionSize(theme.px(58))
        c = theme.colours
        self.setStyleSheet(
            f"QTableWidget {{ background: {c['surface']}; color: {c['text']}; border: none;"
            f" alternate-background-color: {c['surface_raised']}; }}"
            f" QHeaderView::section {{ background: {c['surface']}; color: {c['text_muted']}; border: none;"
            f" border-bottom: {theme.px(2)}px solid {c['outline']}; padding: {theme.px(8)}px; }}"
            f" QTableWidget::item {{ padding-left: {theme.px(8)}px; }}"
        )
        self.setAlternatingRowColors(True)
        super().apply_theme()


def title_height(font: QFont, lines: int) -> int:
    """Height of a title of ``lines`` lines as Qt lays them out (each line starts on a whole pixel:
    three lines of 30.25 px need 92.25, where three times the whole-pixel line spacing, 90, cut
    the last line's foot)."""
    sample = "\n".join(["Ág"] * lines)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return math.ceil(QFontMetricsF(font).boundingRect(QRectF(0, 0, 100_000, 100_000), flags, sample).height())


class ProgrammeTile(ThemedMixin, QAbstractButton):
    """A programme to start: title, subject, target group and sessions to graduate. Checkable."""

    def __init__(self, programme: Programme, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.programme = programme
        self.language = language
        self.setCheckable(True)
        self.setObjectName(f"programme:{programme.code}")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # as tall as its title needs at the width it gets
        self.setSizePolicy(policy)

    #: A long title (Russian, large text) takes more lines before it is shortened with an ellipsis.
    TITLE_LINES_MAX = 4

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(420), self._height(2))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height(self._title_lines(width))

    def _height(self, title_lines: int) -> int:
        theme = current_theme()
        title = title_height(theme.font(26, QFont.Weight.Bold), title_lines)
        facts = QFontMetrics(theme.font(18, QFont.Weight.DemiBold)).lineSpacing()
        return title + facts + theme.px(40)

    def _title_lines(self, width: int) -> int:
        """Lines the title needs at this tile width: two at least, so the tiles of a row line up."""
        theme = current_theme()
        metrics = QFontMetrics(theme.font(26, QFont.Weight.Bold))
        title = self.programme.text("title", self.language)
        shown = fit_lines(title, metrics, self._text_width(theme, width), self.TITLE_LINES_MAX)
        return max(2, shown.count("\n") + 1)

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(260), self.sizeHint().height())

    def _text_width(self, theme: Theme, width: int | None = None) -> float:
        pad = theme.px(18)
        return (self.width() if width is None else width) - 2 * theme.px(3) - 2 * pad - theme.px(22)

    def audit_text_problems(self) -> list[str]:
        """For the screen audit: a title cut short (more than two lines, or a word wider than the tile)."""
        theme = current_theme()
        metrics = QFontMetrics(theme.font(26, QFont.Weight.Bold))
        title = self.programme.text("title", self.language)
        width = self._text_width(theme)
        shown = fit_lines(title, metrics, width, self._title_lines(self.width()))
        if shown.replace("\n", " ") != title or any(metrics.horizontalAdvance(w) > width for w in title.split()):
            return [f"title cut to {shown!r} in {int(width)} px"]
        return []

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(theme.px(3), theme.px(3), -theme.px(3), -theme.px(3))
        path = QPainterPath()
        path.addRoundedRect(rect, theme.px(20), theme.px(20))
        colour = theme.subject_color(self.programme.subject)
        selected = self.isChecked()
        painter.fillPath(path, theme.color("surface_raised" if selected or self.isDown() else "surface"))
        painter.setPen(QPen(theme.color("accent") if selected else colour, theme.px(5 if selected else 2)))
        painter.drawPath(path)
        if not self.isEnabled():
            painter.setOpacity(0.45)
        pad = theme.px(18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(rect.left() + pad, rect.top() + pad, theme.px(8), rect.height() - 2 * pad),
                                theme.px(4), theme.px(4))
        text_left = rect.left() + pad + theme.px(22)
        text_rect = QRectF(text_left, rect.top() + theme.px(12), rect.right() - pad - text_left,
                           rect.height() - theme.px(24))
        painter.setPen(theme.color("text"))
        painter.setFont(theme.font(26, QFont.Weight.Bold))
        lines = self._title_lines(self.width())  # the tile is as tall as they need (heightForWidth)
        title_h = title_height(painter.font(), lines)
        title = fit_lines(self.programme.text("title", self.language), painter.fontMetrics(), text_rect.width(), lines)
        painter.drawText(QRectF(text_rect.left(), text_rect.top(), text_rect.width(), title_h),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        painter.setFont(theme.font(18, QFont.Weight.DemiBold))
        painter.setPen(theme.color("text_muted"))
        facts = " · ".join((
            subject_name(self.programme.subject),
            category_text("target_group", self.programme.target_group, self.language),
            self.tr("%n session(s)", "", self.programme.sessions_to_graduate),
        ))
        painter.drawText(QRectF(text_rect.left(), text_rect.top() + title_h, text_rect.width(),
                                text_rect.height() - title_h),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         painter.fontMetrics().elidedText(facts, Qt.TextElideMode.ElideRight, int(text_rect.width())))
