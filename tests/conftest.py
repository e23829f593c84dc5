"""Shared fixtures: offscreen Qt, a fresh data folder and settings per test, stores, exhibits."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from kiosk import i18n
from kiosk.config import Settings, settings_from_mapping
from kiosk.journal import Journal
from kiosk.store import Store


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
                         monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data, config and log folders; the real ones are never touched. The
    cache (what the kiosk can always make again) is the test session's, outside the test's folder."""
    data = tmp_path / "data"
    monkeypatch.setenv("VIZIUM_DATA_DIR", str(data))
    monkeypatch.setenv("VIZIUM_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("VIZIUM_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "kiosk-cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config-home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    monkeypatch.delenv("VIZIUM_CONFIG", raising=False)
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    return data


@pytest.fixture(autouse=True)
def source_language_after_each_test() -> Iterator[None]:
    """A test that switched the language must not leave the next one reading Latvian or Russian."""
    yield
    if "PySide6.QtCore" in sys.modules:
        from kiosk.exhibit.translator import reset_translations

        reset_translations()


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm catalogues, compiled once per run if make did not already."""
    i18n.build()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "store" / "kiosk.db", batch_window_s=0) as opened:
        yield opened


@pytest.fixture
def journal(store: Store) -> Journal:
    return Journal(store, station_id="test-1")


def kiosk_settings(tmp_path: Path, *, folder: str = "data", ui: dict[str, Any] | None = None,
                   **sections: Any) -> Settings:
    """Settings with the data folder ``tmp_path / folder``; ``sections`` as in a settings file
    (``hub={"dsn": ...}``), ``ui`` replaces fields of [ui] (``ui={"idle_timeout_s": 0.3}``)."""
    settings = settings_from_mapping({"storage": {"path": str(tmp_path / folder)}, **sections})
    return settings.replace(ui=replace(settings.ui, **ui)) if ui else settings


def show_kiosk(qtbot, settings: Settings, *, size: tuple[int, int] = (1280, 720), language: str | None = None,
               visit: bool = False, **options: Any) -> Any:
    """A kiosk built with ``build_kiosk(settings, **options)``, shown at ``size`` and exposed, in
    ``language`` if given, with a visit begun if ``visit``. The caller closes it."""
    from kiosk.ui.app import build_kiosk

    built = build_kiosk(settings, **options)
    built.window.resize(*size)
    built.window.show()
    qtbot.waitExposed(built.window)
    if language is not None:
        built.window.set_language(language)
    if visit:
        built.window.start_visit()
    return built


@pytest.fixture
def shown_kiosk(qtbot, tmp_path: Path) -> Iterator[Callable[..., Any]]:
    """``shown_kiosk(settings=None, **show_kiosk_options)``: as show_kiosk, with the test's own data
    folder when no settings are given; every kiosk it built is closed after the test."""
    built_kiosks: list[Any] = []

    def build(settings: Settings | None = None, **options: Any) -> Any:
        built_kiosks.append(show_kiosk(qtbot, settings or kiosk_settings(tmp_path), **options))
        return built_kiosks[-1]

    yield build
    for built in built_kiosks:
        built.close()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    """One throw-away PostgreSQL server for the session (the hub, sync and console tests)."""
    from tests.sync.pg_testserver import PostgresTestServer, find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin "
                    "(install the Debian package: apt-get install postgresql)")
    server = PostgresTestServer(bin_dir).start()
    yield server
    server.stop()


@pytest.fixture
def open_exhibit(qtbot) -> Iterator[Callable[..., tuple]]:
    """open_exhibit(id, language='en', size=(1280, 720)) -> (widget, context), shown and started.

    The exhibit is created exactly as the kiosk does it: manifest from the entry point,
    translations for the language, the widget class imported only now.
    """
    from kiosk.exhibit import ExhibitContext
    from kiosk.exhibit.theme import Theme, hub, scale_for
    from kiosk.exhibit.translator import TranslationSet
    from kiosk.registry import discover, load_widget_class

    opened = []
    translations = TranslationSet()

    def factory(
        exhibit_id: str, language: str = "en", size: tuple[int, int] = (1280, 720), high_contrast: bool = False,
        camera: str | None = None,
    ):
        entries = {e.id: e for e in discover()}
        entry = entries[exhibit_id]
        assert entry.ok, entry.error
        hub.set(Theme.create(high_contrast=high_contrast, scale=scale_for(*size)))
        translations.switch(language)
        provider = None
        if camera is not None:  # a camera source spec, e.g. "synthetic" or "file:PATH"
            from kiosk.config import CameraSettings
            from kiosk.exhibit.camera import make_camera_provider

            provider = make_camera_provider(CameraSettings(source=camera))
        context = ExhibitContext(entry.manifest, language, camera_provider=provider)
        widget = load_widget_class(entry)(context)
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.retranslate()
        widget.show()
        qtbot.waitExposed(widget)
        widget.start()
        opened.append(widget)
        return widget, context

    yield factory
    for widget in opened:
        widget.stop()
    hub.set(Theme.create())
