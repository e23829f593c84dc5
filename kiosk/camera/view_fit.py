"""Fitting camera pictures to a view, Qt-free: the crop that fills it, the scaling, the mirror,
and the pixel layout QPainter draws fastest. Runs on the camera worker (OpenCV, numpy).

``ViewFitter`` does it on the cheapest path: one scaling pass into a reused buffer (an enlarged
picture is scaled and mirrored by one warp), the BGRA conversion on whichever side of the scaling
has fewer pixels, and no fresh multi-megabyte
array per frame (a fresh array costs more in page faults than the resize itself). Fitted
pictures come from a small pool and a buffer is reused only when nothing refers to it any more,
so a picture the UI still paints is never overwritten.
"""

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


def picture_to_view(width: int, height: int, fit: ViewFit) -> np.ndarray:
    """The 3x3 matrix taking pixels of a width x height picture to the fitted picture's pixels."""
    import numpy as np

    left, top, right, bottom = fill_crop(width, height, fit.width, fit.height)
    scale_x, scale_y = fit.width / (right - left), fit.height / (bottom - top)
    to_view = np.array([[scale_x, 0.0, -left * scale_x], [0.0, scale_y, -top * scale_y], [0.0, 0.0, 1.0]])
    if fit.mirror:
        to_view = np.array([[-1.0, 0.0, fit.width], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]) @ to_view
    return to_view


def enlarging_matrix(crop_width: int, crop_height: int, fit: ViewFit) -> np.ndarray:
    """The 2x3 matrix taking each fitted pixel to the crop point cv2.resize samples for it
    (pixel centres aligned), mirrored when the view mirrors: for cv2.warpAffine's inverse map."""
    import numpy as np

    step_x, step_y = crop_width / fit.width, crop_height / fit.height
    if fit.mirror:  # fitted column x shows the scaled column width - 1 - x
        return np.array([[-step_x, 0.0, (fit.width - 0.5) * step_x - 0.5], [0.0, step_y, 0.5 * step_y - 0.5]])
    return np.array([[step_x, 0.0, 0.5 * step_x - 0.5], [0.0, step_y, 0.5 * step_y - 0.5]])


def _references(array: np.ndarray) -> int:
    return sys.getrefcount(array)


class BufferPool:
    """A few same-shaped uint8 arrays handed out again once nothing else refers to them.

    Views of a buffer (slices, a QImage keeping its array) hold a reference to it, so a buffer
    counts as free only when the pool alone holds it. More buffers are made when all are in use,
    up to ``size``; past that a fresh array is returned (correct, just not reused).
    """

    def __init__(self, size: int = 4) -> None:
        self.size = size
        self._shape: tuple[int, ...] | None = None
        self._buffers: list[np.ndarray] = []
        self._free_references: int | None = None

    def take(self, shape: tuple[int, ...]) -> np.ndarray:
        import numpy as np

        if shape != self._shape:
            self._shape, self._buffers = shape, []
        if self._free_references is None:
            probe = np.empty(1, np.uint8)
            holder = [probe]
            del probe
            self._free_references = self._count_free(holder)
        for index in range(len(self._buffers)):
            if self._is_free(index):
                return self._buffers[index]
        buffer = np.empty(shape, np.uint8)
        if len(self._buffers) < self.size:
            self._buffers.append(buffer)
        return buffer

    @staticmethod
    def _count_free(holder: list[np.ndarray]) -> int:
        return _references(holder[0])

    def _is_free(self, index: int) -> bool:
        # Same call shape as _count_free: only the list, the call's argument and nothing else.
        return _references(self._buffers[index]) <= (self._free_references or 0)

    def clear(self) -> None:
        self._shape, self._buffers = None, []


class ViewFitter:
    """Crops, scales and mirrors pictures to a view as BGRA, into reused buffers (one per camera
    worker: not for use from two threads at once)."""

    def __init__(self, pool_size: int = 4) -> None:
        self.pool = BufferPool(pool_size)
        self._scratch: dict[tuple[int, ...], np.ndarray] = {}

    def _scratch_for(self, shape: tuple[int, ...]) -> np.ndarray:
        """A private working array (never handed out), kept per shape."""
        import numpy as np

        array = self._scratch.get(shape)
        if array is None:
            if len(self._scratch) > 8:  # the view or the pictures changed size: forget old shapes
                self._scratch.clear()
            array = self._scratch[shape] = np.empty(shape, np.uint8)
        return array

    def fit(self, picture: np.ndarray, fit: ViewFit) -> tuple[np.ndarray, np.ndarray]:
        """The picture cropped to fill the view (aspect-fill), scaled, mirrored, as BGRA.

        Returns the fitted array (the pool's: keep it only as long as it is shown) and the 3x3
        matrix taking picture pixels to its pixels. OpenCV lets other threads run meanwhile.
        """
        import cv2

        height, width = picture.shape[:2]
        left, top, right, bottom = fill_crop(width, height, fit.width, fit.height)
        crop = picture[top:bottom, left:right]
        channels = 1 if picture.ndim == 2 else picture.shape[2]
        out = self.pool.take((fit.height, fit.width, 4))
        size = (fit.width, fit.height)
        interpolation = cv2.INTER_LINEAR if fit.smooth else cv2.INTER_NEAREST
        if (bottom - top) * (right - left) < fit.width * fit.height and LITTLE_ENDIAN:
            # Enlarging: convert the few source pixels, then scale (and mirror) them in one pass.
            if channels == 4:
                small = crop
            else:
                small = self._scratch_for((bottom - top, right - left, 4))
                small = cv2.cvtColor(crop, cv2.COLOR_GRAY2BGRA if channels == 1 else cv2.COLOR_BGR2BGRA, dst=small)
            if fit.smooth:
                # One warp scales and mirrors: the samples cv2.resize takes (to a level of
                # rounding), in one pass instead of a flip and a resize, at half their cost
                # (measured 1.0 ms against 1.9 ms from 888x720 to 1332x1080).
                out = cv2.warpAffine(small, enlarging_matrix(right - left, bottom - top, fit), size, dst=out,
                                     flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                                     borderMode=cv2.BORDER_REPLICATE)
            else:
                # Nearest-neighbour scaling is not symmetric: a blocky picture is mirrored afterwards.
                out = cv2.resize(small, size, dst=out, interpolation=interpolation)
                if fit.mirror:
                    out = cv2.flip(out, 1, dst=out)
        else:
            # Shrinking (or as large): scale first, then convert and mirror the fewer pixels.
            if channels == 4:
                out = cv2.resize(crop, size, dst=out, interpolation=interpolation)
            else:
                scaled = self._scratch_for((fit.height, fit.width) if channels == 1 else (fit.height, fit.width, 3))
                scaled = cv2.resize(crop, size, dst=scaled, interpolation=interpolation)
                converted = display_array(scaled)
                if converted is scaled:  # big-endian: no BGRA fast path, show what we have
                    return scaled.copy(), picture_to_view(width, height, fit)
                out = cv2.cvtColor(scaled, cv2.COLOR_GRAY2BGRA if channels == 1 else cv2.COLOR_BGR2BGRA, dst=out)
            if fit.mirror:
                out = cv2.flip(out, 1, dst=out)
        return out, picture_to_view(width, height, fit)

    def plain(self, picture: np.ndarray) -> np.ndarray:
        """The picture as BGRA at its own size, in a pooled buffer (never the picture itself)."""
        import cv2

        channels = 1 if picture.ndim == 2 else picture.shape[2]
        if not LITTLE_ENDIAN:
            return picture.copy()
        out = self.pool.take((picture.shape[0], picture.shape[1], 4))
        if channels == 4:
            out[:] = picture
        else:
            out = cv2.cvtColor(picture, cv2.COLOR_GRAY2BGRA if channels == 1 else cv2.COLOR_BGR2BGRA, dst=out)
        return out


def fit_to_view(picture: np.ndarray, fit: ViewFit) -> tuple[np.ndarray, np.ndarray]:
    """The picture cropped to fill the view (aspect-fill), scaled, mirrored, as BGRA: a new array
    and the 3x3 matrix taking picture pixels to its pixels. A camera worker keeps a ViewFitter
    instead, which reuses its buffers."""
    fitted, to_view = ViewFitter(pool_size=0).fit(picture, fit)
    return fitted, to_view
