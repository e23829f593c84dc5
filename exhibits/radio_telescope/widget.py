"""Radio telescope: steer a dish like Irbene's RT-32 across the sky and find hidden radio sources."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from exhibits.radio_telescope.model import (
    AVERAGING_RANGE,
    DISH_RANGE_M,
    OBSERVING_WAVELENGTH_M,
    SKY_SIZE_DEG,
    Detection,
    RadioTelescope,
    ScanMap,
    SourceHunt,
    collecting_area_m2,
    default_sources,
)
from exhibits.radio_telescope.panel_widgets import DishDiagram, TargetList, TargetRow
from exhibits.radio_telescope.sky_view import SkyMapView
from exhibits.radio_telescope.spectrum_plot import SpectrumPlot
from kiosk.exhibit import (
    Card,
    ExhibitContext,
    ExhibitWidget,
    ThemedLabel,
    TouchButton,
    ValueSlider,
    ZoneMeter,
    current_theme,
    hide_extras_when_short,
)

DEFAULT_DISH_M = 16.0
DEFAULT_AVERAGING_POWER = 3  # 2**3 = 8 spectra
MAX_AVERAGING_POWER = round(math.log2(AVERAGING_RANGE[1]))
# Seconds without a new find before a hint circle appears on the map.
HINT_AFTER_S = 25.0
# Smoothing of the displayed signal-to-noise, seconds.
DISPLAY_SMOOTHING_S = 0.25


#: The panel's share of the width with large text (the normal share is the class's).
LARGE_TEXT_PANEL_SHARE = 0.45


class RadioTelescopeExhibit(ExhibitWidget):
    """Sky map and live spectrum on the left, sources to find and dish controls on the right."""

    panel_side_share = 0.36
    panel_min_side_px = 600
    panel_below_share = 0.5

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.rng = np.random.default_rng()
        self.telescope = RadioTelescope(default_sources(self.rng), dish_diameter_m=DEFAULT_DISH_M,
                                        averaging=2**DEFAULT_AVERAGING_POWER, rng=self.rng)
        self.hunt = SourceHunt(self.telescope.sources)
        self.scan = ScanMap()
        self.shown_snr = 0.0
        self.since_find_s = 0.0

        self.sky = SkyMapView(self.telescope, self.scan)
        self.spectrum = SpectrumPlot(self.telescope.spectrometer.frequencies_mhz)
        self.observing = ObservingColumn(self.sky, self.spectrum)

        self.panel = Card()
        self.panel.setObjectName("radio-panel")
        self.heading = ThemedLabel(size=26, bold=True)
        self.targets = TargetList()
        self.tip = ThemedLabel(size=22, accent=True)
        self.tip.setObjectName("tip")
        # Signal-to-noise: lock on past the threshold; the scale goes to three times it.
        self.meter = ZoneMeter(3 * SourceHunt.SNR_THRESHOLD, (SourceHunt.SNR_THRESHOLD, 3 * SourceHunt.SNR_THRESHOLD))
        self.dish = DishDiagram()
        self.dish_slider = ValueSlider(*DISH_RANGE_M, DEFAULT_DISH_M, 1.0)
        self.dish_slider.setObjectName("dish")
        self.averaging_slider = ValueSlider(0, MAX_AVERAGING_POWER, DEFAULT_AVERAGING_POWER, 1)
        self.averaging_slider.setObjectName("averaging")
        self.new_sky_button = TouchButton(primary=True)
        self.new_sky_button.setObjectName("new-sky")
        self.new_sky_button.hide()

        panel_layout = QVBoxLayout(self.panel)
        self._panel_layout = panel_layout
        panel_layout.addWidget(self.heading)
        panel_layout.addWidget(self.targets)
        panel_layout.addWidget(self.tip)
        panel_layout.addWidget(self.dish, 1)
        panel_layout.addWidget(self.meter)
        panel_layout.addWidget(self.dish_slider)
        panel_layout.addWidget(self.averaging_slider)
        panel_layout.addWidget(self.new_sky_button)

        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.addWidget(self.observing, 1)
        self._layout.addWidget(self.panel)
        # Given up when space is short: the dish drawing; never the goal heading.
        hide_extras_when_short(self.panel, [self.dish])

        self.sky.aimed.connect(lambda x, y: self.telescope.point_at((x, y)))
        self.sky.released.connect(lambda x, y: self.context.record("point_dish", (round(x, 1), round(y, 1))))
        self.dish_slider.valueChanged.connect(self._on_dish)
        self.dish_slider.released.connect(lambda v: self.context.record("dish_diameter_m", v))
        self.averaging_slider.valueChanged.connect(self._on_averaging)
        self.averaging_slider.released.connect(lambda v: self.context.record("spectra_averaged", 2 ** round(v)))
        self.new_sky_button.clicked.connect(self._on_new_sky)
        self.apply_theme()

    # -- lifecycle ------------------------------------------------------------------------------------

    def reset(self) -> None:
        """A fresh sky, the default dish and averaging, for the next visitor."""
        self._new_sky()
        self.telescope.dish_diameter_m = DEFAULT_DISH_M
        self.telescope.averaging = 2**DEFAULT_AVERAGING_POWER
        for slider, value in ((self.dish_slider, DEFAULT_DISH_M), (self.averaging_slider, DEFAULT_AVERAGING_POWER)):
            slider.blockSignals(True)
            slider.setValue(value)
            slider.blockSignals(False)
        self.retranslate()

    def _new_sky(self) -> None:
        sources = default_sources(self.rng)
        self.telescope.sources = sources
        self.telescope.jump_to((SKY_SIZE_DEG[0] / 2, SKY_SIZE_DEG[1] / 2))
        self.telescope.clear()
        self.hunt = SourceHunt(sources)
        self.scan.clear()
        self.sky.found = []
        self.sky.hint = None
        self.sky.flash_s = {}
        self.shown_snr = 0.0
        self.since_find_s = 0.0
        self.new_sky_button.hide()

    def _on_new_sky(self) -> None:
        self.context.record("new_sky")
        self._new_sky()
        self._update_texts()

    def advance(self, dt_s: float) -> None:
        telescope = self.telescope
        telescope.step(dt_s)
        measurement = telescope.measure()
        if telescope.settled:  # map only what was really measured at this spot
            self.scan.add(telescope.pointing_deg, telescope.beam_deg / 2, measurement.best)
        detection = self.hunt.update(telescope, measurement, dt_s)
        if detection is not None:
            self._on_detection(detection)
        self.since_find_s += dt_s
        if self.sky.hint is None and self.since_find_s >= HINT_AFTER_S and not self.hunt.all_found:
            self._show_hint()
        # Smooth the number on screen a little so it can be read; the lock uses the raw value.
        blend = 1 - math.exp(-dt_s / DISPLAY_SMOOTHING_S) if dt_s > 0 else 1.0
        self.shown_snr += (max(0.0, measurement.best) - self.shown_snr) * blend
        self.spectrum.show_spectrum(telescope.spectrum())
        self.meter.set_reading(self.shown_snr)
        key = self.hunt.progress_key
        self.sky.lock_fraction = self.hunt.hold_fraction(key) if key else 0.0
        self.sky.advance(dt_s)
        self._update_live_texts()

    def _on_detection(self, detection: Detection) -> None:
        self.context.record("source_found", detection.source.key)
        self.context.complete(detection.score)
        self.sky.found.append(detection.source)
        self.sky.flash_s[detection.source.key] = 2.0
        self.sky.hint = None
        self.since_find_s = 0.0
        if self.hunt.all_found:
            self.new_sky_button.show()
        self._update_texts()

    def _show_hint(self) -> None:
        """A circle around (not exactly on) the next source still hidden."""
        hidden = [s for s in self.telescope.sources if s.key not in self.hunt.found]
        source = hidden[0]
        angle = self.rng.uniform(0, 2 * math.pi)
        offset = self.rng.uniform(0.3, 1.0)
        centre = RadioTelescope.clamp_to_sky((source.position_deg[0] + offset * math.cos(angle),
                                              source.position_deg[1] + offset * math.sin(angle)))
        self.sky.hint = (centre, 2.0)  # not recorded: it happens without the visitor doing anything
        self._update_texts()

    # -- controls -------------------------------------------------------------------------------------

    def _on_dish(self, value: float) -> None:
        self.telescope.dish_diameter_m = value
        self._update_texts()

    def _on_averaging(self, value: float) -> None:
        self.telescope.averaging = 2 ** round(value)
        self._update_texts()

    # -- texts ----------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Find 3 hidden radio sources"))
        self.new_sky_button.setText(self.tr("New sky"))
        self.sky.names = {"sun": self.tr("Sun"), "cas_a": self.tr("Cassiopeia A"),
                          "hydrogen": self.tr("Hydrogen cloud")}
        self.spectrum.set_texts(self.tr("Radio spectrum"), self.tr("frequency, MHz"),
                                self.tr("power"), self.tr("empty sky"), self.tr("hydrogen 1420 MHz"))
        self._update_texts()

    def _update_texts(self) -> None:
        number = self.context.format_number
        telescope = self.telescope
        diameter = telescope.dish_diameter_m
        size_text = number(diameter, 0, self.tr("m"))
        if round(diameter) in (16, 32):
            size_text = self.tr("{size} (RT-{size_m})").format(size=size_text, size_m=round(diameter))
        self.dish_slider.set_texts(self.tr("Dish size"), size_text)
        self.dish.set_dish(diameter, DISH_RANGE_M[1], telescope.beam_deg,
                           self.tr("beam {angle}").format(angle=number(telescope.beam_deg, 2) + "°"))
        averaging = telescope.averaging
        seconds = averaging / self.frame_rate_hz
        self.averaging_slider.set_texts(self.tr("Spectra averaged"), self.tr("{count} ({seconds})").format(
            count=averaging, seconds=number(seconds, 2 if seconds < 1 else 1, self.tr("s"))))
        beam = self.tr("Beam width: 1.22 × λ ÷ D = 1.22 × {wavelength} ÷ {diameter} = {beam}.").format(
            wavelength=number(OBSERVING_WAVELENGTH_M * 100, 0, self.tr("cm")),
            diameter=number(diameter, 0, self.tr("m")), beam=number(telescope.beam_deg, 2) + "°")
        area = self.tr("Dish area: {area}.").format(area=number(collecting_area_m2(diameter), 0, self.tr("m²")))
        noise = self.tr("Averaging N = {count} spectra makes the noise √N = {factor} times smaller.").format(
            count=averaging, factor=number(math.sqrt(averaging), 1))
        irbene = self.tr("Irbene near Ventspils has real radio telescopes with 16 m and 32 m dishes.")
        self.spectrum.caption.setText(f"{beam} {area}\n{noise} {irbene}")
        self.sky.scale_text = self.tr("1 degree")
        self.sky.hint_text = self.tr("Try here!")
        self._update_live_texts()

    def _update_live_texts(self) -> None:
        """Texts that follow the measurement every frame."""
        self.meter.set_texts(self.tr("Signal-to-noise"), self.context.format_number(self.shown_snr, 1),
                             [(self.tr("lock on at {threshold}").format(threshold=round(SourceHunt.SNR_THRESHOLD)),
                               SourceHunt.SNR_THRESHOLD)])
        names = self.sky.names
        found_details = {
            "sun": self.tr("Our star. In radio it outshines everything else."),
            "cas_a": self.tr("One of the brightest radio sources in the sky: what is left of a star that "
                             "exploded about 350 years ago."),
            "hydrogen": self.tr("Cold hydrogen gas glows at 1420 MHz: the 21 cm line."),
        }
        hidden_details = {
            "sun": self.tr("Very bright: the whole spectrum jumps up."),
            "cas_a": self.tr("Bright, but far weaker than the Sun: the spectrum rises a little."),
            "hydrogen": self.tr("A narrow peak at 1420 MHz. Average for longer!"),
        }
        rows = []
        for source in self.telescope.sources:
            found = source.key in self.hunt.found
            rows.append(TargetRow(source.key, names.get(source.key, source.key),
                                  found_details[source.key] if found else hidden_details[source.key],
                                  found, self.hunt.hold_fraction(source.key)))
        self.targets.set_rows(rows)
        tips = {
            "steer": self.tr("Drag on the sky to turn the dish. Watch the spectrum!"),
            "faint": self.tr("Something is here! Average more spectra or use a bigger dish."),
            "locking": self.tr("Strong signal! Hold still to lock on."),
            "all_found": self.tr("You found all three! Tap New sky to play again."),
        }
        tip = tips[self.hunt.advice(self.telescope)]
        if tip != self.tip.text():
            self.tip.setText(tip)

    # -- layout ---------------------------------------------------------------------------------------

    def apply_theme(self) -> None:
        theme = self.context.theme
        pad = theme.px(24)
        self._panel_layout.setContentsMargins(pad, pad, pad, pad)
        self._panel_layout.setSpacing(theme.px(12))
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(theme.px(20))
        # Large text: a wider panel, so the goal, the three targets and the controls fit the height.
        self.panel_side_share = LARGE_TEXT_PANEL_SHARE if theme.large_text else type(self).panel_side_share
        self.arrange_panel()
        self.sky.apply_theme()
        self.spectrum.apply_theme()
        super().apply_theme()


class ObservingColumn(QWidget):
    """The sky map above the spectrum: the map as tall as its 16:9 shape needs, the spectrum
    gets the rest but never less than a readable height."""

    def __init__(self, sky: SkyMapView, spectrum: SpectrumPlot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sky, self.spectrum = sky, spectrum
        sky.setParent(self)
        spectrum.setParent(self)

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(1200), theme.px(1000))

    def minimumSizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(400), theme.px(560))

    def resizeEvent(self, event: QResizeEvent) -> None:
        theme = current_theme()
        gap = theme.px(16)
        width, height = self.width(), self.height()
        # Room for the plot with its axes plus the title and the wrapped caption.
        texts = self.spectrum.title.sizeHint().height() + self.spectrum.caption.heightForWidth(width - theme.px(48))
        spectrum_min = max(theme.px(360), texts + theme.px(330))
        sky_height = round(width * SKY_SIZE_DEG[1] / SKY_SIZE_DEG[0])
        sky_height = max(theme.px(200), min(sky_height, height - spectrum_min - gap))
        self.sky.setGeometry(0, 0, width, sky_height)
        self.spectrum.setGeometry(0, sky_height + gap, width, max(0, height - sky_height - gap))
        super().resizeEvent(event)
