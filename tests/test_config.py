"""Configuration: defaults, where the file comes from, and errors a person can act on."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import typing

import pytest

from kiosk.config import (
    QT_TIMER_MAX_MS,
    SECTIONS,
    ConfigError,
    describe,
    load_settings,
    settings_from_mapping,
)


def write(tmp_path, text, name="kiosk.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_key_has_a_default_so_no_file_is_needed():
    settings = load_settings()
    assert settings.source_file is None
    assert settings.ui.default_language == "lv"
    assert settings.ui.languages == ("lv", "en", "ru")
    assert settings.ui.idle_timeout_s == 90
    assert settings.exhibits.enabled == ("all",)
    assert all(origin == "default" for _, _, origin, _ in describe(settings))


def test_cli_path_wins_over_environment_and_user_file(tmp_path, monkeypatch):
    cli = write(tmp_path, '[station]\nid = "from-cli"\n', "cli.toml")
    env = write(tmp_path, '[station]\nid = "from-env"\n', "env.toml")
    user = tmp_path / "config-home" / "vizium-kiosk" / "kiosk.toml"
    user.parent.mkdir(parents=True)
    user.write_text('[station]\nid = "from-user"\n')
    assert load_settings().station.id == "from-user"
    monkeypatch.setenv("VIZIUM_CONFIG", str(env))
    assert load_settings().station.id == "from-env"
    settings = load_settings(cli)
    assert settings.station.id == "from-cli"
    assert settings.origins["station.id"] == str(cli)
    assert settings.origins["station.name"] == "default"


def test_values_are_typed_and_immutable(tmp_path):
    settings = load_settings(write(tmp_path, "[ui]\nidle_timeout_s = 30\nfullscreen = false\n"))
    assert settings.ui.idle_timeout_s == 30.0 and isinstance(settings.ui.idle_timeout_s, float)
    with pytest.raises(AttributeError):
        settings.ui.fullscreen = True  # type: ignore[misc]


def test_overrides_from_the_command_line():
    settings = settings_from_mapping({}, overrides={"camera.source": "synthetic"})
    assert settings.camera.source == "synthetic"
    assert settings.origins["camera.source"] == "command line"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[ui]\nidle_timout_s = 3\n", "unknown key 'ui.idle_timout_s'. Did you mean 'ui.idle_timeout_s'?"),
        ("[uii]\nx = 1\n", "unknown section 'uii'. Did you mean 'ui'?"),
        ('[ui]\nidle_timeout_s = "soon"\n', "ui.idle_timeout_s must be a number, found 'soon'"),
        ("[ui]\nfullscreen = 1\n", "ui.fullscreen must be true or false, found 1"),
        ('[ui]\ndefault_language = "de"\n', "valid values are ['lv', 'en', 'ru']"),
        ('[ui]\nlanguages = ["lv", "fr"]\n', "ui.languages has ['fr']"),
        ("[ui]\nidle_timeout_s = 0\n", "it must be at least 1"),
        ('[ui]\nlanguages = ["en"]\n', "the default language must be one of the offered languages"),
        ("[ui\nx = 1\n", "not valid TOML"),
        ("ui = 3\n", "[ui] must be a table of settings"),
        # Values the old validation let through and the kiosk then crashed on (issue 13).
        ('[station]\ntimezone = "Mars/Olympus"\n', "station.timezone is 'Mars/Olympus'; it must be a time zone"),
        ('[station]\ntimezone = "europe/riga"\n', "Did you mean 'Europe/Riga'?"),
        ("[ui]\nidle_timeout_s = 1e12\n", "ui.idle_timeout_s is 1000000000000.0; it must be at most"),
        ("[ui]\nidle_timeout_s = nan\n", "ui.idle_timeout_s must be a number, found nan"),
        ("[ui]\ncountdown_s = inf\n", "ui.countdown_s must be a number, found inf"),
        ("[sync]\ninterval_s = 9223372036854775807\n", "sync.interval_s is 9223372036854775807; it must be at most"),
        ('[station]\nid = ""\n', "station.id is ''; it must be 1 to 64 letters"),
        ('[station]\nid = "hall:2"\n', "station.id is 'hall:2'"),
        ('[station]\nsite = "../x"\n', "station.site is '../x'"),
        ('[station]\nname = "a\\u0000b"\n', "station.name must not contain control characters"),
        ('[storage]\npath = "~nobody-here-x/data"\n', "storage.path is '~nobody-here-x/data'"),
        ('[camera]\nsource = "rtsp://x"\n', "camera.source is 'rtsp://x'; valid values are"),
        ('[ui]\nlanguages = ["lv", "lv"]\n', "ui.languages names 'lv' twice"),
        ("[ui]\ncountdown_s = 123456789012345678901234567890\n", "it must be at most 600"),
        ("x = " + "[" * 50_000, "nested too deeply"),
    ],
)
def test_bad_configuration_says_file_key_and_what_is_valid(tmp_path, text, expected):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    assert str(path) in str(caught.value)
    assert expected in str(caught.value)


#: Time settings by the unit in their name, in milliseconds (Qt timers count in int32 milliseconds).
TIME_UNITS_MS = {"_ms": 1, "_s": 1000, "_min": 60_000}


def test_every_number_is_bounded_and_every_time_fits_a_qt_timer():
    for section, cls in SECTIONS.items():
        hints = typing.get_type_hints(cls)
        for f in dataclasses.fields(cls):
            if hints[f.name] not in (int, float):
                continue
            key = f"{section}.{f.name}"
            assert "min" in f.metadata and "max" in f.metadata, f"{key} needs a min and a max"
            for suffix, unit_ms in TIME_UNITS_MS.items():
                if f.name.endswith(suffix):
                    assert f.metadata["max"] * unit_ms <= QT_TIMER_MAX_MS, f"{key}: max overflows a Qt timer"


def test_syntax_error_names_line_and_column(tmp_path):
    path = write(tmp_path, '[station]\nid = "a"\nname = \n')
    with pytest.raises(ConfigError, match=r"line 3, column 8"):
        load_settings(path)


def test_missing_and_unreadable_files(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.toml")
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings(tmp_path)  # a folder, not a file
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings(binary)


def test_cli_exits_with_code_2_and_no_traceback_on_bad_config(tmp_path):
    path = write(tmp_path, "[ui]\nidle_timout_s = 3\n")
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--config", str(path), "config", "show"],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=60,
    )
    assert done.returncode == 2
    assert "Did you mean 'ui.idle_timeout_s'" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("command", [["run"], ["doctor"], ["config", "show"]])
def test_a_setting_that_would_crash_the_kiosk_stops_every_command_with_exit_2(tmp_path, command):
    """`kiosk run` crash-looped (exit 70) on a time zone that config show and doctor accepted."""
    path = write(tmp_path, '[station]\ntimezone = "Mars/Olympus"\n')
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--config", str(path), *command],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 2
    assert f"{path}: station.timezone is 'Mars/Olympus'" in done.stderr
    assert "Traceback" not in done.stderr


def test_config_show_lists_values_and_where_they_came_from(tmp_path):
    path = write(tmp_path, '[station]\nid = "hall-2"\n')
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--config", str(path), "config", "show"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0
    line = next(row for row in done.stdout.splitlines() if row.startswith("station.id"))
    assert '"hall-2"' in line and str(path) in line
    assert "# default" in next(row for row in done.stdout.splitlines() if row.startswith("ui.countdown_s"))


# -- [hub] (issue 15) ------------------------------------------------------------------------------


def test_no_hub_by_default_and_the_round_interval_is_bounded(tmp_path, monkeypatch):
    monkeypatch.delenv("VIZIUM_HUB_DSN", raising=False)
    settings = load_settings()
    assert settings.hub.dsn == "" and settings.hub.sync_interval_s == 60 and settings.hub.heartbeat_s == 60
    for text, expected in [
        ("[hub]\nsync_interval_s = 1\n", "hub.sync_interval_s is 1; it must be at least 10"),
        ("[hub]\nsync_interval_s = 10000000\n", "hub.sync_interval_s is 10000000; it must be at most"),
        ('[hub]\ndsn = 5\n', "hub.dsn must be text"),
    ]:
        with pytest.raises(ConfigError, match=expected):
            load_settings(write(tmp_path, text))


def test_the_environment_names_the_hub_above_the_file_and_config_show_says_so(tmp_path, monkeypatch):
    path = write(tmp_path, '[hub]\ndsn = "postgresql://kiosk@file-host/vizium"\n')
    monkeypatch.delenv("VIZIUM_HUB_DSN", raising=False)
    settings = load_settings(path)
    assert settings.hub.dsn == "postgresql://kiosk@file-host/vizium"
    assert settings.origins["hub.dsn"] == str(path)
    env = os.environ | {"VIZIUM_HUB_DSN": "postgresql://kiosk:hunter2@env-host/vizium"}
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--config", str(path), "config", "show"],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert done.returncode == 0
    line = next(row for row in done.stdout.splitlines() if row.startswith("hub.dsn"))
    assert "env-host" in line and "# $VIZIUM_HUB_DSN" in line
    assert "hunter2" not in done.stdout
    monkeypatch.setenv("VIZIUM_HUB_DSN", "host=env-host password='a b' dbname=vizium")
    settings = load_settings(path)
    assert settings.hub.dsn.startswith("host=env-host") and settings.origins["hub.dsn"] == "$VIZIUM_HUB_DSN"
    assert "a b" not in dict((k, v) for k, v, _, _ in describe(settings))["hub.dsn"]
    override = load_settings(path, {"hub.dsn": "postgresql://cli-host/v"})
    assert override.hub.dsn == "postgresql://cli-host/v" and override.origins["hub.dsn"] == "command line"
