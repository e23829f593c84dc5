"""Side-panel pieces: the list of sources to find and the signal-to-noise meter."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from exhibits.radio_telescope.sky_view import draw_source_icon
from kiosk.exhibit import current_theme


class CachedPicture:
    """A widget's picture kept as a pixmap while what it shows stays the same.

    The side panel's rows and dish are antialiased paths and wrapped text (about 8 ms at
    1920x1080); they change a few times a minute, while the exhibit repaints at 60 Hz."""

    def __init__(self) -> None:
        self.key: object = None
        self.pixmap: QPixmap | None = None

    def paint(self, widget: QWidget, key: object, draw) -> None:
        ratio = widget.devicePixelRatioF()
        key = (key, widget.size(), ratio, current_theme())
        if self.pixmap is None or key != self.key:
            pixmap = QPixmap(max(1, round(widget.width() * ratio)), max(1, round(widget.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            draw(painter)
            painter.end()
            self.pixmap, self.key = pixmap, key
        QPainter(widget).drawPixmap(0, 0, self.pixmap)


@dataclass(frozen=True)
class TargetRow:
    """One source in the list: its key (icon), name, a detail line, and how far along it is."""

    key: str
    name: str
    detail: str
    found: bool
    lock_fraction: float = 0.0


class TargetList(QWidget):
    """Rows of sources to find; found ones get a tick and a fact, hidden ones a question mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TargetRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._picture = CachedPicture()

    @staticmethod
    def _text_width(width: float) -> float:
        """Room for the name and detail: the row minus the icon at the left and the tick at the right."""
        theme = current_theme()
        return max(theme.px(80), width - theme.px(94) - theme.px(52))

    def _row_heights(self, width: float) -> list[int]:
        """Each row as tall as its name plus its wrapped detail (one line where one holds it)."""
        theme = current_theme()
        name = QFontMetrics(theme.font(24, QFont.Weight.Bold)).height()
        detail_metrics = QFontMetrics(theme.font(19))
        text_width = round(self._text_width(width))
        heights = []
        for row in self.rows or [TargetRow("", "", "", False)] * 3:
            wrapped = detail_metrics.boundingRect(0, 0, text_width, 10000, Qt.TextFlag.TextWordWrap, row.detail)
            detail = max(detail_metrics.lineSpacing(), wrapped.height())
            heights.append(name + theme.px(2) + detail + theme.px(28))
        return heights

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return sum(self._row_heights(width))

    def sizeHint(self) -> QSize:
        width = self.width() if self.width() > 0 else current_theme().px(420)
        return QSize(current_theme().px(420), self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(260), self.heightForWidth(max(self.width(), current_theme().px(260))))

    def set_rows(self, rows: list[TargetRow]) -> None:
        if rows != self.rows:
            self.rows = rows
            self.updateGeometry()
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._picture.paint(self, tuple(self.rows), self._paint_rows)

    def _paint_rows(self, painter: QPainter) -> None:
        theme = current_theme()
        heights = self._row_heights(self.width())
        spare = (self.height() - sum(heights)) / max(1, len(heights))  # share any extra room
        icon_size = theme.px(30)
        top = 0.0
        for row, natural in zip(self.rows, heights, strict=False):
            height = natural + spare
            box = QRectF(0, top + theme.px(4), self.width(), height - theme.px(8))
            top += height
            path = QPainterPath()
            path.addRoundedRect(box, theme.px(16), theme.px(16))
            painter.fillPath(path, theme.color("surface_raised") if row.found else theme.color("background"))
            if row.lock_fraction > 0 and not row.found:
                painter.save()
                painter.setClipPath(path)
                progress = QColor(theme.color("accent"))
                progress.setAlpha(90)
                painter.fillRect(QRectF(box.left(), box.top(), box.width() * row.lock_fraction, box.height()),
                                 progress)
                painter.restore()
            if theme.high_contrast or row.found:
                painter.setPen(QPen(theme.color("outline"), theme.px(2)))
                painter.drawPath(path)
            icon_centre = QPointF(box.left() + theme.px(16) + icon_size, box.center().y())
            if row.found:
                draw_source_icon(painter, row.key, icon_centre, icon_size)
            else:
                painter.setPen(QPen(theme.color("text_muted"), theme.px(3), Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(icon_centre, icon_size * 0.8, icon_size * 0.8)
                painter.setFont(theme.font(24, QFont.Weight.Bold))
                painter.setPen(theme.color("text_muted"))
                painter.drawText(QRectF(icon_centre.x() - icon_size, icon_centre.y() - icon_size,
                                        2 * icon_size, 2 * icon_size), Qt.AlignmentFlag.AlignCenter, "?")
            text_left = icon_centre.x() + icon_size + theme.px(18)
            text_width = self._text_width(self.width())
            name_font = theme.font(24, QFont.Weight.Bold)
            detail_font = theme.font(19)
            name_height = QFontMetrics(name_font).height()
            detail_rect = QFontMetrics(detail_font).boundingRect(
                QRectF(0, 0, text_width, 1000).toRect(), Qt.TextFlag.TextWordWrap, row.detail)
            block = name_height + theme.px(2) + detail_rect.height()
            top_text = box.center().y() - block / 2
            painter.setFont(name_font)
            painter.setPen(theme.color("text"))
            painter.drawText(QRectF(text_left, top_text, text_width, name_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, row.name)
            painter.setFont(detail_font)
            painter.setPen(theme.color("text_muted"))
            painter.drawText(QRectF(text_left, top_text + name_height + theme.px(2), text_width,
                                    detail_rect.height() + theme.px(4)),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             row.detail)
            if row.found:
                self._paint_tick(painter, QPointF(box.right() - theme.px(30), box.center().y()), theme.px(16))

    @staticmethod
    def _paint_tick(painter: QPainter, centre: QPointF, size: float) -> None:
        theme = current_theme()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("good"))
        painter.drawEllipse(centre, size, size)
        pen = QPen(theme.color("accent_text"), size * 0.3)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        path = QPainterPath(QPointF(centre.x() - size * 0.45, centre.y()))
        path.lineTo(QPointF(centre.x() - size * 0.1, centre.y() + size * 0.38))
        path.lineTo(QPointF(centre.x() + size * 0.5, centre.y() - size * 0.35))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


class DishDiagram(QWidget):
    """The dish to scale (next to a 1.7 m person) under its beam: a big dish gets a narrow beam.

    Beam angles are drawn several times wider than true so that the RT-32's half degree shows.
    """

    PERSON_M = 1.7
    ANGLE_EXAGGERATION = 4.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diameter_m = 16.0
        self.largest_m = 32.0
        self.beam_deg = 1.0
        self.beam_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._picture = CachedPicture()

    def sizeHint(self) -> QSize:
        return QSize(current_theme().px(420), current_theme().px(200))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(200), current_theme().px(110))

    def set_dish(self, diameter_m: float, largest_m: float, beam_deg: float, beam_text: str) -> None:
        self.diameter_m, self.largest_m, self.beam_deg, self.beam_text = diameter_m, largest_m, beam_deg, beam_text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._picture.paint(self, (self.diameter_m, self.largest_m, self.beam_deg, self.beam_text), self._paint_dish)

    def _paint_dish(self, painter: QPainter) -> None:
        theme = current_theme()
        width, height = self.width(), self.height()
        ground = height - theme.px(6)
        # The largest dish spans half the width, or less in a wide, low strip (portrait layout).
        metres_px = min(width * 0.5, height * 0.9) / self.largest_m
        dish_width = self.diameter_m * metres_px
        centre_x = width * 0.5
        dish_depth = dish_width * 0.18
        pedestal = max(theme.px(10), min(height * 0.25, dish_width * 0.35))
        rim_y = ground - pedestal - dish_depth
        focus = QPointF(centre_x, rim_y - dish_width * 0.12)
        # The beam: a cone from the dish up to the top of the widget.
        half_angle = min(80.0, self.beam_deg / 2 * self.ANGLE_EXAGGERATION)
        reach = focus.y() - theme.px(4)
        spread = reach * math.tan(math.radians(half_angle))
        beam = QPainterPath(QPointF(focus.x() - dish_width * 0.1, focus.y()))
        beam.lineTo(QPointF(focus.x() - dish_width * 0.1 - spread, focus.y() - reach))
        beam.lineTo(QPointF(focus.x() + dish_width * 0.1 + spread, focus.y() - reach))
        beam.lineTo(QPointF(focus.x() + dish_width * 0.1, focus.y()))
        beam.closeSubpath()
        fill = QColor(theme.color("accent"))
        fill.setAlpha(110)
        painter.fillPath(beam, fill)
        painter.setPen(QPen(theme.color("accent"), theme.px(2), Qt.PenStyle.DashLine))
        painter.drawPath(beam)
        # Ground, pedestal, dish and feed.
        painter.setPen(QPen(theme.color("outline"), theme.px(3)))
        painter.drawLine(QPointF(0, ground), QPointF(width, ground))
        metal = theme.color("text")
        painter.setPen(QPen(metal, max(2, theme.px(5))))
        painter.drawLine(QPointF(centre_x, ground), QPointF(centre_x, rim_y + dish_depth))
        dish = QPainterPath(QPointF(centre_x - dish_width / 2, rim_y))
        dish.quadTo(QPointF(centre_x, rim_y + 2 * dish_depth), QPointF(centre_x + dish_width / 2, rim_y))
        painter.setPen(QPen(metal, max(2, theme.px(6)), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPath(dish)
        painter.setPen(QPen(metal, max(1, theme.px(2))))
        for side in (-0.35, 0.35):
            painter.drawLine(QPointF(centre_x + side * dish_width, rim_y + dish_depth * 0.5), focus)
        painter.setBrush(metal)
        painter.drawEllipse(focus, theme.px(4), theme.px(4))
        self._paint_person(painter, QPointF(width * 0.86, ground), self.PERSON_M * metres_px)
        painter.setFont(theme.font(20, QFont.Weight.Bold))
        painter.setPen(theme.color("accent"))
        painter.drawText(QRectF(theme.px(4), 0, width * 0.45, theme.text_px(20) + theme.px(8)),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.beam_text)

    @staticmethod
    def _paint_person(painter: QPainter, feet: QPointF, height_px: float) -> None:
        """A stick figure for scale, at least a few pixels tall."""
        theme = current_theme()
        height_px = max(theme.px(14), height_px)
        pen = QPen(theme.color("text_muted"), max(1.5, height_px * 0.09), Qt.PenStyle.SolidLine,
                   Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(theme.color("text_muted"))
        head = height_px * 0.13
        hip = QPointF(feet.x(), feet.y() - height_px * 0.48)
        neck = QPointF(feet.x(), feet.y() - height_px * 0.8)
        painter.drawEllipse(QPointF(feet.x(), feet.y() - height_px + head), head, head)
        painter.drawLine(neck, hip)
        painter.drawLine(hip, QPointF(feet.x() - height_px * 0.15, feet.y()))
        painter.drawLine(hip, QPointF(feet.x() + height_px * 0.15, feet.y()))
        arms = QPointF(feet.x(), feet.y() - height_px * 0.72)
        painter.drawLine(arms, QPointF(feet.x() - height_px * 0.2, feet.y() - height_px * 0.45))
        painter.drawLine(arms, QPointF(feet.x() + height_px * 0.2, feet.y() - height_px * 0.45))
