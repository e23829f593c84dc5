"""A plot drawn with QPainter: axes, ticks, grid and titles painted once into a pixmap, only the data
drawn each frame.

pyqtgraph is a fine tool for a desk, but on the way to an exhibit's first frame it costs its import
(0.5-0.9 s on these machines), 15-20 ms per plot (menus, config templates, HTML labels) and redraws
its axes and legend on every frame. A touch screen needs none of its panning or zooming. This plot
covers what the exhibits show: lines (solid or dashed; a NaN breaks a line), a fill under a line,
round and cross markers, horizontal and vertical reference lines with a label, and a legend (over the
data at the top right, or in a band above the data area).

Data are numpy arrays (or sequences of numbers); the points go to Qt through numpy straight into a
QPolygonF's memory, as pyqtgraph does it, not one Python object per point. Loads numpy: exhibits
import this module, the kiosk's start never does.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import numpy as np
import shiboken6
from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from kiosk.exhibit.theme import Theme

TAP_SLOP_PX = 24  # a press and release closer than this (at design scale) is a tap, not a swipe


def tick_spacing(low: float, high: float, length_px: float) -> float:
    """The distance between labelled ticks: 1, 2 or 5 times a power of ten, as pyqtgraph picks it
    (so the numbers visitors saw before stay the same): more ticks on a longer axis, sub-linearly."""
    span = abs(high - low)
    if span == 0 or not math.isfinite(span):
        return 0.0
    intervals = max(2.25, 2.25 * math.sqrt(max(length_px, 1.0) / 300.0))
    largest = span / intervals
    unit = 10.0 ** (math.floor(math.log10(largest)) - 1)
    for factor in (100, 50, 20, 10):
        if factor * unit <= largest:
            return factor * unit
    return 10 * unit


def tick_values(low: float, high: float, length_px: float) -> list[float]:
    """Labelled tick positions inside [low, high]."""
    return values_every(low, high, tick_spacing(low, high, length_px))


def values_every(low: float, high: float, step: float) -> list[float]:
    """Multiples of step inside [low, high]."""
    if step <= 0:
        return []
    low, high = min(low, high), max(low, high)
    first = math.ceil(low / step - 1e-9)
    count = math.floor(high / step + 1e-9) - first + 1
    return [round((first + i) * step, 12) for i in range(max(0, count))]


def minor_step(step: float) -> float:
    """Unlabelled ticks between the labelled ones: fifths of a 1 or 5 step, halves of a 2 step."""
    if step <= 0:
        return 0.0
    leading = round(step / 10 ** math.floor(math.log10(step) + 1e-9))
    return step / (2 if leading == 2 else 5)


def tick_text(value: float, step: float, decimal_point: str = ".") -> str:
    """A tick's number as written: the data's own value, never scaled, with as many decimals as the
    step needs (0.5 steps get one, whole steps none), with the language's decimal point."""
    decimals = max(0, -math.floor(math.log10(step) + 1e-9)) if step > 0 else 0
    text = f"{value:.{decimals}f}"
    return "0" if text.strip("-0.") == "" else text.replace(".", decimal_point)


@dataclass
class Series:
    """One set of data: a line, a fill under it, markers, or several of these."""

    name: str = ""  # in the legend when it has a name
    pen: QPen | None = None  # None: no line
    fill: QBrush | None = None  # the area between the line and fill_level
    fill_level: float = 0.0
    symbol: str | None = None  # "o" (disc or ring) or "x"
    symbol_size: float = 10.0  # pixels across
    symbol_pen: QPen | None = None
    symbol_brush: QBrush | None = None
    visible: bool = True
    xs: Sequence[float] = field(default_factory=list)
    ys: Sequence[float] = field(default_factory=list)

    def set_data(self, xs: Sequence[float], ys: Sequence[float]) -> None:
        self.xs, self.ys = xs, ys

    def data(self) -> tuple[list[float], list[float]]:
        return [float(x) for x in self.xs], [float(y) for y in self.ys]


@dataclass
class ReferenceLine:
    """A horizontal (at y = value) or vertical (at x = value) line across the plot, with a label."""

    value: float
    vertical: bool
    pen: QPen = field(default_factory=QPen)
    label: str = ""
    label_colour: QColor = field(default_factory=QColor)
    label_font: QFont = field(default_factory=QFont)
    along: float = 0.5  # where the label sits along the line, 0..1 (left to right, bottom to top)
    #: Painted behind the label (e.g. the card's colour): the label stays readable where the data
    #: run through it (a noisy spectrum around its "empty sky" level). None: the label alone.
    label_backdrop: QColor | None = None


@dataclass
class PlotLook:
    """Colours, pens and fonts; the same look draws the same cached axes."""

    background: QColor = field(default_factory=lambda: QColor("#000000"))
    axis_pen: QPen = field(default_factory=QPen)
    tick_colour: QColor = field(default_factory=lambda: QColor("#FFFFFF"))
    tick_font: QFont = field(default_factory=QFont)
    tick_length: float = -5.0  # negative: into the plot
    tick_gap: float = 5.0  # between a tick and its number
    title_colour: QColor = field(default_factory=lambda: QColor("#FFFFFF"))
    title_font: QFont = field(default_factory=QFont)
    grid_alpha: float = 0.0  # 0: no grid
    minor_ticks: bool = False  # short unlabelled ticks between the numbered ones
    left_px: float = 80.0  # the left axis with its numbers and title
    bottom_px: float = 64.0  # the bottom axis with its numbers and title
    legend_brush: QBrush = field(default_factory=lambda: QBrush(Qt.BrushStyle.NoBrush))
    legend_pen: QPen = field(default_factory=lambda: QPen(Qt.PenStyle.NoPen))
    legend_text: QColor = field(default_factory=lambda: QColor("#FFFFFF"))
    legend_font: QFont = field(default_factory=QFont)
    legend_offset: tuple[float, float] = (-12.0, 8.0)  # from the plot area's top right corner
    scale: float = 1.0  # the theme's scale, for gaps and samples

    @classmethod
    def in_theme(cls, theme: Theme, left_px: float, bottom_px: float, **changes: Any) -> PlotLook:
        """The exhibits' quiet plot on a card: the card's colour behind, muted axes, numbers and
        titles (16 and 18 design px), minor ticks, legend words in the text colour; ``left_px`` and
        ``bottom_px`` in design pixels; ``changes`` replace any field of that look."""
        muted = theme.color("text_muted")
        look = cls(background=theme.color("surface"), axis_pen=QPen(muted, max(1, theme.px(2))),
                   tick_colour=muted, tick_font=theme.font(16), tick_length=-theme.px(5), tick_gap=theme.px(5),
                   title_colour=muted, title_font=theme.font(18), minor_ticks=True,
                   left_px=theme.px(left_px), bottom_px=theme.px(bottom_px),
                   legend_text=theme.color("text"), legend_font=theme.font(18), scale=theme.scale)
        return replace(look, **changes)


def _polygon(points: np.ndarray) -> QPolygonF:
    """An (n, 2) array of pixels as a QPolygonF, written straight into its memory."""
    polygon = QPolygonF()
    polygon.resize(len(points))
    if len(points):
        # the stubs know only VoidPtr(int); the binding takes a wrapped pointer, a size and writability
        memory = shiboken6.VoidPtr(polygon.data(), len(points) * 16, True)  # type: ignore[call-arg, arg-type]
        np.frombuffer(memory, dtype=np.float64).reshape(-1, 2)[:] = points  # type: ignore[call-overload]
    return polygon


def _symbol_path(symbol: str) -> QPainterPath:
    """pyqtgraph's marker shapes, one unit across: a disc, or a plus turned into an x."""
    path = QPainterPath()
    if symbol == "o":
        path.addEllipse(QRectF(-0.5, -0.5, 1, 1))
        return path
    arm = [(-0.5, -0.1), (-0.5, 0.1), (-0.1, 0.1), (-0.1, 0.5), (0.1, 0.5), (0.1, 0.1), (0.5, 0.1),
           (0.5, -0.1), (0.1, -0.1), (0.1, -0.5), (-0.1, -0.5), (-0.1, -0.1)]
    path.moveTo(*arm[0])
    for x, y in arm[1:]:
        path.lineTo(x, y)
    path.closeSubpath()
    return QTransform().rotate(45).map(path) if symbol == "x" else path


class PaintedPlot(QWidget):
    """A touch-safe plot: taps emit ``tapped(QPointF)`` in data coordinates; nothing pans or zooms."""

    tapped = Signal(QPointF)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # the cached axes cover every pixel
        self.look = PlotLook()
        self.x_range = (0.0, 1.0)
        self.y_range = (0.0, 1.0)
        self.x_title = ""
        self.y_title = ""
        self.series: list[Series] = []
        self.lines: list[ReferenceLine] = []
        self.show_legend = False
        #: The legend's entries in this order when set (else the order the series were added, which
        #: is also the drawing order: the series on top comes last).
        self.legend_order: list[Series] | None = None
        #: One entry a row (long names), instead of a row that wraps only where the plot is narrow.
        self.legend_column = False
        #: The legend in a band above the data area, from the plot's left edge and as wide as the
        #: plot, instead of over the data at its top right: never over a curve, whatever the data do
        #: (the data area starts below it, lower where a narrow plot wraps the legend into rows).
        self.legend_above = False
        self._legend_names: list[str] = []  # as last drawn: shortened ones end in "…"
        self._axes: QPixmap | None = None
        self._axes_key: tuple | None = None
        self._legend: QPixmap | None = None
        self._legend_key: tuple | None = None
        self._press: QPointF | None = None
        self._look_version = 0  # counts changes of look and pens: the caches' keys

    # -- what is shown ----------------------------------------------------------------------------
    def add_series(self, series: Series) -> Series:
        self.series.append(series)
        self.update()
        return series

    def add_line(self, line: ReferenceLine) -> ReferenceLine:
        self.lines.append(line)
        self.update()
        return line

    def set_look(self, look: PlotLook) -> None:
        """A new look (call it after changing a series' pens too): the cached axes and legend are drawn again."""
        self.look = look
        self._look_version += 1
        self.update()

    def set_titles(self, x_title: str, y_title: str) -> None:
        if (x_title, y_title) != (self.x_title, self.y_title):
            self.x_title, self.y_title = x_title, y_title
            self.update()

    def set_x_range(self, low: float, high: float) -> None:
        if (low, high) != self.x_range:
            self.x_range = (float(low), float(high))
            self.update()

    def set_y_range(self, low: float, high: float) -> None:
        if (low, high) != self.y_range:
            self.y_range = (float(low), float(high))
            self.update()

    def legend_entries(self) -> list[Series]:
        if not self.show_legend:
            return []
        return [s for s in (self.series if self.legend_order is None else self.legend_order) if s.name]

    def legend_labels(self) -> list[str]:
        """The names in the legend, in its order."""
        return [s.name for s in self.legend_entries()]

    # -- geometry ---------------------------------------------------------------------------------
    def plot_rect(self) -> QRectF:
        """The data area: right of the left axis, above the bottom axis, with room for the last
        numbers at the top and the right."""
        look = self.look
        metrics = QFontMetricsF(look.tick_font)
        top = metrics.height() / 2 + 1
        if self.legend_above and self.legend_entries():
            legend = self._legend_pixmap()
            top += legend.height() / legend.devicePixelRatio()
        right = metrics.horizontalAdvance(tick_text(self.x_range[1], 1.0)) / 2 + 2
        return QRectF(look.left_px, top, max(1.0, self.width() - look.left_px - right),
                      max(1.0, self.height() - look.bottom_px - top))

    def to_view(self, x: float, y: float) -> QPointF:
        """Data coordinates -> widget pixels."""
        rect = self.plot_rect()
        (x0, x1), (y0, y1) = self.x_range, self.y_range
        return QPointF(rect.left() + (x - x0) / ((x1 - x0) or 1.0) * rect.width(),
                       rect.bottom() - (y - y0) / ((y1 - y0) or 1.0) * rect.height())

    def to_data(self, point: QPointF) -> QPointF:
        """Widget pixels -> data coordinates."""
        rect = self.plot_rect()
        (x0, x1), (y0, y1) = self.x_range, self.y_range
        return QPointF(x0 + (point.x() - rect.left()) / rect.width() * (x1 - x0),
                       y0 + (rect.bottom() - point.y()) / rect.height() * (y1 - y0))

    def ticks(self, axis: str) -> list[tuple[float, str]]:
        """The numbers written beside an axis ("x" or "y"), with their values."""
        rect = self.plot_rect()
        low, high = self.x_range if axis == "x" else self.y_range
        length = rect.width() if axis == "x" else rect.height()
        step = tick_spacing(low, high, length)
        point = QLocale().decimalPoint()  # the visitor's language: 0,5 in Latvian and Russian
        if self.look.minor_ticks:  # the minor ticks get numbers too where they fit loosely (as pyqtgraph did)
            finer = minor_step(step)
            values = values_every(low, high, finer)
            metrics = QFontMetricsF(self.look.tick_font)
            room = sum(metrics.horizontalAdvance(tick_text(v, finer, point)) for v in values) if axis == "x" \
                else len(values) * metrics.height()
            if values and room <= 0.55 * length:
                step = finer
        return [(value, tick_text(value, step, point)) for value in values_every(low, high, step)]

    def sizeHint(self) -> QSize:
        return QSize(400, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(round(self.look.left_px) + 60, round(self.look.bottom_px) + 60)

    # -- touch ------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        if press is not None and (event.position() - press).manhattanLength() <= TAP_SLOP_PX * self.look.scale:
            self.tapped.emit(self.to_data(event.position()))

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Wheel, QEvent.Type.ContextMenu):
            return True  # nothing to zoom, no menus on a kiosk
        return super().event(event)

    # -- painting ---------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._axes = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._axes_pixmap())
        rect = self.plot_rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.save()
        painter.setClipRect(rect)
        for series in self.series:
            if series.visible:
                self._paint_series(painter, series)
        for line in self.lines:
            self._paint_line(painter, line, rect)
        painter.restore()
        if self.legend_entries():
            painter.drawPixmap(self.legend_rect().topLeft(), self._legend_pixmap())

    def legend_rect(self) -> QRectF:
        """Where the legend is drawn (empty without one)."""
        if not self.legend_entries():
            return QRectF()
        legend = self._legend_pixmap()
        ratio = legend.devicePixelRatio()
        width, height = legend.width() / ratio, legend.height() / ratio
        if self.legend_above:
            return QRectF(0, 0, width, height)
        rect = self.plot_rect()
        offset_x, offset_y = self.look.legend_offset
        return QRectF(rect.right() + offset_x - width, rect.top() + offset_y, width, height)

    def tick_boxes(self, axis: str) -> list[tuple[QRectF, str]]:
        """Where each number beside an axis ("x" or "y") is written: the box its text fills."""
        look = self.look
        metrics = QFontMetricsF(look.tick_font)
        rect = self.plot_rect()
        boxes = []
        for value, text in self.ticks(axis):
            width = metrics.horizontalAdvance(text)
            if axis == "x":
                x = self.to_view(value, 0).x()
                top = rect.bottom() + max(0.0, look.tick_length) + look.tick_gap
                boxes.append((QRectF(x - width / 2, top, width, metrics.height()), text))
            else:
                y = self.to_view(0, value).y()
                right = rect.left() - max(0.0, look.tick_length) - look.tick_gap
                boxes.append((QRectF(right - width, y - metrics.height() / 2, width, metrics.height()), text))
        return boxes

    def shortened_legend_names(self) -> list[str]:
        """The legend's names that did not fit and are drawn shortened with "…" (on purpose: never
        over the axis numbers; an exhibit that wants its names whole checks this is empty)."""
        if not self.legend_entries():
            return []
        self._legend_pixmap()
        return [series.name for series, drawn in zip(self.legend_entries(), self._legend_names, strict=True)
                if drawn != series.name]

    def audit_text_problems(self) -> list[str]:
        """The painted texts that do not fit (the screen audit asks: they are not labels): a number
        cut by the plot's edge, an axis title longer than its axis or over the numbers. A legend
        name shortened with "…" is the legend's way to fit, as a label's elides = True: see
        shortened_legend_names()."""
        problems = []
        bounds = QRectF(self.rect()).adjusted(-0.5, -0.5, 0.5, 0.5)
        x_boxes, y_boxes = self.tick_boxes("x"), self.tick_boxes("y")
        for box, text in x_boxes + y_boxes:
            if not bounds.contains(box):
                problems.append(f"a number beside an axis is cut by the plot's edge: {text}")
        rect = self.plot_rect()
        metrics = QFontMetricsF(self.look.title_font)
        title_height = metrics.height()
        for title, length in ((self.x_title, rect.width()), (self.y_title, rect.height())):
            if metrics.horizontalAdvance(title) > length:
                problems.append(f"an axis title needs {metrics.horizontalAdvance(title):.0f} px, "
                                f"its axis is {length:.0f} px long: {title}")
        x_title_top = self.height() - title_height - 2
        if self.x_title and any(box.bottom() > x_title_top + 0.5 for box, _ in x_boxes):
            problems.append(f"the numbers below the plot run into its title: {self.x_title}")
        if self.y_title and any(box.left() < 2 + title_height - 0.5 for box, _ in y_boxes):
            problems.append(f"the numbers beside the plot run into its title: {self.y_title}")
        return problems

    def _new_pixmap(self, width: float, height: float) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(max(1, math.ceil(width * ratio)), max(1, math.ceil(height * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

    def _axes_pixmap(self) -> QPixmap:
        """Background, grid, axis lines, ticks, numbers and titles: redrawn only when one of them changes."""
        look = self.look
        rect = self.plot_rect()
        # With the decimal point: after a change of language, the new titles (or the next frame's data)
        # repaint the plot, and its numbers are written again.
        key = (self.width(), self.height(), self.devicePixelRatioF(), self.x_range, self.y_range, self.x_title,
               self.y_title, self._look_version, rect.getRect(), QLocale().decimalPoint())
        if self._axes is not None and key == self._axes_key:
            return self._axes
        pixmap = self._new_pixmap(self.width(), self.height())
        pixmap.fill(look.background)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x_ticks, y_ticks = self.ticks("x"), self.ticks("y")
        if look.grid_alpha > 0:
            grid = QColor(look.axis_pen.color())
            grid.setAlphaF(look.grid_alpha)
            painter.setPen(QPen(grid, 1))
            for value, _ in x_ticks:
                x = round(self.to_view(value, 0).x()) + 0.5
                painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            for value, _ in y_ticks:
                y = round(self.to_view(0, value).y()) + 0.5
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.setPen(look.axis_pen)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.topLeft())
        painter.setFont(look.tick_font)
        tick = look.tick_length
        if look.minor_ticks:
            self._paint_minor_ticks(painter, rect)
        for box, text in self.tick_boxes("x"):
            x = box.center().x()
            painter.setPen(look.axis_pen)
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x, rect.bottom() + tick))
            painter.setPen(look.tick_colour)
            painter.drawText(box.adjusted(-2, 0, 2, 0), Qt.AlignmentFlag.AlignCenter, text)
        for box, text in self.tick_boxes("y"):
            y = box.center().y()
            painter.setPen(look.axis_pen)
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.left() - tick, y))
            painter.setPen(look.tick_colour)
            painter.drawText(QRectF(0, box.top(), box.right(), box.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setFont(look.title_font)
        painter.setPen(look.title_colour)
        title_height = QFontMetricsF(look.title_font).height()
        painter.drawText(QRectF(rect.left(), self.height() - title_height - 2, rect.width(), title_height),
                         Qt.AlignmentFlag.AlignCenter, self.x_title)
        painter.save()
        painter.translate(2, rect.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-rect.height() / 2, 0, rect.height(), title_height), Qt.AlignmentFlag.AlignCenter,
                         self.y_title)
        painter.restore()
        painter.end()
        self._axes, self._axes_key = pixmap, key
        return pixmap

    def _paint_minor_ticks(self, painter: QPainter, rect: QRectF) -> None:
        look = self.look
        faint = QPen(look.axis_pen)
        colour = QColor(faint.color())
        colour.setAlphaF(colour.alphaF() * 0.6)
        faint.setColor(colour)
        faint.setWidthF(max(1.0, faint.widthF() / 2))
        painter.setPen(faint)
        tick = look.tick_length * 0.6
        for axis, (low, high), length in (("x", self.x_range, rect.width()), ("y", self.y_range, rect.height())):
            for value in values_every(low, high, minor_step(tick_spacing(low, high, length))):
                if axis == "x":
                    x = self.to_view(value, 0).x()
                    painter.drawLine(QPointF(x, rect.bottom()), QPointF(x, rect.bottom() + tick))
                else:
                    y = self.to_view(0, value).y()
                    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.left() - tick, y))

    def _legend_pixmap(self) -> QPixmap:
        """The legend box: its entries in a row, in more rows where the plot is too narrow for one
        (a tall portrait plot), or one a row with ``legend_column``; drawn again only when a name,
        the width or the look changes."""
        look = self.look
        entries = self.legend_entries()
        # Above the data: as wide as the plot (plot_rect asks this legend for its height).
        room = self.width() if self.legend_above else self.plot_rect().width() - 2 * abs(look.legend_offset[0])
        key = (tuple(s.name for s in entries), self._look_version, self.devicePixelRatioF(), round(room),
               self.legend_column, self.legend_above)
        if self._legend is not None and key == self._legend_key:
            return self._legend
        metrics = QFontMetricsF(look.legend_font)
        pad, sample, gap = 8 * look.scale, 40 * look.scale, 10 * look.scale
        # A name wider than the plot itself (a narrow plot, a long word) is shortened with "…":
        # the legend never reaches past the plot area onto the axis numbers.
        name_room = max(metrics.horizontalAdvance("M…"), room - 2 * pad - sample - gap)
        names = self._legend_names = [metrics.elidedText(s.name, Qt.TextElideMode.ElideRight, name_room)
                                      for s in entries]
        widths = [sample + gap + metrics.horizontalAdvance(name) for name in names]
        row_height = max(metrics.height(), max((s.symbol_size for s in entries if s.symbol), default=0.0)) \
            + 4 * look.scale
        rows: list[list[int]] = [[]]
        used = 0.0
        for index, entry_width in enumerate(widths):
            needed = entry_width + (2 * gap if rows[-1] else 0)
            if rows[-1] and (self.legend_column or 2 * pad + used + needed > room):
                rows.append([])
                used, needed = 0.0, entry_width
            rows[-1].append(index)
            used += needed
        width = max(sum(widths[i] for i in row) + 2 * gap * (len(row) - 1) for row in rows) + 2 * pad
        height = row_height * len(rows) + 2 * pad
        pixmap = self._new_pixmap(width, height)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = look.legend_pen.widthF() / 2
        painter.setPen(look.legend_pen)
        painter.setBrush(look.legend_brush)
        painter.drawRect(QRectF(border, border, width - 2 * border, height - 2 * border))
        painter.setFont(look.legend_font)
        for row_number, row in enumerate(rows):
            x, top = pad, pad + row_number * row_height
            middle = top + row_height / 2
            for index in row:
                series, entry_width = entries[index], widths[index]
                if series.pen is not None:
                    painter.setPen(series.pen)
                    painter.drawLine(QPointF(x + 4 * look.scale, middle), QPointF(x + sample - 4 * look.scale, middle))
                if series.symbol:
                    self._paint_symbols(painter, series, [QPointF(x + sample / 2, middle)])
                painter.setPen(look.legend_text)
                painter.drawText(QRectF(x + sample + gap, top, entry_width - sample - gap + 2, row_height),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, names[index])
                x += entry_width + 2 * gap
        painter.end()
        self._legend, self._legend_key = pixmap, key
        return pixmap

    def _points(self, series: Series) -> list[np.ndarray]:
        """The data in pixels as (n, 2) arrays, split where a value is not finite (a break in the line)."""
        xs = np.asarray(series.xs, dtype=np.float64)
        ys = np.asarray(series.ys, dtype=np.float64)
        count = min(len(xs), len(ys))
        if count == 0:
            return []
        rect = self.plot_rect()
        (x0, x1), (y0, y1) = self.x_range, self.y_range
        xy = np.empty((count, 2))
        xy[:, 0] = rect.left() + (xs[:count] - x0) * (rect.width() / ((x1 - x0) or 1.0))
        xy[:, 1] = rect.bottom() - (ys[:count] - y0) * (rect.height() / ((y1 - y0) or 1.0))
        finite = np.isfinite(xy).all(axis=1)
        if finite.all():
            return [xy]
        # Runs of finite points: where the mask switches on, and where it switches off.
        edges = np.flatnonzero(np.diff(np.concatenate(([False], finite, [False])).astype(np.int8)))
        return [xy[start:end] for start, end in zip(edges[0::2], edges[1::2], strict=True)]

    def _paint_series(self, painter: QPainter, series: Series) -> None:
        runs = self._points(series)
        if not runs:
            return
        if series.fill is not None:
            self._paint_fill(painter, series, runs)
        if series.pen is not None:
            painter.setPen(series.pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for run in runs:
                self._paint_run(painter, series.pen, run)
        if series.symbol:
            self._paint_symbols(painter, series, [QPointF(x, y) for run in runs for x, y in run.tolist()])

    @staticmethod
    def _paint_run(painter: QPainter, pen: QPen, run: np.ndarray) -> None:
        """One unbroken line. Qt strokes one long antialiased polyline in time that grows faster than
        its length (30 ms for a 500-point spectrum, 4 ms for a 750-point loop). A solid line with
        square or flat ends goes as separate segments (1 ms; the ends cover the joins, as pyqtgraph
        does it); round ends make segments dear, so such a line, or a dashed one, goes as
        polylines of 16 points (0.6 ms for the loop), a dash pattern carrying on between pieces."""
        if len(run) == 1:
            painter.drawPoint(QPointF(*run[0]))
            return
        dashed = pen.style() != Qt.PenStyle.SolidLine
        if not dashed and pen.capStyle() != Qt.PenCapStyle.RoundCap:
            pairs = np.empty((2 * (len(run) - 1), 2))
            pairs[0::2], pairs[1::2] = run[:-1], run[1:]
            painter.drawLines(_polygon(pairs))  # type: ignore[call-overload]  # QPolygonF: pairs of points, not in the stubs
            return
        piece = 16
        lengths = np.hypot(*np.diff(run, axis=0).T) / max(1.0, pen.widthF()) if dashed else None
        offset = 0.0
        for start in range(0, len(run) - 1, piece):
            if lengths is not None:
                part_pen = QPen(pen)
                part_pen.setDashOffset(offset)
                painter.setPen(part_pen)
                offset += float(lengths[start:start + piece].sum())
            painter.drawPolyline(_polygon(run[start:start + piece + 1]))
        painter.setPen(pen)

    def _paint_fill(self, painter: QPainter, series: Series, runs: list[np.ndarray]) -> None:
        """The area down to the fill level, without antialiasing (the line drawn over it covers its
        edge). A run that goes left to right is filled as one picture made with numpy, column by
        column (a 500-point spectrum: 4.7 ms a frame as polygons, the same pixels this way); any
        other, in polygons of 16 points (one antialiased 500-corner polygon cost 5-20 ms)."""
        level_y = self.to_view(0, series.fill_level).y()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(series.fill)
        piece = 16
        for run in runs:
            if self._fill_as_picture(painter, series.fill, run, level_y):
                continue
            for start in range(0, max(1, len(run) - 1), piece):
                part = run[start:start + piece + 1]
                area = np.empty((len(part) + 2, 2))
                area[1:-1] = part
                area[0], area[-1] = (part[0, 0], level_y), (part[-1, 0], level_y)
                painter.drawPolygon(_polygon(area))
        painter.restore()

    def _fill_as_picture(self, painter: QPainter, brush: QBrush | None, run: np.ndarray, level_y: float) -> bool:
        """Fill under ``run`` as one picture, if it goes left to right, the brush is one colour and
        the painter draws pixel for pixel; False (nothing drawn) otherwise. Each pixel whose centre
        lies between the line (straight between its points) and the level is filled, as Qt fills
        a polygon without antialiasing."""
        if brush is None or brush.style() != Qt.BrushStyle.SolidPattern or len(run) < 2 \
                or painter.transform().type() not in (QTransform.TransformationType.TxNone,
                                                      QTransform.TransformationType.TxTranslate) \
                or self.devicePixelRatioF() != 1.0 or not np.all(np.diff(run[:, 0]) > 0):
            return False
        clip = self.plot_rect().toAlignedRect()
        left = max(math.ceil(run[0, 0] - 0.5), clip.left())
        right = min(math.floor(run[-1, 0] - 0.5), clip.right())  # pixel columns whose centres are in the run
        top = max(math.floor(min(float(run[:, 1].min()), level_y)), clip.top())
        bottom = min(math.ceil(max(float(run[:, 1].max()), level_y)), clip.bottom() + 1)
        if right < left or bottom <= top:
            return True
        line_y = np.interp(np.arange(left, right + 1) + 0.5, run[:, 0], run[:, 1])
        centres = np.arange(top, bottom)[:, None] + 0.5
        inside = (centres >= np.minimum(line_y, level_y)) & (centres < np.maximum(line_y, level_y))
        swatch = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
        swatch.fill(brush.color())  # premultiplied as Qt rounds it, as its own fill would be
        colour = np.frombuffer(swatch.constBits(), np.uint32, 1)[0]
        pixels = np.where(inside, colour, np.uint32(0)).astype(np.uint32)
        image = QImage(pixels.data, pixels.shape[1], pixels.shape[0], pixels.strides[0],
                       QImage.Format.Format_ARGB32_Premultiplied)
        painter.drawImage(QPointF(left, top), image)  # drawn now: ``pixels`` outlives the picture
        return True

    @staticmethod
    def _paint_symbols(painter: QPainter, series: Series, points: list[QPointF]) -> None:
        shape = _symbol_path(series.symbol or "o")
        painter.setPen(series.symbol_pen if series.symbol_pen is not None else Qt.PenStyle.NoPen)
        painter.setBrush(series.symbol_brush if series.symbol_brush is not None else Qt.BrushStyle.NoBrush)
        for point in points:
            painter.save()
            painter.translate(point)
            painter.scale(series.symbol_size, series.symbol_size)
            pen = painter.pen()
            if pen.style() != Qt.PenStyle.NoPen:  # keep the outline's width in pixels
                pen = QPen(pen)
                pen.setWidthF(pen.widthF() / series.symbol_size)
                painter.setPen(pen)
            painter.drawPath(shape)
            painter.restore()

    def _paint_line(self, painter: QPainter, line: ReferenceLine, rect: QRectF) -> None:
        painter.setPen(line.pen)
        if line.vertical:
            x = self.to_view(line.value, 0).x()
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        else:
            y = self.to_view(0, line.value).y()
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        if not line.label:
            return
        box = self.line_label_rect(line)
        if line.label_backdrop is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(line.label_backdrop)
            radius = box.height() / 4
            painter.drawRoundedRect(box, radius, radius)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setFont(line.label_font)
        painter.setPen(line.label_colour)
        painter.drawText(box.adjusted(2, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         line.label)

    def line_label_rect(self, line: ReferenceLine) -> QRectF:
        """Where a reference line's label (and its backdrop) is painted: a vertical line's hangs to
        the right of it, a horizontal line's sits on top of it, always inside the data area."""
        rect = self.plot_rect()
        if line.vertical:
            anchor = QPointF(self.to_view(line.value, 0).x(), rect.bottom() - line.along * rect.height())
        else:
            anchor = QPointF(rect.left() + line.along * rect.width(), self.to_view(0, line.value).y())
        metrics = QFontMetricsF(line.label_font)
        width, height = metrics.horizontalAdvance(line.label) + 6, metrics.height()
        top = anchor.y() if line.vertical else anchor.y() - height
        box = QRectF(anchor.x() + (4 if line.vertical else 0), top, width, height)
        box.moveRight(min(box.right(), rect.right() - 2))
        box.moveTop(max(rect.top(), min(box.top(), rect.bottom() - height)))
        return box
