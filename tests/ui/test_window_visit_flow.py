"""The window only forwards to its VisitFlow: the idle-reset hook and the session lock through real widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kiosk.clock import ManualClock
from kiosk.config import settings_from_mapping
from kiosk.ui.app import build_kiosk
from tests.conftest import kiosk_settings

MODULES = {"tapper": "tests.fixtures.sample_exhibits.tapper"}


@pytest.fixture
def kiosk(shown_kiosk, tmp_path):
    return shown_kiosk(kiosk_settings(tmp_path, ui={"idle_timeout_s": 0.3, "countdown_s": 0.4}), demo=True,
                       modules=MODULES)


def test_idle_listeners_run_once_the_visitor_is_gone_and_attract_shows(qtbot, kiosk):
    window = kiosk.window
    seen: list[tuple[str, str, int | None]] = []
    window.when_idle(lambda reason: seen.append((reason, window.current_screen(), window.visit_id)))
    qtbot.mouseClick(window.attract, Qt.MouseButton.LeftButton, pos=window.attract.rect().center())
    window.open_exhibit("tapper")
    qtbot.waitUntil(lambda: window.current_screen() == "attract", timeout=5000)
    assert seen == [("idle", "attract", None)]
    assert window.host.entry is None  # the exhibit was closed before the listeners ran


def test_a_session_lock_ends_the_visit_and_the_window_offers_the_flows_exhibits(qtbot, kiosk):
    window = kiosk.window
    window.start_visit()
    window.lock_to_session(5, ("tapper",))
    assert window.current_screen() == "attract" and window.visit_id is None
    assert [entry.id for entry in window.home.entries] == ["tapper"]
    window.start_visit()
    kiosk.services.store.flush()
    rows = kiosk.services.store.query("SELECT end_reason, programme_session_id FROM visits ORDER BY id")
    assert [(row["end_reason"], row["programme_session_id"]) for row in rows] == [("session", None), (None, 5)]


def test_visits_are_stamped_by_the_kiosks_clock(qtbot, tmp_path):
    clock = ManualClock(dt.datetime(2026, 5, 6, 9, 0, tzinfo=dt.UTC))
    settings = settings_from_mapping({"storage": {"path": str(tmp_path / "data")}})
    kiosk = build_kiosk(settings, demo=True, modules=MODULES, clock=clock)
    try:
        kiosk.window.start_visit()
        kiosk.window.open_exhibit("tapper")
        clock.advance(42)
        kiosk.window.end_visit("staff")
        kiosk.services.store.flush()
        (visit,) = kiosk.services.store.query("SELECT started_at, ended_at FROM visits")
        assert (visit["started_at"], visit["ended_at"]) == ("2026-05-06T09:00:00.000Z", "2026-05-06T09:00:42.000Z")
    finally:
        kiosk.close()
