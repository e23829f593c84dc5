"""Plots on the visitor's path are made without pyqtgraph's menus: a finger never opens them, and
building them cost a third of each plot's 25-40 ms on the way to an exhibit's first frame."""

from __future__ import annotations

import pyqtgraph as pg
import pytest

from kiosk.exhibit import ExhibitContext
from kiosk.registry import discover, load_widget_class

#: Painted plots (kiosk.exhibit.painted_plot): no pyqtgraph at all, so nothing to open by a finger.
#: Every exhibit plot is painted now; a pyqtgraph plot in an exhibit would need the menus test
#: this file had (``pg.PlotWidget(enableMenu=False)``, ``make_still``; docs/exhibits.md).
PAINTED = ("radio_telescope", "food_web", "drone", "pendulum")


@pytest.mark.parametrize("exhibit_id", PAINTED)
def test_painted_plots_bring_no_pyqtgraph(qtbot, exhibit_id):
    from kiosk.exhibit.painted_plot import PaintedPlot

    entry = next(e for e in discover() if e.id == exhibit_id)
    widget = load_widget_class(entry)(ExhibitContext(entry.manifest, "en"))
    qtbot.addWidget(widget)
    assert widget.findChildren(PaintedPlot), f"{exhibit_id} shows no painted plot any more: update PAINTED"
    assert not widget.findChildren(pg.GraphicsView)


def test_axes_are_styled_again_only_when_words_or_look_change(qtbot, monkeypatch):
    from kiosk.exhibit.plots import make_still, style_axes
    from kiosk.exhibit.theme import Theme, hub

    plot = pg.PlotWidget(enableMenu=False)
    qtbot.addWidget(plot)
    make_still(plot)
    labelled = []
    axis = plot.getAxis("left")
    real = axis.setLabel
    monkeypatch.setattr(axis, "setLabel", lambda *a, **kw: (labelled.append(a), real(*a, **kw)))
    for _ in range(5):
        style_axes(plot, "time, s", "energy, J", left_px=80, bottom_px=70)
    assert len(labelled) == 1
    style_axes(plot, "laiks, s", "enerģija, J", left_px=80, bottom_px=70)
    assert len(labelled) == 2 and axis.labelText == "enerģija, J"
    hub.set(Theme.create(large_text=True))
    try:
        style_axes(plot, "laiks, s", "enerģija, J", left_px=80, bottom_px=70)
        assert len(labelled) == 3
    finally:
        hub.set(Theme.create())
