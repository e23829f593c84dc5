"""The session banner on the home screen: programme title, time left, people checked in."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.exhibit.kit import ThemedMixin
from kiosk.exhibit.theme import current_theme

if TYPE_CHECKING:
    from kiosk.ui.programmes.controller import ProgrammesController


def format_time_left(seconds: float) -> str:
    """"1:05" for an hour and five minutes, "0:09" for nine minutes (minutes rounded up)."""
    minutes = int(-(-max(0.0, seconds) // 60))
    return f"{minutes // 60}:{minutes % 60:02d}"


class SessionBanner(ThemedMixin, QWidget):
    """A strip above the home tiles while an educator's session runs (read-only for visitors)."""

    def __init__(self, controller: ProgrammesController, language: Callable[[], str]) -> None:
        super().__init__()
        self.setObjectName("programme-banner")
        self.controller = controller
        self.language = language
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(1200), theme.text_px(30) + theme.px(44))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(300), self.sizeHint().height())

    def texts(self) -> tuple[str, str, str]:
        """(programme title, time left, checked in), translated now."""
        session = self.controller.session
        programme = self.controller.catalogue.get(session.programme_code) if session else None
        title = programme.text("title", self.language()) if programme else ""
        left = format_time_left(session.remaining_s(self.controller.service.now())) if session else ""
        return (
            title,
            self.tr("Time left %1").replace("%1", left),
            self.tr("Checked in: %1").replace("%1", str(self.controller.checked_in_count)),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = rect.height() / 2
        path = QPainterPath()
        path.addRoundedRect(rect, radius, radius)
        painter.fillPath(path, theme.color("surface_raised"))
        painter.setPen(QPen(theme.color("accent"), theme.px(3)))
        painter.drawPath(path)
        title, left, count = self.texts()
        pad = theme.px(28)
        painter.setFont(theme.font(24, QFont.Weight.DemiBold))
        metrics = painter.fontMetrics()
        right_text = f"{left}   ·   {count}"
        right_w = metrics.horizontalAdvance(right_text) + pad
        painter.setPen(theme.color("accent"))
        painter.drawText(
            rect.adjusted(pad, 0, -pad, 0), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), right_text
        )
        label = self.tr("Programme session")
        painter.setPen(theme.color("text_muted"))
        label_w = metrics.horizontalAdvance(label + "  ")
        painter.drawText(
            rect.adjusted(pad, 0, 0, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label
        )
        painter.setFont(theme.font(28, QFont.Weight.Bold))
        title_rect = rect.adjusted(pad + label_w + theme.px(12), 0, -right_w - pad, 0)
        painter.setPen(theme.color("text"))
        elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(max(0, title_rect.width())))
        painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)

    def retranslate(self) -> None:
        self.update()  # the texts are painted, in the language of the moment
