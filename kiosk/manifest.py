"""Exhibit manifests: what an exhibit offers, read from manifest.toml without importing its code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.toml_files import read_toml

SUBJECTS = (
    "physics", "mathematics", "computing", "biology", "chemistry", "astronomy", "engineering",
    "energy", "artificial_intelligence", "online_safety",
)
LANGUAGES = ("lv", "en", "ru")
TEXT_TABLES = ("title", "summary", "instruction", "learning_goal")
_ID = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
_WIDGET = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")


class ManifestError(ValueError):
    """A manifest that cannot be used; the message names the file and the key."""

    def __init__(self, path: Path | str, key: str, problem: str) -> None:
        self.path, self.key, self.problem = Path(path), key, problem
        super().__init__(f"{path}: {key}: {problem}" if key else f"{path}: {problem}")


@dataclass(frozen=True)
class Manifest:
    """An exhibit's static description (DESIGN.md section 3)."""

    id: str
    version: str
    subject: str
    ages: tuple[int, int]
    needs_camera: bool
    icon: str
    widget: str
    title: dict[str, str]
    summary: dict[str, str]
    instruction: dict[str, str]
    learning_goal: dict[str, str]
    folder: Path

    def text(self, table: str, language: str) -> str:
        """A translated text from one of the manifest's language tables."""
        values: dict[str, str] = getattr(self, table)
        return values.get(language) or values["en"]

    @property
    def icon_path(self) -> Path:
        return self.folder / self.icon

    @property
    def assets(self) -> Path:
        return self.folder / "assets"

    @property
    def age_hint(self) -> str:
        low, high = self.ages
        return f"{low}+" if high >= 99 else f"{low}–{high}"


def load_manifest(path: Path) -> Manifest:
    """Read and validate a manifest.toml; raise ManifestError naming the file and key."""
    data = read_toml(
        path, "manifest", lambda problem: ManifestError(path, "", problem),
        if_missing="every exhibit needs a manifest.toml",
    )
    return parse_manifest(data, path)


def parse_manifest(data: dict[str, Any], path: Path) -> Manifest:
    def need(key: str, kind: type | tuple[type, ...], what: str) -> Any:
        if key not in data:
            raise ManifestError(path, key, f"missing; expected {what}")
        value = data[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ManifestError(path, key, f"expected {what}, found {value!r}")
        return value

    exhibit_id = need("id", str, "a lower-case id such as 'pendulum'")
    if not _ID.match(exhibit_id):
        raise ManifestError(path, "id", f"{exhibit_id!r} must be lower-case letters, digits and _")
    version = need("version", str, "a version text such as '1.0'")
    subject = need("subject", str, f"one of {', '.join(SUBJECTS)}")
    if subject not in SUBJECTS:
        raise ManifestError(path, "subject", f"unknown subject {subject!r}; use one of {', '.join(SUBJECTS)}")
    ages = need("ages", list, "[min, max] ages, e.g. [7, 99]")
    if (
        len(ages) != 2
        or not all(isinstance(a, int) and not isinstance(a, bool) for a in ages)
        or not 0 <= ages[0] <= ages[1]
    ):
        raise ManifestError(path, "ages", f"expected [min, max] whole numbers with min <= max, found {ages!r}")
    needs_camera = need("needs_camera", bool, "true or false")
    icon = need("icon", str, "the icon file name, e.g. 'icon.svg'")
    if not (path.parent / icon).is_file():
        raise ManifestError(path, "icon", f"file {icon!r} not found beside the manifest")
    widget = need("widget", str, "'module:Class', e.g. 'widget:PendulumExhibit'")
    if not _WIDGET.match(widget):
        raise ManifestError(path, "widget", f"expected 'module:Class', found {widget!r}")
    tables = {}
    for table in TEXT_TABLES:
        values = need(table, dict, "a table with lv, en and ru texts")
        for language in LANGUAGES:
            text = values.get(language)
            if not isinstance(text, str) or not text.strip():
                raise ManifestError(path, f"{table}.{language}", "missing or empty; every text needs lv, en and ru")
        extra = set(values) - set(LANGUAGES)
        if extra:
            raise ManifestError(path, f"{table}.{sorted(extra)[0]}", f"unknown language; use {', '.join(LANGUAGES)}")
        tables[table] = dict(values)
    known = {"id", "version", "subject", "ages", "needs_camera", "icon", "widget", *TEXT_TABLES}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ManifestError(path, unknown[0], f"unknown key; known keys are {', '.join(sorted(known))}")
    return Manifest(
        id=exhibit_id,
        version=version,
        subject=subject,
        ages=(ages[0], ages[1]),
        needs_camera=needs_camera,
        icon=icon,
        widget=widget,
        folder=path.parent,
        **tables,
    )
