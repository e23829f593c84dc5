"""Check-in: a badge held up to the camera, a tap on a returning participant, or a typed code.

The camera runs only while this page is shown: a QrScanner (kiosk.camera.qr) reads codes on the
camera's worker thread and reports each badge once while it stays in view; the controller checks
it in off the UI thread, and the result panel says what happened, in words, colour and shape.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.exhibit.camera import CameraView
from kiosk.exhibit.kit import Card, ThemedLabel, ThemedMixin, TouchButton
from kiosk.exhibit.theme import current_theme
from kiosk.programmes import codes
from kiosk.programmes import service as outcomes
from kiosk.programmes.service import CheckIn
from kiosk.ui.programmes.common import card_layout
from kiosk.ui.programmes.page import Page, PageHost


class BadgeCameraView(CameraView):
    """The camera picture with an outline around every QR code it can see."""

    def draw_overlay(self, painter: QPainter) -> None:
        frame = self.frame
        scan = frame.result if frame is not None else None
        visible = getattr(scan, "visible", None)
        if not visible:
            return
        theme = current_theme()
        transform = self.frame_transform()
        painter.setPen(QPen(theme.color("accent"), theme.px(6)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for code in visible:
            polygon = QPolygonF([transform.map(QPointF(float(x), float(y))) for x, y in code.polygon])
            painter.drawPolygon(polygon)


class ResultPanel(ThemedMixin, QWidget):
    """The last check-in, big: a symbol (tick, i, ?, !) and a coloured frame, a headline and a detail."""

    #: outcome -> (symbol, colour role)
    LOOKS = {
        outcomes.CHECKED_IN: ("✓", "good"),
        outcomes.ALREADY: ("i", "accent"),
        outcomes.PROVISIONAL: ("✓", "accent"),
        outcomes.UNREGISTERED: ("?", "warning"),
        outcomes.UNKNOWN: ("?", "warning"),
        outcomes.MISREAD: ("!", "danger"),
        outcomes.FOREIGN: ("!", "danger"),
        outcomes.NO_SESSION: ("!", "danger"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkin:result")
        self.result: CheckIn | None = None
        self.headline = ""
        self.detail = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(800), theme.text_px(34) + theme.text_px(24) * 2 + theme.px(48))

    def show_result(self, result: CheckIn | None, headline: str, detail: str) -> None:
        self.result, self.headline, self.detail = result, headline, detail
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(theme.px(2), theme.px(2), -theme.px(2), -theme.px(2))
        symbol, role = self.LOOKS.get(self.result.outcome, ("", "outline")) if self.result else ("", "outline")
        colour = theme.color(role)
        path = QPainterPath()
        path.addRoundedRect(rect, theme.px(24), theme.px(24))
        painter.fillPath(path, theme.color("surface"))
        painter.setPen(QPen(colour, theme.px(5 if self.result else 2)))
        painter.drawPath(path)
        pad = theme.px(20)
        left = rect.left() + pad
        if symbol:
            size = rect.height() - 2 * pad
            badge = QRectF(left, rect.top() + pad, size, size)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            if symbol == "!":  # a warning triangle: meaning never rests on colour alone
                apex = QPointF(badge.center().x(), badge.top())
                painter.drawPolygon(QPolygonF([apex, badge.bottomRight(), badge.bottomLeft()]))
                badge = badge.adjusted(0, size * 0.25, 0, 0)
            else:
                painter.drawEllipse(badge)
            painter.setPen(theme.color("accent_text"))
            painter.setFont(theme.font(size * 0.45 / max(theme.scale, 0.01), QFont.Weight.Black))
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), symbol)
            left = badge.right() + pad
        text_rect = QRectF(left, rect.top() + pad * 0.6, rect.right() - pad - left, rect.height() - pad * 1.2)
        painter.setPen(theme.color("text"))
        painter.setFont(theme.font(34, QFont.Weight.Bold))
        headline_h = theme.text_px(34) * 1.3
        painter.drawText(QRectF(text_rect.left(), text_rect.top(), text_rect.width(), headline_h),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         painter.fontMetrics().elidedText(self.headline, Qt.TextElideMode.ElideRight,
                                                          int(text_rect.width())))
        painter.setFont(theme.font(24))
        painter.setPen(theme.color("text_muted"))
        painter.drawText(QRectF(text_rect.left(), text_rect.top() + headline_h, text_rect.width(),
                                text_rect.height() - headline_h),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                         self.detail)


class CodeKeypad(QWidget):
    """The 31 code characters as big keys, for a badge the camera cannot read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keypad")
        self.typed = ""
        self.display = ThemedLabel(size=40, bold=True, accent=True)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        grid.setSpacing(current_theme().px(8))
        self.keys: dict[str, TouchButton] = {}
        for index, char in enumerate(codes.ALPHABET):
            key = TouchButton(char)
            key.setObjectName(f"key:{char}")
            key.setMinimumWidth(current_theme().px(72))
            key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            key.clicked.connect(lambda _=False, c=char: self.press(c))
            grid.addWidget(key, index // 8, index % 8)
            self.keys[char] = key
        self.delete = TouchButton("⌫")
        self.delete.setObjectName("key:delete")
        self.delete.clicked.connect(lambda: self.press("delete"))
        grid.addWidget(self.delete, 3, 7)
        for column in range(8):
            grid.setColumnStretch(column, 1)
        self.ok = TouchButton(primary=True)
        self.ok.setObjectName("key:ok")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        layout.addLayout(grid)
        layout.addWidget(self.ok)
        self.press("")

    def press(self, char: str) -> None:
        if char == "delete":
            self.typed = self.typed[:-1]
        elif char and len(self.typed) < codes.CODE_LENGTH:
            self.typed += char
        shown = self.typed.ljust(codes.CODE_LENGTH, "·")
        self.display.setText(f"{shown[:3]}-{shown[3:]}")
        self.ok.setEnabled(len(self.typed) == codes.CODE_LENGTH)

    def clear(self) -> None:
        self.typed = ""
        self.press("")


class CheckInPage(Page):
    """Camera check-in with a tap list and a keypad as fallbacks."""

    def __init__(self, screen: PageHost) -> None:
        super().__init__(screen)
        self.setObjectName("page:checkin")
        self.feed: Any = None
        self.last: CheckIn | None = None
        theme = current_theme()

        # Without a session there is nothing to check in to.
        self.no_session = QWidget()
        empty = QVBoxLayout(self.no_session)
        self.no_session_label = ThemedLabel(size=30)
        self.to_today = TouchButton(primary=True)
        self.to_today.setObjectName("checkin:to-today")
        self.to_today.clicked.connect(lambda: self.page_host.show_tab("today"))
        empty.addStretch(1)
        # Centred text on the page's whole width: a wrapped label aligned in its layout keeps its
        # one-line width and its second line was cut off.
        self.no_session_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.addWidget(self.no_session_label)
        empty.addWidget(self.to_today, 0, Qt.AlignmentFlag.AlignCenter)
        empty.addStretch(2)

        self.content = QWidget()
        self.camera_view = BadgeCameraView()
        self.camera_view.setObjectName("checkin:camera")
        self.camera_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.hint = ThemedLabel(size=24, muted=True)
        self.result_panel = ResultPanel()
        self.register_button = TouchButton(primary=True)
        self.register_button.setObjectName("checkin:register")
        self.register_button.clicked.connect(self._register_badge)
        self.register_button.hide()
        left = QVBoxLayout()
        left.addWidget(self.hint)
        left.addWidget(self.camera_view, 1)
        left.addWidget(self.result_panel)
        left.addWidget(self.register_button, 0, Qt.AlignmentFlag.AlignRight)

        side = Card()
        side_layout = card_layout(side, 24)
        self.count_label = ThemedLabel(size=34, bold=True, accent=True)
        self.tap_heading = ThemedLabel(size=22, muted=True)
        self.list_host = QWidget()
        self.list_host.setStyleSheet("background: transparent;")
        self.list_layout = QVBoxLayout(self.list_host)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.addStretch(1)
        self.tap_buttons: dict[str, TouchButton] = {}
        self.list_scroll = QScrollArea()
        self.list_scroll.setWidget(self.list_host)
        self.list_scroll.setWidgetResizable(True)
        self.list_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.list_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_scroll.setStyleSheet("background: transparent;")
        QScroller.grabGesture(self.list_scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.empty_list = ThemedLabel(size=22, muted=True)
        self.keypad = CodeKeypad()
        self.keypad.ok.clicked.connect(self._typed)
        self.fallback = QStackedWidget()
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.empty_list)
        list_layout.addWidget(self.list_scroll, 1)
        self.fallback.addWidget(list_page)
        self.fallback.addWidget(self.keypad)
        self.toggle = TouchButton()
        self.toggle.setObjectName("checkin:keypad")
        self.toggle.clicked.connect(self._toggle_keypad)
        side_layout.addWidget(self.count_label)
        side_layout.addWidget(self.tap_heading)
        side_layout.addWidget(self.fallback, 1)
        side_layout.addWidget(self.toggle)

        content = QHBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(theme.px(24))
        content.addLayout(left, 3)
        content.addWidget(side, 2)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.no_session)
        self.pages.addWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.controller.checked_in.connect(self._on_checked_in)
        self.controller.session_changed.connect(self._on_session_changed)
        self.retranslate()

    # -- life cycle --------------------------------------------------------------------------

    def activate(self) -> None:
        self.refresh()
        if self.controller.session is not None:
            self.start_camera()

    def deactivate(self) -> None:
        self.stop_camera()

    def _on_session_changed(self, session: object) -> None:
        if session is None:
            self.stop_camera()
            self.last = None
            self.result_panel.show_result(None, "", "")
            self.register_button.hide()
        if self.isVisible():
            self.activate()

    def start_camera(self) -> None:
        if self.feed is not None:
            return
        provider = self.controller.window.services.camera_provider
        if provider is None:
            self.camera_view.set_unavailable(True)
            return
        from kiosk.programmes.scanning import BadgeScanner

        try:
            feed = provider()
        except Exception as exc:  # a camera that cannot be set up: the tap list still works
            self.controller.window.services.journal.event("programme.camera_unavailable", error=str(exc))
            self.camera_view.set_unavailable(True)
            return
        feed.set_processor(BadgeScanner(forget_after_frames=15))
        feed.frame_ready.connect(self._on_frame)
        self.camera_view.set_unavailable(False)
        self.camera_view.attach(feed)
        self.feed = feed
        feed.start()

    def stop_camera(self) -> None:
        feed, self.feed = self.feed, None
        if feed is not None:
            feed.frame_ready.disconnect(self._on_frame)
            feed.stop()
            self.camera_view.attach(None)
            self.camera_view.clear()
            feed.deleteLater()

    def _on_frame(self, frame: Any) -> None:
        scan = frame.result
        for code in getattr(scan, "new", ()):
            if frame.is_demo and codes.read_badge(code.text).kind == codes.FOREIGN:
                continue  # the demo video's own QR codes are no one's badge: no message every few seconds
            self.controller.check_in(code.text, "qr")

    # -- check-in ----------------------------------------------------------------------------

    def refresh(self) -> None:
        session = self.controller.session
        self.pages.setCurrentWidget(self.content if session else self.no_session)
        if session is not None:
            self.controller.run(lambda: self.controller.service.returning_participants(session.id), self._show_list)
        self.retranslate()

    def _show_list(self, people: list[tuple[str, str | None]]) -> None:
        for button in self.tap_buttons.values():
            self.list_layout.removeWidget(button)
            button.deleteLater()
        self.tap_buttons = {}
        for index, (code, group) in enumerate(people):
            text = codes.display(code) + (f"   ·   {group}" if group else "")
            button = TouchButton(text)
            button.setObjectName(f"tap:{code}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, c=code: self.controller.check_in(c, "manual"))
            self.list_layout.insertWidget(index, button)
            self.tap_buttons[code] = button
        self.retranslate()

    def _typed(self) -> None:
        if len(self.keypad.typed) == codes.CODE_LENGTH:
            self.controller.check_in(self.keypad.typed, "manual")
            self.keypad.clear()

    def _toggle_keypad(self) -> None:
        self.fallback.setCurrentIndex(1 - self.fallback.currentIndex())
        self.retranslate()

    def _on_checked_in(self, result: CheckIn) -> None:
        self.last = result
        if result.outcome in (outcomes.CHECKED_IN, outcomes.PROVISIONAL):
            QApplication.beep()  # a sound where the station has one; the panel shows it in any case
            button = self.tap_buttons.pop(result.code, None)
            if button is not None:
                self.list_layout.removeWidget(button)
                button.deleteLater()
        self.register_button.setVisible(result.outcome in (outcomes.UNREGISTERED, outcomes.UNKNOWN))
        self.retranslate()

    def _register_badge(self) -> None:
        if self.last is not None and self.last.code:
            self.page_host.prefill_registration(self.last.code, "qr" if self.last.method == "qr" else "manual")
            self.page_host.show_tab("register")

    def result_texts(self, result: CheckIn) -> tuple[str, str]:
        """Headline and detail for a check-in result, in the current language."""
        shown = codes.display(result.code)
        progress = (
            self.tr("%1 of %2 sessions of this programme.")
            .replace("%1", str(result.sessions_attended))
            .replace("%2", str(result.sessions_needed))
        )
        if result.outcome == outcomes.CHECKED_IN:
            if result.graduated:
                return (self.tr("%1 graduated!").replace("%1", shown),
                        self.tr("Checked in, and the programme is complete. Congratulations!"))
            return self.tr("Checked in: %1").replace("%1", shown), progress
        if result.outcome == outcomes.ALREADY:
            return self.tr("%1 is already checked in").replace("%1", shown), progress
        if result.outcome == outcomes.PROVISIONAL:
            return (self.tr("Checked in provisionally: %1").replace("%1", shown),
                    self.tr("This kiosk does not know this badge yet; the centre database will confirm it. "
                            "If the centre does not know it either, Attendance shows it to register."))
        if result.outcome == outcomes.UNREGISTERED:
            return (self.tr("New badge %1").replace("%1", shown),
                    self.tr("This badge is not registered yet. Register it in a few taps."))
        if result.outcome == outcomes.UNKNOWN:
            return (self.tr("Unknown code %1").replace("%1", shown),
                    self.tr("This kiosk has never seen this badge. Register it here, or check the code."))
        if result.outcome == outcomes.MISREAD:
            return (self.tr("The code was not read correctly"),
                    self.tr("Hold the badge still and closer, or type the code again."))
        if result.outcome == outcomes.FOREIGN:
            return (self.tr("This is not a VIZIUM badge"),
                    self.tr("The QR code does not belong to a VIZIUM participant badge."))
        return self.tr("No session is running"), self.tr("Start a session on the Today page first.")

    def retranslate(self) -> None:
        self.no_session_label.setText(self.tr("Start a session first: check-in belongs to a session."))
        self.to_today.setText(self.tr("Go to Today"))
        self.hint.setText(self.tr("Hold the badge up to the camera, QR code towards the screen."))
        self.count_label.setText(self.tr("People checked in: %1").replace("%1", str(self.controller.checked_in_count)))
        keypad_shown = self.fallback.currentIndex() == 1
        self.tap_heading.setText(self.tr("Type the code from the badge:") if keypad_shown else
                                 self.tr("No badge or no camera? Tap a returning participant:"))
        self.empty_list.setText(self.tr("Nobody else from earlier sessions of this programme."))
        self.empty_list.setVisible(not self.tap_buttons)
        self.toggle.setText(self.tr("Show the list") if keypad_shown else self.tr("Type a code"))
        self.keypad.ok.setText(self.tr("Check in"))
        self.register_button.setText(self.tr("Register this badge"))
        if self.last is not None:
            headline, detail = self.result_texts(self.last)
            self.result_panel.show_result(self.last, headline, detail)
        else:
            self.result_panel.show_result(None, self.tr("Waiting for a badge…"),
                                          self.tr("Each person shows their badge once; twice does no harm."))
