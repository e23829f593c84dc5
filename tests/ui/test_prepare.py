"""Exhibits' code is imported while nobody is at the screen, so a first tap costs what a later one does."""

from __future__ import annotations

import sys

from kiosk.registry import discover
from kiosk.ui.prepare import ExhibitPreparer

SAMPLES = "tests.fixtures.sample_exhibits"


def test_exhibits_are_prepared_one_by_one_only_while_nobody_is_there(qtbot, monkeypatch):
    entries = discover({"tapper": f"{SAMPLES}.tapper", "broken_manifest": f"{SAMPLES}.broken_manifest"})
    widget_module = f"{SAMPLES}.tapper.widget"
    monkeypatch.delitem(sys.modules, widget_module, raising=False)
    nobody = [False]
    preparer = ExhibitPreparer(None, entries, idle=lambda: nobody[0])
    assert [e.id for e in preparer.pending] == ["tapper"]  # an unavailable exhibit is never imported
    preparer.start(delay_ms=0)
    qtbot.wait(50)
    assert widget_module not in sys.modules  # a visitor is there: nothing is done under their hands
    nobody[0] = True
    qtbot.waitUntil(lambda: preparer.prepared == ["tapper"], timeout=5_000)
    assert widget_module in sys.modules and not preparer.pending


def test_an_exhibit_that_fails_to_import_is_left_for_the_host_to_report(qtbot, monkeypatch, caplog):
    entries = discover({"tapper": f"{SAMPLES}.tapper"})

    def broken(entry):
        raise ImportError("no module named 'missing'")

    monkeypatch.setattr("kiosk.ui.prepare.load_widget_class", broken)
    preparer = ExhibitPreparer(None, entries, idle=lambda: True)
    preparer.start(delay_ms=0)
    qtbot.waitUntil(lambda: not preparer.pending, timeout=5_000)
    assert preparer.prepared == [] and "could not be prepared" in caplog.text
