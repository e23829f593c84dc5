"""The printable AR card sheet: a real PDF, and every marker on it readable by the detector."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from kiosk.camera.markers import MARKER_CARDS, create_detector
from kiosk.render.marker_sheet import render_marker_sheet, write_marker_sheet


def render_page(language: str, width_px: int = 1240) -> np.ndarray:
    """The page as a grey array at about 150 dpi, drawn exactly as in the PDF."""
    height_px = round(width_px * 297 / 210)
    image = QImage(width_px, height_px, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    render_marker_sheet(painter, QRectF(0, 0, width_px, height_px), language)
    painter.end()
    pixels = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    bgra = pixels.reshape(height_px, image.bytesPerLine() // 4, 4)[:, :width_px]
    return cv2.cvtColor(bgra, cv2.COLOR_BGRA2GRAY)


def test_pdf_is_written(qapp, tmp_path: Path) -> None:
    out = write_marker_sheet(tmp_path / "print" / "cards.pdf", "lv")
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 5000
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type/Page") >= 1


@pytest.mark.parametrize("language", ["lv", "en", "ru"])
def test_every_card_marker_on_the_page_is_detected(qapp, language: str) -> None:
    page = render_page(language)
    corners, ids, _ = create_detector().detectMarkers(page)
    assert ids is not None
    assert sorted(int(i) for i in ids.ravel()) == [card.marker_id for card in MARKER_CARDS]
    sides = [np.linalg.norm(c.reshape(4, 2)[0] - c.reshape(4, 2)[1]) for c in corners]
    assert min(sides) == pytest.approx(42 / 210 * 1240, rel=0.05), "markers print 42 mm wide"


def test_markers_still_read_when_photographed_small_and_tilted(qapp) -> None:
    page = render_page("en")
    small = cv2.resize(page, None, fx=0.4, fy=0.4, interpolation=cv2.INTER_AREA)
    h, w = small.shape
    tilt = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]),
                                       np.float32([[30, 10], [w - 10, 40], [w - 40, h - 10], [0, h - 30]]))
    photo = cv2.warpPerspective(small, tilt, (w, h), borderValue=255)
    _, ids, _ = create_detector().detectMarkers(photo)
    assert ids is not None and len(ids) == len(MARKER_CARDS)
