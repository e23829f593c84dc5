"""The dashboard screen: a full-window layer for staff over the kiosk.

Header (title, station, languages, Close), the period picker, the KPI list against targets on
the left, four charts on the right, and the export bar at the bottom. The report is computed by
the statistics engine on a worker thread; the screen shows "Calculating…" until it arrives and
ignores an answer for a period that is no longer chosen. The idle reset is held while it is open;
instead, the dashboard closes itself after ``STAFF_TIMEOUT_S`` without a touch (never mid-export),
so figures are not left on a screen visitors walk up to.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.exhibit.kit import ThemedLabel, ThemedMixin, TouchButton
from kiosk.exhibit.theme import current_theme
from kiosk.stats.engine import KpiReport, StatsEngine
from kiosk.stats.periods import Period, local_today
from kiosk.stats.texts import period_label
from kiosk.ui.dashboard.charts import DashboardCharts
from kiosk.ui.dashboard.export_bar import ExportBar
from kiosk.ui.dashboard.kpi_panel import KpiPanel
from kiosk.ui.dashboard.period import CustomPeriodCard, PeriodPicker, preset_period
from kiosk.ui.dashboard.scope import ScopeSwitch, compute_centre_report, report_targets
from kiosk.ui.tasks import run_in_background
from kiosk.ui.widgets import LanguageBar

#: Seconds without a touch after which the dashboard closes and the kiosk returns to visitors.
STAFF_TIMEOUT_S = 300


def compute_report(store: Any, settings: Any, period: Period, station: str | None) -> tuple[Any, ...]:
    """(report, stations, targets problem, connection for exports): runs on a worker thread, on its
    own read connection."""
    targets, problem = report_targets(settings)
    engine = StatsEngine.for_settings(store.reader(), settings, targets)
    return engine.report(period, station), tuple(engine.all_stations()), problem, store.reader


class DashboardScreen(ThemedMixin, QWidget):
    """Statistics for staff; objectName "dashboard"."""

    report_shown = Signal(object)  # the KpiReport now on screen

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.kiosk_window = window
        self.setObjectName("dashboard")
        # Opaque: Qt then never repaints what lies below (the attract loop animates there), which
        # would cost the worker thread computing the KPIs most of its time slices.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.hide()
        self.report: KpiReport | None = None
        self.stations: tuple[str, ...] = ()
        self.station: str | None = None
        self.choice = "this_month"
        self.period = preset_period(self.choice, self._today())
        self.language = window.language
        self._asked = 0  # numbers the computations, so a late answer for an old period is dropped
        self.problem = ""
        self.scope = "station"  # or "centre": the whole centre, from the hub
        self.hub_dsn = str(window.settings.hub.dsn or "")
        self.hub_problem = ""  # why the centre's figures could not be had (the hub is away)
        self.report_connection: Any = window.services.store.reader  # what exports read for this report

        self.title = ThemedLabel(size=40, bold=True)
        self.subtitle = ThemedLabel(size=22, muted=True)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.scope_switch = ScopeSwitch()
        self.scope_switch.chosen.connect(self.set_scope)
        self.scope_switch.setVisible(bool(self.hub_dsn))
        self.station_button = TouchButton()
        self.station_button.setObjectName("dashboard:station")
        self.station_button.clicked.connect(self.next_station)
        self.station_button.hide()
        self.languages = LanguageBar(window.settings.ui.languages)
        self.languages.language_chosen.connect(self._set_language)
        self.close_button = TouchButton(primary=True)
        self.close_button.setObjectName("dashboard:close")
        self.close_button.clicked.connect(lambda: self.close_screen())
        self.picker = PeriodPicker()
        self.picker.chosen.connect(self.choose)
        self.message = ThemedLabel(size=20, accent=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.kpis = KpiPanel()
        self.charts = DashboardCharts()
        self.exports = ExportBar(self)
        self.custom = CustomPeriodCard(self)
        self.custom.chosen.connect(self.set_period)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.scope_switch)
        header.addWidget(self.station_button)
        header.addWidget(self.languages)
        header.addWidget(self.close_button)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addWidget(self.kpis, 34)
        self.body.addWidget(self.charts, 66)
        self.outer = QVBoxLayout(self)
        self.outer.addLayout(header)
        self.outer.addWidget(self.picker)
        self.outer.addWidget(self.message)
        self.outer.addLayout(self.body, 1)
        self.outer.addWidget(self.exports)
        self.unattended = QTimer(self)
        self.unattended.setSingleShot(True)
        self.unattended.setInterval(STAFF_TIMEOUT_S * 1000)
        self.unattended.timeout.connect(self._left_unattended)
        window.idle.input_seen.connect(self._touched)
        window.installEventFilter(self)
        window.stack.currentChanged.connect(self._stay_on_top)
        self.retranslate()
        self.apply_theme()

    # -- opening and closing -----------------------------------------------------------------

    def open(self) -> None:
        window = self.kiosk_window
        self.setGeometry(window.rect())
        self.language = window.language
        self.languages.set_current(window.language)
        window.idle.hold("dashboard", True)
        self.unattended.start()
        self.show()
        self.raise_()
        if self.choice != "custom":  # "this month" moves on; a custom range stays as chosen
            self.period = preset_period(self.choice, self._today())
        self.refresh()

    def close_screen(self, to_staff_menu: bool = True) -> None:
        """Back to the staff menu (which leads back to the visitors), or straight to the visitors."""
        if self.exports.running:
            self.exports.cancel()
        self.unattended.stop()
        self.custom.close_overlay()
        self.exports.folders.close_overlay()
        self.hide()
        self.kiosk_window.idle.hold("dashboard", False)
        if to_staff_menu:
            self.kiosk_window.staff_menu.open_for("staff")
        else:
            self.kiosk_window.staff_menu.close_overlay()

    def _touched(self) -> None:
        if self.isVisible():
            self.unattended.start()

    def _left_unattended(self) -> None:
        if self.exports.running:  # a long export is not abandoned: look again later
            self.unattended.start()
            return
        self.kiosk_window.services.journal.event("staff.dashboard_timeout")
        self.close_screen(to_staff_menu=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window: QWidget = self.kiosk_window
        if watched is window and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(window.rect())
        return False

    def _stay_on_top(self, _index: int = 0) -> None:
        if self.isVisible():
            self.raise_()

    # -- period and station ------------------------------------------------------------------

    def _today(self) -> Any:
        settings = self.kiosk_window.settings
        return local_today(settings.station.timezone, self.kiosk_window.services.now())

    def choose(self, key: str) -> None:
        """A period button: a preset at once, or the date steppers for a custom range."""
        if key == "custom":
            self.custom.open_with(self.period)
            self.picker.set_current(self.choice)  # stays on the old choice until Show
            return
        self.choice = key
        self.set_period(preset_period(key, self._today()), key)

    def set_period(self, period: Period, choice: str = "custom") -> None:
        self.choice = choice
        self.picker.set_current(choice)
        self.period = period
        self.refresh()

    def next_station(self) -> None:
        """All stations, then each station in turn."""
        order: list[str | None] = [None, *self.stations]
        self.station = order[(order.index(self.station) + 1) % len(order)] if self.station in order else None
        self.refresh()

    def set_scope(self, scope: str) -> None:
        """This station's figures, or the whole centre's (from the hub)."""
        self.scope = scope
        self.scope_switch.set_current(scope)
        self.station = None  # the stations differ between the two
        self.refresh()

    # -- computing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self._asked += 1
        asked = self._asked
        self.report = None
        self.kpis.set_report(None, self.language)
        self.charts.show_loading()
        self._show_subtitle()
        store, settings = self.kiosk_window.services.store, self.kiosk_window.settings
        period, station = self.period, self.station
        if self.scope == "centre":
            work = partial(compute_centre_report, self.hub_dsn, settings, period, station)
        else:
            work = partial(compute_report, store, settings, period, station)
        run_in_background(
            work,
            lambda result: self._show(asked, result),
            lambda exc: self._failed(asked, exc),
        )

    def _show(self, asked: int, result: tuple[Any, ...]) -> None:
        if asked != self._asked:
            return  # a newer period was chosen meanwhile
        report, stations, problem, self.report_connection = result
        self.report, self.stations, self.problem = report, stations, problem
        if self.scope == "centre":
            self.hub_problem = ""
            self.scope_switch.set_unreachable(False)
        self.kpis.set_report(report, self.language)
        self.charts.show_report(report, self.language)
        self._show_subtitle()
        self._show_message()
        self.report_shown.emit(report)

    def _failed(self, asked: int, exc: BaseException) -> None:
        if asked != self._asked:
            return
        from kiosk.hub.connection import HubError

        if self.scope == "centre" and isinstance(exc, HubError):
            # The hub is away (or cannot work with this kiosk): say so, and show this station.
            self.hub_problem = str(exc)
            self.scope_switch.set_unreachable(True)
            self.set_scope("station")
            self._show_message()
            return
        self.problem = self.tr("The statistics could not be calculated: %1").replace("%1", str(exc))
        self._show_message()

    def _show_message(self) -> None:
        text = self.problem
        if self.problem and self.report is not None:
            text = self.tr("The KPI targets file has a problem, so the built-in targets are shown: %1").replace(
                "%1", self.problem)
        elif self.report is not None and self.report.empty:
            text = self.tr("There is no data for this period yet.")
        if self.hub_problem and self.scope == "station":
            hub = self.tr("The centre database cannot be reached, so this station's figures are shown: %1").replace(
                "%1", self.hub_problem)
            text = f"{hub}\n{text}" if text else hub
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- language and look -------------------------------------------------------------------

    def _set_language(self, language: str) -> None:
        self.language = language
        self.kiosk_window.set_language(language)
        self.languages.set_current(language)
        self.kpis.set_report(self.report, language)
        if self.report is not None:
            self.charts.show_report(self.report, language)

    def _show_subtitle(self) -> None:
        period = f"{period_label(self.period, self.language)} ({self.period.first_text} – {self.period.last_text})"
        station = self.station or self.tr("all stations")
        if self.scope == "centre" and self.station is None:
            station = self.tr("whole centre")
        elif len(self.stations) <= 1 and self.station is None:
            station = self.stations[0] if self.stations else self.kiosk_window.settings.station.id
        subtitle = self.tr("%1 · station: %2").replace("%1", period).replace("%2", station)
        if self.report is not None and self.report.demo:
            subtitle += " · " + self.tr("DEMO: synthetic figures of a demo centre")
        self.subtitle.setText(subtitle)
        self.station_button.setVisible(len(self.stations) > 1)
        self.station_button.setText(self.tr("Station: %1").replace("%1", self.station or self.tr("all")))

    def retranslate(self) -> None:
        self.language = self.kiosk_window.language  # the statistics speak the kiosk's language
        self.languages.set_current(self.language)
        self.title.setText(self.tr("Statistics and KPIs"))
        self.close_button.setText(self.tr("Close"))
        self._show_subtitle()
        self._show_message()
        self.kpis.update()

    def apply_theme(self) -> None:
        theme = current_theme()
        margin = theme.px(32)
        self.outer.setContentsMargins(margin, theme.px(18), margin, theme.px(14))
        self.outer.setSpacing(theme.px(12))
        super().apply_theme()

    def resizeEvent(self, event) -> None:
        """A portrait screen stacks the KPI list above the charts."""
        portrait = self.height() > self.width()
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self.body.setStretch(0, 40 if portrait else 34)
        self.body.setStretch(1, 60 if portrait else 66)
        self.kpis.setMinimumHeight(current_theme().px(56) * 12 if portrait else 0)
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), current_theme().color("background"))

    # A staff screen: every touch stays here.
    def mousePressEvent(self, event) -> None:
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        event.accept()
