"""The pendulum's energy plot: its legend is clear of the curves and of the tick labels, every
tick label and axis title is drawn whole, and the invitation to swing sits inside the data area.

The legend floated inside the plot, over the curves (and, with large text, over most of the
plot), beside a top tick label ("0.5") cut in half at the plot's upper edge. The plot is painted
(kiosk.exhibit.PaintedPlot): it reports where it writes its numbers and legend, and which of its
painted texts do not fit.
"""

from __future__ import annotations

import pytest
from exhibit_checks import STATION_AREAS, show_on_station
from PySide6.QtCore import QRectF


@pytest.mark.parametrize("large_text", [False, True])
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_legend_and_tick_labels_are_clear_and_whole(open_exhibit, orientation, large_text) -> None:
    widget, _ = open_exhibit("pendulum", language="ru")
    show_on_station(widget, STATION_AREAS[orientation], large_text=large_text)
    energy = widget.energy_plot
    plot = energy.plot
    assert plot.isVisible() and plot.show_legend
    names = plot.legend_labels()
    assert len(names) == 3 and all(names), names
    legend = plot.legend_rect()  # above the data area: never over the curves
    assert not legend.intersects(plot.plot_rect()) and legend.bottom() <= plot.plot_rect().top()
    viewport = QRectF(plot.rect())
    assert viewport.contains(legend)
    for axis in ("x", "y"):
        boxes = plot.tick_boxes(axis)
        assert len(boxes) >= 2, axis
        for box, text in boxes:
            assert viewport.contains(box), (axis, text, box, viewport)
            assert not box.intersects(legend), (axis, text)
    # Every painted text whole: numbers inside the plot, the axis titles ("energy, J") no longer
    # than their axes and clear of the numbers, no legend name shortened.
    assert plot.audit_text_problems() == [] and plot.shortened_legend_names() == []
    hint = energy.empty_hint  # "drag the ball...": inside the data area, its lines whole
    assert hint.isVisible() and energy.data_area().contains(hint.geometry())
    assert hint.heightForWidth(hint.width()) <= hint.height()


def test_legend_names_follow_the_language(open_exhibit, qtbot) -> None:
    from kiosk.exhibit.translator import TranslationSet

    widget, context = open_exhibit("pendulum", language="en")
    plot = widget.energy_plot.plot
    assert plot.legend_labels() == ["Motion (kinetic)", "Height (potential)", "Total"]
    assert (plot.x_title, plot.y_title) == ("time, s", "energy, J")
    translations = TranslationSet()
    translations.switch("lv")
    context.set_language("lv")
    qtbot.waitUntil(lambda: plot.legend_labels()[2] != "Total", timeout=2000)
    assert plot.legend_labels()[0] != "Motion (kinetic)" and plot.y_title != "energy, J"
    translations.switch("en")


def test_the_plot_takes_its_signals_as_the_kiosk_connects_them(open_exhibit) -> None:
    """In the kiosk every method of an exhibit is wrapped (kiosk.exhibit.guard), and a wrapped slot
    is given every argument of its signal: the hint's placing took none, and the kiosk logged a
    TypeError at each resize of the plot."""
    import exhibits.pendulum.widget  # noqa: F401 (loaded, as the kiosk loads it before guarding it)
    from kiosk.exhibit.guard import guard_package

    guard_package("exhibits.pendulum")
    widget, _ = open_exhibit("pendulum", language="en")
    show_on_station(widget, STATION_AREAS["portrait"])
    energy = widget.energy_plot
    assert energy.data_area().contains(energy.empty_hint.geometry())
