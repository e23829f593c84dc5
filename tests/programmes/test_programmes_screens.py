"""The educator screens driven through their real widgets: staff gate, session, registration,
check-in (taps, keypad, camera), attendance, graduates, badges, end, restart, languages, monkey."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QAbstractButton

from kiosk.config import settings_from_mapping
from kiosk.programmes import codes
from kiosk.ui.app import build_kiosk
from tests.exhibits.exhibit_checks import settle as handle_posted_events
from tests.sizes import ci_size

SAMPLES = "tests.fixtures.sample_exhibits"
MODULES = {"tapper": f"{SAMPLES}.tapper", "faulty_start": f"{SAMPLES}.faulty_start"}
EDUCATOR_PIN = "1357"  # the demo PIN build_kiosk(demo=True) sets

CATALOGUE = """
[[programme]]
code = "TEST-ROBO"
subject = "engineering"
target_group = "children"
tags = ["after-school", "digital-skills"]
sessions_to_graduate = 2
exhibits = ["tapper"]
title = { lv = "Robotika", en = "Robotics", ru = "Робототехника" }
description = { lv = "Būvējam robotus.", en = "Build robots.", ru = "Строим роботов." }

[[programme]]
code = "TEST-SEA"
subject = "biology"
target_group = "youth"
tags = ["after-school"]
sessions_to_graduate = 4
exhibits = ["food_web"]
title = { lv = "Jūra", en = "The sea", ru = "Море" }
description = { lv = "Jūras dzīvība.", en = "Life in the sea.", ru = "Жизнь моря." }
"""


@pytest.fixture
def station(tmp_path: Path):
    """make(**overrides) -> settings for one station folder (the same folder on every call: a restart)."""
    catalogue = tmp_path / "catalogue.toml"
    catalogue.write_text(CATALOGUE, encoding="utf-8")

    def make(**programmes):
        settings = settings_from_mapping({
            "storage": {"path": str(tmp_path / "data")},
            "camera": {"source": "synthetic"},
            "programmes": {"catalogue": str(catalogue), **programmes},
        })
        return settings.replace(ui=replace(settings.ui, idle_timeout_s=600, countdown_s=5))

    return make


@pytest.fixture
def open_kiosk(qtbot, station):
    built = []

    def make(settings=None, size=(1280, 720)):
        kiosk = build_kiosk(settings or station(), demo=True, modules=MODULES)
        kiosk.window.resize(*size)
        kiosk.window.show()
        qtbot.waitExposed(kiosk.window)
        built.append(kiosk)
        settle(qtbot, kiosk)
        return kiosk

    yield make
    for kiosk in built:
        if not getattr(kiosk, "closed", False):
            close(qtbot, kiosk)


def settle(qtbot, kiosk):
    """Wait until the programmes part has no background work out, and its results are shown."""
    qtbot.waitUntil(lambda: not kiosk.window.programmes.busy, timeout=10_000)
    # widgets added to a shown layout appear (and old ones go) only when the posted events are handled:
    # handle them all, as a fixed short wait cannot promise on a loaded machine
    handle_posted_events()


def close(qtbot, kiosk):
    if kiosk.window.programmes.screen is not None:
        kiosk.window.programmes.screen.release_camera()
    settle(qtbot, kiosk)
    QThreadPool.globalInstance().waitForDone(5000)
    kiosk.close()
    kiosk.closed = True


def click(qtbot, widget):
    assert widget is not None
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def button(parent, name) -> QAbstractButton:
    found = parent.findChild(QAbstractButton, name)
    assert found is not None, f"no button {name!r}"
    return found


def rows(kiosk, sql, params=()):
    kiosk.services.store.flush()
    return kiosk.services.store.query(sql, params)


def open_educator_screen(qtbot, kiosk, language="en"):
    """Five taps in the corner, the educator PIN, then Programme sessions in the educator menu."""
    window = kiosk.window
    corner = window.gate.corner_point()
    for _ in range(window.settings.ui.staff_gate_taps):
        target = window.childAt(corner) or window
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, corner))
    assert window.pinpad.isVisible()
    for digit in EDUCATOR_PIN:
        click(qtbot, window.pinpad.keys[digit])
    click(qtbot, window.pinpad.keys["ok"])
    assert window.staff_menu.isVisible() and window.staff_menu.role == "educator"
    click(qtbot, button(window.staff_menu, "staff:programmes"))
    screen = window.programmes.screen
    assert screen.isVisible() and not window.staff_menu.isVisible()
    click(qtbot, button(screen.languages, f"lang:{language}"))  # the tests read English texts
    settle(qtbot, kiosk)
    return screen


def start_session(qtbot, kiosk, screen, code="TEST-ROBO"):
    click(qtbot, button(screen, "choice:today"))
    click(qtbot, button(screen, f"programme:{code}"))
    click(qtbot, button(screen, "today:start"))
    qtbot.waitUntil(lambda: kiosk.window.programme_session_id is not None, timeout=10_000)
    settle(qtbot, kiosk)
    return kiosk.window.programme_session_id


def register(qtbot, kiosk, screen, age="9-12", gender="female", role="pupil", group=""):
    click(qtbot, button(screen, "choice:register"))
    page = screen.pages["register"]
    for key in (age, gender, role):
        click(qtbot, button(page, f"choice:{key}"))
    page.group.clear()
    if group:
        qtbot.keyClicks(page.group, group)
    click(qtbot, button(page, "register:save"))
    assert not page.save.isEnabled(), "saving: no second tap until it is done"
    qtbot.waitUntil(page.save.isEnabled, timeout=10_000)
    settle(qtbot, kiosk)
    return page


# -- tests ----------------------------------------------------------------------------------------

def test_staff_gate_opens_the_educator_screen_and_holds_the_idle_timer(qtbot, open_kiosk):
    kiosk = open_kiosk()
    screen = open_educator_screen(qtbot, kiosk)
    assert kiosk.window.idle.held
    assert screen.current == "today"
    click(qtbot, button(screen, "educator:close"))
    assert not screen.isVisible() and not kiosk.window.idle.held


def test_a_session_locks_the_kiosk_to_the_programmes_exhibits_with_a_banner(qtbot, open_kiosk):
    kiosk = open_kiosk()
    window = kiosk.window
    assert set(window.home.tiles) == {"tapper", "faulty_start"}
    screen = open_educator_screen(qtbot, kiosk)
    session_id = start_session(qtbot, kiosk, screen)
    assert screen.isVisible() and screen.current == "checkin"
    assert set(window.home.tiles) == {"tapper"}
    assert window.home.banner is window.programmes.banner
    title, left, count = window.programmes.banner.texts()
    assert title == "Robotics" and "1:30" in left and count.endswith("0")
    click(qtbot, button(screen, "educator:close"))
    window.start_visit()
    assert window.home.banner.isVisible()
    (visit,) = rows(kiosk, "SELECT programme_session_id FROM visits WHERE ended_at IS NULL")
    assert visit["programme_session_id"] == session_id
    (session,) = rows(kiosk, "SELECT * FROM programme_sessions")
    assert session["programme_code"] == "TEST-ROBO" and session["ended_at"] is None


def test_a_programme_without_installed_exhibits_offers_all_of_them(qtbot, open_kiosk):
    kiosk = open_kiosk()
    screen = open_educator_screen(qtbot, kiosk)
    start_session(qtbot, kiosk, screen, "TEST-SEA")
    assert set(kiosk.window.home.tiles) == {"tapper", "faulty_start"}


def test_register_in_a_few_taps_checks_the_participant_in(qtbot, open_kiosk):
    kiosk = open_kiosk()
    screen = open_educator_screen(qtbot, kiosk)
    session_id = start_session(qtbot, kiosk, screen)
    page = register(qtbot, kiosk, screen, "13-15", "male", "student", "7.b")
    code = page.last.code
    assert codes.display(code) in page.outcome.text()
    (participant,) = rows(kiosk, "SELECT * FROM participants")
    assert (participant["age_band"], participant["gender"], participant["role"], participant["group_label"]) == (
        "13-15", "male", "student", "7.b")
    (attendance,) = rows(kiosk, "SELECT * FROM attendance")
    assert (attendance["session_id"], attendance["participant_code"]) == (session_id, code)
    assert kiosk.window.programmes.checked_in_count == 1
    assert button(page, "group:7.b").isVisible(), "the group is offered for one-tap reuse"
    # a name in the group field is refused, in words the educator reads
    page = register(qtbot, kiosk, screen, group="Anna Ozola")
    assert page.error and "name" in page.outcome.text()
    assert len(rows(kiosk, "SELECT * FROM participants")) == 1


def test_check_in_by_tap_list_keypad_duplicate_and_unknown(qtbot, open_kiosk):
    kiosk = open_kiosk()
    controller = kiosk.window.programmes
    screen = open_educator_screen(qtbot, kiosk)
    start_session(qtbot, kiosk, screen)
    first = register(qtbot, kiosk, screen, group="4.a").last.code
    second = register(qtbot, kiosk, screen, group="4.a").last.code
    click(qtbot, button(screen, "choice:today"))
    click(qtbot, button(screen, "today:end"))
    qtbot.waitUntil(lambda: controller.session is None, timeout=10_000)
    settle(qtbot, kiosk)
    start_session(qtbot, kiosk, screen)
    page = screen.pages["checkin"]
    settle(qtbot, kiosk)
    qtbot.waitUntil(lambda: set(page.tap_buttons) == {first, second}
                    and all(b.isVisible() for b in page.tap_buttons.values()), timeout=10_000)
    click(qtbot, page.tap_buttons[first])
    qtbot.waitUntil(lambda: page.last is not None, timeout=10_000)
    settle(qtbot, kiosk)
    assert page.last.outcome == "checked_in" and page.last.code == first
    assert first not in page.tap_buttons
    # the second graduates with this check-in, typed on the keypad
    click(qtbot, button(page, "checkin:keypad"))
    for char in second:
        click(qtbot, button(page.keypad, f"key:{char}"))
    click(qtbot, page.keypad.ok)
    qtbot.waitUntil(lambda: page.last.code == second, timeout=10_000)
    settle(qtbot, kiosk)
    assert page.last.graduated and "graduated" in page.result_panel.headline
    # typing it again is harmless
    for char in second:
        click(qtbot, button(page.keypad, f"key:{char}"))
    click(qtbot, page.keypad.ok)
    qtbot.waitUntil(lambda: page.last.outcome == "already", timeout=10_000)
    settle(qtbot, kiosk)
    assert len(rows(kiosk, "SELECT * FROM attendance WHERE session_id = ?", (controller.session.id,))) == 2
    # a code this kiosk never saw: say so, and offer to register it
    stranger = codes.new_code()
    for char in stranger:
        click(qtbot, button(page.keypad, f"key:{char}"))
    click(qtbot, page.keypad.ok)
    qtbot.waitUntil(lambda: page.last.outcome == "unknown", timeout=10_000)
    settle(qtbot, kiosk)
    assert codes.display(stranger) in page.result_panel.headline
    click(qtbot, page.register_button)
    register_page = screen.pages["register"]
    assert screen.current == "register" and register_page.code == stranger
    click(qtbot, button(register_page, "register:save"))
    qtbot.waitUntil(lambda: register_page.last is not None and register_page.last.code == stranger, timeout=10_000)
    settle(qtbot, kiosk)
    assert register_page.last.outcome == "checked_in"
    # the attendance page lists all three; both regulars have now attended two sessions: graduates
    click(qtbot, button(screen, "choice:attendance"))
    settle(qtbot, kiosk)
    attendance = screen.pages["attendance"]
    assert attendance.table.rowCount() == 3
    graduates = {attendance.graduates_table.cell_text(r, 0) for r in range(attendance.graduates_table.rowCount())}
    assert graduates == {codes.display(first), codes.display(second)}


def test_check_in_by_qr_from_the_camera(qtbot, open_kiosk):
    from kiosk.camera.sources import SyntheticSource
    from kiosk.exhibit.camera import CameraFeed, camera_activity

    kiosk = open_kiosk()
    window = kiosk.window
    screen = open_educator_screen(qtbot, kiosk)
    start_session(qtbot, kiosk, screen)
    code = register(qtbot, kiosk, screen).last.code
    (printed,) = window.programmes.service.issue_codes(1)
    click(qtbot, button(screen, "choice:today"))
    click(qtbot, button(screen, "today:end"))
    qtbot.waitUntil(lambda: window.programmes.session is None, timeout=10_000)
    settle(qtbot, kiosk)
    # The synthetic camera holds up the participant's badge, then a printed, unregistered one.
    texts = (codes.qr_payload(code), codes.qr_payload(printed))
    window.services.camera_provider = lambda: CameraFeed(SyntheticSource(640, 360, fps=15, qr_texts=texts))
    start_session(qtbot, kiosk, screen)
    page = screen.pages["checkin"]
    assert screen.current == "checkin" and page.feed is not None and camera_activity().in_use
    qtbot.waitUntil(lambda: page.last is not None and page.last.code == code, timeout=15_000)
    settle(qtbot, kiosk)
    assert page.last.outcome == "checked_in" and page.last.method == "qr"
    assert window.programmes.checked_in_count == 1
    qtbot.waitUntil(lambda: page.last.code == printed, timeout=15_000)
    settle(qtbot, kiosk)
    assert page.last.outcome == "unregistered" and page.register_button.isVisible()
    (row,) = rows(kiosk, "SELECT method FROM attendance WHERE session_id = ?", (window.programme_session_id,))
    assert row["method"] == "qr"
    click(qtbot, button(screen, "choice:attendance"))
    assert page.feed is None and not camera_activity().in_use, "the camera runs only on the check-in page"


def test_badges_page_prints_new_badges_to_the_chosen_folder(qtbot, open_kiosk, tmp_path):
    kiosk = open_kiosk()
    screen = open_educator_screen(qtbot, kiosk)
    register(qtbot, kiosk, screen)  # registered without a badge
    click(qtbot, button(screen, "choice:badges"))
    settle(qtbot, kiosk)
    page = screen.pages["badges"]
    page.folder.clear()
    qtbot.keyClicks(page.folder, str(tmp_path / "usb"))
    click(qtbot, button(page, "choice:12"))
    click(qtbot, button(page, "choice:en"))
    click(qtbot, page.print_button)
    qtbot.waitUntil(lambda: page.print_button.isEnabled() and page.status.endswith(".pdf"), timeout=20_000)
    settle(qtbot, kiosk)
    (pdf,) = (tmp_path / "usb").glob("vizium-badges-*.pdf")
    assert pdf.read_bytes().startswith(b"%PDF-") and str(pdf) in page.status_label.text()
    assert page.preview.pixmap() is not None and not page.preview.pixmap().isNull()
    printed = rows(kiosk, "SELECT code FROM badge_codes WHERE printed_at IS NOT NULL")
    assert len(printed) == 12
    # the participant registered without a badge gets one
    assert page.unprinted_button.isVisible()
    click(qtbot, page.unprinted_button)
    qtbot.waitUntil(lambda: page.print_button.isEnabled() and not page.unprinted_button.isVisible(), timeout=20_000)
    settle(qtbot, kiosk)
    assert len(list((tmp_path / "usb").glob("vizium-badges-*.pdf"))) >= 1
    assert rows(kiosk, "SELECT COUNT(*) AS n FROM badge_codes WHERE printed_at IS NULL")[0]["n"] == 0


def test_ending_the_session_unlocks_the_kiosk(qtbot, open_kiosk):
    kiosk = open_kiosk()
    window = kiosk.window
    screen = open_educator_screen(qtbot, kiosk)
    session_id = start_session(qtbot, kiosk, screen)
    click(qtbot, button(screen, "choice:today"))
    click(qtbot, button(screen, "today:end"))
    qtbot.waitUntil(lambda: window.programme_session_id is None, timeout=10_000)
    settle(qtbot, kiosk)
    assert set(window.home.tiles) == {"tapper", "faulty_start"}
    assert not window.home.banner.isVisible()
    (session,) = rows(kiosk, "SELECT * FROM programme_sessions WHERE id = ?", (session_id,))
    assert session["end_reason"] == "educator"
    assert screen.pages["today"].start_button.isVisible()


def test_the_session_ends_itself_at_its_planned_end(qtbot, open_kiosk):
    kiosk = open_kiosk()
    controller = kiosk.window.programmes
    screen = open_educator_screen(qtbot, kiosk)
    start_session(qtbot, kiosk, screen)
    real_clock = controller.service.clock
    later = real_clock() + __import__("datetime").timedelta(minutes=91)
    controller.service.clock = lambda: later
    qtbot.waitUntil(lambda: kiosk.window.programme_session_id is None, timeout=5_000)
    settle(qtbot, kiosk)
    (session,) = rows(kiosk, "SELECT end_reason, ended_at, planned_end_at FROM programme_sessions")
    assert session["end_reason"] == "planned_end" and session["ended_at"] == session["planned_end_at"]


def test_an_open_session_survives_a_kiosk_restart(qtbot, open_kiosk, station):
    first = open_kiosk(station())
    screen = open_educator_screen(qtbot, first)
    session_id = start_session(qtbot, first, screen)
    register(qtbot, first, screen)
    close(qtbot, first)
    second = open_kiosk(station())
    qtbot.waitUntil(lambda: second.window.programme_session_id == session_id, timeout=10_000)
    settle(qtbot, second)
    assert set(second.window.home.tiles) == {"tapper"}
    assert second.window.programmes.checked_in_count == 1
    events = [r["kind"] for r in rows(second, "SELECT kind FROM app_events")]
    assert "programme.session_resumed" in events


def test_privacy_purge_runs_when_the_kiosk_starts(qtbot, open_kiosk, station):
    import datetime as dt

    from kiosk.journal import Journal
    from kiosk.programmes.catalogue import load_catalogue
    from kiosk.programmes.service import ProgrammeService
    from kiosk.store import Store

    settings = station(retention_months=1)
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=90)
    with Store(settings.database_path) as store:
        journal = Journal(store, settings.station.id, clock=lambda: long_ago)
        service = ProgrammeService(store, journal, load_catalogue(settings.programmes.catalogue), settings.programmes)
        old = service.register("9-12", "female", "pupil", "3.c").code
    kiosk = open_kiosk(settings)
    (participant,) = rows(kiosk, "SELECT * FROM participants")
    assert participant["purged"] == 1 and participant["code"] != old and participant["group_label"] is None
    (event,) = rows(kiosk, "SELECT detail FROM app_events WHERE kind = 'privacy.purge'")
    assert json.loads(event["detail"])["participants"] == 1


def test_a_broken_configured_catalogue_falls_back_and_says_why(qtbot, open_kiosk, station, tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text(CATALOGUE.replace('"biology"', '"alchemy"'), encoding="utf-8")
    kiosk = open_kiosk(station(catalogue=str(broken)))
    assert len(kiosk.window.programmes.catalogue) == 20, "the built-in catalogue keeps the kiosk usable"
    screen = open_educator_screen(qtbot, kiosk)
    assert screen.message.isVisible() and str(broken) in screen.message.text()


@pytest.mark.parametrize("language", ["lv", "en", "ru"])
def test_every_page_renders_in_each_language_and_size(qtbot, open_kiosk, language):
    kiosk = open_kiosk()
    screen = open_educator_screen(qtbot, kiosk)
    click(qtbot, button(screen.languages, f"lang:{language}"))
    assert kiosk.window.language == language
    start_session(qtbot, kiosk, screen)
    register(qtbot, kiosk, screen, group="5.a")
    for size in ((1280, 720), (1920, 1080), (1080, 1920)):
        kiosk.window.resize(*size)
        for tab in ("today", "checkin", "register", "attendance", "badges"):
            screen.show_tab(tab)
            settle(qtbot, kiosk)
            assert screen.geometry() == kiosk.window.rect()
            assert not screen.grab().isNull()
    kiosk.window.set_accessibility(True, True)
    assert not screen.grab().isNull()


def test_texts_follow_the_language(qtbot, open_kiosk):
    kiosk = open_kiosk()
    screen = open_educator_screen(qtbot, kiosk)
    seen = {}
    for language in ("en", "lv", "ru"):
        click(qtbot, button(screen.languages, f"lang:{language}"))
        seen[language] = (screen.title.text(), button(screen, "choice:register").text(),
                          screen.pages["today"].start_button.text())
    assert seen["en"] == ("Programmes · educator", "Register", "Start session")
    assert len({seen["en"], seen["lv"], seen["ru"]}) == 3
    assert any(ch in "".join(seen["ru"]) for ch in "абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
    click(qtbot, button(screen, "educator:close"))
    assert kiosk.window.language == kiosk.window.settings.ui.default_language, "visitors start in the default"


def test_random_taps_on_the_educator_screen_do_no_harm(qtbot, open_kiosk, tmp_path):
    import random

    kiosk = open_kiosk()
    screen = open_educator_screen(qtbot, kiosk)
    screen.pages["badges"].folder.setText(str(tmp_path / "monkey-badges"))
    rng = random.Random(5)
    for _ in range(150):
        if not screen.isVisible():
            screen.open()
        buttons = [b for b in screen.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()]
        target = rng.choice(buttons)
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.rect().center())
        qtbot.wait(rng.randint(0, 15))
    settle(qtbot, kiosk)
    assert rows(kiosk, "PRAGMA foreign_key_check") == []


@pytest.mark.slow
def test_monkey_with_a_session_running(qtbot, open_kiosk, station):
    from kiosk.ui.monkey import Monkey

    settings = station()
    settings = settings.replace(ui=replace(settings.ui, idle_timeout_s=0.6, countdown_s=0.5))
    kiosk = open_kiosk(settings)
    screen = open_educator_screen(qtbot, kiosk)
    session_id = start_session(qtbot, kiosk, screen)
    click(qtbot, button(screen, "educator:close"))
    report = Monkey(kiosk, seed=4).run(ci_size(300, 120))
    assert report.clean, report.summary()
    assert kiosk.window.programme_session_id == session_id
    visits = rows(kiosk, "SELECT DISTINCT v.programme_session_id AS s FROM visits v, programme_sessions p"
                         " WHERE v.started_at >= p.started_at")
    assert [v["s"] for v in visits] == [session_id], "every visit during the session is tagged with it"
    assert rows(kiosk, "SELECT COUNT(*) AS n FROM visits WHERE programme_session_id = ?", (session_id,))[0]["n"] > 1
    runs = rows(kiosk, "SELECT DISTINCT exhibit_id FROM exhibit_runs")
    assert {r["exhibit_id"] for r in runs} <= {"tapper"}
