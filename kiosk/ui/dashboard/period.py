"""Choosing the period on a touch screen: this month, last month, this year, or a custom range
set with big day and month steppers (no keyboard, no tiny calendar)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from kiosk.exhibit.kit import ThemedLabel, TouchButton
from kiosk.stats.periods import Period, last_month, this_month, this_year
from kiosk.ui.widgets import Overlay, TabBar

CHOICES = ("this_month", "last_month", "this_year", "custom")


def preset_period(key: str, today: dt.date) -> Period:
    return {"this_month": this_month, "last_month": last_month, "this_year": this_year}[key](today)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last_day = Period.month(year, month + 1).last.day
    return dt.date(year, month + 1, min(day.day, last_day))


class PeriodPicker(TabBar):
    """The four period buttons (objectNames choice:this_month, ...), in two rows when one is too narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(list(CHOICES), parent, current="this_month")
        self.retranslate()

    def _on_click(self, key: str) -> None:
        if key == "custom":  # always opens the date steppers, even when a custom range is shown
            self.chosen.emit(key)
        else:
            super()._on_click(key)

    def retranslate(self) -> None:
        self.set_texts({
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "this_year": self.tr("This year"),
            "custom": self.tr("Choose dates…"),
        })


class DateStepper(QWidget):
    """A date with buttons a month and a day back and forward."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = dt.date.today()
        self.label = ThemedLabel(size=22, muted=True)
        self.value = ThemedLabel(size=34, bold=True, accent=True)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setWordWrap(False)
        self.buttons = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 2)
        for key, delta in (("month-", (-1, 0)), ("day-", (0, -1))):
            self.buttons[key] = self._button(name, key, delta)
            row.addWidget(self.buttons[key])
        row.addWidget(self.value, 3)
        for key, delta in (("day+", (0, 1)), ("month+", (1, 0))):
            self.buttons[key] = self._button(name, key, delta)
            row.addWidget(self.buttons[key])

    def _button(self, name: str, key: str, delta: tuple[int, int]) -> TouchButton:
        button = TouchButton({"month-": "«", "day-": "‹", "day+": "›", "month+": "»"}[key])
        button.setObjectName(f"period:{name}:{key}")
        button.clicked.connect(lambda _=False, d=delta: self.step(*d))
        return button

    def set_day(self, day: dt.date) -> None:
        self.day = day
        self.value.setText(day.isoformat())

    def step(self, months: int, days: int) -> None:
        self.set_day(_add_months(self.day, months) + dt.timedelta(days=days))
        self.changed.emit()


class CustomPeriodCard(Overlay):
    """From and to, each with steppers; Show applies, Cancel keeps the period as it was."""

    chosen = Signal(object)  # Period

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, card_width=1100)
        self.setObjectName("dashboard:custom-period")
        self.title = ThemedLabel(size=36, bold=True)
        self.first = DateStepper("from")
        self.last = DateStepper("to")
        self.hint = ThemedLabel(size=20, muted=True)
        self.keys = ThemedLabel(size=20, muted=True)
        self.apply_button = TouchButton(primary=True)
        self.apply_button.setObjectName("period:apply")
        self.cancel_button = TouchButton()
        self.cancel_button.setObjectName("period:cancel")
        self.apply_button.clicked.connect(self._apply)
        self.cancel_button.clicked.connect(self.close_overlay)
        self.first.changed.connect(lambda: self._keep_order(moved_first=True))
        self.last.changed.connect(lambda: self._keep_order(moved_first=False))
        grid = QGridLayout()
        grid.addWidget(self.first, 0, 0)
        grid.addWidget(self.last, 1, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.apply_button)
        self.card_layout.addWidget(self.title)
        self.card_layout.addLayout(grid)
        self.card_layout.addWidget(self.keys)
        self.card_layout.addLayout(buttons)
        self.retranslate()

    def open_with(self, period: Period) -> None:
        self.first.set_day(period.first)
        self.last.set_day(period.last)
        self._show_length()
        self.open()

    def _keep_order(self, moved_first: bool) -> None:
        if self.first.day > self.last.day:
            if moved_first:
                self.last.set_day(self.first.day)
            else:
                self.first.set_day(self.last.day)
        self._show_length()

    def _show_length(self) -> None:
        days = (self.last.day - self.first.day).days + 1
        self.hint.setText(self.tr("%n day(s)", "", days))

    def _apply(self) -> None:
        self.close_overlay()
        self.chosen.emit(Period.custom(self.first.day, self.last.day))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Choose the period"))
        self.first.label.setText(self.tr("From"))
        self.last.label.setText(self.tr("To (included)"))
        self.keys.setText(self.tr("« » a month back or forward · ‹ › a day"))
        self.apply_button.setText(self.tr("Show"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_length()
        self.relayout()
