"""Paper drawn with Qt: the statistics report, participant badges, the AR card sheet (A4 PDFs).

Beside the exhibit API under the applications: kiosk.ui (the staff dashboard, the educator screens)
and kiosk.cli (`kiosk export`, `kiosk badges`, `kiosk markers`) both print through it. Each module
imports PySide6, so commands import it inside the command, never at start-up.
"""
