"""Fitting camera pictures to a view, Qt-free: the crop that fills it, the scaling, the mirror,
and the pixel layout QPainter draws fastest. Runs on the camera worker (OpenCV, numpy)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

#: BGRA arrays are Qt's fastest format (RGB32) only on little-endian machines.
LITTLE_ENDIAN = sys.byteorder == "little"


def display_array(array: np.ndarray) -> np.ndarray:
    """The array in the layout QPainter draws fastest (BGRA); run it on the worker thread."""
    import cv2

    if array.ndim == 2:
        return cv2.cvtColor(array, cv2.COLOR_GRAY2BGRA)
    if array.shape[2] == 3 and LITTLE_ENDIAN:
        return cv2.cvtColor(array, cv2.COLOR_BGR2BGRA)
    return array


@dataclass(frozen=True)
class ViewFit:
    """How a view shows pictures: its size in device pixels, mirrored, smooth or blocky scaling."""

    width: int
    height: int
    mirror: bool
    smooth: bool = True


def fill_crop(width: int, height: int, view_width: float, view_height: float) -> tuple[int, int, int, int]:
    """The part (left, top, right, bottom) of a width x height picture that fills a view of
    this shape when scaled up or down (aspect-fill: cropped, not stretched), in whole pixels."""
    scale = max(view_width / width, view_height / height)
    crop_w, crop_h = view_width / scale, view_height / scale
    left, top = round((width - crop_w) / 2), round((height - crop_h) / 2)
    return left, top, min(width, left + max(1, round(crop_w))), min(height, top + max(1, round(crop_h)))


def fit_to_view(picture: np.ndarray, fit: ViewFit) -> tuple[np.ndarray, np.ndarray]:
    """The picture cropped to fill the view (aspect-fill), scaled, mirrored, as BGRA.

    Returns the new array and the 3x3 matrix taking picture pixels to its pixels. Runs on the
    camera worker: OpenCV lets other threads run while it works, so the UI never waits for it.
    """
    import cv2
    import numpy as np

    height, width = picture.shape[:2]
    left, top, right, bottom = fill_crop(width, height, fit.width, fit.height)
    interpolation = cv2.INTER_LINEAR if fit.smooth else cv2.INTER_NEAREST
    fitted = cv2.resize(picture[top:bottom, left:right], (fit.width, fit.height), interpolation=interpolation)
    if fit.mirror:
        fitted = cv2.flip(fitted, 1)
    fitted = display_array(fitted)
    scale_x, scale_y = fit.width / (right - left), fit.height / (bottom - top)
    to_view = np.array([[scale_x, 0.0, -left * scale_x], [0.0, scale_y, -top * scale_y], [0.0, 0.0, 1.0]])
    if fit.mirror:
        to_view = np.array([[-1.0, 0.0, fit.width], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]) @ to_view
    return fitted, to_view
