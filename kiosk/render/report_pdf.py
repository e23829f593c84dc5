"""The KPI report as an A4 PDF (Qt's QPdfWriter and QPainter), in Latvian, English or Russian.

Page 1: the KPI table with targets and progress bars, the period, the station and the privacy
note. Page 2: charts (visitors per day with the 7-day average, exhibit runs and active minutes,
completion rates, pupils and students by gender and age). Page 3: programmes and how each KPI
is counted. The words come from kiosk.stats.texts, the same as the CSV and XLSX exports.

Safe to call from a worker thread (QPainter on a QPdfWriter needs no GUI thread); it needs a
QGuiApplication to exist for fonts, which the kiosk and `kiosk export` provide.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)

from kiosk.render.printing import a4_pdf_writer, ensure_gui_application
from kiosk.stats import definitions as d
from kiosk.stats.engine import KpiReport, moving_average, runs_without_data
from kiosk.stats.exports import ExportError, ExportProgress
from kiosk.stats.tables import privacy_note
from kiosk.stats.texts import exhibit_title, format_number, format_percent, period_label, text

DPI = 300
FONT = "DejaVu Sans"
INK = QColor("#10213F")
MUTED = QColor("#55607A")
RULE = QColor("#C9D1DE")
BAND = QColor("#0B1B34")
ACCENT = QColor("#E69F00")
#: Okabe-Ito, readable in print and by colour-blind readers.
SERIES = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")


def write_report_pdf(report: KpiReport, path: Path, language: str = "lv",
                     progress: ExportProgress | None = None) -> Path:
    """Draw the report into ``path`` (written under a temporary name, renamed when complete)."""
    ensure_gui_application()
    progress = progress or ExportProgress()
    progress.total += PAGES
    path = Path(path)
    if not path.parent.is_dir():
        raise ExportError(f"the folder {path.parent} does not exist")
    partial = path.with_name(path.name + ".partial")
    writer = a4_pdf_writer(partial, f"{text('report_title', language)} – {period_label(report.period, language)}",
                           margins_mm=14, resolution=DPI)
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(f"cannot write {path}")
    finished = False
    try:
        area = writer.pageLayout().paintRectPixels(DPI)
        page = _Page(painter, area.width(), area.height(), DPI, language)
        for number, draw in enumerate(PAGE_DRAWERS, start=1):
            progress.stage = f"pdf page {number}"
            if number > 1:
                writer.newPage()
            draw(page, report)
            page.footer(report, number, len(PAGE_DRAWERS))
            progress.advance(1)
        finished = painter.end()
        if not finished:
            raise ExportError(f"cannot write {path}")
        os.replace(partial, path)
    finally:
        if painter.isActive():
            painter.end()
        if not finished:
            partial.unlink(missing_ok=True)
    return path


class _Page:
    """Drawing helpers in millimetres inside the page margins."""

    def __init__(self, painter: QPainter, width_px: float, height_px: float, dpi: float, language: str) -> None:
        self.p, self.language = painter, language
        self.unit = dpi / 25.4  # device pixels per mm
        self.width_mm = width_px / self.unit
        self.height_mm = height_px / self.unit
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

    def r(self, x: float, y: float, w: float, h: float) -> QRectF:
        u = self.unit
        return QRectF(x * u, y * u, w * u, h * u)

    def pt(self, x: float, y: float) -> QPointF:
        return QPointF(x * self.unit, y * self.unit)

    def font(self, size_pt: float, bold: bool = False) -> QFont:
        font = QFont(FONT)
        font.setPointSizeF(size_pt)
        font.setBold(bold)
        return font

    def text(self, x: float, y: float, w: float, h: float, value: str, size: float = 9, *, bold: bool = False,
             colour: QColor = INK, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, wrap: bool = False) -> float:
        """Draw text in a box; returns the height used (mm)."""
        self.p.setFont(self.font(size, bold))
        self.p.setPen(colour)
        flags = align | Qt.AlignmentFlag.AlignVCenter
        if wrap:
            flags = align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            bound = self.p.boundingRect(self.r(x, y, w, 1000), flags, value)
            self.p.drawText(self.r(x, y, w, bound.height() / self.unit + 1), flags, value)
            return bound.height() / self.unit
        fitted = self._fit(value, w, size, bold)
        self.p.setFont(self.font(fitted, bold))
        self.p.drawText(self.r(x, y, w, h), flags, self._elide(value, w, fitted, bold))
        return h

    def _fit(self, value: str, width_mm: float, size: float, bold: bool) -> float:
        """The font size, down to three quarters of ``size``, at which the text fits the width."""
        fitted = size
        while fitted > size * 0.75:
            metrics = QFontMetricsF(self.font(fitted, bold), self.p.device())
            if metrics.horizontalAdvance(value) <= width_mm * self.unit:
                break
            fitted -= 0.25
        return fitted

    def _elide(self, value: str, width_mm: float, size: float, bold: bool) -> str:
        metrics = QFontMetricsF(self.font(size, bold), self.p.device())
        return metrics.elidedText(value, Qt.TextElideMode.ElideRight, width_mm * self.unit)

    def fill(self, x: float, y: float, w: float, h: float, colour: QColor | str, radius: float = 0) -> None:
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QColor(colour))
        if radius:
            self.p.drawRoundedRect(self.r(x, y, w, h), radius * self.unit, radius * self.unit)
        else:
            self.p.drawRect(self.r(x, y, w, h))

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: QColor = RULE, width_mm: float = 0.25) -> None:
        self.p.setPen(QPen(colour, width_mm * self.unit))
        self.p.drawLine(self.pt(x1, y1), self.pt(x2, y2))

    def heading(self, y: float, value: str) -> float:
        self.text(0, y, self.width_mm, 8, value, 13, bold=True)
        self.line(0, y + 8.5, self.width_mm, y + 8.5, ACCENT, 0.6)
        return y + 12

    def header(self, report: KpiReport) -> float:
        """The dark band with title, period and station; returns the y below it."""
        lang = self.language
        self.fill(0, 0, self.width_mm, 24, BAND, 2)
        self.text(5, 2.5, self.width_mm - 10, 9, text("report_title", lang), 17, bold=True, colour=QColor("#FFFFFF"))
        station = report.station or f"{text('all_stations', lang)} ({len(report.stations)})"
        line = (f"{text('period', lang)}: {period_label(report.period, lang)} "
                f"({report.period.first_text} – {report.period.last_text})   ·   {text('station', lang)}: {station}")
        self.text(5, 13, self.width_mm - 10, 8, line, 9.5, colour=QColor("#FFC83D"))
        return 30

    def footer(self, report: KpiReport, number: int, total: int) -> None:
        lang = self.language
        y = self.height_mm - 6
        self.line(0, y - 1, self.width_mm, y - 1)
        stamp = f"{text('generated', lang)}: {report.computed_at.strftime('%Y-%m-%d %H:%M UTC')} · {report.timezone}"
        self.text(0, y, self.width_mm * 0.7, 5, stamp, 7, colour=MUTED)
        self.text(self.width_mm * 0.7, y, self.width_mm * 0.3, 5, text("page", lang, n=number, total=total), 7,
                  colour=MUTED, align=Qt.AlignmentFlag.AlignRight)


# -- page 1: KPIs against targets ------------------------------------------------------------

def _kpi_page(page: _Page, report: KpiReport) -> None:
    lang = page.language
    y = page.header(report)
    y = page.heading(y, text("kpi_table", lang))
    w = page.width_mm
    columns = (("col_name", 0, 0.44), ("col_value", 0.44, 0.13), ("col_target_period", 0.57, 0.15),
               ("col_progress", 0.72, 0.28))
    for key, left, width in columns:
        align = Qt.AlignmentFlag.AlignLeft if key in ("col_name", "col_progress") else Qt.AlignmentFlag.AlignRight
        page.text(left * w, y, width * w - 2, 6, text(key, lang), 8, bold=True, colour=MUTED, align=align)
    y += 7
    row_h = 11.5
    for index, result in enumerate(report.kpis):
        kpi = result.definition
        if index % 2 == 0:
            page.fill(0, y, w, row_h, "#F2F5FA")
        page.text(1.5, y + 0.5, 0.44 * w - 3, 6, kpi.text("title", lang), 9, bold=True)
        page.text(1.5, y + 6, 0.44 * w - 3, 4.5, d.UNITS[kpi.unit][lang], 7, colour=MUTED)
        if result.withheld:  # too few people to show it without telling who they are, as on the screen
            page.text(0.44 * w, y, 0.13 * w - 2, row_h, text("hidden", lang), 10, colour=MUTED,
                      align=Qt.AlignmentFlag.AlignRight)
        else:
            page.text(0.44 * w, y, 0.13 * w - 2, row_h, format_number(result.value, kpi.decimals, lang), 11,
                      bold=True, align=Qt.AlignmentFlag.AlignRight)
        target = result.period_target
        target_text = format_number(target, kpi.decimals, lang) if target is not None else "–"
        page.text(0.57 * w, y, 0.15 * w - 2, row_h, target_text, 10, align=Qt.AlignmentFlag.AlignRight)
        if result.target is not None and result.target.pro_rated:
            note = text("per_years", lang, value=format_number(result.target.value, kpi.decimals, lang),
                        years=format_number(result.target.years, 0 if result.target.years == int(
                            result.target.years or 0) else 1, lang))
            page.text(0.57 * w, y + 7.5, 0.15 * w - 2, 4, note, 6.5, colour=MUTED, align=Qt.AlignmentFlag.AlignRight)
        _progress_bar(page, 0.72 * w + 1, y + 2.5, 0.28 * w - 2, 6.5, result.progress, lang)
        y += row_h
    y += 4
    notes = [privacy_note(report, lang), text("pro_rated_note", lang)]
    if report.empty:
        notes.insert(0, text("empty_period", lang))
    if report.demo:  # a demo centre's figures (kiosk export --source on a demo hub)
        notes.insert(0, text("demo_note", lang))
    for note in notes:
        y += page.text(0, y, w, 0, note, 8.5, colour=INK, wrap=True) + 2


def _progress_bar(page: _Page, x: float, y: float, w: float, h: float, progress: float | None, lang: str) -> None:
    if progress is None:
        page.text(x, y, w, h, "–", 9, colour=MUTED)
        return
    bar_w = w * 0.62
    page.fill(x, y, bar_w, h, "#DDE3EC", h / 2)
    filled = bar_w * min(1.0, max(0.0, progress))
    if filled > 0:
        # True to scale: the fill is clipped to the rounded track, never widened to a round cap
        # (1 %, 5 % and 14 % once all looked alike).
        track = QPainterPath()
        track.addRoundedRect(page.r(x, y, bar_w, h), h / 2 * page.unit, h / 2 * page.unit)
        page.p.save()
        page.p.setClipPath(track)
        page.fill(x, y, filled, h, "#0072B2" if progress >= 1 else "#56B4E9")
        page.p.restore()
    if progress >= 1:  # a tick, so "reached" does not rely on colour
        path = QPainterPath(page.pt(x + bar_w - h * 1.1, y + h * 0.5))
        path.lineTo(page.pt(x + bar_w - h * 0.75, y + h * 0.8))
        path.lineTo(page.pt(x + bar_w - h * 0.25, y + h * 0.2))
        page.p.setBrush(Qt.BrushStyle.NoBrush)
        page.p.setPen(QPen(QColor("#FFFFFF"), 0.5 * page.unit))
        page.p.drawPath(path)
    page.text(x + bar_w + 1.5, y - 1, w - bar_w - 1.5, h + 2, format_percent(progress, lang), 9.5, bold=True,
              align=Qt.AlignmentFlag.AlignRight)


# -- page 2: charts --------------------------------------------------------------------------

def _chart_page(page: _Page, report: KpiReport) -> None:
    lang = page.language
    y = page.header(report)
    y = page.heading(y, text("charts", lang))
    w = page.width_mm
    half = (w - 8) / 2
    chart_h = 84
    _visitors_chart(page, 0, y, w, 66, report)
    y += 71
    exhibits = list(report.exhibits[:MOST_EXHIBIT_ROWS])
    left_out = len(report.exhibits) > len(exhibits)
    note = f" ({text('top_of', lang, shown=len(exhibits), total=len(report.exhibits))})" if left_out else ""
    minutes = text("minutes_short", lang)
    _hbars(page, 0, y, half, chart_h, text("exhibit_popularity", lang) + note,
           [(exhibit_title(e.exhibit_id, lang), e.runs, format_number(e.runs, 0, lang) + " · "
             + format_number(e.active_minutes, 0, lang) + " " + minutes) for e in exhibits])
    rated = sorted((e for e in exhibits if e.runs), key=lambda e: -(e.completion_rate or 0))
    _hbars(page, half + 8, y, half, chart_h, text("completion_rates", lang) + note,
           [(exhibit_title(e.exhibit_id, lang), e.completion_rate or 0.0, format_percent(e.completion_rate, lang))
            for e in rated], maximum=1.0, colour=SERIES[2])
    y += chart_h + 6
    _participation_chart(page, 0, y, w, page.height_mm - y - 12, report)


#: Exhibit rows the two exhibit charts hold (rows stay readable at 7 pt); more are named "top N of M".
MOST_EXHIBIT_ROWS = 24


def _frame(page: _Page, x: float, y: float, w: float, h: float, title: str) -> QRectF:
    page.fill(x, y, w, h, "#F7F9FC", 2)
    page.text(x + 3, y + 1.5, w - 6, 6, title, 9.5, bold=True)
    return QRectF(x + 3, y + 9, w - 6, h - 12)


def _visitors_chart(page: _Page, x: float, y: float, w: float, h: float, report: KpiReport) -> None:
    """Visits per day with the 7-day average; days without records (before the first, or still to
    come) are hatched and named, not drawn as days nobody came."""
    lang = page.language
    area = _frame(page, x, y, w, h, text("visitors_per_day", lang))
    series = report.daily_visitors()
    values = [v for _, v in series]
    top = _nice_ceiling(max([v for v in values if v is not None] + [1]))
    left = area.left() + 12
    plot_w, plot_h = area.right() - left, area.height() - 8
    base = area.top() + plot_h
    for fraction in (0, 0.5, 1):
        gy = base - plot_h * fraction
        page.line(left, gy, area.right(), gy, RULE, 0.15)
        page.text(area.left(), gy - 2.5, 11, 5, format_number(top * fraction, 0, lang), 6.5, colour=MUTED,
                  align=Qt.AlignmentFlag.AlignRight)
    count = max(1, len(values))
    step = plot_w / count
    for start, stop in runs_without_data(values):
        _hatch(page, left + start * step, base - plot_h, (stop - start) * step, plot_h)
    for index, value in enumerate(values):
        if value:
            bar_h = plot_h * value / top
            page.fill(left + index * step + step * 0.1, base - bar_h, max(step * 0.8, 0.2), bar_h, SERIES[4])
    averages = moving_average(values, 7)
    path = QPainterPath()
    drawn = 0
    for index, average in enumerate(averages):
        if average is None:
            continue
        point = page.pt(left + (index + 0.5) * step, base - plot_h * average / top)
        joined = index > 0 and averages[index - 1] is not None
        path.lineTo(point) if joined else path.moveTo(point)
        drawn += 1
    if drawn > 1:
        page.p.setBrush(Qt.BrushStyle.NoBrush)
        page.p.setPen(QPen(QColor(SERIES[1]), 0.7 * page.unit))
        page.p.drawPath(path)
    labels = [series[0][0], series[len(series) // 2][0], series[-1][0]] if series else []
    for index, day in zip((0, len(series) // 2, len(series) - 1), labels, strict=False):
        page.text(left + index * step - 12, base + 1, 24 + step, 5, day.isoformat(), 6.5, colour=MUTED,
                  align=Qt.AlignmentFlag.AlignCenter)
    # legend: bars and the average line, told apart by shape as well as colour
    legend_x = area.right() - 62
    page.fill(legend_x, area.top() - 7, 4, 3, SERIES[4])
    page.text(legend_x + 5, area.top() - 8.5, 22, 5, text("visitors_per_day", lang), 6.5, colour=MUTED)
    page.line(legend_x + 30, area.top() - 5.5, legend_x + 35, area.top() - 5.5, QColor(SERIES[1]), 0.7)
    page.text(legend_x + 36, area.top() - 8.5, 26, 5, text("weekly_trend", lang), 6.5, colour=MUTED)
    if None in values:
        no_data_x = legend_x - 68
        _hatch(page, no_data_x, area.top() - 7, 4, 3)
        page.text(no_data_x + 5, area.top() - 8.5, 62, 5, text("no_records", lang), 6.5, colour=MUTED)


def _hatch(page: _Page, x: float, y: float, w: float, h: float) -> None:
    page.p.setPen(Qt.PenStyle.NoPen)
    page.p.setBrush(QBrush(RULE, Qt.BrushStyle.BDiagPattern))
    page.p.drawRect(page.r(x, y, w, h))


def _nice_ceiling(value: float) -> float:
    """The next round axis end: 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten."""
    power = 10 ** max(0, len(str(int(value))) - 1)
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def _hbars(page: _Page, x: float, y: float, w: float, h: float, title: str,
           rows: list[tuple[str, float, str]], maximum: float | None = None, colour: str = SERIES[0]) -> None:
    area = _frame(page, x, y, w, h, title)
    if not rows:
        page.text(area.left(), area.top(), area.width(), 8, text("empty_period", page.language), 8, colour=MUTED)
        return
    top = maximum or max(value for _, value, _ in rows) or 1
    label_w, value_w = area.width() * 0.34, area.width() * 0.30
    row_h = min(8.0, area.height() / len(rows))
    size = min(7.0, row_h * 2.3)  # 7 pt down to what a row holds (about 2.4 mm at 7 pt)
    for index, (label, value, shown) in enumerate(rows):
        ry = area.top() + index * row_h
        page.text(area.left(), ry, label_w - 1, row_h, label, size)
        bar_w = (area.width() - label_w - value_w) * value / top
        page.fill(area.left() + label_w, ry + row_h * 0.2, max(bar_w, 0.3), row_h * 0.6, colour, 0.6)
        page.text(area.right() - value_w, ry, value_w, row_h, shown, size, align=Qt.AlignmentFlag.AlignRight)


def _participation_chart(page: _Page, x: float, y: float, w: float, h: float, report: KpiReport) -> None:
    """Pupils and students by age band, a bar per gender; hidden cells hatched and labelled."""
    lang = page.language
    area = _frame(page, x, y, w, h, text("participation", lang))
    cells = {c.key: c for c in report.kpi("pupils_students").breakdowns.get(d.GENDER_AGE, ())}
    genders, ages = d.CATEGORIES[d.GENDER], d.CATEGORIES[d.AGE_BAND]
    shown = [c.value for c in cells.values() if not c.suppressed] or [1]
    top = max(max(shown), 1) * 1.15  # room for the tallest bar's number
    legend_h = 7
    plot_h = area.height() - legend_h - 8
    base = area.top() + legend_h + plot_h
    group_w = area.width() / len(ages)
    bar_w = group_w * 0.8 / len(genders)
    for a_index, age in enumerate(ages):
        gx = area.left() + a_index * group_w + group_w * 0.1
        for g_index, gender in enumerate(genders):
            cell = cells.get((gender, age))
            bx = gx + g_index * bar_w
            if cell is None:
                continue
            if cell.suppressed:
                page.p.setPen(QPen(MUTED, 0.2 * page.unit))
                page.p.setBrush(QBrush(MUTED, Qt.BrushStyle.BDiagPattern))
                page.p.drawRect(page.r(bx, base - 6, bar_w * 0.9, 6))
                continue
            bar_h = plot_h * cell.value / top
            page.fill(bx, base - bar_h, bar_w * 0.9, bar_h, SERIES[g_index])
            if cell.value:
                page.text(bx - 2, base - bar_h - 4.5, bar_w * 0.9 + 4, 4, format_number(cell.value, 0, lang), 6,
                          align=Qt.AlignmentFlag.AlignCenter)
        page.text(gx, base + 1, group_w * 0.8, 5, age, 7.5, colour=MUTED, align=Qt.AlignmentFlag.AlignCenter)
    lx = area.left()
    for g_index, gender in enumerate(genders):
        page.fill(lx, area.top() + 1.5, 4, 3, SERIES[g_index])
        label = d.category_label(d.GENDER, gender, lang)
        page.text(lx + 5, area.top(), 28, 6, label, 7)
        lx += 33
    lx = area.right() - 50
    page.p.setPen(QPen(MUTED, 0.2 * page.unit))
    page.p.setBrush(QBrush(MUTED, Qt.BrushStyle.BDiagPattern))
    page.p.drawRect(page.r(lx, area.top() + 1.5, 4, 3))
    page.text(lx + 5, area.top(), 45, 6, text("hidden_privacy", lang), 7)


# -- page 3: programmes and definitions ------------------------------------------------------

def _programme_page(page: _Page, report: KpiReport) -> None:
    lang = page.language
    y = page.header(report)
    y = page.heading(y, text("sheet_programmes", lang))
    w = page.width_mm
    columns = (("col_title", 0, 0.52), ("col_sessions", 0.52, 0.16), ("col_participants", 0.68, 0.16),
               ("col_graduations", 0.84, 0.16))
    for key, left, width in columns:
        align = Qt.AlignmentFlag.AlignLeft if key == "col_title" else Qt.AlignmentFlag.AlignRight
        page.text(left * w, y, width * w - 2, 6, text(key, lang), 8, bold=True, colour=MUTED, align=align)
    y += 7
    if not report.programmes:
        page.text(0, y, w, 6, text("empty_period", lang), 8.5, colour=MUTED)
        y += 8
    for programme in report.programmes[:24]:
        page.text(0, y, 0.52 * w - 2, 6, f"{programme.title(lang)} ({programme.code})", 8)
        values = (programme.sessions, programme.participants.shown, programme.graduations.shown)
        for (_, left, width), value in zip(columns[1:], values, strict=True):
            shown = format_number(value, 0, lang) if value is not None else text("hidden", lang)
            page.text(left * w, y, width * w - 2, 6, shown, 8, align=Qt.AlignmentFlag.AlignRight,
                      colour=INK if value is not None else MUTED)
        page.line(0, y + 6, w, y + 6, RULE, 0.1)
        y += 6.5
    y += 4
    y = page.heading(y, text("definitions", lang))
    for kpi in d.KPIS:
        page.text(0, y + 0.3, 0.36 * w, 0, kpi.text("title", lang), 7.5, bold=True, wrap=True)
        used = page.text(0.37 * w, y + 0.3, 0.63 * w, 0, kpi.text("how", lang), 7.5, colour=MUTED, wrap=True)
        y += max(5.5, used + 1.5)
        if y > page.height_mm - 14:
            break



PAGE_DRAWERS: Sequence[Callable[[_Page, KpiReport], None]] = (_kpi_page, _chart_page, _programme_page)
PAGES = len(PAGE_DRAWERS)


def render_report_images(report: KpiReport, language: str = "lv", dpi: float = 110) -> list[QImage]:
    """The same pages drawn onto images (A4 at ``dpi``), to look at the layout without a PDF viewer."""
    ensure_gui_application()
    width_px, height_px = round(210 / 25.4 * dpi), round(297 / 25.4 * dpi)
    margin = 14 / 25.4 * dpi
    images = []
    for number, draw in enumerate(PAGE_DRAWERS, start=1):
        image = QImage(width_px, height_px, QImage.Format.Format_RGB32)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        try:
            painter.translate(margin, margin)
            page = _Page(painter, width_px - 2 * margin, height_px - 2 * margin, dpi, language)
            draw(page, report)
            page.footer(report, number, len(PAGE_DRAWERS))
        finally:
            painter.end()
        images.append(image)
    return images
