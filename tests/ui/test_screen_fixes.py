"""What the screen audit found on the shell and staff screens, each held by a focused test."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.config import settings_from_mapping
from kiosk.exhibit.theme import ICON_CONTRAST, PICTOGRAM, contrast_ratio
from kiosk.ui.audit.checks import check_texts, leaves
from kiosk.ui.audit.runner import Mode, audit_kiosk
from kiosk.ui.audit.screens import screen, settle
from kiosk.ui.widgets import TabBar


@pytest.fixture
def kiosk_at():
    """kiosk_at(mode) -> a demo kiosk on a scratch folder at that size and look."""
    opened = []

    def build(mode: Mode):
        context = audit_kiosk(settings_from_mapping({"camera": {"source": "synthetic"}}), mode)
        opened.append(context)
        return context.__enter__()

    yield build
    for context in reversed(opened):
        context.__exit__(None, None, None)


def cut_texts(root: QWidget) -> list[str]:
    return [str(finding) for finding in check_texts(leaves(root))]


def test_the_intro_pictogram_sits_on_black_in_high_contrast_not_on_yellow(qtbot, kiosk_at):
    kiosk = kiosk_at(Mode("landscape", high_contrast=True))
    assert screen("intro:pendulum").show(kiosk)
    disc = kiosk.window.host.intro.icon.colour.name()
    assert contrast_ratio(PICTOGRAM, disc) >= ICON_CONTRAST


def test_a_careers_card_shown_again_in_russian_keeps_every_line(qtbot, kiosk_at):
    kiosk = kiosk_at(Mode("landscape"))
    window = kiosk.window
    for language in ("en", "ru"):  # the rows are made in English, then reused for longer Russian texts
        window.set_language(language)
        assert screen("careers:computer_vision").show(kiosk)
        settle(kiosk)
        card = window.host.careers
        if language == "ru":
            assert cut_texts(card) == []
        card.close_overlay()


def test_check_in_without_a_session_shows_its_whole_message(qtbot, kiosk_at):
    kiosk = kiosk_at(Mode("landscape"))
    kiosk.window.set_language("ru")
    assert screen("staff:checkin").show(kiosk)
    assert cut_texts(kiosk.window.programmes.screen.pages["checkin"]) == []


@pytest.mark.parametrize(("name", "language"),
                         [("staff:today", "lv"), ("staff:today", "ru"), ("staff:dashboard", "lv")])
def test_staff_screens_fit_a_portrait_screen_with_large_text(qtbot, kiosk_at, name, language):
    """The educator's tabs and title, the programme tiles' long Russian titles, the dashboard's periods."""
    kiosk = kiosk_at(Mode("portrait", large_text=True))
    kiosk.window.set_language(language)
    assert screen(name).show(kiosk)
    settle(kiosk)
    staff_screen = kiosk.window.dashboard if name == "staff:dashboard" else kiosk.window.programmes.screen
    assert cut_texts(staff_screen) == []


def test_tabs_wrap_into_rows_when_one_row_is_too_narrow(qtbot):
    tabs = TabBar(["a", "b", "c", "d", "e"])
    qtbot.addWidget(tabs)
    tabs.set_texts({key: f"A rather long tab name {key}" for key in "abcde"})
    tabs.resize(3000, 200)
    tabs.show()
    rows = {tabs.grid.getItemPosition(tabs.grid.indexOf(tabs.button(key)))[0] for key in "abcde"}
    assert rows == {0}
    tabs.resize(700, 400)
    rows = {tabs.grid.getItemPosition(tabs.grid.indexOf(tabs.button(key)))[0] for key in "abcde"}
    assert len(rows) > 1
    assert all(tabs.button(key).width() >= tabs.button(key).sizeHint().width() - 1 for key in "abcde")


def test_the_exhibit_bar_on_a_portrait_screen_gives_the_title_its_own_row(qtbot, kiosk_at):
    """Russian, large text, a camera activity (its "Camera on" notice too): nothing in the bar is cut."""
    kiosk = kiosk_at(Mode("portrait", large_text=True))
    kiosk.window.set_language("ru")
    assert screen("exhibit:motion_wind").show(kiosk)
    settle(kiosk)
    host = kiosk.window.host
    assert host.title.geometry().top() >= host.learn_button.geometry().bottom()
    bar = [leaf for leaf in leaves(host) if leaf.widget in (host.learn_button, host.title, host.home_button)]
    assert len(bar) == 3
    assert [str(finding) for finding in check_texts(bar)] == []
    assert QLabel.text(host.title) == host.title.text() == "Ветер движения"  # shown whole, not "Ветер движе…"


def test_the_easier_to_see_toggles_say_whether_they_are_on(qtbot, kiosk_at):
    kiosk = kiosk_at(Mode("landscape"))
    kiosk.window.set_language("en")
    assert screen("a11y").show(kiosk)
    panel = kiosk.window.a11y_panel
    assert panel.large.text() == "☐ Larger text"
    panel.large.click()
    assert panel.large.text() == "☑ Larger text"
    assert panel.contrast.text() == "☐ High contrast"
    assert kiosk.window.large_text


def test_every_sign_on_the_staff_menu_can_be_drawn_by_the_kiosk_font(qtbot, kiosk_at):
    from kiosk.ui.audit.checks import check_glyphs

    kiosk = kiosk_at(Mode("landscape"))
    assert screen("staff").show(kiosk)
    menu = kiosk.window.staff_menu
    assert menu.findChild(QWidget, "staff:exit").text().startswith("⚠")  # a danger says so by a sign too
    assert [str(finding) for finding in check_glyphs(leaves(menu))] == []


def test_the_station_check_stays_on_a_screen_with_large_text(qtbot, kiosk_at):
    """Its table scrolls inside the staff menu instead of pushing the title and Back out of the window."""
    from kiosk.ui.audit.checks import check_outside, top_layer

    kiosk = kiosk_at(Mode("landscape", large_text=True))
    assert screen("staff:doctor").show(kiosk)
    qtbot.waitUntil(lambda: "check" in kiosk.window.staff_menu.info.text(), timeout=10_000)
    settle(kiosk)
    assert [str(finding) for finding in check_outside(leaves(top_layer(kiosk.window)))] == []


def test_a_button_text_is_judged_in_the_box_the_button_paints_it_in(qtbot):
    """The audit once measured a button's text against a wider box (inside 0.3 of the rounded ends)
    than the button painted it in (inside 0.6 of them): 'Разгрузить' was cut at both ends unseen."""
    from PySide6.QtGui import QFontMetricsF

    from kiosk.exhibit.kit import TouchButton

    holder = QWidget()
    button = TouchButton("Разгрузить", parent=holder)
    qtbot.addWidget(holder)
    holder.resize(600, 200)
    holder.show()
    height = 80
    # the widest button whose painted box cuts the text even in its smallest type
    for width in range(400, 40, -1):
        button.resize(width, height)
        if QFontMetricsF(button.text_font()).horizontalAdvance(button.text()) > button.text_rect().width() + 1:
            break
    old_box_width = button.width() - 4 - 0.3 * (height - 4)
    assert QFontMetricsF(button.text_font()).horizontalAdvance(button.text()) < old_box_width  # fits the old box
    findings = [str(finding) for finding in check_texts(leaves(holder))]
    assert any("Разгрузить" in finding for finding in findings), findings


@pytest.mark.parametrize("name", ["staff:dashboard", "staff:sync"])
def test_staff_button_rows_wrap_on_a_portrait_screen_with_large_russian_text(qtbot, kiosk_at, name):
    """The export row ("Сохранить: выберите…") and the sync card's buttons ("Повторить отклонённые")
    were squeezed below their size in one row; they take a second row instead."""
    kiosk = kiosk_at(Mode("portrait", large_text=True, high_contrast=True))
    kiosk.window.set_language("ru")
    assert screen(name).show(kiosk)
    settle(kiosk)
    shown = kiosk.window.dashboard if name == "staff:dashboard" else kiosk.window.sync_status.card
    assert cut_texts(shown) == []


def test_a_figure_tiles_long_number_takes_smaller_type_instead_of_being_cut(qtbot):
    """The camera check's tiles are a quarter of a portrait card: a count of skipped frames grows
    past four digits, and a fast camera's rate has five characters ("120,0")."""
    from kiosk.ui.widgets import FigureTile

    tile = FigureTile("dropped")
    qtbot.addWidget(tile)
    tile.caption.setText("frames")
    tile.number.setText("123456")
    tile.setFixedSize(200, 220)  # as a quarter of the card's width gives it
    tile.show()
    qtbot.waitExposed(tile)
    assert cut_texts(tile) == []
    tile.number.setText("7")
    assert tile.number.font().pixelSize() > 1.5 * tile.caption.font().pixelSize()  # a short one stays big


def test_the_badges_buttons_wrap_when_new_participants_wait_for_badges(qtbot, kiosk_at):
    """'Создать карточки' and 'Карточки для 12 новых участников' do not fit one row of the
    narrow badges card on a portrait screen with large text."""
    kiosk = kiosk_at(Mode("portrait", large_text=True))
    kiosk.window.set_language("ru")
    assert screen("staff:badges").show(kiosk)
    page = kiosk.window.programmes.screen.pages["badges"]
    page._show_unprinted([f"P{index:03d}" for index in range(12)])
    settle(kiosk)
    assert page.unprinted_button.isVisible()
    assert cut_texts(page) == []


def test_a_running_export_keeps_the_dashboard_in_one_piece_on_a_portrait_screen(qtbot, kiosk_at):
    """While an export runs, its progress and Cancel take the row alone: a second row of the export
    bar pushed the KPI list over the charts (portrait, large text, high contrast, Russian)."""
    from pathlib import Path

    from kiosk.ui.audit.checks import check_overlaps

    kiosk = kiosk_at(Mode("portrait", large_text=True, high_contrast=True))
    kiosk.window.set_language("ru")
    assert screen("staff:dashboard").show(kiosk)
    bar = kiosk.window.dashboard.exports
    bar.folder = ("Папка экспорта киоска", Path("/nowhere"))
    bar.retranslate()
    bar._set_running("csv")
    try:
        settle(kiosk)
        items = leaves(kiosk.window.dashboard)
        assert bar.strip.isVisible() and not bar.folder_button.isVisible()
        assert [str(f) for f in (*check_texts(items), *check_overlaps(items))] == []
    finally:
        bar._set_running(None)


@pytest.mark.parametrize("mode", [Mode("portrait"), Mode("portrait", large_text=True),
                                  Mode("landscape", large_text=True)], ids=str)
def test_the_attract_loop_invitation_fits_the_screen_in_every_language(qtbot, kiosk_at, mode):
    """Found looking at the audit's pictures: on a portrait screen the attract loop's Latvian
    invitation ran off both sides ("ieskaries un atklāj"), and the audit did not see it."""
    kiosk = kiosk_at(mode)
    assert screen("attract").show(kiosk)
    settle(kiosk)
    attract = kiosk.window.attract
    assert attract.audit_text_problems() == []
    assert cut_texts(attract) == []


@pytest.mark.parametrize("mode", [Mode("portrait", large_text=True), Mode("landscape", large_text=True)], ids=str)
def test_the_closed_card_fits_the_screen_and_the_audit_sees_it(qtbot, kiosk_at, mode):
    """The closed card was in no audit, and the audit could not see the texts it paints; it sees
    every painted text now (kiosk/ui/audit/painted.py), and a long line is made smaller to fit."""
    from kiosk.ui.audit.painted import PaintedTextRecorder, check_painted_texts

    def problems() -> list[str]:
        closed.update()
        with PaintedTextRecorder() as painted:
            closed.grab()
        assert len(painted.texts) == 2 * len(closed.languages)
        return [detail for _widget, detail in check_painted_texts(painted.texts)]

    kiosk = kiosk_at(mode)
    assert screen("closed").show(kiosk)
    settle(kiosk)
    closed = kiosk.window.closed
    assert kiosk.window.current_screen() == "closed" and closed.open_hours
    assert problems() == []
    closed.open_hours = "10:00-18:00 (otrdienās līdz 21:00, svētku dienās slēgts)"  # a long line must shrink
    assert problems() == []
