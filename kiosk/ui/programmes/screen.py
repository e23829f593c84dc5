"""The educator screen: a full-window layer over the kiosk with five pages.

Today (after-school day? start or end a session), Check in (QR camera, tap list, code keypad),
Register (age band, gender, role, group), Attendance (and graduates), Badges (print a sheet).
Opened from the staff menu by an educator or staff; the idle reset is held while it is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.exhibit.kit import Card, ThemedLabel, ThemedMixin, TouchButton
from kiosk.exhibit.theme import current_theme
from kiosk.programmes.service import Session
from kiosk.ui.programmes.banner import format_time_left
from kiosk.ui.programmes.common import ProgrammeTile, card_layout
from kiosk.ui.programmes.page import Page, local_date_text, local_time_text
from kiosk.ui.widgets import LanguageBar, TabBar, WrappingRow

if TYPE_CHECKING:
    from kiosk.ui.programmes.controller import ProgrammesController

TABS = ("today", "checkin", "register", "attendance", "badges")


class TodayPage(Page):
    """Is today an after-school day, the running session, sessions held today, and starting one."""

    #: Design pixels a programme tile needs for its title in two lines (more with large text).
    TILE_WIDTH_PX = 420

    def __init__(self, screen: EducatorScreen) -> None:
        super().__init__(screen)
        self.setObjectName("page:today")
        self.today: Any = None
        self.selected: str | None = None

        left = Card()
        left_layout = card_layout(left)
        self.date_label = ThemedLabel(size=36, bold=True)
        self.after_school_label = ThemedLabel(size=24, accent=True)
        self.session_heading = ThemedLabel(size=22, muted=True)
        self.session_title = ThemedLabel(size=32, bold=True)
        self.session_facts = ThemedLabel(size=24)
        self.go_check_in = TouchButton(primary=True)
        self.go_check_in.setObjectName("today:checkin")
        self.end_button = TouchButton()
        self.end_button.setObjectName("today:end")
        buttons = WrappingRow()  # one under the other when the Russian texts do not fit side by side
        buttons.add(self.go_check_in)
        buttons.add(self.end_button)
        buttons.add_stretch()
        self.history_heading = ThemedLabel(size=22, muted=True)
        self.history = ThemedLabel(size=22)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (self.date_label, self.after_school_label, self.session_heading, self.session_title,
                       self.session_facts):
            left_layout.addWidget(widget)
        left_layout.addLayout(buttons)
        left_layout.addSpacing(current_theme().px(12))
        left_layout.addWidget(self.history_heading)
        # A busy day's sessions scroll (by finger) inside the card instead of running off its bottom.
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history_scroll = QScrollArea()
        self.history_scroll.setWidget(self.history)
        self.history_scroll.setWidgetResizable(True)
        self.history_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.history_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history_scroll.setStyleSheet("background: transparent;")
        QScroller.grabGesture(self.history_scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        left_layout.addWidget(self.history_scroll, 1)
        self.left_layout = left_layout

        right = QVBoxLayout()
        self.pick_heading = ThemedLabel(size=28, bold=True)
        self.tiles: dict[str, ProgrammeTile] = {}
        grid_host = QWidget()
        grid_host.setStyleSheet("background: transparent;")
        self.grid = QGridLayout(grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for index, programme in enumerate(self.controller.catalogue):
            tile = ProgrammeTile(programme, self.language)
            tile.clicked.connect(lambda _=False, code=programme.code: self.select(code))
            self.tiles[programme.code] = tile
            self.grid.addWidget(tile, index // 2, index % 2)
        self.tile_columns = 2
        self.list_scroll = QScrollArea()
        self.list_scroll.setWidget(grid_host)
        self.list_scroll.setWidgetResizable(True)
        self.list_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.list_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # dragged by finger
        self.list_scroll.setStyleSheet("background: transparent;")
        QScroller.grabGesture(self.list_scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.details = ThemedLabel(size=22, muted=True)
        self.start_button = TouchButton(primary=True)
        self.start_button.setObjectName("today:start")
        start_row = QHBoxLayout()
        start_row.addWidget(self.details, 1)
        start_row.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignBottom)
        right.addWidget(self.pick_heading)
        right.addWidget(self.list_scroll, 1)
        right.addLayout(start_row)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(left, 2)
        layout.addLayout(right, 3)
        self.layout_ = layout

        self.go_check_in.clicked.connect(lambda: self.page_host.show_tab("checkin"))
        self.end_button.clicked.connect(self._end)
        self.start_button.clicked.connect(self._start)
        self.controller.session_changed.connect(lambda _: self.refresh())
        self.retranslate()

    def select(self, code: str) -> None:
        self.selected = code
        for key, tile in self.tiles.items():
            tile.setChecked(key == code)
        self._show_details()

    def _start(self) -> None:
        if self.selected is None or self.controller.session is not None:
            return
        self.start_button.setEnabled(False)
        self.controller.start_session(self.selected, lambda _: self.page_host.show_tab("checkin"))

    def _end(self) -> None:
        self.end_button.setEnabled(False)
        self.controller.end_session("educator")

    def refresh(self) -> None:
        self._show_state()
        self.controller.run(self.controller.service.today, self._loaded)

    def _loaded(self, today: Any) -> None:
        self.today = today
        self._show_state()

    def _show_state(self) -> None:
        session: Session | None = self.controller.session
        running = session is not None
        self.go_check_in.setVisible(running)
        self.end_button.setVisible(running)
        self.end_button.setEnabled(running)
        self.start_button.setEnabled(not running and self.selected is not None)
        for tile in self.tiles.values():
            tile.setEnabled(not running)
        self.retranslate()

    def _show_details(self) -> None:
        programme = self.controller.catalogue.get(self.selected) if self.selected else None
        if self.controller.session is not None:
            self.details.setText(self.tr("A session is running. End it before starting another."))
        elif programme is None:
            self.details.setText(self.tr("Choose a programme, then start its session on this kiosk."))
        else:
            entries = {e.id: e for e in self.controller.window.services.entries}
            names = [entries[i].manifest.text("title", self.language) for i in
                     self.controller.exhibits_for(programme.code) if i in entries and entries[i].manifest]
            minutes = self.controller.settings.programmes.session_length_min
            self.details.setText(
                programme.text("description", self.language) + "\n"
                + self.tr("Exhibits: %1").replace("%1", ", ".join(names)) + "\n"
                + self.tr("The session lasts %n minute(s).", "", minutes) + " "
                + self.tr("Participants graduate after %n session(s).", "", programme.sessions_to_graduate)
            )
        self.start_button.setEnabled(self.controller.session is None and programme is not None)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange_tiles()

    def _arrange_tiles(self) -> None:
        """Two columns of programmes when both fit, else one: titles are never cut to a few letters."""
        theme = current_theme()
        comfortable = theme.px(self.TILE_WIDTH_PX * (1.3 if theme.large_text else 1.0))
        columns = 2 if self.list_scroll.viewport().width() >= 2 * comfortable else 1
        if columns == self.tile_columns:
            return
        self.tile_columns = columns
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles.values()):
            self.grid.addWidget(tile, index // columns, index % columns)

    def retranslate(self) -> None:
        for tile in self.tiles.values():
            tile.language = self.language
            tile.updateGeometry()  # its title may need another line in this language
            tile.update()
        today = self.today
        session = self.controller.session
        if today is not None:
            self.date_label.setText(local_date_text(today.day, self.language, heading=True))
            if today.after_school:
                self.after_school_label.setText(self.tr("Today is an after-school programme day."))
            elif today.next_after_school is not None:
                self.after_school_label.setText(
                    self.tr("No after-school programmes today. Next: %1")
                    .replace("%1", local_date_text(today.next_after_school, self.language))
                )
            else:
                self.after_school_label.setText(self.tr("No after-school days are set."))
            lines = []
            for summary in today.sessions:
                programme = self.controller.catalogue.get(summary.session.programme_code)
                start = local_time_text(summary.session.started_at, self.controller.service.zone, self.language)
                end_at = summary.session.ended_at or summary.session.planned_end_at
                end = local_time_text(end_at, self.controller.service.zone, self.language)
                title = programme.text("title", self.language) if programme else summary.session.programme_code
                state = self.tr("running") if summary.session.is_open else self.tr("%n checked in", "",
                                                                                  summary.attended)
                lines.append(f"{start}–{end}  {title} · {state}")
            self.history.setText("\n".join(lines) if lines else self.tr("No sessions on this kiosk today yet."))
        self.history_heading.setText(self.tr("Sessions today"))
        self.session_heading.setText(self.tr("Session on this kiosk"))
        if session is not None:
            programme = self.controller.catalogue.get(session.programme_code)
            self.session_title.setText(programme.text("title", self.language) if programme else session.programme_code)
            ends = local_time_text(session.planned_end_at, self.controller.service.zone, self.language)
            self.session_facts.setText(
                self.tr("Ends at %1 (%2 left). Checked in: %3.")
                .replace("%1", ends)
                .replace("%2", format_time_left(session.remaining_s(self.controller.service.now())))
                .replace("%3", str(self.controller.checked_in_count))
            )
        else:
            self.session_title.setText(self.tr("No session is running."))
            self.session_facts.setText(self.tr("Choose a programme on the right to start one."))
        self.go_check_in.setText(self.tr("Check in"))
        self.end_button.setText(self.tr("End session"))
        self.pick_heading.setText(self.tr("Start a session"))
        self.start_button.setText(self.tr("Start session"))
        self._show_details()


class EducatorScreen(ThemedMixin, QWidget):
    """The full-window educator screen; covers the kiosk and eats every touch."""

    def __init__(self, controller: ProgrammesController) -> None:
        super().__init__(controller.window)
        from kiosk.ui.programmes.checkin import CheckInPage
        from kiosk.ui.programmes.pages import AttendancePage, BadgesPage, RegisterPage

        self.controller = controller
        window = controller.window
        self.setObjectName("educator")
        self.hide()
        self.title = ThemedLabel(size=40, bold=True)
        self.languages = LanguageBar(window.settings.ui.languages)
        self.languages.language_chosen.connect(self._set_language)
        self.close_button = TouchButton(primary=True)
        self.close_button.setObjectName("educator:close")
        self.close_button.clicked.connect(self.close_screen)
        self.tabs = TabBar(list(TABS))
        self.tabs.chosen.connect(self.show_tab)
        self.message = ThemedLabel(size=22, accent=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()

        self.register_page = RegisterPage(self)
        self.pages: dict[str, Page] = {
            "today": TodayPage(self),
            "checkin": CheckInPage(self),
            "register": self.register_page,
            "attendance": AttendancePage(self),
            "badges": BadgesPage(self),
        }
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.current = "today"

        # Title beside the buttons on a wide screen, above them on a narrow one (portrait, large text).
        self.header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.header.addWidget(self.title, 1)
        controls = QHBoxLayout()
        controls.addStretch(1)
        controls.addWidget(self.languages)
        controls.addSpacing(current_theme().px(24))
        controls.addWidget(self.close_button)
        self.header.addLayout(controls)
        header = self.header
        self.outer = QVBoxLayout(self)
        self.outer.addLayout(header)
        self.outer.addWidget(self.tabs)
        self.outer.addWidget(self.message)
        self.outer.addWidget(self.stack, 1)
        controller.failed.connect(self.show_failure)
        # The window's screen stack raises the screen it switches to (a session start ends the
        # visit and shows the attract loop): stay on top while open.
        window.stack.currentChanged.connect(self._stay_on_top)
        controller.session_changed.connect(self._keep_language)
        self.language = self.language_before = window.language
        self.retranslate()
        self.apply_theme()

    # -- opening and closing -----------------------------------------------------------------

    def open(self) -> None:
        window = self.controller.window
        self.setGeometry(window.rect())
        self.language = self.language_before = window.language
        self.languages.set_current(window.language)
        window.idle.hold("educator", True)
        self.retranslate()  # the title names who opened it, staff or an educator
        self.show()
        self.raise_()
        self.show_tab("checkin" if self.controller.session is not None else "today")

    def close_screen(self) -> None:
        window = self.controller.window
        self.pages[self.current].deactivate()
        self.hide()
        window.idle.hold("educator", False)
        # Back to the visitor's language, or the default one if the visit ended meanwhile.
        visitor_language = self.language_before if window.visit_id is not None else window.settings.ui.default_language
        window.set_language(visitor_language)
        window.services.journal.event("programme.screen_closed")

    def _stay_on_top(self, _index: int = 0) -> None:
        if self.isVisible():
            self.raise_()

    def _keep_language(self, _session: object) -> None:
        """Starting or ending a session ends the visit, which resets the language: keep the educator's."""
        window = self.controller.window
        if self.isVisible() and window.language != self.language:
            window.set_language(self.language)
        self._stay_on_top()

    def release_camera(self) -> None:
        self.pages["checkin"].deactivate()

    def prefill_registration(self, code: str, method: str) -> None:
        """A badge the check-in did not know, ready to register (the educator opens the page)."""
        self.register_page.prefill(code, method)

    def show_tab(self, key: str) -> None:
        if key not in self.pages:
            return
        self.show_message("")  # a message belongs to the page it was shown on
        if key != self.current:
            self.pages[self.current].deactivate()
        self.current = key
        self.tabs.set_current(key)
        self.stack.setCurrentWidget(self.pages[key])
        self.pages[key].activate()

    def show_failure(self, exc: BaseException) -> None:
        """An action failed: say so in the educator's language (details go to the log)."""
        reason = getattr(exc, "reason", "other")
        texts = {
            "busy": self.tr("A session is already running on this kiosk. End it first."),
            "unknown_programme": self.tr("This programme is no longer in the catalogue."),
            "storage": self.tr("The kiosk could not save this. Try again; if it keeps failing, call a technician."),
        }
        self.show_message(texts.get(reason, self.tr("That did not work: %1").replace("%1", str(exc))))
        self.pages["today"].refresh()

    def show_message(self, text: str) -> None:
        """A line under the tabs (after the standing catalogue warning, if any)."""
        problem = self.controller.catalogue_problem
        if problem:
            note = self.tr("The configured catalogue has a problem, so the built-in one is used: %1").replace(
                "%1", problem)
            text = f"{note}\n{text}" if text else note
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_language(self, language: str) -> None:
        self.language = language
        self.controller.window.set_language(language)
        self.languages.set_current(language)

    # -- look --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        staff = self.controller.opened_by == "staff"
        self.title.setText(self.tr("Programmes · staff") if staff else self.tr("Programmes · educator"))
        self.close_button.setText(self.tr("Back to visitors"))
        self.tabs.set_texts({
            "today": self.tr("Today"),
            "checkin": self.tr("Check in"),
            "register": self.tr("Register"),
            "attendance": self.tr("Attendance"),
            "badges": self.tr("Badges"),
        })
        if self.controller.catalogue_problem:
            self.show_message("")

    def apply_theme(self) -> None:
        theme = current_theme()
        margin = theme.px(36)
        self.outer.setContentsMargins(margin, theme.px(24), margin, theme.px(24))
        self.outer.setSpacing(theme.px(16))
        self._arrange_header()
        super().apply_theme()

    def _arrange_header(self) -> None:
        narrow = self.width() < self.height()
        self.header.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange_header()


    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(QRectF(self.rect()), current_theme().color("background"))

    def mousePressEvent(self, event) -> None:
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        event.accept()
