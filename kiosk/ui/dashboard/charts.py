"""The dashboard's four charts (pyqtgraph), styled from the kiosk theme and touch-safe.

Visitors per day with the 7-day average; exhibit runs with active minutes; completion rates;
pupils and students by age band and gender, with hidden (suppressed) cells drawn hatched. Series
differ by shape or pattern as well as colour, and every chart has its numbers on it.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPen
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


class DashboardCharts(ThemedMixin, QWidget):
    """Four charts in a 2 x 2 grid; ``show_report`` redraws them for a report and language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visitors = ChartCard("visitors")
        self.exhibits = ChartCard("exhibits")
        self.completion = ChartCard("completion")
        self.participation = ChartCard("participation")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(current_theme().px(14))
        grid.addWidget(self.visitors, 0, 0)
        grid.addWidget(self.exhibits, 0, 1)
        grid.addWidget(self.completion, 1, 0)
        grid.addWidget(self.participation, 1, 1)
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
        self.retranslate()
        self.show_loading()

    def show_loading(self) -> None:
        """The report is being computed: each card says so instead of drawing empty axes."""
        self.report = None
        for card in self.cards():
            card.plot.clear_items()
            card.set_loading(True)

    def resizeEvent(self, event) -> None:
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
        labels = max(2, min(7, plot.width() // max(1, theme.px(110))))
        step = max(1, -(-len(series) // labels))
        ticks = [(i, series[i][0].strftime("%d.%m.")) for i in range(0, len(series), step)]
        plot.getPlotItem().getAxis("bottom").setTicks([ticks, []])
        plot.getPlotItem().getAxis("left").setTicks(None)
        plot.setXRange(-0.6, max(0, len(series) - 0.4), padding=0)
        plot.setYRange(0, top, padding=0)
        total = format_number(report.kpi("visitors").value, 0, language)
        legend = [_swatch(theme.series(0), self.tr("visits a day")),
                  _swatch(theme.series(1), self.tr("7-day average"), "╌")]
        if self.visitor_days_without_data:
            legend.append(_swatch(theme.color("text_muted"), self.tr("no records"), "▨"))
        self.visitors.note.setText(" &nbsp; ".join(legend) + " &nbsp; " + self.tr("Total: %1").replace("%1", total))

    def _exhibits(self, report: KpiReport, language: str) -> None:
        theme = current_theme()
        plot = self.exhibits.plot
        plot.clear_items()
        top = list(report.exhibits[:MAX_EXHIBITS])[::-1]  # most popular at the top
        ys = list(range(len(top)))
        runs = [e.runs for e in top]
        if top:
            plot.addItem(pg.BarGraphItem(x0=0, y=ys, width=runs, height=0.7, brush=theme.series(4),
                                         pen=pg.mkPen(None)))
        longest = max([*runs, 1])
        font = theme.font(16)
        minutes = self.tr("min")
        texts = [f"{format_number(u.runs, 0, language)} · {format_number(u.active_minutes, 0, language)} {minutes}"
                 for u in top]
        for y, use, value in zip(ys, top, texts, strict=True):
            label = pg.TextItem(value, color=theme.color("text"), anchor=(0, 0.5))
            label.setFont(font)
            label.setPos(use.runs + longest * 0.02, y)
            plot.addItem(label)
        axis = plot.getPlotItem().getAxis("left")
        axis.setTicks([[(y, exhibit_title(u.exhibit_id, language)) for y, u in zip(ys, top, strict=True)], []])
        axis.setWidth(theme.px(230))
        plot.getPlotItem().getAxis("bottom").setTicks(None)
        # Leave room right of the longest bar for its label, whatever the chart's width.
        label_px = max((QFontMetrics(font).horizontalAdvance(t) for t in texts), default=0) + theme.px(24)
        bars_px = max(1, plot.width() - theme.px(230) - theme.px(20))
        plot.setXRange(0, longest / max(0.25, 1 - label_px / bars_px), padding=0)
        plot.setYRange(-0.6, max(0.6, len(top) - 0.4), padding=0)
        self.exhibits.note.setText(self.tr("Runs · active minutes, the %1 most used exhibits").replace(
            "%1", str(len(top))) if top else self.tr("No exhibit was used in this period."))

    def _completion(self, report: KpiReport, language: str) -> None:
        theme = current_theme()
        plot = self.completion.plot
        plot.clear_items()
        used = [e for e in report.exhibits[:MAX_EXHIBITS] if e.runs]
        ranked = sorted(used, key=lambda e: e.completion_rate or 0)
        ys = list(range(len(ranked)))
        rates = [100 * (e.completion_rate or 0) for e in ranked]
        if ranked:
            plot.addItem(pg.BarGraphItem(x0=0, y=ys, width=rates, height=0.7, brush=theme.series(2),
                                         pen=pg.mkPen(theme.color("text"), width=1)))
        font = theme.font(16)
        for y, use, rate in zip(ys, ranked, rates, strict=True):
            label = pg.TextItem(format_percent(use.completion_rate, language), color=theme.color("text"),
                                anchor=(0, 0.5))
            label.setFont(font)
            label.setPos(rate + 1.5, y)
            plot.addItem(label)
        axis = plot.getPlotItem().getAxis("left")
        axis.setTicks([[(y, exhibit_title(u.exhibit_id, language)) for y, u in zip(ys, ranked, strict=True)], []])
        axis.setWidth(theme.px(230))
        plot.getPlotItem().getAxis("bottom").setTicks([[(v, f"{v}%") for v in (0, 25, 50, 75, 100)], []])
        plot.setXRange(0, 118, padding=0)
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
                    label = pg.TextItem(format_number(cell.value, 0, language), color=theme.color("text"),
                                        anchor=(0.5, 1))
                    label.setFont(font)
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
        plot.setYRange(0, top * 1.2, padding=0)
        legend = [_swatch(theme.series(i), d.category_label(d.GENDER, g, language)) for i, g in enumerate(genders)]
        legend.append(_swatch(theme.color("text_muted"), self.tr("hidden to protect privacy"), "⬚"))
        self.participation.note.setText(" &nbsp; ".join(legend))
