"""`kiosk markers` and `kiosk cameras`: the command handlers the CLI registers."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from kiosk.camera import commands, devices
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
