"""Educator screens: programme sessions, check-in, registration, attendance and badges.

``install(window)`` adds the "Programmes" action to the staff menu (roles educator and staff)
and starts the controller, which at once, in the background: writes the catalogue to the
database, runs the privacy purge (participants unseen for ``retention_months``), and resumes a
session left open by a restart (or ends it if its planned end passed meanwhile). The screens
themselves are built only when the action is first used.
"""

from __future__ import annotations

from typing import Any

from kiosk.ui.staff import StaffAction


def install(window: Any) -> None:
    """Plug the programmes part into the kiosk window."""
    from kiosk.ui.programmes.banner import SessionBanner
    from kiosk.ui.programmes.controller import ProgrammesController

    controller = ProgrammesController(
        window, make_banner=lambda c: SessionBanner(c, lambda: window.language), make_screen=_educator_screen
    )
    window.programmes = controller
    window.staff_menu.add_action(
        StaffAction("programmes", controller.action_text, controller.open_screen, roles=("educator", "staff"))
    )
    controller.start()


def _educator_screen(controller: Any) -> Any:
    """Built when the action is first used: the screen's pages are not loaded at start-up."""
    from kiosk.ui.programmes.screen import EducatorScreen

    return EducatorScreen(controller)
