"""The PDF report: produced in every language, and its text (read back from the file) holds the
KPI figures, the targets, the period, the station and the privacy note."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from stats_helpers import pdf_text

from kiosk.render.report_pdf import render_report_images, write_report_pdf
from kiosk.stats.engine import StatsEngine
from kiosk.stats.periods import Period
from kiosk.stats.tables import privacy_note
from kiosk.stats.texts import format_number, format_percent, period_label, text


def norm(value: str) -> str:
    return unicodedata.normalize("NFKC", value)


@pytest.mark.parametrize("language", ["lv", "en", "ru"])
def test_pdf_report_text_contains_every_kpi_figure(qapp, demo_conn, recount, tmp_path, language):
    period = Period.month(2026, 10)
    report = StatsEngine(demo_conn).report(period)
    path = write_report_pdf(report, tmp_path / "report.pdf", language)
    assert path.read_bytes().startswith(b"%PDF-")
    shown = pdf_text(path)
    lines = shown.cells
    figures = recount(demo_conn, period.first, period.last).kpis()
    for result in report.kpis:
        kpi = result.definition
        assert norm(kpi.text("title", language)) in lines, kpi.key
        assert norm(format_number(figures[kpi.key], kpi.decimals, language)) in lines, kpi.key
        if result.period_target is not None:
            assert norm(format_number(result.period_target, kpi.decimals, language)) in lines, kpi.key
            assert norm(format_percent(result.progress, language)) in lines, kpi.key
    assert norm(period_label(period, language)) in shown.text
    assert norm(text("all_stations", language)) in shown.text
    assert norm(text("report_title", language)) in lines
    assert norm(privacy_note(report, language)) in " ".join(lines)  # the note wraps over lines
    for use in report.exhibits[:3]:
        assert norm(format_number(use.runs, 0, language)) in shown.text


def test_pdf_of_an_empty_period_and_one_station(qapp, demo_conn, tmp_path):
    report = StatsEngine(demo_conn).report(Period.month(2025, 1), "kiosk-2")
    path = write_report_pdf(report, tmp_path / "empty.pdf", "en")
    shown = pdf_text(path).text
    assert "No data in this period." in shown
    assert "Station: kiosk-2" in shown
    assert "Privacy: no breakdown cell had to be hidden" in shown


def test_pdf_pages_also_render_to_images(qapp, demo_conn):
    report = StatsEngine(demo_conn).report(Period.week(dt.date(2026, 10, 14)))
    images = render_report_images(report, "lv", dpi=40)
    assert len(images) == 3 and all(not image.isNull() for image in images)
