"""Demo data never reaches the city: a demo database knows it is one, and no sink sends from it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.journal import is_demo_database, mark_demo_database
from kiosk.store import Store
from kiosk.sync.runner import DemoDatabase, deliver
from kiosk.sync.scheduler import SyncScheduler
from kiosk.sync.service import SyncService
from tests.sync.conftest import JournalSource, play_day

DAY = dt.date(2025, 3, 4)


def test_both_demo_fillers_mark_the_database(tmp_path, settings):
    from kiosk.stats import demo
    from kiosk.store import connect, migrate

    plan = demo.DemoPlan(days=3, stations=("kiosk-1",), end=DAY, seed=1)
    with Store(tmp_path / "through-store" / "kiosk.db") as store:
        assert not is_demo_database(store.reader())
        demo.fill_store(store, plan)
        assert is_demo_database(store.reader())
    (tmp_path / "direct").mkdir()
    conn = connect(tmp_path / "direct" / "kiosk.db")
    migrate(conn)
    demo.write_demo(conn, plan)
    assert is_demo_database(conn)
    conn.close()


def test_a_station_database_is_not_a_demo(station_store):
    assert not is_demo_database(station_store.reader())


def test_no_sink_sends_from_a_demo_database(settings, station_store, station_journal, clock, tmp_path):
    play_day(station_journal, clock, DAY, visits=8)
    usb = tmp_path / "usb"
    service = SyncService(settings, station_store, source=JournalSource(station_store), clock=clock)
    service.scan()
    assert station_store.call(mark_demo_database).wait(10)
    with pytest.raises(DemoDatabase, match="demo data"):
        deliver(service.outbox, _file_sink(settings, usb, clock))
    with pytest.raises(DemoDatabase):
        service.deliver(force=True)
    assert not usb.exists() or not any(usb.iterdir())
    assert not list((Path(settings.data_dir) / "outbox").glob("*.jsonld"))


def test_the_kiosks_scheduler_says_why_and_keeps_running(settings, station_store, station_journal, clock):
    play_day(station_journal, clock, DAY, visits=3)
    assert station_store.call(mark_demo_database).wait(10)
    service = SyncService(settings, station_store, source=JournalSource(station_store), clock=clock)
    scheduler = SyncScheduler(service, 60, clock=clock, first_delay_s=0)
    scheduler.sync_now()
    scheduler.tick()
    assert "demo data" in (scheduler.last_problem or "")
    assert not list((Path(settings.data_dir) / "outbox").glob("*.jsonld"))


def test_kiosk_sync_refuses_a_demo_database_with_a_clear_message(tmp_path, capsys):
    data = tmp_path / "station"
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[storage]\npath = "{data}"\n', encoding="utf-8")
    assert main(["--config", str(config), "demo-data", "--days", "3"]) == 0
    capsys.readouterr()
    usb = tmp_path / "usb"
    for extra in ([], ["--dry-run"]):
        assert main(["--config", str(config), "sync", "--folder", str(usb), *extra]) == 4
        err = capsys.readouterr().err
        assert "holds demo data" in err and "nothing" in err.lower()
    assert not usb.exists() or not any(usb.iterdir())


def _file_sink(settings, folder, clock):
    from kiosk.sync.entities import StationIdentity
    from kiosk.sync.sinks import SinkChoice, make_sink

    return make_sink(SinkChoice(kind="file", folder=str(folder)), StationIdentity.from_settings(settings),
                     Path(settings.data_dir), clock=clock)


def test_doctor_says_when_the_database_holds_demo_data(tmp_path, capsys):
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[storage]\npath = "{tmp_path / "station"}"\n', encoding="utf-8")
    main(["--config", str(config), "doctor"])
    assert "Demo data" not in capsys.readouterr().out
    assert main(["--config", str(config), "demo-data", "--days", "2"]) == 0
    capsys.readouterr()
    main(["--config", str(config), "doctor"])
    assert "holds demo data" in capsys.readouterr().out
