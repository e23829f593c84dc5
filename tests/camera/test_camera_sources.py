"""Frame sources: synthetic scene, looped files, devices, the demo source and source settings."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from kiosk.camera import sources
from kiosk.camera.sources import (
    DEMO_CLIP,
    DeviceSource,
    FileSource,
    SourceError,
    SourceSpecError,
    SyntheticSource,
    demo_source,
    parse_source_spec,
    plan_for_spec,
    source_from_spec,
)


def test_synthetic_frames_are_deterministic_for_a_seed() -> None:
    first, again = SyntheticSource(320, 180, seed=1), SyntheticSource(320, 180, seed=1)
    other = SyntheticSource(320, 180, seed=2)
    assert np.array_equal(first.frame_at(17), again.frame_at(17))
    assert not np.array_equal(first.frame_at(17), other.frame_at(17))
    frame = first.frame_at(0)
    assert frame.shape == (180, 320, 3) and frame.dtype == np.uint8


def test_synthetic_read_gives_a_fresh_array_each_time() -> None:
    with SyntheticSource(320, 180, paced=False) as source:
        a, b = source.read(), source.read()
    assert a is not b and not np.shares_memory(a, b)


def test_synthetic_motion_only_where_the_scene_says() -> None:
    """Frame differences are noise-level in the still band and large inside moving boxes."""
    source = SyntheticSource(640, 360, paced=False)
    for index in (10, 95, 200):
        before, after = source.frame_at(index).astype(np.int16), source.frame_at(index + 1).astype(np.int16)
        difference = np.abs(after - before).max(axis=2)
        still_rows = int(360 * SyntheticSource.STILL_BAND)
        assert difference[:still_rows].max() < 20, "noise only in the still band"
        moving = np.zeros_like(difference, bool)
        for x0, y0, x1, y1 in source.scene_at(index).moving_boxes + source.scene_at(index + 1).moving_boxes:
            moving[max(0, y0):y1, max(0, x0):x1] = True
        assert difference[moving].max() > 60, "something visibly moved"
        assert difference[~moving].max() < 20, "nothing changes outside the moving things"


def test_frozen_synthetic_scene_has_only_sensor_noise() -> None:
    source = SyntheticSource(320, 180, paced=False, frozen=True, noise=2.0)
    difference = np.abs(source.frame_at(5).astype(np.int16) - source.frame_at(6).astype(np.int16))
    assert difference.max() < 20


def test_paced_source_skips_and_counts_frames_a_slow_reader_missed() -> None:
    with SyntheticSource(160, 120, fps=50) as source:
        source.read()
        time.sleep(0.3)  # about 15 frame intervals pass unread
        source.read()
        skipped = source.take_skipped()
    assert skipped >= 5
    assert source.take_skipped() == 0, "taking resets the count"


def test_synthetic_rejects_impossible_settings() -> None:
    with pytest.raises(ValueError, match="160x120"):
        SyntheticSource(100, 50)
    with pytest.raises(ValueError, match="fps"):
        SyntheticSource(320, 240, fps=0)


def test_file_source_plays_an_mjpg_clip_in_a_loop(synthetic_clip) -> None:
    clip = synthetic_clip(seconds=0.5, width=320, height=180)  # 15 frames
    source = FileSource(clip, paced=False)
    source.open()
    assert source.is_open and source.frame_size == (320, 180) and source.fps == pytest.approx(30)
    frames = [source.read() for _ in range(40)]
    assert all(f is not None and f.shape == (180, 320, 3) for f in frames)
    assert np.abs(frames[0].astype(int) - frames[15].astype(int)).mean() < 2, "frame 15 is frame 0 again"
    source.close()
    assert not source.is_open and source.read() is None
    source.close()  # twice is fine


def test_file_source_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="does not exist"):
        FileSource(tmp_path / "missing.avi").open()
    garbage = tmp_path / "garbage.avi"
    garbage.write_bytes(b"this is not a video" * 100)
    with pytest.raises(SourceError, match=r"garbage\.avi cannot be read"):
        FileSource(garbage).open()


def test_device_source_without_a_camera_fails_fast_and_clearly() -> None:
    started = time.monotonic()
    with pytest.raises(SourceError, match="no camera"):
        DeviceSource(57).open()
    with pytest.raises(SourceError, match="no camera"):
        DeviceSource("/dev/no-such-camera").open()
    assert time.monotonic() - started < 1.0
    assert DeviceSource(57).read() is None


def test_device_source_reads_from_a_device_path(synthetic_clip, monkeypatch: pytest.MonkeyPatch) -> None:
    """VideoCapture accepts a path, so a clip stands in for a camera here."""
    clip = synthetic_clip(seconds=0.3, width=320, height=180)
    monkeypatch.setattr(sources, "capture_backend", lambda: 0)  # CAP_ANY: V4L2 cannot open files
    device = DeviceSource(str(clip), 320, 180, 30)
    device.open()
    frame = device.read()
    device.close()
    assert frame is not None and frame.shape == (180, 320, 3)
    assert not device.is_open


@pytest.mark.parametrize(("spec", "kind"), [
    ("auto", "auto"), ("synthetic", "synthetic"), ("device:2", "device"), ("device:/dev/video4", "device"),
    ("file:/srv/clip.avi", "file"), (" Synthetic ", "synthetic"),
])
def test_valid_source_settings(spec: str, kind: str) -> None:
    parsed = parse_source_spec(spec)
    assert parsed.kind == kind
    if spec == "device:2":
        assert parsed.device == 2
    if spec == "device:/dev/video4":
        assert parsed.device == "/dev/video4"
    if kind == "file":
        assert parsed.path == Path("/srv/clip.avi")


@pytest.mark.parametrize(("spec", "message"), [
    ("webcam", "not understood"), ("", "not understood"), ("device:", "say which device"),
    ("file:", "give the video file"), ("synthetic:3", "not understood"),
])
def test_bad_source_settings_say_what_is_valid(spec: str, message: str) -> None:
    with pytest.raises(SourceSpecError, match=message):
        source_from_spec(spec)


def test_auto_without_a_camera_gives_the_demo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "device_may_exist", lambda device: False)
    source = source_from_spec("auto", 640, 360, 30)
    assert source.is_demo


def test_auto_with_a_camera_gives_the_camera(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "device_may_exist", lambda device: True)
    monkeypatch.setattr(sources, "first_device", lambda: 2)
    source = source_from_spec("auto", 640, 360, 30)
    assert isinstance(source, DeviceSource) and source.device == 2 and (source.width, source.height) == (640, 360)


def test_plans_fall_back_to_the_demo_except_for_synthetic() -> None:
    assert plan_for_spec("synthetic").fallback is None
    auto = plan_for_spec("auto")
    assert isinstance(auto.primary, DeviceSource) and auto.quiet_fallback and auto.fallback is not None
    assert auto.fallback().is_demo
    device = plan_for_spec("device:3")
    assert device.primary.device == 3 and not device.quiet_fallback
    assert isinstance(plan_for_spec("file:/x.avi").primary, FileSource)


def test_shipped_demo_clip_is_small_and_plays() -> None:
    assert DEMO_CLIP.is_file(), "run assets/camera/make_demo_clip.py"
    assert DEMO_CLIP.stat().st_size < 2_000_000
    with demo_source() as demo:
        frame = demo.read()
        assert demo.is_demo and frame is not None and frame.ndim == 3
        assert "demo.avi" in demo.description


def test_demo_falls_back_to_the_synthetic_scene(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "DEMO_CLIP", tmp_path / "gone.avi")
    assert isinstance(demo_source(320, 180), SyntheticSource)
    broken = tmp_path / "broken.avi"
    broken.write_bytes(b"\0" * 1000)
    monkeypatch.setattr(sources, "DEMO_CLIP", broken)
    with demo_source(320, 180) as demo:
        assert "synthetic" in demo.description
        assert demo.read().shape == (180, 320, 3)
