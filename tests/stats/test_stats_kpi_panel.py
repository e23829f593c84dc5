"""The dashboard's KPI list: plain counts are tiles in lines above the KPIs with a target, so that
a portrait screen with large text gives every row a quarter more height (and text)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kiosk.exhibit.theme import Theme, current_theme, hub, scale_for
from kiosk.stats.definitions import KPIS
from kiosk.stats.engine import KpiResult
from kiosk.ui.dashboard.kpi_panel import KpiPanel


def report(with_targets: bool = True) -> SimpleNamespace:
    """Every KPI of the centre; the first four (visitors, runs, completed runs, minutes) without a
    target for the period, as the demo station has them."""
    results = tuple(
        KpiResult(kpi, value=10.0 + index, breakdowns={},
                  period_target=20.0 if with_targets and index >= 4 else None)
        for index, kpi in enumerate(KPIS)
    )
    return SimpleNamespace(kpis=results)


@pytest.fixture
def panel(qtbot):
    def make(size: tuple[int, int], screen: tuple[int, int], large_text: bool, with_targets: bool = True):
        hub.set(Theme.create(large_text=large_text, scale=scale_for(*screen)))
        widget = KpiPanel()
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.set_report(report(with_targets), "en")
        return widget

    yield make
    hub.set(Theme.create())


def test_portrait_with_large_text_puts_the_counts_in_one_line_and_the_rows_grow(panel):
    # The KPI list's box on a 1080x1920 screen with large text (its least height there).
    widget = panel((1016, 672), (1080, 1920), large_text=True)
    layout = widget.placement()
    assert [result.key for result, _ in layout.tiles] == [kpi.key for kpi in KPIS[:4]]
    assert len({box.top() for _, box in layout.tiles}) == 1  # one line of four
    assert [result.key for result, _ in layout.rows] == [kpi.key for kpi in KPIS[4:]]
    # Four counts in one line of tiles instead of four rows: each row a quarter taller, and its
    # title's text with it (the text follows the row's height up to its full size).
    assert layout.row_height >= 1.2 * widget.height() / len(KPIS)
    assert layout.row_height * 0.34 < current_theme().text_px(22)  # still not its full size here
    boxes = [box for _, box in layout.tiles + layout.rows]
    assert all(widget.rect().toRectF().contains(box) for box in boxes)
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_a_narrow_list_stacks_the_counts_two_by_two(panel):
    widget = panel((600, 830), (1920, 1080), large_text=True)
    tiles = widget.placement().tiles
    assert len({box.top() for _, box in tiles}) == 2 and len({box.left() for _, box in tiles}) == 2


def test_a_station_without_targets_shows_every_kpi_as_a_tile_and_lists_all(panel):
    widget = panel((1016, 884), (1080, 1920), large_text=False, with_targets=False)
    layout = widget.placement()
    assert not layout.rows and len(layout.tiles) == len(KPIS)
    assert all(widget.rect().toRectF().contains(box) for _, box in layout.tiles)
    assert [title for title, _, _ in widget.texts()] == [kpi.text("title", "en") for kpi in KPIS]
    assert not widget.grab().isNull()
