"""'Exit the kiosk' looks like what it does (the danger colour) and asks before it acts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.exhibit.theme import current_theme

MODULES = {"tapper": "tests.fixtures.sample_exhibits.tapper"}


@pytest.fixture
def kiosk(shown_kiosk):
    return shown_kiosk(demo=True, modules=MODULES)


def button(window, name) -> QAbstractButton:
    found = window.findChild(QAbstractButton, name)
    assert found is not None, name
    return found


def click(qtbot, widget) -> None:
    assert widget.isVisible(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def test_exit_is_drawn_as_a_danger_and_others_are_not(qtbot, kiosk):
    window = kiosk.window
    window.staff_menu.open_for("staff")
    danger = current_theme().color("danger")
    assert button(window, "staff:exit").colour == danger
    assert button(window, "staff:reload").colour != danger


def test_exit_asks_first_and_cancel_keeps_the_kiosk_running(qtbot, kiosk):
    window = kiosk.window
    window.start_visit()
    window.staff_menu.open_for("staff")
    exits = []
    window.exit_requested.connect(lambda: exits.append(True))
    click(qtbot, button(window, "staff:exit"))
    assert not exits
    question = window.staff_menu.findChild(QLabel, "staff:confirm-question")
    assert question.isVisible() and question.text()
    assert not button(window, "staff:reload").isVisible()  # the question stands alone
    click(qtbot, button(window, "staff:confirm-no"))
    assert not exits and not question.isVisible() and button(window, "staff:exit").isVisible()
    click(qtbot, button(window, "staff:exit"))
    with qtbot.waitSignal(window.exit_requested):
        click(qtbot, button(window, "staff:confirm-yes"))
    assert button(window, "staff:confirm-yes").colour == current_theme().color("danger")
