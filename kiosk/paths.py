"""Where the kiosk keeps its files: platform folders, overridable for tests and stations."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "vizium-kiosk"
APP_AUTHOR = "VIZIUM"

#: The repository (or installed package) root: holds `assets/` and `i18n/`.
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _platform_folder(kind: str) -> Path:
    """The platform's user folder of a kind ("config", "data", "log", "cache") for the kiosk.
    platformdirs loads on first use: a station that names its folders never needs it, and the
    kiosk's first frame needs no folder at all."""
    import platformdirs

    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP_NAME, APP_AUTHOR))


def user_config_file() -> Path:
    """The per-user configuration file, read when no --config or $VIZIUM_CONFIG is given."""
    return _platform_folder("config") / "kiosk.toml"


def default_data_dir() -> Path:
    """The data folder used when `[storage] path` is not set.

    `$VIZIUM_DATA_DIR` overrides it, which is how tests keep away from a real station's data.
    """
    override = os.environ.get("VIZIUM_DATA_DIR")
    if override:
        return Path(override)
    return _platform_folder("data")


def log_dir() -> Path:
    override = os.environ.get("VIZIUM_LOG_DIR")
    if override:
        return Path(override)
    return _platform_folder("log")


def cache_dir() -> Path:
    """Files the kiosk can always make again (the exhibit list of the installed packages): never
    the station's records, so they stay out of the data folder. `$VIZIUM_CACHE_DIR` overrides it."""
    override = os.environ.get("VIZIUM_CACHE_DIR")
    if override:
        return Path(override)
    return _platform_folder("cache")


def assets_dir() -> Path:
    return PROJECT_ROOT / "assets"


def i18n_dir() -> Path:
    return PROJECT_ROOT / "i18n"
