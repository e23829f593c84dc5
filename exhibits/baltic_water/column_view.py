"""The water column of the Gotland Deep, surface to sea floor, coloured by one property.

Each 5-m layer is a band coloured by salinity, temperature, density or oxygen, with the profile
drawn over it as a line. Water without oxygen is hatched (not only coloured), the halocline is a
dashed line, and a probe line follows the visitor's finger. Storms show as waves over the mixed
depth for a moment; a fresh inflow is outlined where it came to rest.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from exhibits.baltic_water import model
from kiosk.exhibit import ThemedMixin, current_theme, fitted_font

#: Colour scale and value range of each property: (low colour, high colour, low, high).
SCALES = {
    "salinity": ("#BFE3F5", "#08306B", 0.0, 20.0),
    "temperature": ("#2166AC", "#E69F00", 0.0, 20.0),
    "density": ("#C6DBEF", "#08306B", 1000.0, 1016.0),
    "oxygen": ("#3B2A1A", "#56B4E9", 0.0, 12.0),
}
#: How long a storm's waves and an inflow's outline stay on screen, seconds.
EVENT_SHOWN_S = 4.0
REPAINT_EVERY_FRAMES = 3


def blend(low: str, high: str, share: float) -> QColor:
    a, b = QColor(low), QColor(high)
    share = min(1.0, max(0.0, share))
    return QColor(round(a.red() + (b.red() - a.red()) * share), round(a.green() + (b.green() - a.green()) * share),
                  round(a.blue() + (b.blue() - a.blue()) * share))


class ColumnView(ThemedMixin, QWidget):
    """Emits probed(depth_m) when the visitor touches or drags along the column."""

    probed = Signal(float)

    def __init__(self, column: model.WaterColumn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self.quantity = "oxygen"
        self.probe_depth_m = 120.0
        self.texts = {"depth": "", "halocline": "", "no_oxygen": "", "surface": "", "floor": "", "inflow": "",
                      "storm": "", "low": "", "high": ""}
        self.storm_depth_m: float | None = None
        self.inflow: model.InflowResult | None = None
        self._storm_s = 0.0
        self._inflow_s = 0.0
        self._wave_phase = 0.0
        self._dragging = False
        self._frames = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(current_theme().px(900), current_theme().px(800))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(300), current_theme().px(300))

    # -- geometry -------------------------------------------------------------------------------------

    def water_rect(self) -> QRectF:
        theme = current_theme()
        left = theme.px(110)
        top = theme.px(60)
        return QRectF(left, top, self.width() - left - theme.px(20), self.height() - top - theme.px(50))

    def y_at(self, depth_m: float) -> float:
        water = self.water_rect()
        return water.top() + water.height() * depth_m / model.DEPTH_M

    def depth_at(self, y: float) -> float:
        water = self.water_rect()
        return min(model.DEPTH_M - 0.01, max(0.0, (y - water.top()) / water.height() * model.DEPTH_M))

    # -- state ----------------------------------------------------------------------------------------

    def set_texts(self, **texts: str) -> None:
        self.texts.update(texts)
        self.update()

    def show_storm(self, depth_m: float) -> None:
        self.storm_depth_m, self._storm_s = depth_m, EVENT_SHOWN_S
        self.update()

    def set_probe_text(self, text: str) -> None:
        """The measured value at the probe, shown on the probe line (set by the exhibit)."""
        if text != self.texts.get("probe"):
            self.texts["probe"] = text
            self.update()

    def show_inflow(self, result: model.InflowResult) -> None:
        self.inflow, self._inflow_s = result, EVENT_SHOWN_S
        self._storm_s = 0.0  # the inflow lifted the water the storm had mixed
        self.update()

    def advance(self, dt_s: float) -> None:
        """Waves move at the full frame rate during a storm; otherwise the slowly changing water
        repaints every REPAINT_EVERY_FRAMES frames (a month a second needs no more)."""
        self._wave_phase = (self._wave_phase + dt_s * 4) % (2 * math.pi)
        self._storm_s = max(0.0, self._storm_s - dt_s)
        self._inflow_s = max(0.0, self._inflow_s - dt_s)
        self._frames += 1
        if self._storm_s > 0 or self._frames % REPAINT_EVERY_FRAMES == 0:
            self.update()

    # -- touch ----------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._dragging = True
        self._probe(event.position().y())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            self._probe(event.position().y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragging = False

    def _probe(self, y: float) -> None:
        self.probe_depth_m = self.depth_at(y)
        self.probed.emit(self.probe_depth_m)
        self.update()

    # -- painting -------------------------------------------------------------------------------------

    def _hatch_brush(self) -> QBrush:
        """Diagonal lines in the danger colour on a transparent tile, made once per look."""
        theme = current_theme()
        key = (theme.colours["danger"], theme.px(14))
        if getattr(self, "_hatch_key", None) != key:
            size = theme.px(14)
            tile = QPixmap(size, size)
            tile.fill(Qt.GlobalColor.transparent)
            tile_painter = QPainter(tile)
            tile_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            tile_painter.setPen(QPen(QColor(theme.colours["danger"]), max(1.5, theme.px(2.5))))
            for offset in (-size, 0, size):  # lines across the tile's corners, so tiles join up
                tile_painter.drawLine(QPointF(offset, size), QPointF(offset + size, 0))
            tile_painter.end()
            self._hatch = QBrush(tile)
            self._hatch_key = key
        return self._hatch

    def _values(self) -> np.ndarray:
        column = self.column
        return {"salinity": column.salinity, "temperature": column.temperature_c,
                "density": column.density(), "oxygen": column.oxygen_mgl}[self.quantity]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        water = self.water_rect()
        values = self._values()
        low_colour, high_colour, low, high = SCALES[self.quantity]
        layer_h = water.height() / model.LAYERS
        for index, value in enumerate(values):
            top = water.top() + index * layer_h
            band = QRectF(water.left(), top, water.width(), layer_h + 0.6)
            painter.fillRect(band, blend(low_colour, high_colour, (value - low) / (high - low)))
        # Oxygen-free water is hatched as well as coloured. One rectangle per run of layers, filled
        # with a small pre-drawn tile: a pattern brush over this area costs ~25 ms a frame.
        dead = self.column.oxygen_mgl <= 0
        if dead.any():
            hatch = self._hatch_brush()
            index = 0
            while index < model.LAYERS:
                if not dead[index]:
                    index += 1
                    continue
                start = index
                while index < model.LAYERS and dead[index]:
                    index += 1
                painter.fillRect(QRectF(water.left(), water.top() + start * layer_h, water.width(),
                                        (index - start) * layer_h), hatch)
        self._paint_profile(painter, water, values, low, high)
        self._paint_surface_and_floor(painter, water)
        self._paint_halocline(painter, water)
        self._paint_events(painter, water)
        self._paint_depth_axis(painter, water)
        self._paint_probe(painter, water)
        self._paint_scale(painter, water, low_colour, high_colour)

    def _paint_profile(self, painter: QPainter, water: QRectF, values: np.ndarray, low: float, high: float) -> None:
        theme = current_theme()
        margin = water.width() * 0.08
        points = []
        for index, value in enumerate(values):
            share = min(1.0, max(0.0, (float(value) - low) / (high - low)))
            points.append(QPointF(water.left() + margin + share * (water.width() - 2 * margin),
                                  self.y_at((index + 0.5) * model.LAYER_M)))
        line = QPolygonF(points)
        for colour, width in ((QColor("#0B1B34"), 9), (QColor("#FFFFFF"), 4)):
            painter.setPen(QPen(colour, theme.px(width)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(line)

    def _paint_surface_and_floor(self, painter: QPainter, water: QRectF) -> None:
        theme = current_theme()
        sky = QRectF(water.left(), 0, water.width(), water.top())
        painter.fillRect(sky, theme.color("background"))
        storming = self._storm_s > 0
        amplitude = theme.px(14 if storming else 4)
        waves = [QPointF(water.left() + water.width() * i / 40,
                         water.top() + amplitude * math.sin(self._wave_phase + i * 0.9)) for i in range(41)]
        painter.setPen(QPen(theme.color("good"), theme.px(4)))
        painter.drawPolyline(QPolygonF(waves))
        font = theme.font(18, QFont.Weight.Bold)
        # The sea floor's band is as tall as its caption (large text), in the room below the water.
        floor = QRectF(water.left(), water.bottom(), water.width(),
                       max(theme.px(24), QFontMetricsF(font).height() + theme.px(2)))
        painter.fillRect(floor, QColor("#5A4632") if not theme.high_contrast else theme.color("surface_raised"))
        painter.setFont(font)
        painter.setPen(theme.color("text_muted"))
        painter.drawText(QRectF(water.left() + theme.px(8), 0, water.width() * 0.42, water.top() - amplitude),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, self.texts["surface"])
        painter.setPen(theme.color("text"))
        painter.drawText(floor.adjusted(theme.px(8), 0, 0, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.texts["floor"])

    def _label(self, painter: QPainter, rect: QRectF, text: str, colour: QColor) -> None:
        """Text on a dark rounded tag, readable over any colour of the water."""
        theme = current_theme()
        painter.setFont(theme.font(19, QFont.Weight.Bold))
        width = min(rect.width(), painter.fontMetrics().horizontalAdvance(text) + theme.px(20))
        tag = QRectF(rect.right() - width, rect.top(), width, theme.text_px(19) + theme.px(10))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(11, 27, 52, 215))
        painter.drawRoundedRect(tag, tag.height() / 2, tag.height() / 2)
        painter.setPen(colour)
        painter.setFont(fitted_font(text, painter.font(), tag.width() - theme.px(16), 0.6))
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_halocline(self, painter: QPainter, water: QRectF) -> None:
        theme = current_theme()
        y = self.y_at(self.column.halocline_depth_m())
        painter.setPen(QPen(theme.color("accent"), theme.px(4), Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(water.left(), y), QPointF(water.right(), y))
        self._label(painter, QRectF(water.left(), y - theme.text_px(19) - theme.px(14), water.width() - theme.px(10),
                                    theme.px(40)), self.texts["halocline"], theme.color("accent"))
        dead = np.nonzero(self.column.oxygen_mgl <= 0)[0]
        if len(dead):
            dead_from = float(dead[0]) * model.LAYER_M  # the shallowest water without oxygen
            # in the middle of the oxygen-free water, away from the probe's usual place at its top
            top = max((self.y_at(dead_from) + water.bottom()) / 2 - theme.px(20), y + theme.px(12))
            if top + theme.px(40) < water.bottom():
                self._label(painter, QRectF(water.left(), top, water.width() - theme.px(10), theme.px(40)),
                            self.texts["no_oxygen"], theme.color("warning"))

    def _paint_events(self, painter: QPainter, water: QRectF) -> None:
        theme = current_theme()
        if self._storm_s > 0 and self.storm_depth_m is not None:
            bottom = self.y_at(self.storm_depth_m)
            painter.setPen(QPen(theme.color("text"), theme.px(3), Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for i in range(5):  # mixing eddies down to the storm's depth
                x = water.left() + water.width() * (0.15 + 0.17 * i)
                radius = min(theme.px(30), (bottom - water.top()) / 3)
                swirl = 0.5 + 0.25 * math.sin(self._wave_phase + i)
                centre = QPointF(x, water.top() + (bottom - water.top()) * swirl)
                painter.drawArc(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                                int(math.degrees(self._wave_phase) * 16 * 3) % (360 * 16), 270 * 16)
            painter.setPen(QPen(theme.color("text"), theme.px(4)))
            painter.drawLine(QPointF(water.left(), bottom), QPointF(water.right(), bottom))
            self._label(painter, QRectF(water.left(), bottom + theme.px(6), water.width() * 0.55, theme.px(40)),
                        self.texts["storm"], theme.color("text"))
        if self._inflow_s > 0 and self.inflow is not None:
            band = QRectF(water.left() + theme.px(3), self.y_at(self.inflow.top_m), water.width() - theme.px(6),
                          self.y_at(self.inflow.bottom_m) - self.y_at(self.inflow.top_m))
            painter.setPen(QPen(theme.color("good"), theme.px(5)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(band)
            self._label(painter, QRectF(water.left(), band.top() + theme.px(6), water.width() * 0.55, theme.px(40)),
                        self.texts["inflow"], theme.color("good"))

    def _paint_depth_axis(self, painter: QPainter, water: QRectF) -> None:
        theme = current_theme()
        painter.setFont(theme.font(17))
        painter.setPen(QPen(theme.color("text_muted"), theme.px(2)))
        label_h = theme.text_px(18) + theme.px(4)
        for depth in range(0, int(model.DEPTH_M) + 1, 40):
            y = self.y_at(depth)
            painter.drawLine(QPointF(water.left() - theme.px(10), y), QPointF(water.left(), y))
            painter.drawText(QRectF(0, y - label_h / 2, water.left() - theme.px(14), label_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{depth}")
        painter.save()
        painter.translate(theme.px(18), water.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-water.height() / 2, -theme.px(14), water.height(), theme.text_px(20)),
                         Qt.AlignmentFlag.AlignCenter, self.texts["depth"])
        painter.restore()

    def _paint_probe(self, painter: QPainter, water: QRectF) -> None:
        theme = current_theme()
        y = self.y_at(self.probe_depth_m)
        for colour, width in ((QColor("#0B1B34"), 8), (theme.color("accent"), 4)):
            painter.setPen(QPen(colour, theme.px(width)))
            painter.drawLine(QPointF(water.left() - theme.px(24), y), QPointF(water.right(), y))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("accent"))
        size = theme.px(18)
        painter.drawPolygon(QPolygonF([QPointF(water.left() - theme.px(24) - size, y - size),
                                       QPointF(water.left() - theme.px(24), y),
                                       QPointF(water.left() - theme.px(24) - size, y + size)]))
        text = self.texts.get("probe", "")
        if text:
            above = y - theme.text_px(19) - theme.px(18)
            top = above if above > water.top() + theme.px(4) else y + theme.px(8)
            painter.setFont(theme.font(19, QFont.Weight.Bold))
            width = painter.fontMetrics().horizontalAdvance(text) + theme.px(24)
            self._label(painter, QRectF(water.left() + theme.px(12), top, width, theme.px(40)), text,
                        theme.color("accent"))

    def _paint_scale(self, painter: QPainter, water: QRectF, low_colour: str, high_colour: str) -> None:
        """The colour key above the water: low value at the left, high at the right."""
        theme = current_theme()
        height = theme.px(16)
        top = theme.px(8)
        key = QRectF(water.left() + water.width() * 0.45, top, water.width() * 0.55, height)
        steps = 24
        for i in range(steps):
            painter.fillRect(QRectF(key.left() + key.width() * i / steps, key.top(), key.width() / steps + 0.6,
                                    height), blend(low_colour, high_colour, i / (steps - 1)))
        painter.setFont(theme.font(16, QFont.Weight.DemiBold))
        painter.setPen(theme.color("text_muted"))
        label_h = theme.text_px(17) + theme.px(4)
        painter.drawText(QRectF(key.left(), key.bottom() + theme.px(2), key.width(), label_h),
                         Qt.AlignmentFlag.AlignLeft, self.texts["low"])
        painter.drawText(QRectF(key.left(), key.bottom() + theme.px(2), key.width(), label_h),
                         Qt.AlignmentFlag.AlignRight, self.texts["high"])
