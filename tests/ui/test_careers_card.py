"""The careers card: from the learn-more card, and offered after a completed challenge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.careers import load_careers
from tests.conftest import kiosk_settings


@pytest.fixture
def kiosk(shown_kiosk, tmp_path):
    modules = {name: f"exhibits.{name}" for name in ("pendulum", "radio_telescope")}
    return shown_kiosk(kiosk_settings(tmp_path, ui={"idle_timeout_s": 30, "countdown_s": 5}), size=(1920, 1080),
                       visit=True, modules=modules)


def open_running(qtbot, window, exhibit_id):
    window.open_exhibit(exhibit_id)
    qtbot.mouseClick(window.host.intro.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.host.widget is not None and not window.host.intro.isVisible())
    return window.host


@pytest.mark.parametrize("language", ["lv", "en", "ru"])
def test_learn_more_leads_to_the_careers_in_the_visitors_language(qtbot, kiosk, language):
    window = kiosk.window
    window.set_language(language)
    host = open_running(qtbot, window, "radio_telescope")
    qtbot.mouseClick(host.learn_button, Qt.MouseButton.LeftButton)
    assert host.learn_more.careers_button.isVisible()
    host.learn_more.careers_button.click()
    assert host.careers.isVisible() and not host.learn_more.isVisible()
    careers = load_careers(host.entry.manifest.folder)
    shown = [row for row in host.careers.rows if row.isVisibleTo(host.careers)]
    assert [row.title.text() for row in shown] == [c.text("title", language) for c in careers]
    assert all(row.programme.text() for row in shown)  # each names the programme that leads there
    assert host.careers.card.geometry().bottom() <= host.height()  # the whole card is on screen
    host.careers.close_button.click()
    assert not host.careers.isVisible()


def test_a_completed_challenge_offers_the_careers(qtbot, kiosk):
    host = open_running(qtbot, kiosk.window, "pendulum")
    host.context.complete(3)
    assert host.careers_prompt.isVisible()
    assert host.careers_prompt.geometry().bottom() <= host.height()
    qtbot.mouseClick(host.careers_prompt.button, Qt.MouseButton.LeftButton)
    assert host.careers.isVisible()
    assert not host.careers_prompt.isVisible()


def test_the_prompt_goes_by_itself_and_with_the_exhibit(qtbot, kiosk):
    host = open_running(qtbot, kiosk.window, "pendulum")
    host.context.complete(None)
    host.careers_prompt.offer(duration_ms=50)
    qtbot.waitUntil(lambda: not host.careers_prompt.isVisible(), timeout=2000)
    host.context.complete(None)
    host.close_exhibit("home")
    assert not host.careers_prompt.isVisible() and not host.careers.isVisible()
