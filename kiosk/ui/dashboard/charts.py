"""The dashboard's four charts (pyqtgraph), styled from the kiosk theme and touch-safe.

Visitors per day with the 7-day average; exhibit runs with active minutes; completion rates;
pupils and students by age band and gender, with hidden (suppressed) cells drawn hatched. Series
differ by shape or pattern as well as colour, and every chart has its numbers on it.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QGridLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.exhibit.kit import Card, ThemedLabel, ThemedMixin
from kiosk.exhibit.plots import make_still
from kiosk.exhibit.theme import current_theme
from kiosk.stats import definitions as d
from kiosk.stats.engine import KpiReport, moving_average, runs_without_data
from kiosk.stats.texts import exhibit_title, format_number, format_percent

MAX_EXHIBITS = 8


class StaticPlot(pg.PlotWidget):
    """A pyqtgraph plot that ignores touches: no panning, zooming, menus or legend clicks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, enableMenu=False)  # no menus built: a plot costs a third less to make
        make_still(self)
        self.setAntialiasing(True)
        self.viewport().installEventFilter(self)
        self.apply_theme()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
                            QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.ContextMenu):
            return True
        return super().eventFilter(watched, event)

    def apply_theme(self) -> None:
        theme = current_theme()
        self.setBackground(theme.color("surface"))
        font = theme.font(17)
        for name in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(theme.color("outline"), width=max(1, theme.px(2))))
            axis.setTextPen(pg.mkPen(theme.color("text")))
            axis.setStyle(tickFont=font, tickTextOffset=theme.px(6))

    def clear_items(self) -> None:
        self.getPlotItem().clear()


class ChartCard(Card):
    """A chart with a title and a line of legend or note under it."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(f"chart:{name}")
        self.title = ThemedLabel(size=22, bold=True)
        self.note = ThemedLabel(size=17, muted=True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.plot = StaticPlot()
        # While the report is computed the card says so, instead of an empty plot with 0-1 axes.
        self.loading = ThemedLabel(size=20, muted=True)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setWordWrap(True)
        self.body = QStackedWidget()
        self.body.addWidget(self.plot)
        self.body.addWidget(self.loading)
        layout = QVBoxLayout(self)
        theme = current_theme()
        layout.setContentsMargins(theme.px(16), theme.px(10), theme.px(16), theme.px(10))
        layout.setSpacing(theme.px(4))
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.note)

    def set_loading(self, loading: bool) -> None:
        self.body.setCurrentWidget(self.loading if loading else self.plot)
        if loading:
            self.note.clear()


def _swatch(colour: QColor | str, text: str, mark: str = "■") -> str:
    colour = QColor(colour).name()
    return f'<span style="color:{colour}">{mark}</span>&nbsp;{text}'


def _view_size(plot: StaticPlot) -> tuple[int, int]:
    """The pixels the plot's data area has (an estimate before the plot is first laid out)."""
    view = plot.getPlotItem().getViewBox()
    theme = current_theme()
    width = int(view.width()) if view.width() > 1 else plot.width() - theme.px(60)
    height = int(view.height()) if view.height() > 1 else plot.height() - theme.px(50)
    return max(1, width), max(1, height)


def _value_label(text: str, font: QFont, anchor: tuple[float, float]) -> pg.TextItem:
    """A number at a bar, in the screen's text size, its box no taller than its line."""
    label = pg.TextItem(text, color=current_theme().color("text"), anchor=anchor)
    label.setFont(font)
    label.textItem.document().setDocumentMargin(current_theme().px(2))
    return label


def _category_names(plot: StaticPlot, names: list[str], labels_px: float) -> tuple[list[str], int]:
    """The names down a bar chart's left axis, and the axis width: as wide as the longest name
    needs, but leaving the bars their value labels (``labels_px``) and room to differ, and at most
    half the chart; a name longer than that is shortened with an ellipsis instead of being left
    out by the axis."""
    theme = current_theme()
    axis = plot.getPlotItem().getAxis("left")
    metrics = QFontMetrics(axis.style["tickFont"] or theme.font(17))
    margin = theme.px(6) + max(0, int(axis.style["tickLength"])) + theme.px(10)
    need = max((metrics.horizontalAdvance(n) for n in names), default=0) + margin + 2  # 2: advances round down
    width = min(need, max(theme.px(80), min(int(plot.width() * 0.5), int(plot.width() - labels_px - theme.px(140)))))
    room = width - margin
    return [metrics.elidedText(n, Qt.TextElideMode.ElideRight, room) for n in names], width


def _rows_that_fit(plot: StaticPlot, font: QFont, wanted: int) -> int:
    """How many bars one above the other leave each its own line for its label and name."""
    line = max(_value_label("0", font, (0, 0)).boundingRect().height(),
               QFontMetrics(current_theme().font(17)).height())
    _, height = _view_size(plot)
    return max(1, min(wanted, int(height / (line * 1.1))))


class DashboardCharts(ThemedMixin, QWidget):
    """Four charts in a 2 x 2 grid; ``show_report`` redraws them for a report and language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visitors = ChartCard("visitors")
        self.exhibits = ChartCard("exhibits")
        self.completion = ChartCard("completion")
        self.participation = ChartCard("participation")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(current_theme().px(14))
        self.portrait: bool | None = None
        self.arrange(portrait=False)
        self.report: KpiReport | None = None
        self.language = "lv"
        self.redraw = QTimer(self)  # charts place their labels by pixel size: redraw after a resize
        self.redraw.setSingleShot(True)
        self.redraw.setInterval(0)
        self.redraw.timeout.connect(lambda: self.report is not None and self.show_report(self.report, self.language))
        #: what the visitors chart shows: the days drawn, and how many days of the period have no data
        self.visitor_days_drawn: list = []
        self.visitor_days_without_data = 0
        for card in self.cards():
            card.plot.setMinimumHeight(current_theme().px(120))
            # The plot lays out its data area after the widget's resize: measure again then.
            card.plot.getPlotItem().getViewBox().sigResized.connect(self.redraw.start)
        self.retranslate()
        self.show_loading()

    def show_loading(self) -> None:
        """The report is being computed: each card says so instead of drawing empty axes."""
        self.report = None
        for card in self.cards():
            card.plot.clear_items()
            card.set_loading(True)

    def arrange(self, portrait: bool) -> None:
        """Landscape: visitors and exhibit popularity on top, completion and participants below.
        Portrait, where the charts share a short strip under the KPI list: the two with upright bars
        (days, age bands) side by side, and below them the two that list the same exhibits, side by
        side so their rows can be read across."""
        if portrait == self.portrait:
            return
        self.portrait = portrait
        order = ((self.visitors, self.participation, self.exhibits, self.completion) if portrait
                 else (self.visitors, self.exhibits, self.completion, self.participation))
        for card in order:
            self.grid.removeWidget(card)
        for index, card in enumerate(order):
            self.grid.addWidget(card, index // 2, index % 2)

    def resizeEvent(self, event) -> None:
        screen = self.window()
        self.arrange(portrait=screen.height() > screen.width())
        super().resizeEvent(event)
        self.redraw.start()

    def cards(self) -> tuple[ChartCard, ...]:
        return (self.visitors, self.exhibits, self.completion, self.participation)

    def retranslate(self) -> None:
        self.visitors.title.setText(self.tr("Visitors per day"))
        self.exhibits.title.setText(self.tr("Exhibit popularity: runs and active minutes"))
        self.completion.title.setText(self.tr("Completion rate"))
        self.participation.title.setText(self.tr("Pupils and students by gender and age"))
        for card in self.cards():
            card.loading.setText(self.tr("Calculating the statistics…"))
        if self.report is not None:
            self.show_report(self.report, self.language)

    def apply_theme(self) -> None:
        for card in self.cards():
            card.plot.apply_theme()
        if self.report is not None:
            self.show_report(self.report, self.language)


    # -- drawing -----------------------------------------------------------------------------

    def show_report(self, report: KpiReport, language: str) -> None:
        self.report, self.language = report, language
        for card in self.cards():
            card.set_loading(False)
        self._visitors(report, language)
        self._exhibits(report, language)
        self._completion(report, language)
        self._participation(report, language)

    def _visitors(self, report: KpiReport, language: str) -> None:
        theme = current_theme()
        plot = self.visitors.plot
        plot.clear_items()
        series = report.daily_visitors()
        xs = list(range(len(series)))
        values = [v for _, v in series]
        known = [(x, v) for x, v in zip(xs, values, strict=True) if v is not None]
        self.visitor_days_drawn = [series[x][0] for x, _ in known]
        self.visitor_days_without_data = len(series) - len(known)
        top = max([v for _, v in known] + [1]) * 1.1
        # Days before the first record or still to come: hatched, not bars of zero visitors.
        hatch = QBrush(theme.color("text_muted"), Qt.BrushStyle.BDiagPattern)
        for start, stop in runs_without_data(values):
            plot.addItem(pg.BarGraphItem(x0=[start - 0.5], x1=[stop - 0.5], y0=[0], y1=[top], brush=hatch,
                                         pen=pg.mkPen(None)))
        if known:
            plot.addItem(pg.BarGraphItem(x=[x for x, _ in known], height=[v for _, v in known], width=0.8,
                                         brush=theme.series(0), pen=pg.mkPen(None)))
        averages = moving_average(values, 7)
        pen = pg.mkPen(theme.series(1), width=max(2, theme.px(4)), style=Qt.PenStyle.DashLine)
        plot.plot(xs, [float("nan") if a is None else a for a in averages], pen=pen, connect="finite")
        plot.getPlotItem().getAxis("bottom").setTicks([self._day_ticks(plot, [day for day, _ in series]), []])
        plot.getPlotItem().getAxis("left").setTicks(None)
        plot.setXRange(-0.6, max(0, len(series) - 0.4), padding=0)
        plot.setYRange(0, top, padding=0)
        total = format_number(report.kpi("visitors").value, 0, language)
        legend = [_swatch(theme.series(0), self.tr("visits a day")),
                  _swatch(theme.series(1), self.tr("7-day average"), "╌")]
        if self.visitor_days_without_data:
            legend.append(_swatch(theme.color("text_muted"), self.tr("no records"), "▨"))
        self.visitors.note.setText(" &nbsp; ".join(legend) + " &nbsp; " + self.tr("Total: %1").replace("%1", total))

    @staticmethod
    def _day_ticks(plot: StaticPlot, days: list) -> list[tuple[int, str]]:
        """Dates under the visitors' bars: as many as the width takes with a gap between them, the
        first and last far enough from the ends to be drawn whole (the axis leaves out a cut one)."""
        theme = current_theme()
        tick_font = plot.getPlotItem().getAxis("bottom").style["tickFont"] or theme.font(17)
        label_px = QFontMetrics(tick_font).horizontalAdvance("00.00.") + theme.px(24)
        width, _ = _view_size(plot)
        per_day = width / max(1.0, len(days) + 0.2)
        step = max(1, -(-label_px // max(1, int(per_day))))
        first = 0
        while first < len(days) - 1 and (first + 0.6) * per_day < label_px / 2:
            first += 1
        return [(i, days[i].strftime("%d.%m.")) for i in range(first, len(days), step)
                if (len(days) - 0.4 - i) * per_day >= label_px / 2 - theme.px(12)]

    def _exhibits_shown(self) -> int:
        """How many of the most used exhibits both exhibit charts list: as many as each has a line
        for, the same in both, so the popularity chart's "the N most used" is true of both."""
        font = current_theme().font(16)
        return min(_rows_that_fit(self.exhibits.plot, font, MAX_EXHIBITS),
                   _rows_that_fit(self.completion.plot, font, MAX_EXHIBITS))

    def _exhibits(self, report: KpiReport, language: str) -> None:
        theme = current_theme()
        plot = self.exhibits.plot
        plot.clear_items()
        font = theme.font(16)  # follows the text size, as every other number on screen
        top = list(report.exhibits[:self._exhibits_shown()])[::-1]  # most popular at the top
        ys = list(range(len(top)))
        runs = [e.runs for e in top]
        if top:
            plot.addItem(pg.BarGraphItem(x0=0, y=ys, width=runs, height=0.7, brush=theme.series(4),
                                         pen=pg.mkPen(None)))
        longest = max([*runs, 1])
        minutes = self.tr("min")
        texts = [f"{format_number(u.runs, 0, language)} · {format_number(u.active_minutes, 0, language)} {minutes}"
                 for u in top]
        labels = []
        for y, use, value in zip(ys, top, texts, strict=True):
            label = _value_label(value, font, (0, 0.5))
            labels.append((label, use.runs, y))
        label_px = max((label.boundingRect().width() for label, _, _ in labels), default=0) + theme.px(12)
        names, axis_width = _category_names(plot, [exhibit_title(u.exhibit_id, language) for u in top], label_px)
        # Leave room right of the longest bar for its label, whatever the chart's width.
        bars_px = max(1, plot.width() - axis_width - theme.px(20))
        x_max = longest / max(0.25, 1 - label_px / bars_px)
        for label, value_x, y in labels:
            label.setPos(value_x + x_max * theme.px(4) / bars_px, y)
            plot.addItem(label)
        axis = plot.getPlotItem().getAxis("left")
        axis.setTicks([list(zip(ys, names, strict=True)), []])
        axis.setWidth(axis_width)
        plot.getPlotItem().getAxis("bottom").setTicks(None)
        plot.setXRange(0, x_max, padding=0)
        plot.setYRange(-0.6, max(0.6, len(top) - 0.4), padding=0)
        self.exhibits.note.setText(self.tr("Runs · active minutes, the %1 most used exhibits").replace(
            "%1", str(len(top))) if top else self.tr("No exhibit was used in this period."))

    def _completion(self, report: KpiReport, language: str) -> None:
        theme = current_theme()
        plot = self.completion.plot
        plot.clear_items()
        font = theme.font(16)
        used = [e for e in report.exhibits[:self._exhibits_shown()] if e.runs]  # as in the popularity chart
        ranked = sorted(used, key=lambda e: e.completion_rate or 0)
        ys = list(range(len(ranked)))
        rates = [100 * (e.completion_rate or 0) for e in ranked]
        if ranked:
            plot.addItem(pg.BarGraphItem(x0=0, y=ys, width=rates, height=0.7, brush=theme.series(2),
                                         pen=pg.mkPen(theme.color("text"), width=1)))
        labels = []
        for y, use, rate in zip(ys, ranked, rates, strict=True):
            label = _value_label(format_percent(use.completion_rate, language), font, (0, 0.5))
            labels.append((label, rate, y))
        label_px = max((label.boundingRect().width() for label, _, _ in labels), default=0) + theme.px(12)
        names, axis_width = _category_names(plot, [exhibit_title(u.exhibit_id, language) for u in ranked],
                                            label_px)
        bars_px = max(1, plot.width() - axis_width - theme.px(20))
        # The axis runs to 100 % and a little past, so the "100 %" under it and every value label fit.
        tick_font = plot.getPlotItem().getAxis("bottom").style["tickFont"] or theme.font(17)
        tick_px = QFontMetrics(tick_font).horizontalAdvance(format_percent(1.0, language)) + theme.px(16)
        x_max = max(100 / max(0.25, 1 - tick_px / 2 / bars_px),
                    max(rates, default=0) / max(0.25, 1 - label_px / bars_px))
        for label, rate, y in labels:
            label.setPos(rate + x_max * theme.px(4) / bars_px, y)
            plot.addItem(label)
        axis = plot.getPlotItem().getAxis("left")
        axis.setTicks([list(zip(ys, names, strict=True)), []])
        axis.setWidth(axis_width)
        # As many percent marks as the width takes without running together ("25 50 75 %" squeezed).
        px_per_percent = bars_px / x_max
        for step in (25, 50, 100):
            if step * px_per_percent >= tick_px:
                break
        marks = range(step, 101, step)
        plot.getPlotItem().getAxis("bottom").setTicks([[(v, format_percent(v / 100, language)) for v in marks], []])
        plot.setXRange(0, x_max, padding=0)
        plot.setYRange(-0.6, max(0.6, len(ranked) - 0.4), padding=0)
        completions = report.kpi("exhibit_completions").value
        runs = report.kpi("exhibit_runs").value
        overall = format_percent(completions / runs if runs else None, language)
        self.completion.note.setText(self.tr("Runs in which the visitor reached the goal; all exhibits: %1")
                                     .replace("%1", overall))

    def _participation(self, report: KpiReport, language: str) -> None:
        theme = current_theme()
        plot = self.participation.plot
        plot.clear_items()
        result = report.kpi("pupils_students")
        cells = {c.key: c for c in result.breakdowns.get(d.GENDER_AGE, ())}
        genders, ages = d.CATEGORIES[d.GENDER], d.CATEGORIES[d.AGE_BAND]
        ages = tuple(a for a in ages if any(c.key[1] == a and c.value for c in cells.values())) or ages[:4]
        shown = [c.value for c in cells.values() if not c.suppressed]
        top = max([*shown, 1])
        width = 0.8 / len(genders)
        hidden_h = top * 0.12
        font = theme.font(15)
        for g_index, gender in enumerate(genders):
            xs, heights, hidden_xs = [], [], []
            for a_index, age in enumerate(ages):
                cell = cells.get((gender, age))
                x = a_index - 0.4 + width * (g_index + 0.5)
                if cell is None:
                    continue
                if cell.suppressed:
                    hidden_xs.append(x)
                elif cell.value:
                    xs.append(x)
                    heights.append(cell.value)
                    label = _value_label(format_number(cell.value, 0, language), font, (0.5, 1))
                    label.setPos(x, cell.value)
                    plot.addItem(label)
            if xs:
                plot.addItem(pg.BarGraphItem(x=xs, height=heights, width=width * 0.9, brush=theme.series(g_index),
                                             pen=pg.mkPen(None)))
            if hidden_xs:  # an empty dashed box: there are people here, how many is not shown
                pen = QPen(theme.color("text_muted"), max(1, theme.px(2)), Qt.PenStyle.DashLine)
                pen.setCosmetic(True)
                plot.addItem(pg.BarGraphItem(x=hidden_xs, height=[hidden_h] * len(hidden_xs), width=width * 0.9,
                                             brush=pg.mkBrush(None), pen=pen))
        plot.getPlotItem().getAxis("bottom").setTicks([[(i, age) for i, age in enumerate(ages)], []])
        plot.getPlotItem().getAxis("left").setTicks(None)
        plot.setXRange(-0.55, len(ages) - 0.45, padding=0)
        # Headroom above the tallest bar for its number, in pixels: a short plot needs more of it.
        _, view_px = _view_size(plot)
        label_px = QFontMetrics(font).height() + theme.px(16)
        plot.setYRange(0, top / max(0.3, min(1 / 1.15, 1 - label_px / view_px)), padding=0)
        legend = [_swatch(theme.series(i), d.category_label(d.GENDER, g, language)) for i, g in enumerate(genders)]
        legend.append(_swatch(theme.color("text_muted"), self.tr("hidden to protect privacy"), "⬚"))
        self.participation.note.setText(" &nbsp; ".join(legend))
