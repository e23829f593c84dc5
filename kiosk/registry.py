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
from typing import Any

from kiosk import paths
from kiosk.manifest import Manifest, ManifestError, load_manifest, parse_manifest
from kiosk.toml_files import read_toml

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
    cache = _ExhibitCache.read()
    found = cache.modules(group)
    if cache.changed:
        cache.write()
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


class _ExhibitCache:
    """What a start would otherwise read again and again, in one small JSON file of the cache folder:

    - the exhibit list of each recent set of installed packages (a kiosk started as `kiosk`, as
      `python -m kiosk` or by the tests sees a different import path: each keeps its own list, so
      they do not make each other's stale);
    - with it, the folder of each exhibit package (where the import system finds it);
    - each manifest's table, valid while its file keeps its time and size (parsing twenty TOML
      files was most of the exhibit discovery's time).

    Best effort throughout: a damaged, foreign or unwritable file only means reading again."""

    VERSION = 2
    #: Sets of installed packages remembered (the newest ones).
    KEPT = 8

    def __init__(self, data: dict[str, Any]) -> None:
        #: installed-packages key -> {"modules": {exhibit id: package}, "folders": {package: folder}}
        self.installs: dict[str, dict[str, dict[str, str]]] = data.get("installs", {})
        self.manifests: dict[str, dict[str, Any]] = data.get("manifests", {})
        #: package -> folder, kept with the installed packages' list (packages named by a caller
        #: are looked up each time: their import path may be the caller's own).
        self.folders: dict[str, str] = {}
        self.changed = False

    @classmethod
    def read(cls) -> _ExhibitCache:
        try:
            data = json.loads(entry_points_cache_file().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls({})
        if not isinstance(data, dict) or data.get("version") != cls.VERSION or not all(
            isinstance(data.get(part), dict) for part in ("installs", "manifests")
        ):
            return cls({})
        return cls(data)

    def modules(self, group: str) -> dict[str, str]:
        key = _installed_key(group)
        known = self.installs.get(key)
        if isinstance(known, dict) and all(isinstance(known.get(part), dict) for part in ("modules", "folders")):
            self.folders = known["folders"]
            return {str(k): str(v) for k, v in known["modules"].items()}
        import importlib.metadata  # pulls in email, csv, zipfile...: only when the cache is stale

        modules = {ep.name: ep.value.split(":")[0] for ep in importlib.metadata.entry_points(group=group)}
        self.folders = {}
        self.installs.pop(key, None)
        self.installs[key] = {"modules": modules, "folders": self.folders}  # the newest last
        for old in list(self.installs)[:-self.KEPT]:
            del self.installs[old]
        self.changed = True
        return modules

    def folder(self, module: str) -> Path:
        known = self.folders.get(module)
        if isinstance(known, str) and os.path.isdir(known):
            return Path(known)
        folder = package_folder(module)
        self.folders[module] = str(folder)
        self.changed = True
        return folder

    def manifest(self, path: Path) -> Manifest:
        try:
            status = path.stat()
            stamp = [status.st_mtime_ns, status.st_size]
        except OSError:
            return load_manifest(path)  # says what is wrong with it, in the usual words
        known = self.manifests.get(str(path))
        if isinstance(known, dict) and known.get("stamp") == stamp and isinstance(known.get("table"), dict):
            return parse_manifest(known["table"], path)
        table = read_toml(path, "manifest", lambda problem: ManifestError(path, "", problem))
        manifest = parse_manifest(table, path)  # only a valid manifest is kept
        try:
            json.dumps(table)
        except (TypeError, ValueError):  # a TOML date or time: fine for TOML, not for JSON
            return manifest
        self.manifests[str(path)] = {"stamp": stamp, "table": table}
        self.changed = True
        return manifest

    def write(self) -> None:
        """Best effort: a read-only or full cache folder only means the next start reads again."""
        target = entry_points_cache_file()
        partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
        self.manifests = {path: known for path, known in self.manifests.items() if os.path.exists(path)}
        data = {"version": self.VERSION, "installs": self.installs, "manifests": self.manifests}
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial.write_text(json.dumps(data), encoding="utf-8")
            os.replace(partial, target)
        except OSError as exc:
            log.debug("exhibit list not cached (%s): the next start reads the installed packages again", exc)
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
        self.changed = False


def package_folder(module: str) -> Path:
    """Where a package lives, found without executing it."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"package {module!r} not found; is it installed?")
    return Path(next(iter(spec.submodule_search_locations)))


def read_entry(exhibit_id: str, module: str, cache: _ExhibitCache | None = None) -> ExhibitEntry:
    """The exhibit's entry: its manifest, or why it is unavailable (logged)."""
    try:
        if cache is None:
            manifest = load_manifest(package_folder(module) / "manifest.toml")
        else:
            manifest = cache.manifest(cache.folder(module) / "manifest.toml")
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
    """All exhibits (or the enabled ones, in the configured order), each ok or with its error.

    ``modules`` (exhibit id -> package) replaces the installed entry points (tests, tools). Each
    manifest is parsed again only when its file changed (the cache folder keeps the last table)."""
    cache = _ExhibitCache.read()
    found = cache.modules(ENTRY_POINT_GROUP) if modules is None else dict(modules)
    enabled = tuple(enabled)
    if "all" in enabled:
        ids = sorted(found)
    else:
        ids = [i for i in enabled if i in found]
        for missing in (i for i in enabled if i not in found):
            log.error("exhibit %s is enabled in the configuration but not installed", missing)
    entries = [read_entry(i, found[i], cache) for i in ids]
    if cache.changed:
        cache.write()
    return entries


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
