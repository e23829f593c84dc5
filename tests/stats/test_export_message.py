"""`kiosk export` says what it wrote: rows for tables, pages for the PDF report."""

from __future__ import annotations

from kiosk import cli


def test_pdf_export_reports_pages_not_rows(qapp, station_db, tmp_path, capsys):
    target = tmp_path / "r.pdf"
    assert cli.main(["export", "--from", "2026-10-12", "--to", "2026-10-18", "--format", "pdf",
                     "--out", str(target)]) == 0
    out = capsys.readouterr().out
    assert "rows" not in out
    assert "PDF report of 3 pages" in out and str(target) in out
