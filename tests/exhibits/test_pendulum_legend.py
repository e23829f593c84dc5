"""The pendulum's energy legend is rebuilt only when its words or the look change, not on each of
the twenty-odd language and style events of an exhibit's opening."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from exhibits.pendulum.energy_plot import EnergyPlot
from kiosk.exhibit.theme import Theme, hub


def test_legend_is_rebuilt_only_when_words_or_look_change(qtbot, monkeypatch):
    plot = EnergyPlot()
    qtbot.addWidget(plot)
    rebuilt = []
    real_clear = plot.legend.clear
    monkeypatch.setattr(plot.legend, "clear", lambda: (rebuilt.append(1), real_clear()))
    for _ in range(10):
        QCoreApplication.sendEvent(plot, QEvent(QEvent.Type.LanguageChange))
        plot.retranslate()
    assert rebuilt == []
    assert [text for _sample, text in ((s, label.text) for s, label in plot.legend.items)] == [
        "Motion (kinetic)", "Height (potential)", "Total"
    ]
    hub.set(Theme.create(high_contrast=True))
    try:
        plot.apply_theme()
        assert len(rebuilt) == 1  # a new look: made again, once
    finally:
        hub.set(Theme.create())
