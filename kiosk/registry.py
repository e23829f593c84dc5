"""Finding exhibits: entry points in the `vizium.exhibits` group, manifests read without import.

Built-in exhibits register exactly as a third-party package would. A broken exhibit becomes an
entry with an error (shown as an unavailable tile and logged); it never stops start-up.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import importlib.util
import json
import logging
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from kiosk import paths
from kiosk.manifest import Manifest, ManifestError, load_manifest

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "vizium.exhibits"


@dataclass(frozen=True)
class ExhibitEntry:
    """One discovered exhibit: its manifest, or the reason it cannot be offered."""

    id: str
    module: str
    manifest: Manifest | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.manifest is not None and self.error is None

    @property
    def status(self) -> str:
        return "ok" if self.ok else (self.error or "unknown problem")


def entry_point_modules(group: str = ENTRY_POINT_GROUP) -> dict[str, str]:
    """Exhibit id -> package name, from installed entry points.

    Reading every installed distribution's metadata costs a start about 0.1 s, so the answer is
    kept in a small file in the kiosk's cache folder (never the data folder), valid while nothing
    is installed or removed."""
    key = _installed_key(group)
    cached = _read_cache(key)
    if cached is not None:
        return cached
    import importlib.metadata  # pulls in email, csv, zipfile...: only when the cache is stale

    found = {ep.name: ep.value.split(":")[0] for ep in importlib.metadata.entry_points(group=group)}
    _write_cache(key, found)
    return found


def entry_points_cache_file() -> Path:
    return paths.cache_dir() / "exhibit-entry-points.json"


def _installed_key(group: str) -> str:
    """What is installed, cheaply: installing, upgrading or removing a distribution adds or removes
    a *.dist-info folder in a folder of the import path, which changes that folder's time. A
    script's own folder or the working folder (first on the path) changes all the time, so
    there only the metadata folders it holds count."""
    parts = [group, sys.version]
    for index, entry in enumerate(sys.path):
        folder = entry or "."
        try:
            if index == 0 and not folder.endswith(("site-packages", "dist-packages")):
                with os.scandir(folder) as found:
                    parts.extend(sorted(f"{item.name}={item.stat().st_mtime_ns}" for item in found
                                        if item.name.endswith((".dist-info", ".egg-info"))))
            else:
                parts.append(f"{entry}={os.stat(folder).st_mtime_ns}")
        except OSError:
            parts.append(f"{entry}=-")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _read_cache(key: str) -> dict[str, str] | None:
    try:
        data = json.loads(entry_points_cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("modules"), dict):
        return None
    return {str(k): str(v) for k, v in data["modules"].items()}


def _write_cache(key: str, modules: dict[str, str]) -> None:
    """Best effort: a read-only or full data folder only means the next start scans again."""
    target = entry_points_cache_file()
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps({"key": key, "modules": modules}), encoding="utf-8")
        os.replace(partial, target)
    except OSError as exc:
        log.debug("exhibit list not cached (%s): the next start reads the installed packages again", exc)
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def package_folder(module: str) -> Path:
    """Where a package lives, found without executing it."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"package {module!r} not found; is it installed?")
    return Path(next(iter(spec.submodule_search_locations)))


def read_entry(exhibit_id: str, module: str) -> ExhibitEntry:
    try:
        folder = package_folder(module)
        manifest = load_manifest(folder / "manifest.toml")
    except ManifestError as exc:
        log.error("exhibit %s is unavailable: %s", exhibit_id, exc)
        return ExhibitEntry(exhibit_id, module, error=str(exc))
    except Exception as exc:
        log.error("exhibit %s is unavailable: %s", exhibit_id, exc)
        return ExhibitEntry(exhibit_id, module, error=f"{type(exc).__name__}: {exc}")
    if manifest.id != exhibit_id:
        error = (
            f"{manifest.folder / 'manifest.toml'}: id: {manifest.id!r} does not match the "
            f"entry point name {exhibit_id!r}"
        )
        log.error("exhibit %s is unavailable: %s", exhibit_id, error)
        return ExhibitEntry(exhibit_id, module, error=error)
    return ExhibitEntry(exhibit_id, module, manifest=manifest)


def discover(modules: Mapping[str, str] | None = None, enabled: Iterable[str] = ("all",)) -> list[ExhibitEntry]:
    """All exhibits (or the enabled ones, in the configured order), each ok or with its error."""
    found = entry_point_modules() if modules is None else dict(modules)
    enabled = tuple(enabled)
    if "all" in enabled:
        ids = sorted(found)
    else:
        ids = [i for i in enabled if i in found]
        for missing in (i for i in enabled if i not in found):
            log.error("exhibit %s is enabled in the configuration but not installed", missing)
    return [read_entry(i, found[i]) for i in ids]


def not_installed(enabled: Iterable[str], modules: Mapping[str, str] | None = None) -> list[str]:
    """Exhibit ids the configuration enables that no installed package provides, in its order."""
    found = entry_point_modules() if modules is None else modules
    return [i for i in enabled if i != "all" and i not in found]


def load_widget_class(entry: ExhibitEntry) -> type:
    """Import the exhibit's widget module (only now, when it is opened) and return its class."""
    if not entry.ok or entry.manifest is None:
        raise RuntimeError(f"exhibit {entry.id} is unavailable: {entry.error}")
    module_name, _, class_name = entry.manifest.widget.partition(":")
    module = importlib.import_module(f"{entry.module}.{module_name}")
    return getattr(module, class_name)
