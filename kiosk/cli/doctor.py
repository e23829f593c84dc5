"""`kiosk doctor` and its hidden helper command `_qt-probe` (the checks themselves are kiosk.doctor)."""

from __future__ import annotations

import argparse

from kiosk.config import Settings

#: The hidden command's name; kiosk.doctor's Qt check runs it in a child process.
QT_PROBE = "_qt-probe"


def doctor(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.doctor import can_run, format_table, run_checks  # the store and registry: only when asked

    checks = run_checks(settings)
    print(format_table(checks))
    return 0 if can_run(checks) else 1


def qt_probe() -> int:
    """Start Qt and print the platform plugin's name; a broken Qt then fails the child, not the doctor."""
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    print(app.platformName())
    return 0
