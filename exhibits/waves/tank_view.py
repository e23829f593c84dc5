"""The ripple tank on screen: the moving water image, the sources, the microphone, the lines."""

from __future__ import annotations

import math

import cv2
import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
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

from exhibits.waves.colours import HIGH_CONTRAST_STOPS, WATER_STOPS, build_table, colourise, pack_rgb32
from exhibits.waves.model import RippleTank
from kiosk.exhibit import current_theme

# The tank's shorter side; the longer side follows the view's shape so no space is wasted.
TANK_SHORT_SIDE_CM = 27.0
# Ripples are shown slowed down so that the eye can follow them.
SLOW_MOTION = 0.25


def transparent_pixmap(widget: QWidget) -> QPixmap:
    """A clear pixmap as large as the widget, in the screen's real pixels."""
    ratio = widget.devicePixelRatioF()
    pixmap = QPixmap(widget.size() * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


class RippleTankView(QWidget):
    """Paints the tank and turns touches into source drags and microphone moves.

    Emits ``sources_moved`` while a source is dragged, ``probe_moved`` while the microphone is,
    ``released(name, value)`` when a drag ends (for recording), and ``pinned_touch`` when the
    visitor tries to move a pinned microphone.
    """

    sources_moved = Signal()
    probe_moved = Signal()
    released = Signal(str, object)
    pinned_touch = Signal()

    def __init__(self, tank: RippleTank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tank = tank
        self.setObjectName("ripple-tank")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.time_s = 0.0
        self.show_lines = False
        self.probe_pinned = False
        self.hold_fraction = 0.0
        self.pinned_flash_s = 0.0
        self._dragging: str | None = None  # "source0", "source1" or "probe"
        self._table = build_table()
        self._packed_table = pack_rgb32(self._table)
        self._water_pixels: np.ndarray | None = None  # the water at the view's size, reused
        self._lines_key: tuple | None = None
        self._lines_pixmap: QPixmap | None = None
        self._overlay_key: tuple | None = None
        self._overlay_pixmap: QPixmap | None = None
        self._overlay_boxes: list[QRectF] = []  # where the overlay pixmap has something to show
        self._corners_key: tuple | None = None
        self._corners_path = QPainterPath()
        self.apply_theme()

    # -- appearance ------------------------------------------------------------------------------

    def apply_theme(self) -> None:
        theme = current_theme()
        self._table = build_table(HIGH_CONTRAST_STOPS if theme.high_contrast else WATER_STOPS)
        self._packed_table = pack_rgb32(self._table)
        self._lines_key = self._overlay_key = None
        self.update()

    def advance(self, dt_s: float) -> None:
        self.time_s += dt_s * SLOW_MOTION
        self.pinned_flash_s = max(0.0, self.pinned_flash_s - dt_s)
        self.update()

    # -- geometry ----------------------------------------------------------------------------------

    def _scale(self) -> float:
        """Screen pixels per centimetre (the same across and down, so circles stay round)."""
        return max(1, self.width()) / self.tank.width_cm

    def tank_to_view(self, point: tuple[float, float]) -> QPointF:
        """Screen position of a tank point (cm)."""
        scale = self._scale()
        return QPointF(point[0] * scale, point[1] * scale)

    def view_to_tank(self, point: QPointF) -> tuple[float, float]:
        scale = self._scale()
        return (point.x() / scale, point.y() / scale)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self.width() > 0 and self.height() > 0:
            scale = min(self.width(), self.height()) / TANK_SHORT_SIDE_CM
            self.tank.resize(self.width() / scale, self.height() / scale)
        super().resizeEvent(event)

    def _marker_radius(self) -> float:
        return current_theme().px(34)

    # -- touch ---------------------------------------------------------------------------------------

    def _hit(self, position: QPointF) -> str | None:
        reach = current_theme().px(64)  # a 128 px target: easy for small fingers
        candidates = [(f"source{i}", s) for i, s in enumerate(self.tank.sources)]
        candidates.append(("probe", self.tank.probe))
        best, best_distance = None, float(reach)
        for name, point in candidates:
            centre = self.tank_to_view(point)
            distance = math.hypot(centre.x() - position.x(), centre.y() - position.y())
            if distance <= best_distance:
                best, best_distance = name, distance
        return best

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        target = self._hit(position)
        if target is None or target == "probe":
            if self.probe_pinned:
                self.pinned_flash_s = 2.0
                self.pinned_touch.emit()
                return
            # A tap on open water moves the microphone there: "listen here".
            target = "probe"
            self.tank.move_probe(self.view_to_tank(position))
            self.probe_moved.emit()
        self._dragging = target
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging is None:
            return
        point = self.view_to_tank(event.position())
        if self._dragging == "probe":
            self.tank.move_probe(point)
            self.probe_moved.emit()
        else:
            self.tank.move_source(int(self._dragging[-1]), point)
            self.sources_moved.emit()
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging is None:
            return
        name = self._dragging
        self._dragging = None
        if name == "probe":
            self.released.emit("move_microphone", round(self.tank.probe_loudness, 2))
        else:
            self.released.emit("drag_source", round(self.tank.source_distance_cm, 1))
        self.update()

    # -- painting ------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        radius = theme.px(24)
        # The water covers the whole view; the rounded corners are painted over it at the end
        # (a rounded clip path made the water's upscale and every stroke take the slow path).
        self._paint_water(painter, rect)
        if self.show_lines:
            self._paint_lines(painter)
        self._paint_sources(painter)
        self._paint_probe(painter)
        self._paint_overlay(painter, rect)
        self._paint_corners(painter, rect, radius)
        if theme.high_contrast:
            painter.setPen(QPen(theme.color("outline"), theme.px(3)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius)

    def _paint_corners(self, painter: QPainter, rect: QRectF, radius: float) -> None:
        """The page's background outside the rounded corners, as a rounded clip would leave it."""
        key = (rect, radius)
        if key != self._corners_key:
            outside = QPainterPath()
            outside.addRect(rect)
            inside = QPainterPath()
            inside.addRoundedRect(rect, radius, radius)
            self._corners_path, self._corners_key = outside.subtracted(inside), key
        painter.fillPath(self._corners_path, current_theme().color("background"))

    def _paint_water(self, painter: QPainter, rect: QRectF) -> None:
        """The height field, coloured, scaled up to the view's pixels by OpenCV (bilinear, as Qt's
        smooth transform: no channel differs by more than 2) and copied to the screen as it is.
        Qt's smoothed drawImage under the view's antialiasing took 2.9 ms of wall time a frame at
        1920x1080, most of it waiting for its worker threads; this takes 1.5 ms for the same
        processor time."""
        field = self.tank.height_field(self.time_s)
        pixels = colourise(field, self._packed_table)
        rows, cols = pixels.shape
        ratio = self.devicePixelRatioF()
        width, height = max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio))
        if self._water_pixels is None or self._water_pixels.shape != (height, width):
            self._water_pixels = np.empty((height, width), np.uint32)
        cv2.resize(pixels.view(np.uint8).reshape(rows, cols, 4), (width, height),
                   dst=self._water_pixels.view(np.uint8).reshape(height, width, 4),
                   interpolation=cv2.INTER_LINEAR)
        # The QImage borrows the buffer: drawImage copies it out before the next frame writes it.
        image = QImage(self._water_pixels.data, width, height, width * 4, QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(ratio)
        painter.drawImage(rect.topLeft(), image)

    def _polylines(self, points_cm: np.ndarray) -> list[QPolygonF]:
        """The curve on screen, cut into the runs that lie inside the view (plus a margin):
        stroking long stretches far outside the view costs time for nothing."""
        if len(points_cm) == 0:
            return []
        points = points_cm * self._scale()
        margin = current_theme().px(20)
        inside = (points[:, 0] >= -margin) & (points[:, 0] <= self.width() + margin)
        inside &= (points[:, 1] >= -margin) & (points[:, 1] <= self.height() + margin)
        runs, start = [], None
        for index, flag in enumerate(np.append(inside, False)):
            if flag and start is None:
                start = max(0, index - 1)
            elif not flag and start is not None:
                run = points[start:min(len(points), index + 1)]
                runs.append(QPolygonF([QPointF(float(x), float(y)) for x, y in run]))
                start = None
        return runs

    def _paint_lines(self, painter: QPainter) -> None:
        """The lines change only when the sources, the frequency or the size do: drawn once
        into a transparent pixmap, then blitted every frame."""
        theme = current_theme()
        key = (tuple(self.tank.sources), self.tank.frequency_hz, self.width(), self.height(),
               theme.high_contrast, theme.scale, self.devicePixelRatioF())
        if key != self._lines_key or self._lines_pixmap is None:
            pixmap = transparent_pixmap(self)
            lines_painter = QPainter(pixmap)
            lines_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._draw_lines(lines_painter)
            lines_painter.end()
            self._lines_pixmap, self._lines_key = pixmap, key
        painter.drawPixmap(0, 0, self._lines_pixmap)

    def _draw_lines(self, painter: QPainter) -> None:
        theme = current_theme()
        halo = QPen(QColor("#06102A"), theme.px(8))  # opaque: blending a wide stroke costs time
        halo.setCapStyle(Qt.PenCapStyle.RoundCap)
        loud = QPen(theme.color("accent"), theme.px(4))
        quiet = QPen(QColor("#FFFFFF"), theme.px(4), Qt.PenStyle.DashLine)
        quiet.setDashPattern([2.5, 2.0])
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for differences, pen in ((self.tank.antinodal_differences_cm(), loud),
                                 (self.tank.nodal_differences_cm(), quiet)):
            for difference in differences:
                for polygon in self._polylines(self.tank.interference_curve(difference, samples=160)):
                    painter.setPen(halo)
                    painter.drawPolyline(polygon)
                    painter.setPen(pen)
                    painter.drawPolyline(polygon)

    def _paint_sources(self, painter: QPainter) -> None:
        theme = current_theme()
        radius = self._marker_radius()
        pulse = (self.time_s * self.tank.frequency_hz) % 1.0
        painter.setFont(theme.font(30, QFont.Weight.Bold))
        for index, source in enumerate(self.tank.sources):
            centre = self.tank_to_view(source)
            ring = QColor("#FFFFFF")
            ring.setAlpha(round(200 * (1 - pulse)))
            painter.setPen(QPen(ring, theme.px(4)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius * (1 + pulse), radius * (1 + pulse))
            painter.setPen(QPen(QColor("#0B1B34"), theme.px(4)))
            painter.setBrush(theme.color("accent") if self._dragging == f"source{index}" else QColor("#FFFFFF"))
            painter.drawEllipse(centre, radius, radius)
            painter.setPen(QColor("#0B1B34"))
            box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "AB"[index])

    def _paint_probe(self, painter: QPainter) -> None:
        theme = current_theme()
        centre = self.tank_to_view(self.tank.probe)
        radius = theme.px(40)
        painter.setPen(QPen(QColor("#0B1B34"), theme.px(4)))
        painter.setBrush(theme.color("surface"))
        painter.drawEllipse(centre, radius, radius)
        # Hold progress: an arc that fills while the microphone stays on target.
        if self.hold_fraction > 0:
            arc_pen = QPen(theme.color("accent"), theme.px(8))
            arc_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(arc_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            arc = QRectF(centre.x() - radius - theme.px(8), centre.y() - radius - theme.px(8),
                         2 * (radius + theme.px(8)), 2 * (radius + theme.px(8)))
            painter.drawArc(arc, 90 * 16, -round(360 * 16 * self.hold_fraction))
        self._paint_microphone(painter, centre, radius * 0.62)
        if self.probe_pinned:
            self._paint_pin(painter, QPointF(centre.x() + radius * 0.8, centre.y() - radius * 0.8))
        if self.pinned_flash_s > 0:
            painter.setFont(theme.font(26, QFont.Weight.Bold))
            text = self.tr("The microphone is stuck here!")
            width = painter.fontMetrics().horizontalAdvance(text) + theme.px(32)
            height = theme.px(56)
            box = QRectF(centre.x() - width / 2, centre.y() + radius + theme.px(16), width, height)
            box.moveLeft(min(self.width() - width - theme.px(8), max(theme.px(8), box.left())))
            if box.bottom() > self.height() - theme.px(8):
                box.moveBottom(centre.y() - radius - theme.px(16))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.color("surface_raised"))
            painter.drawRoundedRect(box, height / 2, height / 2)
            painter.setPen(theme.color("text"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_microphone(self, painter: QPainter, centre: QPointF, size: float) -> None:
        """A simple microphone glyph: capsule, cradle and stand."""
        theme = current_theme()
        painter.setBrush(theme.color("text"))
        painter.setPen(Qt.PenStyle.NoPen)
        capsule = QRectF(centre.x() - size * 0.32, centre.y() - size * 0.85, size * 0.64, size * 1.1)
        painter.drawRoundedRect(capsule, size * 0.32, size * 0.32)
        pen = QPen(theme.color("text"), max(2.0, size * 0.14))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        cradle = QRectF(centre.x() - size * 0.55, centre.y() - size * 0.55, size * 1.1, size * 1.0)
        painter.drawArc(cradle, 200 * 16, 140 * 16)
        painter.drawLine(QPointF(centre.x(), centre.y() + size * 0.45),
                         QPointF(centre.x(), centre.y() + size * 0.8))
        painter.drawLine(QPointF(centre.x() - size * 0.35, centre.y() + size * 0.8),
                         QPointF(centre.x() + size * 0.35, centre.y() + size * 0.8))

    def _paint_pin(self, painter: QPainter, tip: QPointF) -> None:
        """A push-pin badge: the microphone cannot be moved in this challenge."""
        theme = current_theme()
        radius = theme.px(18)
        painter.setPen(QPen(QColor("#0B1B34"), theme.px(3)))
        painter.setBrush(theme.color("danger"))
        painter.drawEllipse(tip, radius, radius)
        painter.setBrush(QColor("#FFFFFF"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(tip, radius * 0.35, radius * 0.35)

    def _paint_overlay(self, painter: QPainter, rect: QRectF) -> None:
        """Legend, ruler and note change rarely: drawn into a cached pixmap; each frame copies
        only their boxes from it (blending the whole transparent pixmap cost about 1.5 ms)."""
        theme = current_theme()
        texts = (self.tr("trough"), self.tr("crest"), self.tr("loud line: waves add up"),
                 self.tr("quiet line: waves cancel"), self.tr("one wavelength λ"), self.tr("slow motion"))
        key = (self.show_lines, self.tank.wavelength_cm, self.width(), self.height(), theme.high_contrast,
               theme.large_text, theme.scale, texts, self.devicePixelRatioF())
        if key != self._overlay_key or self._overlay_pixmap is None:
            self._overlay_boxes = []
            pixmap = transparent_pixmap(self)
            overlay_painter = QPainter(pixmap)
            overlay_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_legend(overlay_painter, rect, texts)
            overlay_painter.end()
            self._overlay_pixmap, self._overlay_key = pixmap, key
        ratio = self._overlay_pixmap.devicePixelRatio()
        for box in self._overlay_boxes:
            whole = box.adjusted(-1, -1, 1, 1).toAlignedRect()  # the antialiased edge too
            source = QRectF(whole.x() * ratio, whole.y() * ratio, whole.width() * ratio, whole.height() * ratio)
            painter.drawPixmap(QRectF(whole), self._overlay_pixmap, source)

    def _paint_legend(self, painter: QPainter, rect: QRectF, texts: tuple[str, ...]) -> None:
        """Colour key (trough to crest), line styles when shown, wavelength ruler, slow motion."""
        theme = current_theme()
        pad = theme.px(16)
        painter.setFont(theme.font(20, QFont.Weight.DemiBold))
        metrics = painter.fontMetrics()
        trough, crest, loud_text, quiet_text, ruler_text, note_text = texts
        bar_width = theme.px(150)
        row_height = theme.px(40)
        rows = [("key", "")]
        if self.show_lines:
            rows += [("loud", loud_text), ("quiet", quiet_text)]
        sample = theme.px(56)
        text_widths = [metrics.horizontalAdvance(trough) + metrics.horizontalAdvance(crest)
                       + bar_width + theme.px(24)]
        text_widths += [sample + theme.px(12) + metrics.horizontalAdvance(text) for _, text in rows[1:]]
        box = QRectF(rect.left() + pad, 0, max(text_widths) + 2 * pad, len(rows) * row_height + pad)
        box.moveBottom(rect.bottom() - pad)
        panel = QColor(theme.color("background"))
        panel.setAlpha(215)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(panel)
        painter.drawRoundedRect(box, theme.px(14), theme.px(14))
        self._overlay_boxes.append(box)
        y = box.top() + pad / 2
        x = box.left() + pad
        painter.setPen(theme.color("text"))
        line = QRectF(x, y, box.width(), row_height)
        painter.drawText(line, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, trough)
        bar_left = x + metrics.horizontalAdvance(trough) + theme.px(12)
        bar = QRectF(bar_left, y + row_height * 0.25, bar_width, row_height * 0.5)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        table = self._table
        for stop in np.linspace(0.0, 1.0, 9):
            r, g, b = (int(v) for v in table[round(stop * (len(table) - 1)), :3])
            gradient.setColorAt(float(stop), QColor(r, g, b))
        painter.setBrush(QBrush(gradient))
        painter.setPen(QPen(theme.color("outline"), 1))
        painter.drawRoundedRect(bar, theme.px(6), theme.px(6))
        painter.setPen(theme.color("text"))
        painter.drawText(QRectF(bar.right() + theme.px(12), y, box.width(), row_height),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, crest)
        for kind, text in rows[1:]:
            y += row_height
            middle = y + row_height / 2
            pen = QPen(theme.color("accent"), theme.px(5)) if kind == "loud" else \
                QPen(QColor("#FFFFFF"), theme.px(5), Qt.PenStyle.DashLine)
            if kind == "quiet":
                pen.setDashPattern([2.0, 1.6])
            painter.setPen(pen)
            painter.drawLine(QPointF(x, middle), QPointF(x + sample, middle))
            painter.setPen(theme.color("text"))
            painter.drawText(QRectF(x + sample + theme.px(12), y, box.width(), row_height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        self._paint_ruler(painter, rect, ruler_text, note_text)

    def _paint_ruler(self, painter: QPainter, rect: QRectF, label: str, note: str) -> None:
        """A bar one wavelength long, bottom right, and the slow-motion note top right."""
        theme = current_theme()
        pad = theme.px(16)
        length_px = self.tank.wavelength_cm * self._scale()
        painter.setFont(theme.font(20, QFont.Weight.DemiBold))
        metrics = painter.fontMetrics()
        width = max(length_px, metrics.horizontalAdvance(label)) + 2 * pad
        box = QRectF(0, 0, width, theme.px(78))
        box.moveBottomRight(QPointF(rect.right() - pad, rect.bottom() - pad))
        panel = QColor(theme.color("background"))
        panel.setAlpha(215)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(panel)
        painter.drawRoundedRect(box, theme.px(14), theme.px(14))
        self._overlay_boxes.append(box)
        y = box.bottom() - theme.px(22)
        left = box.center().x() - length_px / 2
        pen = QPen(theme.color("accent"), theme.px(4))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(left, y), QPointF(left + length_px, y))
        for end in (left, left + length_px):
            painter.drawLine(QPointF(end, y - theme.px(10)), QPointF(end, y + theme.px(10)))
        painter.setPen(theme.color("text"))
        painter.drawText(QRectF(box.left(), box.top() + theme.px(6), box.width(), theme.px(30)),
                         Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(theme.font(18, QFont.Weight.DemiBold))
        note_width = painter.fontMetrics().horizontalAdvance(note) + 2 * pad
        note_box = QRectF(rect.right() - pad - note_width, rect.top() + pad, note_width, theme.px(40))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(panel)
        painter.drawRoundedRect(note_box, theme.px(12), theme.px(12))
        self._overlay_boxes.append(note_box)
        painter.setPen(theme.color("text_muted"))
        painter.drawText(note_box, Qt.AlignmentFlag.AlignCenter, note)
