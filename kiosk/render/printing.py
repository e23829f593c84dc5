"""What the printed sheets share: a Gui application for fonts, and an A4 PDF page set-up.

Badges (`kiosk badges`), AR cards (`kiosk markers`) and the statistics report (`kiosk export`)
are drawn with QPainter into a QPdfWriter, from the kiosk or from a command without a display.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter

#: Print resolution, dots per inch.
PRINT_DPI = 300


def ensure_gui_application() -> QGuiApplication:
    """Fonts need a Gui application; the print commands run without one, and without a display
    (offscreen then). A widgets application, so whatever runs later in the same process can
    still show widgets."""
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])
    assert isinstance(app, QGuiApplication)
    return app


def a4_pdf_writer(path: str | os.PathLike[str], title: str, margins_mm: float = 0.0,
                  resolution: int = PRINT_DPI) -> QPdfWriter:
    """A portrait A4 PDF writer with the kiosk as its creator (paint with a QPainter on it)."""
    writer = QPdfWriter(os.fspath(path))
    writer.setTitle(title)
    writer.setCreator("VIZIUM Kiosk")
    writer.setResolution(resolution)
    margins = QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     margins, QPageLayout.Unit.Millimeter))
    return writer


def in_language(texts: dict[str, str], language: str) -> str:
    """The text in this language, or in English where a translation is missing."""
    return texts.get(language) or texts["en"]
