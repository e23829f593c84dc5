"""Circuits on a station screen with large text: the panel's texts fit in every language.

In landscape the tip was cut at its top and bottom, the how-to rules lost their last lines and
"Новое задание" did not fit its button (the panel, a quarter of the width, held more than the
screen's height).
"""

from __future__ import annotations

import pytest
from exhibit_checks import STATION_AREAS, fit_findings, settle, show_large_text
from PySide6.QtCore import Qt
from test_circuits_widget import swipe


def assert_rules_shown_whole(widget) -> None:
    rules = widget.how_to
    assert rules.isVisible() and "•" in rules.text()
    assert rules.height() >= rules.heightForWidth(rules.width()) - 1


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
@pytest.mark.parametrize("language", ["lv", "en", "ru"])
def test_the_panel_fits_with_large_text(open_exhibit, language, orientation) -> None:
    widget, _ = open_exhibit("circuits", language=language)
    show_large_text(widget, STATION_AREAS[orientation])
    assert fit_findings(widget) == []
    assert_rules_shown_whole(widget)


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_the_longest_task_and_warning_fit_with_large_text(open_exhibit, qtbot, orientation) -> None:
    widget, _ = open_exhibit("circuits", language="ru")
    show_large_text(widget, STATION_AREAS[orientation])
    while widget.game.challenge.key != "parallel_bright":  # the longest task
        qtbot.mouseClick(widget.skip_button, Qt.MouseButton.LeftButton)
    swipe(qtbot, widget, [(2, 2), (1, 2), (1, 3), (2, 3)])  # a short circuit: the longest warning
    assert widget.hint_box.warning
    settle()
    assert fit_findings(widget) == []
    assert_rules_shown_whole(widget)
