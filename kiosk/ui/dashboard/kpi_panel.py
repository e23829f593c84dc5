"""The KPI list of the dashboard: each KPI's value, and a progress bar with the numbers against
its target for the period; a count without a target is a tile with its number. Reaching a target
shows a tick and the percentage, never only a colour.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.exhibit.kit import ThemedMixin
from kiosk.exhibit.theme import current_theme
from kiosk.stats.definitions import UNITS
from kiosk.stats.engine import KpiReport, KpiResult
from kiosk.stats.texts import format_number, format_percent

#: A count's tile is at least this wide (design pixels, grown with large text) ...
TILE_MIN_WIDTH = 190
#: ... and as high as this many rows.
TILE_HEIGHT_IN_ROWS = 1.5


class KpiLayout(NamedTuple):
    tiles: list[tuple[KpiResult, QRectF]]  # the plain counts
    rows: list[tuple[KpiResult, QRectF]]  # the KPIs with a target for the period
    row_height: float


class KpiPanel(ThemedMixin, QWidget):
    """Painted rows, one per KPI; ``texts()`` gives what a row says (for tests and screen readers)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard:kpis")
        self.report: KpiReport | None = None
        self.language = "lv"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(620), theme.px(720))

    def set_report(self, report: KpiReport | None, language: str) -> None:
        self.report, self.language = report, language
        self.update()

    # -- what each row says ------------------------------------------------------------------

    def row_texts(self, result: KpiResult) -> tuple[str, str, str]:
        """(title, value, the line under it: target and progress, or the unit)."""
        kpi, lang = result.definition, self.language
        value = "–" if result.withheld else format_number(result.value, kpi.decimals, lang)
        if result.period_target is None or result.withheld:
            return kpi.text("title", lang), value, UNITS[kpi.unit].get(lang, kpi.unit)
        target = format_number(result.period_target, kpi.decimals, lang)
        detail = self.tr("%1 of %2 · %3").replace("%1", value).replace("%2", target).replace(
            "%3", format_percent(result.progress, lang))
        return kpi.text("title", lang), value, detail

    def texts(self) -> list[tuple[str, str, str]]:
        return [self.row_texts(r) for r in self.report.kpis] if self.report else []

    # -- painting ------------------------------------------------------------------------------

    def placement(self) -> KpiLayout:
        """Where each KPI goes. A KPI with a target for the period is a row (its value, a bar and
        the numbers); a plain count (visitors, runs, minutes) is a tile, a number and its name,
        in lines of tiles above the rows: four counts take one line on a portrait screen, where
        they took four rows, so each row there is a quarter taller, and its text with it."""
        theme = current_theme()
        results = self.report.kpis if self.report is not None else ()
        counts = [result for result in results if result.period_target is None]
        rows = [result for result in results if result.period_target is not None]
        gap = theme.px(6)
        tiles: list[tuple[KpiResult, QRectF]] = []
        tile_lines = 0
        if counts:
            fits = max(1, int((self.width() + gap) // (theme.text_px(TILE_MIN_WIDTH) + gap)))
            tile_lines = math.ceil(len(counts) / fits)
            columns = math.ceil(len(counts) / tile_lines)  # the lines as even as they can be
        row_h = self.height() / max(1, len(rows) + tile_lines * TILE_HEIGHT_IN_ROWS)
        if counts:
            tile_w = (self.width() - gap * (columns - 1)) / columns
            tile_h = row_h * TILE_HEIGHT_IN_ROWS
            for index, result in enumerate(counts):
                line, column = divmod(index, columns)
                tiles.append((result, QRectF(column * (tile_w + gap), line * tile_h + gap / 2, tile_w, tile_h - gap)))
        top = tile_lines * row_h * TILE_HEIGHT_IN_ROWS
        boxes = [(result, QRectF(0, top + index * row_h + gap / 2, self.width(), row_h - gap))
                 for index, result in enumerate(rows)]
        return KpiLayout(tiles, boxes, row_h)

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.report is None:
            painter.setPen(theme.color("text_muted"))
            painter.setFont(theme.font(24))
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.tr("Calculating…"))
            return
        layout = self.placement()
        row_h = layout.row_height
        # Fonts follow the row height, so every KPI always fits (large text included).
        title_px = min(theme.text_px(22), row_h * 0.34)
        value_px = min(theme.text_px(30), row_h * 0.44)
        small_px = min(theme.text_px(18), row_h * 0.28)
        padding = theme.px(16)
        for result, box in layout.tiles:
            self._paint_card(painter, box)
            self._paint_tile(painter, box.adjusted(padding, theme.px(6), -padding, -theme.px(6)), result,
                             title_px, value_px * 1.2)
        for result, box in layout.rows:
            self._paint_card(painter, box)
            self._paint_row(painter, box.adjusted(padding, theme.px(4), -padding, -theme.px(4)), result,
                            title_px, value_px, small_px)

    def _paint_card(self, painter: QPainter, box: QRectF) -> None:
        theme = current_theme()
        path = QPainterPath()
        path.addRoundedRect(box, theme.px(14), theme.px(14))
        painter.fillPath(path, theme.color("surface"))
        if theme.high_contrast:
            painter.setPen(QPen(theme.color("outline"), theme.px(1)))
            painter.drawPath(path)

    def _paint_tile(self, painter: QPainter, box: QRectF, result: KpiResult, title_px: float,
                    value_px: float) -> None:
        """A count: its number large, its name under it (smaller to fit before it is cut short)."""
        theme = current_theme()
        title, value, _unit = self.row_texts(result)
        upper = QRectF(box.left(), box.top(), box.width(), box.height() * 0.55)
        lower = QRectF(box.left(), upper.bottom(), box.width(), box.height() - upper.height())
        painter.setFont(self._fitted_font(value, value_px, upper, QFont.Weight.Bold))
        painter.setPen(theme.color("accent"))
        painter.drawText(upper, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, value)
        font = self._fitted_font(title, title_px, lower, QFont.Weight.DemiBold, smallest=0.75)
        painter.setFont(font)
        painter.setPen(theme.color("text"))
        elided = QFontMetricsF(font).elidedText(title, Qt.TextElideMode.ElideRight, lower.width())
        painter.drawText(lower, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, elided)

    def _fitted_font(self, text: str, pixels: float, box: QRectF, weight: QFont.Weight,
                     smallest: float = 0.0) -> QFont:
        """The font at ``pixels``, made smaller (not below ``smallest`` of it) until the text fits."""
        font = self._font(pixels, weight)
        floor = max(8, round(pixels * smallest))
        while font.pixelSize() > floor:
            metrics = QFontMetricsF(font)
            if metrics.horizontalAdvance(text) <= box.width() and metrics.height() <= box.height():
                break
            font.setPixelSize(font.pixelSize() - 1)
        return font

    def _font(self, pixels: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
        font = current_theme().font(10, weight)
        font.setPixelSize(max(8, round(pixels)))
        return font

    def _paint_row(self, painter: QPainter, box: QRectF, result: KpiResult, title_px: float, value_px: float,
                   small_px: float) -> None:
        theme = current_theme()
        title, value, detail = self.row_texts(result)
        upper = QRectF(box.left(), box.top(), box.width(), box.height() * 0.55)
        lower = QRectF(box.left(), upper.bottom(), box.width(), box.height() - upper.height())
        painter.setFont(self._fitted_font(value, value_px, upper, QFont.Weight.Bold))  # in the upper part
        value_w = painter.fontMetrics().horizontalAdvance(value) + theme.px(8)
        painter.setPen(theme.color("accent"))
        painter.drawText(upper, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, value)
        painter.setFont(self._font(title_px, QFont.Weight.DemiBold))
        painter.setPen(theme.color("text"))
        title_rect = QRectF(upper.left(), upper.top(), upper.width() - value_w, upper.height())
        elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, round(title_rect.width()))
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)

        painter.setFont(self._font(small_px))
        if result.progress is None:
            painter.setPen(theme.color("text_muted"))
            painter.drawText(lower, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, detail)
            return
        detail_w = painter.fontMetrics().horizontalAdvance(detail) + theme.px(12)
        bar_h = max(theme.px(10), lower.height() * 0.38)
        bar = QRectF(lower.left(), lower.center().y() - bar_h / 2, max(theme.px(60), lower.width() - detail_w), bar_h)
        track = QPainterPath()
        track.addRoundedRect(bar, bar_h / 2, bar_h / 2)
        painter.fillPath(track, theme.color("surface_raised"))
        reached = result.progress >= 1
        filled = QRectF(bar.left(), bar.top(), max(bar_h, bar.width() * min(1.0, result.progress)), bar_h)
        if result.progress > 0:
            fill = QPainterPath()
            fill.addRoundedRect(filled, bar_h / 2, bar_h / 2)
            painter.fillPath(fill, theme.color("good" if reached else "accent"))
        if theme.high_contrast:
            painter.setPen(QPen(theme.color("outline"), theme.px(1)))
            painter.drawPath(track)
        if reached:  # a tick inside the bar's end: "reached" is not told by colour alone
            tick = QPainterPath(QPointF(bar.right() - bar_h * 1.6, bar.center().y()))
            tick.lineTo(QPointF(bar.right() - bar_h * 1.15, bar.bottom() - bar_h * 0.2))
            tick.lineTo(QPointF(bar.right() - bar_h * 0.45, bar.top() + bar_h * 0.15))
            painter.setPen(QPen(theme.color("accent_text"), max(2.0, bar_h * 0.18)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
        painter.setPen(theme.color("text"))
        painter.drawText(QRectF(bar.right(), lower.top(), lower.right() - bar.right(), lower.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, detail)
