"""`kiosk privacy export CODE` and `kiosk hub sync` with a hub (issue 15): an access request gathers
the code's records from the hub when one is configured, says where they came from, and falls back
to the station's own records when the hub is away; a round by hand runs the hub's retention."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kiosk.cli import main
from kiosk.config import load_settings
from kiosk.journal import Journal
from kiosk.programmes import codes
from kiosk.programmes.catalogue import load_catalogue
from kiosk.programmes.service import ProgrammeService
from kiosk.store import Store
from tests.hub.conftest import hub_rows
from tests.sync.conftest import FakeClock

PUPIL = ("9-12", "female", "pupil")


def register_here(clock=None) -> str:
    """A pupil registered at this station (kiosk-1, the command's own database) in a session."""
    settings = load_settings()
    with Store(settings.database_path) as store:
        journal = Journal(store, settings.station.id, clock=clock) if clock else Journal(store, settings.station.id)
        service = ProgrammeService(store, journal, load_catalogue(), settings.programmes, clock=clock)
        session = service.open_session("ROBO-START")
        return service.register(*PUPIL, session_id=session.id).code


@pytest.fixture
def with_hub(isolated_environment, hub_dsn, monkeypatch):
    monkeypatch.setenv("VIZIUM_HUB_DSN", hub_dsn)
    return hub_dsn


def test_export_gathers_the_code_s_records_from_every_station(with_hub, make_station, capsys):
    code = register_here()
    assert main(["hub", "sync"]) == 0
    b = make_station("b")
    b.sync(with_hub)
    b.session("ROBO-START", returning=[code])
    b.sync(with_hub)
    capsys.readouterr()
    assert main(["privacy", "export", codes.display(code)]) == 0
    out, err = capsys.readouterr()
    records = json.loads(out)
    assert records["source"] == "centre" and "every station" in err
    assert sorted(visit["station"] for visit in records["centre"]["attendance"]) == ["b", "kiosk-1"]
    assert len(records["attendance"]) == 1  # this station's own, with the group label and badge
    # A code registered elsewhere and not yet taken down here: the centre still answers.
    stranger = b.session("ROBO-START", newcomers=[PUPIL])[0]
    b.sync(with_hub)
    assert main(["privacy", "export", stranger]) == 0
    assert json.loads(capsys.readouterr().out)["centre"]["participant"]["code"] == stranger


def test_export_with_the_hub_away_gives_the_station_s_records_and_says_so(isolated_environment, monkeypatch,
                                                                           capsys, tmp_path):
    code = register_here()
    monkeypatch.setenv("VIZIUM_HUB_DSN", f"host={tmp_path} port=1 dbname=x password=hunter2")
    assert main(["privacy", "export", code]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["source"] == "station"
    assert "this station's records only" in err and "hunter2" not in err + out


def test_a_round_by_hand_runs_the_hub_s_retention(with_hub, capsys):
    past = FakeClock(dt.datetime.now(dt.UTC) - dt.timedelta(days=30 * 31))
    code = register_here(past)
    assert main(["hub", "sync"]) == 0
    assert "retention at the hub 1" in capsys.readouterr().out
    assert hub_rows(with_hub, "SELECT count(*) FROM participants WHERE code = %s", (code,)) == [(0,)]
    assert hub_rows(with_hub, "SELECT age_band, gender, role, purged FROM participants") == [(*PUPIL, True)]
