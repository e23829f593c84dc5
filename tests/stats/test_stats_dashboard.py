"""The staff dashboard, driven through its real widgets: open it from the staff menu, pick last
month, read the KPIs against targets, export with progress, cancel, choose dates, languages."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from stats_helpers import read_csv_folder

from kiosk.stats.engine import StatsEngine
from kiosk.stats.periods import Period, last_month, local_today
from kiosk.stats.texts import format_number, format_percent

MODULES = {"tapper": "tests.fixtures.sample_exhibits.tapper"}


@pytest.fixture
def kiosk(shown_kiosk):
    return shown_kiosk(size=(1600, 900), demo=True, demo_history=True, modules=MODULES)


def click(qtbot, widget):
    assert widget is not None and widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def button(window, name) -> QAbstractButton:
    return window.findChild(QAbstractButton, name)


def open_dashboard(qtbot, kiosk):
    window = kiosk.window
    window.start_visit()
    window.staff_menu.open_for("staff")
    click(qtbot, button(window, "staff:dashboard"))
    screen = window.findChild(QWidget, "dashboard")
    assert screen is not None and screen.isVisible()
    assert not window.staff_menu.isVisible()
    return screen


def wait_for_report(qtbot, screen, period=None):
    qtbot.waitUntil(lambda: screen.report is not None and (period is None or screen.report.period == period),
                    timeout=20_000)
    return screen.report


def test_last_month_kpis_against_targets_on_screen(qtbot, kiosk):
    window = kiosk.window
    screen = open_dashboard(qtbot, kiosk)
    assert window.idle.held  # no idle reset under a staff member's hands
    wait_for_report(qtbot, screen)
    click(qtbot, button(screen, "choice:last_month"))
    today = local_today(window.settings.station.timezone)
    report = wait_for_report(qtbot, screen, last_month(today))
    expected = StatsEngine.for_settings(window.services.store.reader(), window.settings).report(last_month(today))
    assert report.kpi("visitors").value == expected.kpi("visitors").value > 0
    rows = {title: (value, detail) for title, value, detail in screen.kpis.texts()}
    language = window.language
    for result in expected.kpis:
        kpi = result.definition
        value, detail = rows[kpi.text("title", language)]
        assert value == format_number(result.value, kpi.decimals, language)
        if result.period_target is not None:
            assert format_number(result.period_target, kpi.decimals, language) in detail
            assert format_percent(result.progress, language) in detail
    assert screen.charts.visitors.plot.getPlotItem().listDataItems()  # the charts were drawn
    assert not screen.grab().isNull()


def test_export_csv_to_a_stick_with_progress(qtbot, kiosk, tmp_path):
    window = kiosk.window
    screen = open_dashboard(qtbot, kiosk)
    report = wait_for_report(qtbot, screen)
    stick = tmp_path / "stick"
    screen.exports.folders_provider = lambda: [("STICK", stick), ("Kiosk", tmp_path / "kiosk")]
    seen = []
    original = screen.exports.strip.set_fraction
    screen.exports.strip.set_fraction = lambda f: (seen.append(f), original(f))
    # Idle, the row offers the formats; the progress and Cancel take their place while one runs
    # (a portrait screen with large text has no room for all of them at once).
    assert not screen.exports.strip.isVisible() and not button(screen, "export:cancel").isVisible()
    click(qtbot, button(screen, "export:csv"))  # no folder yet: asks where
    assert screen.exports.folders.isVisible()
    click(qtbot, button(screen, "folder:0"))
    assert "STICK" in button(screen, "export:folder").text()
    click(qtbot, button(screen, "export:csv"))
    assert screen.exports.running == "csv" and button(screen, "export:cancel").isEnabled()
    assert not button(screen, "export:xlsx").isEnabled()
    assert screen.exports.strip.isVisible() and not button(screen, "export:xlsx").isVisible()
    with qtbot.waitSignal(screen.exports.finished, timeout=30_000) as done:
        pass
    assert button(screen, "export:xlsx").isVisible() and not button(screen, "export:cancel").isVisible()
    kind, folder = done.args
    assert kind == "csv" and folder.parent == stick
    tables = read_csv_folder(folder)
    assert len(tables["visits"]) - 1 == report.kpi("visitors").value
    assert seen[-1] == 1.0 and screen.exports.strip.fraction == 1.0
    assert "STICK" in screen.exports.status.text()
    window.services.store.flush()
    events = window.services.store.query("SELECT detail FROM app_events WHERE kind = 'staff.export'")
    assert events and '"format": "csv"' in events[0]["detail"]


def test_export_cancel_leaves_nothing_behind(qtbot, kiosk, tmp_path):
    screen = open_dashboard(qtbot, kiosk)
    wait_for_report(qtbot, screen)
    click(qtbot, button(screen, "choice:this_year"))
    wait_for_report(qtbot, screen, Period.year(local_today("Europe/Riga").year))
    stick = tmp_path / "stick"
    screen.exports.folders_provider = lambda: [("STICK", stick)]
    click(qtbot, button(screen, "export:xlsx"))  # one folder only: no question
    click(qtbot, button(screen, "export:cancel"))
    with qtbot.waitSignal(screen.exports.finished, timeout=30_000) as done:
        pass
    assert done.args == ["xlsx", None]
    assert screen.exports.running is None and button(screen, "export:xlsx").isEnabled()
    assert [p for p in stick.rglob("*") if p.is_file()] == []
    assert screen.exports.status.text() == screen.exports.tr("Export cancelled; nothing was saved.")


def test_export_pdf_from_the_dashboard(qtbot, kiosk, tmp_path):
    screen = open_dashboard(qtbot, kiosk)
    wait_for_report(qtbot, screen)
    screen.exports.folders_provider = lambda: [("STICK", tmp_path)]
    click(qtbot, button(screen, "export:pdf"))
    with qtbot.waitSignal(screen.exports.finished, timeout=30_000) as done:
        pass
    assert done.args[1].suffix == ".pdf" and done.args[1].read_bytes().startswith(b"%PDF")


def test_custom_dates_with_the_steppers(qtbot, kiosk):
    screen = open_dashboard(qtbot, kiosk)
    first_report = wait_for_report(qtbot, screen)
    click(qtbot, button(screen, "choice:custom"))
    assert screen.custom.isVisible()
    assert screen.picker.current() == "this_month"  # until Show is pressed
    click(qtbot, button(screen, "period:from:month-"))
    click(qtbot, button(screen, "period:from:day+"))
    click(qtbot, button(screen, "period:apply"))
    assert not screen.custom.isVisible()
    expected_first = (first_report.period.first - dt.timedelta(days=1)).replace(day=1) + dt.timedelta(days=1)
    report = wait_for_report(qtbot, screen, Period.custom(expected_first, first_report.period.last))
    assert report.period.kind == "custom" and screen.picker.current() == "custom"
    # moving "to" before "from" pulls "from" along: never an impossible period
    click(qtbot, button(screen, "choice:custom"))
    for _ in range(3):
        click(qtbot, button(screen, "period:to:month-"))
    assert screen.custom.first.day <= screen.custom.last.day
    click(qtbot, button(screen, "period:cancel"))
    assert screen.period == report.period


def test_languages_and_closing(qtbot, kiosk):
    window = kiosk.window
    screen = open_dashboard(qtbot, kiosk)
    wait_for_report(qtbot, screen)
    click(qtbot, button(screen, "lang:ru"))
    assert window.language == "ru"
    assert screen.title.text() == "Статистика и показатели"
    assert button(screen, "choice:last_month").text() == "Прошлый месяц"
    titles = [title for title, _, _ in screen.kpis.texts()]
    assert "Посетители" in titles
    click(qtbot, button(screen, "lang:lv"))
    assert screen.title.text() == "Statistika un rādītāji"
    assert not button(screen, "dashboard:station").isVisible()  # one station: nothing to choose
    click(qtbot, button(screen, "dashboard:close"))
    assert not screen.isVisible()
    assert window.staff_menu.isVisible() and not window.idle.held


def test_the_dashboard_is_for_staff_only(qtbot, kiosk):
    window = kiosk.window
    window.staff_menu.open_for("educator")
    assert button(window, "staff:dashboard") is None


def test_a_dashboard_left_alone_closes_itself_and_returns_to_visitors(qtbot, kiosk):
    window = kiosk.window
    screen = open_dashboard(qtbot, kiosk)
    wait_for_report(qtbot, screen)
    assert screen.unattended.isActive()
    screen.unattended.setInterval(50)
    click(qtbot, button(screen, "choice:this_year"))  # a touch starts the wait again
    with qtbot.waitSignal(screen.unattended.timeout, timeout=5_000):
        pass
    assert not screen.isVisible() and not window.staff_menu.isVisible()
    assert not window.idle.held
    window.services.store.flush()
    events = window.services.store.query("SELECT kind FROM app_events WHERE kind = 'staff.dashboard_timeout'")
    assert len(events) == 1
