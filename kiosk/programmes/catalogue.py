"""The programme catalogue: the centre's STEM programmes as data (catalogue.toml beside this file).

Each ``[[programme]]`` has a code, a subject, a target group, tags, the number of sessions a
participant must attend to graduate, the exhibits a session offers, and a title and description
in every language. ``load_catalogue`` validates all of it; a problem raises CatalogueError naming
the file, the programme and the key, and saying what would be valid.
"""

from __future__ import annotations

import difflib
import json
import re
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.manifest import LANGUAGES, SUBJECTS
from kiosk.toml_files import read_toml

BUILT_IN = Path(__file__).with_name("catalogue.toml")

TARGET_GROUPS = ("children", "youth", "adults", "teachers")
#: Tags the kiosk's statistics understand; a typo would silently drop a programme from a KPI.
TAGS = ("after-school", "digital-skills", "workshop", "holiday-camp", "school-visit", "family")
CODE_PATTERN = re.compile(r"^[A-Z][A-Z0-9-]{1,15}$")
EXHIBIT_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
MAX_SESSIONS_TO_GRADUATE = 60

_KEYS = ("code", "subject", "target_group", "tags", "sessions_to_graduate", "exhibits", "title", "description")
_REQUIRED = ("code", "subject", "target_group", "sessions_to_graduate", "title", "description")


class CatalogueError(ValueError):
    """A catalogue problem a person can fix; the message names the file and the key."""


@dataclass(frozen=True)
class Programme:
    """One programme of the catalogue."""

    code: str
    subject: str
    target_group: str
    tags: tuple[str, ...]
    sessions_to_graduate: int
    exhibits: tuple[str, ...]
    title: Mapping[str, str]
    description: Mapping[str, str]

    def text(self, key: str, language: str) -> str:
        """The title or description in a language (English if that one is missing)."""
        table: Mapping[str, str] = getattr(self, key)
        return table.get(language) or table["en"]

    @property
    def digital_skills(self) -> bool:
        return "digital-skills" in self.tags

    @property
    def after_school(self) -> bool:
        return "after-school" in self.tags


@dataclass(frozen=True)
class Catalogue:
    """The programmes, in file order, and where they were read from."""

    programmes: tuple[Programme, ...]
    source: Path

    def __iter__(self) -> Iterator[Programme]:
        return iter(self.programmes)

    def __len__(self) -> int:
        return len(self.programmes)

    def get(self, code: str) -> Programme | None:
        return next((p for p in self.programmes if p.code == code), None)

    def __getitem__(self, code: str) -> Programme:
        programme = self.get(code)
        if programme is None:
            raise KeyError(f"no programme {code!r} in {self.source}")
        return programme

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(p.code for p in self.programmes)


def catalogue_path(configured: str = "") -> Path:
    """The catalogue file a ``[programmes] catalogue`` setting names (empty: the built-in one)."""
    return Path(configured).expanduser() if configured else BUILT_IN


def load_catalogue(path: str | Path | None = None) -> Catalogue:
    """Read and validate a catalogue file (the built-in one by default)."""
    source = Path(path) if path else BUILT_IN
    data = read_toml(
        source, "programme catalogue", lambda problem: CatalogueError(f"{source}: {problem}"),
        if_missing="check [programmes] catalogue",
    )
    return parse_catalogue(data, source)


def parse_catalogue(data: Mapping[str, Any], source: Path) -> Catalogue:
    """Validate a parsed catalogue document."""
    unknown = [key for key in data if key != "programme"]
    if unknown:
        raise CatalogueError(f"{source}: unknown top-level key {unknown[0]!r}; programmes go in [[programme]] tables")
    entries = data.get("programme")
    if not isinstance(entries, list) or not entries:
        raise CatalogueError(f"{source}: no programmes; add [[programme]] tables")
    programmes: list[Programme] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries, start=1):
        programme = _parse_programme(entry, source, index)
        if programme.code in seen:
            raise CatalogueError(
                f"{source}: programme {index} ({programme.code}): code {programme.code!r} is already used by programme "
                f"{seen[programme.code]}; codes must be unique"
            )
        seen[programme.code] = index
        programmes.append(programme)
    return Catalogue(tuple(programmes), source)


def _parse_programme(entry: Any, source: Path, index: int) -> Programme:
    where = f"{source}: programme {index}"
    if not isinstance(entry, Mapping):
        raise CatalogueError(f"{where}: must be a table of keys, found {entry!r}")
    code = entry.get("code")
    if isinstance(code, str):
        where = f"{where} ({code})"
    for key in entry:
        if key not in _KEYS:
            close = difflib.get_close_matches(key, _KEYS, n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(_KEYS)}"
            raise CatalogueError(f"{where}: unknown key {key!r}{hint}")
    for key in _REQUIRED:
        if key not in entry:
            raise CatalogueError(f"{where}: key {key!r} is missing")

    if not isinstance(code, str) or not CODE_PATTERN.match(code):
        raise CatalogueError(
            f"{where}: key 'code' must be 2-16 capital letters, digits or hyphens starting with a letter, "
            f"found {code!r}"
        )
    subject = _choice(entry, "subject", SUBJECTS, where)
    target_group = _choice(entry, "target_group", TARGET_GROUPS, where)
    tags = _string_list(entry, "tags", where)
    for tag in tags:
        if tag not in TAGS:
            close = difflib.get_close_matches(tag, TAGS, n=1, cutoff=0.6)
            hint = f"did you mean {close[0]!r}?" if close else f"known tags: {', '.join(TAGS)}"
            raise CatalogueError(f"{where}: key 'tags' has unknown tag {tag!r}; {hint}")
    sessions = entry["sessions_to_graduate"]
    if not isinstance(sessions, int) or isinstance(sessions, bool) or not 1 <= sessions <= MAX_SESSIONS_TO_GRADUATE:
        raise CatalogueError(
            f"{where}: key 'sessions_to_graduate' must be a whole number from 1 to {MAX_SESSIONS_TO_GRADUATE}, "
            f"found {sessions!r}"
        )
    exhibits = _string_list(entry, "exhibits", where)
    for exhibit_id in exhibits:
        if not EXHIBIT_ID_PATTERN.match(exhibit_id):
            raise CatalogueError(f"{where}: key 'exhibits' has {exhibit_id!r}, which is not an exhibit id")
    return Programme(
        code=code,
        subject=subject,
        target_group=target_group,
        tags=tuple(dict.fromkeys(tags)),
        sessions_to_graduate=sessions,
        exhibits=tuple(dict.fromkeys(exhibits)),
        title=_languages(entry, "title", where),
        description=_languages(entry, "description", where),
    )


def _choice(entry: Mapping[str, Any], key: str, allowed: tuple[str, ...], where: str) -> str:
    value = entry[key]
    if value not in allowed:
        raise CatalogueError(f"{where}: key {key!r} is {value!r}; use one of {', '.join(allowed)}")
    return str(value)


def _string_list(entry: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise CatalogueError(f"{where}: key {key!r} must be a list of text, found {value!r}")
    return list(value)


def _languages(entry: Mapping[str, Any], key: str, where: str) -> dict[str, str]:
    table = entry[key]
    if not isinstance(table, Mapping):
        raise CatalogueError(f"{where}: key {key!r} must be a table with {', '.join(LANGUAGES)}, found {table!r}")
    result = {}
    for language in LANGUAGES:
        text = table.get(language)
        if not isinstance(text, str) or not text.strip():
            raise CatalogueError(f"{where}: key '{key}.{language}' is missing or empty")
        result[language] = text.strip()
    extra = [lang for lang in table if lang not in LANGUAGES]
    if extra:
        raise CatalogueError(f"{where}: key '{key}.{extra[0]}' is not a language of the kiosk ({', '.join(LANGUAGES)})")
    return result


def upsert_programmes(conn: sqlite3.Connection, programmes: tuple[Programme, ...] | list[Programme]) -> None:
    """Bring the ``programmes`` table up to date with the catalogue (runs on the store's writer).

    Rows are updated or added, never deleted: past sessions keep pointing at their programme.
    """
    conn.executemany(
        "INSERT INTO programmes(code, subject, target_group, tags, sessions_to_graduate, title_lv, title_en, title_ru)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(code) DO UPDATE SET subject = excluded.subject, target_group = excluded.target_group,"
        " tags = excluded.tags, sessions_to_graduate = excluded.sessions_to_graduate,"
        " title_lv = excluded.title_lv, title_en = excluded.title_en, title_ru = excluded.title_ru",
        [
            (
                p.code,
                p.subject,
                p.target_group,
                json.dumps(list(p.tags)),
                p.sessions_to_graduate,
                p.title["lv"],
                p.title["en"],
                p.title["ru"],
            )
            for p in programmes
        ],
    )
