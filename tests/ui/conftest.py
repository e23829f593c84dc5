"""Kiosks for the window's tests: built from a fresh data folder, shown, and closed after the test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from kiosk.config import Settings, settings_from_mapping
from kiosk.ui.app import build_kiosk


def kiosk_settings(tmp_path: Path, *, ui: dict[str, Any] | None = None, **sections: Any) -> Settings:
    """Settings with the data folder in ``tmp_path / "data"``; ``ui`` replaces fields of the [ui] section."""
    settings = settings_from_mapping({"storage": {"path": str(tmp_path / "data")}, **sections})
    return settings.replace(ui=replace(settings.ui, **ui)) if ui else settings


@pytest.fixture
def shown_kiosk(qtbot, tmp_path) -> Iterator[Callable[..., Any]]:
    """``shown_kiosk(settings=None, *, size=(1280, 720), visit=False, **build_kiosk_options)``: a kiosk
    built, shown at ``size`` and exposed (with a visit begun when ``visit``); closed after the test."""
    built_kiosks: list[Any] = []

    def build(settings: Settings | None = None, *, size: tuple[int, int] = (1280, 720), visit: bool = False,
              **options: Any) -> Any:
        built = build_kiosk(settings or kiosk_settings(tmp_path), **options)
        built_kiosks.append(built)
        built.window.resize(*size)
        built.window.show()
        qtbot.waitExposed(built.window)
        if visit:
            built.window.start_visit()
        return built

    yield build
    for built in built_kiosks:
        built.close()
