"""Ripple-tank physics against textbook interference, and the microphone challenge rules."""

from __future__ import annotations

import math

import numpy as np
import pytest

from exhibits.waves.colours import build_table, colourise
from exhibits.waves.model import (
    CHALLENGE_ORDER,
    DISTANCE_RANGE_CM,
    FREQUENCY_RANGE_HZ,
    Challenge,
    MicrophoneGame,
    RippleTank,
    source_amplitude,
    wavelength_cm,
)


def ideal_tank(frequency_hz: float = 4.0, distance_cm: float = 12.0) -> RippleTank:
    """Waves that do not fade, so the textbook values 2A and 0 hold exactly."""
    tank = RippleTank(48.0, 27.0, frequency_hz=frequency_hz, falloff_cm=None)
    tank.place_sources_centred(distance_cm)
    return tank


# -- wavelength -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("speed", "frequency", "expected"), [(24.0, 4.0, 6.0), (24.0, 8.0, 3.0), (30.0, 2.5, 12.0)])
def test_wavelength_is_speed_divided_by_frequency(speed, frequency, expected):
    assert wavelength_cm(speed, frequency) == pytest.approx(expected)
    tank = RippleTank(frequency_hz=frequency, speed_cmps=speed)
    assert tank.wavelength_cm == pytest.approx(expected)


@pytest.mark.parametrize(("speed", "frequency"), [(0.0, 4.0), (24.0, 0.0), (-1.0, 2.0)])
def test_wavelength_rejects_non_positive_input(speed, frequency):
    with pytest.raises(ValueError, match="positive"):
        wavelength_cm(speed, frequency)


def test_higher_frequency_gives_shorter_waves():
    tank = RippleTank(frequency_hz=3.0)
    long_wave = tank.wavelength_cm
    tank.frequency_hz = 6.0
    assert tank.wavelength_cm == pytest.approx(long_wave / 2)


# -- interference -------------------------------------------------------------------------------------

def test_one_wave_has_amplitude_one_without_falloff_and_fades_with_it():
    assert source_amplitude(25.0, None) == 1.0
    near, far = source_amplitude(np.array([1.0, 40.0]), 10.0)
    assert near > far
    # Far away a circular wave falls like 1/sqrt(r): four times the distance, half the amplitude.
    assert source_amplitude(4000.0, 10.0) / source_amplitude(1000.0, 10.0) == pytest.approx(0.5, rel=0.01)


@pytest.mark.parametrize("n", [0, 1, -1, 2])
def test_path_difference_of_whole_wavelengths_doubles_the_amplitude(n):
    tank = ideal_tank(frequency_hz=4.0, distance_cm=13.0)  # lambda = 6 cm
    curve = tank.interference_curve(n * tank.wavelength_cm, samples=41)
    inside = [p for p in curve if 0 <= p[0] <= tank.width_cm and 0 <= p[1] <= tank.height_cm]
    assert len(inside) >= 5
    for point in inside:
        assert tank.path_difference_cm(tuple(point)) == pytest.approx(n * tank.wavelength_cm, abs=1e-6)
        assert tank.amplitude_at(tuple(point)) == pytest.approx(2.0, abs=1e-6)


@pytest.mark.parametrize("n", [0, 1, -1, -2])
def test_path_difference_of_half_wavelengths_cancels(n):
    tank = ideal_tank(frequency_hz=4.0, distance_cm=13.0)
    difference = (n + 0.5) * tank.wavelength_cm
    curve = tank.interference_curve(difference, samples=41)
    inside = [p for p in curve if 0 <= p[0] <= tank.width_cm and 0 <= p[1] <= tank.height_cm]
    assert len(inside) >= 5
    for point in inside:
        assert tank.amplitude_at(tuple(point)) == pytest.approx(0.0, abs=1e-6)


def test_fading_waves_still_nearly_cancel_on_a_quiet_line():
    tank = RippleTank(48.0, 27.0, frequency_hz=4.0, falloff_cm=10.0)
    tank.place_sources_centred(12.0)
    curve = tank.interference_curve(0.5 * tank.wavelength_cm, samples=81)
    far = [p for p in curve if 0 <= p[0] <= 48 and 0 <= p[1] <= 27
           and min(math.dist(p, s) for s in tank.sources) > 8]
    assert far
    assert max(tank.loudness_at(tuple(p)) for p in far) < 0.1


def test_loudness_compares_with_one_wave():
    tank = ideal_tank()
    midline_point = (tank.width_cm / 2, tank.height_cm - 1)
    assert tank.loudness_at(midline_point) == pytest.approx(2.0, abs=1e-6)


@pytest.mark.parametrize(("frequency_hz", "distance_cm"), [(2.0, 12.0), (4.0, 12.0), (5.0, 14.0),
                                                             (8.0, 20.0), (6.5, 29.0), (3.0, 2.0)])
def test_number_of_quiet_lines_is_about_two_d_over_lambda(frequency_hz, distance_cm):
    tank = ideal_tank(frequency_hz, distance_cm)
    estimate = 2 * distance_cm / tank.wavelength_cm
    assert abs(tank.nodal_line_count() - estimate) <= 1.0
    # The same count found in the field itself: the quiet points (nodes of the standing wave)
    # on the segment between the sources, half a wavelength apart.
    (ax, ay), (bx, by) = tank.sources
    t = np.linspace(0.0, 1.0, 20001)[1:-1]
    amplitude = np.abs(tank.phasor_at(ax + t * (bx - ax), ay + t * (by - ay)))
    minima = (amplitude[1:-1] < amplitude[:-2]) & (amplitude[1:-1] <= amplitude[2:]) & (amplitude[1:-1] < 0.01)
    assert int(minima.sum()) == tank.nodal_line_count()


def test_loud_lines_include_the_centre_line_and_lie_inside_the_source_distance():
    tank = ideal_tank(frequency_hz=4.0, distance_cm=13.0)
    differences = tank.antinodal_differences_cm()
    assert 0.0 in differences
    assert all(abs(d) <= tank.source_distance_cm for d in differences)
    assert len(differences) == 2 * math.floor(13.0 / 6.0) + 1


def test_height_field_repeats_after_one_period_and_stays_within_the_amplitude():
    tank = RippleTank(frequency_hz=4.0)
    period_s = 1 / tank.frequency_hz
    first, later = tank.height_field(0.1), tank.height_field(0.1 + period_s)
    np.testing.assert_allclose(first, later, atol=1e-4)
    assert np.all(np.abs(first) <= np.abs(tank.phasor_grid()) + 1e-5)
    assert first.shape == tank.grid_shape()


def test_quiet_and_loud_spots_are_found_on_the_grid():
    tank = RippleTank()
    assert tank.loudness_at(tank.extreme_point(loud=False)) < 0.1
    assert tank.loudness_at(tank.extreme_point(loud=True)) > 1.9


# -- settings and bad input ------------------------------------------------------------------------

def test_frequency_and_distance_are_clamped_to_their_ranges():
    tank = RippleTank()
    tank.frequency_hz = 100.0
    assert tank.frequency_hz == FREQUENCY_RANGE_HZ[1]
    tank.frequency_hz = -3.0
    assert tank.frequency_hz == FREQUENCY_RANGE_HZ[0]
    tank.set_source_distance(500.0)
    assert tank.source_distance_cm == pytest.approx(DISTANCE_RANGE_CM[1])
    tank.set_source_distance(0.0)
    assert tank.source_distance_cm == pytest.approx(DISTANCE_RANGE_CM[0])


def test_dragged_sources_stay_in_the_tank_and_in_range():
    tank = RippleTank(48.0, 27.0)
    tank.move_source(0, (-100.0, -100.0))
    x, y = tank.sources[0]
    assert 0 <= x <= 48 and 0 <= y <= 27
    assert DISTANCE_RANGE_CM[0] - 1e-9 <= tank.source_distance_cm <= DISTANCE_RANGE_CM[1] + 1e-9
    tank.move_source(1, tank.sources[0])  # drop B on top of A
    assert tank.source_distance_cm == pytest.approx(DISTANCE_RANGE_CM[0])
    with pytest.raises(ValueError, match="index"):
        tank.move_source(2, (1.0, 1.0))


def test_probe_is_kept_in_the_tank_and_resize_keeps_the_pattern():
    tank = RippleTank(48.0, 27.0)
    tank.move_probe((99.0, -5.0))
    assert tank.probe == (48.0, 0.0)
    tank.move_probe((24.0, 13.5))
    distance = tank.source_distance_cm
    loudness = tank.probe_loudness
    tank.resize(96.0, 27.0)
    assert tank.probe == pytest.approx((48.0, 13.5))
    assert tank.source_distance_cm == pytest.approx(distance)
    assert tank.probe_loudness == pytest.approx(loudness)
    tank.resize(10.0, 27.0)  # narrower than the sources' distance: walls push them in
    assert all(0 <= x <= 10.0 for x, _ in tank.sources)
    with pytest.raises(ValueError, match="positive"):
        tank.resize(0.0, 10.0)


def test_bad_construction_is_rejected():
    with pytest.raises(ValueError, match="speed"):
        RippleTank(speed_cmps=0.0)
    with pytest.raises(ValueError, match="falloff"):
        source_amplitude(3.0, -1.0)


def test_colour_table_is_dark_for_troughs_and_bright_for_crests():
    table = build_table()
    image = colourise(np.array([[-2.0, 0.0, 2.0]], dtype=np.float32), table)
    brightness = image[0, :, :3].astype(int).sum(axis=1)
    assert brightness[0] < brightness[1] < brightness[2]
    assert image.shape == (1, 3, 4) and image.flags["C_CONTIGUOUS"]


# -- the challenges -----------------------------------------------------------------------------------

def run(game: MicrophoneGame, loudness: float, seconds: float, dt_s: float = 1 / 60):
    results = []
    for _ in range(round(seconds / dt_s)):
        result = game.update(loudness, dt_s)
        if result:
            results.append(result)
    return results


def test_a_quiet_spot_must_be_held_for_the_hold_time():
    game = MicrophoneGame(hold_s=1.0)
    assert game.challenge is Challenge.QUIET
    assert run(game, 1.5, 0.5) == []
    assert run(game, 0.05, 0.5) == []  # not yet held long enough
    assert run(game, 1.0, 0.1) == []  # wandered off: the hold starts again
    results = run(game, 0.05, 1.05)
    assert [r.challenge for r in results] == [Challenge.QUIET]
    assert results[0].score == 98
    assert game.challenge is Challenge.LOUD


def test_challenges_follow_in_order_and_never_complete_by_themselves():
    game = MicrophoneGame(hold_s=0.5)
    run(game, 1.0, 0.1)
    assert run(game, 0.0, 0.6)[0].challenge is Challenge.QUIET
    # Still on the quiet spot when the loud challenge begins: nothing happens.
    assert run(game, 0.0, 2.0) == []
    loud = run(game, 1.9, 0.6)
    assert loud[0].challenge is Challenge.LOUD and loud[0].score == 95
    assert game.probe_pinned
    # The pinned challenge starts on a loud spot; a quiet reading reaches it.
    assert run(game, 0.1, 0.6)[0].challenge is Challenge.PINNED_QUIET
    assert game.challenge is CHALLENGE_ORDER[0]
    assert not run(game, 0.1, 2.0)  # the next round needs a fresh quiet spot
    assert game.completed == 3


def test_game_rejects_bad_input_and_resets():
    with pytest.raises(ValueError, match="hold"):
        MicrophoneGame(hold_s=0)
    game = MicrophoneGame()
    with pytest.raises(ValueError, match="negative"):
        game.update(0.0, -0.1)
    run(game, 1.0, 0.1)
    run(game, 0.0, 1.1)
    game.reset()
    assert game.challenge is Challenge.QUIET and game.completed == 0 and game.held_s == 0
