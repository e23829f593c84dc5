"""A day of wind power against the town's demand, with the battery's charge beside it.

The hours reveal themselves as the day runs: supply as a filled area, demand as a dashed line,
shortfall hatched (so it does not rely on colour), and a battery gauge at the right.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from exhibits.wind_farm.model import STEPS_PER_HOUR, TOWN_DEMAND_MW, DayResult, hourly_value
from kiosk.exhibit import Card, current_theme, fitted_font


class DayChart(Card):
    """Power (MW) over 24 hours; ``shown_steps`` of the result are drawn so far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: DayResult | None = None
        self.shown_steps = 0
        self.texts = {"title": "", "supply": "", "demand": "", "short": "", "battery": "", "unit": "",
                      "charge": ""}
        self.top_mw = 45.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(900), theme.px(300))

    def minimumSizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(400), theme.px(200))

    def set_texts(self, **texts: str) -> None:
        self.texts.update(texts)
        self.update()

    def show_result(self, result: DayResult | None, shown_steps: int) -> None:
        if (result, shown_steps) == (self.result, self.shown_steps):
            return  # a repaint costs a few ms; the day moves on only eight steps a second
        self.result, self.shown_steps = result, shown_steps
        if result is not None:
            peak = max(max(step.supply_mw for step in result.steps), max(TOWN_DEMAND_MW))
            self.top_mw = max(25.0, 5 * (int(peak * 1.1) // 5 + 1))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pad = theme.px(18)
        legend_h = theme.text_px(20) + theme.px(10)
        gauge_w = theme.px(90)
        axis_w = theme.px(56)
        plot = QRectF(pad + axis_w, pad + legend_h, self.width() - 2 * pad - axis_w - gauge_w - theme.px(24),
                      self.height() - 2 * pad - legend_h - theme.text_px(18) - theme.px(12))
        if plot.width() < 20 or plot.height() < 20:
            return

        def point(hour: float, mw: float) -> QPointF:
            return QPointF(plot.left() + plot.width() * hour / 24,
                           plot.bottom() - plot.height() * min(mw, self.top_mw) / self.top_mw)

        self._paint_axes(painter, plot, point)
        steps = self.result.steps[: self.shown_steps] if self.result else ()
        if steps:
            supply = QPolygonF([point(steps[0].hour, 0)] + [point(s.hour, s.supply_mw) for s in steps]
                               + [point(steps[-1].hour, 0)])
            painter.setPen(Qt.PenStyle.NoPen)
            fill = theme.series(0)
            fill.setAlpha(150)
            painter.setBrush(fill)
            painter.drawPolygon(supply)
            painter.setPen(QPen(theme.series(0), theme.px(3)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF([point(s.hour, s.supply_mw) for s in steps]))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(theme.color("danger"), Qt.BrushStyle.BDiagPattern))
            width = plot.width() / (24 * STEPS_PER_HOUR)
            for step in steps:
                if step.shortfall_mwh > 1e-9:
                    top = point(step.hour, step.demand_mw)
                    painter.drawRect(QRectF(top.x(), top.y(), width + 0.5, point(0, 0).y() - top.y()))
        demand = QPolygonF([point(hour / 4, hourly_value(TOWN_DEMAND_MW, hour / 4)) for hour in range(97)])
        painter.setPen(QPen(theme.color("accent"), theme.px(4), Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(demand)
        if steps:  # the clock hand of the running day
            now = point(steps[-1].hour, 0)
            painter.setPen(QPen(theme.color("text"), theme.px(2)))
            painter.drawLine(QPointF(now.x(), plot.top()), now)
        self._paint_legend(painter, pad, plot)
        self._paint_battery(painter, QRectF(self.width() - pad - gauge_w, plot.top(), gauge_w, plot.height()),
                            steps[-1].state_of_charge if steps else None)

    def _paint_axes(self, painter: QPainter, plot: QRectF, point) -> None:
        theme = current_theme()
        painter.setPen(QPen(theme.color("text_muted"), theme.px(2)))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.setFont(theme.font(16))
        label_h = theme.text_px(18) + theme.px(4)
        for hour in range(0, 25, 6):
            at = point(hour, 0)
            painter.drawText(QRectF(at.x() - theme.px(40), at.y() + theme.px(4), theme.px(80), label_h),
                             Qt.AlignmentFlag.AlignHCenter, f"{hour:02d}:00")
        step_mw = 10 if self.top_mw <= 60 else 20
        grid_pen = QPen(theme.color("outline"), 1, Qt.PenStyle.DotLine)
        for mw in range(0, int(self.top_mw) + 1, step_mw):
            at = point(0, mw)
            painter.setPen(grid_pen)
            if mw:
                painter.drawLine(at, QPointF(plot.right(), at.y()))
            painter.setPen(theme.color("text_muted"))
            painter.drawText(QRectF(plot.left() - theme.px(60), at.y() - label_h / 2, theme.px(54), label_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(mw))
        painter.drawText(QRectF(plot.left() - theme.px(60), plot.top() - label_h - theme.px(2), theme.px(80),
                                label_h), Qt.AlignmentFlag.AlignLeft, self.texts["unit"])

    def _paint_legend(self, painter: QPainter, pad: float, plot: QRectF) -> None:
        theme = current_theme()
        painter.setFont(theme.font(18, QFont.Weight.DemiBold))
        metrics = painter.fontMetrics()
        x = plot.left() + theme.px(10)
        y = pad
        height = theme.text_px(20)
        swatch = theme.px(26)
        for key, pen, brush in (
            ("supply", QPen(theme.series(0), theme.px(4)), theme.series(0)),
            ("demand", QPen(theme.color("accent"), theme.px(4), Qt.PenStyle.DashLine), None),
            ("short", QPen(theme.color("danger"), theme.px(2)),
             QBrush(theme.color("danger"), Qt.BrushStyle.BDiagPattern)),
        ):
            text = self.texts[key]
            if x + swatch + metrics.horizontalAdvance(text) > plot.right() + theme.px(80):
                break  # a narrow chart shows fewer legend entries rather than overlap them
            if brush is None:
                painter.setPen(pen)
                painter.drawLine(QPointF(x, y + height / 2), QPointF(x + swatch, y + height / 2))
            else:
                painter.setPen(pen)
                painter.setBrush(brush)
                painter.drawRect(QRectF(x, y + theme.px(3), swatch, height - theme.px(6)))
            painter.setPen(theme.color("text"))
            painter.drawText(QRectF(x + swatch + theme.px(8), y, metrics.horizontalAdvance(text) + 4, height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x += swatch + metrics.horizontalAdvance(text) + theme.px(30)

    def _paint_battery(self, painter: QPainter, rect: QRectF, share: float | None) -> None:
        theme = current_theme()
        painter.setFont(theme.font(16, QFont.Weight.DemiBold))
        label_h = theme.text_px(18) + theme.px(4)
        body = rect.adjusted(theme.px(12), theme.px(10), -theme.px(12), -label_h - theme.px(4))
        painter.setPen(QPen(theme.color("text"), theme.px(3)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(body, theme.px(6), theme.px(6))
        cap = QRectF(body.center().x() - body.width() / 4, body.top() - theme.px(8), body.width() / 2, theme.px(8))
        painter.setBrush(theme.color("text"))
        painter.drawRect(cap)
        if share is not None and share > 0:
            inner = body.adjusted(theme.px(5), theme.px(5), -theme.px(5), -theme.px(5))
            level = QRectF(inner.left(), inner.bottom() - inner.height() * share, inner.width(), inner.height() * share)
            path = QPainterPath()
            path.addRect(level)
            painter.fillPath(path, theme.color("good"))
        painter.setPen(theme.color("text"))
        label = QRectF(rect.left() - theme.px(16), rect.bottom() - label_h, rect.width() + theme.px(32), label_h)
        painter.setFont(fitted_font(self.texts["charge"], painter.font(), label.width(), 0.6))
        painter.drawText(label, Qt.AlignmentFlag.AlignHCenter, self.texts["charge"])
