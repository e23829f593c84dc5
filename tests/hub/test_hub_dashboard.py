"""The staff dashboard with a hub: a switch between "this station" and "whole centre" (issue 15).

"Whole centre" runs the same statistics engine over the centre snapshot, on a worker thread; a hub
that is away is said on the switch, and the station's own figures keep working.
"""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk.hub import snapshot
from kiosk.programmes.catalogue import load_catalogue
from kiosk.stats.engine import StatsEngine
from kiosk.stats.periods import Period
from tests.conftest import kiosk_settings, show_kiosk

MODULES = {"tapper": "tests.fixtures.sample_exhibits.tapper"}
AUTUMN = Period.custom(dt.date(2026, 9, 1), dt.date(2026, 12, 31))
PUPILS = [("9-12", "female", "pupil"), ("9-12", "male", "pupil"), ("13-15", "female", "pupil")]


def build(qtbot, tmp_path, dsn):
    hub = {"hub": {"dsn": dsn}} if dsn else {}
    settings = kiosk_settings(tmp_path, folder="kiosk", **hub)
    return show_kiosk(qtbot, settings, size=(1600, 900), language="en", demo=True, modules=MODULES)


def click(qtbot, widget):
    assert widget is not None and widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def open_dashboard(qtbot, kiosk):
    window = kiosk.window
    window.staff_menu.open_for("staff")
    click(qtbot, window.findChild(QAbstractButton, "staff:dashboard"))
    screen = window.findChild(QWidget, "dashboard")
    qtbot.waitUntil(lambda: screen.report is not None, timeout=20_000)
    return screen


def open_centre(qtbot, kiosk):
    """The dashboard over AUTUMN for the whole centre, its report computed."""
    screen = open_dashboard(qtbot, kiosk)
    screen.set_period(AUTUMN)
    click(qtbot, switch(screen, "centre"))
    qtbot.waitUntil(lambda: screen.report is not None and screen.scope == "centre", timeout=30_000)
    return screen


def switch(screen, key) -> QAbstractButton:
    return screen.findChild(QAbstractButton, f"scope:{key}")


def test_whole_centre_counts_every_station_once_off_the_ui_thread(qtbot, tmp_path, hub_dsn, make_station,
                                                                   monkeypatch):
    a, b = make_station("a"), make_station("b")
    codes = a.session("ROBO-START", newcomers=PUPILS)
    a.sync(hub_dsn)
    b.sync(hub_dsn)
    b.session("ROBO-START", returning=codes[:2])  # two of the pupils also come to B: still three people
    b.sync(hub_dsn)
    threads = []
    real = snapshot.centre_snapshot

    def watched(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(snapshot, "centre_snapshot", watched)
    kiosk = build(qtbot, tmp_path, hub_dsn)
    try:
        screen = open_dashboard(qtbot, kiosk)
        screen.set_period(AUTUMN)
        qtbot.waitUntil(lambda: screen.report is not None and screen.report.period == AUTUMN, timeout=20_000)
        assert screen.report.kpi("pupils_students").value == 0  # this station has had no sessions
        assert switch(screen, "station").isChecked() and switch(screen, "centre").text() == "Whole centre"
        click(qtbot, switch(screen, "centre"))
        qtbot.waitUntil(lambda: screen.report is not None and screen.scope == "centre", timeout=30_000)
        assert threads and threading.main_thread() not in threads
        expected = StatsEngine.for_settings(real(hub_dsn, load_catalogue(), AUTUMN), kiosk.window.settings)
        assert screen.report.kpi("pupils_students").value == expected.report(AUTUMN).kpi(
            "pupils_students").value == 3
        assert "whole centre" in screen.subtitle.text()
        kiosk.window.set_language("lv")
        assert switch(screen, "centre").text() not in ("Whole centre", "")
        assert switch(screen, "station").text() != "This station"
        kiosk.window.set_language("ru")
        assert switch(screen, "centre").text() != "Whole centre"
        kiosk.window.set_language("en")
        click(qtbot, switch(screen, "station"))  # back to the station's own figures
        qtbot.waitUntil(lambda: screen.report is not None and screen.scope == "station", timeout=20_000)
        assert screen.report.kpi("pupils_students").value == 0
    finally:
        kiosk.close()


def test_a_hub_that_is_away_is_said_on_the_switch_and_the_station_view_works(qtbot, tmp_path):
    kiosk = build(qtbot, tmp_path, f"host={tmp_path} port=1 dbname=x password=hunter2")
    try:
        screen = open_dashboard(qtbot, kiosk)
        click(qtbot, switch(screen, "centre"))
        qtbot.waitUntil(lambda: "not reachable" in switch(screen, "centre").text(), timeout=30_000)
        assert switch(screen, "station").isChecked() and screen.scope == "station"
        assert "cannot be reached" in screen.message.text() and "hunter2" not in screen.message.text()
        qtbot.waitUntil(lambda: screen.report is not None, timeout=20_000)  # the station's figures again
        assert screen.report.kpi("visitors") is not None
        kiosk.window.set_language("lv")
        assert "not reachable" not in switch(screen, "centre").text()
    finally:
        kiosk.close()


def test_without_a_hub_there_is_no_switch(qtbot, tmp_path):
    kiosk = build(qtbot, tmp_path, "")
    try:
        screen = open_dashboard(qtbot, kiosk)
        assert not switch(screen, "centre").isVisible() and screen.scope == "station"
    finally:
        kiosk.close()


def test_an_export_of_the_whole_centre_reads_the_centre_s_records(qtbot, tmp_path, hub_dsn, make_station):
    import csv
    import random

    a, b = make_station("a"), make_station("b")
    rng = random.Random(19)
    for station in (a, b):
        station.play(rng.randint(3, 6), rng)
        station.sync(hub_dsn)
    visits = len(a.rows("SELECT id FROM visits")) + len(b.rows("SELECT id FROM visits"))
    kiosk = build(qtbot, tmp_path, hub_dsn)
    try:
        screen = open_centre(qtbot, kiosk)
        assert screen.report.kpi("visitors").value == visits
        stick = tmp_path / "stick"
        screen.exports.folders_provider = lambda: [("STICK", stick)]
        with qtbot.waitSignal(screen.exports.finished, timeout=30_000) as done:
            click(qtbot, screen.findChild(QAbstractButton, "export:csv"))
        kind, folder = done.args
        assert kind == "csv"
        with open(folder / "visits.csv", encoding="utf-8-sig", newline="") as handle:
            assert len(list(csv.reader(handle))) - 1 == visits
    finally:
        kiosk.close()


def test_a_demo_centre_shows_its_figures_marked_demo(qtbot, tmp_path, hub_dsn, make_station):
    """As kpi --source and the console read it: a centre of demo stations only is shown, said to be demo."""
    import random

    from kiosk.journal import mark_demo_database

    demo = make_station("demo-1")
    demo.play(5, random.Random(4))
    assert demo.store.call(mark_demo_database).wait(10)
    demo.sync(hub_dsn)
    visits = len(demo.rows("SELECT id FROM visits"))
    kiosk = build(qtbot, tmp_path, hub_dsn)
    try:
        screen = open_centre(qtbot, kiosk)
        assert screen.report.demo and screen.report.kpi("visitors").value == visits > 0
        assert "DEMO" in screen.subtitle.text()
    finally:
        kiosk.close()
