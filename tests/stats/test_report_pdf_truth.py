"""The PDF's charts tell the truth: progress bars to scale, every exhibit (or what is left out),
only the days with records, and a withheld KPI hidden as on the screen."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from stats_helpers import pdf_text

from kiosk.render import report_pdf
from kiosk.render.report_pdf import render_report_images, write_report_pdf
from kiosk.stats.engine import StatsEngine
from kiosk.stats.periods import Period
from kiosk.stats.texts import exhibit_title, format_number, text

NOW = dt.datetime(2026, 11, 22, 15, 0, tzinfo=dt.UTC)


def filled_width_px(progress: float) -> int:
    """Draw one KPI progress bar and count the columns painted in the fill colour."""
    image = QImage(800, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        page = report_pdf._Page(painter, 800, 100, 25.4 * 10, "en")  # 10 px per mm
        report_pdf._progress_bar(page, 1, 2, 60, 6.5, progress, "en")
    finally:
        painter.end()
    fill = QColor("#56B4E9")
    row = 2 * 10 + 32  # the middle of the bar
    return sum(1 for x in range(image.width())
               if abs(QColor(image.pixel(x, row)).red() - fill.red()) < 8
               and abs(QColor(image.pixel(x, row)).blue() - fill.blue()) < 8)


def test_kpi_progress_bars_are_true_to_scale(qapp):
    widths = {p: filled_width_px(p) for p in (0.01, 0.05, 0.14, 0.23)}
    track_px = 60 * 0.62 * 10
    for progress, width in widths.items():
        assert width == pytest.approx(progress * track_px, abs=3), widths
    assert widths[0.01] < widths[0.05] < widths[0.14] < widths[0.23]


def test_pdf_shows_every_exhibit_in_its_charts(qapp, demo_conn, tmp_path):
    report = StatsEngine(demo_conn).report(Period.year(2026), now=NOW)
    assert len(report.exhibits) > 10  # the demo's exhibits are more than the ten once shown
    shown = pdf_text(write_report_pdf(report, tmp_path / "r.pdf", "en")).text
    for use in report.exhibits:
        assert shown.count(exhibit_title(use.exhibit_id, "en")) >= 2, use.exhibit_id  # runs and completion


def test_pdf_says_what_it_leaves_out_when_the_exhibits_do_not_fit(qapp, demo_conn, tmp_path, monkeypatch):
    monkeypatch.setattr(report_pdf, "MOST_EXHIBIT_ROWS", 5)
    report = StatsEngine(demo_conn).report(Period.year(2026), now=NOW)
    shown = pdf_text(write_report_pdf(report, tmp_path / "r.pdf", "en")).text
    assert text("top_of", "en", shown=5, total=len(report.exhibits)) in shown


def test_visitors_chart_marks_days_without_records(qapp, demo_conn, tmp_path):
    report = StatsEngine(demo_conn).report(Period.year(2026), now=NOW)
    shown = pdf_text(write_report_pdf(report, tmp_path / "r.pdf", "en")).text
    assert text("no_records", "en") in shown
    month = StatsEngine(demo_conn).report(Period.month(2026, 10), now=NOW)
    assert text("no_records", "en") not in pdf_text(write_report_pdf(month, tmp_path / "m.pdf", "en")).text


def test_a_withheld_kpi_shows_as_hidden(qapp, demo_conn, tmp_path):
    report = StatsEngine(demo_conn).report(Period.month(2026, 10), now=NOW)
    index = next(i for i, r in enumerate(report.kpis) if r.value)
    secret = dataclasses.replace(report.kpis[index], value=123456.0, withheld=True)
    kpis = (*report.kpis[:index], secret, *report.kpis[index + 1:])
    withheld = dataclasses.replace(report, kpis=kpis)
    shown = pdf_text(write_report_pdf(withheld, tmp_path / "w.pdf", "en"))
    assert format_number(123456.0, secret.definition.decimals, "en") not in shown.text
    assert text("hidden", "en") in shown.cells
    assert len(render_report_images(withheld, "en", dpi=30)) == 3
