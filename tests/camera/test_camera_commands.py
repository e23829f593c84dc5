"""`kiosk markers` and `kiosk cameras`: the command handlers the CLI registers."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from kiosk.camera import devices
from kiosk.cli import camera as commands
from kiosk.config import CameraSettings, Settings


def parse(argv: list[str]) -> tuple[argparse.Namespace, dict]:
    parser = argparse.ArgumentParser(prog="kiosk")
    handlers = commands.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv), handlers


def test_markers_writes_the_card_sheet(qapp, tmp_path: Path, capsys) -> None:
    args, handlers = parse(["markers", "--out", str(tmp_path / "cards.pdf"), "--lang", "lv"])
    assert handlers["markers"](args, Settings()) == 0
    assert (tmp_path / "cards.pdf").read_bytes().startswith(b"%PDF")
    assert "cards.pdf" in capsys.readouterr().out


def test_cameras_lists_none_here_and_tests_the_source(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(devices, "_linux_candidates", lambda: [])
    args, handlers = parse(["cameras", "--test", "1.2"])
    settings = Settings().replace(camera=CameraSettings(source="synthetic", width=320, height=180))
    assert handlers["cameras"](args, settings) == 0
    out = capsys.readouterr().out
    assert "none found" in out and "synthetic scene (320x180" in out and "fps" in out


def test_cameras_test_with_a_bad_source_says_why(capsys) -> None:
    args, handlers = parse(["cameras", "--test", "1"])
    settings = Settings().replace(camera=CameraSettings(source="webcam"))
    assert handlers["cameras"](args, settings) == 2
    assert "not understood" in capsys.readouterr().err


def test_cameras_test_fails_when_the_configured_camera_cannot_be_opened(monkeypatch: pytest.MonkeyPatch,
                                                                         capsys) -> None:
    """It used to exit 0 after silently testing the demo video instead of the camera."""
    monkeypatch.setattr(devices, "_linux_candidates", lambda: [])
    args, handlers = parse(["cameras", "--test", "0.5"])
    settings = Settings().replace(camera=CameraSettings(source="device:/dev/video-that-is-not-here"))
    assert handlers["cameras"](args, settings) == 1
    err = capsys.readouterr().err
    assert "FAIL" in err and "device:/dev/video-that-is-not-here" in err
    assert "no camera at '/dev/video-that-is-not-here'" in err  # the reason, from the source itself
    assert "demo" in err  # what the kiosk shows meanwhile


def test_cameras_test_fails_when_the_configured_video_file_is_missing(tmp_path: Path, capsys) -> None:
    args, handlers = parse(["cameras", "--test", "0.5"])
    missing = tmp_path / "clip.avi"
    settings = Settings().replace(camera=CameraSettings(source=f"file:{missing}"))
    assert handlers["cameras"](args, settings) == 1
    err = capsys.readouterr().err
    assert "FAIL" in err and f"video file {missing} does not exist" in err


def test_cameras_test_with_auto_and_no_camera_says_the_demo_is_shown(monkeypatch: pytest.MonkeyPatch,
                                                                     capsys) -> None:
    """auto promises a camera if there is one, else the demo: the demo is not a failure, but said."""
    from kiosk.camera import sources

    monkeypatch.setattr(devices, "_linux_candidates", lambda: [])
    monkeypatch.setattr(sources, "first_device", lambda: "/dev/video-that-is-not-here")
    args, handlers = parse(["cameras", "--test", "0.5"])
    settings = Settings().replace(camera=CameraSettings(source="auto", width=320, height=180))
    assert handlers["cameras"](args, settings) == 0
    assert "ok: no camera found, camera exhibits show the demo video (source = auto)" in capsys.readouterr().out


@pytest.mark.parametrize(("source", "reason"), [
    ("file:{tmp}/clip.avi", "video file {tmp}/clip.avi does not exist"),
    ("device:/dev/video-that-is-not-here", "no camera at '/dev/video-that-is-not-here'"),
])
def test_doctor_names_a_configured_camera_source_that_cannot_work(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                                  source: str, reason: str) -> None:
    """doctor said only 'none found ... (source = file:...)', as if auto were configured."""
    from kiosk.doctor import check_camera

    monkeypatch.setattr(devices, "_linux_candidates", lambda: [])
    settings = Settings().replace(camera=CameraSettings(source=source.format(tmp=tmp_path)))
    check = check_camera(settings)
    assert check.status == "WARN"
    assert reason.format(tmp=tmp_path) in check.detail and "demo video" in check.detail
