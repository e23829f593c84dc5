"""Exports from the dashboard: pick a folder (a USB stick), press CSV, XLSX or PDF, watch the
progress bar, cancel if needed. The export runs off the UI thread (kiosk.ui.tasks) on its own
read connection; the bar polls a shared ExportProgress, and Cancel sets its flag.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from kiosk.exhibit.kit import ThemedLabel, ThemedMixin, TouchButton
from kiosk.exhibit.theme import current_theme
from kiosk.stats.engine import KpiReport
from kiosk.stats.exports import ExportCancelled, ExportError, ExportProgress, export_csv, export_name, export_xlsx
from kiosk.ui.tasks import run_in_background
from kiosk.ui.widgets import Overlay, WrappingRow

FORMATS = ("csv", "xlsx", "pdf")
#: Where removable drives are mounted on Linux (udisks, older desktops, by hand).
MOUNT_PATTERNS = ("/media/*/*", "/run/media/*/*", "/media/*", "/mnt/*")


def removable_folders() -> list[Path]:
    """Mounted drives the kiosk may write to (a USB stick), most likely first."""
    found: list[Path] = []
    for pattern in MOUNT_PATTERNS:
        for name in sorted(glob.glob(pattern)):
            path = Path(name)
            if path.is_dir() and os.path.ismount(path) and os.access(path, os.W_OK) and path not in found:
                found.append(path)
    return found


def run_export(kind: str, report: KpiReport, connect: Callable[[], Any], folder: Path, language: str,
               progress: ExportProgress) -> Path:
    """Write one export into ``folder``; returns the file (or, for CSV, the folder) written."""
    name = f"{export_name(report)}_{language}"
    if kind == "csv":
        target = folder / name
        try:
            export_csv(report, connect(), target, language, progress)
        except BaseException:
            if target.is_dir() and not any(target.iterdir()):
                target.rmdir()
            raise
        return target
    if kind == "xlsx":
        return export_xlsx(report, connect(), folder / f"{name}.xlsx", language, progress)
    from kiosk.render.report_pdf import write_report_pdf

    return write_report_pdf(report, folder / f"{name}.pdf", language, progress)


class ProgressStrip(ThemedMixin, QWidget):
    """A thick progress bar with the percentage on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard:progress")
        self.fraction = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(current_theme().px(300), current_theme().px(40))

    def set_fraction(self, fraction: float) -> None:
        self.fraction = max(0.0, min(1.0, fraction))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = rect.height() / 2
        track = QPainterPath()
        track.addRoundedRect(rect, radius, radius)
        painter.fillPath(track, theme.color("surface_raised"))
        if self.fraction > 0:
            filled = QPainterPath()
            filled.addRoundedRect(QRectF(rect.left(), rect.top(), max(rect.height(), rect.width() * self.fraction),
                                         rect.height()), radius, radius)
            painter.fillPath(filled, theme.color("accent"))
        painter.setFont(theme.font(20, QFont.Weight.Bold))
        painter.setPen(theme.color("text" if self.fraction < 0.5 else "accent_text"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{round(self.fraction * 100)} %")


class FolderCard(Overlay):
    """Where to save: each mounted drive, and the kiosk's own exports folder."""

    chosen = Signal(object)  # (label, Path)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, card_width=900)
        self.setObjectName("dashboard:folders")
        self.title = ThemedLabel(size=36, bold=True)
        self.hint = ThemedLabel(size=20, muted=True)
        self.list_host = QWidget()
        self.list_layout = QVBoxLayout(self.list_host)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.cancel_button = TouchButton()
        self.cancel_button.setObjectName("folders:cancel")
        self.cancel_button.clicked.connect(self.close_overlay)
        self.card_layout.addWidget(self.title)
        self.card_layout.addWidget(self.hint)
        self.card_layout.addWidget(self.list_host)
        self.card_layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.buttons: list[TouchButton] = []
        self.retranslate()

    def open_with(self, folders: list[tuple[str, Path]]) -> None:
        for button in self.buttons:
            self.list_layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for index, (label, path) in enumerate(folders):
            button = TouchButton(label)
            button.setObjectName(f"folder:{index}")
            button.clicked.connect(lambda _=False, choice=(label, path): self._choose(choice))
            self.list_layout.addWidget(button)
            self.buttons.append(button)
        self.open()
        self.relayout()

    def _choose(self, choice: tuple[str, Path]) -> None:
        self.close_overlay()
        self.chosen.emit(choice)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Save exports to"))
        self.hint.setText(self.tr("Plug in a USB stick and it appears here."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.relayout()


class ExportBar(ThemedMixin, QWidget):
    """Folder button, CSV / XLSX / PDF buttons (progress and Cancel instead while exporting), a status line."""

    finished = Signal(str, object)  # kind, Path written (or None when cancelled or failed)

    def __init__(self, screen: Any) -> None:
        super().__init__(screen)
        self.dashboard = screen
        self.setObjectName("dashboard:exports")
        #: (label, folder) choices; replaced in tests, filled from the mounted drives otherwise.
        self.folders_provider: Callable[[], list[tuple[str, Path]]] = self.default_folders
        self.folder: tuple[str, Path] | None = None
        self.progress: ExportProgress | None = None
        self.running: str | None = None
        self.folder_button = TouchButton()
        self.folder_button.setObjectName("export:folder")
        self.folder_button.clicked.connect(self.choose_folder)
        self.buttons = {}
        for kind in FORMATS:
            button = TouchButton(kind.upper(), primary=True)
            button.setObjectName(f"export:{kind}")
            button.clicked.connect(lambda _=False, k=kind: self.start(k))
            self.buttons[kind] = button
        self.strip = ProgressStrip()
        self.cancel_button = TouchButton()
        self.cancel_button.setObjectName("export:cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.status = ThemedLabel(size=19, muted=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(False)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.folders = FolderCard(screen)
        self.folders.chosen.connect(self._folder_chosen)
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._poll)
        row = WrappingRow()  # wraps on a portrait screen with large text instead of cutting the buttons
        row.add(self.folder_button, 2)
        for button in self.buttons.values():
            row.add(button)
        row.add(self.strip, 2)
        row.add(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(current_theme().px(4))
        layout.addLayout(row)
        layout.addWidget(self.status)
        self._set_running(None)
        self.retranslate()

    # -- folders -----------------------------------------------------------------------------

    def default_folders(self) -> list[tuple[str, Path]]:
        choices = [(self.tr("USB: %1").replace("%1", path.name), path) for path in removable_folders()]
        choices.append((self.tr("Kiosk exports folder"), self.dashboard.kiosk_window.settings.data_dir / "exports"))
        return choices

    def choose_folder(self) -> None:
        self.folders.open_with(self.folders_provider())

    def _folder_chosen(self, choice: tuple[str, Path]) -> None:
        self.folder = choice
        self.retranslate()

    # -- exporting ---------------------------------------------------------------------------

    def start(self, kind: str) -> None:
        report = self.dashboard.report
        if self.running or report is None:
            return
        if self.folder is None:
            choices = self.folders_provider()
            if len(choices) != 1:  # ask where: a stick, or the kiosk's folder
                self.choose_folder()
                return
            self.folder = choices[0]
        label, folder = self.folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            self.status.setText(self.tr("Cannot write to %1. Is the USB stick still plugged in?").replace("%1", label))
            return
        progress = ExportProgress()
        self.progress = progress
        self._set_running(kind)
        connect = self.dashboard.report_connection  # the station's database, or the centre snapshot
        language = self.dashboard.language
        self.status.setText(self.tr("Exporting %1 to %2…").replace("%1", kind.upper()).replace("%2", label))
        run_in_background(
            lambda: run_export(kind, report, connect, folder, language, progress),
            lambda path: self._done(kind, path),
            lambda exc: self._failed(kind, exc),
        )

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _poll(self) -> None:
        if self.progress is not None:
            self.strip.set_fraction(self.progress.fraction)

    def _done(self, kind: str, path: Path) -> None:
        rows = self.progress.done if self.progress else 0
        self._set_running(None)
        self.strip.set_fraction(1.0)
        where = self.folder[0] if self.folder else str(path.parent)
        self.status.setText(self.tr("Saved to %1: %2").replace("%1", where).replace("%2", path.name))
        self.dashboard.kiosk_window.services.journal.event("staff.export", format=kind, rows=rows,
                                                  period=self.dashboard.report.period.label() if self.dashboard.report
                                                  else "")
        self.finished.emit(kind, path)

    def _failed(self, kind: str, exc: BaseException) -> None:
        self._set_running(None)
        self.strip.set_fraction(0.0)
        if isinstance(exc, ExportCancelled):
            self.status.setText(self.tr("Export cancelled; nothing was saved."))
        elif isinstance(exc, ExportError | OSError):
            self.status.setText(self.tr("The export failed: %1").replace("%1", str(exc)))
        else:
            self.status.setText(self.tr("The export failed: %1").replace("%1", f"{type(exc).__name__}: {exc}"))
        self.finished.emit(kind, None)

    def _set_running(self, kind: str | None) -> None:
        self.running = kind
        for button in (*self.buttons.values(), self.folder_button):
            button.setEnabled(kind is None)
        # The progress and Cancel stand where the folder and the formats were while an export runs:
        # the row has no room for all of them on a portrait screen with large text, and a second
        # row would push the KPI list over the charts. The status line names the folder meanwhile.
        for button in (*self.buttons.values(), self.folder_button):
            button.setVisible(kind is None)
        self.strip.setVisible(kind is not None)
        self.cancel_button.setVisible(kind is not None)
        self.cancel_button.setEnabled(kind is not None)
        if kind is None:
            self.timer.stop()
            self._poll()
        else:
            self.strip.set_fraction(0.0)
            self.timer.start()

    # -- look --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        label = self.folder[0] if self.folder else self.tr("choose…")
        self.folder_button.setText(self.tr("Save to: %1").replace("%1", label))
        self.cancel_button.setText(self.tr("Cancel"))
