"""Motion painter: the painting over the camera picture, palette and clear buttons, coverage goal."""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from exhibits.motion_painter.model import PALETTES, STILL_SECONDS, CoverageGoal, MotionPainter, PaintResult
from exhibits.motion_painter.thumbs import MemoryThumbs
from kiosk.exhibit import (
    CameraExhibit,
    CameraFrame,
    CameraView,
    ExhibitContext,
    SegmentedChoice,
    ThemedLabel,
    TouchButton,
    ZoneMeter,
    hide_extras_when_short,
)


class PaintView(CameraView):
    """The canvas; while everyone stands still, a ring fills up before the wipe."""

    def __init__(self, exhibit: MotionPainterExhibit) -> None:
        super().__init__(exhibit)
        self.exhibit = exhibit
        self.setObjectName("paint-view")

    def draw_overlay(self, painter: QPainter) -> None:
        still_s = self.exhibit.still_s
        if self.frame is None or still_s < 0.3:
            return
        theme = self.exhibit.context.theme
        radius = theme.px(70)
        centre = QPointF(self.width() / 2, self.height() / 2)
        ring = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        backdrop = theme.color("background")
        backdrop.setAlpha(200)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(backdrop)
        painter.drawEllipse(ring.adjusted(-theme.px(14), -theme.px(14), theme.px(14), theme.px(14)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(theme.color("surface_raised"), theme.px(12)))
        painter.drawEllipse(ring)
        fraction = min(1.0, still_s / STILL_SECONDS)
        painter.setPen(QPen(theme.color("accent"), theme.px(12), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(ring, 90 * 16, round(-360 * 16 * fraction))
        painter.setPen(theme.color("text"))
        painter.setFont(theme.font(22, QFont.Weight.Bold))
        painter.drawText(ring.adjusted(theme.px(16), 0, -theme.px(16), 0),
                         int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.exhibit.still_text())


class MotionPainterExhibit(CameraExhibit):
    """Move to paint with your whole body; stand still for a moment and the canvas is wiped."""

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.painter = MotionPainter()
        self.goal = CoverageGoal()
        self.coverage = 0.0
        self.still_s = 0.0
        self._last_still_at: float | None = None

        panel = self.place_view_and_panel(PaintView(self), spacing=16)
        theme = context.theme
        self.heading = ThemedLabel(size=36, bold=True, accent=True)
        self.task = ThemedLabel(size=26)
        self.meter = ZoneMeter(1.0, (self.goal.target, 1.0))
        self.meter.setObjectName("coverage-meter")
        self.palette_title = ThemedLabel(size=22, bold=True)
        self.palettes = SegmentedChoice(list(PALETTES))
        self.palettes.chosen.connect(self._on_palette)
        self.clear_button = TouchButton("clear")
        self.clear_button.setObjectName("clear")
        self.clear_button.clicked.connect(self._on_clear)
        self.science_title = ThemedLabel(size=24, bold=True)
        self.science = ThemedLabel(size=22, muted=True)
        self.science.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.thumbs = MemoryThumbs()
        self.rounds = ThemedLabel(size=22, bold=True)
        panel.addWidget(self.heading)
        panel.addWidget(self.task)
        panel.addWidget(self.meter)
        panel.addWidget(self.palette_title)
        panel.addWidget(self.palettes)
        panel.addWidget(self.clear_button)
        panel.addSpacing(theme.px(8))
        panel.addWidget(self.science_title)
        panel.addWidget(self.science)
        panel.addWidget(self.thumbs, 1)
        panel.addStretch(0)  # the room of the small pictures when they step aside (below)
        panel.addWidget(self.rounds)
        # With large text beside the picture the two small pictures would shrink to a strip and
        # squeeze the texts: they are the extra a visitor misses least, so they step aside.
        hide_extras_when_short(self.panel, [self.thumbs])

    # -- texts ---------------------------------------------------------------------------------

    def still_text(self) -> str:
        return self.tr("Stay still…")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Paint with your body"))
        self.task.setText(self.tr("Move in front of the camera: everything that moves leaves a trail of colour."))
        self.palette_title.setText(self.tr("Colours"))
        self.palettes.set_texts({"rainbow": self.tr("Rainbow"), "fire": self.tr("Fire"), "ocean": self.tr("Sea")})
        self.clear_button.setText(self.tr("Wipe the canvas"))
        self.science_title.setText(self.tr("How does it know?"))
        self.science.setText(self.tr("The computer remembers what the room looks like without you. Every pixel that "
                                     "differs from that memory, and has just changed, is you moving."))
        self.thumbs.captions = (self.tr("The room it remembers"), self.tr("Different now: you"))
        self.thumbs.update()
        self._update_progress_texts()
        self.view.update()

    def _update_progress_texts(self) -> None:
        percent = self.context.format_number(self.coverage * 100, 0, "%")
        goal = self.context.format_number(self.goal.target * 100, 0, "%")
        self.meter.set_reading(self.coverage)
        self.meter.set_texts(self.tr("Painted (goal %1)").replace("%1", goal), percent)
        count = self.goal.rounds_completed
        text = (self.tr("Paintings finished: %1").replace("%1", str(count)) if count else
                self.tr("Stand still to wipe the canvas and start again."))
        if text != self.rounds.text():  # no relayout unless the words change
            self.rounds.setText(text)

    # -- behaviour -----------------------------------------------------------------------------

    def _process(self, frame):  # runs on the camera worker thread
        return self.painter.process(frame, time.monotonic())

    def on_camera_frame(self, frame: CameraFrame) -> None:
        result = frame.result
        if not isinstance(result, PaintResult):
            return
        self.coverage = result.coverage
        self.thumbs.mirror = self.view.mirror
        if result.background is not None:
            self.thumbs.set_background(result.background)
        if result.foreground is not None:
            self.thumbs.set_foreground(result.foreground)
        captured_at = frame.packed.captured_at
        if result.moving_fraction < 0.002 and self.coverage > 0 and not result.wiping:
            if self._last_still_at is None:
                self._last_still_at = captured_at
            self.still_s = captured_at - self._last_still_at
        else:
            self._last_still_at, self.still_s = None, 0.0
        if result.wiped:
            self.context.record("wiped", None)
        if self.goal.update(result.coverage, result.wiped):
            self.context.record("painting_finished", round(result.coverage, 2))
            self.context.complete(round(result.coverage * 100))
        self._update_progress_texts()

    def _on_palette(self, key: str) -> None:
        self.painter.palette = key
        self.context.record("palette", key)

    def _on_clear(self) -> None:
        self.painter.clear()
        self.context.record("clear", None)

    # -- lifecycle -----------------------------------------------------------------------------

    def frame_processor(self):
        return self._process

    def reset(self) -> None:
        self.painter.reset()
        self.painter.palette = "rainbow"
        self.palettes.set_current("rainbow")
        self.goal.reset()
        self.coverage, self.still_s, self._last_still_at = 0.0, 0.0, None
        self.retranslate()

