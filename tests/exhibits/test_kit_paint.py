"""The kit's widgets keep what they painted while nothing they show has changed, and paint again
(with the text fitted afresh) when the text, the size, the theme or the state changes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QRectF
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.exhibit.kit import Card, TouchButton, ValueSlider, ZoneMeter, fitted_font
from kiosk.exhibit.theme import Theme, current_theme, hub


@pytest.fixture(autouse=True)
def plain_theme() -> Iterator[None]:
    hub.set(Theme.create(scale=1.0))
    yield
    hub.set(Theme.create())


def picture(widget: QWidget) -> QImage:
    """The widget as it shows on the exhibit's background."""
    image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(current_theme().color("background"))
    widget.render(image, QPoint(), widget.rect(), QWidget.RenderFlag.DrawChildren)
    return image


def drawn_directly(widget: QWidget) -> QImage:
    """The same picture drawn straight onto the background, without any kept pixmap."""
    image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(current_theme().color("background"))
    painter = QPainter(image)
    widget.draw(painter)  # type: ignore[attr-defined]
    painter.end()
    return image


def largest_channel_difference(first: QImage, second: QImage) -> int:
    assert first.size() == second.size()
    worst = 0
    for y in range(0, first.height()):
        for x in range(0, first.width(), 2):
            a, b = QColor(first.pixel(x, y)), QColor(second.pixel(x, y))
            worst = max(worst, abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))
    return worst


def differs(first: QImage, second: QImage) -> bool:
    """Really different pictures: not only the rounding of a kept picture against a drawn one."""
    return first.size() != second.size() or largest_channel_difference(first, second) > 8


def button(qtbot, text: str, width: int = 300) -> TouchButton:
    widget = TouchButton(text)
    qtbot.addWidget(widget)
    widget.resize(width, current_theme().px(72))
    return widget


def test_the_button_text_font_is_fitted_again_when_the_text_changes(qtbot) -> None:
    widget = button(qtbot, "Go")
    full = widget.text_font().pixelSize()
    widget.setText("Point the dish at Cassiopeia A")
    shrunk = widget.text_font()
    assert shrunk.pixelSize() < full
    widget.setText("Go")
    assert widget.text_font().pixelSize() == full


def test_the_button_text_font_is_fitted_again_when_the_button_is_resized(qtbot) -> None:
    widget = button(qtbot, "Point the dish at Cassiopeia A", width=300)
    narrow = widget.text_font().pixelSize()
    widget.resize(900, widget.height())
    assert widget.text_font().pixelSize() > narrow


def test_the_button_text_font_follows_large_text(qtbot) -> None:
    widget = button(qtbot, "Go")
    normal = widget.text_font().pixelSize()
    hub.set(Theme.create(scale=1.0, large_text=True))
    assert widget.text_font().pixelSize() > normal


@pytest.mark.parametrize("text", ["Novirzīt antenu uz Kasiopeju A", "Направить антенну на Кассиопею A"])
def test_a_translated_button_text_still_fits_as_painted(qtbot, text: str) -> None:
    widget = button(qtbot, "Point at Cassiopeia A", width=360)
    widget.setText(text)
    QApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    inner = widget.text_rect()
    assert QRectF(widget.rect()).contains(inner)
    font = widget.text_font()
    assert font.pixelSize() >= round(current_theme().text_px(26) * 0.7) - 1
    # Either it fits, or the font reached its smallest size (then the audit reports the button).
    fits = QFontMetrics(font).horizontalAdvance(text) <= inner.width()
    assert fits or font.pixelSize() <= current_theme().text_px(26) * 0.7 + 1


def test_fitted_font_gives_the_same_answer_from_its_memory(qtbot) -> None:
    font = current_theme().font(26)
    first = fitted_font("Kasiopeja A un Gulbis A", font, 200)
    again = fitted_font("Kasiopeja A un Gulbis A", font, 200)
    assert first == again
    assert first is not again  # a caller may change its copy
    assert fitted_font("Kasiopeja A un Gulbis A", font, 2000).pixelSize() == font.pixelSize()


def test_the_button_picture_changes_with_its_text_state_and_theme(qtbot) -> None:
    widget = button(qtbot, "Go")
    widget.setCheckable(True)
    first = picture(widget)
    assert not differs(picture(widget), first)  # nothing changed: the same picture
    widget.setText("Stop")
    texts = picture(widget)
    assert differs(texts, first)
    widget.setChecked(True)
    checked = picture(widget)
    assert differs(checked, texts)
    hub.set(Theme.create(scale=1.0, high_contrast=True))
    assert differs(picture(widget), checked)
    widget.setEnabled(False)
    assert differs(picture(widget), checked)


def test_the_slider_picture_follows_value_and_texts(qtbot) -> None:
    slider = ValueSlider(0, 10, 2)
    qtbot.addWidget(slider)
    slider.resize(600, slider.sizeHint().height())
    slider.set_texts("Dish diameter", "2 m")
    first = picture(slider)
    slider.setValue(7)
    moved = picture(slider)
    assert differs(moved, first)
    slider.set_texts("Dish diameter", "7 m")
    assert differs(picture(slider), moved)
    slider.resize(700, slider.height())
    assert picture(slider).width() == 700


def test_the_meter_picture_follows_reading_zone_and_texts(qtbot) -> None:
    meter = ZoneMeter(100, (40, 60), needle=True)
    qtbot.addWidget(meter)
    meter.resize(600, meter.sizeHint().height())
    meter.set_texts("Signal", "20 dB", [("weak", 10), ("strong", 90)])
    first = picture(meter)
    meter.set_reading(50)
    moved = picture(meter)
    assert differs(moved, first)
    meter.set_reading(50, (10, 30))
    assert differs(picture(meter), moved)
    meter.set_texts("Signal", "50 dB", [("weak", 10), ("strong", 90)])
    assert differs(picture(meter), moved)


def test_the_card_follows_size_and_high_contrast(qtbot) -> None:
    card = Card()
    qtbot.addWidget(card)
    card.resize(400, 300)
    first = picture(card)
    card.resize(500, 300)
    wider = picture(card)
    assert wider.width() == 500
    # The surface reaches the new right edge (inside the rounded corners).
    assert QColor(wider.pixel(490, 150)) == current_theme().color("surface")
    hub.set(Theme.create(scale=1.0, high_contrast=True))
    card.resize(400, 300)
    assert differs(picture(card), first)


@pytest.mark.parametrize("high_contrast", [False, True])
def test_kept_pictures_look_as_drawn_directly(qtbot, high_contrast: bool) -> None:
    hub.set(Theme.create(scale=1.0, high_contrast=high_contrast))
    card = Card()
    qtbot.addWidget(card)
    card.resize(420, 260)
    go = button(qtbot, "Point at Cassiopeia A", width=320)
    go.primary = True
    slider = ValueSlider(0, 10, 4)
    qtbot.addWidget(slider)
    slider.resize(500, slider.sizeHint().height())
    slider.set_texts("Dish diameter", "4 m")
    meter = ZoneMeter(100, (40, 60), needle=True)
    qtbot.addWidget(meter)
    meter.resize(500, meter.sizeHint().height())
    meter.set_reading(47)
    meter.set_texts("Signal", "47 dB", [("weak", 10), ("strong", 90)])
    for widget in (card, go, slider, meter):
        assert largest_channel_difference(picture(widget), drawn_directly(widget)) <= 2, type(widget).__name__


def test_a_primary_button_pressed_down_paints_darker(qtbot) -> None:
    widget = button(qtbot, "Go")
    widget.primary = True
    up = picture(widget)
    widget.setDown(True)
    down = picture(widget)
    assert differs(down, up)
    centre_up, centre_down = QColor(up.pixel(20, 36)), QColor(down.pixel(20, 36))
    assert centre_down.lightness() < centre_up.lightness()


def test_a_kept_picture_matches_the_first_paint_inside_a_panel(qtbot) -> None:
    """The first paint after a change is drawn directly, the next ones come from the kept
    picture: they look the same, hatching and corners included, wherever the widget sits."""
    panel = QWidget()
    qtbot.addWidget(panel)
    panel.resize(640, 420)
    card = Card(panel)
    card.setGeometry(3, 5, 620, 400)
    meter = ZoneMeter(100, (40, 60), parent=card)
    meter.setGeometry(17, 23, 560, meter.sizeHint().height())
    meter.set_reading(52)
    meter.set_texts("Signal", "52 dB", [("weak", 10), ("strong", 90)])
    slider = ValueSlider(0, 10, 3, parent=card)
    slider.setGeometry(11, 200, 560, slider.sizeHint().height())
    slider.set_texts("Dish diameter", "3 m")
    first, kept = picture(panel), picture(panel)
    assert largest_channel_difference(first, kept) <= 2
