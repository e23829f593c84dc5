"""The flying space: sky over the port, an altitude scale, the target band, the drone and its forces."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from exhibits.drone.model import CEILING_M, Flight
from kiosk.exhibit import ThemedMixin, current_theme, draw_arrow

#: Arrow length per newton of force, as a share of the scene's height.
ARROW_SHARE_PER_N = 0.012
#: The force arrows' heads, in design pixels.
ARROW_HEAD_PX = 16


class DroneScene(ThemedMixin, QWidget):
    """Draws the flight; the still background is cached, only the drone, arrows and wind move."""

    def __init__(self, flight: Flight, format_number: Callable[..., str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flight = flight
        self.format_number = format_number
        self.target_m: float | None = 5.0
        self.tolerance_m = 0.2
        self.texts = {"thrust": "", "weight": "", "metres": "m"}
        self.rotor_phase = 0.0
        self.wind_phase = 0.0
        self._background: QPixmap | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(current_theme().px(480), current_theme().px(800))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(280), current_theme().px(360))

    def set_texts(self, texts: dict[str, str]) -> None:
        self.texts.update(texts)
        self._background = None
        self.update()

    def advance(self, dt_s: float) -> None:
        """Spin the rotors with the thrust and move the wind streaks with the wind."""
        drone = self.flight.drone
        self.rotor_phase = (self.rotor_phase + dt_s * (4 + drone.thrust_n * 2.0)) % (2 * math.pi)
        self.wind_phase = (self.wind_phase + dt_s * drone.wind_mps * 0.25) % 1.0

    def apply_theme(self) -> None:
        self._background = None
        super().apply_theme()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._background = None
        super().resizeEvent(event)

    # -- geometry -------------------------------------------------------------------------------

    def _ground_y(self) -> float:
        return self.height() - current_theme().px(70)

    def _top_y(self) -> float:
        return current_theme().px(40)

    def y_at(self, altitude_m: float) -> float:
        return self._ground_y() - (self._ground_y() - self._top_y()) * altitude_m / CEILING_M

    def drone_rect(self) -> QRectF:
        """Where the drone is drawn (its body on the altitude line, rotors above)."""
        theme = current_theme()
        width = min(theme.px(200), self.width() * 0.42)
        height = width * 0.32
        centre_x = self.width() * 0.58
        y = self.y_at(self.flight.drone.altitude_m)
        if self.flight.drone.payload_kg > 0:  # the parcel hangs below: it is what touches the pad
            y -= height * 0.9 * 0.8 + current_theme().px(4)
        return QRectF(centre_x - width / 2, y - height, width, height)

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._background is None or self._background.size() != self.size() * self.devicePixelRatioF():
            self._background = self._render_background()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._background)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_target(painter)
        self._paint_wind(painter)
        self._paint_drone(painter)
        self._paint_forces(painter)

    def _render_background(self) -> QPixmap:
        theme = current_theme()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        ground = self._ground_y()
        if theme.high_contrast:
            painter.fillRect(rect, QColor("#000000"))
        else:
            sky = QLinearGradient(0, 0, 0, ground)
            sky.setColorAt(0.0, QColor("#0E2A52"))
            sky.setColorAt(1.0, QColor("#2F6FA8"))
            painter.fillRect(QRectF(0, 0, rect.width(), ground), sky)
        # the port on the horizon: cranes and a quay, then the sea and the landing pad
        horizon = ground - theme.px(6)
        painter.setPen(QPen(theme.color("outline"), theme.px(4)))
        for share, height in ((0.12, 0.16), (0.30, 0.22), (0.82, 0.18)):
            x = rect.width() * share
            top = horizon - (ground - self._top_y()) * height
            painter.drawLine(QPointF(x, horizon), QPointF(x, top))
            painter.drawLine(QPointF(x - theme.px(20), top), QPointF(x + theme.px(50), top))
            painter.drawLine(QPointF(x + theme.px(50), top), QPointF(x + theme.px(50), top + theme.px(30)))
        painter.fillRect(QRectF(0, ground, rect.width(), rect.height() - ground),
                         QColor("#000000") if theme.high_contrast else QColor("#164A6E"))
        painter.setPen(QPen(theme.color("text"), theme.px(3)))
        painter.drawLine(QPointF(0, ground), QPointF(rect.width(), ground))
        pad_width = min(theme.px(240), rect.width() * 0.5)
        pad = QRectF(rect.width() * 0.58 - pad_width / 2, ground, pad_width, theme.px(14))
        painter.fillRect(pad, theme.color("surface_raised"))
        painter.drawRect(pad)
        # altitude scale
        painter.setFont(theme.font(18, QFont.Weight.DemiBold))
        label_width = theme.px(90)
        for metres in range(0, int(CEILING_M) + 1):
            y = self.y_at(metres)
            major = metres % 2 == 0
            painter.setPen(QPen(theme.color("text" if major else "text_muted"), theme.px(3 if major else 2)))
            painter.drawLine(QPointF(label_width, y), QPointF(label_width + theme.px(24 if major else 12), y))
            if major:
                text = self.format_number(metres, 0, self.texts["metres"])
                painter.drawText(QRectF(theme.px(4), y - theme.px(16), label_width - theme.px(10), theme.px(32)),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.drawLine(QPointF(label_width, self.y_at(0)), QPointF(label_width, self.y_at(CEILING_M)))
        painter.end()
        return pixmap

    def _paint_target(self, painter: QPainter) -> None:
        if self.target_m is None:
            return
        theme = current_theme()
        top, bottom = self.y_at(self.target_m + self.tolerance_m), self.y_at(self.target_m - self.tolerance_m)
        band = theme.color("accent")
        band.setAlpha(60)
        left = theme.px(90)
        painter.fillRect(QRectF(left, top, self.width() - left, bottom - top), band)
        pen = QPen(theme.color("accent"), theme.px(3), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        y = self.y_at(self.target_m)
        painter.drawLine(QPointF(left, y), QPointF(self.width(), y))

    def _paint_wind(self, painter: QPainter) -> None:
        wind = self.flight.drone.wind_mps
        if abs(wind) < 0.3:
            return
        theme = current_theme()
        colour = theme.color("text")
        colour.setAlpha(min(255, int(60 + 30 * abs(wind))))
        painter.setPen(QPen(colour, theme.px(3)))
        span = self._ground_y() - self._top_y()
        streak = span * 0.08
        for column in range(6):
            x = self.width() * (0.2 + 0.13 * column)
            for row in range(5):
                phase = (row / 5 + self.wind_phase + column * 0.37) % 1.0
                y = self._ground_y() - phase * span
                end = QPointF(x, y - streak * (1 if wind > 0 else -1))
                draw_arrow(painter, QPointF(x, y), end, theme.px(10))

    def _paint_drone(self, painter: QPainter) -> None:
        theme = current_theme()
        rect = self.drone_rect()
        drone = self.flight.drone
        body_colour = theme.subject_color("engineering")
        outline = QPen(theme.color("text"), theme.px(3))
        if drone.payload_kg > 0:  # the parcel hangs under the body on two lines
            size = rect.height() * 0.9
            parcel = QRectF(rect.center().x() - size / 2, rect.bottom() + theme.px(4), size, size * 0.8)
            painter.setPen(outline)
            painter.setBrush(QColor("#C8A165") if not theme.high_contrast else theme.color("accent"))
            painter.drawRect(parcel)
            painter.drawLine(parcel.topLeft() + QPointF(size * 0.5, 0), parcel.bottomLeft() + QPointF(size * 0.5, 0))
        arm_y = rect.top() + rect.height() * 0.45
        painter.setPen(QPen(theme.color("text"), theme.px(6)))
        painter.drawLine(QPointF(rect.left() + rect.width() * 0.1, arm_y),
                         QPointF(rect.right() - rect.width() * 0.1, arm_y))
        body = QRectF(rect.center().x() - rect.width() * 0.18, arm_y - rect.height() * 0.15,
                      rect.width() * 0.36, rect.height() * 0.55)
        painter.setPen(outline)
        painter.setBrush(body_colour)
        painter.drawRoundedRect(body, theme.px(8), theme.px(8))
        for share in (0.1, 0.9):  # two rotors seen from the side, blades turning with the thrust
            centre = QPointF(rect.left() + rect.width() * share, rect.top() + rect.height() * 0.12)
            painter.setPen(QPen(theme.color("text"), theme.px(4)))
            painter.drawLine(QPointF(centre.x(), arm_y), centre)
            blur = theme.color("text")
            blur.setAlpha(70 if drone.thrust_n > 0.5 else 0)
            radius = rect.width() * 0.16
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(blur)
            painter.drawEllipse(centre, radius, radius * 0.22)
            reach = radius * math.cos(self.rotor_phase + share * 3)
            painter.setPen(QPen(theme.color("text"), theme.px(4)))
            painter.drawLine(QPointF(centre.x() - reach, centre.y()), QPointF(centre.x() + reach, centre.y()))

    def force_arrows(self) -> list[tuple[str, QPointF, QPointF]]:
        """(force, foot, tip) of the thrust and weight arrows now, beside the drone. Both on one
        scale, made smaller where the longer would leave the scene (on the ground, weight pointed
        down past its bottom edge and lost its head): their lengths still compare."""
        theme = current_theme()
        drone = self.flight.drone
        rect = self.drone_rect()
        scale = (self._ground_y() - self._top_y()) * ARROW_SHARE_PER_N
        x = rect.right() + theme.px(26)
        middle = rect.center().y()
        room = theme.px(4) + theme.px(ARROW_HEAD_PX)
        if drone.weight_n > 0:
            scale = min(scale, (self.height() - middle - room) / drone.weight_n)
        if drone.thrust_n > 0:
            scale = min(scale, (middle - room) / drone.thrust_n)
        scale = max(0.0, scale)
        return [(key, QPointF(x, middle), QPointF(x, middle + direction * force_n * scale))
                for key, force_n, direction in (("thrust", drone.thrust_n, -1), ("weight", drone.weight_n, 1))
                if force_n >= 0.05]

    def _paint_forces(self, painter: QPainter) -> None:
        theme = current_theme()
        font = theme.font(18, QFont.Weight.Bold)
        painter.setFont(font)
        colours = {"thrust": theme.color("accent"), "weight": theme.color("text")}
        for key, foot, end in self.force_arrows():
            x = foot.x()
            painter.setPen(QPen(colours[key], theme.px(6)))
            draw_arrow(painter, foot, end, theme.px(ARROW_HEAD_PX))
            label = self.texts[key]
            # Beside the arrow's tip: on its right, or on its left where the right has too little
            # room (a narrow scene, large text); never past the scene's top or bottom edge.
            width = QFontMetricsF(font).horizontalAdvance(label) + theme.px(2)
            height = theme.text_px(18) * 1.4
            top = min(max(0.0, end.y() - height / 2), self.height() - height)
            if x + theme.px(10) + width <= self.width():
                label_rect, side = QRectF(x + theme.px(10), top, width, height), Qt.AlignmentFlag.AlignLeft
            else:
                label_rect, side = QRectF(x - theme.px(10) - width, top, width, height), Qt.AlignmentFlag.AlignRight
            painter.drawText(label_rect, side | Qt.AlignmentFlag.AlignVCenter, label)
