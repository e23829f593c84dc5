"""The centre-managed settings: the form's fields, validation as kiosk.toml, versions, the audit.

A version is the whole set of managed settings for one station or for every station ('*'),
stored as ``{"ui": {...}, "exhibits": {...}, "camera": {...}}`` in ``station_settings``. It is
validated by ``kiosk.config.settings_from_mapping``, the function that reads kiosk.toml, so the
console refuses exactly what a station would refuse, with the same words. A refused version is
still stored, with its problem, so the history shows what was tried and why it was not taken
(stations never apply a version whose problem is set, nor one their own validation refuses).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from psycopg.types.json import Jsonb

from kiosk.config import LANGUAGES, WEEKDAYS, ConfigError, Settings, settings_from_mapping, unknown_problem
from kiosk.console.accounts import audit
from kiosk.registry import entry_point_modules

ALL_STATIONS = "*"


@dataclass(frozen=True)
class ManagedField:
    section: str
    key: str
    kind: str  # "list" (comma-separated, in order), "days" (check boxes), "choice", "number", "text"

    @property
    def dotted(self) -> str:
        return f"{self.section}.{self.key}"

    @property
    def form_name(self) -> str:
        return f"{self.section}__{self.key}"


#: What the centre manages, in the order of the form (issue 19).
FIELDS = (
    ManagedField("exhibits", "enabled", "list"),
    ManagedField("ui", "open_hours", "text"),
    ManagedField("ui", "closed_days", "days"),
    ManagedField("ui", "languages", "list"),
    ManagedField("ui", "default_language", "choice"),
    ManagedField("ui", "idle_timeout_s", "number"),
    ManagedField("ui", "countdown_s", "number"),
    ManagedField("camera", "source", "text"),
)
CHOICES = {"ui.default_language": LANGUAGES, "ui.closed_days": WEEKDAYS}


def defaults() -> dict[str, dict[str, Any]]:
    """The managed settings as a station has them with no kiosk.toml."""
    settings = Settings()
    out: dict[str, dict[str, Any]] = {}
    for f in FIELDS:
        value = getattr(settings.section(f.section), f.key)
        if isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, float) and value.is_integer():
            value = int(value)  # 90, as a person writes it, not 90.0
        out.setdefault(f.section, {})[f.key] = value
    return out


def _number(text: str) -> Any:
    """A number if the text is one; else the text itself, which validation then names."""
    text = text.strip()
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text


def from_form(form: Mapping[str, Any], getlist: Any) -> dict[str, dict[str, Any]]:
    """The mapping a posted form describes (not yet validated)."""
    out: dict[str, dict[str, Any]] = {}
    for f in FIELDS:
        if f.kind == "list":
            value: Any = [part.strip() for part in str(form.get(f.form_name, "")).replace("\n", ",").split(",")
                          if part.strip()]
        elif f.kind == "days":
            value = list(getlist(f.form_name))
        elif f.kind == "number":
            value = _number(str(form.get(f.form_name, "")))
        else:
            value = str(form.get(f.form_name, "")).strip()
        out.setdefault(f.section, {})[f.key] = value
    return out


def validate(mapping: Mapping[str, Any], target: str, exhibits: Collection[str] = ()) -> str:
    """'' when a station would take these settings, else its reason, as kiosk.toml's would read.

    With ``exhibits`` (the known exhibit ids), an exhibit list that names another exhibit is refused as well: a
    station would take it, and leave that exhibit out of its home screen without a word."""
    where = f"centre settings for {target}"
    try:
        settings = settings_from_mapping(mapping, source=Path(where))
    except ConfigError as exc:
        return str(exc)
    if exhibits:
        known = sorted(exhibits)
        for exhibit_id in settings.exhibits.enabled:
            if exhibit_id != "all" and exhibit_id not in exhibits:
                return unknown_problem(f"{where}: exhibits.enabled", exhibit_id, known, "exhibit")
    return ""


def known_exhibits(conn: Any, target: str) -> set[str]:
    """The exhibits a version for ``target`` may list: those of this installation of the kiosk,
    and those the target station (for '*': any station) said it has in its last heartbeat."""
    known = set(entry_point_modules())
    rows = conn.execute(
        "SELECT last_beat -> 'exhibits' FROM stations WHERE last_beat IS NOT NULL AND retired_at IS NULL"
        + ("" if target == ALL_STATIONS else " AND station_id = %s"),
        () if target == ALL_STATIONS else (target,),
    ).fetchall()
    for (reported,) in rows:
        if isinstance(reported, list):  # a station older than this check reports none
            known.update(str(exhibit_id) for exhibit_id in reported)
    return known


def current(conn: Any, target: str) -> tuple[dict[str, dict[str, Any]], int | None]:
    """The newest valid version for a target (its own, else '*' for a station, else the defaults)."""
    for station in (target, ALL_STATIONS) if target != ALL_STATIONS else (ALL_STATIONS,):
        row = conn.execute(
            "SELECT id, settings FROM station_settings WHERE station_id = %s AND problem IS NULL"
            " ORDER BY id DESC LIMIT 1", (station,)
        ).fetchone()
        if row:
            merged = defaults()
            for section, values in (row[1] or {}).items():
                if isinstance(values, dict):
                    merged.setdefault(section, {}).update(values)
            return merged, row[0]
    return defaults(), None


def changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """'section.key' -> [before, after] for each managed value that differs."""
    out = {}
    for f in FIELDS:
        old = before.get(f.section, {}).get(f.key)
        new = after.get(f.section, {}).get(f.key)
        if old != new:
            out[f.dotted] = [old, new]
    return out


def save(conn: Any, target: str, mapping: dict[str, dict[str, Any]], username: str) -> tuple[int, str]:
    """Store a version (refused ones too, with their problem) and its audit line; (id, problem)."""
    problem = validate(mapping, target, known_exhibits(conn, target))
    before, _ = current(conn, target)
    with conn.transaction():
        version = conn.execute(
            "INSERT INTO station_settings(station_id, settings, created_by, problem) VALUES (%s, %s, %s, %s)"
            " RETURNING id",
            (target, Jsonb(mapping), username, problem or None),
        ).fetchone()[0]
        audit(conn, username, "settings.refused" if problem else "settings.change",
              target=target, version=version, changes=changes(before, mapping), problem=problem or None)
    return version, problem


def field_names() -> list[str]:
    return [f.dotted for f in FIELDS]

