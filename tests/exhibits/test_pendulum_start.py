"""Pendulum at start: the empty energy plot says what will appear there instead of standing blank."""

from __future__ import annotations

from test_pendulum_widget import swing_from
from test_plot_units import run  # the same frame stepping


def test_the_empty_energy_plot_invites_a_swing_and_steps_aside(open_exhibit, qtbot) -> None:
    widget, _ = open_exhibit("pendulum", language="en")
    hint = widget.energy_plot.empty_hint
    assert hint.isVisible() and "energy" in hint.text().lower()
    run(widget, 1.0)  # at rest: a flat line at 0 J is no energy to show yet
    assert hint.isVisible()
    swing_from(qtbot, widget, 20)
    run(widget, 1.0)
    assert not hint.isVisible()
    widget.reset()
    assert hint.isVisible()
