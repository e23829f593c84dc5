"""The waves exhibit driven through its real widget: drags, sliders, challenges, languages, sizes."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from exhibits.waves.colours import colourise
from kiosk.exhibit import TOUCH_TARGET_PX, current_theme


def as_point(point: QPointF) -> QPoint:
    return QPoint(round(point.x()), round(point.y()))


def drag(qtbot, widget, start: QPointF, end: QPointF, steps: int = 6) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=as_point(start))
    for i in range(1, steps + 1):
        t = i / steps
        qtbot.mouseMove(widget, as_point(QPointF(start.x() + (end.x() - start.x()) * t,
                                                 start.y() + (end.y() - start.y()) * t)))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=as_point(end))


def tap_slider_at(qtbot, slider, value: float) -> None:
    """Tap the kit slider where its track shows `value` (the track spans the width minus the thumb)."""
    radius = current_theme().px(TOUCH_TARGET_PX) / 2
    fraction = (value - slider.minimum) / (slider.maximum - slider.minimum)
    x = radius + fraction * (slider.width() - 2 * radius)
    point = QPoint(round(x), slider.height() - round(radius))
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=point)


def advance(widget, seconds: float) -> None:
    for _ in range(round(seconds * 60)):
        widget.advance(1 / 60)


def move_probe_to(qtbot, widget, point_cm) -> None:
    view = widget.view
    drag(qtbot, view, view.tank_to_view(widget.tank.probe), view.tank_to_view(point_cm))


def test_all_three_challenges_are_reached_by_touch(open_exhibit, qtbot):
    widget, context = open_exhibit("waves", language="lv")
    widget.stop_frames()  # the test steps time itself
    completions = []
    context.completed.connect(completions.append)

    quiet_spot = widget.tank.extreme_point(loud=False, margin_cm=4.0)
    move_probe_to(qtbot, widget, quiet_spot)
    assert widget.tank.probe_loudness < 0.2
    advance(widget, 1.3)
    assert len(completions) == 1 and completions[0] >= 90

    loud_spot = widget.tank.extreme_point(loud=True, margin_cm=4.0)
    move_probe_to(qtbot, widget, loud_spot)
    advance(widget, 1.3)
    assert len(completions) == 2

    # Third challenge: the microphone is pinned on a loud spot and cannot be dragged.
    assert widget.game.probe_pinned
    pinned_at = widget.tank.probe
    assert widget.tank.probe_loudness > 1.0
    drag(qtbot, widget.view, widget.view.tank_to_view(pinned_at), QPointF(10, 10))
    assert widget.tank.probe == pinned_at
    assert widget.view.pinned_flash_s > 0
    # Change the waves with the sliders until the microphone is quiet.
    slider = widget.frequency_slider
    found = False
    for step in range(int((slider.maximum - slider.minimum) / slider.step) + 1):
        tap_slider_at(qtbot, slider, slider.minimum + step * slider.step)
        widget.advance(1 / 60)
        if widget.tank.probe_loudness < 0.2:
            found = True
            break
    if not found:
        distance = widget.distance_slider
        for step in range(int((distance.maximum - distance.minimum) / distance.step) + 1):
            tap_slider_at(qtbot, distance, distance.minimum + step * distance.step)
            widget.advance(1 / 60)
            if widget.tank.probe_loudness < 0.2:
                break
    with qtbot.waitSignal(context.completed, timeout=2000):
        advance(widget, 1.3)
    assert context.completions == 3
    assert context.interactions > 0


def test_dragging_a_source_updates_the_distance_slider_and_is_recorded(open_exhibit, qtbot):
    widget, context = open_exhibit("waves", language="en")
    recorded = []
    context.interaction_recorded.connect(lambda name, value: recorded.append(name))
    view = widget.view
    a = widget.tank.sources[0]
    drag(qtbot, view, view.tank_to_view(a), view.tank_to_view((a[0] - 4.0, a[1])))
    assert widget.tank.source_distance_cm > 15.0
    assert widget.distance_slider.value() == widget.tank.source_distance_cm or \
        abs(widget.distance_slider.value() - widget.tank.source_distance_cm) <= 0.25
    assert "drag_source" in recorded


def test_sliders_change_the_waves_and_lines_toggle(open_exhibit, qtbot):
    widget, context = open_exhibit("waves", language="en")
    tap_slider_at(qtbot, widget.frequency_slider, 8.0)
    assert widget.tank.frequency_hz == 8.0
    assert widget.tank.wavelength_cm == 3.0
    tap_slider_at(qtbot, widget.distance_slider, 20.0)
    assert abs(widget.tank.source_distance_cm - 20.0) < 1e-6
    assert "3.0" in widget.formula_label.text()
    qtbot.mouseClick(widget.lines_button, Qt.MouseButton.LeftButton)
    assert widget.view.show_lines
    assert not widget.view.grab().isNull()
    assert context.interactions >= 3


def test_reset_returns_to_the_first_challenge_and_default_tank(open_exhibit, qtbot):
    widget, context = open_exhibit("waves", language="en")
    widget.stop_frames()
    start_frequency = widget.tank.frequency_hz
    start_distance = widget.tank.source_distance_cm
    move_probe_to(qtbot, widget, widget.tank.extreme_point(loud=False, margin_cm=4.0))
    advance(widget, 1.3)
    tap_slider_at(qtbot, widget.frequency_slider, 8.0)
    qtbot.mouseClick(widget.lines_button, Qt.MouseButton.LeftButton)
    assert widget.game.index == 1
    assert widget.challenge_title.text().startswith("Well done!")
    advance(widget, 3.0)
    assert not widget.challenge_title.text().startswith("Well done!")
    recorded_before = context.interactions
    widget.reset()
    assert context.interactions == recorded_before  # a reset records nothing
    assert widget.game.index == 0 and widget.game.completed == 0
    assert widget.tank.frequency_hz == start_frequency
    assert abs(widget.tank.source_distance_cm - start_distance) < 1e-6
    assert widget.frequency_slider.value() == start_frequency
    assert not widget.lines_button.isChecked() and not widget.view.show_lines
    assert widget.tank.probe_loudness > 0.2  # the microphone starts away from a quiet spot


def test_switching_language_changes_visible_texts(open_exhibit, qtbot):
    from kiosk.exhibit.translator import TranslationSet

    widget, context = open_exhibit("waves", language="lv")
    latvian = (widget.challenge_text.text(), widget.lines_button.text(), widget.frequency_slider.label)
    assert "mikrofon" in latvian[0].lower()
    TranslationSet().switch("ru")
    context.set_language("ru")
    QApplication.processEvents()
    russian = (widget.challenge_text.text(), widget.lines_button.text(), widget.frequency_slider.label)
    assert all(a != b for a, b in zip(latvian, russian, strict=True))
    assert "микрофон" in russian[0].lower()
    assert not widget.grab().isNull()


def test_high_contrast_renders(open_exhibit, qtbot):
    widget, _ = open_exhibit("waves", language="en", high_contrast=True)
    advance(widget, 0.2)
    image = widget.grab().toImage()
    assert not image.isNull()
    # High-contrast water is drawn in greys (black troughs, white crests).
    view = widget.view
    point = view.mapTo(widget, QPoint(view.width() // 4, view.height() // 4))
    colour = image.pixelColor(point.x(), point.y())
    assert colour.red() == colour.green() == colour.blue()
    view.show_lines = True
    assert not widget.grab().isNull()


def test_renders_at_kiosk_sizes(open_exhibit, qtbot):
    for size in ((1280, 720), (1920, 1080), (1080, 1920)):
        widget, _ = open_exhibit("waves", language="ru", size=size)
        widget.view.show_lines = True
        advance(widget, 0.1)
        QApplication.processEvents()
        assert not widget.grab().isNull()
        assert widget.view.width() > 0 and widget.view.height() > 0
        if size[1] > size[0]:
            assert widget.panel.y() > widget.view.y()  # portrait: panel below the tank
        else:
            assert widget.panel.x() > widget.view.x()


def test_tank_keeps_its_rounded_corners_and_whole_legend(open_exhibit, qtbot):
    """Each frame copies only the legend's, ruler's and note's boxes from the cached overlay and
    paints the page's background over the corners: the picture is the one a rounded clip and the
    whole overlay gave."""
    widget, _ = open_exhibit("waves", language="lv", size=(1920, 1080))
    view = widget.view
    view.show_lines = True
    advance(widget, 0.2)
    image = view.grab().toImage()
    background = current_theme().color("background")
    assert image.pixelColor(0, 0) == background
    assert image.pixelColor(view.width() - 1, view.height() - 1) == background
    assert image.pixelColor(view.width() // 2, view.height() // 2) != background  # water
    assert len(view._overlay_boxes) == 3  # legend, ruler, slow-motion note
    whole_overlay = [QRectF(view.rect())]
    view._overlay_boxes, boxes = whole_overlay, view._overlay_boxes
    assert view.grab().toImage() == image
    view._overlay_boxes = boxes


def water_picture(view, size) -> np.ndarray:
    """What the view paints as its water at `size`, as rows x columns x BGRA."""
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)  # as the view's paintEvent has it
    view._paint_water(painter, QRectF(0, 0, *size))
    painter.end()
    return np.frombuffer(image.constBits(), np.uint8).reshape(size[1], size[0], 4).copy()


def test_the_water_is_the_coloured_field_smoothly_scaled_to_the_view(open_exhibit, qtbot):
    """The water is scaled up by OpenCV, not by Qt's smoothed drawImage (which runs on worker
    threads that wait for a core on a busy station): the picture must stay the one Qt gave."""
    widget, _ = open_exhibit("waves", language="en", size=(1920, 1080))
    view = widget.view
    advance(widget, 0.3)
    pixels = colourise(view.tank.height_field(view.time_s), view._packed_table)
    rows, cols = pixels.shape
    field = QImage(pixels.data, cols, rows, cols * 4, QImage.Format.Format_RGB32)
    for size in ((view.width(), view.height()), (641, 359), (view.width(), view.height())):
        expected = QImage(size[0], size[1], QImage.Format.Format_RGB32)
        painter = QPainter(expected)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(0, 0, *size), field)
        painter.end()
        qt_smooth = np.frombuffer(expected.constBits(), np.uint8).reshape(size[1], size[0], 4)
        painted = water_picture(view, size)
        difference = np.abs(painted[..., :3].astype(int) - qt_smooth[..., :3])
        assert difference.max() <= 2, size
    # The next frame's water is drawn afresh into the same buffer, not left as it was.
    before = water_picture(view, (view.width(), view.height()))
    advance(widget, 0.5)
    assert not np.array_equal(water_picture(view, (view.width(), view.height())), before)
