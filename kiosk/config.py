"""Station configuration: one TOML file, typed and immutable, every key with a default.

The file is found in this order: ``--config PATH``, ``$VIZIUM_CONFIG``, then the platform's
user config folder. No file is needed: the embedded defaults run a demo station.
Each section is a frozen dataclass; later parts of the kiosk add their own sections to
``SECTIONS`` and get validation, error messages and ``kiosk config show`` for free.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import math
import os
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk import paths
from kiosk.toml_files import read_toml

LANGUAGES = ("lv", "en", "ru")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: Ids that become part of NGSI-LD entity ids (``urn:ngsi-ld:...:<site>:<station>:...``, where ":"
#: separates the parts) and of file names: ASCII letters, digits, "-" and "_", no dots or slashes.
IDENTIFIER = r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}"
IDENTIFIER_HELP = "1 to 64 letters, digits, '-' or '_' (no spaces, dots, colons or slashes), e.g. 'hall-1'"

#: Qt timers take a signed 32-bit count of milliseconds (about 24.8 days); every time setting's
#: maximum stays far below it (tests/test_config.py checks each one).
QT_TIMER_MAX_MS = 2**31 - 1


class ConfigError(Exception):
    """A configuration problem a person can fix; the message says where and how."""


def _spec(default: Any, help: str, **rules: Any) -> Any:
    """A settings field with its help text and validation rules.

    Rules: ``min`` and ``max`` (every number has both), ``choices``, ``each_in`` and
    ``allow_empty`` (lists), ``pattern`` (a regular expression the whole text must match), and
    ``kind`` (a check in ``KIND_CHECKS``: timezone, path, camera_source, open_hours). The
    property tests derive their generated settings from these rules.
    """
    if isinstance(default, list | dict):
        raise TypeError("use tuples for sequence defaults; settings are immutable")
    return field(default=default, metadata={"help": help, **rules})


@dataclass(frozen=True)
class StationSettings:
    id: str = _spec("kiosk-1", "Unique id of this screen within the site, used in KPI entity ids.", pattern=IDENTIFIER)
    name: str = _spec("VIZIUM kiosk", "Human name shown to staff.")
    site: str = _spec("vizium", "Site id (the science centre), used in KPI entity ids.", pattern=IDENTIFIER)
    timezone: str = _spec("Europe/Riga", "Time zone for local days in statistics.", kind="timezone")


@dataclass(frozen=True)
class UiSettings:
    languages: tuple[str, ...] = _spec(LANGUAGES, "Languages offered to visitors, in button order.", each_in=LANGUAGES)
    default_language: str = _spec("lv", "Language after each idle reset.", choices=LANGUAGES)
    idle_timeout_s: float = _spec(90.0, "Seconds without a touch before the countdown.", min=1, max=3600)
    countdown_s: float = _spec(15.0, "Length of the 'Are you still there?' countdown.", min=1, max=600)
    fullscreen: bool = _spec(True, "Full screen and frameless (a station) or windowed.")
    hide_cursor: bool = _spec(True, "Hide the mouse cursor (touch stations).")
    staff_gate_taps: int = _spec(5, "Taps in the top-left corner that open the PIN pad.", min=2, max=20)
    staff_gate_window_s: float = _spec(3.0, "Time in which the staff-gate taps must fall.", min=0.5, max=60)
    open_hours: str = _spec(
        "", "Opening hours, e.g. 10:00-18:00; outside them the screen shows 'closed'. Empty: always open.",
        kind="open_hours",
    )
    closed_days: tuple[str, ...] = _spec(
        (), 'Weekdays the centre is closed all day, e.g. ["monday"].', each_in=WEEKDAYS, allow_empty=True
    )
    screen_diagonal_in: float = _spec(
        43.0, "Diagonal of the station's screen in inches: the screen audit checks touch targets in millimetres.",
        min=7, max=120,
    )


@dataclass(frozen=True)
class StorageSettings:
    path: str = _spec("", "Data folder; empty means the platform's user data folder.", kind="path")
    max_pending_writes: int = _spec(
        100_000, "Writes kept in memory while the disk is unavailable; beyond, the oldest wait in a spill file.",
        min=100, max=10_000_000
    )
    min_free_mb: int = _spec(
        200, "kiosk doctor warns when the data folder's disk has less free space (MB).", min=0, max=1_000_000
    )


@dataclass(frozen=True)
class ExhibitsSettings:
    enabled: tuple[str, ...] = _spec(("all",), 'Exhibit ids shown on the home screen, in order, or ["all"].')


@dataclass(frozen=True)
class CameraSettings:
    source: str = _spec(
        "auto", "auto, device:N, file:PATH or synthetic; auto falls back to the demo source.", kind="camera_source"
    )
    width: int = _spec(1280, "Requested capture width in pixels.", min=160, max=7680)
    height: int = _spec(720, "Requested capture height in pixels.", min=120, max=4320)
    fps: int = _spec(30, "Requested frames per second.", min=1, max=240)
    mirror: bool = _spec(True, "Show the image mirrored, as visitors expect of a screen.")


@dataclass(frozen=True)
class ProgrammesSettings:
    after_school_days: tuple[str, ...] = _spec(
        ("tuesday", "thursday"), "Weekdays with after-school programme sessions.", each_in=WEEKDAYS
    )
    session_length_min: int = _spec(
        90, "Planned length of a programme session; it ends itself after.", min=10, max=24 * 60
    )
    retention_months: int = _spec(
        24, "Participant records unseen this long are removed (aggregates kept).", min=1, max=120
    )
    catalogue: str = _spec("", "Programme catalogue file; empty means the centre's built-in catalogue.", kind="path")


@dataclass(frozen=True)
class StatsSettings:
    min_cell: int = _spec(5, "Breakdown cells with fewer people are suppressed or merged.", min=1, max=1000)
    targets_file: str = _spec("", "KPI targets file staff can edit; empty means the built-in targets.", kind="path")


SINKS = ("file", "ngsi-ld", "postgres")


@dataclass(frozen=True)
class SyncSettings:
    sink: str = _spec("file", "Where KPI totals go: file, ngsi-ld or postgres.", choices=SINKS)
    folder: str = _spec("", "File sink: folder for NGSI-LD JSON files; empty means <data>/outbox.", kind="path")
    url: str = _spec("", "NGSI-LD sink: the broker's base URL, e.g. https://broker.example/")
    tenant: str = _spec("", "NGSI-LD sink: NGSILD-Tenant header, if the broker uses tenants.")
    token_file: str = _spec("", "NGSI-LD sink: file holding the bearer token (never logged).", kind="path")
    dsn: str = _spec("", "PostgreSQL sink: connection string, e.g. postgresql://kpi@host/city")
    interval_s: int = _spec(900, "Seconds between sync attempts while the kiosk runs.", min=10, max=7 * 86400)


@dataclass(frozen=True)
class HubSettings:
    dsn: str = _spec(
        "", "Centre database (PostgreSQL) all stations share, e.g. postgresql://kiosk@hub/vizium; "
        "empty means no hub (a single kiosk). $VIZIUM_HUB_DSN overrides it."
    )
    sync_interval_s: int = _spec(60, "Seconds between hub replication rounds while the kiosk runs.", min=10, max=86400)
    heartbeat_s: int = _spec(60, "Seconds between the station's heartbeats to the hub.", min=10, max=3600)


SECTIONS: dict[str, type] = {
    "station": StationSettings,
    "ui": UiSettings,
    "storage": StorageSettings,
    "exhibits": ExhibitsSettings,
    "camera": CameraSettings,
    "programmes": ProgrammesSettings,
    "stats": StatsSettings,
    "sync": SyncSettings,
    "hub": HubSettings,
}

#: Settings an environment variable overrides (above the file, below the command line), so that a
#: secret such as the hub's password need not sit in the configuration file.
ENVIRONMENT: dict[str, str] = {"hub.dsn": "VIZIUM_HUB_DSN"}

#: Settings the centre manages from the hub (issue 19): a station with a hub takes these from the
#: newest station_settings version it accepted; every other setting stays with its own file.
CENTRE_MANAGED = (
    "exhibits.enabled", "ui.languages", "ui.default_language", "ui.open_hours", "ui.closed_days",
    "ui.idle_timeout_s", "ui.countdown_s", "camera.source",
)
#: The last settings version from the hub this station accepted, in its data folder: a restart
#: with the hub away still runs it (kiosk.hub.settings_sync writes it).
CENTRE_SETTINGS_FILE = "hub-settings.json"


@dataclass(frozen=True)
class Settings:
    """The effective configuration of one kiosk process."""

    station: StationSettings = field(default_factory=StationSettings)
    ui: UiSettings = field(default_factory=UiSettings)
    storage: StorageSettings = field(default_factory=StorageSettings)
    exhibits: ExhibitsSettings = field(default_factory=ExhibitsSettings)
    camera: CameraSettings = field(default_factory=CameraSettings)
    programmes: ProgrammesSettings = field(default_factory=ProgrammesSettings)
    stats: StatsSettings = field(default_factory=StatsSettings)
    sync: SyncSettings = field(default_factory=SyncSettings)
    hub: HubSettings = field(default_factory=HubSettings)
    #: Where the settings were read from, or None for the embedded defaults.
    source_file: Path | None = None
    #: "section.key" -> where that value came from ("default", a file path, an override).
    origins: Mapping[str, str] = field(default_factory=dict)
    #: The hub's settings version in effect (None: none), and the settings without it, so that the
    #: next version starts again from the station's own file.
    centre_version: int | None = None
    before_centre: Settings | None = field(default=None, repr=False, compare=False)

    @property
    def data_dir(self) -> Path:
        return Path(self.storage.path).expanduser() if self.storage.path else paths.default_data_dir()

    @property
    def database_path(self) -> Path:
        return self.data_dir / "kiosk.db"

    def section(self, name: str) -> Any:
        return getattr(self, name)

    def replace(self, **sections: Any) -> Settings:
        """A copy with whole sections swapped (used by tests and command-line overrides)."""
        return dataclasses.replace(self, **sections)

    def exhibit_enabled(self, exhibit_id: str) -> bool:
        enabled = self.exhibits.enabled
        return "all" in enabled or exhibit_id in enabled


def find_config_file(cli_path: str | os.PathLike[str] | None = None) -> tuple[Path | None, str]:
    """The config file to read and how it was chosen (cli, env, user), or (None, 'default')."""
    if cli_path:
        return Path(cli_path), "--config"
    env = os.environ.get("VIZIUM_CONFIG")
    if env:
        return Path(env), "$VIZIUM_CONFIG"
    user = paths.user_config_file()
    if user.is_file():
        return user, "user config"
    return None, "default"


def load_settings(
    cli_path: str | os.PathLike[str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Read, validate and return the settings; raise ConfigError with a helpful message."""
    path, _how = find_config_file(cli_path)
    raw: dict[str, Any] = {}
    if path is not None:
        raw = _read_toml(path)
    settings = settings_from_mapping(raw, source=path, overrides=overrides, environment=os.environ)
    return with_last_centre_settings(settings, overrides)


def centre_origin(version: int) -> str:
    """How `kiosk config show` names a value the hub set."""
    return f"hub (version {version})"


def with_centre_settings(settings: Settings, version: int, values: Mapping[str, Any],
                         keep: Mapping[str, Any] | None = None) -> Settings:
    """The settings with a hub version's centre-managed values over the station's own file.

    Checked with the rules and messages of kiosk.toml; raises ConfigError saying what is wrong
    (the station then keeps what it runs). A value in ``keep`` ("section.key", the command line's
    overrides) stays as it is.
    """
    base = without_centre_settings(settings)
    where = centre_origin(version)
    if not isinstance(values, Mapping):
        raise ConfigError(f"{where}: the settings must be a table of sections, found {values!r}.")
    sections: dict[str, Any] = {}
    origins = dict(base.origins)
    for name, table in values.items():
        if name not in SECTIONS:
            raise ConfigError(unknown_problem(where, name, list(SECTIONS), "section"))
        if not isinstance(table, Mapping):
            raise ConfigError(f"{where}: [{name}] must be a table of settings, found {table!r}.")
        known = {f.name: f for f in dataclasses.fields(SECTIONS[name])}
        for key, value in table.items():
            dotted = f"{name}.{key}"
            if key not in known:
                raise ConfigError(unknown_problem(where, dotted, [f"{name}.{k}" for k in known], "key"))
            if dotted not in CENTRE_MANAGED:
                raise ConfigError(f"{where}: {dotted} is not managed from the centre; it is set in the station's "
                                  f"own configuration file. The centre manages {', '.join(CENTRE_MANAGED)}.")
            checked = _check(where, name, known[key], value)
            if dotted in (keep or {}):
                continue
            sections.setdefault(name, {})[key] = checked
            origins[dotted] = where
    built = {name: dataclasses.replace(base.section(name), **changed) for name, changed in sections.items()}
    ui = built.get("ui", base.ui)
    if ui.default_language not in ui.languages:
        raise ConfigError(
            f"{where}: ui.default_language is {ui.default_language!r} but ui.languages is "
            f"{list(ui.languages)}; the default language must be one of the offered languages."
        )
    return dataclasses.replace(base, **built, origins=origins, centre_version=version, before_centre=base)


def without_centre_settings(settings: Settings) -> Settings:
    """The settings with every value the hub set back to the station's own (sections swapped since,
    such as a demo run's data folder, are kept)."""
    before = settings.before_centre
    if before is None:
        return settings
    origins = dict(settings.origins)
    sections: dict[str, dict[str, Any]] = {}
    for dotted in CENTRE_MANAGED:
        if origins.get(dotted, "").startswith("hub ("):
            name, _, key = dotted.partition(".")
            sections.setdefault(name, {})[key] = getattr(before.section(name), key)
            origins[dotted] = before.origins.get(dotted, "default")
    built = {name: dataclasses.replace(settings.section(name), **values) for name, values in sections.items()}
    return dataclasses.replace(settings, **built, origins=origins, centre_version=None, before_centre=None)


def with_last_centre_settings(settings: Settings, keep: Mapping[str, Any] | None = None) -> Settings:
    """With a hub configured: the settings with the last hub version this station accepted, if any.

    A file that cannot be read or no longer fits the station's own file is passed over with a
    warning: the station then runs on its own settings until the hub sends a version again.
    """
    if not settings.hub.dsn:
        return settings
    path = settings.data_dir / CENTRE_SETTINGS_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return settings
    except OSError as exc:
        logging.getLogger(__name__).warning("cannot read the hub's last settings %s: %s", path, exc)
        return settings
    try:
        import json  # only when the centre's settings were saved here: not for most starts

        saved = json.loads(text)
        return with_centre_settings(settings, int(saved["version"]), saved["settings"], keep)
    except (ValueError, KeyError, TypeError, ConfigError) as exc:
        logging.getLogger(__name__).warning("the hub's last settings in %s are not used: %s", path, exc)
        return settings


def settings_from_mapping(
    raw: Mapping[str, Any],
    source: Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    environment: Mapping[str, str] | None = None,
) -> Settings:
    """Validate a parsed TOML document (then ``ENVIRONMENT`` variables found in ``environment``,
    then "section.key" overrides) into Settings."""
    where = str(source) if source else "<defaults>"
    origins: dict[str, str] = {}
    built: dict[str, Any] = {}
    for name in raw:
        if name not in SECTIONS:
            raise ConfigError(unknown_problem(where, name, list(SECTIONS), "section"))
        if not isinstance(raw[name], Mapping):
            raise ConfigError(f"{where}: [{name}] must be a table of settings, found {raw[name]!r}.")
    grouped_overrides: dict[str, dict[str, Any]] = {}
    for dotted, value in (overrides or {}).items():
        section_name, _, key = dotted.partition(".")
        grouped_overrides.setdefault(section_name, {})[key] = value
    for name, cls in SECTIONS.items():
        values: dict[str, Any] = {}
        known = {f.name: f for f in dataclasses.fields(cls)}
        for key, value in raw.get(name, {}).items():
            if key not in known:
                raise ConfigError(unknown_problem(where, f"{name}.{key}", [f"{name}.{k}" for k in known], "key"))
            values[key] = _check(where, name, known[key], value)
            origins[f"{name}.{key}"] = where
        for dotted, variable in ENVIRONMENT.items():
            section_name, _, key = dotted.partition(".")
            if section_name == name and (environment or {}).get(variable):
                values[key] = _check(f"${variable}", name, known[key], (environment or {})[variable])
                origins[dotted] = f"${variable}"
        for key, value in grouped_overrides.get(name, {}).items():
            if key not in known:
                raise ConfigError(unknown_problem("override", f"{name}.{key}", [f"{name}.{k}" for k in known], "key"))
            values[key] = _check("command line", name, known[key], value)
            origins[f"{name}.{key}"] = "command line"
        for key in known:
            origins.setdefault(f"{name}.{key}", "default")
        built[name] = cls(**values)
    ui: UiSettings = built["ui"]
    if ui.default_language not in ui.languages:
        raise ConfigError(
            f"{where}: ui.default_language is {ui.default_language!r} but ui.languages is "
            f"{list(ui.languages)}; the default language must be one of the offered languages."
        )
    return Settings(**built, source_file=source, origins=origins)


def parse_open_hours(text: str) -> tuple[dt.time, dt.time]:
    """'10:00-18:00' -> (opening, closing); raises ValueError saying what is wrong."""
    try:
        start_text, end_text = (part.strip() for part in text.split("-"))
        start, end = dt.time.fromisoformat(start_text), dt.time.fromisoformat(end_text)
    except ValueError:
        raise ValueError("write it as HH:MM-HH:MM, e.g. 10:00-18:00") from None
    if not start < end:
        raise ValueError("the opening time must be before the closing time")
    return start, end


def describe(settings: Settings) -> list[tuple[str, Any, str, str]]:
    """Rows of (key, value, origin, help) for `kiosk config show`."""
    rows = []
    for name, cls in SECTIONS.items():
        section = settings.section(name)
        for f in dataclasses.fields(cls):
            key = f"{name}.{f.name}"
            value = getattr(section, f.name)
            if f.name == "dsn":  # shown on screens and pasted into tickets: never the password
                value = without_password(value)
            rows.append((key, value, settings.origins.get(key, "default"), f.metadata.get("help", "")))
    return rows


def without_password(dsn: str) -> str:
    """A PostgreSQL connection string (URL or key=value form) with its password masked."""
    dsn = re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", dsn)
    return re.sub(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", r"\1***", dsn)


def _read_toml(path: Path) -> dict[str, Any]:
    return read_toml(
        path, "configuration file", lambda problem: ConfigError(f"{path}: {problem}."),
        if_missing="check the path, or omit it to use the defaults",
    )


def unknown_problem(where: str, key: str, known: list[str], what: str) -> str:
    """``where: unknown <what> 'key'.`` with the closest known name, or the known names."""
    import difflib  # a suggestion for a mistyped setting: only when there is one

    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    hint = f" Did you mean {close[0]!r}?" if close else f" Known: {', '.join(known)}."
    return f"{where}: unknown {what} {key!r}.{hint}"


def _type_name(tp: Any) -> str:
    if tp in (float,):
        return "a number"
    return {str: "text", int: "a whole number", bool: "true or false"}.get(tp, "a list of text")


def _timezone_problem(value: str) -> str | None:
    import zoneinfo  # stdlib; loaded here so that modules that never validate do not pay for it

    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        zones = {zone.lower(): zone for zone in zoneinfo.available_timezones()}
        import difflib

        close = difflib.get_close_matches(value.lower(), list(zones), n=1, cutoff=0.6)
        hint = f" Did you mean {zones[close[0]]!r}?" if close else ""
        return f"it must be a time zone from the IANA database, e.g. 'Europe/Riga' or 'UTC'.{hint}"
    return None


def _path_problem(value: str) -> str | None:
    try:
        Path(value).expanduser()
    except RuntimeError:  # "~someone/..." for a user this machine does not know
        return "its home folder (~...) is unknown on this machine; write the full path"
    return None


def _camera_source_problem(value: str) -> str | None:
    from kiosk.camera_source import SPEC_HELP, SourceSpecError, parse_source_spec

    try:
        parse_source_spec(value)
    except SourceSpecError:
        return f"valid values are {SPEC_HELP}"
    return None


def _open_hours_problem(value: str) -> str | None:
    if not value:
        return None  # always open
    try:
        parse_open_hours(value)
    except ValueError as exc:
        return str(exc)
    return None


#: Checks for text settings with a meaning: kind -> function(value) -> what is wrong, or None.
KIND_CHECKS: dict[str, typing.Callable[[str], str | None]] = {
    "timezone": _timezone_problem,
    "path": _path_problem,
    "camera_source": _camera_source_problem,
    "open_hours": _open_hours_problem,
}

#: Control characters (NUL, newlines, escapes) have no place in a setting: a NUL breaks every file
#: name and a newline would forge lines in logs and files.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _check_text(where: str, key: str, value: str, meta: Mapping[str, Any]) -> None:
    if _CONTROL.search(value):
        raise ConfigError(f"{where}: {key} must not contain control characters (tab, new line, NUL ...), "
                          f"found {value!r}.")
    pattern = meta.get("pattern")
    if pattern and not re.fullmatch(pattern, value, re.ASCII):
        raise ConfigError(f"{where}: {key} is {value!r}; it must be {IDENTIFIER_HELP}."
                          if pattern == IDENTIFIER else f"{where}: {key} is {value!r}; it must match {pattern}.")
    kind = meta.get("kind")
    problem = KIND_CHECKS[kind](value) if kind else None
    if problem:
        raise ConfigError(f"{where}: {key} is {value!r}; {problem}.")


def _has_type(value: Any, tp: Any) -> bool:
    whole = isinstance(value, int) and not isinstance(value, bool)
    if tp is float:  # nan and inf are no length of time
        return whole or (isinstance(value, float) and math.isfinite(value))
    if tp is int:
        return whole
    return isinstance(value, tp)


def _check(where: str, section: str, f: dataclasses.Field[Any], value: Any) -> Any:
    key = f"{section}.{f.name}"
    hints = typing.get_type_hints(SECTIONS[section])
    tp = hints[f.name]
    meta = f.metadata
    origin = typing.get_origin(tp)
    if origin is tuple:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: {key} must be a list of text, found {value!r}.")
        value = tuple(value)
        for item in value:
            _check_text(where, key, item, meta)
        twice = next((v for i, v in enumerate(value) if v in value[:i]), None)
        if twice is not None:
            raise ConfigError(f"{where}: {key} names {twice!r} twice; list each value once.")
        allowed = meta.get("each_in")
        if allowed:
            bad = [v for v in value if v not in allowed]
            if bad or (not value and not meta.get("allow_empty")):
                raise ConfigError(f"{where}: {key} has {bad or 'nothing'}; valid values are {list(allowed)}.")
        return value
    if isinstance(tp, types.UnionType):
        tp = next(a for a in typing.get_args(tp) if a is not type(None))
    if not _has_type(value, tp):
        raise ConfigError(f"{where}: {key} must be {_type_name(tp)}, found {value!r}.")
    if tp is str:
        _check_text(where, key, value, meta)
    if "choices" in meta and value not in meta["choices"]:
        raise ConfigError(f"{where}: {key} is {value!r}; valid values are {list(meta['choices'])}.")
    if "min" in meta and value < meta["min"]:
        raise ConfigError(f"{where}: {key} is {value!r}; it must be at least {meta['min']}.")
    if "max" in meta and value > meta["max"]:
        raise ConfigError(f"{where}: {key} is {value!r}; it must be at most {meta['max']}.")
    # Converted only now: a whole number too large for a float has been refused above.
    return float(value) if tp is float else value
