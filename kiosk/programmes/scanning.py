"""The badge scanner of the check-in camera: the camera platform's QrScanner, plus a second reading.

OpenCV's ArUco-based QR detector (the QrScanner's default) finds a held-up badge almost always but
fails to *decode* it in about three frames of ten when the badge is slightly turned (measured on
the printed badge sheet at 110-160 px per code: 295 of 432 frames read). When it finds a code it
cannot read, this scanner reads that region again, at full resolution, with OpenCV's classic
decoder: 424 of 432 frames. Frames without a code cost no more (benchmarks/programmes.py).
Debouncing is QrScanner's. Imports OpenCV: load it only where the camera runs.
"""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np

from kiosk.camera.qr import QrCode, QrScanner


class BadgeScanner(QrScanner):
    """A QrScanner that retries a detected but unreadable code with the classic decoder."""

    def __init__(self, forget_after_frames: int = 15, max_width: int = 960) -> None:
        super().__init__(forget_after_frames=forget_after_frames, max_width=max_width)
        self._finder: Any = cv2.QRCodeDetectorAruco() if hasattr(cv2, "QRCodeDetectorAruco") else None
        self._reader = cv2.QRCodeDetector()

    def decode(self, frame: np.ndarray) -> list[QrCode]:
        """The badge in the frame (at most one: a check-in shows one badge at a time)."""
        if self._finder is None:
            return super().decode(frame)
        grey = frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
        scale = min(1.0, self.max_width / grey.shape[1])
        small = grey if scale == 1.0 else cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        try:
            ok, points = self._finder.detect(small)  # found once, then read (not found twice)
            if not ok or points is None:
                return []
            text, _ = self._finder.decode(small, points)
        except cv2.error:
            return []
        corners = np.asarray(points, np.float32).reshape(-1, 2)[:4] / scale
        if text:
            return [QrCode(text, corners)]
        return self._second_reading(grey, corners)

    def _second_reading(self, grey: np.ndarray, corners: np.ndarray) -> list[QrCode]:
        """Read the found code again, at full resolution, with the classic decoder."""
        x, y, w, h = cv2.boundingRect(corners)
        margin = max(w, h) // 2  # the quiet zone and a little more
        x0, y0 = max(0, x - margin), max(0, y - margin)
        crop = grey[y0:y + h + margin, x0:x + w + margin]
        try:
            text, found, _ = self._reader.detectAndDecode(crop)
        except cv2.error:
            return []
        if not text or found is None:
            return []
        polygon = np.asarray(found, np.float32).reshape(4, 2) + np.array([x0, y0], np.float32)
        return [QrCode(text, polygon)]
