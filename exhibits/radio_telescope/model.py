"""Radio telescope physics and the source hunt (Qt-free).

A dish looks at a small patch of sky. Its beam (how wide it sees) is about 1.22 lambda / D, and
it collects power in proportion to its area. The receiver records a time series of voltages
(receiver noise plus whatever the beam picks up); a spectrometer turns short stretches of it
into power spectra with an FFT, and averaging many spectra makes the noise smaller by sqrt(N).

Units: angles in degrees, frequencies in MHz, power in units of the receiver's own noise per
spectral channel (so empty sky averages 1.0).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

import numpy as np

SPEED_OF_LIGHT_MPS = 299_792_458.0
HYDROGEN_LINE_MHZ = 1420.405751
DISH_RANGE_M = (2.0, 32.0)
AVERAGING_RANGE = (1, 256)
# Sky patch shown on the map (degrees across and down).
SKY_SIZE_DEG = (16.0, 9.0)
# Cells per degree of the scanned radio map.
SCAN_CELLS_PER_DEG = 8
# Gaussian beams: half power is reached at half the beam width from the centre.
_HALF_POWER = 4 * math.log(2)


def wavelength_m(frequency_mhz: float) -> float:
    """Wavelength of a radio wave: lambda = c / f."""
    if frequency_mhz <= 0:
        raise ValueError(f"frequency must be positive, got {frequency_mhz} MHz")
    return SPEED_OF_LIGHT_MPS / (frequency_mhz * 1e6)


OBSERVING_WAVELENGTH_M = wavelength_m(HYDROGEN_LINE_MHZ)


def beam_width_deg(wavelength: float, dish_diameter_m: float) -> float:
    """Beam width of a dish, theta = 1.22 lambda / D, in degrees.

    1.22 lambda / D is the angle of the first dark ring of a round aperture; here it is used as
    the beam's full width at half power, a common rule of thumb.
    """
    if wavelength <= 0:
        raise ValueError(f"wavelength must be positive, got {wavelength} m")
    if dish_diameter_m <= 0:
        raise ValueError(f"dish diameter must be positive, got {dish_diameter_m} m")
    return math.degrees(1.22 * wavelength / dish_diameter_m)


def beam_gain(offset_deg: float | np.ndarray, beam_deg: float) -> float | np.ndarray:
    """Relative sensitivity at an angle from the beam's centre (1 on axis, 1/2 at beam_deg / 2)."""
    if beam_deg <= 0:
        raise ValueError(f"beam width must be positive, got {beam_deg} degrees")
    return np.exp(-_HALF_POWER * (np.asarray(offset_deg) / beam_deg) ** 2)


def collected_fraction(offset_deg: float, beam_deg: float, source_size_deg: float) -> float:
    """Share of a source's flux the beam picks up when pointed offset_deg away from it.

    A Gaussian source of width source_size_deg seen by a Gaussian beam: the widths add in
    quadrature. A point source (size 0) gives beam_gain; a source wider than the beam is
    partly "resolved out" (the beam sees only a piece of it).
    """
    if source_size_deg < 0:
        raise ValueError(f"source size must not be negative, got {source_size_deg} degrees")
    combined_sq = beam_deg**2 + source_size_deg**2
    return float(beam_deg**2 / combined_sq * math.exp(-_HALF_POWER * offset_deg**2 / combined_sq))


def collecting_area_m2(dish_diameter_m: float) -> float:
    """Area of a round dish."""
    return math.pi * (dish_diameter_m / 2) ** 2


class Spectrometer:
    """Turns blocks of receiver samples into power spectra with a Hann-windowed FFT.

    The band is sample_rate / 2 wide, starting at band_start_mhz. Spectra are normalised so that
    white receiver noise of variance 1 gives 1.0 in every channel on average.
    """

    def __init__(self, n_samples: int = 1024, sample_rate_mhz: float = 40.0,
                 band_start_mhz: float = HYDROGEN_LINE_MHZ - 10.0) -> None:
        if n_samples < 16 or n_samples & (n_samples - 1):
            raise ValueError(f"n_samples must be a power of two of at least 16, got {n_samples}")
        if sample_rate_mhz <= 0:
            raise ValueError(f"sample rate must be positive, got {sample_rate_mhz} MHz")
        self.n_samples = n_samples
        self.sample_rate_mhz = sample_rate_mhz
        self.band_start_mhz = band_start_mhz
        self.window = np.hanning(n_samples + 1)[:-1].astype(np.float64)  # periodic Hann
        self._norm = float(np.sum(self.window**2))

    @property
    def channel_width_mhz(self) -> float:
        return self.sample_rate_mhz / self.n_samples

    @property
    def n_channels(self) -> int:
        return self.n_samples // 2 + 1

    @property
    def frequencies_mhz(self) -> np.ndarray:
        """Sky frequency of every channel."""
        return self.band_start_mhz + np.arange(self.n_channels) * self.channel_width_mhz

    def channel_of(self, frequency_mhz: float) -> int:
        return round((frequency_mhz - self.band_start_mhz) / self.channel_width_mhz)

    def times_us(self) -> np.ndarray:
        return np.arange(self.n_samples) / self.sample_rate_mhz

    def tone(self, frequency_mhz: float, amplitude: float, phase: float = 0.0) -> np.ndarray:
        """A pure sine wave at a sky frequency, as the receiver samples it (mixed down)."""
        baseband_mhz = frequency_mhz - self.band_start_mhz
        return amplitude * np.cos(2 * np.pi * baseband_mhz * self.times_us() + phase)

    def power_spectrum(self, samples: np.ndarray) -> np.ndarray:
        """Hann-windowed periodogram of one block of samples."""
        samples = np.asarray(samples, dtype=np.float64)
        if samples.shape != (self.n_samples,):
            raise ValueError(f"expected {self.n_samples} samples, got shape {samples.shape}")
        spectrum = np.fft.rfft(samples * self.window)
        return (spectrum.real**2 + spectrum.imag**2) / self._norm

    def shaped_noise(self, channel_power: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """Random samples whose spectrum has channel_power in each channel (above the noise).

        Cosmic radio signals are themselves noise; a spectral line is noise concentrated in a
        few channels. The time series is made in the frequency domain and turned back.
        """
        scale = np.sqrt(self.n_samples * np.asarray(channel_power) / 2)
        spectrum = scale * (rng.standard_normal(self.n_channels) + 1j * rng.standard_normal(self.n_channels))
        return np.fft.irfft(spectrum, n=self.n_samples)

    @staticmethod
    def windowed(channel_power: np.ndarray) -> np.ndarray:
        """What the Hann-windowed periodogram shows on average for a smooth input spectrum."""
        padded = np.pad(np.asarray(channel_power, dtype=float), 1, mode="edge")
        return (0.25 * padded[1:-1] + 0.0625 * (padded[:-2] + padded[2:])) / 0.375


class SourceKind(Enum):
    """How a source shows in the spectrum."""

    CONTINUUM = "continuum"  # shines at all frequencies: the whole spectrum rises
    LINE = "line"  # shines at one frequency: a peak rises


@dataclass(frozen=True)
class SkySource:
    """A radio source: where it is, how big, how bright (power at RT-32, on axis)."""

    key: str
    kind: SourceKind
    position_deg: tuple[float, float]
    size_deg: float
    # Power above the noise per channel that a 32 m dish would collect if the whole source
    # fitted in its beam (for a line: at the line's centre).
    power_at_32m: float
    line_mhz: float = HYDROGEN_LINE_MHZ
    line_width_mhz: float = 0.16


def default_sources(rng: np.random.Generator | None = None) -> list[SkySource]:
    """The Sun, Cassiopeia A and a cloud of hydrogen gas, placed at random but apart.

    None is near the middle of the map, where the dish starts, so each has to be searched for.
    """
    rng = rng or np.random.default_rng()
    width, height = SKY_SIZE_DEG
    margin, separation, clear_middle = 1.5, 5.0, 3.0
    middle = (width / 2, height / 2)
    positions: list[tuple[float, float]] = []
    attempts = 0
    while len(positions) < 3:
        attempts += 1
        if attempts > 200:  # the first picks left no room for the rest: start over
            positions, attempts = [], 0
        candidate = (float(rng.uniform(margin, width - margin)), float(rng.uniform(margin, height - margin)))
        if math.dist(candidate, middle) >= clear_middle and \
                all(math.dist(candidate, p) >= separation for p in positions):
            positions.append(candidate)
    return [
        # The quiet Sun is a few hundred times brighter than Cassiopeia A at 1.4 GHz.
        SkySource("sun", SourceKind.CONTINUUM, positions[0], size_deg=0.53, power_at_32m=600.0),
        SkySource("cas_a", SourceKind.CONTINUUM, positions[1], size_deg=0.08, power_at_32m=6.0),
        # Wide and faint: a bigger dish hardly helps, a longer average does.
        SkySource("hydrogen", SourceKind.LINE, positions[2], size_deg=2.0, power_at_32m=24.0),
    ]


def source_power(source: SkySource, pointing_deg: tuple[float, float], dish_diameter_m: float) -> float:
    """Power a dish collects from a source: area x the share of the source inside the beam."""
    beam = beam_width_deg(OBSERVING_WAVELENGTH_M, dish_diameter_m)
    offset = math.dist(pointing_deg, source.position_deg)
    area_ratio = (dish_diameter_m / 32.0) ** 2
    return source.power_at_32m * area_ratio * collected_fraction(offset, beam, source.size_deg)


@dataclass(frozen=True)
class Measurement:
    """What the averaged spectrum says: signal-to-noise of the continuum and of the line."""

    continuum_snr: float
    line_snr: float

    def snr_for(self, kind: SourceKind) -> float:
        return self.continuum_snr if kind is SourceKind.CONTINUUM else self.line_snr

    @property
    def best(self) -> float:
        return max(self.continuum_snr, self.line_snr)


class RadioTelescope:
    """A steerable dish with a receiver and spectrometer, observing a list of sources.

    step(dt) turns the dish towards its target and records one new spectrum; spectrum() is the
    average of the latest ``averaging`` spectra; measure() turns it into signal-to-noise.
    Settings outside their ranges are clamped.
    """

    SLEW_DPS = 15.0  # how fast the dish turns, degrees per second
    LINE_GUARD_CHANNELS = 24  # channels either side of the line left out of its baseline

    def __init__(self, sources: list[SkySource], *, dish_diameter_m: float = 16.0, averaging: int = 8,
                 spectrometer: Spectrometer | None = None, rng: np.random.Generator | None = None) -> None:
        self.sources = list(sources)
        self.spectrometer = spectrometer or Spectrometer()
        self.rng = rng or np.random.default_rng()
        self._dish_m = DISH_RANGE_M[1]
        self._averaging = 1
        self.spectra_here = 0
        self.dish_diameter_m = dish_diameter_m
        self.averaging = averaging
        centre = (SKY_SIZE_DEG[0] / 2, SKY_SIZE_DEG[1] / 2)
        self.pointing_deg: tuple[float, float] = centre
        self.target_deg: tuple[float, float] = centre
        self._history = np.zeros((AVERAGING_RANGE[1], self.spectrometer.n_channels))
        self._next_row = 0
        self.spectra_taken = 0
        self.spectra_here = 0
        self._anchor_deg = centre
        self._line_channel = self.spectrometer.channel_of(HYDROGEN_LINE_MHZ)

    # -- settings ----------------------------------------------------------------------------------

    @property
    def dish_diameter_m(self) -> float:
        return self._dish_m

    @dish_diameter_m.setter
    def dish_diameter_m(self, value: float) -> None:
        value = min(DISH_RANGE_M[1], max(DISH_RANGE_M[0], float(value)))
        if value != self._dish_m:
            self._dish_m = value
            self.spectra_here = 0  # spectra taken with the old dish no longer count as "here"

    @property
    def averaging(self) -> int:
        """How many of the latest spectra are averaged."""
        return self._averaging

    @averaging.setter
    def averaging(self, value: float) -> None:
        self._averaging = min(AVERAGING_RANGE[1], max(AVERAGING_RANGE[0], round(value)))

    @property
    def beam_deg(self) -> float:
        return beam_width_deg(OBSERVING_WAVELENGTH_M, self._dish_m)

    @staticmethod
    def clamp_to_sky(point: tuple[float, float]) -> tuple[float, float]:
        width, height = SKY_SIZE_DEG
        return (min(width, max(0.0, float(point[0]))), min(height, max(0.0, float(point[1]))))

    def point_at(self, target_deg: tuple[float, float]) -> None:
        """Ask the dish to turn towards a sky position (it gets there at SLEW_DPS)."""
        self.target_deg = self.clamp_to_sky(target_deg)

    def jump_to(self, target_deg: tuple[float, float]) -> None:
        """Point there at once (for a fresh start)."""
        self.target_deg = self.pointing_deg = self._anchor_deg = self.clamp_to_sky(target_deg)
        self.spectra_here = 0

    @property
    def slewing(self) -> bool:
        return math.dist(self.pointing_deg, self.target_deg) > 1e-6

    def clear(self) -> None:
        """Forget recorded spectra (a new observation)."""
        self._history[:] = 0
        self._next_row = 0
        self.spectra_taken = 0
        self.spectra_here = 0

    @property
    def settled(self) -> bool:
        """True when every spectrum in the average was taken here, with this dish.

        While the dish moves, the average still holds spectra from where it pointed before;
        a measurement only belongs to this spot once those have been replaced.
        """
        return self.spectra_here >= self._averaging

    # -- the signal chain ----------------------------------------------------------------------------

    def channel_powers(self) -> tuple[float, np.ndarray]:
        """What the beam picks up now: continuum power, and line power per channel."""
        frequencies = self.spectrometer.frequencies_mhz
        continuum = 0.0
        line = np.zeros(self.spectrometer.n_channels)
        for source in self.sources:
            power = source_power(source, self.pointing_deg, self._dish_m)
            if source.kind is SourceKind.CONTINUUM:
                continuum += power
            else:
                sigma = source.line_width_mhz / math.sqrt(8 * math.log(2))
                line += power * np.exp(-0.5 * ((frequencies - source.line_mhz) / sigma) ** 2)
        return continuum, line

    def record_samples(self) -> np.ndarray:
        """One block of receiver samples: noise, continuum (more noise) and line emission."""
        continuum, line = self.channel_powers()
        samples = self.rng.standard_normal(self.spectrometer.n_samples) * math.sqrt(1.0 + continuum)
        if line.max() > 1e-4:
            samples += self.spectrometer.shaped_noise(line, self.rng)
        return samples

    def step(self, dt_s: float) -> None:
        """Turn towards the target for dt_s seconds and record one spectrum."""
        if dt_s < 0:
            raise ValueError(f"time step must not be negative, got {dt_s} s")
        distance = math.dist(self.pointing_deg, self.target_deg)
        reach = self.SLEW_DPS * dt_s
        if distance <= reach:
            self.pointing_deg = self.target_deg
        else:
            f = reach / distance
            px, py = self.pointing_deg
            tx, ty = self.target_deg
            self.pointing_deg = (px + (tx - px) * f, py + (ty - py) * f)
        if math.dist(self.pointing_deg, self._anchor_deg) > self.beam_deg / 4:
            self._anchor_deg = self.pointing_deg
            self.spectra_here = 0
        self.spectra_here += 1
        self._history[self._next_row] = self.spectrometer.power_spectrum(self.record_samples())
        self._next_row = (self._next_row + 1) % len(self._history)
        self.spectra_taken += 1

    def spectrum(self) -> np.ndarray:
        """Average of the latest `averaging` spectra (fewer at the very start)."""
        count = min(self._averaging, self.spectra_taken, len(self._history))
        if count == 0:
            return np.ones(self.spectrometer.n_channels)
        rows = (self._next_row - 1 - np.arange(count)) % len(self._history)
        return self._history[rows].mean(axis=0)

    def averaged_count(self) -> int:
        return min(self._averaging, self.spectra_taken, len(self._history))

    # -- what it means -------------------------------------------------------------------------------

    def measure(self, spectrum: np.ndarray | None = None) -> Measurement:
        """Signal-to-noise from an averaged spectrum.

        Noise: one channel of empty sky averaged over N spectra wobbles by 1/sqrt(N).
        Continuum: how far the whole band's mean stands above empty sky (1.0), in that noise.
        Line: how far the channels at 1420 MHz stand above the rest of the band, in the noise
        of the band's own level (a bright continuum source makes every channel wobble more).
        """
        spectrum = self.spectrum() if spectrum is None else spectrum
        noise = 1.0 / math.sqrt(max(1, self.averaged_count()))
        c = self._line_channel
        guard = self.LINE_GUARD_CHANNELS
        baseline = np.concatenate([spectrum[1:max(1, c - guard)], spectrum[c + guard + 1:-1]])
        continuum_level = float(baseline.mean())
        line_level = float(spectrum[c - 1:c + 2].mean())
        return Measurement(continuum_snr=(continuum_level - 1.0) / noise,
                           line_snr=(line_level - continuum_level) / (noise * max(1.0, continuum_level)))

    def expected_snr(self, source: SkySource, pointing_deg: tuple[float, float] | None = None) -> float:
        """The signal-to-noise this source would give on average (no random noise)."""
        pointing = self.pointing_deg if pointing_deg is None else pointing_deg
        power = source_power(source, pointing, self._dish_m)
        if source.kind is SourceKind.LINE:
            sigma = source.line_width_mhz / math.sqrt(8 * math.log(2))
            offsets = self.spectrometer.frequencies_mhz - source.line_mhz
            profile = Spectrometer.windowed(np.exp(-0.5 * (offsets / sigma) ** 2))
            c = self.spectrometer.channel_of(source.line_mhz)
            power *= float(profile[c - 1:c + 2].mean())
        return power * math.sqrt(self._averaging)

    def dominant_source(self, kind: SourceKind) -> SkySource | None:
        """The source of this kind that contributes most where the dish points now."""
        candidates = [s for s in self.sources if s.kind is kind]
        if not candidates:
            return None
        return max(candidates, key=lambda s: source_power(s, self.pointing_deg, self._dish_m))


@dataclass(frozen=True)
class Detection:
    """A source just locked on, with a score (0-100) from how clearly it was seen."""

    source: SkySource
    snr: float
    score: int


class SourceHunt:
    """Game rules: lock on to a source by holding its signal above the threshold.

    Locking needs the source's own signal (continuum or line) at least SNR_THRESHOLD for hold_s
    seconds while the source is inside the beam and the averaged spectra were all taken there,
    so neither a noise spike nor the fading echo of a source just left behind counts.
    """

    SNR_THRESHOLD = 5.0

    def __init__(self, sources: list[SkySource], hold_s: float = 1.0) -> None:
        if hold_s <= 0:
            raise ValueError(f"hold time must be positive, got {hold_s} s")
        self.hold_s = hold_s
        self.sources = list(sources)
        self.found: list[str] = []
        self.held_s: dict[str, float] = {}
        self.progress_key: str | None = None

    @property
    def all_found(self) -> bool:
        return len(self.found) == len(self.sources)

    def hold_fraction(self, key: str) -> float:
        return min(1.0, self.held_s.get(key, 0.0) / self.hold_s)

    @staticmethod
    def score_for(snr: float) -> int:
        """50 at the threshold, rising to 100 for a signal four times as clear."""
        fraction = (snr - SourceHunt.SNR_THRESHOLD) / (3 * SourceHunt.SNR_THRESHOLD)
        return round(50 + 50 * min(1.0, max(0.0, fraction)))

    def advice(self, telescope: RadioTelescope) -> str:
        """What to tell the visitor now: 'all_found', 'locking', 'faint' (a source is in the beam
        but too weak: average longer or use a bigger dish) or 'steer' (keep looking)."""
        if self.all_found:
            return "all_found"
        if self.progress_key is not None:
            return "locking"
        for source in self.sources:
            if source.key in self.found:
                continue
            near = math.dist(telescope.pointing_deg, source.position_deg) <= \
                math.hypot(telescope.beam_deg, source.size_deg)
            if near and 1.5 <= telescope.expected_snr(source) < self.SNR_THRESHOLD * 1.2:
                return "faint"
        return "steer"

    def update(self, telescope: RadioTelescope, measurement: Measurement, dt_s: float) -> Detection | None:
        """Feed one frame's measurement; returns a Detection when a source locks on."""
        if dt_s < 0:
            raise ValueError(f"time step must not be negative, got {dt_s} s")
        self.progress_key = None
        for kind in SourceKind:
            source = telescope.dominant_source(kind)
            if source is None or source.key in self.found:
                continue
            in_beam = math.dist(telescope.pointing_deg, source.position_deg) <= \
                math.hypot(telescope.beam_deg, source.size_deg)
            snr = measurement.snr_for(kind)
            if not (in_beam and telescope.settled and snr >= self.SNR_THRESHOLD):
                self.held_s[source.key] = 0.0
                continue
            self.held_s[source.key] = self.held_s.get(source.key, 0.0) + dt_s
            self.progress_key = source.key
            if self.held_s[source.key] + 1e-9 >= self.hold_s:
                self.found.append(source.key)
                self.held_s[source.key] = 0.0
                return Detection(source, snr, self.score_for(snr))
        return None


class ScanMap:
    """The radio map built up while scanning: the best signal-to-noise seen at each spot."""

    def __init__(self) -> None:
        width, height = SKY_SIZE_DEG
        self.columns = round(width * SCAN_CELLS_PER_DEG)
        self.rows = round(height * SCAN_CELLS_PER_DEG)
        self.values = np.zeros((self.rows, self.columns), dtype=np.float32)
        self._x = ((np.arange(self.columns) + 0.5) / SCAN_CELLS_PER_DEG)[None, :]
        self._y = ((np.arange(self.rows) + 0.5) / SCAN_CELLS_PER_DEG)[:, None]

    def clear(self) -> None:
        self.values[:] = 0

    def add(self, pointing_deg: tuple[float, float], radius_deg: float, snr: float) -> None:
        """Mark the patch the beam covers with the signal seen there (keeping the best)."""
        radius = max(radius_deg, 0.75 / SCAN_CELLS_PER_DEG)
        inside = (self._x - pointing_deg[0]) ** 2 + (self._y - pointing_deg[1]) ** 2 <= radius**2
        np.maximum(self.values, np.where(inside, max(0.0, snr), 0.0), out=self.values)
