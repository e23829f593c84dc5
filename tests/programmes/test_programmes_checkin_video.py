"""Check-in by QR through the camera core: a recorded video of badges, and the synthetic scene."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from kiosk.camera.sources import FileSource, SyntheticSource
from kiosk.programmes import codes
from kiosk.programmes.scanning import BadgeScanner
from kiosk.programmes.service import ALREADY, CHECKED_IN, FOREIGN, UNREGISTERED
from kiosk.render.badges import render_badge_image


def badge_image(page: np.ndarray, slot: int, scale: float) -> np.ndarray:
    mm = page.shape[1] / 210
    width, height = (210 - 20) / 3 * mm, (297 - 20 - 17) / 4 * mm
    x0, y0 = int(10 * mm + (slot % 3) * width), int(27 * mm + (slot // 3) * height)
    badge = page[y0:y0 + int(height), x0:x0 + int(width)]
    return cv2.resize(badge, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)


def write_badge_video(path: Path, badge_codes: list[str], order: list[int], fps: float = 15.0) -> Path:
    """An MJPG clip: each badge in ``order`` held up (coming closer) for 10 frames, then 20 empty frames."""
    from PySide6.QtGui import QImage

    image = render_badge_image(badge_codes, "lv", width_px=1240).convertToFormat(QImage.Format.Format_Grayscale8)
    page = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes()).reshape(
        image.height(), image.bytesPerLine())[:, :image.width()]
    background = np.full((480, 640, 3), (60, 45, 30), np.uint8)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, (640, 480))
    assert writer.isOpened()
    for slot in order:
        for step in range(10):
            # Brought closer frame by frame, as a hand does: the camera samples it differently each time.
            badge = cv2.cvtColor(badge_image(page, slot, 0.66 + 0.015 * step), cv2.COLOR_GRAY2BGR)
            h, w = badge.shape[:2]
            frame = background.copy()
            x, y = 150 + 4 * step, 40 + 2 * step
            frame[y:y + h, x:x + w] = badge
            writer.write(frame)
        for _ in range(20):
            writer.write(background)
    writer.release()
    return path


def scan_and_check_in(service, session_id: int, frames) -> list:
    scanner = BadgeScanner(forget_after_frames=15)  # what the check-in page runs
    results = []
    for frame in frames:
        for code in scanner(frame).new:
            results.append(service.check_in(session_id, code.text, "qr"))
    return results


def test_check_in_from_a_video_of_badges(qapp, service, tmp_path, sample_codes):
    session = service.open_session("ELEC-LAB")
    printed = sample_codes(4, seed=5)
    for code in printed[:3]:
        service.register("13-15", "female", "pupil", "8.a", code=code)
    service.store.executemany("INSERT INTO badge_codes(code, issued_at) VALUES (?, 'x')", [(printed[3],)]).wait()
    clip = write_badge_video(tmp_path / "badges.avi", printed, order=[0, 1, 2, 3, 0])
    source = FileSource(clip, paced=False)
    source.open()
    try:
        frames = [source.read() for _ in range(int(source._capture.get(cv2.CAP_PROP_FRAME_COUNT)))]
    finally:
        source.close()
    results = scan_and_check_in(service, session.id, frames)
    assert [(r.outcome, r.code) for r in results] == [
        (CHECKED_IN, printed[0]),
        (CHECKED_IN, printed[1]),
        (CHECKED_IN, printed[2]),
        (UNREGISTERED, printed[3]),  # a printed badge nobody registered yet
        (ALREADY, printed[0]),  # shown again later: harmless
    ]
    assert [r.code for r in service.attendance(session.id)] == printed[:3]
    assert {r.method for r in service.attendance(session.id)} == {"qr"}


def test_check_in_from_the_synthetic_camera_scene(service, sample_codes):
    session = service.open_session("DRONES")
    registered = service.register("16-18", "male", "student", code=sample_codes(1, seed=9)[0]).code
    texts = (codes.qr_payload(registered), "VIZIUM-DEMO-1")
    source = SyntheticSource(640, 360, fps=30, paced=False, qr_texts=texts)
    frames = (source.frame_at(index) for index in range(0, 300, 2))  # 10 s: both codes appear once
    results = scan_and_check_in(service, session.id, frames)
    assert [(r.outcome, r.code) for r in results] == [(CHECKED_IN, registered), (FOREIGN, "")]
