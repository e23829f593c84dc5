"""Staff screen for the city KPI sync: where the totals go, what waits, what was refused.

``install(window)`` starts the station's sync scheduler (its own worker thread; the first scan
waits 30 s so start-up stays fast) and adds the "City KPI sync" action to the staff menu. The
status card is built the first time staff open it.
"""

from __future__ import annotations

from typing import Any

from kiosk.ui.staff import StaffAction


def install(window: Any) -> None:
    """Plug the sync into the kiosk window."""
    from kiosk.ui.sync_status.controller import SyncStatusController

    controller = SyncStatusController(window)
    window.sync_status = controller
    window.staff_menu.add_action(StaffAction("sync", controller.action_text, controller.open_card, roles=("staff",)))
    controller.start()
