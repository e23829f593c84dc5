"""How computers see: the filtered camera picture, filter buttons, a one-line explanation, the goal."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QSizePolicy, QWidget

from exhibits.computer_vision.model import ADJUSTABLE, CHANNEL_TILES, FILTERS, FilterTour, VisionFilters, VisionOutput
from exhibits.computer_vision.probe import CELLS, STEP_FRACTION, PixelProbe, sample_patch
from kiosk.exhibit import (
    CameraExhibit,
    CameraFrame,
    CameraView,
    ExhibitContext,
    ThemedLabel,
    TouchButton,
    ValueSlider,
)


class VisionView(CameraView):
    """The filtered picture; on the colour-channel mosaic, each tile is labelled."""

    def __init__(self, exhibit: ComputerVisionExhibit) -> None:
        super().__init__(exhibit)
        self.exhibit = exhibit
        self.setObjectName("vision-view")

    def draw_overlay(self, painter: QPainter) -> None:
        frame = self.frame
        if frame is None or self.unavailable:
            return
        theme = self.exhibit.context.theme
        width, height = frame.size
        transform = self.frame_transform()
        # The square the pixel probe reads, so the numbers have a place in the picture.
        half = CELLS * STEP_FRACTION * width / 2 + 2
        square = transform.mapRect(QRectF(width / 2 - half, height / 2 - half, 2 * half, 2 * half))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(theme.color("accent"), theme.px(4)))
        painter.drawRoundedRect(square, theme.px(6), theme.px(6))
        if not isinstance(frame.result, VisionOutput) or frame.result.filter != "channels":
            return
        names = self.exhibit.channel_names()
        painter.setFont(theme.font(26, QFont.Weight.Bold))
        for key, (fx, fy) in CHANNEL_TILES.items():
            centre = transform.map(QPointF(fx * width, (fy - 0.2) * height))
            text = names[key]
            box_w = painter.fontMetrics().horizontalAdvance(text) + theme.px(28)
            box = QRectF(centre.x() - box_w / 2, centre.y() - theme.px(22), box_w, theme.px(44))
            fill = theme.color("background")
            fill.setAlpha(255 if theme.high_contrast else 190)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
            painter.setPen(theme.color("text"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class ComputerVisionExhibit(CameraExhibit):
    """Pick a filter and see the camera picture the way a vision program's first step sees it."""

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.filters = VisionFilters()
        self.tour = FilterTour()
        self._last_captured_at: float | None = None

        panel = self.place_view_and_panel(VisionView(self))
        self.panel.setObjectName("vision-panel")
        self.heading = ThemedLabel(size=36, bold=True, accent=True)
        self.explanation = ThemedLabel(size=25)
        self.explanation.setMinimumHeight(context.theme.px(110))
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.slider = ValueSlider(0.0, 1.0, 0.5, 0.05)
        self.slider.setObjectName("strength")
        self.slider.valueChanged.connect(self._on_strength)
        self.slider.released.connect(lambda value: self.context.record("strength", round(value, 2)))
        self.buttons: dict[str, TouchButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for key in FILTERS:
            button = TouchButton(key, checkable=True)
            button.setObjectName(f"filter:{key}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, k=key: self.choose(k))
            self.group.addButton(button)
            self.buttons[key] = button
        self.buttons["camera"].setChecked(True)
        self.button_grid = QGridLayout()
        self.button_grid.setSpacing(context.theme.px(10))
        self.probe = PixelProbe()
        self.progress = ThemedLabel(size=24, bold=True)
        self.goal = ThemedLabel(size=21, muted=True)
        panel.addWidget(self.heading)
        panel.addWidget(self.explanation)
        panel.addWidget(self.slider)
        panel.addLayout(self.button_grid)
        panel.addWidget(self.probe, 1)
        panel.addWidget(self.progress)
        panel.addWidget(self.goal)
        self.arrange_for_orientation(portrait=False)
        self._portrait = False  # the box starts side by side (place_view_and_panel)

    # -- texts ---------------------------------------------------------------------------------

    def filter_names(self) -> dict[str, str]:
        return {
            "camera": self.tr("Camera"),
            "edges": self.tr("Edges"),
            "blur": self.tr("Blur"),
            "threshold": self.tr("Threshold"),
            "channels": self.tr("Colours"),
            "pixels": self.tr("Pixels"),
            "motion": self.tr("Motion"),
        }

    def explanations(self) -> dict[str, str]:
        return {
            "camera": self.tr("To a computer a picture is a grid of pixels, and each pixel is three numbers: "
                              "red, green and blue."),
            "edges": self.tr("The computer marks where brightness changes sharply: those lines are the outlines "
                             "of things."),
            "blur": self.tr("Each pixel is mixed with its neighbours, so small details disappear and big shapes stay."),
            "threshold": self.tr("Every pixel brighter than a chosen level turns yellow, all the others dark."),
            "channels": self.tr("A colour picture is really three pictures: how much red, green and blue light "
                                "each pixel has."),
            "pixels": self.tr("With fewer, bigger pixels the computer keeps less information, and the picture "
                              "gets blocky."),
            "motion": self.tr("Each picture is compared with the one before: the places that changed glow, "
                              "hottest where you moved most."),
        }

    def strength_labels(self) -> dict[str, str]:
        return {
            "edges": self.tr("Sensitivity"),
            "blur": self.tr("Blur strength"),
            "threshold": self.tr("Brightness level"),
            "pixels": self.tr("Pixel size"),
            "motion": self.tr("Memory"),
        }

    def channel_names(self) -> dict[str, str]:
        return {"picture": self.tr("Picture"), "red": self.tr("Red"), "green": self.tr("Green"),
                "blue": self.tr("Blue")}

    def retranslate(self) -> None:
        names = self.filter_names()
        for key, button in self.buttons.items():
            marked = key in self.tour.tried
            button.setText(("✓ " if marked else "") + names[key])
        key = self.filters.filter
        self.heading.setText(names[key])
        self.explanation.setText(self.explanations()[key])
        self._update_slider_texts()
        done, total = self.tour.progress
        self.progress.setText(self.tr("Filters tried: %1 of %2").replace("%1", str(done)).replace("%2", str(total)))
        self.probe.caption = self.tr("A computer gets only numbers: red, green and blue for each pixel "
                                     "in the yellow square.")
        self.probe.update()
        self.goal.setText(self.tr("Goal: look at yourself through every filter.") if not self.tour.completed
                          else self.tr("You have seen them all! Now move the slider: what changes?"))
        self.view.update()

    def _update_slider_texts(self) -> None:
        key = self.filters.filter
        self.slider.setVisible(key in ADJUSTABLE)
        if key in ADJUSTABLE:
            percent = self.context.format_number(self.slider.value() * 100, 0, "%")
            self.slider.set_texts(self.strength_labels()[key], percent)

    # -- behaviour -----------------------------------------------------------------------------

    def choose(self, key: str) -> None:
        """Show the picture through filter ``key`` (a tap on its button)."""
        if key == self.filters.filter:
            return
        self.filters.set_filter(key)
        self.buttons[key].setChecked(True)
        self.context.record("filter", key)
        self.retranslate()

    def _on_strength(self, value: float) -> None:
        self.filters.set_strength(value)
        self._update_slider_texts()

    def on_camera_frame(self, frame: CameraFrame) -> None:
        output = frame.result
        captured_at = frame.packed.captured_at
        seconds = 0.0 if self._last_captured_at is None else captured_at - self._last_captured_at
        self._last_captured_at = captured_at
        if not isinstance(output, VisionOutput):
            return
        self.view.smooth = output.filter != "pixels"  # big pixels must stay square and sharp
        self.probe.set_patch(sample_patch(frame.display))
        if output.filter != self.filters.filter:
            return
        newly, reached = self.tour.watch(output.filter, max(0.0, seconds))
        if newly:
            self.retranslate()
        if reached:
            self.context.complete(float(len(FILTERS)))

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self) -> None:
        self._last_captured_at = None
        super().start()

    def frame_processor(self):
        return self.filters.process

    def reset(self) -> None:
        self.filters.reset()
        self.tour.reset()
        self.slider.setValue(0.5)
        self.buttons["camera"].setChecked(True)
        self.retranslate()

    # -- layout --------------------------------------------------------------------------------

    def arrange_for_orientation(self, portrait: bool) -> None:
        """The filter buttons in two columns beside the view, in four below it."""
        super().arrange_for_orientation(portrait)
        columns = 4 if portrait else 2
        for index, key in enumerate(FILTERS):
            self.button_grid.addWidget(self.buttons[key], index // columns, index % columns)

    def apply_theme(self) -> None:
        self.view.update()
        super().apply_theme()
