"""Radio telescope physics (beams, FFT spectra, averaging, signal-to-noise) and the hunt rules."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from exhibits.radio_telescope.model import (
    AVERAGING_RANGE,
    DISH_RANGE_M,
    HYDROGEN_LINE_MHZ,
    OBSERVING_WAVELENGTH_M,
    SKY_SIZE_DEG,
    RadioTelescope,
    ScanMap,
    SkySource,
    SourceHunt,
    SourceKind,
    Spectrometer,
    beam_gain,
    beam_width_deg,
    collected_fraction,
    collecting_area_m2,
    default_sources,
    wavelength_m,
)

# A fixed sky for the tests: the three sources far apart and away from the middle.
SUN = SkySource("sun", SourceKind.CONTINUUM, (3.0, 3.0), size_deg=0.53, power_at_32m=600.0)
CAS_A = SkySource("cas_a", SourceKind.CONTINUUM, (13.0, 2.5), size_deg=0.08, power_at_32m=6.0)
HYDROGEN = SkySource("hydrogen", SourceKind.LINE, (12.0, 7.0), size_deg=2.0, power_at_32m=24.0)
EMPTY_SKY = (8.0, 7.5)


def telescope(seed: int = 1, **settings) -> RadioTelescope:
    return RadioTelescope([SUN, CAS_A, HYDROGEN], rng=np.random.default_rng(seed), **settings)


def observe(scope: RadioTelescope, where, spectra: int | None = None) -> None:
    scope.jump_to(where)
    scope.clear()
    for _ in range(spectra or scope.averaging):
        scope.step(1 / 60)


# -- waves and beams -----------------------------------------------------------------------------------

def test_hydrogen_line_wavelength_is_21_cm():
    assert wavelength_m(HYDROGEN_LINE_MHZ) == pytest.approx(0.2111, abs=1e-4)
    assert pytest.approx(0.2111, abs=1e-4) == OBSERVING_WAVELENGTH_M
    with pytest.raises(ValueError, match="positive"):
        wavelength_m(0.0)


def test_rt32_beam_at_21_cm_is_about_half_a_degree():
    assert beam_width_deg(0.21, 32.0) == pytest.approx(0.46, abs=0.005)
    assert beam_width_deg(OBSERVING_WAVELENGTH_M, 32.0) == pytest.approx(math.degrees(1.22 * 0.2111 / 32), rel=1e-3)


def test_beam_width_is_proportional_to_wavelength_over_diameter():
    base = beam_width_deg(0.21, 16.0)
    assert beam_width_deg(0.21, 32.0) == pytest.approx(base / 2)
    assert beam_width_deg(0.42, 16.0) == pytest.approx(base * 2)
    assert beam_width_deg(0.42, 32.0) == pytest.approx(base)
    for bad in ((0.0, 16.0), (0.21, 0.0), (0.21, -3.0)):
        with pytest.raises(ValueError, match="positive"):
            beam_width_deg(*bad)


def test_beam_gain_is_one_on_axis_and_half_at_half_the_width():
    assert beam_gain(0.0, 0.5) == pytest.approx(1.0)
    assert beam_gain(0.25, 0.5) == pytest.approx(0.5)
    offsets = np.linspace(0, 2, 9)
    assert np.all(np.diff(beam_gain(offsets, 0.5)) < 0)
    with pytest.raises(ValueError, match="beam"):
        beam_gain(0.1, 0.0)


def test_a_source_wider_than_the_beam_is_partly_resolved_out():
    beam = 0.46
    assert collected_fraction(0.1, beam, 0.0) == pytest.approx(beam_gain(0.1, beam))
    assert collected_fraction(0.0, beam, 2.0) < 0.1
    with pytest.raises(ValueError, match="size"):
        collected_fraction(0.0, beam, -1.0)


def test_collecting_area_grows_with_the_square_of_the_diameter():
    assert collecting_area_m2(32.0) == pytest.approx(804.2, abs=0.1)
    assert collecting_area_m2(32.0) / collecting_area_m2(16.0) == pytest.approx(4.0)


# -- the spectrometer --------------------------------------------------------------------------------

@pytest.mark.parametrize("frequency_mhz", [1412.3, HYDROGEN_LINE_MHZ, 1427.77, 1425.0])
def test_fft_peak_is_at_the_injected_frequency(frequency_mhz):
    spectrometer = Spectrometer()
    rng = np.random.default_rng(3)
    samples = spectrometer.tone(frequency_mhz, amplitude=0.3, phase=1.1) + rng.standard_normal(spectrometer.n_samples)
    spectrum = spectrometer.power_spectrum(samples)
    peak_mhz = spectrometer.frequencies_mhz[int(np.argmax(spectrum))]
    assert abs(peak_mhz - frequency_mhz) <= spectrometer.channel_width_mhz / 2 + 1e-9


def test_tone_on_a_channel_centre_has_the_hann_peak_power():
    spectrometer = Spectrometer()
    amplitude = 0.2
    spectrum = spectrometer.power_spectrum(spectrometer.tone(HYDROGEN_LINE_MHZ, amplitude))
    window = spectrometer.window
    expected = amplitude**2 * window.sum() ** 2 / (4 * np.sum(window**2))  # = a^2 N / 6 for Hann
    assert spectrum[spectrometer.channel_of(HYDROGEN_LINE_MHZ)] == pytest.approx(expected, rel=1e-6)
    assert expected == pytest.approx(amplitude**2 * spectrometer.n_samples / 6, rel=0.01)


def test_white_noise_gives_one_per_channel_on_average():
    spectrometer = Spectrometer()
    rng = np.random.default_rng(5)
    spectra = [spectrometer.power_spectrum(rng.standard_normal(spectrometer.n_samples)) for _ in range(200)]
    assert np.mean(spectra) == pytest.approx(1.0, abs=0.02)


@pytest.mark.parametrize("count", [4, 16, 64])
def test_averaging_n_spectra_shrinks_the_noise_by_root_n(count):
    spectrometer = Spectrometer()
    rng = np.random.default_rng(11)

    def averaged_noise_std() -> float:
        spectra = [spectrometer.power_spectrum(rng.standard_normal(spectrometer.n_samples)) for _ in range(count)]
        return float(np.std(np.mean(spectra, axis=0)[1:-1]))

    single = np.mean([float(np.std(spectrometer.power_spectrum(rng.standard_normal(spectrometer.n_samples))[1:-1]))
                      for _ in range(20)])
    assert single == pytest.approx(1.0, abs=0.1)  # exponential statistics: std = mean
    assert single / averaged_noise_std() == pytest.approx(math.sqrt(count), rel=0.15)


def test_shaped_noise_has_the_requested_spectrum():
    spectrometer = Spectrometer()
    rng = np.random.default_rng(2)
    channels = np.arange(spectrometer.n_channels)
    profile = 3.0 * np.exp(-0.5 * ((channels - 256) / 2.0) ** 2)
    spectra = [spectrometer.power_spectrum(spectrometer.shaped_noise(profile, rng)) for _ in range(400)]
    measured = np.mean(spectra, axis=0)
    expected = Spectrometer.windowed(profile)
    assert measured[250:263] == pytest.approx(expected[250:263], rel=0.15, abs=0.05)


def test_spectrometer_rejects_bad_settings():
    with pytest.raises(ValueError, match="power of two"):
        Spectrometer(n_samples=1000)
    with pytest.raises(ValueError, match="sample rate"):
        Spectrometer(sample_rate_mhz=0)
    with pytest.raises(ValueError, match="samples"):
        Spectrometer().power_spectrum(np.zeros(10))


# -- the telescope: signal-to-noise ------------------------------------------------------------------

def test_snr_rises_as_the_pointing_error_goes_to_zero():
    scope = telescope(dish_diameter_m=32.0, averaging=16)
    beam = scope.beam_deg
    offsets = [3 * beam, 2 * beam, beam, beam / 2, beam / 4, 0.0]
    expected = [scope.expected_snr(CAS_A, (CAS_A.position_deg[0] + d, CAS_A.position_deg[1])) for d in offsets]
    assert all(a < b for a, b in itertools.pairwise(expected))
    measured = []
    for d in offsets:
        observe(scope, (CAS_A.position_deg[0] + d, CAS_A.position_deg[1]))
        measured.append(scope.measure().continuum_snr)
    assert measured[-1] > SourceHunt.SNR_THRESHOLD > measured[0]
    assert measured[-1] == pytest.approx(expected[-1], rel=0.2)
    assert measured[-1] > measured[2] > measured[0]


def test_empty_sky_gives_no_signal():
    scope = telescope(dish_diameter_m=32.0, averaging=64)
    observe(scope, EMPTY_SKY)
    measurement = scope.measure()
    assert abs(measurement.continuum_snr) < 1.5
    assert abs(measurement.line_snr) < 3.0


def test_a_bigger_dish_collects_more_from_a_point_source():
    small = telescope(dish_diameter_m=16.0, averaging=16)
    big = telescope(dish_diameter_m=32.0, averaging=16)
    ratio = big.expected_snr(CAS_A, CAS_A.position_deg) / small.expected_snr(CAS_A, CAS_A.position_deg)
    assert ratio == pytest.approx(4.0, rel=0.05)  # four times the area
    assert big.beam_deg == pytest.approx(small.beam_deg / 2)


def test_longer_averaging_raises_the_snr_by_root_n():
    scope = telescope(dish_diameter_m=32.0, averaging=16)
    short = scope.expected_snr(HYDROGEN, HYDROGEN.position_deg)
    scope.averaging = 64
    assert scope.expected_snr(HYDROGEN, HYDROGEN.position_deg) == pytest.approx(2 * short)


def test_hydrogen_shows_as_a_peak_at_1420_mhz():
    scope = telescope(dish_diameter_m=32.0, averaging=128)
    observe(scope, HYDROGEN.position_deg)
    spectrum = scope.spectrum()
    peak = scope.spectrometer.frequencies_mhz[int(np.argmax(spectrum))]
    assert abs(peak - HYDROGEN_LINE_MHZ) < 0.1
    measurement = scope.measure()
    assert measurement.line_snr > SourceHunt.SNR_THRESHOLD
    assert abs(measurement.continuum_snr) < 2.0


def test_the_sun_lifts_the_whole_spectrum():
    scope = telescope(dish_diameter_m=16.0, averaging=8)
    observe(scope, SUN.position_deg)
    spectrum = scope.spectrum()
    assert np.median(spectrum) > 10
    assert scope.measure().continuum_snr > 100


def test_dish_turns_at_its_slew_rate_and_stays_on_the_map():
    scope = telescope()
    scope.jump_to((2.0, 2.0))
    scope.point_at((12.0, 2.0))
    scope.step(0.2)
    assert scope.pointing_deg[0] == pytest.approx(2.0 + RadioTelescope.SLEW_DPS * 0.2)
    assert scope.slewing
    for _ in range(100):
        scope.step(1 / 60)
    assert scope.pointing_deg == (12.0, 2.0) and not scope.slewing
    scope.point_at((-50.0, 99.0))
    assert scope.target_deg == (0.0, SKY_SIZE_DEG[1])
    with pytest.raises(ValueError, match="negative"):
        scope.step(-0.1)


def test_settings_are_clamped():
    scope = telescope()
    scope.dish_diameter_m = 500.0
    assert scope.dish_diameter_m == DISH_RANGE_M[1]
    scope.dish_diameter_m = 0.0
    assert scope.dish_diameter_m == DISH_RANGE_M[0]
    scope.averaging = 0
    assert scope.averaging == AVERAGING_RANGE[0]
    scope.averaging = 10_000
    assert scope.averaging == AVERAGING_RANGE[1]


def test_spectrum_averages_only_what_was_recorded():
    scope = telescope(averaging=64)
    assert np.all(scope.spectrum() == 1.0)  # nothing recorded yet: the empty-sky level
    scope.step(1 / 60)
    assert scope.averaged_count() == 1
    for _ in range(300):
        scope.step(1 / 60)
    assert scope.averaged_count() == 64


# -- the game -------------------------------------------------------------------------------------

def play(scope: RadioTelescope, hunt: SourceHunt, seconds: float):
    detections = []
    for _ in range(round(seconds * 60)):
        scope.step(1 / 60)
        found = hunt.update(scope, scope.measure(), 1 / 60)
        if found:
            detections.append(found)
    return detections


def test_pointing_at_the_sun_locks_on_after_the_hold_time():
    scope = telescope(dish_diameter_m=16.0, averaging=8)
    hunt = SourceHunt(scope.sources, hold_s=1.0)
    scope.jump_to(SUN.position_deg)
    assert play(scope, hunt, 0.5) == []
    assert hunt.advice(scope) == "locking"
    detections = play(scope, hunt, 1.0)
    assert [d.source.key for d in detections] == ["sun"]
    assert detections[0].score == 100
    assert play(scope, hunt, 2.0) == []  # found once, counted once
    assert hunt.found == ["sun"]


def test_the_fading_echo_of_a_source_left_behind_does_not_lock_on():
    scope = telescope(dish_diameter_m=32.0, averaging=128)
    hunt = SourceHunt(scope.sources)
    scope.jump_to((SUN.position_deg[0] + 2.0, SUN.position_deg[1]))  # near the Sun, not on it
    play(scope, hunt, 0.5)
    scope.point_at(SUN.position_deg)
    assert [d.source.key for d in play(scope, hunt, 4.0)] == ["sun"]
    scope.point_at(CAS_A.position_deg)
    play(scope, hunt, 0.8)  # the dish has arrived, but the average still holds the Sun
    assert scope.pointing_deg == CAS_A.position_deg
    assert scope.measure().continuum_snr > 100 and not scope.settled
    assert play(scope, hunt, 1.0) == []
    detections = play(scope, hunt, 3.5)  # once the average is all Cas A, it locks on Cas A
    assert [d.source.key for d in detections] == ["cas_a"]
    assert scope.settled


def test_changing_the_dish_starts_a_new_average():
    scope = telescope(averaging=8)
    observe(scope, EMPTY_SKY, spectra=10)
    assert scope.settled
    scope.dish_diameter_m = 30.0
    assert not scope.settled
    scope.dish_diameter_m = 30.0  # no change, nothing lost
    for _ in range(8):
        scope.step(1 / 60)
    assert scope.settled


def test_noise_alone_never_locks_on():
    scope = telescope(seed=4, dish_diameter_m=32.0, averaging=1)
    hunt = SourceHunt(scope.sources)
    scope.jump_to(EMPTY_SKY)
    assert play(scope, hunt, 5.0) == []
    assert hunt.advice(scope) == "steer"


def test_faint_hydrogen_needs_longer_averaging():
    scope = telescope(seed=6, dish_diameter_m=32.0, averaging=4)
    hunt = SourceHunt(scope.sources)
    scope.jump_to(HYDROGEN.position_deg)
    assert play(scope, hunt, 3.0) == []
    assert hunt.advice(scope) == "faint"
    scope.averaging = 128
    detections = play(scope, hunt, 5.0)
    assert [d.source.key for d in detections] == ["hydrogen"]
    assert 50 <= detections[0].score <= 100


def test_all_found_and_scores():
    scope = telescope(dish_diameter_m=32.0, averaging=128)
    hunt = SourceHunt(scope.sources)
    for source in (SUN, CAS_A, HYDROGEN):
        scope.jump_to(source.position_deg)
        scope.clear()
        play(scope, hunt, 4.0)
    assert hunt.all_found and hunt.advice(scope) == "all_found"
    assert SourceHunt.score_for(SourceHunt.SNR_THRESHOLD) == 50
    assert SourceHunt.score_for(100.0) == 100
    with pytest.raises(ValueError, match="hold"):
        SourceHunt([SUN], hold_s=0.0)
    with pytest.raises(ValueError, match="negative"):
        hunt.update(scope, scope.measure(), -1.0)


@pytest.mark.parametrize("seed", range(60))
def test_random_skies_keep_sources_apart_and_away_from_the_start(seed):
    sources = default_sources(np.random.default_rng(seed))
    assert [s.key for s in sources] == ["sun", "cas_a", "hydrogen"]
    middle = (SKY_SIZE_DEG[0] / 2, SKY_SIZE_DEG[1] / 2)
    for i, source in enumerate(sources):
        x, y = source.position_deg
        assert 1.5 <= x <= SKY_SIZE_DEG[0] - 1.5 and 1.5 <= y <= SKY_SIZE_DEG[1] - 1.5
        assert math.dist(source.position_deg, middle) >= 3.0
        for other in sources[i + 1:]:
            assert math.dist(source.position_deg, other.position_deg) >= 5.0


def test_scan_map_keeps_the_best_signal_seen_in_the_beam():
    scan = ScanMap()
    scan.add((4.0, 4.0), 0.5, 3.0)
    scan.add((4.0, 4.0), 0.5, 1.0)
    scan.add((10.0, 4.0), 0.5, -2.0)  # negative noise is shown as nothing
    assert scan.values.max() == pytest.approx(3.0)
    row, column = round(4.0 * 8 - 0.5), round(4.0 * 8 - 0.5)
    assert scan.values[row, column] == pytest.approx(3.0)
    assert scan.values[:, (10 * 8)].max() == 0.0
    scan.clear()
    assert scan.values.max() == 0.0
