"""One way to read a TOML file whose problems a person must fix: the message names the file and what to do."""

from __future__ import annotations

import pytest

from kiosk.toml_files import read_toml, read_toml_if_present


class SettingError(ValueError):
    pass


def error_for(path):
    return lambda problem: SettingError(f"{path}: {problem}")


def test_a_good_file_reads_as_a_table(tmp_path):
    path = tmp_path / "good.toml"
    path.write_text('[station]\nid = "hall-1"\n', encoding="utf-8")
    assert read_toml(path, "settings file", error_for(path)) == {"station": {"id": "hall-1"}}


def test_a_missing_file_says_what_to_check(tmp_path):
    path = tmp_path / "missing.toml"
    with pytest.raises(SettingError, match=r"missing\.toml: KPI targets file not found; check \[stats\] targets_file"):
        read_toml(path, "KPI targets file", error_for(path), if_missing="check [stats] targets_file")
    assert read_toml_if_present(path, "careers file", error_for(path)) is None


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xff\xfe\x00bad", r"cannot read the settings file \(UnicodeDecodeError"),
        (b"[ui\nx = 1\n", r"not valid TOML: .*\(at line 1, column 4\)"),
        (b"x = " + b"[" * 50_000, "not valid TOML: arrays or tables nested too deeply"),
    ],
)
def test_a_broken_file_names_the_problem(tmp_path, content, expected):
    path = tmp_path / "broken.toml"
    path.write_bytes(content)
    for read in (read_toml, read_toml_if_present):
        with pytest.raises(SettingError, match=expected) as raised:
            read(path, "settings file", error_for(path))
        assert str(raised.value).startswith(str(path))
        assert raised.value.__cause__ is None  # a message for a person, not a chained traceback


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(SettingError, match="cannot read the settings file"):
        read_toml(tmp_path, "settings file", error_for(tmp_path))
