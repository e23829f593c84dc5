"""The port scene: quay, crane, sea and the ship seen from the stern; containers are dragged here.

World coordinates are metres (x to starboard, y up, the calm water surface at y = 0). The ship
is painted in its own frame (pixels, origin at the waterline on the centreline), rotated by
the displayed heel, so containers on deck tilt with it.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from exhibits.cargo_ship.drawing import (
    draw_container,
    draw_flag,
    draw_plimsoll,
    draw_skyline,
    hull_colours,
    hull_path,
    sky_gradient,
    water_colour,
)
from exhibits.cargo_ship.model import Area, Fate, Port
from kiosk.exhibit import current_theme, draw_arrow, fitted_font


class Motion(Enum):
    """What the ship is doing besides floating."""

    IDLE = "idle"
    SINKING = "sinking"
    RISING = "rising"  # back up, empty, after a sinking
    SAILING_OUT = "sailing_out"
    SAILING_IN = "sailing_in"


#: The part of the world always in view, metres.
WORLD_LEFT_M, WORLD_RIGHT_M = -23.6, 9.8
WORLD_BOTTOM_M, WORLD_TOP_M = -4.8, 12.6
QUAY_EDGE_M = -8.6
QUAY_TOP_M = 1.4
QUAY_COLUMN_SPACING_M = 2.8
CRANE_BOOM_M = 11.2

#: Roll and heave of the ship: natural period and damping of the displayed motion.
ROLL_PERIOD_S = 2.6
ROLL_DAMPING = 0.28
SINK_DURATION_S = 2.6
RISE_DURATION_S = 1.8
SAIL_AWAY_M = 34.0
SAIL_IN_DURATION_S = 2.2
REFUSED_SHAKE_S = 0.5
#: The waves at the surface: height, and pixels per radian as a multiple of the pixels per metre.
WAVE_AMPLITUDE_M = 0.08
WAVE_LENGTH_SCALE = 2.5


def _ease_out(fraction: float) -> float:
    fraction = min(1.0, max(0.0, fraction))
    return 1 - (1 - fraction) ** 3


class ShipScene(QWidget):
    """Draws the port and the ship, and turns drags into container moves on the Port model."""

    moved = Signal(int, str, int)  # container id, area value, column
    lift_refused = Signal(int)  # the visitor tried to lift a container from under another
    sunk = Signal()  # the sinking animation reached the bottom
    sailed_out = Signal()  # the ship left with its cargo

    def __init__(self, port: Port, format_mass: Callable[[float], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.port = port
        self.format_mass = format_mass
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self._background: QPixmap | None = None
        self._container_cache: dict[tuple, QPixmap] = {}
        self._cloud_cache: dict[tuple, QPixmap] = {}
        self._water_cache: tuple[tuple, QPixmap, tuple[float, QPixmap]] | None = None
        self._quay_cache: tuple[tuple, QPointF, QPixmap | None] | None = None
        self._background_key: tuple = ()
        self._random = random.Random(7)
        self.reset()

    # -- state ---------------------------------------------------------------------------------

    def reset(self) -> None:
        """Calm sea, ship at rest in its berth, nothing lifted."""
        state = self.port.state()
        self.motion = Motion.IDLE
        self.motion_time_s = 0.0
        self.sink_fate = Fate.AFLOAT
        self.heel_shown_deg = 0.0
        self._heel_rate = 0.0
        self.draught_shown_m = state.draught_m
        self._draught_rate = 0.0
        self.sink_depth_m = 0.0
        self.sail_offset_m = 0.0
        self._sail_speed = 0.0
        self._wave_phase = 0.0
        self._clock_s = 0.0
        self._bubbles: list[list[float]] = []
        self._dragged: int | None = None
        self._drag_from: tuple[Area, int] | None = None
        self._drag_point = QPointF()
        self._grab_offset = QPointF()
        self._refused: tuple[int, float] | None = None
        self.update()

    @property
    def busy(self) -> bool:
        """True while an animation owns the ship (no dragging then)."""
        return self.motion is not Motion.IDLE

    @property
    def dragging(self) -> bool:
        return self._dragged is not None

    def start_sinking(self, fate: Fate) -> None:
        self._cancel_drag()
        self.motion, self.motion_time_s, self.sink_fate = Motion.SINKING, 0.0, fate

    def start_sailing(self) -> None:
        self._cancel_drag()
        self.motion, self.motion_time_s, self._sail_speed = Motion.SAILING_OUT, 0.0, 0.0

    # -- animation -----------------------------------------------------------------------------

    def advance(self, dt_s: float) -> None:
        """Waves, roll and heave of the ship, sinking, sailing and bubbles."""
        self._wave_phase = (self._wave_phase + dt_s * 1.6) % (2 * math.tau * 100)
        self._clock_s += dt_s
        state = self.port.state()
        target_heel = state.heel_deg if state.fate is Fate.AFLOAT else self.heel_shown_deg
        target_draught = min(state.draught_m, self.port.hull.depth_m)
        self.motion_time_s += dt_s
        if self.motion is Motion.SINKING:
            if self.sink_fate is Fate.CAPSIZED:
                target_heel = math.copysign(55.0, self.heel_shown_deg or state.heeling_moment_tm or 1.0)
            self.sink_depth_m = 0.5 * 2.6 * self.motion_time_s ** 2
            self._spawn_bubbles(dt_s)
            if self.motion_time_s >= SINK_DURATION_S:
                self.sunk.emit()  # the exhibit puts the cargo back on the quay
                self.motion, self.motion_time_s = Motion.RISING, 0.0
                self.heel_shown_deg = self._heel_rate = 0.0
                self.draught_shown_m = self.port.state().draught_m
                self._draught_rate = 0.0
        elif self.motion is Motion.RISING:
            rise = _ease_out(self.motion_time_s / RISE_DURATION_S)
            self.sink_depth_m = 0.5 * 2.6 * SINK_DURATION_S ** 2 * (1 - rise)
            if self.motion_time_s >= RISE_DURATION_S:
                self.motion, self.sink_depth_m = Motion.IDLE, 0.0
        elif self.motion is Motion.SAILING_OUT:
            self._sail_speed += 5.0 * dt_s
            self.sail_offset_m += self._sail_speed * dt_s
            if self.sail_offset_m >= SAIL_AWAY_M:
                self.sailed_out.emit()  # the exhibit delivers the order and unloads
                self.motion, self.motion_time_s = Motion.SAILING_IN, 0.0
                self.heel_shown_deg = self._heel_rate = 0.0
                self.draught_shown_m = self.port.state().draught_m
        elif self.motion is Motion.SAILING_IN:
            self.sail_offset_m = SAIL_AWAY_M * (1 - _ease_out(self.motion_time_s / SAIL_IN_DURATION_S))
            if self.motion_time_s >= SAIL_IN_DURATION_S:
                self.motion, self.sail_offset_m = Motion.IDLE, 0.0
        # A damped oscillator: the ship rolls and bobs towards its balance, as a real one does.
        omega = math.tau / ROLL_PERIOD_S
        step = min(dt_s, 0.05)
        self._heel_rate += (-omega ** 2 * (self.heel_shown_deg - target_heel)
                            - 2 * ROLL_DAMPING * omega * self._heel_rate) * step
        self.heel_shown_deg += self._heel_rate * step
        self._draught_rate += (-omega ** 2 * (self.draught_shown_m - target_draught)
                               - 2 * 0.5 * omega * self._draught_rate) * step
        self.draught_shown_m += self._draught_rate * step
        self._move_bubbles(dt_s)
        if self._refused:
            remaining = self._refused[1] - dt_s
            self._refused = (self._refused[0], remaining) if remaining > 0 else None
        self.update()

    def _spawn_bubbles(self, dt_s: float) -> None:
        count = self._random.random() < dt_s * 40
        for _ in range(int(count) + (1 if self._random.random() < dt_s * 20 else 0)):
            self._bubbles.append([
                self._random.uniform(-5, 5) + self.sail_offset_m,
                min(-0.3, self.port.hull.depth_m - self.draught_shown_m - self.sink_depth_m),
                self._random.uniform(0.12, 0.35),
                self._random.uniform(1.2, 2.4),
                self._random.uniform(0, math.tau),
            ])

    def _move_bubbles(self, dt_s: float) -> None:
        for bubble in self._bubbles:
            bubble[1] += bubble[3] * dt_s
            bubble[4] += dt_s * 5
        self._bubbles = [b for b in self._bubbles if b[1] < 0][-120:]

    # -- geometry ------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(1200, 800)

    @property
    def scale_px_per_m(self) -> float:
        return min(self.width() / (WORLD_RIGHT_M - WORLD_LEFT_M),
                   self.height() / (WORLD_TOP_M - WORLD_BOTTOM_M))

    def world_to_screen(self, x_m: float, y_m: float) -> QPointF:
        scale = self.scale_px_per_m
        left = (self.width() - (WORLD_RIGHT_M - WORLD_LEFT_M) * scale) / 2
        # Spare height goes mostly to the sky, so the sea never looks cut short.
        top = (self.height() - (WORLD_TOP_M - WORLD_BOTTOM_M) * scale) * 0.6
        return QPointF(left + (x_m - WORLD_LEFT_M) * scale, top + (WORLD_TOP_M - y_m) * scale)

    def ship_transform(self) -> QTransform:
        """Ship frame (pixels, origin on the waterline at the centreline) to widget pixels."""
        origin = self.world_to_screen(self.sail_offset_m, -self.sink_depth_m)
        return QTransform().translate(origin.x(), origin.y()).rotate(self.heel_shown_deg)

    def ship_local(self, offset_m: float, above_keel_m: float) -> QPointF:
        """A point of the ship (sideways offset, height above the keel) in the ship frame."""
        scale = self.scale_px_per_m
        return QPointF(offset_m * scale, -(above_keel_m - self.draught_shown_m) * scale)

    def ship_slot_rect(self, column: int, tier: int) -> QRectF:
        """A container place on deck, in the ship frame."""
        hull = self.port.hull
        scale = self.scale_px_per_m
        centre = self.ship_local(hull.column_offset_m(column), hull.container_vcg_m(tier))
        width, height = hull.container_width_m * scale, hull.container_height_m * scale
        return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)

    def quay_slot_rect(self, column: int, tier: int) -> QRectF:
        """A container place on the quay, in widget pixels."""
        hull = self.port.hull
        x_m = self.quay_column_x_m(column)
        top_left = self.world_to_screen(x_m - hull.container_width_m / 2,
                                        QUAY_TOP_M + (tier + 1) * hull.container_height_m)
        scale = self.scale_px_per_m
        return QRectF(top_left.x(), top_left.y(), hull.container_width_m * scale,
                      hull.container_height_m * scale)

    @staticmethod
    def quay_column_x_m(column: int) -> float:
        return QUAY_EDGE_M - 1.8 - (Port.QUAY_COLUMNS - 1 - column) * QUAY_COLUMN_SPACING_M

    def container_centre(self, container_id: int) -> QPointF:
        """Where a container is on screen (widget pixels); for tests and hints."""
        area, column, tier = self.port.locate(container_id)
        if area is Area.QUAY:
            return self.quay_slot_rect(column, tier).center()
        return self.ship_transform().map(self.ship_slot_rect(column, tier).center())

    def drop_point(self, area: Area, column: int) -> QPointF:
        """Widget point over the next free place of a stack: drop a container there."""
        tier = min(len(self.port.stacks(area)[column]), self.port.capacity(area) - 1)
        if area is Area.QUAY:
            return self.quay_slot_rect(column, tier).center()
        return self.ship_transform().map(self.ship_slot_rect(column, tier).center())

    # -- touch ---------------------------------------------------------------------------------

    def _container_at(self, point: QPointF) -> int | None:
        for column, stack in enumerate(self.port.quay):
            for tier, cid in enumerate(stack):
                if self.quay_slot_rect(column, tier).contains(point):
                    return cid
        local = self.ship_transform().inverted()[0].map(point)
        for column, stack in enumerate(self.port.ship):
            for tier, cid in enumerate(stack):
                if self.ship_slot_rect(column, tier).adjusted(-4, -4, 4, 4).contains(local):
                    return cid
        return None

    def drop_target(self, point: QPointF) -> tuple[Area, int] | None:
        """The stack a container dropped with its centre at ``point`` would land on."""
        hull = self.port.hull
        scale = self.scale_px_per_m
        local = self.ship_transform().inverted()[0].map(point)
        offset_m = local.x() / scale
        above_keel_m = -local.y() / scale + self.draught_shown_m
        if abs(offset_m) <= hull.beam_m / 2 + 0.8 and above_keel_m > hull.depth_m - 1.5:
            column = int((offset_m + hull.beam_m / 2) / (hull.beam_m / hull.columns))
            column = min(hull.columns - 1, max(0, column))
            return (Area.SHIP, column) if self._can_drop(Area.SHIP, column) else None
        x_m = WORLD_LEFT_M + (point.x() - self.world_to_screen(WORLD_LEFT_M, 0).x()) / scale
        if x_m < QUAY_EDGE_M + 1.0:
            columns = sorted(range(Port.QUAY_COLUMNS), key=lambda c: abs(self.quay_column_x_m(c) - x_m))
            for column in columns:
                if self._can_drop(Area.QUAY, column):
                    return Area.QUAY, column
        return None

    def _can_drop(self, area: Area, column: int) -> bool:
        return self._drag_from == (area, column) or self.port.can_place(area, column)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.busy:
            return
        point = event.position()
        cid = self._container_at(point)
        if cid is None:
            return
        if not self.port.is_top(cid):
            self._refused = (cid, REFUSED_SHAKE_S)
            self.lift_refused.emit(cid)
            return
        area, column, _ = self.port.locate(cid)
        self._dragged, self._drag_from = cid, (area, column)
        self._grab_offset = self.container_centre(cid) - point
        self._drag_point = point
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragged is not None:
            self._drag_point = event.position()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragged is None:
            return
        cid, origin = self._dragged, self._drag_from
        self._drag_point = event.position()
        target = self.drop_target(self._drag_point + self._grab_offset)
        self._dragged = self._drag_from = None
        if target is None and origin is not None and origin[0] is Area.SHIP:
            # Dropped in the sea or the sky: the crane puts it back on the quay.
            if self.port.return_to_quay(cid):
                _, column, _ = self.port.locate(cid)
                self.moved.emit(cid, Area.QUAY.value, column)
        elif target is not None and target != origin and self.port.move(cid, *target) is not None:
            self.moved.emit(cid, target[0].value, target[1])
        self.update()

    def _cancel_drag(self) -> None:
        self._dragged = self._drag_from = None

    # -- painting ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._background = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)  # tilted containers
        painter.drawPixmap(0, 0, self._backdrop())
        if not theme.high_contrast:
            self._paint_clouds(painter)
            self._paint_fish(painter)
        self._paint_trolley(painter)
        self._paint_ship(painter)
        self._paint_water(painter)
        self._paint_quay_containers(painter)
        if self.motion is Motion.IDLE:
            self._paint_annotations(painter)
        self._paint_drag(painter)
        self._paint_bubbles(painter)
        self._paint_banner(painter, theme)
        painter.end()

    def _world_font(self, height_m: float, weight: QFont.Weight) -> QFont:
        """A font sized in metres of the scene (for text painted on the quay and the hull)."""
        font = current_theme().font(10, weight)
        font.setPixelSize(max(6, round(height_m * self.scale_px_per_m)))
        return font

    def _shake(self, cid: int) -> float:
        if not self._refused or self._refused[0] != cid:
            return 0.0
        return math.sin(self._refused[1] * 40) * self.scale_px_per_m * 0.15

    def _draw_container(self, painter: QPainter, rect: QRectF, cid: int, lifted: bool = False) -> None:
        """A container from a cached picture (patterns are slow to paint at 60 Hz)."""
        container = self.port.containers[cid]
        theme = current_theme()
        label = self.format_mass(container.mass_t)
        ratio = self.devicePixelRatioF()
        margin = 6 if lifted else 1
        key = (container.style, label, round(rect.width()), round(rect.height()), lifted,
               theme.high_contrast, ratio)
        picture = self._container_cache.get(key)
        if picture is None:
            picture = QPixmap(round((rect.width() + 2 * margin) * ratio * 1.1),
                              round((rect.height() + 2 * margin) * ratio * 1.1))
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            cache_painter = QPainter(picture)
            cache_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            draw_container(cache_painter, QRectF(margin, margin, rect.width(), rect.height()),
                           container.style, label, theme, lifted=lifted)
            cache_painter.end()
            if len(self._container_cache) > 64:
                self._container_cache.clear()
            self._container_cache[key] = picture
        painter.drawPixmap(QPointF(rect.left() - margin, rect.top() - margin), picture)

    def _paint_quay_containers(self, painter: QPainter) -> None:
        """The containers waiting on the quay: one cached picture of those that stand still (a
        lifted or shaking one is drawn live), made again only when the stacks change."""
        moving = {self._dragged, self._refused[0] if self._refused else None}
        slots = [(column, tier, cid) for column, stack in enumerate(self.port.quay) for tier, cid in enumerate(stack)]
        still = [(column, tier, cid) for column, tier, cid in slots if cid not in moving]
        key = (self.width(), self.height(), current_theme().high_contrast, self.devicePixelRatioF(),
               tuple((column, tier, cid, self.format_mass(self.port.containers[cid].mass_t))
                     for column, tier, cid in still))
        if self._quay_cache is None or self._quay_cache[0] != key:
            self._quay_cache = (key, *self._quay_picture(still))
        _, top_left, picture = self._quay_cache
        if picture is not None:
            painter.drawPixmap(top_left, picture)
        for column, tier, cid in slots:
            if cid in moving and cid != self._dragged:
                self._draw_container(painter, self.quay_slot_rect(column, tier).translated(self._shake(cid), 0), cid)

    def _quay_picture(self, slots: list[tuple[int, int, int]]) -> tuple[QPointF, QPixmap | None]:
        """The given quay containers drawn once, and where the picture goes (whole pixels, so that
        it looks exactly as the containers drawn one by one)."""
        if not slots:
            return QPointF(), None
        bounds = QRectF()
        for column, tier, _ in slots:
            bounds = bounds.united(self.quay_slot_rect(column, tier).adjusted(-2, -2, 2, 2))
        left, top = math.floor(bounds.left()), math.floor(bounds.top())
        ratio = self.devicePixelRatioF()
        picture = QPixmap(math.ceil((bounds.right() - left) * ratio) + 2,
                          math.ceil((bounds.bottom() - top) * ratio) + 2)
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        picture_painter = QPainter(picture)
        picture_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        picture_painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        picture_painter.translate(-left, -top)
        for column, tier, cid in slots:
            self._draw_container(picture_painter, self.quay_slot_rect(column, tier), cid)
        picture_painter.end()
        return QPointF(left, top), picture

    def _backdrop(self) -> QPixmap:
        """Sky, distant port, the crane and the quay: static, so drawn once per size and theme."""
        theme = current_theme()
        key = (self.width(), self.height(), theme.high_contrast, theme.scale, self.devicePixelRatioF())
        if self._background is not None and key == self._background_key:
            return self._background
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(int(self.width() * ratio), int(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(theme.color("background"))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        horizon = self.world_to_screen(0, 0).y()
        painter.fillRect(QRectF(0, 0, self.width(), horizon + 2), sky_gradient(theme, 0, horizon))
        scale = self.scale_px_per_m
        skyline = theme.color("outline") if not theme.high_contrast else QColor("#555555")
        draw_skyline(painter, horizon, self.world_to_screen(QUAY_EDGE_M, 0).x(), self.width(),
                     scale, skyline)
        self._paint_crane(painter, theme)
        self._paint_quay(painter, theme)
        painter.end()
        self._background, self._background_key = pixmap, key
        return pixmap

    def _paint_crane(self, painter: QPainter, theme) -> None:
        scale = self.scale_px_per_m
        colour = theme.color("text_muted") if theme.high_contrast else QColor("#E69F00").darker(135)
        pen = QPen(colour, max(2.0, scale * 0.35), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for x_m in (-22.9, -11.4):
            painter.drawLine(self.world_to_screen(x_m, QUAY_TOP_M), self.world_to_screen(x_m, CRANE_BOOM_M))
        painter.drawLine(self.world_to_screen(-24.4, CRANE_BOOM_M), self.world_to_screen(9.6, CRANE_BOOM_M))
        painter.setPen(QPen(colour, max(1.5, scale * 0.16)))
        painter.drawLine(self.world_to_screen(-22.9, 8.0), self.world_to_screen(-11.4, 8.0))
        for x_m in (-22.9, -11.4):
            painter.drawLine(self.world_to_screen(x_m, 12.4), self.world_to_screen(9.6, CRANE_BOOM_M))
        painter.drawLine(self.world_to_screen(-22.9, 12.4), self.world_to_screen(-11.4, 12.4))

    def _paint_quay(self, painter: QPainter, theme) -> None:
        top_left = self.world_to_screen(-40, QUAY_TOP_M)
        edge = self.world_to_screen(QUAY_EDGE_M, WORLD_BOTTOM_M - 30)
        rect = QRectF(top_left, edge).normalized()
        rect.setLeft(-10)
        concrete = QColor("#5C6B80") if not theme.high_contrast else QColor("#333333")
        painter.setPen(QPen(theme.color("outline"), max(1.0, self.scale_px_per_m * 0.08)))
        painter.setBrush(concrete)
        painter.drawRect(rect)
        scale = self.scale_px_per_m
        # fenders (tyres) on the quay wall and a bollard
        painter.setBrush(QColor("#1A1A1A"))
        painter.setPen(Qt.PenStyle.NoPen)
        for y_m in (0.6, -0.5):
            centre = self.world_to_screen(QUAY_EDGE_M - 0.15, y_m)
            painter.drawEllipse(centre, scale * 0.45, scale * 0.45)
        bollard = self.world_to_screen(QUAY_EDGE_M - 0.9, QUAY_TOP_M)
        painter.setBrush(theme.color("text_muted"))
        painter.drawRoundedRect(QRectF(bollard.x() - scale * 0.3, bollard.y() - scale * 0.6,
                                       scale * 0.6, scale * 0.6), scale * 0.15, scale * 0.15)
        painter.setPen(theme.color("text"))
        painter.setFont(self._world_font(0.8, QFont.Weight.Bold))
        name_rect = QRectF(self.world_to_screen(WORLD_LEFT_M, QUAY_TOP_M - 0.3),
                           self.world_to_screen(QUAY_EDGE_M - 0.3, QUAY_TOP_M - 1.5))
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignCenter, self.tr("VENTSPILS"))

    def _paint_clouds(self, painter: QPainter) -> None:
        """Slow clouds: the sky is alive even when nobody plays."""
        scale = self.scale_px_per_m
        span = WORLD_RIGHT_M - WORLD_LEFT_M + 16
        # Spread over all the sky that is visible (a tall screen shows more of it).
        sky_top_m = WORLD_TOP_M + self.world_to_screen(0, WORLD_TOP_M).y() / scale
        for index, (speed, height, size) in enumerate(((0.35, 0.55, 1.0), (0.22, 0.2, 0.7),
                                                       (0.28, 0.85, 0.85), (0.18, 0.4, 1.2))):
            x_m = WORLD_LEFT_M - 8 + (index * 13 + self._clock_s * speed) % span
            centre = self.world_to_screen(x_m, 7.0 + height * (sky_top_m - 8.5))
            sprite = self._cloud_sprite(size)
            painter.drawPixmap(QPointF(centre.x() - sprite.width() / sprite.devicePixelRatio() / 2,
                                       centre.y() - sprite.height() / sprite.devicePixelRatio() / 2), sprite)

    def _cloud_sprite(self, size: float) -> QPixmap:
        """One cloud, drawn once per size and scale (soft alpha shapes are slow to fill)."""
        theme = current_theme()
        scale = self.scale_px_per_m
        key = (round(scale, 2), size, theme.high_contrast, self.devicePixelRatioF())
        sprite = self._cloud_cache.get(key)
        if sprite is None:
            ratio = self.devicePixelRatioF()
            width, height = 6.0 * scale * size, 3.0 * scale * size
            sprite = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
            sprite.setDevicePixelRatio(ratio)
            sprite.fill(Qt.GlobalColor.transparent)
            sprite_painter = QPainter(sprite)
            sprite_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            colour = theme.color("text_muted")
            colour.setAlpha(38)
            sprite_painter.setPen(Qt.PenStyle.NoPen)
            sprite_painter.setBrush(colour)
            centre = QPointF(width / 2, height / 2)
            for dx, dy, radius in ((0, 0, 1.1), (1.2, 0.3, 0.8), (-1.2, 0.35, 0.75), (0.5, -0.5, 0.8)):
                sprite_painter.drawEllipse(
                    QPointF(centre.x() + dx * scale * size, centre.y() + dy * scale * size),
                    radius * scale * size * 1.4, radius * scale * size)
            sprite_painter.end()
            if len(self._cloud_cache) > 16:
                self._cloud_cache.clear()
            self._cloud_cache[key] = sprite
        return sprite

    def _paint_fish(self, painter: QPainter) -> None:
        """A few fish under the surface (they swim behind the water's tint)."""
        scale = self.scale_px_per_m
        painter.setPen(Qt.PenStyle.NoPen)
        span = WORLD_RIGHT_M - WORLD_LEFT_M + 6
        for index, (speed, depth_m) in enumerate(((0.9, -3.2), (-0.6, -4.1), (0.5, -2.4))):
            x_m = WORLD_LEFT_M - 3 + (index * 11 + self._clock_s * speed) % span
            centre = self.world_to_screen(x_m, depth_m + 0.15 * math.sin(self._clock_s + index))
            direction = 1 if speed > 0 else -1
            painter.setBrush(current_theme().series(1 + index))
            painter.drawEllipse(centre, scale * 0.55, scale * 0.25)
            tail = QPointF(centre.x() - direction * scale * 0.5, centre.y())
            painter.drawPolygon([tail, QPointF(tail.x() - direction * scale * 0.35, tail.y() - scale * 0.25),
                                 QPointF(tail.x() - direction * scale * 0.35, tail.y() + scale * 0.25)])

    def _paint_trolley(self, painter: QPainter) -> None:
        """The crane trolley follows the lifted container; the cable hangs down to it."""
        theme = current_theme()
        scale = self.scale_px_per_m
        boom = self.world_to_screen(0, CRANE_BOOM_M).y()
        if self._dragged is not None:
            x = (self._drag_point + self._grab_offset).x()
        else:
            x = self.world_to_screen(-16.0, 0).x()
        colour = theme.color("text_muted")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(x - scale * 0.9, boom - scale * 0.2, scale * 1.8, scale * 0.7),
                                scale * 0.15, scale * 0.15)
        if self._dragged is not None:
            centre = self._drag_point + self._grab_offset
            top = centre.y() - self.port.hull.container_height_m * scale / 2
            painter.setPen(QPen(colour, max(1.0, scale * 0.06)))
            painter.drawLine(QPointF(x, boom + scale * 0.5), QPointF(x, top))
            painter.drawLine(QPointF(x - scale * 1.0, top), QPointF(x, top - scale * 0.7))
            painter.drawLine(QPointF(x + scale * 1.0, top), QPointF(x, top - scale * 0.7))

    def _paint_ship(self, painter: QPainter) -> None:
        theme = current_theme()
        hull = self.port.hull
        scale = self.scale_px_per_m
        painter.save()
        painter.setTransform(self.ship_transform())
        keel = self.ship_local(0, 0)
        # mast and flag behind the containers
        mast_top = self.ship_local(0, hull.depth_m + hull.tiers * hull.container_height_m + 1.8)
        painter.setPen(QPen(theme.color("text_muted"), max(2.0, scale * 0.18)))
        painter.drawLine(self.ship_local(0, hull.depth_m), mast_top)
        draw_flag(painter, mast_top, scale * 1.6, self._wave_phase * 3)
        topsides, bottom, outline = hull_colours(theme)
        path = hull_path(hull.beam_m * scale, hull.depth_m * scale).translated(keel)
        painter.setPen(QPen(outline, max(1.5, scale * 0.1)))
        painter.setBrush(topsides)
        painter.drawPath(path)
        # anti-fouling below the load line, as on real ships
        painter.save()
        painter.setClipPath(path)
        load_line = self.ship_local(0, hull.load_line_draught_m)
        painter.fillRect(QRectF(keel.x() - hull.beam_m * scale, load_line.y(),
                                2 * hull.beam_m * scale, keel.y() - load_line.y() + 2), bottom)
        painter.restore()
        painter.setPen(QPen(outline, max(1.5, scale * 0.1)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        self._paint_hull_marks(painter, theme)
        for column, stack in enumerate(self.port.ship):
            for tier, cid in enumerate(stack):
                if cid != self._dragged:
                    rect = self.ship_slot_rect(column, tier).translated(self._shake(cid), 0)
                    self._draw_container(painter, rect, cid)
        target = self._drop_preview()
        if target is not None and target[0] is Area.SHIP:
            tier = min(len(self.port.ship[target[1]]), hull.tiers - 1)
            self._paint_slot_hint(painter, self.ship_slot_rect(target[1], tier))
        painter.restore()

    def _paint_hull_marks(self, painter: QPainter, theme) -> None:
        """Draught marks (every metre) on the left and the Plimsoll mark on the right."""
        hull = self.port.hull
        scale = self.scale_px_per_m
        mark_colour = QColor("#0B1B34") if not theme.high_contrast else theme.color("text")
        painter.setPen(QPen(mark_colour, max(1.0, scale * 0.07)))
        painter.setFont(self._world_font(0.5, QFont.Weight.Bold))
        left = -hull.beam_m / 2 + 0.35
        metres = 1
        while metres < hull.depth_m:
            y = self.ship_local(left, metres).y()
            painter.drawLine(QPointF(left * scale, y), QPointF((left + 0.5) * scale, y))
            text_rect = QRectF((left + 0.6) * scale, y - scale * 0.4, scale * 1.2, scale * 0.8)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             str(metres))
            metres += 1
        plimsoll = self.ship_local(hull.beam_m / 2 - 1.6, hull.load_line_draught_m)
        draw_plimsoll(painter, plimsoll, scale * 0.55,
                      QColor("#FFFFFF") if not theme.high_contrast else theme.color("accent"))

    def _paint_slot_hint(self, painter: QPainter, rect: QRectF) -> None:
        theme = current_theme()
        pen = QPen(theme.color("accent"), max(2.0, self.scale_px_per_m * 0.12), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        fill = theme.color("accent")
        fill.setAlpha(50)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, rect.height() * 0.06, rect.height() * 0.06)

    def _drop_preview(self) -> tuple[Area, int] | None:
        if self._dragged is None:
            return None
        return self.drop_target(self._drag_point + self._grab_offset)

    def _paint_water(self, painter: QPainter) -> None:
        """The sea in front of the hull: a cached deep body, and the wavy band on top from a cached
        strip slid sideways (a sine wave that travels is the same picture shifted): two copies a
        frame instead of an antialiased polygon and line across the screen (1.2 ms of 3.3)."""
        theme = current_theme()
        scale = self.scale_px_per_m
        amplitude = scale * WAVE_AMPLITUDE_M
        base = self.world_to_screen(0, 0).y()
        band_bottom = base + amplitude * 3
        key = (self.width(), self.height(), theme.high_contrast, self.port.water, self.devicePixelRatioF())
        if self._water_cache is None or self._water_cache[0] != key:
            self._water_cache = (key, self._water_body(band_bottom), self._wave_strip(base, band_bottom))
        _, body, (strip_top, strip) = self._water_cache
        painter.drawPixmap(QPointF(0, band_bottom), body)
        wave_number = scale * WAVE_LENGTH_SCALE  # pixels per radian of the wave
        shift = (self._wave_phase * wave_number) % (math.tau * wave_number)
        painter.drawPixmap(QPointF(-round(shift), strip_top), strip)

    def _water_body(self, band_bottom: float) -> QPixmap:
        """The deep water below the waves, as wide as the scene."""
        theme = current_theme()
        colour = water_colour(theme, self.port.water)
        base = self.world_to_screen(0, 0).y()
        ratio = self.devicePixelRatioF()
        body = QPixmap(max(1, round(self.width() * ratio)), max(1, round((self.height() - band_bottom) * ratio)) + 1)
        body.setDevicePixelRatio(ratio)
        body.fill(Qt.GlobalColor.transparent)
        body_painter = QPainter(body)
        body_painter.fillRect(QRectF(0, 0, self.width(), self.height()),
                              self._water_gradient(colour, theme, base - band_bottom, self.height() - band_bottom))
        body_painter.end()
        return body

    def _wave_strip(self, base: float, band_bottom: float) -> tuple[float, QPixmap]:
        """The wavy band at phase 0, a wavelength wider than the scene (so any shift covers it),
        with its top in scene pixels."""
        theme = current_theme()
        scale = self.scale_px_per_m
        colour = water_colour(theme, self.port.water)
        amplitude = scale * WAVE_AMPLITUDE_M
        line_width = max(1.5, scale * 0.08)
        wave_number = scale * WAVE_LENGTH_SCALE
        width = self.width() + math.tau * wave_number + 2
        top = math.floor(base - amplitude - line_width)
        ratio = self.devicePixelRatioF()
        strip = QPixmap(max(1, math.ceil(width * ratio)), max(1, math.ceil((band_bottom - top) * ratio)))
        strip.setDevicePixelRatio(ratio)
        strip.fill(Qt.GlobalColor.transparent)
        steps = max(2, math.ceil(width / 8))
        wave = QPolygonF([QPointF(width * i / steps, base - top + amplitude * math.sin(width * i / steps / wave_number))
                          for i in range(steps + 1)])
        band = QPolygonF(wave)
        band.append(QPointF(width, band_bottom - top))
        band.append(QPointF(0, band_bottom - top))
        strip_painter = QPainter(strip)
        strip_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        strip_painter.setPen(Qt.PenStyle.NoPen)
        strip_painter.setBrush(self._water_gradient(colour, theme, base - top, self.height() - top))
        strip_painter.drawPolygon(band)
        strip_painter.setPen(QPen(theme.color("good") if theme.high_contrast else colour.lighter(170), line_width))
        strip_painter.drawPolyline(wave)
        strip_painter.end()
        return top, strip

    @staticmethod
    def _water_gradient(colour: QColor, theme, top: float, bottom: float) -> QLinearGradient:
        gradient = QLinearGradient(0, top, 0, bottom)
        top_colour, deep_colour = QColor(colour), colour.darker(170)
        top_colour.setAlpha(150 if not theme.high_contrast else 200)
        deep_colour.setAlpha(235)
        gradient.setColorAt(0.0, top_colour)
        gradient.setColorAt(1.0, deep_colour)
        return gradient

    def _paint_annotations(self, painter: QPainter) -> None:
        """The draught as a measured arrow, the heel as an angle, and a label on the load line."""
        theme = current_theme()
        hull = self.port.hull
        scale = self.scale_px_per_m
        font = theme.font(22, QFont.Weight.DemiBold)
        painter.setFont(font)
        # Draught: from the water surface down to the keel, beside the hull.
        x = self.world_to_screen(hull.beam_m / 2 + 0.9, 0).x()
        top = self.world_to_screen(0, 0).y()
        bottom = self.world_to_screen(0, -self.draught_shown_m).y()
        pen = QPen(theme.color("text"), max(2.0, scale * 0.07))
        painter.setPen(pen)
        draw_arrow(painter, QPointF(x, top + (bottom - top) / 2), QPointF(x, bottom), scale * 0.3)
        draw_arrow(painter, QPointF(x, top + (bottom - top) / 2), QPointF(x, top), scale * 0.3)
        label = self.tr("draught\n{value}").format(
            value=self._format_metres(self.port.state().draught_m))
        painter.setPen(theme.color("text"))
        text_rect = QRectF(x + scale * 0.3, top + scale * 0.2, self.width() - x - scale * 0.3,
                           max(bottom - top, scale * 2.0))
        # A narrow scene (large text widens the panel) leaves little room right of the hull.
        longest = max(label.split("\n"), key=len)
        painter.setFont(fitted_font(longest, font, text_rect.width() - 4, smallest=0.6))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
        painter.setFont(font)
        # Load line label, pointing at the Plimsoll mark; wrapped when the screen is narrow.
        mark = self.ship_transform().map(self.ship_local(hull.beam_m / 2 - 1.6, hull.load_line_draught_m))
        left = self.world_to_screen(hull.beam_m / 2 + 0.7, 0).x()
        text = self.tr("load line")
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
        longest_word = max(text.split(), key=len)
        painter.setFont(fitted_font(longest_word, font, self.width() - left - 6, smallest=0.6))
        bounds = painter.fontMetrics().boundingRect(0, 0, max(10, round(self.width() - left - 4)), 1000,
                                                    int(flags), text)
        label_rect = QRectF(left, mark.y() - scale * 1.4 - bounds.height(), bounds.width() + 2,
                            bounds.height())
        painter.setPen(QPen(theme.color("accent"), max(1.5, scale * 0.06)))
        painter.drawText(label_rect, flags, text)
        painter.drawLine(QPointF(label_rect.left() + scale * 0.3, label_rect.bottom()),
                         QPointF(mark.x() + scale * 0.5, mark.y() - scale * 0.5))
        # Heel: the mast against a plumb line.
        heel = self.heel_shown_deg
        if abs(heel) >= 0.3:
            self._paint_heel_angle(painter, heel)

    def _paint_heel_angle(self, painter: QPainter, heel_deg: float) -> None:
        theme = current_theme()
        hull = self.port.hull
        scale = self.scale_px_per_m
        pivot_world = self.world_to_screen(self.sail_offset_m, -self.sink_depth_m)
        length = (hull.depth_m - self.draught_shown_m + hull.tiers * hull.container_height_m + 1.6) * scale
        plumb_top = QPointF(pivot_world.x(), pivot_world.y() - length)
        painter.setPen(QPen(theme.color("text_muted"), max(1.5, scale * 0.06), Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(pivot_world.x(), pivot_world.y() - length * 0.75), plumb_top)
        radius = length * 0.92
        arc_rect = QRectF(pivot_world.x() - radius, pivot_world.y() - radius, 2 * radius, 2 * radius)
        painter.setPen(QPen(theme.color("accent"), max(2.0, scale * 0.12)))
        painter.drawArc(arc_rect, 90 * 16, round(-heel_deg * 16))
        text = self.tr("heel {angle}").format(angle=self._format_degrees(self.port.state().heel_deg))
        painter.setFont(theme.font(24, QFont.Weight.Bold))
        width = painter.fontMetrics().horizontalAdvance(text) + scale
        side = 1 if heel_deg < 0 else -1
        x = plumb_top.x() + (scale * 0.6 if side > 0 else -scale * 0.6 - width)
        painter.drawText(QRectF(x, plumb_top.y() - scale * 0.9, width, scale * 1.2),
                         Qt.AlignmentFlag.AlignCenter, text)

    def _paint_drag(self, painter: QPainter) -> None:
        if self._dragged is None:
            return
        target = self._drop_preview()
        if target is not None and target[0] is Area.QUAY:
            tier = min(len(self.port.quay[target[1]]), Port.QUAY_TIERS - 1)
            if self._drag_from == target:
                tier = len(self.port.quay[target[1]]) - 1
            self._paint_slot_hint(painter, self.quay_slot_rect(target[1], tier))
        hull = self.port.hull
        scale = self.scale_px_per_m
        centre = self._drag_point + self._grab_offset
        width, height = hull.container_width_m * scale * 1.06, hull.container_height_m * scale * 1.06
        rect = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
        self._draw_container(painter, rect, self._dragged, lifted=True)

    def _paint_bubbles(self, painter: QPainter) -> None:
        if not self._bubbles:
            return
        theme = current_theme()
        scale = self.scale_px_per_m
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(theme.color("text"), max(1.0, scale * 0.05)))
        for x_m, y_m, radius_m, _, phase in self._bubbles:
            centre = self.world_to_screen(x_m + 0.2 * math.sin(phase), y_m)
            painter.drawEllipse(centre, radius_m * scale, radius_m * scale)

    def _paint_banner(self, painter: QPainter, theme) -> None:
        if self.motion not in (Motion.SINKING, Motion.RISING):
            return
        if self.sink_fate is Fate.CAPSIZED:
            title = self.tr("Whoops! The ship tipped over.")
            detail = self.tr("Too much weight on one side. Nobody got wet: the cargo is back on the quay.")
        else:
            title = self.tr("Glug, glug! The deck went under water.")
            detail = self.tr("The ship was too heavy. Nobody got wet: the cargo is back on the quay.")
        margin = theme.px(24)
        width = min(self.width() - 2 * margin, theme.px(1000))
        rect = QRectF((self.width() - width) / 2, margin, width, theme.px(170))
        fill = theme.color("surface")
        fill.setAlpha(235)
        painter.setPen(QPen(theme.color("warning"), theme.px(4)))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, theme.px(24), theme.px(24))
        painter.setPen(theme.color("text"))
        painter.setFont(theme.font(34, QFont.Weight.Bold))
        inner = rect.adjusted(margin, margin * 0.6, -margin, -margin * 0.6)
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.45),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, title)
        painter.setFont(theme.font(24))
        painter.setPen(theme.color("text_muted"))
        painter.drawText(QRectF(inner.left(), inner.top() + inner.height() * 0.45, inner.width(),
                                inner.height() * 0.55),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, detail)

    # -- numbers -------------------------------------------------------------------------------

    number_formatter: Callable[[float, int, str], str] | None = None

    def _format_metres(self, value: float) -> str:
        if self.number_formatter:
            return self.number_formatter(value, 2, self.tr("m"))
        return f"{value:.2f} m"

    def _format_degrees(self, value: float) -> str:
        if self.number_formatter:
            return self.number_formatter(abs(value), 1, "°").replace("\N{NO-BREAK SPACE}°", "°")
        return f"{abs(value):.1f}°"
