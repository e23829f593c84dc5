"""The camera worker's picture fitting into reused buffers (kiosk.camera.view_fit.ViewFitter):
the same picture and geometry as the plain crop-scale-mirror, and a buffer the UI still shows
is never drawn over."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from kiosk.camera.view_fit import BufferPool, ViewFit, ViewFitter, fill_crop, fit_to_view


def reference_fit(picture: np.ndarray, fit: ViewFit) -> tuple[np.ndarray, np.ndarray]:
    """The fit as first written (crop, resize, flip, convert; a new array each step): the
    geometry every camera exhibit's overlays were built against."""
    height, width = picture.shape[:2]
    left, top, right, bottom = fill_crop(width, height, fit.width, fit.height)
    interpolation = cv2.INTER_LINEAR if fit.smooth else cv2.INTER_NEAREST
    fitted = cv2.resize(picture[top:bottom, left:right], (fit.width, fit.height), interpolation=interpolation)
    if fit.mirror:
        fitted = cv2.flip(fitted, 1)
    if fitted.ndim == 2:
        fitted = cv2.cvtColor(fitted, cv2.COLOR_GRAY2BGRA)
    elif fitted.shape[2] == 3:
        fitted = cv2.cvtColor(fitted, cv2.COLOR_BGR2BGRA)
    scale_x, scale_y = fit.width / (right - left), fit.height / (bottom - top)
    to_view = np.array([[scale_x, 0.0, -left * scale_x], [0.0, scale_y, -top * scale_y], [0.0, 0.0, 1.0]])
    if fit.mirror:
        to_view = np.array([[-1.0, 0.0, fit.width], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]) @ to_view
    return fitted, to_view


def picture(shape: tuple[int, ...], seed: int = 0) -> np.ndarray:
    noise = np.random.default_rng(seed).integers(0, 256, shape, dtype=np.uint8)
    return cv2.GaussianBlur(noise, (3, 3), 0)


# Pictures smaller and larger than the views, so both ways through the fitter are taken.
SHAPES = [(360, 640, 3), (90, 160, 3), (180, 320), (120, 160, 4)]
VIEWS = [(333, 270), (400, 225), (120, 400)]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("mirror", [False, True])
@pytest.mark.parametrize("smooth", [True, False])
def test_fitted_pictures_equal_the_plain_crop_scale_and_mirror(shape, view, mirror, smooth) -> None:
    """Enlarged or shrunk, grey, BGR or BGRA: the same pixels (to one level of rounding: the
    mirror and the colour conversion may come before the scaling) and the same matrix."""
    fit = ViewFit(*view, mirror=mirror, smooth=smooth)
    source = picture(shape)
    expected, expected_matrix = reference_fit(source, fit)
    fitted, matrix = ViewFitter().fit(source, fit)
    assert fitted.shape == (view[1], view[0], 4) and fitted.dtype == np.uint8 and fitted.flags["C_CONTIGUOUS"]
    assert np.abs(fitted.astype(int) - expected.astype(int)).max() <= 1
    assert matrix == pytest.approx(expected_matrix)
    if not smooth:
        assert (fitted == expected).all(), "blocky pictures are mirrored after scaling: exactly the same"


@pytest.mark.parametrize("mirror", [False, True])
def test_a_marked_pixel_lands_where_the_matrix_says(mirror) -> None:
    source = np.full((180, 320, 3), 90, np.uint8)
    source[40:48, 200:208] = (0, 0, 255)  # a red block, its centre at (204, 44)
    fitted, matrix = ViewFitter().fit(source, ViewFit(300, 300, mirror=mirror))
    x, y, _ = matrix @ np.array([204.0, 44.0, 1.0])
    assert tuple(fitted[round(y), round(x)]) == (0, 0, 255, 255)
    beside = fitted[round(y), round(x) + (20 if mirror else -20)]
    assert tuple(beside) == (90, 90, 90, 255), "left of the block in the frame is right of it in a mirror"


def test_buffers_are_reused_once_nobody_holds_them() -> None:
    fitter, fit = ViewFitter(), ViewFit(400, 300, mirror=True)
    first, _ = fitter.fit(picture((180, 320, 3), 1), fit)
    first_address = first.__array_interface__["data"][0]
    del first
    second, _ = fitter.fit(picture((180, 320, 3), 2), fit)
    assert second.__array_interface__["data"][0] == first_address, "a picture nobody shows is drawn over"


def test_a_picture_still_shown_is_never_drawn_over() -> None:
    """The UI keeps the shown picture (its QImage refers to the array) and the hand-over slot
    the next: the worker fits into a third buffer meanwhile."""
    fitter, fit = ViewFitter(), ViewFit(400, 300, mirror=False)
    shown, _ = fitter.fit(picture((180, 320, 3), 1), fit)
    kept = shown.copy()
    view_of_it = shown[10:20]  # a view holds the buffer too
    waiting, _ = fitter.fit(picture((180, 320, 3), 2), fit)
    del shown
    newest, _ = fitter.fit(picture((180, 320, 3), 3), fit)
    assert not np.shares_memory(newest, view_of_it) and not np.shares_memory(newest, waiting)
    assert (view_of_it == kept[10:20]).all()


def test_a_full_pool_still_gives_a_fresh_buffer() -> None:
    pool = BufferPool(size=2)
    held = [pool.take((4, 4, 4)) for _ in range(3)]
    assert len({array.__array_interface__["data"][0] for array in held}) == 3
    assert pool.take((4, 5, 4)).shape == (4, 5, 4), "a new view size starts a new set of buffers"


def test_fit_to_view_gives_a_new_array_each_time() -> None:
    fit = ViewFit(64, 48, mirror=True)
    one, _ = fit_to_view(picture((48, 64, 3)), fit)
    two, _ = fit_to_view(picture((48, 64, 3)), fit)
    assert not np.shares_memory(one, two)
