"""Teach the computer: the pieces of the side panel (a row per group, the live vote bars)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.exhibit import ThemedLabel, TouchButton, current_theme

#: A shape per group, so the groups never differ by colour alone.
GROUP_SYMBOLS = ("●", "▲", "■")


def group_colour(group: int) -> QColor:
    theme = current_theme()
    return theme.color("accent") if theme.high_contrast else theme.series(group)


class GroupRow(QWidget):
    """One group: a big button that adds the camera's current picture as an example, the
    number of examples with how many the computer gets right, and a button to forget them."""

    add_clicked = Signal(int)
    forget_clicked = Signal(int)

    def __init__(self, group: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.add = TouchButton(colour=group_colour(group), primary=True)
        self.add.setObjectName(f"add:{group}")
        self.add.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.add.clicked.connect(lambda: self.add_clicked.emit(self.group))
        self.forget = TouchButton()
        self.forget.setObjectName(f"forget:{group}")
        self.forget.clicked.connect(lambda: self.forget_clicked.emit(self.group))
        self.count = ThemedLabel(size=21, muted=True)
        self.count.setObjectName(f"count:{group}")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.add, 1)
        top.addWidget(self.forget)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(current_theme().px(4))
        column.addLayout(top)
        column.addWidget(self.count)

    def apply_theme(self) -> None:
        self.add.colour = group_colour(self.group)


class VoteBars(QWidget):
    """How the nearest examples voted: one bar per group, eased towards the newest vote."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vote-bars")
        self.names: list[str] = []
        self.shown: list[float] = []
        self.target: list[float] = []
        self.winner: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _row_height(self) -> int:
        theme = current_theme()
        return theme.text_px(24) + theme.px(16)

    def sizeHint(self) -> QSize:
        return QSize(current_theme().px(400), 3 * self._row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(200), max(1, len(self.names)) * self._row_height())

    def set_names(self, names: list[str]) -> None:
        if len(names) != len(self.names):
            self.shown = (self.shown + [0.0] * len(names))[:len(names)]
            self.target = (self.target + [0.0] * len(names))[:len(names)]
            self.names = names
            self.updateGeometry()
        self.names = names
        self.update()

    def set_vote(self, shares: tuple[float, ...] | None, winner: int | None) -> None:
        self.target = list(shares) if shares is not None else [0.0] * len(self.names)
        self.target = (self.target + [0.0] * len(self.names))[:len(self.names)]
        self.winner = winner

    def advance(self, dt_s: float) -> None:
        """Ease the bars towards the vote (a bar that jumps each frame is hard to read)."""
        if self.shown == self.target:
            return
        rate = min(1.0, dt_s * 8.0)
        self.shown = [s + (t - s) * rate if abs(t - s) > 0.004 else t for s, t in zip(self.shown, self.target,
                                                                                         strict=True)]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row_h = self._row_height()
        label_w = self.width() * 0.42
        font = theme.font(22, QFont.Weight.DemiBold)
        for group, name in enumerate(self.names):
            top = group * row_h
            share = self.shown[group] if group < len(self.shown) else 0.0
            painter.setFont(font)
            painter.setPen(theme.color("text") if group == self.winner else theme.color("text_muted"))
            label = painter.fontMetrics().elidedText(f"{GROUP_SYMBOLS[group]} {name}", Qt.TextElideMode.ElideRight,
                                                    int(label_w - theme.px(8)))
            painter.drawText(QRectF(0, top, label_w, row_h), Qt.AlignmentFlag.AlignVCenter, label)
            bar = QRectF(label_w, top + theme.px(6), self.width() - label_w, row_h - theme.px(12))
            painter.setPen(QPen(theme.color("outline"), theme.px(2)) if theme.high_contrast else Qt.PenStyle.NoPen)
            painter.setBrush(theme.color("surface_raised"))
            painter.drawRoundedRect(bar, bar.height() / 2, bar.height() / 2)
            if share > 0.01:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(group_colour(group))
                filled = QRectF(bar.left(), bar.top(), max(bar.height(), bar.width() * share), bar.height())
                painter.drawRoundedRect(filled, bar.height() / 2, bar.height() / 2)
            painter.setPen(theme.color("text"))
            painter.setFont(theme.font(20, QFont.Weight.Bold))
            percent = f"{round(100 * share)} %"
            painter.drawText(bar.adjusted(theme.px(12), 0, -theme.px(12), 0),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, percent)
