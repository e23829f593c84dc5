"""The staff gate: a hidden corner gesture, a PIN pad, and the staff menu behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.exhibit.kit import ThemedLabel, TouchButton
from kiosk.exhibit.theme import current_theme
from kiosk.pins import PinVault
from kiosk.ui.staff_gate import CORNER_DESIGN_PX, StaffAction, StaffGateDetector
from kiosk.ui.widgets import Overlay

__all__ = ["CORNER_DESIGN_PX", "PinPad", "StaffAction", "StaffGateDetector", "StaffMenu"]


class PinPad(Overlay):
    """A large numeric pad; emits unlocked(role) on a correct PIN, closes itself on cancel."""

    unlocked = Signal(str)

    def __init__(self, parent: QWidget, vault: PinVault) -> None:
        super().__init__(parent, card_width=620)
        self.setObjectName("pinpad")
        self.vault = vault
        self.entered = ""
        self.title = ThemedLabel(size=40, bold=True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots = ThemedLabel(size=56, bold=True, accent=True)
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = ThemedLabel(size=24, muted=True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        self.keys: dict[str, TouchButton] = {}
        labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "ok"]
        for index, key in enumerate(labels):
            button = TouchButton(key if key.isdigit() else "", primary=key == "ok")
            button.setObjectName(f"pin:{key}")
            button.setMinimumHeight(current_theme().px(96))
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, index // 3, index % 3)
            self.keys[key] = button
        self.cancel = TouchButton()
        self.cancel.setObjectName("pin:cancel")
        self.cancel.clicked.connect(self.close_overlay)
        for widget in (self.title, self.dots, self.message):
            self.card_layout.addWidget(widget)
        self.card_layout.addLayout(grid)
        self.card_layout.addWidget(self.cancel)
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(1000)
        self.lock_timer.timeout.connect(self._show_state)
        self.retranslate()

    def open(self) -> None:
        self.vault.reload()
        self.entered = ""
        self._show_state()
        self.lock_timer.start()
        super().open()

    def close_overlay(self) -> None:
        self.lock_timer.stop()
        self.entered = ""
        super().close_overlay()

    def press(self, key: str) -> None:
        if key == "clear":
            self.entered = ""
        elif key == "ok":
            self._submit()
            return
        elif len(self.entered) < 8:
            self.entered += key
        self._show_state()

    def _submit(self) -> None:
        pin, self.entered = self.entered, ""
        if not self.vault.roles_with_pin:
            self._show_state()
            return
        role = self.vault.verify(pin) if pin else None
        if role:
            self.close_overlay()
            self.unlocked.emit(role)
            return
        self._show_state(wrong=bool(pin))

    def _show_state(self, wrong: bool = False) -> None:
        locked = self.vault.locked_for_s()
        for key, button in self.keys.items():
            button.setEnabled(locked <= 0 or key == "clear")
        self.dots.setText("● " * len(self.entered) if self.entered else "– – – –")
        if not self.vault.roles_with_pin:
            self.message.setText(self.tr("No PIN is set. A technician sets one with: kiosk pin set"))
        elif locked > 0:
            self.message.setText(self.tr("Too many wrong PINs. Try again in %n second(s).", "", int(locked + 0.999)))
        elif wrong:
            self.message.setText(self.tr("Wrong PIN. Please try again."))
        else:
            self.message.setText(self.tr("For staff and educators only."))
        self.relayout()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Enter PIN"))
        self.keys["clear"].setText(self.tr("Clear"))
        self.keys["ok"].setText(self.tr("OK"))
        self.cancel.setText(self.tr("Cancel"))
        if self.isVisible():
            self._show_state()


class StaffMenu(Overlay):
    """What staff (or an educator) can do once the PIN is accepted."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, card_width=1100)
        self.setObjectName("staff-menu")
        self.role = "staff"
        self.staff_actions: list[StaffAction] = []
        self.title = ThemedLabel(size=40, bold=True)
        self.info = ThemedLabel(size=22, muted=True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons_host = QWidget()
        self.buttons_grid = QGridLayout(self.buttons_host)
        self.close_button = TouchButton(primary=True)
        self.close_button.setObjectName("staff:close")
        self.close_button.clicked.connect(self.close_overlay)
        # The question an action with `confirm` asks, in place of the menu's buttons.
        self.confirm_host = QWidget()
        confirm_layout = QVBoxLayout(self.confirm_host)
        confirm_layout.setContentsMargins(0, 0, 0, 0)
        self.confirm_question = ThemedLabel(size=28, bold=True)
        self.confirm_question.setObjectName("staff:confirm-question")
        self.confirm_question.setWordWrap(True)
        self.confirm_yes = TouchButton(primary=True)
        self.confirm_yes.setObjectName("staff:confirm-yes")
        self.confirm_no = TouchButton()
        self.confirm_no.setObjectName("staff:confirm-no")
        self.confirm_yes.clicked.connect(self._confirmed)
        self.confirm_no.clicked.connect(self._cancel_confirm)
        answers = QHBoxLayout()
        answers.addWidget(self.confirm_no)
        answers.addStretch(1)
        answers.addWidget(self.confirm_yes)
        confirm_layout.addWidget(self.confirm_question)
        confirm_layout.addLayout(answers)
        self.confirm_host.hide()
        self._asking: StaffAction | None = None
        self.card_layout.addWidget(self.title)
        self.card_layout.addWidget(self.buttons_host)
        self.card_layout.addWidget(self.confirm_host)
        # The station check's table can be taller than a screen with large text: it scrolls.
        self.info_scroll = QScrollArea()
        self.info_scroll.setWidget(self.info)
        self.info_scroll.setWidgetResizable(True)
        self.info_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.info_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.info_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # dragged by finger
        self.info_scroll.setStyleSheet("background: transparent;")
        QScroller.grabGesture(self.info_scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.card_layout.addWidget(self.info_scroll)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        self.card_layout.addLayout(row)
        self._buttons: dict[str, TouchButton] = {}

    def add_action(self, action: StaffAction) -> None:
        self.staff_actions = [a for a in self.staff_actions if a.key != action.key] + [action]

    def open_for(self, role: str) -> None:
        self.role = role
        self.info.setText("")
        self._rebuild()
        self.open()

    def show_info(self, text: str, *, report: bool = False) -> None:
        """A line under the buttons; ``report``: the station check's table, which is the
        technician's `kiosk doctor` report and stays in English like the command."""
        self.info.setProperty("same_in_every_language", "kiosk doctor report" if report else None)
        self.info.setText(text)
        self.relayout()

    def relayout(self) -> None:
        self._fit_info()
        super().relayout()

    def resizeEvent(self, event) -> None:
        self._fit_info()
        super().resizeEvent(event)

    def _fit_info(self) -> None:
        """The info as tall as its text, at most 40 % of the window (then it scrolls)."""
        if not hasattr(self, "info_scroll"):  # a theme change while the menu is still being built
            return
        theme = current_theme()
        card_width = max(200, min(self.width() - theme.px(40), theme.px(self.card_width)))
        needed = self.info.heightForWidth(max(1, card_width - 2 * theme.px(48))) if self.info.text() else 0
        self.info_scroll.setFixedHeight(max(0, min(needed, round(self.height() * 0.4))))
        self.info_scroll.setVisible(bool(self.info.text()))

    def _rebuild(self) -> None:
        for button in self._buttons.values():
            self.buttons_grid.removeWidget(button)
            button.deleteLater()
        self._buttons = {}
        self._cancel_confirm()
        visible = [a for a in self.staff_actions if self.role in a.roles]
        for index, action in enumerate(visible):
            button = TouchButton(_label(action), primary=action.danger,
                                 colour=current_theme().color("danger") if action.danger else None)
            button.setObjectName(f"staff:{action.key}")
            button.clicked.connect(lambda _=False, chosen=action: self._run(chosen))
            self.buttons_grid.addWidget(button, index // 2, index % 2)
            self._buttons[action.key] = button
        self.retranslate()

    def _run(self, action: StaffAction) -> None:
        if action.confirm is None:
            action.run()
            return
        self._asking = action
        self.confirm_yes.colour = current_theme().color("danger") if action.danger else None
        self.buttons_host.hide()
        self.confirm_host.show()
        self.retranslate()

    def _confirmed(self) -> None:
        action, self._asking = self._asking, None
        self._cancel_confirm()
        if action is not None:
            action.run()

    def _cancel_confirm(self) -> None:
        self._asking = None
        self.confirm_host.hide()
        self.buttons_host.show()
        self.relayout()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff menu") if self.role == "staff" else self.tr("Educator menu"))
        self.close_button.setText(self.tr("Back to visitors"))
        for action in self.staff_actions:
            if action.key in self._buttons:
                self._buttons[action.key].setText(_label(action))
        if self._asking is not None and self._asking.confirm is not None:
            self.confirm_question.setText(self._asking.confirm())
            self.confirm_yes.setText(_label(self._asking))
        self.confirm_no.setText(self.tr("Cancel"))
        self.relayout()


def _label(action: StaffAction) -> str:
    """An action's button text; a danger is marked by a sign as well as its colour."""
    return f"⚠  {action.text()}" if action.danger else action.text()  # a sign DejaVu Sans can draw
