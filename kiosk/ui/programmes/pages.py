"""Educator pages: register a participant, attendance and graduates, print badges."""

from __future__ import annotations

import glob
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from kiosk.exhibit.kit import Card, SegmentedChoice, ThemedLabel, TouchButton
from kiosk.programmes import codes
from kiosk.programmes.participants import GROUP_LABEL_MAX, RegistrationError
from kiosk.programmes.service import CHECKED_IN, CheckIn
from kiosk.store.migrations import AGE_BANDS, GENDERS, PARTICIPANT_ROLES
from kiosk.ui.programmes.common import TouchLineEdit, TouchTable, card_layout
from kiosk.ui.programmes.page import Page, PageHost, local_time_text
from kiosk.ui.programmes.texts import age_band_text, category_text
from kiosk.ui.widgets import WrappingRow

BADGE_COUNTS = ("12", "24", "36", "48")


class RegisterPage(Page):
    """A participant in a few taps: age band, gender, role and (optionally) a class or group."""

    def __init__(self, screen: PageHost) -> None:
        super().__init__(screen)
        self.setObjectName("page:register")
        self.code: str | None = None
        self.method = "manual"
        self.last: CheckIn | None = None
        self.error = ""
        card = Card()
        layout = card_layout(card)
        code_row = QHBoxLayout()
        self.code_label = ThemedLabel(size=28, bold=True)
        self.new_code = TouchButton()
        self.new_code.setObjectName("register:new-code")
        self.new_code.clicked.connect(lambda: self.prefill(None))
        code_row.addWidget(self.code_label, 1)
        code_row.addWidget(self.new_code)
        self.age_label = ThemedLabel(size=22, muted=True)
        self.age = SegmentedChoice(list(AGE_BANDS), current="9-12")
        self.gender_label = ThemedLabel(size=22, muted=True)
        self.gender = SegmentedChoice(list(GENDERS), current="not_said")
        self.role_label = ThemedLabel(size=22, muted=True)
        self.role = SegmentedChoice(list(PARTICIPANT_ROLES), current="pupil")
        self.group_label = ThemedLabel(size=22, muted=True)
        self.group = TouchLineEdit()
        self.group.setObjectName("register:group")
        self.group.setMaxLength(GROUP_LABEL_MAX)
        self.recent_row = QHBoxLayout()
        self.recent_row.setContentsMargins(0, 0, 0, 0)
        self.recent_row.addStretch(1)
        self.recent_buttons: list[TouchButton] = []
        self.save = TouchButton(primary=True)
        self.save.setObjectName("register:save")
        self.save.clicked.connect(self._save)
        self.outcome = ThemedLabel(size=26, accent=True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        layout.addLayout(code_row)
        for widget in (self.age_label, self.age, self.gender_label, self.gender, self.role_label, self.role,
                       self.group_label, self.group):
            layout.addWidget(widget)
        layout.addLayout(self.recent_row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.outcome, 1)
        bottom.addWidget(self.save, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addStretch(1)
        layout.addLayout(bottom)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(card)
        self.controller.registered.connect(self._registered)
        self.controller.session_changed.connect(lambda _: self.retranslate())
        self.retranslate()

    def prefill(self, code: str | None, method: str = "manual") -> None:
        """Register this badge's code (None: a new code is made on saving)."""
        self.code, self.method = code, method
        self.last, self.error = None, ""
        self.retranslate()

    def refresh(self) -> None:
        self.controller.run(self.controller.service.group_labels, self._show_recent)

    def _show_recent(self, labels: list[str]) -> None:
        for button in self.recent_buttons:
            self.recent_row.removeWidget(button)
            button.deleteLater()
        self.recent_buttons = []
        for index, label in enumerate(labels[:6]):
            button = TouchButton(label)
            button.setObjectName(f"group:{label}")
            button.clicked.connect(lambda _=False, text=label: self.group.setText(text))
            self.recent_row.insertWidget(index, button)
            self.recent_buttons.append(button)

    def _save(self) -> None:
        self.save.setEnabled(False)
        self.error = ""
        self.controller.register(self.age.current(), self.gender.current(), self.role.current(),
                                 self.group.text() or None, self.code, self.method, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.save.setEnabled(True)
        if isinstance(exc, RegistrationError):
            self.error = self.reason_text(exc.reason)
        else:
            self.error = self.tr("Not registered: the kiosk could not save (%1).").replace("%1", str(exc))
        self.retranslate()

    def reason_text(self, reason: str) -> str:
        """Why a registration was refused, in the current language."""
        texts = {
            "too_long": self.tr("Not registered: the group may have at most %1 characters.")
            .replace("%1", str(GROUP_LABEL_MAX)),
            "characters": self.tr("Not registered: the group may use only letters, digits, spaces and . - /"),
            "words": self.tr("Not registered: the group may have at most three words."),
            "name": self.tr("Not registered: the group looks like a person's name. Use the class, e.g. 5.a"),
            "duplicate": self.tr("Not registered: this badge is already registered. Check it in instead."),
        }
        return texts.get(reason, self.tr("Not registered: please check the choices."))

    def _registered(self, result: CheckIn) -> None:
        self.save.setEnabled(True)
        self.last = result
        self.code, self.method = None, "manual"
        self.group.clear()
        self.refresh()
        self.retranslate()

    def retranslate(self) -> None:
        if self.code:
            self.code_label.setText(self.tr("Badge code: %1").replace("%1", codes.display(self.code)))
        else:
            self.code_label.setText(self.tr("A new code is made when you save."))
        self.new_code.setText(self.tr("New code instead"))
        self.new_code.setVisible(self.code is not None)
        self.age_label.setText(self.tr("Age"))
        self.age.set_texts({band: age_band_text(band) for band in AGE_BANDS})
        self.gender_label.setText(self.tr("Gender"))
        self.gender.set_texts({key: category_text("gender", key, self.language) for key in GENDERS})
        self.role_label.setText(self.tr("Role"))
        self.role.set_texts({key: category_text("role", key, self.language) for key in PARTICIPANT_ROLES})
        self.group_label.setText(self.tr("Class or group (optional): a class like 5.a or a club, never a name"))
        self.group.setPlaceholderText(self.tr("e.g. 5.a"))
        running = self.controller.session is not None
        self.save.setText(self.tr("Register and check in") if running else self.tr("Register"))
        if self.error:
            self.outcome.setText(self.error)
        elif self.last is not None:
            shown = codes.display(self.last.code)
            if self.last.outcome == CHECKED_IN:
                self.outcome.setText(self.tr("Registered %1 and checked in.").replace("%1", shown))
            else:
                self.outcome.setText(self.tr("Registered %1. Print a badge with this code on the Badges page.")
                                     .replace("%1", shown))
        else:
            self.outcome.setText(self.tr("No names and no birth dates are recorded, only these choices."))


class AttendancePage(Page):
    """Who is checked in to the running session, their progress, and the programme's graduates."""

    def __init__(self, screen: PageHost) -> None:
        super().__init__(screen)
        self.setObjectName("page:attendance")
        self.rows: list[Any] = []
        self.provisional: list[Any] = []  # badges checked in while unknown here (a centre with a hub)
        self.graduates: list[Any] = []
        self.heading = ThemedLabel(size=30, bold=True)
        self.table = TouchTable(7)
        self.table.setObjectName("attendance:table")
        self.graduates_heading = ThemedLabel(size=26, bold=True)
        self.graduates_table = TouchTable(3)
        self.graduates_table.setObjectName("graduates:table")
        self.no_graduates = ThemedLabel(size=22, muted=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.graduates_heading)
        layout.addWidget(self.no_graduates)
        layout.addWidget(self.graduates_table, 2)
        self.controller.checked_in.connect(self._changed)
        self.controller.registered.connect(self._changed)
        self.controller.session_changed.connect(self._changed)
        self.retranslate()

    def _changed(self, _: object) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        session = self.controller.session
        if session is None:
            self.rows, self.provisional, self.graduates = [], [], []
            self.retranslate()
            return
        service = self.controller.service

        def load() -> tuple[list[Any], list[Any], list[Any]]:
            return (service.attendance(session.id), service.provisional(session.id),
                    service.graduates(session.programme_code))

        self.controller.run(load, self._loaded)

    def _loaded(self, loaded: tuple[list[Any], list[Any], list[Any]]) -> None:
        self.rows, self.provisional, self.graduates = loaded
        self.retranslate()

    def retranslate(self) -> None:
        session = self.controller.session
        zone = self.controller.service.zone
        if session is None:
            self.heading.setText(self.tr("No session is running: attendance shows the running session."))
        else:
            programme = self.controller.catalogue.get(session.programme_code)
            title = programme.text("title", self.language) if programme else session.programme_code
            present = len(self.rows) + len(self.provisional)
            self.heading.setText(self.tr("%1: %n checked in", "", present).replace("%1", title))
        self.table.set_headers([self.tr("Code"), self.tr("Group"), self.tr("Age"), self.tr("Gender"),
                                self.tr("Role"), self.tr("Time"), self.tr("Progress")])
        rows = []
        for row in self.rows:
            progress = (self.tr("graduated %1").replace("%1", row.graduated_on) if row.graduated_on else
                        self.tr("%1 of %2").replace("%1", str(row.sessions_attended))
                        .replace("%2", str(self._needed(session))))
            rows.append([
                codes.display(row.code), row.group_label or "–", age_band_text(row.age_band),
                category_text("gender", row.gender, self.language), category_text("role", row.role, self.language),
                f"{local_time_text(row.checked_in_at, zone, self.language)} "
                f"({category_text('method', row.method, self.language)})",
                progress,
            ])
        for waiting in self.provisional:  # after the confirmed rows: the educator may need to act
            status = (self.tr("unknown to the centre: register it") if waiting.status == "unknown" else
                      self.tr("provisional: waiting for the centre"))
            rows.append([
                codes.display(waiting.code), "–", "–", "–", "–",
                f"{local_time_text(waiting.checked_in_at, zone, self.language)} "
                f"({category_text('method', waiting.method, self.language)})",
                status,
            ])
        self.table.set_rows(rows)
        self.graduates_heading.setText(
            self.tr("Graduates of this programme: %1").replace("%1", str(len(self.graduates)))
        )
        self.graduates_table.set_headers([self.tr("Code"), self.tr("Group"), self.tr("Graduated on")])
        self.graduates_table.set_rows([
            [self.tr("(removed)") if g.purged else codes.display(g.code), g.group_label or "–", g.graduated_on]
            for g in self.graduates
        ])
        self.no_graduates.setText(self.tr("Nobody has graduated from this programme on this kiosk yet."))
        self.no_graduates.setVisible(not self.graduates)

    def _needed(self, session: Any) -> int:
        programme = self.controller.catalogue.get(session.programme_code) if session else None
        return programme.sessions_to_graduate if programme else 0


def removable_folders() -> list[Path]:
    """Mounted USB sticks and cards (mount points under /media and /run/media), at most four."""
    found: list[Path] = []
    for pattern in ("/media/*", "/media/*/*", "/run/media/*/*"):
        found += [Path(p) for p in sorted(glob.glob(pattern)) if os.path.ismount(p)]
    return found[:4]


class BadgesPage(Page):
    """Print a sheet of new badges (or badges for people registered without one) to a folder."""

    def __init__(self, screen: PageHost) -> None:
        super().__init__(screen)
        self.setObjectName("page:badges")
        self.unprinted: list[str] = []
        self.status = ""
        card = Card()
        layout = card_layout(card)
        self.count_label = ThemedLabel(size=22, muted=True)
        self.count = SegmentedChoice(list(BADGE_COUNTS), current="24")
        self.lang_label = ThemedLabel(size=22, muted=True)
        self.sheet_language = SegmentedChoice(["lv", "en", "ru"], current=self.language)
        self.folder_label = ThemedLabel(size=22, muted=True)
        self.folder = TouchLineEdit()
        self.folder.setObjectName("badges:folder")
        self.folder.setText(str(self.controller.settings.data_dir / "badges"))
        self.usb_row = WrappingRow()  # as many sticks as are plugged in
        self.usb_buttons: list[TouchButton] = []
        self.print_button = TouchButton(primary=True)
        self.print_button.setObjectName("badges:print")
        self.print_button.clicked.connect(lambda: self._print(None))
        self.unprinted_button = TouchButton()
        self.unprinted_button.setObjectName("badges:unprinted")
        self.unprinted_button.clicked.connect(lambda: self._print(list(self.unprinted)))
        self.status_label = ThemedLabel(size=24, accent=True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (self.count_label, self.count, self.lang_label, self.sheet_language, self.folder_label,
                       self.folder):
            layout.addWidget(widget)
        layout.addLayout(self.usb_row)
        buttons = WrappingRow()  # one under the other on a narrow card, the Russian texts are long
        buttons.add(self.print_button)
        buttons.add(self.unprinted_button)
        buttons.add_stretch()
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.preview = QLabel()
        self.preview.setObjectName("badges:preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview_image: Any = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(card, 3)
        outer.addWidget(self.preview, 2)
        self.retranslate()

    def refresh(self) -> None:
        self.sheet_language.set_current(self.language)
        for button in self.usb_buttons:
            self.usb_row.removeWidget(button)
            button.deleteLater()
        self.usb_buttons = []
        for path in removable_folders():
            button = TouchButton(f"USB: {path.name}")
            button.setObjectName(f"usb:{path.name}")
            button.clicked.connect(lambda _=False, p=path: self.folder.setText(str(p)))
            self.usb_row.add(button)
            self.usb_buttons.append(button)
        self.controller.run(self.controller.service.unprinted_participant_codes, self._show_unprinted)

    def _show_unprinted(self, found: list[str]) -> None:
        self.unprinted = found
        self.retranslate()

    def _print(self, chosen: list[str] | None) -> None:
        folder = Path(self.folder.text().strip()).expanduser()
        if not self.folder.text().strip():
            self.status = self.tr("Choose a folder first.")
            self.retranslate()
            return
        count = int(self.count.current())
        language = self.sheet_language.current()
        service = self.controller.service
        stamp = service.now().astimezone(service.zone).strftime("%Y%m%d-%H%M%S")
        target = folder / f"vizium-badges-{stamp}.pdf"

        def work() -> tuple[Path, int, Any]:
            from kiosk.render.badges import render_badge_image, write_badges_pdf

            badge_codes = chosen if chosen else service.issue_codes(count)
            written = write_badges_pdf(target, badge_codes, language)
            service.mark_printed(badge_codes, str(written))
            return written, len(badge_codes), render_badge_image(badge_codes[:12], language, 620)

        def done(result: tuple[Path, int, Any]) -> None:
            written, printed, image = result
            self.print_button.setEnabled(True)
            self.status = self.tr("%n badge(s) saved to %1", "", printed).replace("%1", str(written))
            self.preview_image = image
            self._show_preview()
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.print_button.setEnabled(True)
            self.status = self.tr("Could not save the badges: %1").replace("%1", str(exc))
            self.retranslate()

        self.print_button.setEnabled(False)
        self.status = self.tr("Preparing the badges…")
        self.retranslate()
        self.controller.run(work, done, failed)

    def _show_preview(self) -> None:
        if self.preview_image is None:
            return
        pixmap = QPixmap.fromImage(self.preview_image)
        self.preview.setPixmap(pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._show_preview()

    def retranslate(self) -> None:
        self.count_label.setText(self.tr("How many new badges (12 on each A4 page)"))
        self.lang_label.setText(self.tr("Language of the sheet"))
        self.sheet_language.set_texts({"lv": "Latviešu", "en": "English", "ru": "Русский"})
        self.folder_label.setText(self.tr("Save the PDF in this folder (a USB stick, or the kiosk's folder)"))
        self.print_button.setText(self.tr("Make badges"))
        self.unprinted_button.setText(self.tr("Badges for %n new participant(s)", "", len(self.unprinted)))
        self.unprinted_button.setVisible(bool(self.unprinted))
        self.status_label.setText(self.status or self.tr("Each badge has a new code and no name."))
