"""How computers see: each filter does what its sentence says, and the try-them-all goal."""

from __future__ import annotations

import numpy as np
import pytest

from exhibits.computer_vision.model import (
    FILTERS,
    FilterTour,
    VisionFilters,
    blur,
    blur_factor,
    canny_thresholds,
    channel_mosaic,
    pixel_size,
    pixelate,
    threshold_level,
)
from kiosk.camera.sources import SyntheticSource


def step_image(width: int = 320, height: int = 180) -> np.ndarray:
    """Dark left half, bright right half: exactly one vertical edge."""
    frame = np.full((height, width, 3), 30, np.uint8)
    frame[:, width // 2:] = 220
    return frame


def run(filters: VisionFilters, key: str, frame: np.ndarray, strength: float = 0.5):
    filters.set_filter(key)
    filters.set_strength(strength)
    return filters.process(frame)


def test_camera_filter_shows_the_frame_itself() -> None:
    frame = step_image()
    assert run(VisionFilters(), "camera", frame).display is frame


def test_edges_lie_exactly_on_the_brightness_step() -> None:
    output = run(VisionFilters(), "edges", step_image())
    edges = output.display[..., 0] > 200  # edge colour: sky blue, B = 233 (plus a faint picture)
    columns = np.nonzero(edges.any(axis=0))[0]
    assert columns.min() >= 158 and columns.max() <= 161, "only at the step, x = 160"
    assert output.edge_fraction == pytest.approx(180 / (320 * 180)), "one pixel wide, full height"
    flat = run(VisionFilters(), "edges", np.full((180, 320, 3), 128, np.uint8))
    assert flat.edge_fraction == 0.0


def test_edges_show_the_edge_colour_over_a_faint_picture_on_navy() -> None:
    """The edges picture is the edges coloured (sky blue on navy) plus a quarter of the picture,
    as the colour-map-and-blend it was first made with, in one colour transform and one masked add."""
    import cv2

    from exhibits.computer_vision.model import _EDGE_LUT

    frame = cv2.GaussianBlur(np.random.default_rng(4).integers(0, 256, (180, 320, 3), np.uint8), (5, 5), 0)
    frame[:, 160:] //= 3
    output = run(VisionFilters(), "edges", frame)
    edges = cv2.Canny(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY), *canny_thresholds(0.5))
    blended = cv2.addWeighted(frame, 0.25, cv2.applyColorMap(edges, _EDGE_LUT), 1.0, 0.0)
    assert output.display.shape == frame.shape and output.display.dtype == np.uint8
    assert np.abs(output.display.astype(int) - blended.astype(int)).max() <= 1
    assert edges.any() and not edges.all()


def test_more_sensitivity_means_lower_edge_thresholds() -> None:
    assert canny_thresholds(1.0)[1] < canny_thresholds(0.5)[1] < canny_thresholds(0.0)[1]
    low, high = canny_thresholds(0.3)
    assert low == pytest.approx(high / 2)


def test_threshold_splits_a_brightness_ramp_at_the_level() -> None:
    ramp = np.tile(np.arange(256, dtype=np.uint8), (10, 1))
    frame = np.dstack([ramp] * 3)
    for strength in (0.0, 0.5, 1.0):
        output = run(VisionFilters(), "threshold", frame, strength)
        bright = output.display[0, :, 2] > 200  # the yellow accent has a high red channel
        level = threshold_level(strength)
        assert bright.sum() == 255 - level, f"pixels brighter than {level}"
        assert not bright[:level + 1].any()


def test_colour_mosaic_splits_red_green_and_blue() -> None:
    frame = np.zeros((180, 320, 3), np.uint8)
    frame[..., 2] = 200  # pure red (BGR)
    frame[..., 1] = 50
    mosaic = channel_mosaic(frame)
    assert mosaic.shape == (180, 320, 3)
    top_left, top_right = mosaic[45, 80], mosaic[45, 240]
    bottom_left, bottom_right = mosaic[135, 80], mosaic[135, 240]
    assert list(top_left) == [0, 50, 200], "the picture"
    assert list(top_right) == [0, 0, 200], "red channel in red"
    assert list(bottom_left) == [0, 50, 0], "green channel in green"
    assert list(bottom_right) == [0, 0, 0], "no blue light at all"


def test_pixelate_gives_each_block_its_average_colour() -> None:
    frame = np.zeros((64, 64, 3), np.uint8)
    frame[::2, ::2] = 200  # a fine checker: a quarter of each block is bright
    small = pixelate(frame, 8)
    assert small.shape == (8, 8, 3)
    assert np.all(small == 50), "200 x 1/4 of the block"
    assert pixel_size(0.0, 1280) == 2 and pixel_size(1.0, 1280) == 80


def test_blur_removes_detail_but_keeps_the_average() -> None:
    rng = np.random.default_rng(0)
    noise = rng.integers(0, 256, (180, 320, 3), dtype=np.uint8)
    blurred = blur(noise, 0.5)
    assert blurred.std() < noise.std() / 4
    assert blurred.mean() == pytest.approx(noise.mean(), abs=3)
    assert 2 <= blur_factor(0.0) < blur_factor(1.0) <= 24


def test_motion_heat_only_where_something_moved() -> None:
    filters = VisionFilters()
    still = np.full((180, 320, 3), 90, np.uint8)
    assert run(filters, "motion", still).motion_fraction == 0.0
    assert run(filters, "motion", still).motion_fraction == 0.0
    moved = still.copy()
    moved[40:100, 200:260] = 230
    output = run(filters, "motion", moved)
    assert output.motion_fraction > 0.03
    heat = output.heat
    assert heat[70, 230] > 50, "glows where the square appeared"
    assert heat[:30].max() == 0 and heat[110:].max() == 0 and heat[:, :180].max() == 0, "dark elsewhere"


def test_motion_on_the_synthetic_scene_stays_out_of_the_still_band() -> None:
    scene = SyntheticSource(640, 360, paced=False)
    filters = VisionFilters()
    filters.set_filter("motion")
    for index in range(20):
        output = filters.process(scene.frame_at(index))
    assert output.motion_fraction > 0.005
    heat = output.heat
    assert heat is not None and heat.max() > 50, "the figure and the balls glow"
    band = round(heat.shape[0] * SyntheticSource.STILL_BAND) - 2
    assert heat[:band].max() == 0, "no heat where nothing moves"


def test_filters_refuse_unknown_names_and_clamp_strength() -> None:
    filters = VisionFilters()
    with pytest.raises(ValueError, match="unknown filter 'sepia'"):
        filters.set_filter("sepia")
    filters.set_strength(7)
    assert filters.strength == 1.0
    filters.set_strength(-1)
    assert filters.strength == 0.0
    for key in FILTERS:
        out = run(filters, key, step_image())
        assert out.filter == key and out.display.dtype == np.uint8


def test_tour_completes_once_after_every_filter_was_watched() -> None:
    tour = FilterTour(seconds_needed=0.8)
    reached = []
    for key in FILTERS:
        newly, done = tour.watch(key, 0.4)
        assert not newly, "0.4 s is not enough"
        newly, done = tour.watch(key, 0.4)
        assert newly
        reached.append(done)
    assert reached == [False] * (len(FILTERS) - 1) + [True]
    assert tour.progress == (7, 7) and tour.completed
    assert tour.watch("edges", 1.0) == (False, False), "no second completion"
    tour.reset()
    assert tour.progress == (0, 7) and not tour.completed


def test_a_stall_does_not_count_as_watching() -> None:
    tour = FilterTour(seconds_needed=0.8)
    assert tour.watch("blur", 5.0) == (False, False), "at most 0.5 s per frame"
    with pytest.raises(ValueError, match="negative"):
        tour.watch("blur", -0.1)
    with pytest.raises(ValueError, match="unknown filter"):
        tour.watch("sepia", 0.1)
