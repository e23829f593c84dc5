"""The dashboard's charts read well on every screen: inside a plot nothing the screen audit can
see, so these tests read the plots' own items. Value labels at the bars do not overlap each other
or leave the plot, every category name is drawn (pyqtgraph silently drops a tick label that does
not fit its axis), and the tick labels along an axis do not run together."""

from __future__ import annotations

import itertools

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from kiosk.config import settings_from_mapping
from kiosk.ui.audit.runner import Mode, audit_kiosk
from kiosk.ui.audit.screens import screen, settle

MODES = {
    "portrait-large": Mode("portrait", large_text=True),
    "portrait": Mode("portrait"),
    "landscape-large": Mode("landscape", large_text=True),
    "landscape": Mode("landscape"),
}


@pytest.fixture
def dashboard_at():
    """dashboard_at(mode, language) -> the dashboard's charts, shown with the demo centre's figures."""
    opened = []

    def build(mode: Mode, language: str):
        context = audit_kiosk(settings_from_mapping({}), mode)
        opened.append(context)
        kiosk = context.__enter__()
        kiosk.window.set_language(language)
        assert screen("staff:dashboard").show(kiosk)
        settle(kiosk)
        charts = kiosk.window.dashboard.charts
        assert kiosk.window.dashboard.report is not None
        settle(kiosk)  # the charts redraw once they know their size
        return charts

    yield build
    for context in reversed(opened):
        context.__exit__(None, None, None)


def shrunk(rect: QRectF, by: float = 1.0) -> QRectF:
    return rect.adjusted(by, by, -by, -by)


def overlaps(rects: list[tuple[str, QRectF]]) -> list[str]:
    return [f"{a!r} overlaps {b!r}" for (a, ra), (b, rb) in itertools.combinations(rects, 2)
            if shrunk(ra).intersects(shrunk(rb))]


def value_labels(plot: pg.PlotWidget) -> list[tuple[str, QRectF]]:
    items = plot.getPlotItem().getViewBox().addedItems
    return [(item.toPlainText(), item.mapRectToScene(item.boundingRect()))
            for item in items if isinstance(item, pg.TextItem)]


def drawn_ticks(axis: pg.AxisItem) -> list[tuple[str, QRectF]]:
    """The tick labels the axis paints, where it paints them."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.setFont(axis.style["tickFont"] or painter.font())
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(text, rect) for rect, _, text in texts]


def set_ticks(axis: pg.AxisItem) -> list[str]:
    return [text for _, text in axis._tickLevels[0]] if axis._tickLevels else []


@pytest.mark.parametrize("language", ["ru", "lv", "en"])
@pytest.mark.parametrize("mode", list(MODES))
def test_chart_labels_neither_overlap_nor_vanish(dashboard_at, mode, language):
    charts = dashboard_at(MODES[mode], language)
    problems = []
    for card in charts.cards():
        plot = card.plot
        view = plot.getPlotItem().getViewBox().sceneBoundingRect()
        labels = value_labels(plot)
        problems += [f"{card.objectName()}: {p}" for p in overlaps(labels)]
        problems += [f"{card.objectName()}: value {text!r} leaves the plot"
                     for text, rect in labels if not view.contains(shrunk(rect))]
        for name in ("left", "bottom"):
            axis = plot.getPlotItem().getAxis(name)
            drawn = drawn_ticks(axis)
            problems += [f"{card.objectName()} {name} axis: {p}" for p in overlaps(drawn)]
            wanted = set_ticks(axis)
            missing = sorted(set(wanted) - {text for text, _ in drawn})
            if missing:
                problems.append(f"{card.objectName()} {name} axis does not draw {missing}")
    assert not problems, "\n".join(problems)


def test_portrait_value_labels_follow_the_text_size(dashboard_at):
    """Large text makes the charts' numbers larger as well, not only the words around them."""
    normal = dashboard_at(MODES["portrait"], "ru")
    normal_height = value_labels(normal.completion.plot)[0][1].height()
    large = dashboard_at(MODES["portrait-large"], "ru")
    assert value_labels(large.completion.plot)[0][1].height() > normal_height * 1.15


@pytest.mark.parametrize("mode", ["portrait-large", "landscape-large"])
def test_both_exhibit_charts_list_the_exhibits_the_note_counts(dashboard_at, mode):
    """Fewer exhibits on a short chart, but the same ones in both, and "the N most used" says how many."""
    charts = dashboard_at(MODES[mode], "ru")
    popular = set_ticks(charts.exhibits.plot.getPlotItem().getAxis("left"))
    completion = set_ticks(charts.completion.plot.getPlotItem().getAxis("left"))
    assert len(popular) == len(completion) > 0
    assert {name.rstrip("…")[:8] for name in popular} == {name.rstrip("…")[:8] for name in completion}
    assert f" {len(popular)} " in charts.exhibits.note.text()


def test_portrait_puts_the_two_exhibit_charts_side_by_side_below_the_upright_ones(dashboard_at):
    charts = dashboard_at(MODES["portrait-large"], "ru")
    assert charts.visitors.geometry().bottom() < charts.exhibits.geometry().top()
    assert charts.participation.geometry().bottom() < charts.completion.geometry().top()
    assert charts.exhibits.geometry().top() == charts.completion.geometry().top()


@pytest.mark.parametrize("language", ["ru", "lv", "en"])
def test_landscape_shows_all_eight_exhibits_with_whole_names(dashboard_at, language):
    """A wide screen at normal size loses nothing: eight exhibits, no name shortened."""
    charts = dashboard_at(MODES["landscape"], language)
    for card in (charts.exhibits, charts.completion):
        names = set_ticks(card.plot.getPlotItem().getAxis("left"))
        assert len(names) == 8 and not [n for n in names if n.endswith("…")], names
