"""Every exhibit plot with a unit shows the data's own numbers: no hidden SI prefix or factor.

The pendulum's energy plot once labelled 2.4 J as 2400 on an axis titled "energy, J" (pyqtgraph's
automatic prefix, frozen while the axis spanned 0-0.5 J; the plot is painted now). Each plot is
checked against the value shown beside it, after the exhibit has run for a while.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

FRAME_S = 1 / 30


def run(widget, seconds: float) -> None:
    for _ in range(round(seconds / FRAME_S)):
        widget.advance(FRAME_S)


def test_pendulum_energy_axis_reads_the_joules_beside_it(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("pendulum")
    pivot, px_per_m, _ = widget.scene._pendulum_geometry()
    reach = widget.pendulum.length_m * px_per_m
    start = QPoint(round(pivot.x()), round(pivot.y() + reach))
    side = QPoint(round(pivot.x() + reach * 0.7), round(pivot.y() + reach * 0.7))
    qtbot.mousePress(widget.scene, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget.scene, side)
    qtbot.mouseRelease(widget.scene, Qt.MouseButton.LeftButton, pos=side)
    run(widget, 2.0)
    total_j = widget.pendulum.total_energy_j
    assert total_j > 0.5  # a real swing, the plot's range has grown from its first 0-0.5 J
    plot = widget.energy_plot.plot
    assert "J" in plot.y_title
    numbers = written_numbers(plot, "y")
    for value, written in numbers:  # the joules themselves, no hidden prefix or factor
        assert written == pytest.approx(value, abs=1e-9)
    top = max(written for _, written in numbers)
    assert total_j <= top * 1.3 + 0.5 and top <= total_j * 2
    assert total_j <= plot.y_range[1]


def written_numbers(plot, axis: str) -> list[tuple[float, float]]:
    """(value at the tick, number written beside it) for a painted plot's axis (0,5 in lv and ru)."""
    return [(value, float(text.replace("−", "-").replace(",", "."))) for value, text in plot.ticks(axis)]


@pytest.mark.parametrize(("exhibit_id", "plots"), [
    ("radio_telescope", lambda w: [w.spectrum.plot]),
    ("food_web", lambda w: [w.time_plot, w.phase_plot]),
    ("drone", lambda w: [w.plot.plot]),
    ("pendulum", lambda w: [w.energy_plot.plot]),
])
def test_painted_plots_write_the_values_at_their_ticks(open_exhibit, exhibit_id, plots) -> None:
    widget, _ = open_exhibit(exhibit_id)
    run(widget, 3.0)
    for plot in plots(widget):
        for axis in ("x", "y"):
            numbers = written_numbers(plot, axis)
            assert len(numbers) >= 2, (exhibit_id, axis)
            for value, written in numbers:
                assert written == pytest.approx(value, abs=1e-9), (exhibit_id, axis, plot.x_title, plot.y_title)


def test_food_web_stock_axes_read_the_kilotonnes_beside_them(open_exhibit) -> None:
    widget, _ = open_exhibit("food_web")
    run(widget, 3.0)
    sea = widget.ecosystem
    for plot, stock in ((widget.time_plot, max(sea.prey_kt, sea.predator_kt)), (widget.phase_plot, sea.predator_kt)):
        assert "kt" in plot.y_title
        top = max(written for _, written in written_numbers(plot, "y"))
        assert stock <= plot.y_range[1] and top <= plot.y_range[1]
        assert top >= stock / 2  # the numbers are kilotonnes, not thousands of them
    assert "kt" in widget.phase_plot.x_title
    prey_top = max(written for _, written in written_numbers(widget.phase_plot, "x"))
    assert prey_top >= sea.prey_kt / 2 and sea.prey_kt <= widget.phase_plot.x_range[1]


def test_spectrum_power_axis_reads_the_spectrum_beside_it(open_exhibit) -> None:
    widget, _ = open_exhibit("radio_telescope")
    run(widget, 2.0)
    spectrum = widget.telescope.spectrum()
    plot = widget.spectrum.plot
    top = max(written for _, written in written_numbers(plot, "y"))
    assert float(spectrum.max()) <= plot.y_range[1] and top >= float(spectrum.max()) / 2
    frequencies = [written for _, written in written_numbers(plot, "x")]
    assert min(frequencies) >= 1400 and max(frequencies) <= 1440  # MHz, as the title says
    assert "MHz" in plot.x_title
