"""`kiosk export` says what it wrote: rows for tables, pages for the PDF report."""

from __future__ import annotations

import shutil

import pytest

from kiosk import cli
from kiosk.config import load_settings


@pytest.fixture
def station_db(demo_db, isolated_environment):
    path = load_settings().database_path
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_db, path)
    return path


def test_pdf_export_reports_pages_not_rows(qapp, station_db, tmp_path, capsys):
    target = tmp_path / "r.pdf"
    assert cli.main(["export", "--from", "2026-10-12", "--to", "2026-10-18", "--format", "pdf",
                     "--out", str(target)]) == 0
    out = capsys.readouterr().out
    assert "rows" not in out
    assert "PDF report of 3 pages" in out and str(target) in out
