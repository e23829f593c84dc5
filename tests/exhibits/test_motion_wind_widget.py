"""Wind of motion on screen: the synthetic visitor's motion blows particles and charges the battery."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.exhibit.translator import TranslationSet


def test_motion_charges_the_battery_to_the_goal(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("motion_wind", language="lv", camera="synthetic")
    feed = context.camera()
    widget.turbine.full_power_s = 0.5  # a small battery: the test checks the chain, not the stamina
    qtbot.mouseClick(widget.arrows_button, Qt.MouseButton.LeftButton)
    assert widget.show_arrows
    qtbot.waitUntil(lambda: widget.wind is not None, timeout=5000)
    with qtbot.waitSignal(context.completed, timeout=30_000):
        pass
    assert widget.turbine.charge == 1.0
    assert widget.scene.particles.gust_speed() > 0.05 and widget.gust_speed > 0.05, "the particles were blown"
    assert context.interactions >= 2
    widget.grab()  # particles and arrows over the picture
    widget.stop()
    assert not feed.camera_open


def test_without_a_camera_the_air_is_calm(open_exhibit) -> None:
    widget, context = open_exhibit("motion_wind")
    assert widget.view.unavailable
    for _ in range(120):
        widget.advance(1 / 60)
    assert widget.turbine.charge < 0.01 and context.completions == 0
    widget.grab()


def test_reset_and_languages(open_exhibit) -> None:
    widget, _ = open_exhibit("motion_wind", language="en")
    widget.arrows_button.setChecked(True)
    widget.turbine.charge = 0.7
    widget.reset()
    assert widget.turbine.charge == 0.0 and not widget.show_arrows
    assert widget.arrows_button.text() == "Show the motion arrows"
    TranslationSet().switch("lv")
    assert widget.heading.text() == "Sacel vētru"
    assert widget.power.text().startswith("Turbīnas jauda")


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1080, 1920)])
@pytest.mark.parametrize("high_contrast", [False, True])
def test_renders_at_every_size(open_exhibit, size, high_contrast) -> None:
    widget, _ = open_exhibit("motion_wind", size=size, high_contrast=high_contrast)
    widget.advance(1 / 60)
    assert not widget.grab().isNull()
