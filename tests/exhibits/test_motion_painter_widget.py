"""Motion painter on screen: the synthetic visitor paints half the canvas; buttons; languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.exhibit.translator import TranslationSet


def test_moving_on_camera_paints_until_the_goal(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("motion_painter", language="lv", camera="synthetic")
    feed = context.camera()
    qtbot.mouseClick(widget.palettes.button("fire"), Qt.MouseButton.LeftButton)
    assert widget.painter.palette == "fire"
    with qtbot.waitSignal(context.completed, timeout=20_000):
        pass
    assert widget.coverage >= 0.5 and context.last_score >= 50
    assert context.interactions >= 2
    assert "50" in widget.meter.value_text or widget.meter.value > 0.5
    widget.stop()
    assert not feed.camera_open


def test_wipe_button_clears_the_canvas(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("motion_painter", camera="synthetic")
    qtbot.waitUntil(lambda: widget.coverage > 0.05, timeout=10_000)
    qtbot.mouseClick(widget.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.coverage < 0.05, timeout=5000)
    assert context.interactions >= 1


def test_without_a_camera(open_exhibit) -> None:
    widget, _ = open_exhibit("motion_painter")
    assert widget.view.unavailable
    widget.grab()


def test_reset_and_languages(open_exhibit) -> None:
    widget, _ = open_exhibit("motion_painter", language="en")
    widget.palettes.set_current("ocean")
    widget.painter.palette = "ocean"
    widget.coverage = 0.3
    widget.reset()
    assert widget.painter.palette == "rainbow" and widget.palettes.current() == "rainbow" and widget.coverage == 0.0
    assert widget.heading.text() == "Paint with your body"
    TranslationSet().switch("ru")
    assert widget.heading.text() == "Рисуй всем телом"
    assert widget.clear_button.text() == "Стереть рисунок"


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1080, 1920)])
@pytest.mark.parametrize("high_contrast", [False, True])
def test_renders_at_every_size(open_exhibit, size, high_contrast) -> None:
    widget, _ = open_exhibit("motion_painter", size=size, high_contrast=high_contrast)
    widget.still_s = 1.0
    widget.advance(1 / 60)
    assert not widget.grab().isNull()


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
@pytest.mark.parametrize("language", ["ru", "en", "lv"])
def test_every_text_fits_with_large_text(open_exhibit, qtbot, orientation, language) -> None:
    """The panel's heading, task, science text, meter and the two small pictures keep the room
    they need with large text on a station screen, in both orientations (beside the picture the
    two small pictures step aside for them), and the camera picture keeps at least 40 % of the
    screen."""
    from exhibit_checks import STATION_AREAS, fit_findings, show_large_text

    size = STATION_AREAS[orientation]
    full_hd = (1920, 1080) if orientation == "landscape" else (1080, 1920)
    widget, _ = open_exhibit("motion_painter", language=language, size=full_hd)
    show_large_text(widget, size)
    assert fit_findings(widget) == []
    for must_show in (widget.heading, widget.task, widget.meter, widget.palettes, widget.clear_button,
                      widget.science, widget.rounds):
        assert must_show.isVisibleTo(widget)
    if orientation == "portrait":
        assert widget.thumbs.isVisibleTo(widget), "only beside the picture may they step aside"
    view = widget.view.geometry()
    assert view.width() * view.height() >= 0.4 * size[0] * size[1], "the camera picture stays large"


def test_the_small_pictures_stay_with_normal_text(open_exhibit) -> None:
    from exhibit_checks import STATION_AREAS, fit_findings, show_on_station

    widget, _ = open_exhibit("motion_painter", language="ru", size=(1920, 1080))
    show_on_station(widget, STATION_AREAS["landscape"])
    assert widget.thumbs.isVisibleTo(widget) and fit_findings(widget) == []


def test_the_small_pictures_tell_the_audit_when_a_caption_is_cut(qtbot) -> None:
    """Their captions are painted, so the widget says when one does not fit under its picture."""
    from exhibits.motion_painter.thumbs import MemoryThumbs

    thumbs = MemoryThumbs()
    qtbot.addWidget(thumbs)
    thumbs.captions = ("Комната, которую он помнит", "Сейчас иначе: это ты")
    thumbs.resize(700, 200)
    assert thumbs.audit_text_problems() == []
    thumbs.resize(260, 200)
    assert any("Комната" in problem for problem in thumbs.audit_text_problems())
