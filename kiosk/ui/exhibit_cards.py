"""What the exhibit host shows around an exhibit: the title in its top bar, the intro card with
Start, the learn-more card, and the "Well done!" celebration over a goal reached.

Only widgets: the host (kiosk.ui.host) decides when each shows; the run's rules live in
kiosk.visits.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from kiosk.clock import SYSTEM_CLOCK, Clock
from kiosk.exhibit.kit import ThemedLabel, TouchButton, fitted_font
from kiosk.exhibit.theme import current_theme
from kiosk.exhibit.timing import ClockTimer
from kiosk.registry import ExhibitEntry
from kiosk.ui.careers_card import careers_of
from kiosk.ui.widgets import Overlay


class IconView(QWidget):
    """An exhibit's SVG icon on its subject colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer: QSvgRenderer | None = None
        self.colour = QColor("#2E86DE")

    def set_icon(self, path: str, colour: QColor) -> None:
        self.renderer = QSvgRenderer(path)
        self.colour = colour
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        painter.drawEllipse(rect)
        if self.renderer and self.renderer.isValid():
            self.renderer.render(painter, rect.adjusted(side * 0.2, side * 0.2, -side * 0.2, -side * 0.2))


class BarTitle(ThemedLabel):
    """The exhibit's title in the top bar. On a narrow bar (a portrait screen, Russian titles)
    the type gets smaller, then the end gives way to an ellipsis, instead of being cut off."""

    elides = True  # on purpose: the screen audit does not count its ellipsis as a cut text

    def __init__(self) -> None:
        self._full = ""
        super().__init__(size=34, bold=True)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        theme = current_theme()
        width = QFontMetrics(theme.font(self.text_size, QFont.Weight.Bold)).horizontalAdvance(self._full)
        return QSize(width + 4, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        # Room for the title in its smallest type (at most 300 design px): the buttons beside
        # it give way first.
        theme = current_theme()
        small = QFont(theme.font(self.text_size, QFont.Weight.Bold))
        small.setPixelSize(max(1, round(small.pixelSize() * 0.75)))
        width = min(QFontMetrics(small).horizontalAdvance(self._full) + 4, theme.px(300))
        return QSize(width, super().minimumSizeHint().height())

    def setText(self, text: str) -> None:
        self._full = text
        self.updateGeometry()
        self._fit()

    def text(self) -> str:
        """The whole title, even while the bar shows it shortened."""
        return self._full

    def apply_theme(self) -> None:
        super().apply_theme()
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = max(1, self.width())
        font = fitted_font(self._full, current_theme().font(self.text_size, QFont.Weight.Bold), width, 0.75)
        self.setFont(font)
        shown = QFontMetrics(font).elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        self.setToolTip(self._full if shown != self._full else "")
        super().setText(shown)


class IntroCard(Overlay):
    """Before the exhibit starts: icon, title, the one-sentence instruction, and Start."""

    started = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, card_width=980, dim=170)
        self.setObjectName("intro-card")
        self.icon = IconView()
        self.title = ThemedLabel(size=52, bold=True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instruction = ThemedLabel(size=34)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.privacy = ThemedLabel(size=24, muted=True)
        self.privacy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = TouchButton(primary=True)
        self.start_button.setObjectName("exhibit:start")
        self.start_button.clicked.connect(self._start)
        self.card_layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignHCenter)
        for widget in (self.title, self.instruction, self.privacy):
            self.card_layout.addWidget(widget)
        self.card_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.entry: ExhibitEntry | None = None
        self.language = "en"

    def show_for(self, entry: ExhibitEntry, language: str) -> None:
        self.entry, self.language = entry, language
        assert entry.manifest is not None
        self.icon.set_icon(str(entry.manifest.icon_path), current_theme().pictogram_disc(entry.manifest.subject))
        self.retranslate()
        self.open()

    def _start(self) -> None:
        self.close_overlay()
        self.started.emit()

    def mouseReleaseEvent(self, event) -> None:
        self._start()  # a small child taps anywhere: that means "go"

    def apply_theme(self) -> None:
        side = current_theme().px(150)
        self.icon.setFixedSize(side, side)
        super().apply_theme()

    def retranslate(self) -> None:
        if self.entry and self.entry.manifest:
            manifest = self.entry.manifest
            self.title.setText(manifest.text("title", self.language))
            self.instruction.setText(manifest.text("instruction", self.language))
            self.privacy.setVisible(manifest.needs_camera)
            self.privacy.setText(self.tr("The camera image is shown only on this screen and is never saved."))
        self.start_button.setText(self.tr("Start"))
        self.relayout()


class LearnMoreCard(Overlay):
    """The learning goal of the exhibit, for the curious and for teachers."""

    closed = Signal()
    careers_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, card_width=1100)
        self.setObjectName("learn-more-card")
        self.heading = ThemedLabel(size=40, bold=True, accent=True)
        self.summary = ThemedLabel(size=30, bold=True)
        self.goal = ThemedLabel(size=28)
        self.close_button = TouchButton(primary=True)
        self.close_button.setObjectName("learn-more:close")
        self.close_button.clicked.connect(self._close)
        self.careers_button = TouchButton()
        self.careers_button.setObjectName("learn-more:careers")
        self.careers_button.clicked.connect(self._show_careers)
        for widget in (self.heading, self.summary, self.goal):
            self.card_layout.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.careers_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.card_layout.addLayout(buttons)
        self.entry: ExhibitEntry | None = None
        self.language = "en"

    def show_for(self, entry: ExhibitEntry, language: str) -> None:
        self.entry, self.language = entry, language
        self.careers_button.setVisible(bool(careers_of(entry)))
        self.retranslate()
        self.open()

    def _close(self) -> None:
        self.close_overlay()
        self.closed.emit()

    def _show_careers(self) -> None:
        self.close_overlay()  # the careers card takes its place; closing that resumes the exhibit
        self.careers_requested.emit()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What can you learn here?"))
        if self.entry and self.entry.manifest:
            self.summary.setText(self.entry.manifest.text("summary", self.language))
            self.goal.setText(self.entry.manifest.text("learning_goal", self.language))
        self.close_button.setText(self.tr("Back to the experiment"))
        self.careers_button.setText(self.tr("Who works with this here?"))
        self.relayout()


class Celebration(QWidget):
    """A short "Well done!" burst over the exhibit; touches pass through to the exhibit."""

    def __init__(self, parent: QWidget, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__(parent)
        self.setObjectName("celebration")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.clock = clock
        self.score: float | None = None
        self.started = 0.0
        self.duration_s = 2.5
        self.timer = ClockTimer(clock, self, interval_ms=33)
        self.timer.timeout.connect(self._tick)
        self.hide()

    def celebrate(self, score: float | None) -> None:
        self.score = score
        self.started = self.clock.monotonic()
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.timer.start()

    def _tick(self) -> None:
        if self.clock.monotonic() - self.started > self.duration_s:
            self.timer.stop()
            self.hide()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        t = self.clock.monotonic() - self.started
        fade = max(0.0, min(1.0, (self.duration_s - t) / 0.5))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setOpacity(fade)
        w, h = self.width(), self.height()
        band = QRectF(0, h * 0.36, w, h * 0.28)
        painter.fillRect(band, QColor(0, 0, 0, 170))
        for i in range(24):  # a ring of stars flying outwards
            angle = i / 24 * math.tau
            radius = min(w, h) * (0.12 + 0.35 * min(1.0, t / 1.2))
            x = w / 2 + radius * math.cos(angle) * 1.6
            y = h / 2 + radius * math.sin(angle)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.series(i))
            painter.drawEllipse(QRectF(x - theme.px(9), y - theme.px(9), theme.px(18), theme.px(18)))
        painter.setPen(QPen(theme.color("accent")))
        painter.setFont(theme.font(96, QFont.Weight.Black))
        painter.drawText(
            band.adjusted(0, 0, 0, -band.height() * 0.3), Qt.AlignmentFlag.AlignCenter, self.tr("Well done!")
        )
        painter.setPen(theme.color("text"))
        painter.setFont(theme.font(36, QFont.Weight.Bold))
        note = self.tr("Goal reached!")
        if self.score is not None:
            note = self.tr("Goal reached! Score: %1").replace("%1", f"{self.score:g}")
        painter.drawText(
            band.adjusted(0, band.height() * 0.62, 0, 0),
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter,
            note,
        )
