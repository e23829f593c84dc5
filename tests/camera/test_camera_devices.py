"""Camera probing for `kiosk doctor`: quick and quiet when there is no camera."""

from __future__ import annotations

import time

import pytest

from kiosk.camera import devices
from kiosk.camera.devices import CameraInfo, camera_report, probe_cameras


def test_no_camera_is_found_quickly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(devices, "_linux_candidates", lambda: [])
    started = time.monotonic()
    assert probe_cameras() == []
    assert time.monotonic() - started < 0.5
    assert camera_report() == ["cameras: none found (camera exhibits will show the demo video)"]


def test_a_node_that_gives_no_picture_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(devices, "_linux_candidates", lambda: [(57, "metadata node")])
    monkeypatch.setattr(devices.sys, "platform", "linux")
    assert probe_cameras() == []


def test_this_machine_probe_does_not_raise() -> None:
    assert isinstance(probe_cameras(), list)


def test_a_camera_is_described_for_staff(monkeypatch: pytest.MonkeyPatch) -> None:
    info = CameraInfo(0, "HD Webcam", ((640, 480), (1280, 720)), 30.0)
    assert info.describe() == "device:0  HD Webcam  (640x480, 1280x720; 30 fps)"
    monkeypatch.setattr(devices, "probe_cameras", lambda: [info])
    assert camera_report() == ["camera: device:0  HD Webcam  (640x480, 1280x720; 30 fps)"]
