"""`kiosk sync` and `kiosk sync status` as staff and technicians run them."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.journal import Journal
from kiosk.store import Store
from tests.sync.conftest import FakeClock, hold_session, play_day
from tests.sync.ngsi_ld_testserver import Behaviour

DAY = dt.date(2025, 3, 4)


@pytest.fixture
def station(tmp_path: Path) -> Path:
    """A station config whose database holds two days of visits and a programme session."""
    data = tmp_path / "station"
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[storage]\npath = "{data}"\n[station]\nid = "kiosk-7"\n', encoding="utf-8")
    clock = FakeClock()
    with Store(data / "kiosk.db", batch_window_s=0) as store:
        journal = Journal(store, "kiosk-7", clock=clock)
        for offset in range(2):
            play_day(journal, clock, DAY + dt.timedelta(days=offset), visits=12)
        hold_session(store, journal, clock, DAY)
    return config


def sync(config: Path, *args: str) -> int:
    return main(["--config", str(config), "sync", *args])


def status_json(config: Path, capsys) -> dict:
    capsys.readouterr()
    assert sync(config, "status", "--json") == 0
    return json.loads(capsys.readouterr().out)


def test_sync_to_a_usb_folder_then_status(station, tmp_path, capsys):
    usb = tmp_path / "usb"
    assert sync(station, "--folder", str(usb)) == 0
    out = capsys.readouterr().out
    assert "Sent" in out and str(usb) in out
    written = list(usb.glob("kpi-vizium-kiosk-7-*.jsonld"))
    assert written and all(json.loads(p.read_text()) for p in written)
    status = status_json(station, capsys)
    assert status["station"] == "kiosk-7" and status["entities"] > 0
    (usb_target,) = [t for t in status["targets"] if t["address"] == str(usb)]
    assert (usb_target["queued"], usb_target["sent"], usb_target["parked"]) == (0, status["entities"], 0)
    assert usb_target["last_success_at"]
    # The configured default (the data folder's outbox) has received nothing yet.
    default = [t for t in status["targets"] if t["address"].endswith("outbox")]
    assert default and default[0]["queued"] == status["entities"]
    assert sync(station, "status") == 0
    text = capsys.readouterr().out
    assert "queued 0" in text and f"sent {status['entities']}" in text and "Station kiosk-7" in text


def test_dry_run_writes_and_sends_nothing(station, tmp_path, capsys):
    usb = tmp_path / "usb"
    assert sync(station, "--dry-run", "--folder", str(usb)) == 0
    out = capsys.readouterr().out
    assert "Dry run: nothing is written or sent." in out and "Example entity:" in out
    assert "urn:ngsi-ld:KeyPerformanceIndicator:vizium:kiosk-7:" in out
    assert not usb.exists()
    assert status_json(station, capsys)["entities"] == 0


def test_an_unreachable_broker_exits_3_and_keeps_everything_queued(station, broker, capsys):
    broker.stop()
    assert sync(station, "--url", broker.url, "--wait", "0") == 3
    err = capsys.readouterr().err
    assert "not reachable" in err and "the kiosk keeps trying" in err
    (target,) = [t for t in status_json(station, capsys)["targets"] if t["kind"] == "ngsi-ld"]
    assert target["sent"] == 0 and target["queued"] > 0 and "cannot connect" in target["last_error"]
    assert target["next_attempt_at"]


def test_sync_to_a_broker_with_a_tenant(station, broker, capsys):
    assert sync(station, "--url", broker.url, "--tenant", "ventspils") == 0
    stored = broker.state.entities("ventspils")
    # The station's daily cells, and (no hub: the kiosk is its own centre) its period entities.
    assert stored and all(":kiosk-7:" in eid or re.search(r":\d{4}(-\d{2})?$", eid) for eid in stored)
    assert f"Sent {len(stored)} entities" in capsys.readouterr().out


def test_refused_entities_exit_1_and_can_be_sent_again(station, broker, capsys):
    broker.state.default = Behaviour("status", 422, body={"title": "Unprocessable", "detail": "unit unknown"})
    assert sync(station, "--url", broker.url) == 1
    assert "parked urn:ngsi-ld:KeyPerformanceIndicator:vizium:kiosk-7:" in capsys.readouterr().out
    broker.state.default = Behaviour()
    assert sync(station, "--url", broker.url) == 0  # parked ones wait for a fix ...
    assert not broker.state.entities()
    assert sync(station, "--url", broker.url, "--retry-parked") == 0  # ... and staff send them again
    assert broker.state.entities()


def test_settings_problems_exit_2_with_the_key(station, tmp_path, capsys):
    assert sync(station, "--sink", "postgres") == 2
    assert "sync.dsn is empty" in capsys.readouterr().err
    assert sync(station, "--url", "broker-without-scheme") == 2
    assert "sync.url is 'broker-without-scheme'" in capsys.readouterr().err
    config = tmp_path / "token.toml"
    config.write_text(station.read_text() + f'[sync]\nsink = "ngsi-ld"\nurl = "https://b.example/"\n'
                      f'token_file = "{tmp_path / "missing-token"}"\n', encoding="utf-8")
    assert sync(config) == 2
    assert "sync.token_file" in capsys.readouterr().err
    assert sync(station, "--wait", "-1") == 2


def test_no_database_yet(tmp_path, capsys):
    config = tmp_path / "empty.toml"
    config.write_text(f'[storage]\npath = "{tmp_path / "nothing"}"\n', encoding="utf-8")
    assert sync(config) == 1
    assert "No database" in capsys.readouterr().err
