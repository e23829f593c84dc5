"""`kiosk hub init | sync | status` as a staff member runs them."""

from __future__ import annotations

import json
import random

import pytest

from kiosk.cli import main
from tests.hub.conftest import hub_rows


@pytest.fixture
def station_config(tmp_path, monkeypatch):
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[station]\nid = "hall-2"\n[storage]\npath = "{tmp_path / "data"}"\n', encoding="utf-8")
    monkeypatch.setenv("VIZIUM_CONFIG", str(config))
    return config


def test_init_sync_and_status_from_the_command_line(pg_server, station_config, make_station, capsys, monkeypatch):
    dsn = pg_server.new_database()
    assert main(["hub", "--dsn", dsn, "init"]) == 0
    assert "schema version" in capsys.readouterr().out
    assert main(["hub", "--dsn", dsn, "init"]) == 0
    assert "up to date" in capsys.readouterr().out
    station = make_station("hall-2", folder="data")  # the configuration's data folder
    station.play(5, random.Random(2))
    station.store.close()
    monkeypatch.setenv("VIZIUM_HUB_DSN", dsn)
    assert main(["hub", "sync"]) == 0
    assert "sent 5 visits, 5 exhibit runs" in capsys.readouterr().out
    assert hub_rows(dsn, "SELECT count(*) FROM visits") == [(5,)]
    assert main(["hub", "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert [s["station_id"] for s in status["stations"]] == ["hall-2"]
    assert status["stations"][0]["visits"] == 5 and status["stations"][0]["waiting_up"] == 0
    assert main(["hub", "status"]) == 0
    assert "hall-2" in capsys.readouterr().out


def test_no_hub_configured_says_how_to_set_one(station_config, capsys, monkeypatch):
    monkeypatch.delenv("VIZIUM_HUB_DSN", raising=False)
    assert main(["hub", "status"]) == 2
    assert "VIZIUM_HUB_DSN" in capsys.readouterr().err


def test_an_unreachable_hub_exits_3_and_says_nothing_is_lost(station_config, tmp_path, capsys):
    assert main(["hub", "--dsn", f"host={tmp_path} port=1 dbname=x password=hunter2", "status"]) == 3
    err = capsys.readouterr().err
    assert "Nothing was lost" in err and "hunter2" not in err
