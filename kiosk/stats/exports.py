"""CSV and XLSX exports of a KPI report, streamed, with progress and cancel.

* CSV: one UTF-8 file with a byte-order mark per table (spreadsheet programs then show
  Latvian and Russian letters), in a folder; RFC 4180 commas, '.' decimals, ISO dates.
* XLSX: xlsxwriter in ``constant_memory`` mode (each row goes to disk as it is written): a
  summary sheet (title, the KPI table, the privacy note) and one sheet per table, typed cells
  (numbers, dates, date-times, percentages), frozen header rows. A table longer than a sheet
  (1 048 576 rows) continues on "… (2)".

Files are written under a temporary name and renamed when complete, so a cancelled or failed
export never leaves a half file that looks whole.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.stats.engine import KpiReport
from kiosk.stats.tables import (
    DATE,
    DATETIME,
    INT,
    NUMBER,
    PERCENT,
    Row,
    Table,
    about_rows,
    privacy_note,
    report_tables,
)
from kiosk.stats.texts import period_label, text

XLSX_MAX_ROWS = 1_048_576
CHECK_EVERY = 500  # rows between progress updates and cancel checks
FORMATS = ("csv", "xlsx", "pdf")


class ExportCancelled(Exception):
    """The person exporting pressed Cancel."""


class ExportError(Exception):
    """An export that cannot be written (folder missing, disk full...); the message says why."""


@dataclass
class ExportProgress:
    """Shared between the exporting thread and the screen: how far, and whether to stop."""

    total: int = 0
    done: int = 0
    stage: str = ""
    _cancel: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise ExportCancelled()

    def advance(self, rows: int) -> None:
        self.done += rows
        self.check()

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.total) if self.total else 0.0


def export_name(report: KpiReport) -> str:
    """A file name stem: vizium_<station|all>_<first>_<last>."""
    station = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in (report.station or "all"))
    return f"vizium_{station}_{report.period.first_text}_{report.period.last_text}"


def _total_rows(tables: Iterable[Table]) -> int:
    return sum(t.row_count for t in tables)


# -- CSV -------------------------------------------------------------------------------------

def _csv_value(value: object, kind: str) -> object:
    if value is None:
        return ""
    if kind == PERCENT and isinstance(value, float):
        return round(value * 100, 2)  # a percentage a person reads, e.g. 57.14
    return value


def export_csv(
    report: KpiReport,
    conn: sqlite3.Connection | None,
    folder: Path,
    language: str = "en",
    progress: ExportProgress | None = None,
) -> list[Path]:
    """One CSV file per table (plus about.csv) in ``folder`` (created if needed)."""
    progress = progress or ExportProgress()
    tables = report_tables(report, conn, language)
    progress.total += _total_rows(tables) + 1
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create the folder {folder}: {exc.strerror or exc}") from None
    written: list[Path] = []
    try:
        about = folder / "about.csv"
        _write_csv(about, [text("col_item", language), text("col_value", language)],
                   [*about_rows(report, language), ("", privacy_note(report, language))], None)
        written.append(about)
        progress.advance(1)
        for table in tables:
            progress.stage = table.name
            path = folder / f"{table.name}.csv"
            kinds = [c.kind for c in table.columns]
            rows = ([_csv_value(v, k) for v, k in zip(row, kinds, strict=True)] for row in table.rows())
            _write_csv(path, [c.header(language) for c in table.columns], rows, progress)
            written.append(path)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written


def _write_csv(path: Path, header: list[str], rows: Iterable[Iterable[object]],
               progress: ExportProgress | None) -> None:
    partial = path.with_name(path.name + ".partial")
    try:
        with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            pending = 0
            for row in rows:
                writer.writerow(row)
                pending += 1
                if progress is not None and pending >= CHECK_EVERY:
                    progress.advance(pending)
                    pending = 0
            if progress is not None:
                progress.advance(pending)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


# -- XLSX ------------------------------------------------------------------------------------

_EXCEL_EPOCH = dt.date(1899, 12, 30)


class _ExcelSerials:
    """ISO dates and UTC stamps to Excel serial numbers (days since 1899-12-30).

    A number cell with a date format is what Excel stores for a date; computing it here is several
    times faster than xlsxwriter's write_datetime, which matters for a million-row sheet.
    """

    def __init__(self) -> None:
        self._days: dict[str, int] = {}

    def day(self, text_value: str) -> int | None:
        serial = self._days.get(text_value)
        if serial is None:
            try:
                serial = (dt.date.fromisoformat(text_value) - _EXCEL_EPOCH).days
            except ValueError:
                return None
            self._days[text_value] = serial
        return serial

    def stamp(self, text_value: str) -> float | None:
        """'2026-03-29T07:15:00.123Z' -> serial (UTC), or None if it is not such a stamp."""
        day = self.day(text_value[:10])
        if day is None or len(text_value) < 19 or text_value[10] != "T":
            return None
        try:
            seconds = int(text_value[11:13]) * 3600 + int(text_value[14:16]) * 60 + float(
                text_value[17:].rstrip("Z") or 0)
        except ValueError:
            return None
        return day + seconds / 86_400


class _SheetWriter:
    """Writes typed rows into a worksheet (constant-memory mode: strictly row by row)."""

    def __init__(self, workbook: Any, formats: dict[str, Any], table: Table, language: str) -> None:
        self.workbook, self.formats, self.table, self.language = workbook, formats, table, language
        self.part = 0
        self.sheet: Any = None
        self.row = 0
        self.serials = _ExcelSerials()
        self.writers = [self._cell_writer(c.kind, c.decimals) for c in table.columns]

    def _cell_writer(self, kind: str, decimals: int) -> Callable[[Any, int, int, object], None]:
        f = self.formats
        if kind == INT:
            return lambda ws, r, c, v: ws.write_number(r, c, v, f["int"]) if v is not None else None
        if kind == NUMBER:
            fmt = f[f"num{min(decimals, 3)}"]
            return lambda ws, r, c, v: ws.write_number(r, c, v, fmt) if v is not None else None
        if kind == PERCENT:
            return lambda ws, r, c, v: ws.write_number(r, c, v, f["pct"]) if v is not None else None
        if kind in (DATE, DATETIME):
            serials = self.serials
            convert = serials.day if kind == DATE else serials.stamp
            fmt = f["date" if kind == DATE else "datetime"]

            def write_moment(ws: Any, r: int, c: int, v: object) -> None:
                if isinstance(v, str) and v:
                    serial = convert(v)
                    if serial is None:
                        ws.write_string(r, c, v)  # not a date after all: keep the text
                    else:
                        ws.write_number(r, c, serial, fmt)
            return write_moment
        return lambda ws, r, c, v: ws.write_string(r, c, str(v)) if v not in (None, "") else None

    def _new_sheet(self) -> None:
        self.part += 1
        title = self.table.title(self.language)
        name = title if self.part == 1 else f"{title} ({self.part})"
        self.sheet = self.workbook.add_worksheet(_sheet_name(name))
        widths = {DATE: 12, DATETIME: 20, INT: 11, NUMBER: 13, PERCENT: 11}
        for index, column in enumerate(self.table.columns):
            header = column.header(self.language)
            self.sheet.set_column(index, index, max(widths.get(column.kind, 16), min(40, len(header) + 2)))
            self.sheet.write_string(0, index, header, self.formats["header"])
        self.sheet.freeze_panes(1, 0)
        self.row = 1

    def write_rows(self, rows: Iterable[Row], progress: ExportProgress) -> None:
        self._new_sheet()
        pending = 0
        writers = self.writers
        for values in rows:
            if self.row >= XLSX_MAX_ROWS:
                self._new_sheet()
            sheet, row = self.sheet, self.row
            for column, (write, value) in enumerate(zip(writers, values, strict=True)):
                write(sheet, row, column, value)
            self.row += 1
            pending += 1
            if pending >= CHECK_EVERY:
                progress.advance(pending)
                pending = 0
        progress.advance(pending)


def _sheet_name(name: str) -> str:
    for bad in "[]:*?/\\":
        name = name.replace(bad, " ")
    return name[:31]


def export_xlsx(
    report: KpiReport,
    conn: sqlite3.Connection | None,
    path: Path,
    language: str = "en",
    progress: ExportProgress | None = None,
) -> Path:
    """One workbook: the summary sheet, then a sheet per table."""
    import xlsxwriter

    progress = progress or ExportProgress()
    tables = report_tables(report, conn, language)
    progress.total += _total_rows(tables)
    path = Path(path)
    if not path.parent.is_dir():
        raise ExportError(f"the folder {path.parent} does not exist")
    partial = path.with_name(path.name + ".partial")
    workbook = xlsxwriter.Workbook(str(partial), {"constant_memory": True, "strings_to_numbers": False,
                                                  "strings_to_formulas": False, "strings_to_urls": False})
    workbook.set_properties({"title": text("report_title", language), "subject": period_label(report.period, language),
                             "author": "VIZIUM Kiosk"})
    formats = {
        "header": workbook.add_format({"bold": True, "bg_color": "#DCE6F1", "text_wrap": True, "valign": "top"}),
        "title": workbook.add_format({"bold": True, "font_size": 14}),
        "int": workbook.add_format({"num_format": "#,##0"}),
        "num0": workbook.add_format({"num_format": "#,##0"}),
        "num1": workbook.add_format({"num_format": "#,##0.0"}),
        "num2": workbook.add_format({"num_format": "#,##0.00"}),
        "num3": workbook.add_format({"num_format": "#,##0.000"}),
        "pct": workbook.add_format({"num_format": "0.0%"}),
        "date": workbook.add_format({"num_format": "yyyy-mm-dd"}),
        "datetime": workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"}),
        "note": workbook.add_format({"italic": True, "text_wrap": False}),
    }
    closed = False
    try:
        summary, *others = tables
        _write_summary(workbook, formats, summary, report, language, progress)
        for table in others:
            progress.stage = table.name
            _SheetWriter(workbook, formats, table, language).write_rows(table.rows(), progress)
        progress.stage = "saving"
        workbook.close()
        closed = True
        os.replace(partial, path)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        if not closed:
            try:
                workbook.close()  # releases its temporary files
            except Exception:
                pass
        partial.unlink(missing_ok=True)
    return path


def _write_summary(workbook: Any, formats: dict[str, Any], table: Table, report: KpiReport, language: str,
                   progress: ExportProgress) -> None:
    """Title and period on top, the KPI table (header frozen), then the notes."""
    writer = _SheetWriter(workbook, formats, table, language)
    sheet = workbook.add_worksheet(_sheet_name(table.title(language)))
    writer.sheet, writer.part = sheet, 1
    station = report.station or text("all_stations", language)
    sheet.write_string(0, 0, text("report_title", language), formats["title"])
    sheet.write_string(1, 0, f"{text('period', language)}: {period_label(report.period, language)} "
                             f"({report.period.first_text} – {report.period.last_text}); "
                             f"{text('station', language)}: {station}")
    header_row = 2
    widths = (20, 42, 12, 14, 14, 12, 10, 10, 12, 70)
    for index, column in enumerate(table.columns):
        sheet.set_column(index, index, widths[index] if index < len(widths) else 14)
        sheet.write_string(header_row, index, column.header(language), formats["header"])
    sheet.freeze_panes(header_row + 1, 0)
    row = header_row + 1
    for values in table.rows():
        for index, (write, value) in enumerate(zip(writer.writers, values, strict=True)):
            write(sheet, row, index, value)
        row += 1
    progress.advance(table.row_count)
    row += 1
    notes = [f"{label}: {value}" for label, value in about_rows(report, language)]
    notes += [privacy_note(report, language), text("pro_rated_note", language)]
    if report.empty:
        notes.insert(0, text("empty_period", language))
    for note in notes:
        sheet.write_string(row, 0, note, formats["note"])
        row += 1


def remove_partial(folder: Path) -> None:
    """Tidy a folder after a crash mid-export (files ending in .partial)."""
    for leftover in Path(folder).glob("*.partial"):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)
