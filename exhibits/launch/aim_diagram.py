"""The aim drawn large in the sky of a wide screen, beside its numbers.

On a wide screen the level's true shape leaves the top of the sky empty, but the launcher's own arrow
(up to a third of the scene's height, with its label) and the level's shots take the left and middle of
it. So the aim stands at the top right, over the sea and the target, as large as the room the scene
finds there allows: the speed as an arrow split into its sideways part v·cos θ and its upward part
v·sin θ, and beside it, in a column, the aim in numbers and how high it sends the ball.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from exhibits.launch.model import ANGLE_RANGE_DEG, SPEED_RANGE_MPS
from kiosk.exhibit import current_theme, draw_arrow

#: The fastest aim is drawn at least this long (pixels at the reference size), or not at all.
MIN_ARROW_PX = 170
#: ... and at most this long: beyond it the arrow outgrows the words beside it.
MAX_ARROW_PX = 340
TEXT_PX = 22
#: The column of numbers is at most this wide (pixels at the reference size): short lines read at a glance.
MAX_COLUMN_PX = 760
MIN_COLUMN_PX = 260
WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


@dataclass(frozen=True)
class AimTexts:
    """What the diagram says, in the visitor's language."""

    aim: str  # v = …, θ = …
    highest: str  # the highest point and its formula (a line each)
    across: str  # v·cos θ = …
    up: str  # v·sin θ = …


@dataclass(frozen=True)
class SidePlace:
    """Where the diagram goes: the arrow's block (a touch there drags this arrow) and the column of words."""

    block: QRectF
    column: QRectF
    arrow_px: float  # the fastest aim's length

    @property
    def foot(self) -> QPointF:
        return QPointF(self.block.left() + _pad(), self.block.top() + _pad() + self.arrow_px * _steepest())

    @property
    def px_per_mps(self) -> float:
        return self.arrow_px / SPEED_RANGE_MPS[1]


def _pad() -> float:
    return current_theme().px(8)


def _steepest() -> float:
    return math.sin(math.radians(ANGLE_RANGE_DEG[1]))


def _fonts() -> tuple[QFont, QFont]:
    theme = current_theme()
    return theme.font(TEXT_PX), theme.font(TEXT_PX, QFont.Weight.Bold)


def _label_height() -> float:
    return QFontMetricsF(_fonts()[0]).height() + current_theme().px(8)


def _column_height(texts: AimTexts, width: float) -> float:
    bold = QFontMetricsF(_fonts()[1])
    gap = current_theme().px(10)
    return sum(bold.boundingRect(QRectF(0, 0, width, 10_000), WRAP, text).height() + gap
               for text in (texts.aim, texts.highest))


def place_beside(sky: QRectF, widest: AimTexts, busy: Callable[[QRectF], bool]) -> SidePlace | None:
    """The largest diagram that fits in the top right of ``sky`` where ``busy`` finds nothing: the arrow's
    block in the corner, the column of words to its left (placed for the widest numbers, so it does not
    move while the visitor aims). None when not even the smallest fits."""
    theme = current_theme()
    regular = QFontMetricsF(_fonts()[0])
    labels_w = max(regular.horizontalAdvance(widest.across), regular.horizontalAdvance(widest.up))
    gap, column_gap = theme.px(14), theme.px(28)
    longest_word = max(QFontMetricsF(_fonts()[1]).horizontalAdvance(word)
                       for word in f"{widest.aim} {widest.highest}".split())
    min_column = max(theme.px(MIN_COLUMN_PX), longest_word)
    arrow_px = float(theme.px(MAX_ARROW_PX))
    while arrow_px >= theme.px(MIN_ARROW_PX):
        width = 2 * _pad() + arrow_px + gap + labels_w
        height = 2 * _pad() + arrow_px * _steepest() + theme.px(8) + _label_height()
        block = QRectF(sky.right() - width, sky.top(), width, height)
        if block.bottom() <= sky.bottom() and not busy(block):
            bold = QFontMetricsF(_fonts()[1])
            natural = max(bold.horizontalAdvance(line) for text in (widest.aim, widest.highest)
                          for line in text.splitlines())
            column_w = float(min(theme.px(MAX_COLUMN_PX), math.ceil(natural) + 2))
            while column_w >= min_column:
                column = QRectF(block.left() - column_gap - column_w, sky.top() + _pad(), column_w,
                                _column_height(widest, column_w))
                if column.left() >= sky.left() and not busy(column):
                    return SidePlace(block, column, arrow_px)
                column_w -= theme.px(40)
        arrow_px -= theme.px(10)
    return None


def text_problems(place: SidePlace, texts: AimTexts) -> list[str]:
    """Words that would not fit where the diagram writes them (the screen audit asks: they are painted)."""
    problems = []
    if _column_height(texts, place.column.width()) > place.column.height() + 1:
        problems.append(f"the aim's column needs more than {place.column.height():.0f} px: {texts.highest}")
    regular = QFontMetricsF(_fonts()[0])
    room = place.block.right() - place.foot.x()
    for label in (texts.across, texts.up):
        shortest_room = room - place.arrow_px * math.cos(math.radians(ANGLE_RANGE_DEG[0])) - current_theme().px(14)
        if regular.horizontalAdvance(label) > shortest_room + 1:
            problems.append(f"a label beside the aim is cut: {label}")
    return problems


def paint_beside(painter: QPainter, place: SidePlace, texts: AimTexts, angle_deg: float, speed_mps: float,
                 sky_at: Callable[[float], QColor]) -> None:
    """The column of words (against the arrow's block), then the arrow split into its parts, with the
    parts' values beside them; behind each text a patch of ``sky_at(y)``, the sky's colour at that height."""
    theme = current_theme()
    regular, bold = _fonts()
    gap = theme.px(10)
    top = place.column.top()
    painter.setFont(bold)
    for text, colour in ((texts.aim, theme.color("accent")), (texts.highest, theme.color("text"))):
        rect = QRectF(place.column.left(), top, place.column.width(), place.column.bottom() - top)
        _backdrop(painter, painter.fontMetrics().boundingRect(rect.toRect(), WRAP | Qt.AlignmentFlag.AlignRight,
                                                              text).toRectF(), sky_at)
        painter.setPen(colour)
        painter.drawText(rect, WRAP | Qt.AlignmentFlag.AlignRight, text)
        top += painter.fontMetrics().boundingRect(rect.toRect(), WRAP, text).height() + gap

    angle = math.radians(angle_deg)
    length = place.px_per_mps * speed_mps
    foot = place.foot
    across = QPointF(foot.x() + length * math.cos(angle), foot.y())
    tip = QPointF(across.x(), foot.y() - length * math.sin(angle))
    muted = theme.color("text_muted")
    painter.setPen(QPen(muted, theme.px(4), Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(foot, across)
    painter.drawLine(across, tip)
    painter.setPen(QPen(theme.color("accent"), theme.px(7), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    draw_arrow(painter, foot, tip, theme.px(24))
    painter.setPen(QPen(muted, theme.px(3)))
    arc = min(theme.px(60), place.arrow_px * 0.3)
    painter.drawArc(QRectF(foot.x() - arc, foot.y() - arc, 2 * arc, 2 * arc), 0, round(angle_deg * 16))

    label_h = _label_height()
    right = place.block.right()
    painter.setFont(regular)
    # beside the upright part, but never down on the line of v·cos θ
    beside_y = min((across.y() + tip.y()) / 2, foot.y() - label_h / 2 - theme.px(4))
    for rect, flags, text in (
            (QRectF(foot.x(), foot.y() + theme.px(8), right - foot.x(), label_h),
             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, texts.across),
            (QRectF(across.x() + theme.px(14), beside_y - label_h / 2, right - across.x() - theme.px(14), label_h),
             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, texts.up)):
        _backdrop(painter, painter.fontMetrics().boundingRect(rect.toRect(), flags, text).toRectF(), sky_at)
        painter.setPen(theme.color("text"))
        painter.drawText(rect, flags, text)


def _backdrop(painter: QPainter, text_rect: QRectF, sky_at: Callable[[float], QColor]) -> None:
    """A patch of the sky behind a text, so the faint skyline behind it does not cross its letters."""
    pad = current_theme().px(6)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(sky_at(text_rect.center().y()))
    painter.drawRoundedRect(text_rect.adjusted(-pad, -pad / 2, pad, pad / 2), pad, pad)
    painter.setBrush(Qt.BrushStyle.NoBrush)
