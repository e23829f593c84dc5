"""Settings from the centre in a real kiosk (issue 19): a version reaches the right station at its
next idle reset and not before; the hub away changes nothing on the floor."""

from __future__ import annotations

import json
from dataclasses import replace

import psycopg
import pytest
from PySide6.QtCore import QObject

from kiosk.config import settings_from_mapping
from kiosk.hub.station_link import StationLink
from kiosk.ui.app import build_kiosk
from tests.hub.conftest import hub_rows

SAMPLES = "tests.fixtures.sample_exhibits"
MODULES = {name: f"{SAMPLES}.{name}" for name in ("tapper", "faulty_start")}


def publish(dsn, station_id, settings):
    with psycopg.connect(dsn) as conn:
        return conn.execute(
            "INSERT INTO station_settings(station_id, settings, created_by)"
            " VALUES (%s, %s::jsonb, 'test') RETURNING id",
            (station_id, json.dumps(settings)),
        ).fetchone()[0]


def kiosk_settings(tmp_path, station_id, dsn):
    settings = settings_from_mapping({
        "station": {"id": station_id}, "storage": {"path": str(tmp_path / station_id)}, "hub": {"dsn": dsn},
    })
    return settings.replace(ui=replace(settings.ui, idle_timeout_s=0.3, countdown_s=0.4))  # a quick idle reset


@pytest.fixture
def kiosk_b(qtbot, tmp_path, hub_dsn):
    built = build_kiosk(kiosk_settings(tmp_path, "b", hub_dsn), modules=MODULES)
    built.window.resize(1280, 720)
    built.window.show()
    qtbot.waitExposed(built.window)
    station = built.window.findChild(QObject, "hub-station")
    assert station is not None, "a kiosk with a hub links to it"
    assert station.link.stop(timeout_s=10)  # the test exchanges by hand, one tick at a time
    yield built, station
    built.close()


def test_a_settings_change_reaches_the_right_station_at_its_next_idle_reset_and_not_before(
        qtbot, hub_dsn, kiosk_b, make_station, tmp_path):
    kiosk, station = kiosk_b
    window = kiosk.window
    others = {name: StationLink(s.store, kiosk_settings(tmp_path, name, hub_dsn)) for name, s in
              (("a", make_station("a", folder="a-data")), ("c", make_station("c", folder="c-data")))}
    window.start_visit()  # a visitor is at station b
    version = publish(hub_dsn, "b", {
        "ui": {"languages": ["en", "ru"], "default_language": "en", "countdown_s": 2},
        "exhibits": {"enabled": ["tapper"]},
    })
    assert station.link.tick(), station.link.last_error
    assert station.centre.has_pending
    station.apply_if_between_visits()  # mid-visit: nothing changes under the visitor's hands
    assert window.settings.centre_version is None and window.visit_id is not None
    assert set(window.home.languages.buttons) == {"lv", "en", "ru"}
    assert set(window.home.tiles) == {"tapper", "faulty_start"}
    qtbot.waitUntil(lambda: window.current_screen() == "attract", timeout=10_000)  # the idle reset
    assert window.settings.centre_version == version
    assert set(window.home.languages.buttons) == set(window.host.languages.buttons) == {"en", "ru"}
    assert window.language == "en" and window.countdown.countdown_s == 2
    assert list(window.home.tiles) == ["tapper"]
    assert station.link.tick()
    assert hub_rows(hub_dsn, "SELECT settings_applied FROM stations WHERE station_id = 'b'") == [(version,)]
    kiosk.services.store.flush()
    (event,) = kiosk.services.store.query("SELECT detail FROM app_events WHERE kind = 'hub.settings_applied'")
    assert json.loads(event["detail"]) == {"version": version}
    for link in others.values():  # the version was for b alone
        assert link.tick()
        assert not link.centre.has_pending and link.centre.applied_version is None
    window.start_visit()  # the next visitor sees the new languages
    assert window.current_screen() == "home" and window.language == "en"


def test_a_station_waiting_between_visitors_takes_a_version_without_a_visit(hub_dsn, kiosk_b):
    kiosk, station = kiosk_b
    window = kiosk.window
    assert window.current_screen() == "attract" and window.visit_id is None
    version = publish(hub_dsn, "*", {"ui": {"open_hours": "00:00-23:59", "idle_timeout_s": 42}})
    assert station.link.tick()
    window.staff_menu.open()
    station.apply_if_between_visits()
    assert window.settings.centre_version is None  # staff are at the screen: later
    window.staff_menu.close_overlay()
    station.apply_if_between_visits()
    assert window.settings.centre_version == version
    assert window.idle.timer.interval() == 42_000 and window.closed.open_hours == "00:00-23:59"


def test_a_kiosk_whose_hub_is_away_runs_as_ever(qtbot, tmp_path):
    kiosk = build_kiosk(kiosk_settings(tmp_path, "d", f"host={tmp_path} port=1 dbname=x"), modules=MODULES)
    try:
        station = kiosk.window.findChild(QObject, "hub-station")
        assert not station.link.tick() and "cannot reach the hub" in station.link.last_error
        kiosk.window.start_visit()
        kiosk.window.open_exhibit("tapper")
        assert kiosk.window.current_screen() == "exhibit-host"
    finally:
        kiosk.close()
    assert not station.link.running  # stopped with the kiosk


def test_the_beat_tells_the_camera_state_of_the_last_camera_activity():
    from kiosk.camera.pipeline import PipelineStats
    from kiosk.ui.hub_station import CameraWatch

    class Pipeline:
        running = True
        stats = PipelineStats(status="camera lost", source="device:0", capture_fps=14.96)

    class Feed:
        def __init__(self):
            self.pipeline = Pipeline()

    watch = CameraWatch()
    assert watch.summary() is None  # no camera activity ran
    feed = watch.wrap(Feed)()
    assert watch.summary() == {"state": "lost", "status": "camera lost", "fps": 15.0, "running": True,
                               "source": "device:0"}
    del feed  # the activity ended and its pipeline is gone: the last state stays, not running
    assert watch.summary()["running"] is False and watch.summary()["state"] == "lost"
