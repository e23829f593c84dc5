"""Running unattended: systemd watchdog, crash records, logs, opening hours, example configs."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.config import load_settings, settings_from_mapping
from kiosk.doctor import check_crashes
from kiosk.logs import LogFileLater, record_crash, setup_logging
from kiosk.schedule import is_open
from kiosk.sdnotify import Notifier, watchdog_interval_s
from kiosk.store import Store

EXAMPLES = sorted((Path(__file__).parents[2] / "packaging" / "examples").glob("*.toml"))


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_configurations_are_valid(path):
    settings = load_settings(path)
    assert settings.station.id and settings.source_file == path


def test_there_are_visitor_educator_and_camera_examples():
    assert {p.stem for p in EXAMPLES} >= {"visitor-station", "educator-station", "camera-station"}


def test_the_systemd_unit_restarts_and_watches_the_kiosk():
    unit = (Path(__file__).parents[2] / "packaging" / "linux" / "vizium-kiosk.service").read_text()
    for line in ("Type=notify", "NotifyAccess=all", "Restart=always", "WatchdogSec=", "ExecStart=/usr/bin/cage"):
        assert line in unit


@pytest.fixture
def notify_socket(tmp_path):
    path = tmp_path / "notify.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind(str(path))
    server.settimeout(0.2)
    yield path, server
    server.close()


def receive(server, until_s):
    messages, deadline = [], time.monotonic() + until_s
    while time.monotonic() < deadline:
        try:
            messages.append((time.monotonic(), server.recv(4096).decode()))
        except TimeoutError:
            continue
    return messages


def test_notifier_speaks_the_plain_protocol(notify_socket, monkeypatch):
    path, server = notify_socket
    notifier = Notifier(str(path))
    assert notifier.ready("station ready") and notifier.watchdog()
    assert server.recv(4096) == b"READY=1\nSTATUS=station ready"
    assert server.recv(4096) == b"WATCHDOG=1"
    assert not Notifier("").notify("READY=1")
    monkeypatch.setenv("WATCHDOG_USEC", "30000000")
    assert watchdog_interval_s() == 15
    monkeypatch.setenv("WATCHDOG_PID", "1")
    assert watchdog_interval_s() is None  # the watchdog is meant for another process


@pytest.mark.slow
def test_kiosk_sends_ready_and_watchdog_pings_that_stop_when_the_ui_freezes(notify_socket, tmp_path):
    path, server = notify_socket
    env = os.environ.copy()
    env.update(QT_QPA_PLATFORM="offscreen", NOTIFY_SOCKET=str(path), WATCHDOG_USEC="400000")
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", "--windowed", "--freeze-after", "4"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        started = time.monotonic()
        messages = receive(server, 9.0)
    finally:
        kiosk.kill()
        kiosk.wait(10)
    texts = [text for _, text in messages]
    assert texts and texts[0].startswith("READY=1")
    pings = [at - started for at, text in messages if text == "WATCHDOG=1"]
    assert len(pings) >= 5, texts
    frozen_from = max(pings[0] + 0.5, 6.5)  # the freeze starts 4 s after the event loop does
    assert not [t for t in pings if frozen_from <= t <= 9.0], "pings went on while the UI was frozen"


def test_a_crash_is_logged_and_recorded_and_doctor_reports_it(tmp_path, isolated_environment):
    settings = settings_from_mapping({"storage": {"path": str(tmp_path / "data")}})
    Store(settings.database_path).open().close()
    log_file = setup_logging(to_file=True)
    try:
        raise RuntimeError("the projector cable was pulled")
    except RuntimeError as exc:
        record_crash(exc, settings.database_path)
    assert "the projector cable was pulled" in log_file.read_text()
    check = check_crashes(settings)
    assert not check.ok and "projector cable" in check.detail and check.severity == "warning"


def test_log_file_rotates_with_a_size_cap(isolated_environment):
    import logging.handlers

    log_file = setup_logging(to_file=True)
    waiting = next(h for h in logging.getLogger().handlers if isinstance(h, LogFileLater))
    handler = waiting.file
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert handler.maxBytes == 2 * 1024 * 1024 and handler.backupCount == 5
    assert log_file.parent == Path(os.environ["VIZIUM_LOG_DIR"])
    logging.getLogger().removeHandler(waiting)
    waiting.close()


def at_riga(text):
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.timezone(dt.timedelta(hours=2)))


def test_opening_hours_and_closed_days():
    ui = settings_from_mapping({"ui": {"open_hours": "10:00-18:00", "closed_days": ["monday"]}}).ui
    assert is_open(ui, at_riga("2026-11-24T10:00"))  # Tuesday
    assert not is_open(ui, at_riga("2026-11-24T09:59"))
    assert not is_open(ui, at_riga("2026-11-24T18:00"))
    assert not is_open(ui, at_riga("2026-11-23T12:00"))  # Monday
    assert is_open(settings_from_mapping({}).ui, at_riga("2026-11-23T03:00"))  # no hours: always open


def test_window_shows_closed_card_outside_opening_hours(qtbot, tmp_path):
    from kiosk.ui.app import build_kiosk

    settings = settings_from_mapping({"storage": {"path": str(tmp_path / "d")}, "ui": {"open_hours": "10:00-18:00"}})
    kiosk = build_kiosk(settings, modules={"tapper": "tests.fixtures.sample_exhibits.tapper"})
    try:
        clock = {"now": at_riga("2026-11-24T12:00")}
        kiosk.window.services.now = lambda: clock["now"]
        kiosk.window.start_visit()
        clock["now"] = at_riga("2026-11-24T18:01")
        kiosk.window.check_opening_hours()
        assert kiosk.window.current_screen() == "closed"
        kiosk.services.store.flush()
        assert kiosk.services.store.query("SELECT end_reason FROM visits")[0]["end_reason"] == "closed"
        clock["now"] = at_riga("2026-11-25T10:00")
        kiosk.window.check_opening_hours()
        assert kiosk.window.current_screen() == "attract"
    finally:
        kiosk.close()


def test_bad_opening_hours_are_a_config_error(tmp_path):
    from kiosk.config import ConfigError

    with pytest.raises(ConfigError, match="HH:MM-HH:MM"):
        settings_from_mapping({"ui": {"open_hours": "from ten"}})
    json.dumps(replace(settings_from_mapping({}).ui).__dict__)  # the settings stay plain data
