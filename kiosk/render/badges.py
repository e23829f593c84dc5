"""Participant badges: an A4 sheet of cut-out cards, each with a QR code and the code in large letters.

``write_badges_pdf`` writes the PDF (QPdfWriter; `kiosk badges` and the educator screen use it);
``render_badge_page`` draws one page on any paint device, so a test can draw the very same page
into a QImage and read every QR code back with OpenCV. QR codes come from segno and are drawn as
vector squares: crisp on any printer. Texts are in the sheet's language, not the screen's.
A badge carries no name: only the pseudonymous code.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPen,
)

from kiosk.programmes import codes
from kiosk.render.printing import a4_pdf_writer, ensure_gui_application, in_language

PAGE_MM = (210.0, 297.0)  # A4 portrait
MARGIN_MM = 10.0
HEADER_MM = 17.0
COLUMNS, ROWS = 3, 4
BADGES_PER_PAGE = COLUMNS * ROWS
QR_MM = 33.0  # printed QR side including its quiet zone
QR_BORDER_MODULES = 4  # the quiet zone the QR standard asks for

NAVY = QColor("#0B1B34")
GREY = QColor("#3A4A60")
ACCENT = QColor("#E69F00")  # Okabe-Ito orange: the VIZIUM stripe

SHEET_TEXTS = {
    "title": {
        "lv": "VIZIUM · dalībnieku kartes",
        "en": "VIZIUM · participant badges",
        "ru": "VIZIUM · карточки участников",
    },
    "hint": {
        "lv": "Izgriez pa raustīto līniju. Kartē nav vārda: tikai kods.",
        "en": "Cut along the dashed lines. A badge carries no name, only a code.",
        "ru": "Вырежьте по пунктиру. На карточке нет имени, только код.",
    },
    "centre": {
        "lv": "Ventspils Zinātnes un inovāciju centrs",
        "en": "Science and Innovation Centre, Ventspils",
        "ru": "Центр науки и инноваций, Вентспилс",
    },
    "show": {
        "lv": "Parādi kamerai!",
        "en": "Show me to the camera!",
        "ru": "Покажи камере!",
    },
}


def sheet_text(key: str, language: str) -> str:
    return in_language(SHEET_TEXTS[key], language)


def write_badges_pdf(path: str | os.PathLike[str], badge_codes: Sequence[str], language: str = "lv") -> Path:
    """Write badges for these codes as an A4 PDF (12 per page); returns the path written."""
    if not badge_codes:
        raise ValueError("no codes to print")
    ensure_gui_application()
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    writer = a4_pdf_writer(out, sheet_text("title", language))
    painter = QPainter(writer)
    try:
        for start in range(0, len(badge_codes), BADGES_PER_PAGE):
            if start:
                writer.newPage()
            page = QRectF(0, 0, writer.width(), writer.height())
            render_badge_page(painter, page, badge_codes[start:start + BADGES_PER_PAGE], language)
    finally:
        painter.end()
    return out


def render_badge_image(badge_codes: Sequence[str], language: str = "lv", width_px: int = 1240) -> QImage:
    """One page drawn into an image (about 150 dpi at the default width), for previews and tests."""
    ensure_gui_application()
    height_px = round(width_px * PAGE_MM[1] / PAGE_MM[0])
    image = QImage(width_px, height_px, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        render_badge_page(painter, QRectF(0, 0, width_px, height_px), badge_codes, language)
    finally:
        painter.end()
    return image


def render_badge_page(painter: QPainter, page: QRectF, badge_codes: Sequence[str], language: str = "lv") -> None:
    """Draw one A4 page of up to 12 badges into ``page`` (any device: PDF, printer, QImage)."""
    mm = page.width() / PAGE_MM[0]
    painter.save()
    painter.translate(page.topLeft())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, page.width(), page.height()), Qt.GlobalColor.white)
    width = (PAGE_MM[0] - 2 * MARGIN_MM) * mm
    painter.setFont(_font(6.0 * mm, bold=True))
    painter.setPen(NAVY)
    painter.drawText(
        QRectF(MARGIN_MM * mm, MARGIN_MM * mm, width, 8 * mm),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        sheet_text("title", language),
    )
    painter.setFont(_font(3.4 * mm))
    painter.setPen(GREY)
    painter.drawText(
        QRectF(MARGIN_MM * mm, (MARGIN_MM + 8.5) * mm, width, 6 * mm),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        sheet_text("hint", language),
    )
    card_w = (PAGE_MM[0] - 2 * MARGIN_MM) / COLUMNS
    card_h = (PAGE_MM[1] - 2 * MARGIN_MM - HEADER_MM) / ROWS
    for slot, code in enumerate(badge_codes[:BADGES_PER_PAGE]):
        column, row = slot % COLUMNS, slot // COLUMNS
        rect = QRectF(
            (MARGIN_MM + column * card_w) * mm, (MARGIN_MM + HEADER_MM + row * card_h) * mm, card_w * mm, card_h * mm
        )
        _draw_badge(painter, rect, code, language, mm)
    painter.restore()


def _font(pixel_size: float, *, bold: bool = False, mono: bool = False) -> QFont:
    font = QFont("DejaVu Sans Mono" if mono else "DejaVu Sans")
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    return font


def _draw_badge(painter: QPainter, rect: QRectF, code: str, language: str, mm: float) -> None:
    inner = rect.adjusted(1.5 * mm, 1.5 * mm, -1.5 * mm, -1.5 * mm)
    painter.setPen(QPen(QColor("#7A8699"), max(1.0, 0.3 * mm), Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(inner, 3 * mm, 3 * mm)

    # Wordmark and the VIZIUM stripe.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ACCENT)
    painter.drawRoundedRect(QRectF(inner.left() + 3 * mm, inner.top() + 3.5 * mm, 1.6 * mm, 6 * mm), 0.8 * mm, 0.8 * mm)
    painter.setPen(NAVY)
    painter.setFont(_font(5.6 * mm, bold=True))
    painter.drawText(
        QRectF(inner.left() + 6 * mm, inner.top() + 2.5 * mm, inner.width() - 9 * mm, 8 * mm),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        "VIZIUM",
    )

    side = QR_MM * mm
    qr_rect = QRectF(inner.center().x() - side / 2, inner.top() + 11 * mm, side, side)
    draw_qr(painter, qr_rect, codes.qr_payload(code))

    painter.setPen(NAVY)
    painter.setFont(_font(7.4 * mm, bold=True, mono=True))
    painter.drawText(
        QRectF(inner.left(), qr_rect.bottom() + 0.5 * mm, inner.width(), 9 * mm),
        int(Qt.AlignmentFlag.AlignCenter),
        codes.display(code),
    )
    painter.setFont(_font(2.5 * mm))
    painter.setPen(GREY)
    painter.drawText(
        QRectF(inner.left() + 2 * mm, inner.bottom() - 7.5 * mm, inner.width() - 4 * mm, 6 * mm),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
        f"{sheet_text('show', language)}\n{sheet_text('centre', language)}",
    )


def draw_qr(painter: QPainter, rect: QRectF, payload: str) -> None:
    """The QR code for ``payload`` filling ``rect`` (quiet zone included), dark modules as squares."""
    qr = segno.make(payload, error="m", micro=False)
    rows = [list(row) for row in qr.matrix_iter(border=QR_BORDER_MODULES)]
    cell = rect.width() / len(rows)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(rect, Qt.GlobalColor.white)
    for y, row in enumerate(rows):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            run = x
            while run < len(row) and row[run]:
                run += 1
            # One rectangle per run of dark modules; a hair of overlap hides seams between rows.
            painter.fillRect(
                QRectF(rect.left() + x * cell, rect.top() + y * cell, (run - x) * cell + 0.4, cell + 0.4),
                Qt.GlobalColor.black,
            )
            x = run
    painter.restore()
