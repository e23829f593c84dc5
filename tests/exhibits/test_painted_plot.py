"""The painted plot: honest numbers at its ticks, taps in data coordinates, and axes drawn once."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPen

from kiosk.exhibit.painted_plot import PaintedPlot, PlotLook, ReferenceLine, Series, tick_text, tick_values
from kiosk.exhibit.translator import locale_for


@pytest.mark.parametrize(("low", "high", "length", "expected"), [
    (0, 30, 800, [0, 5, 10, 15, 20, 25, 30]),
    (0, 2000, 800, [0, 500, 1000, 1500, 2000]),
    (0, 0.6, 300, [0, 0.2, 0.4, 0.6]),
])
def test_ticks_fall_on_round_numbers(low, high, length, expected) -> None:
    assert tick_values(low, high, length) == pytest.approx(expected)


def test_tick_numbers_are_the_values_themselves() -> None:
    assert [tick_text(v, 0.2) for v in (0, 0.2, 1.4)] == ["0", "0.2", "1.4"]
    assert tick_text(2500, 500) == "2500"  # never 2.5 with a hidden "x1000"
    assert tick_text(-0.0, 1) == "0"


@pytest.fixture
def plot(qtbot):
    widget = PaintedPlot()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.set_x_range(0, 100)
    widget.set_y_range(0, 50)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_tap_reports_data_coordinates(plot, qtbot) -> None:
    with qtbot.waitSignal(plot.tapped) as tapped:
        qtbot.mouseClick(plot, Qt.MouseButton.LeftButton, pos=plot.to_view(25, 10).toPoint())
    point = tapped.args[0]
    assert point.x() == pytest.approx(25, abs=0.5) and point.y() == pytest.approx(10, abs=0.5)
    assert plot.to_data(plot.to_view(70, 40)) == QPointF(70, 40)


def test_a_swipe_is_not_a_tap(plot, qtbot) -> None:
    taps = []
    plot.tapped.connect(taps.append)
    qtbot.mousePress(plot, Qt.MouseButton.LeftButton, pos=plot.to_view(10, 10).toPoint())
    qtbot.mouseRelease(plot, Qt.MouseButton.LeftButton, pos=plot.to_view(60, 10).toPoint())
    assert taps == []


def test_a_gap_in_the_data_breaks_the_line(plot) -> None:
    series = plot.add_series(Series("x", xs=[0, 10, math.nan, 30, 40], ys=[1, 2, math.nan, 3, 4]))
    assert [len(run) for run in plot._points(series)] == [2, 2]


def test_new_data_do_not_draw_the_axes_again(plot, qtbot, monkeypatch) -> None:
    """Only a new range, size, title or look redraws the cached axes; frames draw the data alone."""
    series = plot.add_series(Series("x"))
    plot.grab()
    drawn = []
    real = plot._new_pixmap
    monkeypatch.setattr(plot, "_new_pixmap", lambda *a: (drawn.append(a), real(*a))[1])
    for step in range(5):
        series.set_data([0, 50, 100], [step, 2 * step, 3 * step])
        plot.grab()
    assert drawn == []
    plot.set_y_range(0, 60)
    plot.grab()
    assert len(drawn) == 1


def test_a_legend_too_wide_for_the_plot_wraps_into_rows(plot) -> None:
    plot.show_legend = True
    for name in ("Ceļš", "Tagad", "Līdzsvara punkts"):
        plot.add_series(Series(name, symbol="o", symbol_size=20))
    plot.resize(900, 400)
    one_row = plot.legend_rect()
    plot.resize(330, 400)
    wrapped = plot.legend_rect()
    assert wrapped.height() > one_row.height()
    assert plot.plot_rect().contains(wrapped)  # never over the axis numbers, nothing cut off


def test_a_legend_name_wider_than_the_plot_is_shortened_not_drawn_over_the_axis(plot) -> None:
    """Found when the kiosk's own font (wider than Qt's default) was loaded by an earlier test."""
    plot.show_legend = True
    plot.add_series(Series("Līdzsvara punkts un vēl daudz garāks nosaukums", symbol="o", symbol_size=20))
    plot.resize(330, 400)
    assert plot.plot_rect().contains(plot.legend_rect())


def test_a_legend_column_has_one_entry_a_row_in_its_own_order(plot) -> None:
    """The drone's flights: long names, one a row, the newest flight first though it is drawn last."""
    plot.show_legend = True
    plot.resize(900, 400)
    earlier = plot.add_series(Series("Flight 1: P 10"))
    now = plot.add_series(Series("Flight 2: P 10, I 2"))
    one_row = plot.legend_rect()
    plot.legend_column = True
    plot.legend_order = [now, earlier]
    column = plot.legend_rect()
    assert plot.legend_labels() == ["Flight 2: P 10, I 2", "Flight 1: P 10"]
    assert column.height() > one_row.height() and column.width() < one_row.width()
    assert plot.plot_rect().contains(column)


def test_a_legend_above_keeps_clear_of_the_data_and_the_numbers(plot) -> None:
    """The pendulum's energies: the legend in a band above the data area, never over the curves
    or a tick number; where the plot is narrow its entries take more rows and the data area
    starts lower."""
    font = QFont()
    font.setPixelSize(14)  # not the application's font, which an earlier test may have made larger
    plot.set_look(PlotLook(tick_font=font, title_font=font, legend_font=font))
    plot.show_legend = True
    plot.legend_above = True
    plot.set_titles("time, s", "energy, J")
    for name in ("Движение (кинетическая)", "Высота (потенциальная)", "Полная"):
        plot.add_series(Series(name, pen=QPen(QColor("#E69F00"), 4)))
    plot.resize(900, 400)
    wide_legend, wide_area = plot.legend_rect(), plot.plot_rect()
    assert QRectF(plot.rect()).contains(wide_legend)
    plot.resize(330, 400)
    legend, area = plot.legend_rect(), plot.plot_rect()
    assert legend.height() > wide_legend.height() and area.top() > wide_area.top()
    assert QRectF(plot.rect()).contains(legend)
    assert legend.bottom() <= area.top() and not legend.intersects(area)
    for axis in ("x", "y"):
        for box, text in plot.tick_boxes(axis):
            assert not box.intersects(legend), (axis, text)
    assert plot.audit_text_problems() == [] and plot.shortened_legend_names() == []
    plot.grab()  # the legend is painted where legend_rect says, the series below it
    assert plot.legend_labels() == ["Движение (кинетическая)", "Высота (потенциальная)", "Полная"]


def test_cut_titles_and_numbers_are_reported_to_the_audit(plot) -> None:
    """The plot paints its texts itself: the screen audit asks it which ones do not fit, and an
    exhibit may ask which legend names it had to shorten."""
    plot.set_titles("time, s", "energy, J")
    assert plot.audit_text_problems() == []
    plot.set_titles("time, s", "the energy of the pendulum in joules, measured as it swings to and fro")
    plot.resize(600, 200)
    assert any("energy of the pendulum" in problem for problem in plot.audit_text_problems())
    plot.set_titles("time, s", "energy, J")
    plot.set_y_range(0, 2e12)  # numbers wider than the room left of the axis
    assert any("1000000000000" in problem for problem in plot.audit_text_problems())
    plot.set_y_range(0, 50)
    plot.show_legend = True
    plot.legend_above = True
    plot.add_series(Series("Līdzsvara punkts un vēl daudz garāks nosaukums, kas neietilpst", pen=QPen()))
    plot.resize(200, 400)
    assert plot.shortened_legend_names() == ["Līdzsvara punkts un vēl daudz garāks nosaukums, kas neietilpst"]
    plot.resize(2000, 400)
    assert plot.shortened_legend_names() == []


def test_a_reference_label_with_a_backdrop_stays_readable_over_the_data(plot) -> None:
    """The radio telescope's "empty sky" label sat on its noisy spectrum: a backdrop keeps the data
    out of the label's box, while the data still show everywhere else."""
    data = QColor("#00FF00")
    series = plot.add_series(Series("", xs=[0, 100], ys=[1, 1]))
    series.pen = QPen(data, 8)
    line = plot.add_line(ReferenceLine(1.0, vertical=False, along=0.3, label="empty sky",
                                       label_colour=QColor("#FFFFFF")))

    def green_in(box) -> int:
        image = plot.grab().toImage()
        return sum(1 for x in range(int(box.left()) + 1, int(box.right()) - 1)
                   for y in range(int(box.top()) + 1, int(box.bottom()) - 1)
                   if QColor(image.pixel(x, y)).green() > 200 and QColor(image.pixel(x, y)).red() < 80)

    box = plot.line_label_rect(line)
    assert plot.plot_rect().contains(box)
    assert green_in(box) > 0  # without a backdrop the trace runs through the label
    line.label_backdrop = QColor("#000000")
    corner = box.height() / 4 + 1  # the backdrop's rounded corners may show a hair of the data
    assert green_in(box.adjusted(corner, 0, -corner, 0)) == 0
    outside = box.translated(box.width() + 20, 0)
    assert green_in(outside) > 0


def test_tick_numbers_use_the_language_s_decimal_point(plot) -> None:
    """The rest of an exhibit writes 0,5 m in Latvian and Russian: the plot's numbers do too, and a
    change of language draws the cached axes again."""
    assert tick_text(2.5, 0.5, ",") == "2,5" and tick_text(-0.0, 0.5, ",") == "0"
    plot.set_y_range(0, 1.2)
    before = QLocale()
    try:
        for language, point in (("lv", ","), ("ru", ","), ("en", ".")):
            QLocale.setDefault(locale_for(language))
            written = [text for _, text in plot.ticks("y") if text != "0"]
            assert written and all(point in text for text in written if not text.isdigit()), (language, written)
            assert any(point in text for text in written), (language, written)
    finally:
        QLocale.setDefault(before)


def _pixels(image) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return np.frombuffer(image.constBits(), np.uint32, image.width() * image.height()).copy()


def test_a_fill_under_a_left_to_right_line_is_one_picture_of_the_polygons_pixels(plot, monkeypatch) -> None:
    """A spectrum's fill is made as one picture (its 32 polygons cost 4.7 ms of radio_telescope's
    frame): the same pixels as Qt's polygons without antialiasing, but for a few on steep edges,
    where the line drawn over the fill covers them anyway."""
    xs = np.linspace(0, 100, 513)
    ys = 20 + 15 * np.sin(xs / 3) + 25 * np.exp(-(((xs - 60) / 1.5) ** 2))
    plot.add_series(Series(xs=list(xs), ys=list(ys), fill=QBrush(QColor(0, 114, 178, 60)), fill_level=5))
    pictures = []
    monkeypatch.setattr(PaintedPlot, "_fill_as_picture", _counting(PaintedPlot._fill_as_picture, pictures))
    as_picture = _pixels(plot.grab().toImage())
    assert pictures == [True]
    monkeypatch.setattr(PaintedPlot, "_fill_as_picture", lambda *args: False)
    as_polygons = _pixels(plot.grab().toImage())
    filled = np.count_nonzero(as_polygons != _pixels(_empty_plot_image(plot)))
    differing = np.count_nonzero(as_picture != as_polygons)
    assert filled > 20_000, "the fill is there"
    assert differing <= 0.01 * filled, (differing, filled)


def test_a_line_that_turns_back_is_filled_with_polygons(plot, monkeypatch) -> None:
    angles = np.linspace(0, 2 * math.pi, 200)
    plot.add_series(Series(xs=list(50 + 30 * np.cos(angles)), ys=list(25 + 15 * np.sin(angles)),
                                  fill=QBrush(QColor(230, 159, 0, 80)), fill_level=25))
    pictures = []
    monkeypatch.setattr(PaintedPlot, "_fill_as_picture", _counting(PaintedPlot._fill_as_picture, pictures))
    image = plot.grab().toImage()
    assert pictures == [False]
    assert image.pixelColor(plot.to_view(50, 35).toPoint()) != image.pixelColor(plot.to_view(50, 45).toPoint())


def _counting(method, results):
    def counted(*args):
        results.append(method(*args))
        return results[-1]
    return counted


def _empty_plot_image(plot):
    shown = [series.visible for series in plot.series]
    for series in plot.series:
        series.visible = False
    image = plot.grab().toImage()
    for series, visible in zip(plot.series, shown, strict=True):
        series.visible = visible
    return image
