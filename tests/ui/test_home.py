"""The home screen for twenty and more exhibits: every tile shows all of its texts in every
language, text size and orientation; filters by age and subject; paging; a session's order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFontMetrics

from kiosk.exhibit.theme import current_theme
from kiosk.registry import discover
from kiosk.ui.home_filters import HomeFilter
from kiosk.ui.home_tiles import TileLayout
from tests.conftest import kiosk_settings

LOOKS = [
    pytest.param(size, large, contrast, id=f"{size[0]}x{size[1]}{'-large' if large else ''}{'-hc' if contrast else ''}")
    for size in ((1920, 1080), (1080, 1920))
    for large, contrast in ((False, False), (True, True))
]


@pytest.fixture
def kiosk(shown_kiosk, tmp_path):
    return shown_kiosk(kiosk_settings(tmp_path, ui={"idle_timeout_s": 5, "countdown_s": 1}), size=(1920, 1080),
                       visit=True)


def _text_fits(text: str, rect: QRectF, font) -> bool:
    needed = QFontMetrics(font).boundingRect(QRect(0, 0, int(rect.width()), 100_000), Qt.TextFlag.TextWordWrap, text)
    longest_word = max((QFontMetrics(font).horizontalAdvance(w) for w in text.split()), default=0)
    return needed.height() <= rect.height() + 1 and longest_word <= rect.width() + 1


@pytest.mark.parametrize(("size", "large", "contrast"), LOOKS)
def test_every_tile_shows_its_whole_title_chips_and_summary(qtbot, kiosk, size, large, contrast):
    window = kiosk.window
    window.resize(*size)
    window.set_accessibility(large, contrast)
    home = window.home
    installed = [e for e in discover() if e.ok]
    assert len(home.tiles) == len(installed)
    for language in ("lv", "en", "ru"):
        window.set_language(language)
        qtbot.wait(5)
        theme = current_theme()
        for tile in home.visible_tiles():
            texts = tile.texts()
            layout = TileLayout.measure(texts, tile.width(), theme)
            where = f"{tile.entry.id} in {language}"
            assert layout.height <= tile.height(), f"{where}: needs {layout.height} px, has {tile.height()}"
            assert _text_fits(texts.title, layout.title, layout.title_font), f"{where}: title cut"
            assert _text_fits(texts.summary, layout.summary, layout.summary_font), f"{where}: summary cut"
            assert [text for _, text in layout.chips] == texts.chips, f"{where}: a chip was dropped"
            inner = QRectF(layout.card).adjusted(0, 0, 0, 0)
            inner.setHeight(tile.height())
            for rect, _ in layout.chips:
                assert inner.contains(rect), f"{where}: a chip sticks out of its tile"
            # Touch targets: a tile is far larger than 15 mm on any station screen.
            assert tile.width() >= theme.px(300) and tile.height() >= theme.px(150)
        columns = home.columns()
        assert columns >= (2 if size[0] > size[1] else 1)


def test_camera_activities_say_so_on_their_tile_in_every_orientation(qtbot, kiosk):
    window = kiosk.window
    for size in ((1920, 1080), (1080, 1920)):
        window.resize(*size)
        for tile in window.home.tiles.values():
            uses_camera = tile.entry.manifest.needs_camera
            assert (tile.tr("Uses the camera") in tile.texts().chips) == uses_camera, tile.entry.id


def test_age_and_subject_filters_narrow_the_tiles(qtbot, kiosk):
    home = kiosk.window.home
    assert home.filters.isVisible()
    everything = home.visible_tiles()
    qtbot.mouseClick(home.filters.age_chips[6], Qt.MouseButton.LeftButton)
    for_six = home.visible_tiles()
    assert 0 < len(for_six) < len(everything)
    assert all(tile.entry.manifest.ages[0] <= 6 for tile in for_six)
    assert all(not tile.isHidden() for tile in for_six)
    hidden = [tile for tile in everything if tile not in for_six]
    assert all(tile.isHidden() for tile in hidden)
    subject = "physics"
    # (the offscreen test screen is 800 px wide: chips further right are tapped through the button)
    home.filters.subject_chips[subject].click()
    both = home.visible_tiles()
    assert all(t.entry.manifest.subject == subject and t.entry.manifest.ages[0] <= 6 for t in both)
    assert home.filters.current == HomeFilter(6, subject)
    # Tapping a chosen chip again lets it go; "All" clears everything.
    home.filters.subject_chips[subject].click()
    assert home.filters.current == HomeFilter(6, None)
    qtbot.mouseClick(home.filters.all_chip, Qt.MouseButton.LeftButton)
    assert home.visible_tiles() == everything


def test_a_filter_that_matches_nothing_says_so(qtbot, kiosk):
    home = kiosk.window.home
    home.filters._set(HomeFilter(age=1))
    assert home.visible_tiles() == []
    assert home.empty_note.isVisible()
    assert home.filters.all_chip.text() in home.empty_note.text()  # it names the way back


def test_the_next_visitor_starts_without_a_filter_at_the_top(qtbot, kiosk):
    window = kiosk.window
    home = window.home
    qtbot.mouseClick(home.filters.age_chips[8], Qt.MouseButton.LeftButton)
    window.end_visit("idle")
    assert home.filters.current == HomeFilter()
    assert home.tile_scroll.verticalScrollBar().value() == 0


def test_more_button_pages_through_twenty_tiles(qtbot, kiosk):
    window = kiosk.window
    home = window.home
    bar = home.tile_scroll.verticalScrollBar()
    if bar.maximum() == 0:
        pytest.skip("all tiles fit on one screen")
    assert home.more.isVisible()
    home.more.click()
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=3000)


def test_a_session_shows_its_programme_exhibits_in_the_programme_order(qtbot, kiosk):
    window = kiosk.window
    ids = [tile for tile in window.home.tiles][:3][::-1]
    window.lock_to_session(1, tuple(ids))
    assert list(window.home.tiles) == ids
    assert not window.home.filters.isVisibleTo(window.home)  # three exhibits need no filters
    window.unlock_session()
    assert len(window.home.tiles) > 3


def test_attract_ribbon_shows_every_available_exhibit(qtbot, kiosk):
    window = kiosk.window
    window.end_visit("idle")
    items = window.attract._showcase_items("ru")
    assert len(items) == len([e for e in window.home.entries if e.ok])
