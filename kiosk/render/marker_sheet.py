"""The printable AR card sheet: an A4 PDF of cut-out cards, each with its ArUco marker and caption.

``kiosk markers --out cards.pdf [--lang lv]`` calls ``write_marker_sheet``. Markers are drawn as
vector squares (crisp at any printer resolution); captions come from the marker catalogue in
kiosk.camera.markers, in the language asked for (not the screen's current language).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from kiosk.camera.markers import MARKER_CARDS, MarkerCard, marker_image
from kiosk.render.printing import a4_pdf_writer, ensure_gui_application, in_language

PAGE_MM = (210.0, 297.0)  # A4 portrait
MARGIN_MM = 10.0
HEADER_MM = 16.0
COLUMNS, ROWS = 3, 3
MARKER_MM = 42.0  # printed marker side; the white card around it is its quiet zone

SHEET_TEXTS = {
    "title": {"lv": "VIZIUM · AR kartītes", "en": "VIZIUM · AR cards", "ru": "VIZIUM · AR-карточки"},
    "hint": {
        "lv": "Izgriez pa raustīto līniju un turi kartīti kameras priekšā.",
        "en": "Cut along the dashed lines and hold a card up to the camera.",
        "ru": "Вырежьте по пунктиру и поднесите карточку к камере.",
    },
    "planet": {"lv": "Planēta", "en": "Planet", "ru": "Планета"},
    "molecule": {"lv": "Molekula", "en": "Molecule", "ru": "Молекула"},
    "organ": {"lv": "Orgāns", "en": "Organ", "ru": "Орган"},
}

#: Okabe-Ito colours per kind, for the strip at the top of each card.
KIND_COLOURS = {"planet": "#0072B2", "molecule": "#CC79A7", "organ": "#D55E00"}


def _text(key: str, language: str) -> str:
    return in_language(SHEET_TEXTS[key], language)


def write_marker_sheet(path: str | os.PathLike[str], language: str = "en",
                       cards: Sequence[MarkerCard] = MARKER_CARDS) -> Path:
    """Write the card sheet as an A4 PDF (several pages if there are many cards); returns the path."""
    ensure_gui_application()
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    writer = a4_pdf_writer(out, _text("title", language))
    per_page = COLUMNS * ROWS
    painter = QPainter(writer)
    try:
        for page_start in range(0, len(cards), per_page):
            if page_start:
                writer.newPage()
            page = QRectF(0, 0, writer.width(), writer.height())
            render_marker_sheet(painter, page, language, cards[page_start:page_start + per_page])
    finally:
        painter.end()
    return out


def render_marker_sheet(painter: QPainter, page: QRectF, language: str = "en",
                        cards: Sequence[MarkerCard] = MARKER_CARDS[:COLUMNS * ROWS]) -> None:
    """Draw one A4 page of cards into ``page`` (any device: PDF, printer, QImage for tests)."""
    mm = page.width() / PAGE_MM[0]
    painter.save()
    painter.translate(page.topLeft())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, page.width(), page.height()), Qt.GlobalColor.white)

    title_font = QFont("DejaVu Sans")
    title_font.setPixelSize(max(1, round(6.0 * mm)))
    title_font.setBold(True)
    painter.setFont(title_font)
    painter.setPen(QColor("#0B1B34"))
    painter.drawText(QRectF(MARGIN_MM * mm, MARGIN_MM * mm, (PAGE_MM[0] - 2 * MARGIN_MM) * mm, 8 * mm),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), _text("title", language))
    hint_font = QFont("DejaVu Sans")
    hint_font.setPixelSize(max(1, round(3.4 * mm)))
    painter.setFont(hint_font)
    painter.setPen(QColor("#3A4A60"))
    painter.drawText(QRectF(MARGIN_MM * mm, (MARGIN_MM + 8) * mm, (PAGE_MM[0] - 2 * MARGIN_MM) * mm, 6 * mm),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), _text("hint", language))

    card_w = (PAGE_MM[0] - 2 * MARGIN_MM) / COLUMNS
    card_h = (PAGE_MM[1] - 2 * MARGIN_MM - HEADER_MM) / ROWS
    for slot, card in enumerate(cards[:COLUMNS * ROWS]):
        column, row = slot % COLUMNS, slot // COLUMNS
        rect = QRectF((MARGIN_MM + column * card_w) * mm, (MARGIN_MM + HEADER_MM + row * card_h) * mm,
                      card_w * mm, card_h * mm)
        _draw_card(painter, rect, card, language, mm)
    painter.restore()


def _draw_card(painter: QPainter, rect: QRectF, card: MarkerCard, language: str, mm: float) -> None:
    inner = rect.adjusted(1.5 * mm, 1.5 * mm, -1.5 * mm, -1.5 * mm)
    cut = QPen(QColor("#7A8699"), max(1.0, 0.3 * mm), Qt.PenStyle.DashLine)
    painter.setPen(cut)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(inner, 3 * mm, 3 * mm)

    strip = QRectF(inner.left() + 3 * mm, inner.top() + 3 * mm, inner.width() - 6 * mm, 2.2 * mm)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(KIND_COLOURS.get(card.kind, "#0B1B34")))
    painter.drawRoundedRect(strip, 1.1 * mm, 1.1 * mm)

    side = MARKER_MM * mm
    marker_rect = QRectF(inner.center().x() - side / 2, strip.bottom() + 4.5 * mm, side, side)
    draw_marker(painter, marker_rect, card.marker_id)

    name_font = QFont("DejaVu Sans")
    name_font.setPixelSize(max(1, round(4.6 * mm)))
    name_font.setBold(True)
    painter.setFont(name_font)
    painter.setPen(QColor("#0B1B34"))
    caption = QRectF(inner.left() + 2 * mm, marker_rect.bottom() + 3 * mm, inner.width() - 4 * mm, 11 * mm)
    painter.drawText(caption, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                     card.name(language))
    small = QFont("DejaVu Sans")
    small.setPixelSize(max(1, round(3.2 * mm)))
    painter.setFont(small)
    painter.setPen(QColor("#3A4A60"))
    footer = QRectF(inner.left() + 3 * mm, inner.bottom() - 7 * mm, inner.width() - 6 * mm, 5 * mm)
    left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    painter.drawText(footer, int(left | Qt.AlignmentFlag.AlignVCenter), _text(card.kind, language))
    painter.drawText(footer, int(right | Qt.AlignmentFlag.AlignVCenter), f"#{card.marker_id}")


def draw_marker(painter: QPainter, rect: QRectF, marker_id: int) -> None:
    """The marker as filled vector cells (black border included), filling ``rect``."""
    bits = marker_image(marker_id, 6)  # one pixel per cell: 4x4 data bits + 1-cell border
    cells = bits.shape[0]
    cell = rect.width() / cells
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(rect, Qt.GlobalColor.black)
    for row in range(cells):
        for column in range(cells):
            if bits[row, column] > 127:
                # Slight overlap so no hairline gap shows between neighbouring white cells.
                painter.fillRect(QRectF(rect.left() + column * cell, rect.top() + row * cell,
                                        cell + 0.5, cell + 0.5), Qt.GlobalColor.white)
    painter.restore()
