"""The sea off Ventspils seen from above: sites to tap, turbines, their wakes and the wind.

The coast, the town and the site grid change only with the size or theme, so they are drawn
once into a cached pixmap; each frame adds the wakes, the turning rotors and a few wind streaks.
"""

from __future__ import annotations

import math
import random

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from exhibits.wind_farm.model import WindFarm, downwind_unit, wake_radius_m
from kiosk.exhibit import TOUCH_TARGET_PX, ThemedMixin, current_theme, draw_arrow

#: The world shown, metres: sites from (0, 0) to (3000, 1800), the coast beyond x = 4300.
WORLD = QRectF(-900, -800, 6300, 3400)
COAST_X_M = 4350.0
#: How far downwind a wake is drawn (it is still there further on, but faint).
WAKE_DRAWN_M = 2600.0
#: Tip-speed ratio of the rotor: the blade tips move this many times faster than the wind.
TIP_SPEED_RATIO = 7.0
STREAKS = 36


class SeaMap(ThemedMixin, QWidget):
    """Plan view of the farm. Emits site_tapped(site) when the visitor taps a site."""

    site_tapped = Signal(int)

    def __init__(self, farm: WindFarm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.farm = farm
        self.wind_mps = 9.0
        self.wind_from_deg = 270.0
        self.speeds: dict[int, float] = {}
        self.power_texts: dict[int, tuple[str, str]] = {}  # site -> (number, unit)
        self.texts = {"town": "", "north": "", "wind": "", "km": ""}
        self._rotor_angle: dict[int, float] = {}
        self._background: QPixmap | None = None
        randomness = random.Random(17)
        self._streaks = [(randomness.random(), randomness.random(), 0.5 + randomness.random())
                         for _ in range(STREAKS)]
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(320, 240))

    # -- geometry --------------------------------------------------------------------------------

    def _scale(self) -> float:
        return min(self.width() / WORLD.width(), self.height() / WORLD.height())

    def _shown_world(self) -> QRectF:
        """WORLD grown to the widget's shape (more sea and land at the sides), so no border is empty."""
        scale = self._scale()
        width, height = self.width() / scale, self.height() / scale
        return QRectF(WORLD.center().x() - width / 2, WORLD.center().y() - height / 2, width, height)

    def to_screen(self, east_m: float, north_m: float) -> QPointF:
        scale = self._scale()
        shown = self._shown_world()
        return QPointF((east_m - shown.left()) * scale, (shown.bottom() - north_m) * scale)

    def site_centre(self, site: int) -> QPointF:
        return self.to_screen(*self.farm.site_position(site))

    def site_at(self, point: QPointF) -> int | None:
        """The site under a touch, if it is within half a site spacing (at least a touch target)."""
        reach = max(current_theme().px(TOUCH_TARGET_PX) / 2, self.farm.spacing_m * self._scale() * 0.45)
        best, best_distance = None, reach
        for site in range(self.farm.site_count):
            centre = self.site_centre(site)
            distance = math.hypot(centre.x() - point.x(), centre.y() - point.y())
            if distance <= best_distance:
                best, best_distance = site, distance
        return best

    def _icon_radius(self) -> float:
        return max(current_theme().px(26), self.farm.turbine.rotor_radius_m * self._scale())

    # -- state from the widget -------------------------------------------------------------------

    def show_state(self, wind_mps: float, wind_from_deg: float, speeds: dict[int, float],
                   power_texts: dict[int, tuple[str, str]]) -> None:
        self.wind_mps, self.wind_from_deg = wind_mps, wind_from_deg
        self.speeds, self.power_texts = speeds, power_texts
        self.update()

    def set_texts(self, town: str, north: str, wind: str, km: str) -> None:
        self.texts = {"town": town, "north": north, "wind": wind, "km": km}
        self._background = None
        self.update()

    def advance(self, dt_s: float) -> None:
        radius = self.farm.turbine.rotor_radius_m
        turbine = self.farm.turbine
        for site, speed in self.speeds.items():
            turning = min(speed, turbine.rated_speed_mps) if turbine.operating(speed) else 0.0
            self._rotor_angle[site] = (self._rotor_angle.get(site, 0.0) + TIP_SPEED_RATIO * turning / radius * dt_s) \
                % (2 * math.pi)
        drift = self.wind_mps * dt_s / WORLD.width() * 6  # streaks run faster than life, to be seen
        self._streaks = [((x + drift) % 1.0, y, length) for x, y, length in self._streaks]
        self.update()

    # -- events ----------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        site = self.site_at(event.position())
        if site is not None:
            self.site_tapped.emit(site)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._background = None
        super().resizeEvent(event)

    def apply_theme(self) -> None:
        self._background = None
        super().apply_theme()

    # -- painting --------------------------------------------------------------------------------

    def _paint_background(self) -> QPixmap:
        theme = current_theme()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(QSize(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio))))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(theme.color("background"))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shown = self._shown_world()
        world = QRectF(self.rect())
        sea = QLinearGradient(world.topLeft(), world.topRight())
        sea.setColorAt(0, QColor("#0A2A4A") if not theme.high_contrast else QColor("#000000"))
        sea.setColorAt(1, QColor("#1B5E83") if not theme.high_contrast else QColor("#001F3F"))
        painter.fillRect(world, sea)
        # the coast: a gently bending shore with beach, land and the Venta's mouth with two piers
        land = QPainterPath()
        steps = 24
        land.moveTo(self.to_screen(COAST_X_M, shown.bottom()))
        for index in range(steps + 1):
            north = shown.bottom() - shown.height() * index / steps
            east = COAST_X_M + 160 * math.sin(north / 900) + 0.08 * (north - 800)
            land.lineTo(self.to_screen(east, north))
        land.lineTo(self.to_screen(shown.right(), shown.top()))
        land.lineTo(self.to_screen(shown.right(), shown.bottom()))
        land.closeSubpath()
        painter.setPen(QPen(QColor("#E9D8A6") if not theme.high_contrast else theme.color("outline"), theme.px(5)))
        painter.setBrush(QColor("#2F5D34") if not theme.high_contrast else QColor("#1A1A1A"))
        painter.drawPath(land)
        mouth_north = 500.0
        river = QPainterPath(self.to_screen(COAST_X_M - 40, mouth_north))
        river.cubicTo(self.to_screen(COAST_X_M + 400, mouth_north - 100),
                      self.to_screen(COAST_X_M + 600, mouth_north + 300),
                      self.to_screen(shown.right(), mouth_north + 500))
        painter.setPen(QPen(QColor("#1B5E83") if not theme.high_contrast else theme.color("good"), theme.px(14)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(river)
        painter.setPen(QPen(theme.color("text_muted"), theme.px(6), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for offset in (-160.0, 160.0):
            painter.drawLine(self.to_screen(COAST_X_M + 60, mouth_north + offset),
                             self.to_screen(COAST_X_M - 380, mouth_north + offset * 0.6))
        # the town
        town = self.to_screen(COAST_X_M + 650, mouth_north - 350)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("accent"))
        house = theme.px(10)
        for dx, dy in ((0, 0), (1.6, 0.4), (0.6, 1.5), (2.2, 1.8), (-0.9, 1.2)):
            painter.drawRect(QRectF(town.x() + dx * house * 1.6, town.y() + dy * house * 1.6, house * 1.4, house * 1.4))
        painter.setFont(theme.font(22, QFont.Weight.Bold))
        painter.setPen(theme.color("text"))
        label_width = painter.fontMetrics().horizontalAdvance(self.texts["town"]) + theme.px(12)
        label_left = min(town.x() + theme.px(20) - label_width / 2, self.width() - label_width - theme.px(8))
        painter.drawText(QRectF(label_left, town.y() + theme.px(54), label_width, theme.text_px(30)),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.texts["town"])
        # free sites: small rings where a turbine may go
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ring = theme.px(9)
        painter.setPen(QPen(theme.color("text_muted"), theme.px(2), Qt.PenStyle.DotLine))
        for site in range(self.farm.site_count):
            painter.drawEllipse(self.site_centre(site), ring, ring)
        # north arrow and scale bar at the top left of the sea
        corner = QPointF(world.left() + theme.px(40), world.top() + theme.px(30))
        painter.setPen(QPen(theme.color("text"), theme.px(3)))
        draw_arrow(painter, QPointF(corner.x(), corner.y() + theme.px(60)), corner, theme.px(14))
        painter.setFont(theme.font(18, QFont.Weight.Bold))
        painter.drawText(QRectF(corner.x() - theme.px(30), corner.y() + theme.px(64), theme.px(60), theme.text_px(24)),
                         Qt.AlignmentFlag.AlignHCenter, self.texts["north"])
        bar_left = QPointF(world.left() + theme.px(100), world.top() + theme.px(60))
        bar_right = QPointF(bar_left.x() + 1000 * self._scale(), bar_left.y())
        painter.drawLine(bar_left, bar_right)
        for end in (bar_left, bar_right):
            painter.drawLine(QPointF(end.x(), end.y() - theme.px(8)), QPointF(end.x(), end.y() + theme.px(8)))
        painter.drawText(QRectF(bar_left.x(), bar_left.y() + theme.px(6), bar_right.x() - bar_left.x() + theme.px(60),
                                theme.text_px(24)), Qt.AlignmentFlag.AlignLeft, self.texts["km"])
        painter.end()
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        if self._background is None or self._background.size() != self.size() * self.devicePixelRatioF():
            self._background = self._paint_background()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._background)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = self._scale()
        ux, uy = downwind_unit(self.wind_from_deg)
        self._paint_streaks(painter, ux, uy)
        self._paint_wakes(painter, ux, uy, scale)
        self._paint_turbines(painter, ux, uy)
        self._paint_wind_label(painter, ux, uy)
        if theme.high_contrast:
            painter.setPen(QPen(theme.color("outline"), theme.px(2)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    def _paint_streaks(self, painter: QPainter, ux: float, uy: float) -> None:
        """Short lines drifting downwind: where the wind blows, and how hard."""
        if self.wind_mps <= 0.2:
            return
        theme = current_theme()
        colour = QColor(theme.color("text"))
        colour.setAlpha(70)
        painter.setPen(QPen(colour, theme.px(2), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        length_m = 60 + 18 * self.wind_mps
        for x, y, stretch in self._streaks:
            # the streak field is laid out along and across the wind over the whole sea
            along = WORLD.left() + x * WORLD.width()
            across = WORLD.top() + y * WORLD.height()
            east = WORLD.center().x() + (along - WORLD.center().x()) * ux - (across - WORLD.center().y()) * uy
            north = WORLD.center().y() + (along - WORLD.center().x()) * uy + (across - WORLD.center().y()) * ux
            if east > COAST_X_M - 150:
                continue
            head = self.to_screen(east, north)
            tail = self.to_screen(east - ux * length_m * stretch, north - uy * length_m * stretch)
            painter.drawLine(tail, head)

    def _paint_wakes(self, painter: QPainter, ux: float, uy: float, scale: float) -> None:
        """Each working turbine's wake: a cone that widens (Park model) and fades downwind."""
        theme = current_theme()
        radius = self.farm.turbine.rotor_radius_m
        painter.setPen(Qt.PenStyle.NoPen)
        for site, speed in self.speeds.items():
            ct = self.farm.turbine.ct(speed)
            if ct <= 0:
                continue
            east, north = self.farm.site_position(site)
            far = wake_radius_m(radius, WAKE_DRAWN_M, self.farm.decay)
            corners = [
                (east + uy * radius, north - ux * radius),
                (east + ux * WAKE_DRAWN_M + uy * far, north + uy * WAKE_DRAWN_M - ux * far),
                (east + ux * WAKE_DRAWN_M - uy * far, north + uy * WAKE_DRAWN_M + ux * far),
                (east - uy * radius, north + ux * radius),
            ]
            cone = QPolygonF([self.to_screen(e, n) for e, n in corners])
            start = self.to_screen(east, north)
            end = self.to_screen(east + ux * WAKE_DRAWN_M, north + uy * WAKE_DRAWN_M)
            fade = QLinearGradient(start, end)
            colour = QColor(theme.color("warning"))
            colour.setAlpha(round(60 + 260 * min(0.5, ct / 2)))
            fade.setColorAt(0, colour)
            colour.setAlpha(0)
            fade.setColorAt(1, colour)
            painter.setBrush(fade)
            painter.drawPolygon(cone)

    def _paint_turbines(self, painter: QPainter, ux: float, uy: float) -> None:
        theme = current_theme()
        turbine = self.farm.turbine
        icon = self._icon_radius()
        painter.setFont(theme.font(18, QFont.Weight.Bold))
        # Units go when labels of neighbouring sites would touch (portrait, large text).
        widest = max((painter.fontMetrics().horizontalAdvance(f"{number} {unit}")
                      for number, unit in self.power_texts.values()), default=0)
        with_unit = widest + theme.px(16) < self.farm.spacing_m * self._scale()
        for site in self.farm.placed:
            centre = self.site_centre(site)
            speed = self.speeds.get(site, self.wind_mps)
            slowed = speed < self.wind_mps * 0.97
            # a disc behind the blades: yellow in free wind, orange with a hatched ring in a wake
            painter.setPen(QPen(theme.color("warning" if slowed else "outline"), theme.px(4 if slowed else 2),
                                Qt.PenStyle.DashLine if slowed else Qt.PenStyle.SolidLine))
            painter.setBrush(theme.color("surface"))
            painter.drawEllipse(centre, icon, icon)
            angle = self._rotor_angle.get(site, 0.0)
            painter.setPen(QPen(theme.color("text"), theme.px(5), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            for blade in range(3):
                theta = angle + blade * 2 * math.pi / 3
                painter.drawLine(centre, QPointF(centre.x() + math.cos(theta) * icon * 0.9,
                                                 centre.y() + math.sin(theta) * icon * 0.9))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.color("accent") if turbine.operating(speed) else theme.color("text_muted"))
            painter.drawEllipse(centre, theme.px(6), theme.px(6))
            number, unit = self.power_texts.get(site, ("", ""))
            text = f"{number}\N{NO-BREAK SPACE}{unit}" if with_unit else number
            if text:
                width = painter.fontMetrics().horizontalAdvance(text) + theme.px(14)
                height = theme.text_px(18) + theme.px(8)
                box = QRectF(centre.x() - width / 2, centre.y() + icon + theme.px(4), width, height)
                painter.setBrush(theme.color("background"))
                painter.drawRoundedRect(box, height / 2, height / 2)
                painter.setPen(theme.color("warning") if slowed else theme.color("text"))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
                painter.setPen(Qt.PenStyle.NoPen)

    def _paint_wind_label(self, painter: QPainter, ux: float, uy: float) -> None:
        """A big arrow along the wind with its speed, at the upwind side of the sea."""
        theme = current_theme()
        centre = QPointF(theme.px(90), self.height() - theme.px(60))
        half = theme.px(55)
        start = QPointF(centre.x() - ux * half, centre.y() + uy * half)
        end = QPointF(centre.x() + ux * half, centre.y() - uy * half)
        painter.setPen(QPen(theme.color("accent"), theme.px(10), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        draw_arrow(painter, start, end, theme.px(26))
        painter.setFont(theme.font(20, QFont.Weight.Bold))
        painter.setPen(theme.color("text"))
        box = QRectF(centre.x() + half + theme.px(16), centre.y() - theme.text_px(26), theme.px(240),
                     theme.text_px(26) * 2)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.texts["wind"])
