"""Wind of motion: particles blown over the camera picture, flow arrows, a turbine and its battery."""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QWidget

from exhibits.motion_wind.model import ParticleWind, Turbine, WindFrame, WindScene
from exhibits.motion_wind.turbine_view import TurbineView
from kiosk.exhibit import (
    SERIES,
    CameraExhibit,
    CameraFrame,
    CameraView,
    ExhibitContext,
    ThemedLabel,
    TouchButton,
    draw_arrow,
)

PARTICLES = 4000
# Flow arrows are drawn on a grid this many cells across.
ARROW_COLUMNS = 16


def speed_palette(high_contrast: bool) -> np.ndarray:
    """Particle colours (BGR) from slow to fast: calm blue to hot orange (white/yellow in high contrast)."""
    if high_contrast:
        stops = ["#FFFFFF", "#FFFFFF", "#FFD400", "#FFD400"]
    else:
        stops = [SERIES[0], "#7FD1FF", SERIES[2], SERIES[1], "#D55E00"]
    colours = []
    for index in range(32):
        position = index / 31 * (len(stops) - 1)
        low, high = int(position), min(int(position) + 1, len(stops) - 1)
        mix = position - low
        a = [int(stops[low][i:i + 2], 16) for i in (1, 3, 5)]
        b = [int(stops[high][i:i + 2], 16) for i in (1, 3, 5)]
        red, green, blue = (round(x + (y - x) * mix) for x, y in zip(a, b, strict=True))
        colours.append((blue, green, red))
    return np.array(colours, np.uint8)


class WindView(CameraView):
    """The dimmed picture with the particle trails (made on the camera worker); optionally the
    flow as arrows."""

    def __init__(self, exhibit: MotionWindExhibit) -> None:
        super().__init__(exhibit)
        self.exhibit = exhibit
        self.setObjectName("wind-view")

    def draw_overlay(self, painter: QPainter) -> None:
        wind = self.exhibit.wind
        if not self.exhibit.show_arrows or wind is None or self.frame is None:
            return
        theme = self.exhibit.context.theme
        width, height = self.frame.size
        transform = self.frame_transform()
        rows = max(2, round(ARROW_COLUMNS * height / width))
        field_h, field_w = wind.shape[:2]
        pen = QPen(theme.color("text"), theme.px(3), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        cell = width / ARROW_COLUMNS
        for row in range(rows):
            for column in range(ARROW_COLUMNS):
                fx, fy = (column + 0.5) / ARROW_COLUMNS, (row + 0.5) / rows
                vx, vy = wind[min(field_h - 1, int(fy * field_h)), min(field_w - 1, int(fx * field_w))]
                # wind is in picture widths (x) and heights (y) per second; show 0.25 s of travel.
                dx, dy = float(vx) * width * 0.25, float(vy) * height * 0.25
                length = (dx * dx + dy * dy) ** 0.5
                if length < cell * 0.15:
                    continue
                scale = min(1.0, cell * 0.9 / length)
                start = QPointF(fx * width, fy * height)
                end = QPointF(start.x() + dx * scale, start.y() + dy * scale)
                draw_arrow(painter, transform.map(start), transform.map(end), theme.px(12))


class MotionWindExhibit(CameraExhibit):
    """Move to make wind: the computer measures your motion (optical flow) and it blows the particles."""

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # Flow, particles and trails run on the camera worker, one step per camera frame: the
        # UI thread shows finished pictures and turns the turbine.
        self.scene = WindScene(ParticleWind(PARTICLES, seed=1), speed_palette(context.theme.high_contrast))
        self.turbine = Turbine()
        self.show_arrows = False
        self.wind: np.ndarray | None = None  # the latest wind field, for the arrows
        self.gust_speed = 0.0  # the particles' gusts in the latest frame, for the turbine

        panel = self.place_view_and_panel(WindView(self))
        self.heading = ThemedLabel(size=36, bold=True, accent=True)
        self.task = ThemedLabel(size=25)
        self.turbine_view = TurbineView(self.turbine)
        self.power = ThemedLabel(size=24, bold=True)
        self.cube = ThemedLabel(size=21, muted=True)
        self.arrows_button = TouchButton("arrows", checkable=True)
        self.arrows_button.setObjectName("arrows")
        self.arrows_button.toggled.connect(self._on_arrows)
        self.science_title = ThemedLabel(size=24, bold=True)
        self.science = ThemedLabel(size=22, muted=True)
        panel.addWidget(self.heading)
        panel.addWidget(self.task)
        panel.addWidget(self.turbine_view, 1)
        panel.addWidget(self.power)
        panel.addWidget(self.cube)
        panel.addWidget(self.arrows_button)
        panel.addWidget(self.science_title)
        panel.addWidget(self.science)


    # -- texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Make a storm"))
        self.task.setText(self.tr("Wave your arms: your movement becomes wind. Charge the battery with the turbine!"))
        self.cube.setText(self.tr("Wind twice as fast gives the turbine eight times the power: power grows with "
                                  "speed × speed × speed."))
        self.arrows_button.setText(self.tr("Hide the motion arrows") if self.show_arrows
                                   else self.tr("Show the motion arrows"))
        self.science_title.setText(self.tr("Optical flow"))
        self.science.setText(self.tr("The computer compares each picture with the one before and finds how far "
                                     "every small patch has moved. The arrows show that motion."))
        self._update_power_texts()

    def _update_power_texts(self) -> None:
        power = self.context.format_number(self.turbine.power * 100, 0, "%")
        text = self.tr("Turbine power: %1").replace("%1", power)
        if text != self.power.text():  # a label relayout every display frame would cost the UI thread
            self.power.setText(text)
        self.turbine_view.battery_text = self.context.format_number(self.turbine.charge * 100, 0, "%")
        self.turbine_view.update()

    # -- behaviour -----------------------------------------------------------------------------

    def on_camera_frame(self, frame: CameraFrame) -> None:
        result = frame.result
        if not isinstance(result, WindFrame):
            return
        self.wind, self.gust_speed = result.wind, result.gust_speed

    def _on_arrows(self, on: bool) -> None:
        self.show_arrows = on
        self.context.record("arrows", on)
        self.retranslate()
        self.view.update()

    def advance(self, dt_s: float) -> None:
        if self.turbine.update(self.gust_speed, dt_s):
            self.context.record("battery_full", None)
            self.context.complete(100.0)
        self._update_power_texts()

    # -- lifecycle -----------------------------------------------------------------------------

    def frame_processor(self):
        return lambda frame: self.scene.process(frame, time.monotonic())

    def reset(self) -> None:
        self.scene.request_reset()
        self.turbine.reset()
        self.wind, self.gust_speed = None, 0.0
        self.arrows_button.setChecked(False)
        self.retranslate()

    def apply_theme(self) -> None:
        self.scene.palette = speed_palette(self.context.theme.high_contrast)
        super().apply_theme()
