"""The QR scanner: decoding from synthetic frames and MJPG clips, debouncing, outlines."""

from __future__ import annotations

import numpy as np
import pytest

from kiosk.camera.qr import QrScanner
from kiosk.camera.sources import FileSource, SyntheticSource

FPS = 30


def test_decodes_the_code_in_a_synthetic_frame_with_its_outline() -> None:
    scene = SyntheticSource(1280, 720, FPS, paced=False)
    frame, truth = scene.frame_at(10), scene.scene_at(10)
    codes = QrScanner().decode(frame)
    assert [c.text for c in codes] == ["VIZIUM-DEMO-1"]
    expected = truth.qr_codes["VIZIUM-DEMO-1"]
    found = codes[0].polygon
    assert found.shape == (4, 2)
    # The detector outlines the code inside its quiet zone: within the drawn square, near its middle.
    assert np.all(found.min(axis=0) >= expected.min(axis=0) - 3)
    assert np.all(found.max(axis=0) <= expected.max(axis=0) + 3)
    assert np.allclose(found.mean(axis=0), expected.mean(axis=0), atol=6)


def test_each_appearance_is_reported_once() -> None:
    """Codes 1, 2, 1 appear for 3.5 s each, 6 s apart: three reports, though seen in ~300 frames."""
    scene = SyntheticSource(640, 360, FPS, paced=False)
    scanner = QrScanner(forget_after_frames=15)
    reports, frames_seen = [], 0
    for index in range(round(12.5 * FPS)):
        scan = scanner(scene.frame_at(index))
        frames_seen += bool(scan.visible)
        reports += [(index, code.text) for code in scan.new]
    assert [text for _, text in reports] == ["VIZIUM-DEMO-1", "VIZIUM-DEMO-2", "VIZIUM-DEMO-1"]
    assert [index // (6 * FPS) for index, _ in reports] == [0, 1, 2]
    assert frames_seen > 200, "decoded in most of the 3 x 105 frames it shows"


def test_a_few_missed_frames_do_not_report_again() -> None:
    scene = SyntheticSource(640, 360, FPS, paced=False)
    with_code, without = scene.frame_at(0), scene.frame_at(int(4 * FPS))
    assert not QrScanner().decode(without)
    scanner = QrScanner(forget_after_frames=10)
    sequence = [with_code] * 3 + [without] * 5 + [with_code] * 2 + [without] * 11 + [with_code]
    reported = [len(scanner(frame).new) for frame in sequence]
    assert sum(reported) == 2, "once at first, once after being away for more than 10 frames"
    assert reported[0] == 1 and reported[-1] == 1


def test_reset_forgets_codes() -> None:
    frame = SyntheticSource(640, 360, FPS, paced=False).frame_at(0)
    scanner = QrScanner()
    assert len(scanner(frame).new) == 1
    assert not scanner(frame).new
    scanner.reset()
    assert len(scanner(frame).new) == 1


def test_reads_codes_from_an_mjpg_clip(synthetic_clip) -> None:
    clip = synthetic_clip(seconds=1.0, width=640, height=360, marker_ids=())
    scanner = QrScanner()
    with FileSource(clip, paced=False) as source:
        texts = [code.text for _ in range(30) for code in scanner(source.read()).new]
    assert texts == ["VIZIUM-DEMO-1"]


def test_nothing_in_an_empty_frame() -> None:
    scan = QrScanner()(np.zeros((240, 320, 3), np.uint8))
    assert scan.visible == [] and scan.new == []


def test_grey_frames_are_accepted() -> None:
    frame = SyntheticSource(640, 360, FPS, paced=False).frame_at(0)
    grey = frame.mean(axis=2).astype(np.uint8)
    assert [c.text for c in QrScanner().decode(grey)] == ["VIZIUM-DEMO-1"]


def test_forget_after_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        QrScanner(forget_after_frames=0)
