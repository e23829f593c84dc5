"""A wind turbine whose rotor turns with the particles' wind, beside the battery it charges."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from exhibits.motion_wind.model import Turbine
from kiosk.exhibit import current_theme


class TurbineView(QWidget):
    """Draws the turbine (rotor angle from the model) and a battery filled to its charge."""

    def __init__(self, turbine: Turbine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("turbine")
        self.turbine = turbine
        self.battery_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(current_theme().px(360), current_theme().px(260))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(220), current_theme().px(150))

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        # Turbine on the left 60 %, battery on the right.
        size = min(width * 0.6, height)
        hub = QPointF(size * 0.5, size * 0.42)
        blade = size * 0.36
        painter.setPen(QPen(theme.color("text_muted"), theme.px(8), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(hub, QPointF(hub.x(), size * 0.98))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("text"))
        for index in range(3):
            angle = math.radians(self.turbine.rotor_angle_deg + 120 * index)
            direction = QPointF(math.cos(angle), math.sin(angle))
            side = QPointF(-direction.y(), direction.x())
            path = QPainterPath(hub + side * theme.px(7))
            path.lineTo(hub + direction * blade + side * theme.px(3))
            path.lineTo(hub + direction * blade - side * theme.px(3))
            path.lineTo(hub - side * theme.px(7))
            path.closeSubpath()
            painter.drawPath(path)
        painter.setBrush(theme.color("accent"))
        painter.drawEllipse(hub, theme.px(10), theme.px(10))

        battery = QRectF(size + theme.px(16), height * 0.12, max(theme.px(60), width - size - theme.px(30)),
                         height * 0.72)
        battery.setWidth(min(battery.width(), theme.px(110)))
        cap = QRectF(battery.center().x() - battery.width() * 0.18, battery.top() - theme.px(10),
                     battery.width() * 0.36, theme.px(10))
        painter.setBrush(theme.color("text_muted"))
        painter.drawRoundedRect(cap, theme.px(3), theme.px(3))
        painter.setBrush(theme.color("surface_raised"))
        painter.setPen(QPen(theme.color("text_muted"), theme.px(4)))
        painter.drawRoundedRect(battery, theme.px(10), theme.px(10))
        inner = battery.adjusted(theme.px(8), theme.px(8), -theme.px(8), -theme.px(8))
        level = inner.height() * self.turbine.charge
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("good" if self.turbine.charge >= 1.0 else "accent"))
        painter.drawRoundedRect(QRectF(inner.left(), inner.bottom() - level, inner.width(), level),
                                theme.px(5), theme.px(5))
        painter.setPen(theme.color("text"))
        painter.setFont(theme.font(22, QFont.Weight.Bold))
        painter.drawText(QRectF(battery.left() - theme.px(30), battery.bottom() + theme.px(4),
                                battery.width() + theme.px(60), theme.text_px(30)),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), self.battery_text)
