"""The pendulum's energy plot: its legend is clear of the curves and of the tick labels, every
tick label and axis title is drawn whole, and the invitation to swing sits inside the data area.

The legend floated inside the plot, over the curves (and, with large text, over most of the
plot), beside a top tick label ("0.5") cut in half at the plot's upper edge.
"""

from __future__ import annotations

import pytest
from exhibit_checks import STATION_AREAS, rect_in, show_on_station
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter


def in_view(plot, item, rect: QRectF) -> QRectF:
    """A rectangle of a plot's graphics item, in the plot widget's viewport."""
    return plot.viewportTransform().mapRect(item.mapRectToScene(rect))


def tick_label_boxes(plot, name: str) -> list[QRectF]:
    """Where the axis draws its tick labels, in the plot widget's viewport."""
    axis = plot.getAxis(name)
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        if axis.style["tickFont"] is not None:
            painter.setFont(axis.style["tickFont"])
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [in_view(plot, axis, rect) for rect, _flags, _text in texts]


@pytest.mark.parametrize("large_text", [False, True])
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_legend_and_tick_labels_are_clear_and_whole(open_exhibit, orientation, large_text) -> None:
    widget, _ = open_exhibit("pendulum", language="ru")
    show_on_station(widget, STATION_AREAS[orientation], large_text=large_text)
    energy = widget.energy_plot
    plot_box = rect_in(energy.plot, energy)
    assert energy.legend.isVisible()
    for label in energy.legend.labels:
        assert label.isVisible() and label.text()
        assert not rect_in(label, energy).intersects(plot_box), label.text()
    viewport = QRectF(energy.plot.viewport().rect())
    for name in ("left", "bottom"):
        boxes = tick_label_boxes(energy.plot, name)
        assert len(boxes) >= 2, name
        for box in boxes:
            assert viewport.contains(box), (name, box, viewport)
        title = energy.plot.getAxis(name).label  # "energy, J" along the axis: whole as well
        margin = title.document().documentMargin()  # blank space around the words
        words = title.boundingRect().adjusted(margin, margin, -margin, -margin)
        assert viewport.contains(in_view(energy.plot, title, words)), name
    hint = energy.empty_hint  # "drag the ball...": inside the data area, its lines whole
    assert hint.isVisible() and energy.data_area().contains(hint.geometry())
    assert hint.heightForWidth(hint.width()) <= hint.height()


def test_legend_names_follow_the_language(open_exhibit, qtbot) -> None:
    from kiosk.exhibit.translator import TranslationSet

    widget, context = open_exhibit("pendulum", language="en")
    legend = widget.energy_plot.legend
    assert [label.text() for label in legend.labels] == ["Motion (kinetic)", "Height (potential)", "Total"]
    translations = TranslationSet()
    translations.switch("lv")
    context.set_language("lv")
    qtbot.waitUntil(lambda: legend.labels[2].text() != "Total", timeout=2000)
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
