"""The staff dashboard: KPIs against targets, charts, and exports to a USB stick.

``install(window)`` adds the "Statistics and KPIs" action to the staff menu (staff only). The
screen, pyqtgraph and the statistics engine are loaded the first time staff open it; the KPIs
are computed off the UI thread, so the screen appears at once even on years of data.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.ui.staff import StaffAction


def install(window: Any) -> None:
    """Plug the dashboard into the kiosk window's staff menu."""
    window.staff_menu.add_action(
        StaffAction("dashboard", _action_text, lambda: open_dashboard(window), roles=("staff",))
    )


def _action_text() -> str:
    return QCoreApplication.translate("Dashboard", "Statistics and KPIs")


def open_dashboard(window: Any) -> Any:
    """Close the staff menu and show the dashboard (built on first use, then kept)."""
    from kiosk.ui.dashboard.screen import DashboardScreen

    window.staff_menu.close_overlay()
    screen = getattr(window, "dashboard", None)
    if screen is None:
        screen = DashboardScreen(window)
        window.dashboard = screen
    screen.open()
    return screen
