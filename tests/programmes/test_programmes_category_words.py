"""The educator's screens name a person's categories with the shared Qt-free words, in the screen's language."""

from __future__ import annotations

from tests.programmes.test_programmes_screens import (  # noqa: F401 (fixtures)
    button,
    click,
    open_educator_screen,
    open_kiosk,
    register,
    start_session,
    station,
)


def test_register_and_attendance_speak_the_screens_language(qtbot, open_kiosk):  # noqa: F811
    kiosk = open_kiosk()
    screen = open_educator_screen(qtbot, kiosk)
    start_session(qtbot, kiosk, screen)
    register(qtbot, kiosk, screen, gender="female", role="pupil")
    page = screen.pages["register"]
    for language, female, pupil in (("lv", "Sieviete", "Skolēns"), ("ru", "Женский", "Школьник"),
                                    ("en", "Female", "Pupil")):
        click(qtbot, button(screen.languages, f"lang:{language}"))
        assert (button(page, "choice:female").text(), button(page, "choice:pupil").text()) == (female, pupil)
        screen.show_tab("attendance")
        table = screen.pages["attendance"].table  # filled from the database in the background

        def cells(table=table):
            return {table.cell_text(r, c) for r in range(table.rowCount()) for c in range(table.columnCount())}

        qtbot.waitUntil(lambda female=female, pupil=pupil: {female, pupil} <= cells(), timeout=10_000)
        screen.show_tab("register")
