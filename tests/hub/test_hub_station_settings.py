"""Settings from the centre (issue 19): the right version reaches the right station, a bad one is
refused with the messages of kiosk.toml, and the last good one survives a restart with the hub away."""

from __future__ import annotations

import json

import psycopg
import pytest

from kiosk.config import CENTRE_SETTINGS_FILE, describe, load_settings
from kiosk.hub.station_link import StationLink
from tests.hub.conftest import hub_rows


def station_config(tmp_path, station_id, dsn, **sections):
    """A station's kiosk.toml, as a file (what `kiosk run` and `kiosk config show` read)."""
    path = tmp_path / f"{station_id}.toml"
    lines = [f'[station]\nid = "{station_id}"\n', f'[storage]\npath = "{tmp_path / station_id}"\n',
             f'[hub]\ndsn = "{dsn}"\n']
    for name, table in sections.items():
        lines.append(f"[{name}]\n" + "".join(f"{key} = {json.dumps(value)}\n" for key, value in table.items()))
    path.write_text("".join(lines), encoding="utf-8")
    return path


def publish(dsn, station_id, settings, problem=None, by="test"):
    with psycopg.connect(dsn) as conn:
        return conn.execute(
            "INSERT INTO station_settings(station_id, settings, created_by, problem)"
            " VALUES (%s, %s::jsonb, %s, %s) RETURNING id",
            (station_id, json.dumps(settings), by, problem),
        ).fetchone()[0]


def link_for(station, config):
    return StationLink(station.store, load_settings(config), clock=station.clock, beat_clock=station.clock)


@pytest.fixture
def three(hub_dsn, make_station, tmp_path):
    stations = {name: make_station(name) for name in ("a", "b", "c")}
    links = {name: link_for(s, station_config(tmp_path, name, hub_dsn, ui={"open_hours": "10:00-18:00"}))
             for name, s in stations.items()}
    return links


def test_a_version_reaches_its_station_and_one_for_all_the_others(hub_dsn, three):
    for_all = publish(hub_dsn, "*", {"ui": {"open_hours": "09:00-17:00"}})
    for_b = publish(hub_dsn, "b", {"ui": {"open_hours": "12:00-20:00", "idle_timeout_s": 45},
                                   "exhibits": {"enabled": ["waves", "pendulum"]}})
    newer_for_all = publish(hub_dsn, "*", {"ui": {"open_hours": "08:00-16:00"}})
    for link in three.values():
        assert link.tick(), link.last_error
    taken = {name: link.centre.take_pending() for name, link in three.items()}
    assert taken["b"].centre_version == for_b  # its own wins over the newer one for all
    assert taken["b"].ui.open_hours == "12:00-20:00" and taken["b"].ui.idle_timeout_s == 45
    assert taken["b"].exhibits.enabled == ("waves", "pendulum")
    assert taken["a"].centre_version == taken["c"].centre_version == newer_for_all != for_all
    assert taken["a"].ui.open_hours == "08:00-16:00"
    assert taken["a"].exhibits.enabled == ("all",)  # what a version leaves out stays the station's own
    for link in three.values():
        assert link.tick()
    assert hub_rows(hub_dsn, "SELECT station_id, settings_applied, settings_problem FROM stations ORDER BY 1") == [
        ("a", newer_for_all, None), ("b", for_b, None), ("c", newer_for_all, None)]


def test_a_version_that_fails_validation_is_refused_and_the_station_keeps_the_old_one(hub_dsn, three):
    a = three["a"]
    good = publish(hub_dsn, "a", {"ui": {"open_hours": "09:00-17:00"}})
    assert a.tick()
    assert a.centre.take_pending().centre_version == good
    bad = publish(hub_dsn, "a", {"ui": {"open_hours": "18:00-09:00", "countdown_s": 5}})
    assert a.tick()
    assert a.centre.take_pending() is None
    assert a.centre.running.centre_version == good and a.centre.running.ui.open_hours == "09:00-17:00"
    ((applied, problem),) = hub_rows(hub_dsn, "SELECT settings_applied, settings_problem FROM stations")
    assert applied == good
    # The message kiosk.toml would give, naming the version as the place to fix.
    assert problem == (f"hub (version {bad}): ui.open_hours is '18:00-09:00'; "
                       "the opening time must be before the closing time.")
    assert a.tick()  # asked again: still refused, nothing new taken
    assert a.centre.take_pending() is None
    fixed = publish(hub_dsn, "a", {"ui": {"open_hours": "09:00-18:00"}})
    assert a.tick()
    assert a.centre.take_pending().centre_version == fixed
    assert a.tick()
    assert hub_rows(hub_dsn, "SELECT settings_applied, settings_problem FROM stations") == [(fixed, None)]


def test_only_the_centre_managed_settings_are_taken(hub_dsn, three):
    a = three["a"]
    publish(hub_dsn, "a", {"storage": {"path": "/somewhere/else"}})
    assert a.tick()
    assert a.centre.take_pending() is None
    problem = hub_rows(hub_dsn, "SELECT settings_problem FROM stations")[0][0]
    assert "storage.path is not managed from the centre" in problem


def test_a_version_the_console_refused_is_passed_over(hub_dsn, three):
    a = three["a"]
    good = publish(hub_dsn, "a", {"ui": {"countdown_s": 20}})
    publish(hub_dsn, "a", {"ui": {"countdown_s": 0}}, problem="ui.countdown_s is 0; it must be at least 1.")
    assert a.tick()
    assert a.centre.take_pending().centre_version == good


def test_the_last_good_version_survives_a_restart_with_the_hub_away(hub_dsn, make_station, tmp_path):
    a = make_station("a")
    config = station_config(tmp_path, "a", hub_dsn, ui={"open_hours": "10:00-18:00"})
    version = publish(hub_dsn, "a", {"ui": {"open_hours": "09:00-21:00", "languages": ["lv", "en"]},
                                     "camera": {"source": "synthetic"}})
    assert link_for(a, config).tick()
    assert (tmp_path / "a" / CENTRE_SETTINGS_FILE).is_file()
    # The station restarts while the hub is away: it runs what it accepted.
    away = station_config(tmp_path, "a", f"host={tmp_path} port=1 dbname=x", ui={"open_hours": "10:00-18:00"})
    settings = load_settings(away)
    assert settings.centre_version == version
    assert settings.ui.open_hours == "09:00-21:00" and settings.ui.languages == ("lv", "en")
    assert settings.camera.source == "synthetic"
    origins = {key: origin for key, _value, origin, _help in describe(settings)}
    assert origins["ui.open_hours"] == f"hub (version {version})"  # kiosk config show names the hub
    assert origins["ui.idle_timeout_s"] == "default" and origins["station.id"] == str(away)
    link = StationLink(a.store, settings, clock=a.clock)
    assert not link.tick()  # away: the beat is skipped, the settings stay
    assert link.centre.running.ui.open_hours == "09:00-21:00"


def test_the_command_line_wins_over_the_hub(hub_dsn, make_station, tmp_path):
    a = make_station("a")
    config = station_config(tmp_path, "a", hub_dsn)
    publish(hub_dsn, "a", {"ui": {"idle_timeout_s": 30, "countdown_s": 9}})
    assert link_for(a, config).tick()
    settings = load_settings(config, {"ui.idle_timeout_s": 300})
    assert settings.ui.idle_timeout_s == 300 and settings.ui.countdown_s == 9
    assert dict(settings.origins)["ui.idle_timeout_s"] == "command line"


def test_without_a_hub_the_saved_version_is_not_used(tmp_path):
    folder = tmp_path / "solo"
    folder.mkdir()
    (folder / CENTRE_SETTINGS_FILE).write_text(json.dumps({"version": 3, "settings": {"ui": {"countdown_s": 9}}}))
    config = tmp_path / "solo.toml"
    config.write_text(f'[storage]\npath = "{folder}"\n', encoding="utf-8")
    settings = load_settings(config)
    assert settings.centre_version is None and settings.ui.countdown_s == 15


def test_a_new_version_starts_again_from_the_station_file_and_keeps_later_changes(tmp_path):
    from dataclasses import replace

    from kiosk.config import settings_from_mapping, with_centre_settings

    own = settings_from_mapping({"ui": {"countdown_s": 12}, "storage": {"path": str(tmp_path / "x")}})
    first = with_centre_settings(own, 1, {"ui": {"countdown_s": 30, "idle_timeout_s": 50}})
    demo = first.replace(storage=replace(first.storage, path=str(tmp_path / "demo")))  # as `kiosk run --demo`
    second = with_centre_settings(demo, 2, {"ui": {"idle_timeout_s": 70}})
    assert second.ui.countdown_s == 12 and second.ui.idle_timeout_s == 70  # the first version's countdown is gone
    assert dict(second.origins)["ui.countdown_s"] == "<defaults>"
    assert second.storage.path == str(tmp_path / "demo")


def test_kiosk_config_show_names_the_hub_as_the_origin(hub_dsn, make_station, tmp_path, capsys):
    from kiosk.cli import main

    a = make_station("a")
    config = station_config(tmp_path, "a", hub_dsn, ui={"countdown_s": 20})
    version = publish(hub_dsn, "*", {"ui": {"open_hours": "09:00-17:00"}})
    assert link_for(a, config).tick()
    assert main(["--config", str(config), "config", "show"]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines() if not line.startswith("#")}
    assert '"09:00-17:00"' in lines["ui.open_hours"]
    assert lines["ui.open_hours"].endswith(f"# hub (version {version})")
    assert lines["ui.countdown_s"].endswith(f"# {config}")


def test_a_damaged_saved_version_is_passed_over_with_a_warning(tmp_path, caplog):
    config = station_config(tmp_path, "a", f"host={tmp_path} port=1 dbname=x", ui={"countdown_s": 20})
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / CENTRE_SETTINGS_FILE).write_text('{"version": 4, "settings": {"ui": ', encoding="utf-8")
    settings = load_settings(config)  # the station starts on its own settings
    assert settings.centre_version is None and settings.ui.countdown_s == 20
    assert "the hub's last settings" in caplog.text and CENTRE_SETTINGS_FILE in caplog.text


def test_a_version_the_disk_cannot_keep_still_runs_until_a_restart(hub_dsn, three, monkeypatch, caplog):
    import kiosk.hub.settings_sync as settings_sync

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings_sync, "save_last_good", disk_full)
    a = three["a"]
    version = publish(hub_dsn, "a", {"ui": {"countdown_s": 25}})
    assert a.tick()
    assert a.centre.take_pending().centre_version == version
    assert "cannot be kept" in caplog.text and "No space left" in caplog.text
