"""The painted port of Ventspils: quay, sea, launcher, targets, obstacles, trails; drag to aim."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
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

from exhibits.launch.aim_diagram import AimTexts, SidePlace, paint_beside, place_beside, text_problems
from exhibits.launch.framing import flight_top_m, level_frame, level_lob
from exhibits.launch.model import (
    ANGLE_RANGE_DEG,
    BALL_RADIUS_M,
    SPEED_RANGE_MPS,
    Box,
    LaunchGame,
    Level,
    ShotResult,
    ideal_max_height_m,
)
from kiosk.exhibit import ExhibitContext, ThemedMixin, current_theme, draw_arrow

QUAY_EDGE_M = 8.0
#: Share of the height below the waterline (the sea and the distance ruler).
SEA_SHARE = 0.1
#: Room left of the launcher (its dome, the quay, the height ruler), in pixels at the reference size.
LAUNCHER_ROOM_PX = 110
#: Room above the highest flight (the ball, the target's marker), in pixels at the reference size.
TOP_ROOM_PX = 48
#: The aim is drawn large in the free sky when that is at least this share of the scene (a tall screen).
AIM_DIAGRAM_MIN_SHARE = 0.3
#: ... and the fastest aim would be drawn at least this long (pixels at the reference size).
AIM_DIAGRAM_MIN_PX = 300
#: The target's bouncing marker reaches this high above it (pixels at the reference size).
MARKER_RISE_PX = 88
#: What the aim drawn beside its numbers keeps clear of (pixels at the reference size).
DIAGRAM_CLEARANCE_PX = 16
#: Seconds in which the camera goes most of the way to a new frame (a high ball, back to the level).
CAMERA_EASE_S = 0.35
#: Every n-th recorded point of a path becomes a dot of the trail.
TRAIL_EVERY = 10
EFFECT_S = 1.2


def aim_label_font() -> QFont:
    """The type of the aim's numbers beside the arrow."""
    return current_theme().font(24, QFont.Weight.Bold)


def _pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    return QPen(colour, width, style, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)


class PortScene(ThemedMixin, QWidget):
    """Draws the game and turns a touch into an aim: direction = angle, distance = speed."""

    aimed = Signal(float, float)  # angle in degrees, speed in m/s, while dragging
    aim_released = Signal(float, float)

    def __init__(self, game: LaunchGame, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.game = game
        self.context = context
        self.dragging = False
        self.banner = ""
        self._effect: tuple[str, float, float] | None = None  # kind, x_m, y_m
        self._effect_age_s = 0.0
        self._phase_s = 0.0
        self._background: QPixmap | None = None
        self._background_key: tuple = ()
        self._trail_cache: list[QPolygonF] = []
        self._trail_cache_key: tuple = ()
        self._camera_top_m: float | None = None  # the sky shown now (eased towards the wanted frame)
        self._mapping_key: tuple = ()
        self._mapping_now = (1.0, 0.0, 0.0)
        #: The aim drawn large in the sky (a tall screen): its foot, pixels per m/s, and the area a drag may start in.
        self.aim_diagram: tuple[QPointF, float] | None = None
        self._aim_diagram_area = QRectF()
        self._drag_from: tuple[QPointF, float] | None = None  # the arrow being dragged: foot, pixels per m/s
        #: On a wide screen: where the aim goes beside its numbers (None: no room), worked out once per size,
        #: level, look and language.
        self.side_place: SidePlace | None = None
        self._side_place_key: tuple = ()
        self._diagram_problems: list[str] = []
        self._diagram_picture: tuple[QPointF, QPixmap] | None = None
        self._diagram_picture_key: tuple = ()
        self._diagram_picture_problems: list[str] = []
        # every pixel is painted (the corners in the page colour), so Qt need not paint what is behind
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(current_theme().px(480), current_theme().px(300))

    # -- geometry ---------------------------------------------------------------------------

    def wanted_top_m(self) -> float:
        """The sky the camera should show: the level's, or higher while a ball flies (or just landed) above it."""
        top_m = level_frame(self.game.level).top_m
        flight = self.game.flight
        if flight is not None and (flight.result is None or self._effect is not None):
            top_m = max(top_m, flight_top_m(flight))
        return top_m

    def _top_m(self) -> float:
        return self._camera_top_m if self._camera_top_m is not None else self.wanted_top_m()

    def _scale_for(self, top_m: float) -> float:
        """One scale for both axes (a 45° aim looks 45°): the level's stretch of port fits the width,
        the sky up to top_m the height, whichever is tighter."""
        room = current_theme().px(LAUNCHER_ROOM_PX)
        frame = level_frame(self.game.level)
        across = (self.width() - room) / (frame.behind_m + frame.right_m)
        up = (self.waterline_y - current_theme().px(TOP_ROOM_PX)) / top_m
        return max(1e-3, min(across, up))

    @property
    def px_per_m(self) -> float:
        return self._scale_for(self._top_m())

    @property
    def launcher_x(self) -> float:
        """Screen x of the launcher: the spare width of a level framed by its height is shared between
        the quay and the sea past the target, so the play stays in the middle. It stays put while the
        camera follows a high ball (the launcher is the anchor of the aim)."""
        frame = level_frame(self.game.level)
        scale = self._scale_for(frame.top_m)
        room = current_theme().px(LAUNCHER_ROOM_PX) + frame.behind_m * scale
        spare = self.width() - room - frame.right_m * scale
        return room + max(0.0, spare) / 2

    @property
    def view_left_m(self) -> float:
        return -self.launcher_x / self.px_per_m

    @property
    def view_right_m(self) -> float:
        return (self.width() - self.launcher_x) / self.px_per_m

    @property
    def waterline_y(self) -> float:
        return self.height() - min(self.height() * SEA_SHARE, self.width() * 0.07)

    def to_screen(self, x_m: float, y_m: float) -> QPointF:
        scale, origin_x, origin_y = self._mapping()
        return QPointF(origin_x + x_m * scale, origin_y - y_m * scale)

    def _mapping(self) -> tuple[float, float, float]:
        """(pixels per metre, screen x of x=0, screen y of y=0), worked out once per size, level,
        theme and camera position: a frame maps hundreds of points."""
        key = (self.width(), self.height(), self.game.level, self._top_m(), current_theme().scale)
        if key != self._mapping_key:
            self._mapping_key = key
            self._mapping_now = (self.px_per_m, self.launcher_x, self.waterline_y)
        return self._mapping_now

    def launcher_point(self) -> QPointF:
        return self.to_screen(0.0, self.game.level.launch_height_m)

    def arrow_px_per_mps(self) -> float:
        """Aim arrow scale: the fastest launch draws an arrow of about a third of the scene."""
        return min(self.height() * 0.42, self.width() * 0.3) / SPEED_RANGE_MPS[1]

    def arrow_tip(self) -> QPointF:
        angle = math.radians(self.game.angle_deg)
        length = self.game.speed_mps * self.arrow_px_per_mps()
        start = self.launcher_point()
        return QPointF(start.x() + length * math.cos(angle), start.y() - length * math.sin(angle))

    def aim_at(self, point: QPointF, arrow: tuple[QPointF, float] | None = None) -> tuple[float, float]:
        """(angle°, speed m/s) for a finger at `point`: towards it from the arrow's foot (the launcher's
        unless another is given), faster the farther it is."""
        start, px_per_mps = arrow or (self.launcher_point(), self.arrow_px_per_mps())
        dx, dy = point.x() - start.x(), start.y() - point.y()
        angle_deg = math.degrees(math.atan2(dy, max(dx, 1e-6)))
        speed_mps = math.hypot(dx, dy) / px_per_mps
        return angle_deg, speed_mps

    # -- state from the exhibit -------------------------------------------------------------

    def advance(self, dt_s: float) -> None:
        self._phase_s += dt_s
        self._move_camera(dt_s)
        if self._effect is not None:
            self._effect_age_s += dt_s
            if self._effect_age_s > EFFECT_S:
                self._effect = None

    def _move_camera(self, dt_s: float) -> None:
        """Ease towards the wanted sky, but never so slowly that the ball leaves the top of the picture."""
        wanted = self.wanted_top_m()
        current = self._camera_top_m if self._camera_top_m is not None else wanted
        current += (wanted - current) * min(1.0, dt_s / CAMERA_EASE_S)
        flight = self.game.flight
        if flight is not None and flight.result is None:
            current = max(current, flight.position_m[1] + 2 * BALL_RADIUS_M)
        if abs(current - wanted) < 0.01:
            current = wanted
        self._camera_top_m = current

    def show_result(self, result: ShotResult) -> None:
        """A splash, a crash or a burst of stars where the ball ended."""
        kind = {"hit": "hit", "obstacle": "crash"}.get(result.outcome, "splash")
        flight = self.game.flight
        x_m, y_m = flight.position_m if flight is not None else (result.landing_x_m, 0.0)
        self._effect = (kind, x_m, y_m)
        self._effect_age_s = 0.0

    def clear(self) -> None:
        self._effect = None
        self.banner = ""
        self.dragging = False
        self._background = None
        self._camera_top_m = None

    # -- touch ------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.dragging = True
        # a touch on the aim drawn in the sky drags that arrow; anywhere else, the launcher's
        inside = self.aim_diagram is not None and self._aim_diagram_area.contains(event.position())
        self._drag_from = self.aim_diagram if inside else None
        self.aimed.emit(*self.aim_at(event.position(), self._drag_from))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.dragging:
            self.aimed.emit(*self.aim_at(event.position(), self._drag_from))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.dragging:
            self.dragging = False
            self.aim_released.emit(*self.aim_at(event.position(), self._drag_from))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._background = None
        super().resizeEvent(event)

    def retranslate(self) -> None:
        self._background = None  # distance labels changed: draw the background again

    def apply_theme(self) -> None:
        self._background = None  # colours changed: draw the background again
        self.update()

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        level = self.game.level
        key = (self.width(), self.height(), level.key, theme.high_contrast, theme.scale, self.context.language,
               round(self.px_per_m, 3))
        if self._background is None or key != self._background_key:
            self._background = self._paint_background(level)
            self._background_key = key
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawPixmap(0, 0, self._background)
        if level.drag_per_m > 0:
            self._paint_air(painter)
        self._paint_target(painter, level)
        self._paint_aim_diagram(painter)
        self._paint_trails(painter)
        self._paint_launcher(painter)
        self._paint_highest_point(painter)
        self._paint_ball(painter)
        self._paint_effect(painter)
        self._paint_banner(painter)
        painter.end()

    def _paint_background(self, level: Level) -> QPixmap:
        """Sky, distant port, sea, quay, distance marks and the obstacles: drawn once per level."""
        theme = current_theme()
        pixmap = QPixmap(self.size())
        pixmap.fill(theme.color("background"))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        clip = QPainterPath()
        clip.addRoundedRect(QRectF(self.rect()), theme.px(24), theme.px(24))
        painter.setClipPath(clip)
        water_y = self.waterline_y
        sky = QLinearGradient(0, 0, 0, water_y)
        sky.setColorAt(0.0, self._sky_at(0.0))
        sky.setColorAt(1.0, self._sky_at(water_y))
        painter.fillRect(QRectF(0, 0, self.width(), water_y), sky)
        self._paint_skyline(painter)
        sea_colour = theme.color("background") if theme.high_contrast else QColor(theme.series(0)).darker(260)
        painter.fillRect(QRectF(0, water_y, self.width(), self.height() - water_y), sea_colour)
        wave_pen = _pen(QColor(theme.series(0)) if theme.high_contrast else QColor(theme.series(0)).darker(150),
                        theme.px(2))
        painter.setPen(wave_pen)
        step = theme.px(36)
        for row in range(2):
            y = water_y + theme.px(10) + row * theme.px(14)
            path = QPainterPath(QPointF(0, y))
            x = 0.0
            while x < self.width():
                path.quadTo(QPointF(x + step / 4, y - theme.px(4)), QPointF(x + step / 2, y))
                path.quadTo(QPointF(x + 3 * step / 4, y + theme.px(4)), QPointF(x + step, y))
                x += step
            painter.drawPath(path.translated(row * step / 3, 0))
        # the quay the launcher stands on
        quay_top = self.to_screen(QUAY_EDGE_M, 0.0)
        quay = QRectF(0, quay_top.y(), quay_top.x(), self.height() - quay_top.y())
        painter.fillRect(quay, theme.color("surface"))
        painter.setPen(_pen(theme.color("outline"), theme.px(3)))
        painter.drawLine(QPointF(0, quay_top.y()), quay_top)
        painter.drawLine(quay_top, QPointF(quay_top.x(), self.height()))
        self._paint_distance_marks(painter)
        self._paint_height_scale(painter)
        if level.launch_height_m > 0:
            self._paint_lighthouse(painter, level.launch_height_m)
        for obstacle in level.obstacles:
            if obstacle.kind == "containers":
                self._paint_containers(painter, obstacle.box)
            else:
                self._paint_crane_part(painter, obstacle.box)
        painter.end()
        return pixmap

    def _sky_at(self, y: float) -> QColor:
        """The sky's colour at screen height y: the page colour at the top, lighter down to the sea."""
        theme = current_theme()
        top = theme.color("background")
        bottom = theme.color("surface") if theme.high_contrast else theme.color("surface_raised")
        share = min(1.0, max(0.0, y / self.waterline_y))

        def mix(a: float, b: float) -> float:
            return a + (b - a) * share

        return QColor.fromRgbF(mix(top.redF(), bottom.redF()), mix(top.greenF(), bottom.greenF()),
                               mix(top.blueF(), bottom.blueF()), mix(top.alphaF(), bottom.alphaF()))

    def _paint_skyline(self, painter: QPainter) -> None:
        """Faint harbour cranes and the Irbene radio telescope on the horizon: a sense of place."""
        theme = current_theme()
        colour = QColor(theme.color("outline"))
        colour.setAlphaF(0.45 if not theme.high_contrast else 0.5)
        painter.setPen(_pen(colour, theme.px(3)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        base = self.waterline_y
        unit = self.px_per_m
        right = self.view_right_m
        for share, height_share in ((0.55, 0.16), (0.72, 0.2), (0.81, 0.15)):
            x_m, height_m = share * right, height_share * right
            foot = self.to_screen(x_m, 0)
            top = QPointF(foot.x(), base - height_m * unit)
            painter.drawLine(foot, top)
            arm = 0.06 * right * unit
            painter.drawLine(top + QPointF(-0.6 * arm, 0), top + QPointF(arm, 0))
            painter.drawLine(top + QPointF(0.8 * arm, 0), QPointF(top.x() + 0.8 * arm, top.y() + 0.8 * arm))
        # the 32 m dish of Irbene, far away
        dish_centre = self.to_screen(0.93 * right, 0.12 * right)
        radius = 0.055 * right * unit
        painter.drawArc(QRectF(dish_centre.x() - radius, dish_centre.y() - radius, 2 * radius, 2 * radius),
                        200 * 16, 140 * 16)
        painter.drawLine(dish_centre + QPointF(0, radius * 0.3), self.to_screen(0.93 * right, 0))

    def _height_scale_x(self) -> float:
        return current_theme().px(28)

    def _paint_height_scale(self, painter: QPainter) -> None:
        """A ruler of heights up the left side, to the top of the frame: how high a ball went can be read."""
        theme = current_theme()
        x = self._height_scale_x()
        top_m = self._top_m()
        step_m = 5 if top_m <= 40 else 10
        muted = theme.color("text_muted")
        painter.setPen(_pen(muted, theme.px(2)))
        painter.drawLine(QPointF(x, self.waterline_y), QPointF(x, self.to_screen(0, top_m).y()))
        painter.setFont(theme.font(16))
        label_h = theme.text_px(16) + theme.px(8)
        for metres in range(step_m, int(top_m) + 1, step_m):
            y = self.to_screen(0, metres).y()
            painter.setPen(_pen(muted, theme.px(3)))
            painter.drawLine(QPointF(x - theme.px(8), y), QPointF(x + theme.px(8), y))
            if self.waterline_y - y < theme.px(60):  # the launcher's dome is there
                continue
            painter.drawText(QRectF(x + theme.px(12), y - label_h / 2, theme.px(100), label_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.context.format_number(metres, 0, self.tr("m")))

    def _paint_highest_point(self, painter: QPainter) -> None:
        """While aiming: a mark on the height ruler where this aim's ball will peak (without air)."""
        if self.game.in_flight or self.game.cleared:
            return
        theme = current_theme()
        level = self.game.level
        peak_m = level.launch_height_m + ideal_max_height_m(self.game.speed_mps, self.game.angle_deg)
        y = self.to_screen(0, peak_m).y()
        if y < theme.px(10):
            return
        x = self._height_scale_x() - theme.px(4)  # left of the ruler, pointing at it (its labels are right)
        size = theme.px(14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("accent"))
        painter.drawPolygon(QPolygonF([QPointF(x, y), QPointF(x - size, y - size * 0.7),
                                       QPointF(x - size, y + size * 0.7)]))

    def _paint_distance_marks(self, painter: QPainter) -> None:
        theme = current_theme()
        painter.setFont(theme.font(16))
        muted = theme.color("text_muted")
        label_every = 10 if self.view_right_m <= 80 else 20
        for metres in range(5, int(self.view_right_m), 5):
            point = self.to_screen(metres, 0)
            painter.setPen(_pen(muted, theme.px(2 if metres % 10 else 3)))
            painter.drawLine(point, point + QPointF(0, theme.px(6 if metres % 10 else 12)))
            if metres % label_every == 0:
                label = self.context.format_number(metres, 0, self.tr("m"))
                painter.drawText(QRectF(point.x() - theme.px(50), point.y() + theme.px(12), theme.px(100),
                                        theme.text_px(16) + theme.px(8)),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)

    def _box_rect(self, box: Box) -> QRectF:
        top_left = self.to_screen(box.left_m, box.top_m)
        bottom_right = self.to_screen(box.right_m, box.bottom_m)
        return QRectF(top_left, bottom_right)

    def _paint_containers(self, painter: QPainter, box: Box) -> None:
        """A stack of shipping containers, each in a different series colour with ribs."""
        theme = current_theme()
        rect = self._box_rect(box)
        layers = max(1, round(box.height_m / 2.6))
        layer_h = rect.height() / layers
        for layer in range(layers):
            colour = theme.series(layer + 1) if not theme.high_contrast else theme.color("surface_raised")
            cell = QRectF(rect.left(), rect.bottom() - (layer + 1) * layer_h, rect.width(), layer_h)
            painter.fillRect(cell.adjusted(0, 1, 0, -1), colour.darker(130))
            painter.setPen(_pen(colour.darker(180) if not theme.high_contrast else theme.color("outline"),
                                max(1, theme.px(2))))
            painter.drawRect(cell.adjusted(0, 1, 0, -1))
            ribs = max(2, int(rect.width() / theme.px(9)))
            for rib in range(1, ribs):
                x = cell.left() + rib * cell.width() / ribs
                painter.drawLine(QPointF(x, cell.top() + 3), QPointF(x, cell.bottom() - 3))

    def _paint_crane_part(self, painter: QPainter, box: Box) -> None:
        """A lattice girder: a crane's tower (tall) or jib (wide)."""
        theme = current_theme()
        rect = self._box_rect(box)
        colour = theme.color("warning")
        painter.setPen(_pen(colour, theme.px(3)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        upright = rect.height() > rect.width()
        span = rect.height() if upright else rect.width()
        thickness = rect.width() if upright else rect.height()
        bays = max(2, int(span / max(4.0, thickness)))
        points = []
        for bay in range(bays + 1):
            along = bay * span / bays
            side = bay % 2
            if upright:
                points.append(QPointF(rect.left() + side * rect.width(), rect.bottom() - along))
            else:
                points.append(QPointF(rect.left() + along, rect.top() + side * rect.height()))
        painter.drawPolyline(QPolygonF(points))

    def _paint_lighthouse(self, painter: QPainter, height_m: float) -> None:
        """Ventspils' striped lighthouse under the launcher."""
        theme = current_theme()
        foot_left, foot_right = self.to_screen(-3.0, 0), self.to_screen(3.0, 0)
        top_left, top_right = self.to_screen(-1.8, height_m), self.to_screen(1.8, height_m)
        body = QPolygonF([foot_left, foot_right, top_right, top_left])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("text"))
        painter.drawPolygon(body)
        stripes = 4
        painter.setBrush(QBrush(theme.color("danger")))
        for stripe in range(stripes):
            low = height_m * (2 * stripe + 1) / (2 * stripes)
            high = height_m * (2 * stripe + 2) / (2 * stripes)
            width_low = 3.0 - 1.2 * low / height_m
            width_high = 3.0 - 1.2 * high / height_m
            painter.drawPolygon(QPolygonF([self.to_screen(-width_low, low), self.to_screen(width_low, low),
                                           self.to_screen(width_high, high), self.to_screen(-width_high, high)]))
        painter.setPen(_pen(theme.color("outline"), theme.px(2)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(body)
        gallery = QRectF(self.to_screen(-2.6, height_m + 0.2), self.to_screen(2.6, height_m - 0.6))
        painter.fillRect(gallery, theme.color("surface_raised"))

    def _paint_air(self, painter: QPainter) -> None:
        """Drifting streaks in the sky: this level has air that pushes back on the ball."""
        theme = current_theme()
        colour = QColor(theme.color("text_muted"))
        colour.setAlphaF(0.35)
        painter.setPen(_pen(colour, theme.px(3)))
        width = self.width()
        for index in range(9):
            speed_px = theme.px(90 + 25 * (index % 3))
            x = width - ((self._phase_s * speed_px + index * width * 0.37) % (width * 1.2))
            y = self.waterline_y * (0.12 + 0.09 * index)
            length = theme.px(70 + 20 * (index % 4))
            painter.drawLine(QPointF(x, y), QPointF(x + length, y))

    def _paint_target(self, painter: QPainter, level: Level) -> None:
        theme = current_theme()
        box = level.target.box_at(self.game.clock_s)
        rect = self._box_rect(box)
        bob = math.sin(self._phase_s * 2.0) * theme.px(2)
        rect.translate(0, bob)
        hull_colour = theme.color("danger") if not theme.high_contrast else theme.color("text")
        kind = level.target.kind
        painter.setPen(_pen(theme.color("background"), theme.px(2)))
        if kind == "buoy":
            path = QPainterPath(QPointF(rect.left(), rect.bottom()))
            path.lineTo(rect.center().x(), rect.top())
            path.lineTo(rect.right(), rect.bottom())
            path.closeSubpath()
            painter.fillPath(path, hull_colour)
            band = QRectF(rect.left(), rect.top() + rect.height() * 0.45, rect.width(), rect.height() * 0.2)
            painter.save()
            painter.setClipPath(path)
            painter.fillRect(band, theme.color("text"))
            painter.restore()
        else:
            hull_h = rect.height() * (0.45 if kind == "ship" else 0.55)
            hull = QPainterPath(QPointF(rect.left(), rect.bottom() - hull_h))
            hull.lineTo(rect.right(), rect.bottom() - hull_h)
            hull.lineTo(rect.right() - rect.width() * 0.12, rect.bottom())
            hull.lineTo(rect.left() + rect.width() * 0.08, rect.bottom())
            hull.closeSubpath()
            painter.fillPath(hull, hull_colour)
            deck_top = rect.bottom() - hull_h
            if kind == "ship":
                # containers on deck and the bridge at the stern
                count = 3
                width = rect.width() * 0.6 / count
                for index in range(count):
                    cell = QRectF(rect.left() + rect.width() * 0.32 + index * width, deck_top - hull_h * 0.55,
                                  width - 2, hull_h * 0.55)
                    painter.fillRect(cell, theme.series(index + 1))
                bridge = QRectF(rect.left() + rect.width() * 0.06, rect.top(), rect.width() * 0.2,
                                deck_top - rect.top())
                painter.fillRect(bridge, theme.color("text"))
            else:
                cabin = QRectF(rect.left() + rect.width() * 0.3, rect.top() + rect.height() * 0.1,
                               rect.width() * 0.35, deck_top - rect.top() - rect.height() * 0.1)
                painter.fillRect(cabin, theme.color("text"))
        # a bouncing marker so even the youngest know what to hit (at most MARKER_RISE_PX above it)
        marker_y = rect.top() - theme.px(34) - abs(math.sin(self._phase_s * 3.0)) * theme.px(14)
        painter.setPen(_pen(theme.color("accent"), theme.px(5)))
        draw_arrow(painter, QPointF(rect.center().x(), marker_y - theme.px(34)),
                   QPointF(rect.center().x(), marker_y), theme.px(16))

    def _trail_polygon(self, path: list[tuple[float, float]]) -> QPolygonF:
        scale, origin_x, origin_y = self._mapping()
        return QPolygonF([QPointF(origin_x + x * scale, origin_y - y * scale) for x, y in path[::TRAIL_EVERY]])

    def _paint_trails(self, painter: QPainter) -> None:
        theme = current_theme()
        faint = QColor(theme.color("text_muted"))
        faint.setAlphaF(0.4)
        painter.setPen(_pen(faint, theme.px(5)))
        mapping = self._mapping()
        if self._trail_cache_key != (mapping, len(self.game.previous_paths), id(self.game.flight)):
            # earlier paths never change: map them once
            self._trail_cache = [self._trail_polygon(path) for path in self.game.previous_paths]
            self._trail_cache_key = (mapping, len(self.game.previous_paths), id(self.game.flight))
        for polygon in self._trail_cache:
            painter.drawPoints(polygon)
        flight = self.game.flight
        if flight is not None:
            painter.setPen(_pen(theme.color("accent"), theme.px(8)))
            painter.drawPoints(self._trail_polygon(flight.path))

    def _paint_launcher(self, painter: QPainter) -> None:
        """The launcher and its aim arrow: direction is the angle, length is the speed."""
        theme = current_theme()
        base = self.launcher_point()
        angle = math.radians(self.game.angle_deg)
        barrel_len = theme.px(80)
        muzzle = QPointF(base.x() + barrel_len * math.cos(angle), base.y() - barrel_len * math.sin(angle))
        aim_colour = theme.color("accent")
        if not self.game.in_flight and not self.game.cleared:
            painter.setPen(_pen(aim_colour, theme.px(6), Qt.PenStyle.DashLine if not self.dragging
                                else Qt.PenStyle.SolidLine))
            draw_arrow(painter, muzzle, self.arrow_tip(), theme.px(26))
            self._paint_aim_label(painter, base)
        painter.setPen(_pen(theme.color("outline"), theme.px(30)))
        painter.drawLine(base, muzzle)
        painter.setPen(_pen(theme.color("text"), theme.px(20)))
        painter.drawLine(base, muzzle)
        painter.setPen(_pen(theme.color("outline"), theme.px(3)))
        painter.setBrush(theme.color("surface_raised"))
        dome = theme.px(46)
        painter.drawPie(QRectF(base.x() - dome, base.y() - dome, 2 * dome, 2 * dome), 0, 180 * 16)

    def free_sky(self) -> QRectF:
        """The sky above everything the level's flights need (on a tall screen, a good part of it)."""
        theme = current_theme()
        margin = theme.px(24)
        bottom = self.waterline_y - self._top_m() * self.px_per_m - theme.px(TOP_ROOM_PX)
        return QRectF(margin, margin, self.width() - 2 * margin, max(0.0, bottom - margin))

    def _level_point(self, x_m: float, y_m: float) -> QPointF:
        """Screen point of (x_m, y_m) with the camera on the level's own frame (where it is while aiming)."""
        scale = self._scale_for(level_frame(self.game.level).top_m)
        return QPointF(self.launcher_x + x_m * scale, self.waterline_y - y_m * scale)

    def _aiming_footprint(self) -> tuple[list[QRectF], list[QPainterPath]]:
        """Everything drawn while a visitor aims, for every aim the launcher allows: the arrow's sweep and
        the launcher, the aim's numbers at every tip, the height ruler, the target (as far as it sails) with
        its marker, the obstacles, and the level's own shots (under the arc it is framed for)."""
        theme = current_theme()
        level = self.game.level
        base = self._level_point(0.0, level.launch_height_m)
        reach = SPEED_RANGE_MPS[1] * self.arrow_px_per_mps() + theme.px(8)
        sweep = QPainterPath(base)
        sweep.arcTo(QRectF(base.x() - reach, base.y() - reach, 2 * reach, 2 * reach), ANGLE_RANGE_DEG[0],
                    ANGLE_RANGE_DEG[1] - ANGLE_RANGE_DEG[0])
        sweep.closeSubpath()
        sweep.addEllipse(base, theme.px(110), theme.px(110))  # dome, barrel and the angle's arc
        rects = [QRectF(0, 0, self._height_scale_x() + theme.px(112), self.height())]
        for angle in range(round(ANGLE_RANGE_DEG[0]), round(ANGLE_RANGE_DEG[1]) + 1, 2):
            for tenth in range(0, 11):
                speed = SPEED_RANGE_MPS[0] + (SPEED_RANGE_MPS[1] - SPEED_RANGE_MPS[0]) * tenth / 10
                length = speed * self.arrow_px_per_mps()
                tip = base + QPointF(length * math.cos(math.radians(angle)), -length * math.sin(math.radians(angle)))
                rects.append(self.aim_label_rect(tip))
        target = level.target
        rects.append(QRectF(self._level_point(target.box.left_m - target.sway_m, target.box.top_m),
                            self._level_point(target.box.right_m + target.sway_m, 0.0))
                     .adjusted(0, -theme.px(MARKER_RISE_PX), 0, 0))
        rects += [QRectF(self._level_point(o.box.left_m, o.box.top_m), self._level_point(o.box.right_m, 0.0))
                  for o in level.obstacles]
        lob = QPainterPath(self._level_point(0.0, 0.0))
        for x_m, y_m in level_lob(level):
            lob.lineTo(self._level_point(x_m, y_m))
        lob.lineTo(self._level_point(level.target.box.centre_x_m, 0.0))
        lob.closeSubpath()
        return rects, [sweep, lob]

    def _side_place(self) -> SidePlace | None:
        """Where the aim goes beside its numbers on a wide screen (once per size, level, look, language),
        placed for the widest numbers the launcher allows, so it stays put while the visitor aims."""
        theme = current_theme()
        key = (self.width(), self.height(), self.game.level, theme.scale, theme.text_px(22), self.context.language)
        if key != self._side_place_key:
            self._side_place_key = key
            texts = self._aim_texts(SPEED_RANGE_MPS[1] - 0.05, ANGLE_RANGE_DEG[1])
            rects, paths = self._aiming_footprint()
            clearance = theme.px(DIAGRAM_CLEARANCE_PX)

            def busy(rect: QRectF) -> bool:
                grown = rect.adjusted(-clearance, -clearance, clearance, clearance)
                return any(r.intersects(grown) for r in rects) or any(p.intersects(grown) for p in paths)

            margin = theme.px(24)
            sky = QRectF(margin, margin, self.width() - 2 * margin, self.waterline_y - 2 * margin)
            self.side_place = place_beside(sky, texts, busy)
        return self.side_place

    def _aim_texts(self, speed_mps: float, angle_deg: float) -> AimTexts:
        """The words of the aim drawn beside its numbers: the formula on a line of its own."""
        number = self.context.format_number
        m_s = self.tr("m/s")
        angle = math.radians(angle_deg)
        return AimTexts(
            aim=f"v = {number(speed_mps, 1, m_s)},  θ = {number(angle_deg, 0, '°').replace(chr(0xA0), '')}",
            highest=self.tr("Highest point without air: v²·sin²θ / 2g = {height}").format(
                height=number(ideal_max_height_m(speed_mps, angle_deg), 1, self.tr("m"))).replace(": ", ":\n", 1),
            across=f"v·cos θ = {number(speed_mps * math.cos(angle), 1, m_s)}",
            up=f"v·sin θ = {number(speed_mps * math.sin(angle), 1, m_s)}")

    def audit_text_problems(self) -> list[str]:
        """Words of the aim drawn beside its numbers that would not fit (the screen audit asks: they are painted)."""
        return list(self._diagram_problems)

    def _paint_aim_beside(self, painter: QPainter) -> None:
        """A wide screen: the aim drawn at the top right, clear of the launcher's arrow at any aim, the
        target and the level's shots, with its numbers beside it."""
        place = self._side_place()
        if place is None:
            return
        theme = current_theme()
        texts = self._aim_texts(self.game.speed_mps, self.game.angle_deg)
        # drawn once per aim into a picture: most frames (a ball flying, the marker bouncing) only show it
        key = (id(place), texts, self.game.angle_deg, self.game.speed_mps, theme.high_contrast)
        if key != self._diagram_picture_key:
            self._diagram_picture_key = key
            self._diagram_picture_problems = text_problems(place, texts)
            area = place.block.united(place.column).adjusted(-theme.px(12), -theme.px(12), theme.px(12),
                                                             theme.px(12))
            ratio = self.devicePixelRatioF()
            picture = QPixmap((area.size() * ratio).toSize())
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            picture_painter = QPainter(picture)
            picture_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            picture_painter.translate(-area.topLeft())
            paint_beside(picture_painter, place, texts, self.game.angle_deg, self.game.speed_mps, self._sky_at)
            picture_painter.end()
            self._diagram_picture = (area.topLeft(), picture)
        if self._diagram_picture is not None:
            painter.drawPixmap(*self._diagram_picture)
        self._diagram_problems = self._diagram_picture_problems
        self.aim_diagram = (place.foot, place.px_per_mps)
        self._aim_diagram_area = place.block

    def _paint_aim_diagram(self, painter: QPainter) -> None:
        """Where a tall screen has sky to spare: the aim drawn large, the speed split into its
        sideways and upward parts, and how high that sends the ball."""
        self.aim_diagram = None
        self._diagram_problems = []
        if self.game.cleared:  # the sky is the banner's
            return
        if not self._paint_aim_above(painter) and self.width() > self.height():
            self._paint_aim_beside(painter)

    def _paint_aim_above(self, painter: QPainter) -> bool:
        """A tall screen: the aim large in the sky above the level, its formula on top (False: no room)."""
        free = self.free_sky()
        if free.height() < AIM_DIAGRAM_MIN_SHARE * self.height():
            return False
        theme = current_theme()
        angle = math.radians(self.game.angle_deg)
        speed = self.game.speed_mps
        m_s = self.tr("m/s")
        title = self.tr("Highest point without air: v²·sin²θ / 2g = {height}").format(
            height=self.context.format_number(ideal_max_height_m(speed, self.game.angle_deg), 1, self.tr("m")))
        painter.setFont(theme.font(22, QFont.Weight.Bold))
        wrap = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        line_h = painter.fontMetrics().boundingRect(QRectF(free.left(), free.top(), free.width(), free.height())
                                                   .toRect(), wrap, title).height() + theme.px(8)
        # the vector: its foot low on the left, as long as the fastest launch allows
        room = QRectF(free.left() + theme.px(20), free.top() + line_h + theme.px(30),
                      free.width() * 0.62, free.height() - line_h - theme.px(30) - theme.px(50))
        full = min(room.width(), room.height() / math.sin(math.radians(ANGLE_RANGE_DEG[1])))
        if full < theme.px(AIM_DIAGRAM_MIN_PX):
            return False
        painter.setPen(theme.color("text"))
        painter.drawText(QRectF(free.left(), free.top(), free.width(), line_h), wrap, title)
        length = full * speed / SPEED_RANGE_MPS[1]
        foot = QPointF(room.left(), room.bottom())
        self.aim_diagram = (foot, full / SPEED_RANGE_MPS[1])
        self._aim_diagram_area = QRectF(free.left(), free.top() + line_h, free.width(), free.height() - line_h)
        across = QPointF(foot.x() + length * math.cos(angle), foot.y())
        tip = QPointF(across.x(), foot.y() - length * math.sin(angle))
        muted = theme.color("text_muted")
        painter.setPen(_pen(muted, theme.px(4), Qt.PenStyle.DashLine))
        painter.drawLine(foot, across)
        painter.drawLine(across, tip)
        painter.setPen(_pen(theme.color("accent"), theme.px(7)))
        draw_arrow(painter, foot, tip, theme.px(26))
        painter.setPen(_pen(muted, theme.px(3)))
        arc = theme.px(70)
        painter.drawArc(QRectF(foot.x() - arc, foot.y() - arc, 2 * arc, 2 * arc), 0, round(self.game.angle_deg * 16))
        number = self.context.format_number
        degrees = number(self.game.angle_deg, 0, "°").replace("\N{NO-BREAK SPACE}", "")
        label_h = theme.px(40)
        painter.setFont(theme.font(22))
        painter.setPen(theme.color("text"))
        painter.drawText(QRectF(foot.x(), foot.y() + theme.px(8), free.right() - foot.x(), label_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         f"v·cos θ = {number(speed * math.cos(angle), 1, m_s)}")
        # beside the upright part, but never down on the line of v·cos θ
        beside_y = min((across.y() + tip.y()) / 2, foot.y() - label_h)
        painter.drawText(QRectF(across.x() + theme.px(14), beside_y - label_h / 2,
                                free.right() - across.x() - theme.px(14), label_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         f"v·sin θ = {number(speed * math.sin(angle), 1, m_s)}")
        painter.setPen(theme.color("accent"))
        painter.setFont(theme.font(22, QFont.Weight.Bold))
        tip_y = min(tip.y(), beside_y - label_h)
        painter.drawText(QRectF(tip.x() + theme.px(14), tip_y - label_h, free.right() - tip.x() - theme.px(14),
                                label_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         f"v = {number(speed, 1, m_s)},  θ = {degrees}")
        return True

    def _paint_aim_label(self, painter: QPainter, base: QPointF) -> None:
        theme = current_theme()
        radius = theme.px(90)
        painter.setPen(_pen(theme.color("text_muted"), theme.px(3)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(base.x() - radius, base.y() - radius, 2 * radius, 2 * radius),
                        0, round(self.game.angle_deg * 16))
        painter.setFont(aim_label_font())
        painter.setPen(theme.color("accent"))
        painter.drawText(self.aim_label_rect(self.arrow_tip()), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignVCenter, self.aim_label_text())

    def aim_label_text(self) -> str:
        return "{angle}  ·  {speed}".format(
            angle=self.context.format_number(self.game.angle_deg, 0, "°").replace("\N{NO-BREAK SPACE}", ""),
            speed=self.context.format_number(self.game.speed_mps, 1, self.tr("m/s")))

    def aim_label_rect(self, tip: QPointF) -> QRectF:
        """Where the aim's numbers are written beside the arrow's tip (kept inside the scene), as
        wide as they are in the theme's type (large text makes them wider)."""
        theme = current_theme()
        needed = QFontMetricsF(aim_label_font()).horizontalAdvance(self.aim_label_text())
        width = max(theme.px(260), needed + theme.px(4))
        box = QRectF(tip.x() + theme.px(14), tip.y() - theme.px(44), width, theme.px(40))
        box.moveLeft(min(box.left(), self.width() - box.width() - theme.px(8)))
        box.moveTop(max(box.top(), theme.px(8)))
        return box

    def _paint_ball(self, painter: QPainter) -> None:
        flight = self.game.flight
        if flight is None or (flight.result is not None and flight.result.outcome == "hit"):
            return
        theme = current_theme()
        x_m, y_m = flight.position_m
        point = self.to_screen(x_m, y_m)
        radius = max(theme.px(10), BALL_RADIUS_M * self.px_per_m)
        if point.x() > self.width():
            # past the right edge: an arrow there says the ball is flying on
            y = min(max(point.y(), theme.px(40)), self.waterline_y - theme.px(10))
            painter.setPen(_pen(theme.color("accent"), theme.px(5)))
            draw_arrow(painter, QPointF(self.width() - theme.px(50), y), QPointF(self.width() - theme.px(10), y),
                       theme.px(14))
            return
        if point.y() < 0:
            # above the picture: an arrow at the top edge says where it is and how high
            painter.setPen(_pen(theme.color("accent"), theme.px(5)))
            draw_arrow(painter, QPointF(point.x(), theme.px(50)), QPointF(point.x(), theme.px(10)), theme.px(14))
            painter.setFont(theme.font(18, QFont.Weight.Bold))
            painter.drawText(QRectF(point.x() + theme.px(10), theme.px(20), theme.px(140), theme.px(30)),
                             Qt.AlignmentFlag.AlignLeft, self.context.format_number(y_m, 0, self.tr("m")))
            return
        painter.setPen(_pen(theme.color("background"), theme.px(3)))
        painter.setBrush(theme.color("accent"))
        painter.drawEllipse(point, radius, radius)

    def _paint_effect(self, painter: QPainter) -> None:
        if self._effect is None:
            return
        theme = current_theme()
        kind, x_m, y_m = self._effect
        progress = min(1.0, self._effect_age_s / EFFECT_S)
        centre = self.to_screen(x_m, y_m)
        colour = QColor(theme.color("accent") if kind == "hit" else theme.color("text"))
        colour.setAlphaF(1.0 - progress)
        painter.setPen(_pen(colour, theme.px(5)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if kind == "hit":
            # a burst of rays
            for ray in range(12):
                angle = ray * math.pi / 6
                inner, outer = theme.px(20) + progress * theme.px(40), theme.px(40) + progress * theme.px(90)
                painter.drawLine(centre + QPointF(inner * math.cos(angle), inner * math.sin(angle)),
                                 centre + QPointF(outer * math.cos(angle), outer * math.sin(angle)))
        elif kind == "splash":
            for ring in range(3):
                radius = theme.px(12) + (progress + ring * 0.3) * theme.px(50)
                painter.drawEllipse(centre, radius, radius * 0.35)
        else:
            for ray in range(6):
                angle = math.pi + ray * math.pi / 5
                length = theme.px(15) + progress * theme.px(40)
                painter.drawLine(centre, centre + QPointF(length * math.cos(angle), length * math.sin(angle)))

    def _paint_banner(self, painter: QPainter) -> None:
        """A big word in the sky after a hit or when a new level begins."""
        if not self.banner:
            return
        theme = current_theme()
        painter.setFont(theme.font(64, QFont.Weight.Bold))
        rect = QRectF(0, self.height() * 0.12, self.width(), theme.text_px(64) * 1.6)
        painter.setPen(theme.color("background"))
        painter.drawText(rect.translated(theme.px(3), theme.px(3)), Qt.AlignmentFlag.AlignCenter, self.banner)
        painter.setPen(theme.color("accent"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.banner)
