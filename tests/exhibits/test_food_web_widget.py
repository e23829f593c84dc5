"""The food_web exhibit driven like a visitor: sliders, the phase plot, goals, languages, looks."""

from __future__ import annotations

import pytest
from exhibit_checks import run_frames
from PySide6.QtCore import QPoint, QPointF, Qt

from exhibits.food_web import model
from exhibits.food_web.sea_view import COD_KT_PER_ICON, SPRAT_KT_PER_ICON, SeaView
from kiosk.exhibit import TOUCH_TARGET_PX, current_theme


def slide_to(qtbot, slider, value: float) -> None:
    """Drag the slider's thumb to `value` the way a finger would."""
    radius = current_theme().px(TOUCH_TARGET_PX) / 2
    fraction = (value - slider.minimum) / (slider.maximum - slider.minimum)
    y = slider.height() - radius
    start = QPoint(round(radius + (slider.value() - slider.minimum) / (slider.maximum - slider.minimum)
                         * (slider.width() - 2 * radius)), round(y))
    end = QPoint(round(radius + fraction * (slider.width() - 2 * radius)), round(y))
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(slider, pos=(start + end) / 2)
    qtbot.mouseMove(slider, pos=end)
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=end)
    assert slider.value() == pytest.approx(value, abs=slider.step / 2 + 1e-9)


def tap_phase_plot(qtbot, widget, prey_kt: float, predator_kt: float) -> None:
    plot = widget.phase_plot
    position = plot.viewport_pos_of(prey_kt, predator_kt)
    qtbot.mouseClick(plot, Qt.MouseButton.LeftButton, pos=position.toPoint())


def test_fishing_for_fifty_years_completes(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("food_web", language="lv")
    assert widget.goal == "fishing"
    slide_to(qtbot, widget.sliders["fishing"], 0.2)
    assert widget.ecosystem.params.fishing == pytest.approx(0.2)
    assert context.interactions >= 1
    with qtbot.waitSignal(context.completed, timeout=5000) as completed:
        run_frames(widget, 50 / 2.0 + 0.5)  # 50 model years at two years a second
    assert widget.fishing_goal.done and widget.ecosystem.alive
    assert 80 <= completed.args[0] <= 100
    assert widget.ecosystem.catch_kt > 0
    assert widget.years_bar.fraction == 1.0


def test_years_do_not_count_without_enough_fishing(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("food_web")
    slide_to(qtbot, widget.sliders["fishing"], 0.1)
    run_frames(widget, 5.0)
    assert widget.fishing_goal.fishing_years == 0
    assert "20 %" in widget.goal_label.text()
    assert context.completions == 0


def test_overfishing_collapses_the_cod_and_a_tap_starts_again(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("food_web", size=(1920, 1080))
    recorded = []
    context.interaction_recorded.connect(lambda name, value: recorded.append((name, value)))
    slide_to(qtbot, widget.sliders["growth"], 0.5)
    slide_to(qtbot, widget.sliders["fishing"], 0.6)  # more than the sprat can make up: no balance
    assert model.equilibrium(widget.ecosystem.params) is None
    for _ in range(60 * 60):
        widget.advance(1 / 60)
        if not widget.ecosystem.alive:
            break
    assert widget.ecosystem.collapsed == "predator"
    assert ("collapse", "predator") in recorded
    assert widget.sea.overlay and "cod" in widget.goal_label.text().lower()
    widget.grab()
    qtbot.mouseClick(widget.sea, Qt.MouseButton.LeftButton, pos=widget.sea.rect().center())
    assert widget.ecosystem.alive and widget.ecosystem.time_years == 0
    assert widget.sea.overlay is None


def test_finding_the_balance_point_on_the_phase_plot(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("food_web", language="en", size=(1920, 1080))
    qtbot.mouseClick(widget.goal_choice.button("balance"), Qt.MouseButton.LeftButton)
    assert widget.goal == "balance"
    run_frames(widget, 2.0)
    qtbot.wait(10)  # let the plot lay out its new range
    tap_phase_plot(qtbot, widget, 1600.0, 150.0)
    assert widget.balance_misses == 1 and context.completions == 0
    assert widget.ecosystem.prey_kt == pytest.approx(1600, rel=0.05)  # the tap put those fish in
    assert "middle" in widget.goal_label.text()
    run_frames(widget, 1.0)
    qtbot.wait(10)
    with qtbot.waitSignal(context.completed, timeout=2000) as completed:
        tap_phase_plot(qtbot, widget, 1000.0, 300.0)
    assert completed.args[0] >= 80
    assert widget.balance_found
    # At the balance point the stocks stay put.
    prey_before = widget.ecosystem.prey_kt
    run_frames(widget, 3.0)
    assert widget.ecosystem.prey_kt == pytest.approx(prey_before, rel=0.15)


def test_volterra_fishing_moves_the_balance_marker(open_exhibit, qtbot) -> None:
    widget, _context = open_exhibit("food_web")
    run_frames(widget, 0.1)
    xs, ys = widget.phase_plot.balance_marker.data()
    assert (xs[0], ys[0]) == pytest.approx((1000, 300))
    slide_to(qtbot, widget.sliders["fishing"], 0.3)
    run_frames(widget, 0.1)
    xs, ys = widget.phase_plot.balance_marker.data()
    assert xs[0] > 1000 and ys[0] < 300


def test_fish_icons_follow_the_populations(open_exhibit, qtbot) -> None:
    widget, _context = open_exhibit("food_web")
    run_frames(widget, 3.0)
    sea = widget.ecosystem
    sprat, cod = widget.sea.visible_counts()
    assert sprat == SeaView.icon_count(sea.prey_kt, SPRAT_KT_PER_ICON, 10**6)
    assert cod == SeaView.icon_count(sea.predator_kt, COD_KT_PER_ICON, 10**6)
    assert sprat > 0 and cod > 0


def test_legend_taps_do_not_hide_curves(open_exhibit, qtbot) -> None:
    widget, _context = open_exhibit("food_web", size=(1920, 1080))
    run_frames(widget, 1.0)
    legend = widget.time_plot.legend_rect()
    assert not legend.isEmpty()
    qtbot.mouseClick(widget.time_plot, Qt.MouseButton.LeftButton, pos=legend.center().toPoint())
    assert widget.time_plot.prey_curve.visible and widget.time_plot.predator_curve.visible


def test_reset_restores_the_start(open_exhibit, qtbot) -> None:
    widget, _context = open_exhibit("food_web")
    slide_to(qtbot, widget.sliders["fishing"], 0.5)
    slide_to(qtbot, widget.sliders["death"], 1.0)
    qtbot.mouseClick(widget.goal_choice.button("balance"), Qt.MouseButton.LeftButton)
    run_frames(widget, 2.0)
    widget.reset()
    assert widget.goal == "fishing" and widget.goal_choice.current() == "fishing"
    assert widget.parameters() == model.WebParameters()
    assert widget.ecosystem.time_years == 0
    assert (widget.ecosystem.prey_kt, widget.ecosystem.predator_kt) == (model.START_PREY_KT, model.START_PREDATOR_KT)
    assert widget.fishing_goal.fishing_years == 0 and not widget.balance_found


def test_switching_language_changes_every_text(open_exhibit, qtbot) -> None:
    from kiosk.exhibit.translator import TranslationSet

    widget, _context = open_exhibit("food_web", language="lv")
    latvian = widget.goal_label.text()
    assert "zveju" in latvian
    assert widget.sliders["fishing"].label == "Zveja"
    TranslationSet().switch("ru")
    qtbot.waitUntil(lambda: widget.goal_label.text() != latvian, timeout=2000)
    assert "промысел" in widget.goal_label.text().lower()
    assert widget.sliders["growth"].label == "Рост шпрота"
    assert widget.restart_button.text() == "Заново"
    assert widget.time_plot.x_title == "Годы"
    assert widget.time_plot.legend_text(widget.time_plot.predator_curve) == "Треска"
    run_frames(widget, 0.2)
    assert widget.sea.texts["year"].startswith("Год")
    TranslationSet().switch("en")
    qtbot.waitUntil(lambda: widget.sliders["fishing"].label == "Fishing", timeout=2000)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1080, 1920)])
@pytest.mark.parametrize("high_contrast", [False, True])
def test_renders_at_every_size(open_exhibit, qtbot, size, high_contrast) -> None:
    widget, _context = open_exhibit("food_web", size=size, high_contrast=high_contrast)
    widget.sliders["fishing"].setValue(0.4)  # boats and nets on screen too
    run_frames(widget, 1.0)
    image = widget.grab()
    assert image.width() == size[0] and image.height() == size[1]
    sea_image = widget.sea.grab().toImage()
    assert sea_image.pixelColor(QPoint(5, sea_image.height() // 2)) != sea_image.pixelColor(QPoint(5, 2))


def test_taps_below_the_axes_are_ignored(open_exhibit, qtbot) -> None:
    widget, context = open_exhibit("food_web")
    before = context.interactions
    widget.tap_phase(QPointF(-50.0, 100.0))
    assert context.interactions == before


def test_theme_change_while_open(open_exhibit, qtbot) -> None:
    from kiosk.exhibit.theme import Theme, hub

    widget, _context = open_exhibit("food_web", size=(1280, 720))
    run_frames(widget, 0.5)
    hub.set(Theme.create(high_contrast=True, large_text=True, scale=1280 / 1920))
    run_frames(widget, 0.5)
    assert widget.time_plot.look.background.name() == "#000000"
    widget.grab()
