"""The sync status card: one look tells staff whether the city has the centre's numbers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.exhibit.kit import ThemedLabel, TouchButton
from kiosk.exhibit.theme import current_theme
from kiosk.timestamps import local_time_text
from kiosk.ui.widgets import FigureTile, Overlay, WrappingRow

REFRESH_MS = 2000
PARKED_SHOWN = 3


class StateLabel(ThemedLabel):
    """The headline, coloured by how things stand (and worded so colour is never the only cue)."""

    def __init__(self) -> None:
        self.role = "accent"
        super().__init__(size=30, bold=True)

    def set_state(self, text: str, role: str) -> None:
        self.role = role
        self.setText(text)
        self.apply_theme()

    def apply_theme(self) -> None:
        super().apply_theme()
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, current_theme().color(self.role))
        self.setPalette(palette)


class SyncStatusCard(Overlay):
    """Queued, sent and refused entities, the destination, the last success and problem."""

    def __init__(self, parent: QWidget, controller: Any) -> None:
        super().__init__(parent, card_width=1200)
        self.setObjectName("sync-status")
        self.controller = controller
        self.status: Any = None
        self.error: str | None = None
        self.hub_state: Any = None  # kiosk.hub.rounds.HubState, when a centre database is configured
        self.title = ThemedLabel(size=40, bold=True)
        self.headline = StateLabel()
        self.headline.setObjectName("sync:headline")
        self.destination = ThemedLabel(size=22, muted=True)
        self.destination.setTextFormat(Qt.TextFormat.PlainText)
        self.tiles = {key: FigureTile(key) for key in ("queued", "sent", "parked")}
        figures = QGridLayout()
        for column, tile in enumerate(self.tiles.values()):
            figures.addWidget(tile, 0, column)
        self.details = ThemedLabel(size=22)
        self.details.setObjectName("sync:details")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.parked_list = ThemedLabel(size=20, muted=True)
        self.parked_list.setObjectName("sync:parked")
        self.parked_list.setTextFormat(Qt.TextFormat.PlainText)
        self.hub_headline = StateLabel()
        self.hub_headline.setObjectName("sync:hub-headline")
        self.hub_details = ThemedLabel(size=22)
        self.hub_details.setObjectName("sync:hub")
        self.hub_details.setTextFormat(Qt.TextFormat.PlainText)
        self.hub_details.setWordWrap(True)
        self.sync_button = TouchButton(primary=True)
        self.sync_button.setObjectName("sync:now")
        self.sync_button.clicked.connect(self.sync_now)
        self.retry_button = TouchButton()
        self.retry_button.setObjectName("sync:retry-parked")
        self.retry_button.clicked.connect(self.retry_parked)
        self.back_button = TouchButton()
        self.back_button.setObjectName("sync:back")
        self.back_button.clicked.connect(self.close_overlay)
        buttons = WrappingRow()  # two rows on a narrow card with large text, not cut buttons
        buttons.add(self.sync_button)
        buttons.add(self.retry_button)
        buttons.add_stretch()
        buttons.add(self.back_button)
        for widget in (self.title, self.headline, self.destination):
            self.card_layout.addWidget(widget)
        self.card_layout.addLayout(figures)
        self.card_layout.addWidget(self.details)
        self.card_layout.addWidget(self.parked_list)
        self.card_layout.addWidget(self.hub_headline)
        self.card_layout.addWidget(self.hub_details)
        self.card_layout.addLayout(buttons)
        self.refresher = QTimer(self)
        self.refresher.setInterval(REFRESH_MS)
        self.refresher.timeout.connect(self.refresh)
        self._asked = False  # staff pressed "Sync now" and the sync has not reported back yet
        self.retranslate()

    # -- life --------------------------------------------------------------------------------

    def open(self) -> None:
        super().open()
        self.refresh()
        self.refresher.start()

    def close_overlay(self) -> None:
        self.refresher.stop()
        super().close_overlay()

    def refresh(self) -> None:
        if self.controller.hub is not None:
            self.controller.run(self.controller.hub_state, self.show_hub_state, self.show_error)
        if self.controller.service is None:
            self.error = self.controller.problem
            self.retranslate()
            return
        self.controller.run(self.controller.status, self.show_status, self.show_error)

    def show_status(self, status: Any) -> None:
        self.status, self.error = status, None
        if self._asked and not self.controller.syncing:
            self._asked = False
        self.retranslate()

    def show_hub_state(self, state: Any) -> None:
        self.hub_state = state
        self.retranslate()

    def show_error(self, exc: BaseException) -> None:
        self.error = f"{type(exc).__name__}: {exc}"
        self.retranslate()

    def sync_now(self) -> None:
        self._asked = True
        self.controller.sync_now()
        self.retranslate()

    def retry_parked(self) -> None:
        self.controller.retry_parked(lambda _count: self.sync_now(), self.show_error)

    # -- texts -------------------------------------------------------------------------------

    def _time(self, text: str | None) -> str:
        if not text:
            return self.tr("never")
        return local_time_text(text, self.controller.settings.station.timezone)

    def _kind(self, kind: str) -> str:
        return {
            "file": self.tr("folder"),
            "ngsi-ld": self.tr("NGSI-LD broker"),
            "postgres": self.tr("PostgreSQL database"),
        }.get(kind, kind)

    def _headline(self, status: Any, target: Any) -> tuple[str, str]:
        """The one sentence that says how things stand, and its colour role."""
        if status.config_error:
            return self.tr("The sync settings need attention."), "warning"
        if self._asked or self.controller.syncing:
            return self.tr("Syncing…"), "accent"
        if status.days_to_compute and not (target is not None and (target.queued or target.parked)):
            # Records the outbox has not computed yet (kiosk sync --dry-run counts the same days).
            return self.tr("%n day(s) of records wait to be computed and sent at the next sync.", "",
                           status.days_to_compute), "accent"
        if target is None or not (target.queued or target.parked or target.sent):
            return self.tr("Nothing to send yet."), "text"
        if target.failures and target.queued:
            return self.tr("The KPI store cannot be reached. Nothing is lost: the kiosk keeps trying."), "warning"
        if target.queued:
            return self.tr("%n KPI figures wait for the next sync.", "", target.queued), "accent"
        if target.parked:
            return self.tr("The KPI store refused some figures."), "warning"
        return self.tr("Everything is sent."), "good"

    def _hub_texts(self) -> tuple[str, str, str]:
        """The centre database's headline, its colour role, and its details."""
        state = self.hub_state
        if state is None:
            return self.tr("Centre database: loading…"), "text", ""
        if state.busy:
            headline, role = self.tr("Centre database: exchanging records…"), "accent"
        elif state.last_round_at is None:
            headline, role = self.tr("Centre database: the first exchange starts soon."), "text"
        elif state.last_error:
            headline, role = (self.tr("Centre database: cannot exchange records. Nothing is lost: "
                                      "the kiosk keeps trying."), "warning")
        else:
            headline, role = self.tr("Centre database: up to date."), "good"
        lines = [
            self.tr("Address: %1").replace("%1", state.address),
            self.tr("Last exchange: %1 · last good exchange: %2")
            .replace("%1", self._moment(state.last_round_at)).replace("%2", self._moment(state.last_success_at)),
            self.tr("%n records wait to go to the centre.", "", state.waiting_up),
        ]
        if state.provisional:
            lines.append(self.tr("%n badges checked in provisionally wait for the centre.", "", state.provisional))
        if state.last_error:
            lines.append(self.tr("Problem: %1").replace("%1", state.last_error))
        return headline, role, "\n".join(lines)

    def _moment(self, moment: dt.datetime | None) -> str:
        return self._time(moment.isoformat() if moment is not None else None)

    def retranslate(self) -> None:
        has_hub = self.controller.hub is not None
        self.hub_headline.setVisible(has_hub)
        self.hub_details.setVisible(has_hub)
        if has_hub:
            headline, role, details = self._hub_texts()
            self.hub_headline.set_state(headline, role)
            self.hub_details.setText(details)
        self.title.setText(self.tr("City KPI sync"))
        self.tiles["queued"].caption.setText(self.tr("waiting"))
        self.tiles["sent"].caption.setText(self.tr("sent"))
        self.tiles["parked"].caption.setText(self.tr("refused"))
        self.sync_button.setText(self.tr("Sync now"))
        self.retry_button.setText(self.tr("Send refused again"))
        self.back_button.setText(self.tr("Back"))
        status = self.status
        if status is None:
            self.headline.set_state(
                self.tr("The sync cannot run on this kiosk.") if self.error else self.tr("Loading…"),
                "warning" if self.error else "text",
            )
            self.destination.setText(self.error or "")
            self.details.setText("")
            self.parked_list.setText("")
            self.parked_list.setVisible(False)
            self.sync_button.setEnabled(False)
            self.retry_button.setEnabled(False)
            self.relayout()
            return
        target = status.current
        self.headline.set_state(*self._headline(status, target))
        if status.config_error:
            self.destination.setText(status.config_error)
        else:
            self.destination.setText(
                self.tr("Destination: %1 %2").replace("%1", self._kind(status.sink)).replace("%2", status.target or "")
            )
        for key in ("queued", "sent", "parked"):
            self.tiles[key].number.setText(str(getattr(target, key)) if target else str(status.entities))
        if target is None:
            self.tiles["sent"].number.setText("0")
            self.tiles["parked"].number.setText("0")
        lines = [self.tr("Last successful sync: %1").replace("%1", self._time(target.last_success_at if target
                                                                                  else None))]
        if target is not None and target.last_error:
            lines.append(self.tr("Last problem: %1").replace("%1", target.last_error))
        if target is not None and target.next_attempt_at and target.queued:
            lines.append(self.tr("Next try: %1").replace("%1", self._time(target.next_attempt_at)))
        if self.error:
            lines.append(self.error)
        self.details.setText("\n".join(lines))
        parked = target.parked_examples[:PARKED_SHOWN] if target is not None else []
        if parked:
            rows = [self.tr("Refused (fix the cause, then send again):")]
            rows += [f"• {_short(p.entity_id)}: {p.reason}" for p in parked]
            self.parked_list.setText("\n".join(rows))
        else:
            self.parked_list.setText("")
        self.parked_list.setVisible(bool(parked))
        self.sync_button.setEnabled(status.config_error is None)
        self.retry_button.setEnabled(bool(target and target.parked))
        self.relayout()


def _short(entity_id: str) -> str:
    """'visitors · total · 2025-03-04' from a full entity id."""
    parts = entity_id.split(":")
    return " · ".join(parts[-3:]) if len(parts) >= 3 else entity_id
