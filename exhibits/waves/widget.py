"""Waves and interference: a ripple tank with two sources, a microphone and three challenges."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from exhibits.waves.model import (
    CHALLENGE_ORDER,
    DISTANCE_RANGE_CM,
    FREQUENCY_RANGE_HZ,
    Challenge,
    MicrophoneGame,
    RippleTank,
)
from exhibits.waves.phase_view import PhaseDiagram
from exhibits.waves.tank_view import RippleTankView
from kiosk.exhibit import (
    Card,
    ExhibitContext,
    ExhibitWidget,
    ThemedLabel,
    TouchButton,
    ValueSlider,
    ZoneMeter,
    hide_extras_when_short,
)

DEFAULT_FREQUENCY_HZ = 5.0
DEFAULT_DISTANCE_CM = 14.0
# How long the "Well done!" heading stays after a challenge is reached.
PRAISE_S = 2.5
#: The loudness meter's scale: 0 (silent) to 2 (two waves adding up, twice as loud as one).
LOUDNESS_MAXIMUM = 2.0


class WavesExhibit(ExhibitWidget):
    """The ripple tank fills most of the screen; a side panel holds the challenge and controls."""

    panel_side_share = 0.3
    panel_min_side_px = 560
    panel_below_share = 0.5

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.tank = RippleTank(frequency_hz=DEFAULT_FREQUENCY_HZ)
        self.game = MicrophoneGame()
        self.praise_s = 0.0

        self.view = RippleTankView(self.tank)
        self.panel = Card()
        self.panel.setObjectName("waves-panel")
        self.challenge_title = ThemedLabel(size=22, bold=True, accent=True)
        self.challenge_text = ThemedLabel(size=28, bold=True)
        self.challenge_text.setObjectName("challenge-text")
        self.meter = ZoneMeter(LOUDNESS_MAXIMUM, (0.0, 0.2), needle=True)
        self.phase_title = ThemedLabel(size=22, bold=True)
        self.phase = PhaseDiagram()
        self.frequency_slider = ValueSlider(*FREQUENCY_RANGE_HZ, DEFAULT_FREQUENCY_HZ, 0.5)
        self.frequency_slider.setObjectName("frequency")
        self.distance_slider = ValueSlider(*DISTANCE_RANGE_CM, DEFAULT_DISTANCE_CM, 0.5)
        self.distance_slider.setObjectName("distance")
        self.lines_button = TouchButton(checkable=True)
        self.lines_button.setObjectName("show-lines")
        self.formula_label = ThemedLabel(size=20, muted=True)

        panel_layout = QVBoxLayout(self.panel)
        self._panel_layout = panel_layout
        panel_layout.addWidget(self.challenge_title)
        panel_layout.addWidget(self.challenge_text)
        panel_layout.addStretch(1)
        panel_layout.addWidget(self.meter)
        panel_layout.addSpacing(self.context.theme.px(8))
        panel_layout.addWidget(self.phase_title)
        panel_layout.addWidget(self.phase, 2)
        panel_layout.addStretch(1)
        panel_layout.addWidget(self.frequency_slider)
        panel_layout.addWidget(self.distance_slider)
        panel_layout.addWidget(self.lines_button)
        panel_layout.addWidget(self.formula_label)

        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.addWidget(self.view, 1)
        self._layout.addWidget(self.panel)
        # Given up first when space is short: the formula, then the diagram's title.
        hide_extras_when_short(self.panel, [self.formula_label, self.phase_title])

        self.frequency_slider.valueChanged.connect(self._on_frequency)
        self.frequency_slider.released.connect(lambda v: self.context.record("frequency_hz", v))
        self.distance_slider.valueChanged.connect(self._on_distance)
        self.distance_slider.released.connect(lambda v: self.context.record("source_distance_cm", v))
        self.lines_button.toggled.connect(self._on_lines)
        self.view.sources_moved.connect(self._on_sources_dragged)
        self.view.released.connect(self.context.record)
        self.view.probe_moved.connect(self._refresh_reading)
        self.apply_theme()

    # -- lifecycle -------------------------------------------------------------------------------

    def reset(self) -> None:
        """Back to the starting tank for the next visitor."""
        self.game.reset()
        self.praise_s = 0.0
        self.tank.frequency_hz = DEFAULT_FREQUENCY_HZ
        self.tank.place_sources_centred(DEFAULT_DISTANCE_CM)
        self.tank.move_probe((self.tank.width_cm * 0.5, self.tank.height_cm * 0.8))
        self.view.time_s = 0.0
        self.view.pinned_flash_s = 0.0
        self.lines_button.blockSignals(True)  # resetting is not a visitor's interaction
        self.lines_button.setChecked(False)
        self.lines_button.blockSignals(False)
        self.view.show_lines = False
        self._sync_sliders()
        self.retranslate()

    def advance(self, dt_s: float) -> None:
        self.view.advance(dt_s)
        if self.praise_s > 0:
            self.praise_s = max(0.0, self.praise_s - dt_s)
            if self.praise_s == 0:
                self._update_challenge_texts()  # the "Well done!" has had its moment
        result = self.game.update(self.tank.probe_loudness, dt_s)
        if result is not None:
            self.context.record("challenge_reached", result.challenge.value)
            self.context.complete(result.score)
            self.praise_s = PRAISE_S
            if self.game.probe_pinned:
                # Pin the microphone where it is loud now: the visitor must change the waves.
                self.tank.move_probe(self.tank.extreme_point(loud=True, margin_cm=4.0))
            self._update_challenge_texts()
        self._refresh_reading()

    # -- controls --------------------------------------------------------------------------------

    def _on_frequency(self, value: float) -> None:
        self.tank.frequency_hz = value
        self._update_value_texts()

    def _on_distance(self, value: float) -> None:
        self.tank.set_source_distance(value)
        self._update_value_texts()
        self.view.update()

    def _on_lines(self, checked: bool) -> None:
        self.view.show_lines = checked
        self.context.record("show_lines", checked)
        self.view.update()

    def _on_sources_dragged(self) -> None:
        self._sync_sliders()

    def _sync_sliders(self) -> None:
        """Show the model's values on the sliders without feeding them back into the model."""
        for slider, value in ((self.frequency_slider, self.tank.frequency_hz),
                              (self.distance_slider, self.tank.source_distance_cm)):
            slider.blockSignals(True)
            slider.setValue(value)
            slider.blockSignals(False)
        self._update_value_texts()

    def _refresh_reading(self) -> None:
        loudness = self.tank.probe_loudness
        target = (0.0, self.game.QUIET_BELOW) if self.game.challenge is not Challenge.LOUD \
            else (self.game.LOUD_ABOVE, LOUDNESS_MAXIMUM)
        self.meter.set_reading(loudness, target)
        value = self.tr("{value} × one wave").format(value=self.context.format_number(loudness, 2))
        self.meter.set_texts(self.tr("Microphone"), value,
                             [(self.tr("quiet"), 0.0), (self.tr("loud"), LOUDNESS_MAXIMUM)])
        self.view.hold_fraction = self.game.hold_fraction
        self.view.probe_pinned = self.game.probe_pinned
        self.phase.set_state(self.tank.waves_at(self.tank.probe),
                             2 * math.pi * self.tank.frequency_hz * self.view.time_s)

    # -- texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.lines_button.setText(self.tr("Show the lines"))
        self.phase_title.setText(self.tr("What the microphone hears"))
        self.phase.set_texts(self.tr("wave from A"), self.tr("wave from B"), self.tr("together"))
        self._update_challenge_texts()
        self._update_value_texts()
        self._refresh_reading()
        self.view.update()

    def _update_challenge_texts(self) -> None:
        number = self.game.index % len(CHALLENGE_ORDER) + 1
        heading = self.tr("Challenge {number} of {total}").format(number=number, total=len(CHALLENGE_ORDER))
        if self.praise_s > 0:
            heading = self.tr("Well done!") + "  " + heading
        self.challenge_title.setText(heading)
        texts = {
            Challenge.QUIET: self.tr("Find a quiet spot: move the microphone to where the water stays still."),
            Challenge.LOUD: self.tr("Find a loud spot: move the microphone to where the waves are highest."),
            Challenge.PINNED_QUIET: self.tr(
                "The microphone is stuck! Make it quiet: change the frequency or move A and B."),
        }
        self.challenge_text.setText(texts[self.game.challenge])

    def _update_value_texts(self) -> None:
        number = self.context.format_number
        self.frequency_slider.set_texts(self.tr("Frequency"), number(self.tank.frequency_hz, 1, self.tr("Hz")))
        self.distance_slider.set_texts(self.tr("Distance from A to B"),
                                       number(self.tank.source_distance_cm, 1, self.tr("cm")))
        wavelength = self.tank.wavelength_cm
        self.formula_label.setText(
            self.tr("Wavelength: λ = speed ÷ frequency = {speed} ÷ {frequency} = {wavelength}").format(
                speed=number(self.tank.speed_cmps, 0, self.tr("cm/s")),
                frequency=number(self.tank.frequency_hz, 1, self.tr("Hz")),
                wavelength=number(wavelength, 1, self.tr("cm")))
            + "\n"
            + self.tr("Quiet lines between A and B: {count}, about 2 × distance ÷ λ = {estimate}").format(
                count=self.tank.nodal_line_count(),
                estimate=number(2 * self.tank.source_distance_cm / wavelength, 1)))

    # -- layout --------------------------------------------------------------------------------------

    def apply_theme(self) -> None:
        theme = self.context.theme
        pad = theme.px(24)
        self._panel_layout.setContentsMargins(pad, pad, pad, pad)
        self._panel_layout.setSpacing(theme.px(14))
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(theme.px(20))
        self.arrange_panel()
        self.view.apply_theme()
        super().apply_theme()
