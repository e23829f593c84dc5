"""A horizontal gauge: the target period with its tolerance band, and where the last swing landed."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.exhibit import current_theme


class PeriodGauge(QWidget):
    """Shows target ± tolerance as a band, the measured period as a big marker, the formula as a small one.

    The marker shape (triangle versus diamond) and labels tell them apart, not colour.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target_s: float | None = None
        self.tolerance = 0.05
        self.measured_s: float | None = None
        self.formula_s: float | None = None
        self.target_text = ""
        self.measured_text = ""
        self.faster_text = ""
        self.slower_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(400), theme.px(150))

    def minimumSizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(240), theme.px(130))

    def set_values(self, target_s: float | None, tolerance: float, measured_s: float | None,
                   formula_s: float | None) -> None:
        """The target (None hides the gauge), its tolerance, the last measured and the formula period."""
        self.target_s, self.tolerance = target_s, tolerance
        self.measured_s, self.formula_s = measured_s, formula_s
        self.update()

    def set_texts(self, target: str, measured: str, faster: str, slower: str) -> None:
        """Labels, already translated and formatted."""
        self.target_text, self.measured_text = target, measured
        self.faster_text, self.slower_text = faster, slower
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.target_s is None:
            return
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_h = theme.text_px(20) + theme.px(6)
        margin = theme.px(50)
        track_h = theme.px(22)
        centre_y = max(label_h + theme.px(26), self.height() / 2)
        track = QRectF(margin, centre_y - track_h / 2, max(1.0, self.width() - 2 * margin), track_h)
        low_s, high_s = 0.5 * self.target_s, 1.5 * self.target_s

        def x_of(value_s: float) -> float:
            fraction = (min(high_s, max(low_s, value_s)) - low_s) / (high_s - low_s)
            return track.left() + fraction * track.width()

        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("surface_raised"))
        painter.drawRoundedRect(track, track_h / 2, track_h / 2)
        band = QRectF(QPointF(x_of(self.target_s * (1 - self.tolerance)), track.top() - theme.px(6)),
                      QPointF(x_of(self.target_s * (1 + self.tolerance)), track.bottom() + theme.px(6)))
        painter.setBrush(theme.color("accent"))
        painter.drawRoundedRect(band, theme.px(4), theme.px(4))
        painter.setBrush(QBrush(theme.color("background"), Qt.BrushStyle.BDiagPattern))
        painter.drawRoundedRect(band, theme.px(4), theme.px(4))
        # the target's value under the band
        painter.setPen(theme.color("accent"))
        painter.setFont(theme.font(20, QFont.Weight.Bold))
        below = QRectF(band.center().x() - theme.px(120), track.bottom() + theme.px(10), theme.px(240), label_h)
        painter.drawText(below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.target_text)
        # ends of the scale: a shorter swing time to the left, a longer one to the right
        painter.setPen(theme.color("text_muted"))
        painter.setFont(theme.font(17))
        end_w = max(theme.px(60), band.left() - track.left() - theme.px(20))
        for rect, text, align in (
            (QRectF(track.left() - margin / 2, track.bottom() + theme.px(10), end_w, label_h),
             self.faster_text, Qt.AlignmentFlag.AlignLeft),
            (QRectF(track.right() + margin / 2 - end_w, track.bottom() + theme.px(10), end_w, label_h),
             self.slower_text, Qt.AlignmentFlag.AlignRight),
        ):
            painter.drawText(rect, align | Qt.AlignmentFlag.AlignTop, text)
        if self.formula_s is not None:
            x = x_of(self.formula_s)
            size = theme.px(10)
            diamond = QPolygonF([QPointF(x, track.center().y() - size), QPointF(x + size, track.center().y()),
                                 QPointF(x, track.center().y() + size), QPointF(x - size, track.center().y())])
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(theme.color("text"), theme.px(3)))
            painter.drawPolygon(diamond)
        if self.measured_s is not None:
            x = x_of(self.measured_s)
            tip_y = track.top() - theme.px(2)
            size = theme.px(18)
            path = QPainterPath(QPointF(x, tip_y))
            path.lineTo(x - size, tip_y - size * 1.3)
            path.lineTo(x + size, tip_y - size * 1.3)
            path.closeSubpath()
            painter.fillPath(path, theme.color("text"))
            painter.setPen(theme.color("text"))
            painter.setFont(theme.font(20, QFont.Weight.Bold))
            width = theme.px(200)
            left = min(max(0.0, x - width / 2), self.width() - width)
            above = QRectF(left, tip_y - size * 1.3 - label_h - theme.px(2), width, label_h)
            painter.drawText(above, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self.measured_text)
        painter.end()
