"""The centre's KPIs for a period, and the exports, over the hub's snapshot.

The report is the statistics engine's, run on the centre snapshot (``kiosk.hub.snapshot``):
every station, each person counted once, targets and small-cell suppression as in the station's
exports. Reports are kept for a minute, so a page and its export a moment later do not copy the
hub twice. Exports are written by the existing export code (``kiosk.stats.exports``); the PDF by
the kiosk's Qt renderer in a child process (``kiosk.render.pdf_job``), never in the server.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import pickle
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.stats.engine import KpiReport
from kiosk.stats.exports import ExportError, export_csv, export_name, export_xlsx
from kiosk.stats.periods import Period, PeriodError, parse_day

REPORT_TTL_S = 60.0
PDF_TIMEOUT_S = 300


def period_from_query(query: Mapping[str, str], today: dt.date) -> Period:
    """The period a KPI page or export asks for: ?period=year&year=2026, ?period=month&month=2026-11
    or ?period=custom&from=2026-01-01&to=2026-03-31 (default: this year to date)."""
    kind = query.get("period", "year")
    if kind == "month":
        text = query.get("month") or f"{today:%Y-%m}"
        try:
            year, month = (int(part) for part in text.split("-"))
            return Period.month(year, month)
        except ValueError:
            raise PeriodError(f"{text!r} is not a month; write it as YYYY-MM, e.g. {today:%Y-%m}") from None
    if kind == "custom":
        first = parse_day(query.get("from", ""), "from")
        last = parse_day(query.get("to", ""), "to")
        return Period.custom(first, last)
    text = query.get("year") or str(today.year)
    try:
        year = int(text)
    except ValueError:
        raise PeriodError(f"{text!r} is not a year, e.g. {today.year}") from None
    if not 2000 <= year <= 2100:
        raise PeriodError(f"{year} is not a year this centre has data for")
    return Period.year(year)


@dataclass
class _Cached:
    made_at: float
    report: KpiReport


class CentreReports:
    """Centre KPI reports by period, made from the hub and kept for ``REPORT_TTL_S`` seconds."""

    def __init__(self, dsn: str, settings: Any, clock: Callable[[], dt.datetime] | None = None) -> None:
        self.dsn, self.settings = dsn, settings
        #: the console's clock: a report's days to come are those after its now, not the machine's
        self.clock = clock
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, str], _Cached] = {}

    def report(self, period: Period) -> KpiReport:
        key = (period.first_text, period.last_text)
        with self._lock:
            cached = self._cache.get(key)
            if cached and time.monotonic() - cached.made_at < REPORT_TTL_S:
                return cached.report
        report = self._make(period)
        with self._lock:
            self._cache[key] = _Cached(time.monotonic(), report)
            for old in [k for k, v in self._cache.items() if time.monotonic() - v.made_at >= REPORT_TTL_S]:
                del self._cache[old]
        return report

    def _make(self, period: Period) -> KpiReport:
        # The hub's own reading: real stations only, or a demo centre's stations when it has no
        # real one (the report then says it is a demo's).
        from kiosk.hub.snapshot import read_centre

        reading = read_centre(self.dsn, self.settings, period, now=self.clock() if self.clock else None)
        reading.snapshot.close()
        return reading.report


@dataclass(frozen=True)
class Download:
    filename: str
    media_type: str
    content: bytes


MEDIA_TYPES = {
    "csv": "application/zip",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


def export(report: KpiReport, fmt: str, language: str) -> Download:
    """The report as a file to download: CSV tables in a zip, an XLSX workbook, or the PDF report.
    Only the report's tables (KPIs, breakdowns, daily totals, exhibits, programmes): no raw rows."""
    name = export_name(report)
    with tempfile.TemporaryDirectory(prefix="vizium-console-") as folder:
        if fmt == "csv":
            written = export_csv(report, None, Path(folder) / name, language)
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                for path in written:
                    archive.write(path, f"{name}/{path.name}")
            return Download(f"{name}.zip", MEDIA_TYPES[fmt], buffer.getvalue())
        target = Path(folder) / f"{name}.{fmt}"
        if fmt == "xlsx":
            export_xlsx(report, None, target, language)
        elif fmt == "pdf":
            _pdf_in_worker(report, target, language)
        else:
            raise ExportError(f"unknown export format {fmt!r}; choose csv, xlsx or pdf")
        return Download(target.name, MEDIA_TYPES[fmt], target.read_bytes())


def _pdf_in_worker(report: KpiReport, target: Path, language: str) -> None:
    """Qt draws the PDF; it runs in a child process so the server's threads never host Qt."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    job = pickle.dumps({"report": report, "target": str(target), "language": language})
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.render.pdf_job"], input=job, capture_output=True,
        timeout=PDF_TIMEOUT_S, env=env, check=False,
    )
    if done.returncode != 0 or not target.is_file():
        reason = (done.stderr.decode(errors="replace").strip().splitlines() or ["no reason given"])[-1]
        raise ExportError(f"the PDF report could not be drawn: {reason}")
