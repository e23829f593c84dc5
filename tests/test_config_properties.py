"""Every settings file that validation accepts starts the kiosk (and passes through kiosk doctor);
every other file is a clear error.

The generated settings are derived from the settings dataclasses and their validation rules
(type, min/max, choices, each_in, pattern, kind; see kiosk.config._spec), so a new setting is
covered without touching this file. A new *kind* of setting needs one strategy below (a test
says so).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import io
import math
import os
import string
import tempfile
import typing
import zoneinfo
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, reject, settings
from hypothesis import strategies as st

from kiosk.config import KIND_CHECKS, SECTIONS, ConfigError, Settings, load_settings

#: Kiosk starts per run (each takes up to a few seconds); a deeper search before a release:
#: KIOSK_START_EXAMPLES=300 pytest tests/test_config_properties.py
START_EXAMPLES = int(os.environ.get("KIOSK_START_EXAMPLES", "15"))

#: Placeholder for the example's own temporary folder in generated paths.
TMP = "@TMP@"

#: Files and folders each example's temporary folder holds, so paths can point at all sorts.
PATH_VALUES = ("", f"{TMP}/missing/file.toml", f"{TMP}/garbage.bin", f"{TMP}/folder", "relative/nowhere.toml")

CAMERA_SOURCES = ("auto", "synthetic", "device:0", "device:/dev/video9", f"file:{TMP}/missing.avi",
                  f"file:{TMP}/garbage.bin")

#: Words worth trying in free text (lists of exhibit ids among them).
WORDS = ("all", "pendulum", "waves", "tapper", "no_such_exhibit", "", " ", "Ünïcødé ščž", "日本")


def _clock_times() -> st.SearchStrategy[str]:
    return st.times().map(lambda t: t.strftime("%H:%M"))


KIND_STRATEGIES: dict[str, st.SearchStrategy[str]] = {
    "timezone": st.sampled_from(sorted(zoneinfo.available_timezones())),
    "path": st.sampled_from(PATH_VALUES),
    "camera_source": st.sampled_from(CAMERA_SOURCES),
    "open_hours": st.one_of(
        st.just(""), st.lists(_clock_times(), min_size=2, max_size=2, unique=True).map(lambda t: "-".join(sorted(t)))
    ),
}

FREE_TEXT = st.one_of(st.sampled_from(WORDS), st.text(st.characters(exclude_categories=("Cc",)), max_size=30))


def outside_rules(hint: Any) -> st.SearchStrategy[Any]:
    """Anything of the setting's TOML type, whatever its rules say."""
    if hint is bool:
        return st.booleans()
    if hint is int:
        return st.integers()
    if hint is float:
        return st.one_of(st.floats(), st.integers())  # nan, inf, huge, negative ...
    if typing.get_origin(hint) is tuple:
        return st.lists(st.text(max_size=12), max_size=4)
    return st.text(max_size=30)


def within_rules(field: dataclasses.Field[Any], hint: Any) -> st.SearchStrategy[Any]:
    """Values within one setting's type and rules (validation may still refuse a few)."""
    meta = field.metadata
    if hint is bool:
        return st.booleans()
    if hint is int:
        return st.integers(meta["min"], meta["max"])
    if hint is float:
        return st.one_of(
            st.floats(meta["min"], meta["max"], allow_nan=False, allow_infinity=False),
            st.integers(math.ceil(meta["min"]), math.floor(meta["max"])),
        )
    if typing.get_origin(hint) is tuple:
        items = st.sampled_from(meta["each_in"]) if "each_in" in meta else FREE_TEXT
        least = 0 if meta.get("allow_empty") or "each_in" not in meta else 1
        return st.lists(items, min_size=least, max_size=6, unique=True)
    assert hint is str, f"no strategy for settings of type {hint}"
    if "choices" in meta:
        return st.sampled_from(meta["choices"])
    if "pattern" in meta:
        return st.from_regex(meta["pattern"], fullmatch=True)
    if "kind" in meta:
        return KIND_STRATEGIES[meta["kind"]]
    return FREE_TEXT


@st.composite
def settings_documents(draw: st.DrawFn) -> dict[str, dict[str, Any]]:
    """A TOML document within the schema (some sections, some keys each), and in about one
    document of three, one setting with any value of its type, whatever its rules say.

    That one value is there so that a rule that is loosened, or a new setting without the
    rules it needs (a time without a max ...), is caught: what validation lets through must
    start the kiosk.
    """
    document: dict[str, dict[str, Any]] = {}
    every_field = []
    for name, cls in SECTIONS.items():
        hints = typing.get_type_hints(cls)
        fields = {f.name: f for f in dataclasses.fields(cls)}
        every_field += [(name, key, hints[key]) for key in fields]
        chosen = draw(st.lists(st.sampled_from(list(fields)), unique=True))
        if chosen:
            document[name] = {key: draw(within_rules(fields[key], hints[key])) for key in chosen}
    if draw(st.integers(0, 2)) == 2:  # not 0: Hypothesis favours the simplest value
        name, key, hint = draw(st.sampled_from(every_field))
        document.setdefault(name, {})[key] = draw(outside_rules(hint))
    return document


# -- a small TOML writer (the standard library only reads TOML) ----------------------------------


def toml_string(text: str) -> str:
    escaped = []
    for char in text:
        if char in '"\\':
            escaped.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04x}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, dt.date | dt.time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{toml_string(k)} = {toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(value)


def toml_document(document: dict[str, Any]) -> str:
    lines = []
    for name, table in document.items():
        if isinstance(table, dict):
            lines.append(f"[{toml_string(name)}]")
            lines += [f"{toml_string(key)} = {toml_value(value)}" for key, value in table.items()]
        else:
            lines.insert(0, f"{toml_string(name)} = {toml_value(table)}")  # before any table
    return "\n".join(lines) + "\n"


def write_settings(folder: Path, document: dict[str, Any]) -> Path:
    (folder / "garbage.bin").write_bytes(b"\x00\xffnot a catalogue")
    (folder / "folder").mkdir(exist_ok=True)
    path = folder / "kiosk.toml"
    path.write_text(toml_document(document).replace(TMP, folder.as_posix()), encoding="utf-8")
    return path


# -- the properties -------------------------------------------------------------------------------


def test_every_kind_of_setting_has_a_strategy():
    assert set(KIND_STRATEGIES) == set(KIND_CHECKS), "add a strategy for the new kind of setting above"


@pytest.mark.slow
@settings(max_examples=START_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(document=settings_documents())
def test_every_accepted_settings_file_starts_the_kiosk(qtbot, document):
    from kiosk.doctor import run_checks
    from kiosk.ui.app import build_kiosk

    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        # The data folder is always a fresh one: this test is about every other setting.
        document.setdefault("storage", {})["path"] = (folder / "data").as_posix()
        try:
            loaded = load_settings(write_settings(folder, document))
        except ConfigError:
            reject()  # refused with a clear message: the loader properties below cover that
        assert run_checks(loaded, include_qt=False)  # doctor copes with it too
        kiosk = build_kiosk(loaded)
        try:
            kiosk.window.resize(800, 600)
            kiosk.window.show()
            qtbot.mouseClick(kiosk.window.attract, _left(), pos=kiosk.window.attract.rect().center())
            for _ in range(3):
                kiosk.app.processEvents()
            assert kiosk.faults.kiosk_errors == []
            assert kiosk.faults.qt_problems == []
        finally:
            kiosk.close()
            _delete_later_now()


def _delete_later_now() -> None:
    """Run the deferred deletes a real event loop would, so examples do not pile up windows."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


TOML_LEAVES = st.one_of(
    st.booleans(),
    st.integers(-(2**63), 2**63 - 1),
    st.integers(),  # beyond 64 bits: Python's reader takes them
    st.floats(),
    st.text(max_size=20),
    st.datetimes(),
    st.dates(),
    st.times(),
)
TOML_VALUES = st.recursive(
    TOML_LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def _names(fields: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(fields), st.text(string.ascii_letters + "_.", max_size=12))


@st.composite
def any_toml_documents(draw: st.DrawFn) -> dict[str, Any]:
    """Any TOML document, mostly with the real section and key names so values get checked."""
    document: dict[str, Any] = {}
    for section in draw(st.lists(_names(list(SECTIONS)), max_size=4, unique=True)):
        cls = SECTIONS.get(section)
        keys = [f.name for f in dataclasses.fields(cls)] if cls else ["x"]
        if draw(st.booleans()) or cls is None:
            document[section] = draw(st.dictionaries(_names(keys), TOML_VALUES, max_size=5))
        else:
            document[section] = draw(TOML_VALUES)
    return document


def load_or_config_error(path: Path) -> Settings | ConfigError:
    try:
        return load_settings(path)
    except ConfigError as exc:
        assert str(path) in str(exc)  # the message names the file
        return exc


def cli_config_show(path: Path) -> tuple[int, str]:
    from kiosk.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--config", str(path), "config", "show"])
    return code, err.getvalue()


@settings(max_examples=150, deadline=None)
@given(document=any_toml_documents())
@example(document={"ui": {"idle_timeout_s": 10**400}})  # once an OverflowError
@example(document={"ui": {"countdown_s": math.nan}, "station": {"timezone": "Mars/Olympus"}})
def test_any_toml_document_loads_or_is_a_clear_config_error(document):
    with tempfile.TemporaryDirectory() as folder_name:
        path = Path(folder_name) / "kiosk.toml"
        path.write_text(toml_document(document), encoding="utf-8")
        result = load_or_config_error(path)
        code, err = cli_config_show(path)
        assert code == (2 if isinstance(result, ConfigError) else 0)
        assert "Traceback" not in err


@settings(max_examples=100, deadline=None)
@example(data=b"x = " + b"[" * 50_000)  # once a RecursionError
@given(data=st.one_of(st.binary(max_size=200), st.text(max_size=200).map(lambda t: t.encode("utf-8", "replace"))))
def test_any_bytes_load_or_are_a_clear_config_error(data):
    with tempfile.TemporaryDirectory() as folder_name:
        path = Path(folder_name) / "kiosk.toml"
        path.write_bytes(data)
        result = load_or_config_error(path)
        code, err = cli_config_show(path)
        assert code == (2 if isinstance(result, ConfigError) else 0)
        assert "Traceback" not in err
