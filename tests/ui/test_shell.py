"""The kiosk shell driven through its real widgets: tiles, Home, idle reset, languages, faults."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.exhibit.theme import current_theme
from kiosk.ui.app import build_kiosk
from tests.conftest import kiosk_settings

SAMPLES = "tests.fixtures.sample_exhibits"
MODULES = {
    name: f"{SAMPLES}.{name}"
    for name in ("tapper", "faulty_start", "faulty_slot", "faulty_timer", "faulty_paint", "broken_manifest")
}


def make_settings(tmp_path, **ui):
    return kiosk_settings(tmp_path, ui={"idle_timeout_s": 0.3, "countdown_s": 0.4, **ui})


@pytest.fixture
def kiosk(shown_kiosk, tmp_path):
    return shown_kiosk(make_settings(tmp_path), demo=True, modules=MODULES)


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def rows(kiosk, sql):
    kiosk.services.store.flush()
    return kiosk.services.store.query(sql)


def test_first_touch_on_attract_starts_a_visit_at_home(qtbot, kiosk):
    window = kiosk.window
    assert window.current_screen() == "attract"
    click(qtbot, window.attract)
    assert window.current_screen() == "home"
    assert len(rows(kiosk, "SELECT * FROM visits")) == 1


def test_tile_opens_exhibit_and_the_run_is_recorded(qtbot, kiosk):
    window = kiosk.window
    click(qtbot, window.attract)
    click(qtbot, window.home.tiles["tapper"])
    assert window.current_screen() == "exhibit-host"
    assert window.host.intro.isVisible()
    click(qtbot, window.host.intro.start_button)
    exhibit = window.findChild(QAbstractButton, "tapper:button")
    for _ in range(3):
        click(qtbot, exhibit)
    assert window.host.celebration.isVisible()
    click(qtbot, window.host.home_button)
    assert window.current_screen() == "home"
    (run,) = rows(kiosk, "SELECT * FROM exhibit_runs")
    assert run["exhibit_id"] == "tapper"
    assert run["outcome"] == "completed"
    assert run["score"] == 10
    assert run["interactions"] == 3
    assert run["active_ms"] >= 0 and run["ended_at"] is not None


def test_home_without_goal_is_abandoned(qtbot, kiosk):
    window = kiosk.window
    window.start_visit()
    window.open_exhibit("tapper")
    click(qtbot, window.host.intro.start_button)
    click(qtbot, window.host.home_button)
    (run,) = rows(kiosk, "SELECT outcome FROM exhibit_runs")
    assert run["outcome"] == "abandoned"


def test_idle_shows_countdown_then_attract_and_ends_the_visit(qtbot, kiosk):
    window = kiosk.window
    click(qtbot, window.attract)
    window.set_language("ru")
    window.set_accessibility(True, True)
    window.open_exhibit("tapper")
    click(qtbot, window.host.intro.start_button)
    qtbot.waitUntil(lambda: window.countdown.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: window.current_screen() == "attract", timeout=3000)
    assert not window.countdown.isVisible()
    assert window.language == "lv" and not window.large_text and not window.high_contrast
    (visit,) = rows(kiosk, "SELECT * FROM visits")
    assert visit["end_reason"] == "idle" and visit["language"] == "ru"
    (run,) = rows(kiosk, "SELECT outcome FROM exhibit_runs")
    assert run["outcome"] == "abandoned"


def test_touch_during_countdown_cancels_it(qtbot, kiosk):
    window = kiosk.window
    click(qtbot, window.attract)
    qtbot.waitUntil(lambda: window.countdown.isVisible(), timeout=3000)
    qtbot.mouseClick(window.countdown, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not window.countdown.isVisible()
    assert window.current_screen() == "home"
    assert rows(kiosk, "SELECT ended_at FROM visits")[0]["ended_at"] is None


def test_keep_awake_holds_the_idle_timer(qtbot, kiosk):
    window = kiosk.window
    window.start_visit()
    window.open_exhibit("tapper")
    click(qtbot, window.host.intro.start_button)
    window.host.context.keep_awake(True)
    QTest.qWait(800)
    assert not window.countdown.isVisible()
    window.host.context.keep_awake(False)
    qtbot.waitUntil(lambda: window.countdown.isVisible(), timeout=3000)


def visible_texts(window):
    texts = [label.text() for label in window.findChildren(QLabel) if label.isVisible() and label.text()]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible() and b.text()]
    return set(texts)


def test_language_switch_retranslates_every_visible_text(qtbot, kiosk):
    window = kiosk.window
    click(qtbot, window.attract)
    click(qtbot, window.findChild(QAbstractButton, "lang:en"))
    english = visible_texts(window)
    assert "Explore science!" in english
    click(qtbot, window.findChild(QAbstractButton, "lang:ru"))
    russian = visible_texts(window)
    assert "Открывай науку!" in russian
    language_codes = {"LV", "EN", "RU", "VIZIUM"}  # names, the same in every language
    assert not (english & russian) - language_codes, "texts left in English after switching to Russian"
    click(qtbot, window.findChild(QAbstractButton, "lang:lv"))
    assert "Atklāj zinātni!" in visible_texts(window)
    assert rows(kiosk, "SELECT language FROM visits")[0]["language"] == "lv"


def test_language_switch_inside_an_exhibit(qtbot, kiosk):
    window = kiosk.window
    window.start_visit()
    window.open_exhibit("tapper")
    click(qtbot, window.host.intro.start_button)
    click(qtbot, window.host.findChild(QAbstractButton, "lang:ru"))
    assert window.host.home_button.text().endswith("Главная")
    assert window.host.context.language == "ru"
    assert window.host.title.text() == "Тест tapper"


def test_accessibility_mode_enlarges_text_and_raises_contrast(qtbot, kiosk):
    window = kiosk.window
    click(qtbot, window.attract)
    before = window.home.title.font().pixelSize()
    click(qtbot, window.home.a11y)
    assert window.a11y_panel.isVisible()
    click(qtbot, window.a11y_panel.large)
    click(qtbot, window.a11y_panel.contrast)
    assert window.large_text and window.high_contrast
    QTest.qWait(20)  # the theme change is delivered as an event
    assert window.home.title.font().pixelSize() > before
    assert current_theme().colours["background"] == "#000000"
    click(qtbot, window.a11y_panel.done)
    assert not window.a11y_panel.isVisible()


@pytest.mark.parametrize("exhibit_id", ["faulty_start", "faulty_slot", "faulty_timer", "faulty_paint"])
def test_a_faulty_exhibit_never_takes_the_kiosk_down(qtbot, kiosk, exhibit_id):
    window = kiosk.window
    window.start_visit()
    window.open_exhibit(exhibit_id)
    click(qtbot, window.host.intro.start_button)
    button = window.findChild(QAbstractButton, "tapper:button")
    if button is not None and button.isVisible():
        click(qtbot, button)
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=3000)
    assert window.current_screen() == "home"
    assert window.host.widget is None
    assert kiosk.faults.kiosk_errors == []
    (run,) = rows(kiosk, "SELECT outcome FROM exhibit_runs")
    assert run["outcome"] == "error"
    events = rows(kiosk, "SELECT detail FROM app_events WHERE kind = 'exhibit.error'")
    assert events and "Traceback" in events[0]["detail"]
    # The kiosk goes on: the good exhibit still works.
    click(qtbot, window.notice.ok)
    window.open_exhibit("tapper")
    assert window.current_screen() == "exhibit-host"


def test_broken_manifest_is_an_unavailable_tile(qtbot, kiosk):
    tile = kiosk.window.home.tiles["broken_manifest"]
    assert not tile.isEnabled()
    entry = next(e for e in kiosk.services.entries if e.id == "broken_manifest")
    assert "subject" in entry.error and "alchemy" in entry.error


def test_close_requests_escape_and_context_menus_do_nothing(qtbot, kiosk):
    window = kiosk.window
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    QTest.keyClick(window, Qt.Key.Key_Escape)
    QTest.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert window.isVisible()
    assert window.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu


def tap_corner(qtbot, window, times):
    for _ in range(times):
        qtbot.mouseClick(window.home, Qt.MouseButton.LeftButton, pos=window.gate.corner_point())


def test_five_corner_taps_open_the_pin_pad_and_a_correct_pin_the_staff_menu(qtbot, kiosk):
    window = kiosk.window
    window.start_visit()
    tap_corner(qtbot, window, 4)
    assert not window.pinpad.isVisible()
    tap_corner(qtbot, window, 1)
    assert window.pinpad.isVisible()
    for digit in "2468":
        click(qtbot, window.pinpad.keys[digit])
    click(qtbot, window.pinpad.keys["ok"])
    assert window.staff_menu.isVisible() and window.staff_menu.role == "staff"
    assert window.findChild(QAbstractButton, "staff:exit") is not None


def enter_pin(qtbot, pad, pin):
    for digit in pin:
        click(qtbot, pad.keys[digit])
    click(qtbot, pad.keys["ok"])


def test_wrong_pins_lock_the_pad_and_the_lock_survives_a_restart(qtbot, tmp_path):
    settings = make_settings(tmp_path)
    first = build_kiosk(settings, demo=True, modules=MODULES)
    pad = first.window.pinpad
    pad.open()
    for _ in range(5):
        enter_pin(qtbot, pad, "0000")
    assert first.services.vault.locked_for_s() > 0
    assert not pad.keys["1"].isEnabled()
    first.close()

    second = build_kiosk(settings, demo=True, modules=MODULES)
    try:
        pad = second.window.pinpad
        pad.open()
        assert second.services.vault.locked_for_s() > 0
        assert not pad.keys["2"].isEnabled()
        # Even the right PIN does not open a locked pad.
        assert second.services.vault.verify("2468") is None
        attempts = rows(second, "SELECT COUNT(*) AS n FROM app_events WHERE kind = 'pin.attempt'")
        assert attempts[0]["n"] == 6
    finally:
        second.close()


def test_staff_exit_ends_the_visit(qtbot, kiosk):
    window = kiosk.window
    window.start_visit()
    window.staff_menu.open_for("staff")
    click(qtbot, window.findChild(QAbstractButton, "staff:exit"))  # asks first
    with qtbot.waitSignal(window.exit_requested):
        click(qtbot, window.findChild(QAbstractButton, "staff:confirm-yes"))
    assert rows(kiosk, "SELECT end_reason FROM visits")[0]["end_reason"] == "staff"


def test_layout_scales_from_small_to_4k_and_portrait(qtbot, kiosk):
    window = kiosk.window
    window.start_visit()
    for size in ((1280, 720), (3840, 2160), (1080, 1920)):
        window.resize(*size)
        QTest.qWait(20)
        assert not window.grab().isNull()
        tile = window.home.tiles["tapper"]
        # Touch targets stay at least ~15 mm: 72 design px scaled to the screen.
        assert window.home.a11y.height() >= current_theme().px(72) - 1
        assert tile.height() >= current_theme().px(150)


@pytest.mark.parametrize(
    ("language", "words"), [("en", "never saved"), ("lv", "netiek saglabāts"), ("ru", "никогда не сохраняется")]
)
def test_camera_exhibits_say_on_their_start_card_that_images_are_not_stored(qtbot, tmp_path, language, words):
    from kiosk.registry import discover

    camera_ids = [e.id for e in discover() if e.ok and e.manifest.needs_camera]
    assert camera_ids, "no camera exhibit installed"
    kiosk = build_kiosk(make_settings(tmp_path), modules={i: f"exhibits.{i}" for i in camera_ids})
    try:
        window = kiosk.window
        window.resize(1280, 720)
        window.show()
        window.start_visit()
        window.set_language(language)
        for exhibit_id in camera_ids:
            window.open_exhibit(exhibit_id)
            assert window.host.intro.privacy.isVisibleTo(window.host.intro)
            assert words in window.host.intro.privacy.text()
            window.host.close_exhibit("home")
    finally:
        kiosk.close()


def test_nothing_of_a_run_outlives_it_over_a_day_of_visitors(qtbot, tmp_path):
    """Unattended all day: every run's widget, context and camera feed are freed when it ends."""
    import gc
    import weakref

    from kiosk.exhibit.camera import CameraFeed

    settings = make_settings(tmp_path)
    settings = settings.replace(camera=replace(settings.camera, source="synthetic", width=320, height=180))
    kiosk = build_kiosk(settings, modules={"ar_cards": "exhibits.ar_cards", "tapper": MODULES["tapper"]})
    try:
        window = kiosk.window
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        left_behind = []
        for _ in range(3):
            for exhibit_id in ("ar_cards", "tapper"):
                window.start_visit()
                window.open_exhibit(exhibit_id)
                click(qtbot, window.host.intro.start_button)
                widget, context = window.host.widget, window.host.context
                feed = context.camera() if exhibit_id == "ar_cards" else None
                if exhibit_id == "ar_cards":
                    assert isinstance(feed, CameraFeed)
                    qtbot.waitUntil(lambda feed=feed: feed.latest is not None, timeout=30_000)
                left_behind += [weakref.ref(o) for o in (widget, context, feed) if o is not None]
                window.host.close_exhibit("home")
                assert feed is None or not feed.camera_open
                del widget, context, feed
        qtbot.wait(50)  # deferred deletes
        gc.collect()
        assert [ref() for ref in left_behind if ref() is not None] == []
    finally:
        kiosk.close()


@pytest.mark.parametrize("language", ["en", "lv", "ru"])
def test_staff_menu_buttons_are_full_size_after_a_language_change(qtbot, kiosk, language):
    """The card is sized once its new buttons are shown (they used to be squeezed to nothing)."""
    window = kiosk.window
    window.start_visit()
    window.set_language(language)
    window.staff_menu.open_for("staff")
    qtbot.wait(20)
    for button in window.staff_menu._buttons.values():
        assert button.height() >= button.minimumSizeHint().height() >= 40
    card = window.staff_menu.card
    assert card.height() >= card.layout().totalMinimumSize().height()


def test_a_long_title_in_a_narrow_bar_shrinks_then_ends_in_an_ellipsis(qtbot):
    from kiosk.ui.exhibit_cards import BarTitle

    title = BarTitle()
    qtbot.addWidget(title)
    title.setText("Волны и интерференция")
    title.resize(2000, 60)
    title.show()
    assert QLabel.text(title) == "Волны и интерференция" and title.toolTip() == ""
    full_size = title.font().pixelSize()
    title.resize(200, 60)
    shown = QLabel.text(title)
    assert shown.endswith("…") and len(shown) < len("Волны и интерференция")
    assert title.font().pixelSize() < full_size, "smaller type first"
    assert title.text() == "Волны и интерференция" and title.toolTip() == "Волны и интерференция"
    assert title.minimumSizeHint().width() <= current_theme().px(300)


# -- stopping and covering the screen ---------------------------------------------------------

QUIT_PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from kiosk.config import settings_from_mapping
from kiosk.ui.app import build_kiosk

kiosk = build_kiosk(settings_from_mapping({"storage": {"path": sys.argv[1]}}), modules={})
kiosk.window.show()
kiosk.window.start_visit()
refused = QCloseEvent()
kiosk.window.closeEvent(refused)
print("visitor close accepted:", refused.isAccepted())
QTimer.singleShot(0, kiosk.app.quit)
QTimer.singleShot(5_000, lambda: kiosk.app.exit(99))  # only if quit() was refused
print("exec:", kiosk.app.exec())
kiosk.close()
"""


def test_a_quit_request_ends_the_event_loop_though_visitors_cannot_close_the_window(tmp_path):
    """Qt 6's quit() asks every window to close first; the kiosk window refuses visitors, not quit().
    (In a process of its own: after app.exec() has ended, Qt ends every later event loop at once.)"""
    import os
    import sqlite3
    import subprocess
    import sys

    data = tmp_path / "data"
    done = subprocess.run([sys.executable, "-c", QUIT_PROBE, str(data)], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "visitor close accepted: False" in done.stdout, done.stdout + done.stderr
    assert "exec: 0" in done.stdout, done.stdout + done.stderr
    conn = sqlite3.connect(data / "kiosk.db")
    try:
        assert conn.execute("SELECT end_reason FROM visits").fetchall() == [("shutdown",)]
        assert conn.execute("SELECT kind FROM app_events WHERE kind LIKE 'kiosk.%' ORDER BY id").fetchall()[-1] == (
            "kiosk.stop",)
    finally:
        conn.close()


EXHIBIT_QUIT_PROBE = """
import sys
from PySide6.QtCore import QTimer
from kiosk.config import settings_from_mapping
from kiosk.ui.app import build_kiosk

kiosk = build_kiosk(settings_from_mapping({"storage": {"path": sys.argv[1]}}),
                    modules={"tapper": "tests.fixtures.sample_exhibits.tapper"})
kiosk.window.show()
kiosk.window.start_visit()
kiosk.window.open_exhibit("tapper")
package = kiosk.window.host.entry.module
exhibit_code = compile("from PySide6.QtWidgets import QApplication; QApplication.instance().quit()",
                       package.replace(".", "/") + "/widget.py", "exec")
QTimer.singleShot(0, lambda: exec(exhibit_code, {"__name__": package + ".widget"}))  # as the exhibit's own code
QTimer.singleShot(1_000, lambda: (print("kiosk still running"), kiosk.request_stop()))
print("exec:", kiosk.app.exec())
kiosk.close()
"""


def test_an_exhibit_cannot_quit_the_kiosk(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).parents[2]
    done = subprocess.run([sys.executable, "-c", EXHIBIT_QUIT_PROBE, str(tmp_path / "data")], capture_output=True,
                          text=True, timeout=120, cwd=root, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "kiosk still running" in done.stdout and "exec: 0" in done.stdout, done.stdout + done.stderr[-3000:]


def test_full_screen_covers_the_screen_and_follows_its_size(qtbot, kiosk):
    window = kiosk.window
    window.show_full_screen()
    screen = window.screen()
    qtbot.waitUntil(lambda: window.geometry() == screen.geometry())
    window.resize(428, 374)  # what X11 without a window manager leaves
    screen.geometryChanged.emit(screen.geometry())  # a monitor swapped or rotated
    assert window.geometry() == screen.geometry()


def test_a_start_after_a_kill_closes_the_visit_as_interrupted_and_records_the_crash(qtbot, tmp_path):
    settings = make_settings(tmp_path)
    first = build_kiosk(settings, modules=MODULES)
    first.window.start_visit()
    first.heartbeat.stop()
    first.services.store.flush()
    first.faults.uninstall()  # killed here: no close(), no kiosk.stop
    first.app.removeEventFilter(first.window.idle)
    first.app.removeEventFilter(first.window.gate)
    first.app.removeEventFilter(first.quit_watch)
    first.services.store.close()
    second = build_kiosk(settings, modules=MODULES)
    try:
        assert rows(second, "SELECT end_reason FROM visits") == [{"end_reason": "interrupted"}]
        crashes = rows(second, "SELECT detail FROM app_events WHERE kind = 'kiosk.crash'")
        assert len(crashes) == 1 and "without shutting down" in crashes[0]["detail"]
    finally:
        second.close()
    from kiosk.doctor import check_crashes

    assert "without shutting down" in check_crashes(settings).detail
