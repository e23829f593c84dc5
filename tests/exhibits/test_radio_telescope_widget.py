"""The radio telescope exhibit driven through its real widget: steering, sliders, finds, languages."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from exhibits.radio_telescope.widget import HINT_AFTER_S
from kiosk.exhibit import TOUCH_TARGET_PX, current_theme


def as_point(point: QPointF) -> QPoint:
    return QPoint(round(point.x()), round(point.y()))


def open_seeded(open_exhibit, language="en", **kwargs):
    """The exhibit with a fixed random sky, so every run finds the same sources in the same places."""
    widget, context = open_exhibit("radio_telescope", language=language, **kwargs)
    widget.stop_frames()  # the test steps time itself
    widget.rng = np.random.default_rng(42)
    widget.telescope.rng = widget.rng
    widget.reset()
    return widget, context


def drag_on_sky(qtbot, widget, target_deg, steps: int = 5) -> None:
    sky = widget.sky
    start = sky.sky_to_view(widget.telescope.pointing_deg)
    end = sky.sky_to_view(target_deg)
    qtbot.mousePress(sky, Qt.MouseButton.LeftButton, pos=as_point(start))
    for i in range(1, steps + 1):
        t = i / steps
        qtbot.mouseMove(sky, as_point(QPointF(start.x() + (end.x() - start.x()) * t,
                                              start.y() + (end.y() - start.y()) * t)))
    qtbot.mouseRelease(sky, Qt.MouseButton.LeftButton, pos=as_point(end))


def tap_slider_at(qtbot, slider, value: float) -> None:
    radius = current_theme().px(TOUCH_TARGET_PX) / 2
    fraction = (value - slider.minimum) / (slider.maximum - slider.minimum)
    point = QPoint(round(radius + fraction * (slider.width() - 2 * radius)), slider.height() - round(radius))
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=point)


def advance(widget, seconds: float, rate_hz: int = 20) -> None:
    """Simulated time. The receiver takes one spectrum per frame, so averaging needs the real rate."""
    for _ in range(round(seconds * rate_hz)):
        widget.advance(1 / rate_hz)


def source(widget, key):
    return next(s for s in widget.telescope.sources if s.key == key)


def test_steering_onto_the_sun_locks_on_and_completes(open_exhibit, qtbot):
    widget, context = open_seeded(open_exhibit, language="lv")
    sun = source(widget, "sun")
    drag_on_sky(qtbot, widget, sun.position_deg)
    assert widget.telescope.target_deg == widget.sky.view_to_sky(as_point(widget.sky.sky_to_view(sun.position_deg)))
    with qtbot.waitSignal(context.completed, timeout=10000) as blocker:
        advance(widget, 3.0)
    assert blocker.args[0] >= 50
    assert [s.key for s in widget.sky.found] == ["sun"]
    assert context.interactions >= 2  # pointing, then the find
    assert not widget.grab().isNull()


def test_all_three_sources_found_with_a_big_dish_and_long_averaging(open_exhibit, qtbot):
    widget, context = open_seeded(open_exhibit)
    tap_slider_at(qtbot, widget.dish_slider, 32.0)
    tap_slider_at(qtbot, widget.averaging_slider, widget.averaging_slider.maximum)
    assert widget.telescope.dish_diameter_m == 32.0
    assert widget.telescope.averaging == 256
    for key in ("sun", "cas_a", "hydrogen"):
        drag_on_sky(qtbot, widget, source(widget, key).position_deg)
        advance(widget, 7.5, rate_hz=60)  # turn, replace the 256 averaged spectra (one per frame), hold
        assert key in widget.hunt.found, key
    assert context.completions == 3
    assert widget.new_sky_button.isVisibleTo(widget)
    old_positions = [s.position_deg for s in widget.telescope.sources]
    qtbot.mouseClick(widget.new_sky_button, Qt.MouseButton.LeftButton)
    assert widget.hunt.found == [] and widget.sky.found == []
    assert [s.position_deg for s in widget.telescope.sources] != old_positions
    assert not widget.new_sky_button.isVisibleTo(widget)


def test_dish_size_changes_the_beam_and_the_explanation(open_exhibit, qtbot):
    widget, context = open_seeded(open_exhibit)
    tap_slider_at(qtbot, widget.dish_slider, 32.0)
    assert abs(widget.telescope.beam_deg - 0.46) < 0.01
    assert "0.46°" in widget.spectrum.caption.text()
    assert "RT-32" in widget.dish_slider.value_text
    tap_slider_at(qtbot, widget.dish_slider, 4.0)
    assert abs(widget.telescope.beam_deg - 3.69) < 0.02
    tap_slider_at(qtbot, widget.averaging_slider, 6)
    assert widget.telescope.averaging == 64
    assert "8.0 times" in widget.spectrum.caption.text()
    assert context.interactions >= 3


def test_a_hint_appears_when_nothing_is_found_for_a_while(open_exhibit, qtbot):
    widget, context = open_seeded(open_exhibit)
    assert widget.sky.hint is None
    advance(widget, HINT_AFTER_S + 0.5)
    assert widget.sky.hint is not None
    assert context.interactions == 0  # time passing is not an interaction
    centre, radius = widget.sky.hint
    hidden = source(widget, "sun")
    assert ((centre[0] - hidden.position_deg[0]) ** 2 + (centre[1] - hidden.position_deg[1]) ** 2) ** 0.5 < radius


def test_reset_gives_a_fresh_sky_and_default_controls(open_exhibit, qtbot):
    widget, _ = open_seeded(open_exhibit)
    drag_on_sky(qtbot, widget, source(widget, "sun").position_deg)
    tap_slider_at(qtbot, widget.dish_slider, 30.0)
    advance(widget, 3.0)
    assert widget.hunt.found == ["sun"]
    widget.reset()
    assert widget.hunt.found == [] and widget.sky.found == []
    assert widget.telescope.dish_diameter_m == 16.0 and widget.dish_slider.value() == 16.0
    assert widget.telescope.averaging == 8
    assert widget.telescope.pointing_deg == (8.0, 4.5)
    assert float(widget.scan.values.max()) == 0.0
    assert widget.telescope.spectra_taken == 0


def test_switching_language_changes_visible_texts(open_exhibit, qtbot):
    from kiosk.exhibit.translator import TranslationSet

    widget, context = open_seeded(open_exhibit, language="lv")
    latvian = (widget.heading.text(), widget.tip.text(), widget.dish_slider.label, widget.spectrum.title.text())
    assert "radioavot" in latvian[0].lower()
    TranslationSet().switch("ru")
    context.set_language("ru")
    QApplication.processEvents()
    russian = (widget.heading.text(), widget.tip.text(), widget.dish_slider.label, widget.spectrum.title.text())
    assert all(a != b for a, b in zip(latvian, russian, strict=True))
    assert "радиоисточник" in russian[0].lower()
    assert widget.sky.names["sun"] == "Солнце"


def test_high_contrast_renders(open_exhibit, qtbot):
    widget, _ = open_seeded(open_exhibit, high_contrast=True)
    drag_on_sky(qtbot, widget, source(widget, "sun").position_deg)
    advance(widget, 3.0)
    image = widget.grab().toImage()
    assert not image.isNull()


def test_renders_at_kiosk_sizes(open_exhibit, qtbot):
    for size in ((1280, 720), (1920, 1080), (1080, 1920)):
        widget, _ = open_seeded(open_exhibit, language="ru", size=size)
        advance(widget, 0.2)
        QApplication.processEvents()
        assert not widget.grab().isNull()
        sky = widget.sky.map_rect()
        assert sky.width() > 0 and sky.height() > 0
        if size[1] > size[0]:
            assert widget.panel.y() > widget.sky.y()
            # the panel below never covers the spectrum and its caption
            assert widget.observing.geometry().bottom() < widget.panel.y()
            caption = widget.spectrum.caption
            assert caption.height() >= caption.heightForWidth(caption.width())
        else:
            assert widget.panel.x() > widget.sky.x()
        # the spectrum sits below the sky map, never on top of it
        spectrum_top = widget.spectrum.mapTo(widget, QPoint(0, 0)).y()
        assert spectrum_top >= widget.sky.mapTo(widget, QPoint(0, 0)).y() + widget.sky.height()
