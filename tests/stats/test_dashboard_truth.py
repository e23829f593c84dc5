"""The dashboard's charts: a loading state instead of empty 0-1 plots, and only real days drawn."""

from __future__ import annotations

import pytest
from test_stats_dashboard import MODULES, button, click, open_dashboard, wait_for_report

from kiosk.exhibit.plots import value_scale_shown


@pytest.fixture
def kiosk(shown_kiosk):
    return shown_kiosk(size=(1600, 900), demo=True, demo_history=True, modules=MODULES)


def test_charts_say_they_are_loading_until_the_report_comes(qtbot, kiosk):
    screen = open_dashboard(qtbot, kiosk)
    wait_for_report(qtbot, screen)
    screen.refresh()  # the report is computed on a worker; until it is back the charts say so
    for card in screen.charts.cards():
        assert card.loading.isVisible() and not card.plot.isVisible(), card.objectName()
    wait_for_report(qtbot, screen)
    for card in screen.charts.cards():
        assert card.plot.isVisible() and not card.loading.isVisible(), card.objectName()


def test_visitors_chart_draws_no_days_to_come(qtbot, kiosk):
    screen = open_dashboard(qtbot, kiosk)
    wait_for_report(qtbot, screen)
    click(qtbot, button(screen, "choice:this_year"))
    report = wait_for_report(qtbot, screen)
    assert report.period.last > report.today()  # the year has days still to come
    charts = screen.charts
    days = report.daily_visitors()
    drawn = charts.visitor_days_drawn
    assert drawn == [day for day, visits in days if visits is not None]
    assert report.today() in drawn and all(day <= report.today() for day in drawn)
    assert charts.visitor_days_without_data > 0
    assert "▨" in charts.visitors.note.text()  # the "no records" swatch, in the screen's language
    assert value_scale_shown(charts.visitors.plot.getAxis("left")) == 1.0
