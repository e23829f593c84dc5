"""One exhibit on the home screen: a tile whose height follows its texts, so nothing is ever cut.

The tile lays out its icon, title, chips and summary for a given width (`TileLayout.measure`);
the home screen asks every tile how tall it must be at the column width and gives each row
that height. Large text, long Russian titles and portrait screens make tiles taller, never cut.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from kiosk.exhibit.kit import ThemedMixin, fitted_font
from kiosk.exhibit.theme import Theme, current_theme
from kiosk.registry import ExhibitEntry

SUBJECT_NAMES = {
    "physics": QT_TRANSLATE_NOOP("Subjects", "Physics"),
    "mathematics": QT_TRANSLATE_NOOP("Subjects", "Mathematics"),
    "computing": QT_TRANSLATE_NOOP("Subjects", "Computing"),
    "biology": QT_TRANSLATE_NOOP("Subjects", "Biology"),
    "chemistry": QT_TRANSLATE_NOOP("Subjects", "Chemistry"),
    "astronomy": QT_TRANSLATE_NOOP("Subjects", "Astronomy"),
    "engineering": QT_TRANSLATE_NOOP("Subjects", "Engineering"),
    "energy": QT_TRANSLATE_NOOP("Subjects", "Energy"),
    "artificial_intelligence": QT_TRANSLATE_NOOP("Subjects", "Artificial intelligence"),
    "online_safety": QT_TRANSLATE_NOOP("Subjects", "Online safety"),
}

_WRAP = int(Qt.TextFlag.TextWordWrap)
_TALL = 100_000  # a box height no text reaches, for measuring wrapped text


def subject_name(subject: str) -> str:
    # PySide6's stubs type QT_TRANSLATE_NOOP as object; it returns the text it marks.
    return QCoreApplication.translate("Subjects", SUBJECT_NAMES.get(subject, subject))  # type: ignore[arg-type]


def _wrapped_height(text: str, font: QFont, width: float) -> int:
    return QFontMetrics(font).boundingRect(QRect(0, 0, max(1, int(width)), _TALL), _WRAP, text).height()


def _font_for_words(text: str, font: QFont, width: float) -> QFont:
    """The font, made smaller only when its longest word alone is wider than the line."""
    longest = max(text.split(), key=lambda word: QFontMetrics(font).horizontalAdvance(word), default="")
    return fitted_font(longest, font, width, smallest=0.6) if longest else font


@dataclass
class TileTexts:
    """What a tile shows, in the visitor's language."""

    title: str
    summary: str
    chips: list[str]


@dataclass
class TileLayout:
    """Where each part of a tile goes at a given width, and the height the tile needs."""

    card: QRectF
    icon: QRectF
    title: QRectF
    title_font: QFont
    chips: list[tuple[QRectF, str]] = field(default_factory=list)
    chip_font: QFont = field(default_factory=QFont)
    summary: QRectF = field(default_factory=QRectF)
    summary_font: QFont = field(default_factory=QFont)
    height: int = 0

    @classmethod
    def measure(cls, texts: TileTexts, width: int, theme: Theme) -> TileLayout:
        margin, pad, gap = theme.px(6), theme.px(20), theme.px(12)
        card = QRectF(margin, margin, width - 2 * margin, 0)
        icon_size = theme.px(84)
        icon = QRectF(card.left() + pad, card.top() + pad, icon_size, icon_size)
        title_left = icon.right() + pad
        title_width = card.right() - pad - title_left
        title_font = _font_for_words(texts.title, theme.font(28, QFont.Weight.Bold), title_width)
        title_h = _wrapped_height(texts.title, title_font, title_width)
        header_h = max(icon_size, title_h)
        title = QRectF(title_left, icon.top() + (header_h - title_h) / 2, title_width, title_h)
        icon.moveTop(card.top() + pad + (header_h - icon_size) / 2)

        inner_left, inner_width = card.left() + pad, card.width() - 2 * pad
        chip_font = theme.font(17, QFont.Weight.DemiBold)
        metrics = QFontMetrics(chip_font)
        chip_h, chip_gap = theme.px(34), theme.px(8)
        x, y = inner_left, card.top() + pad + header_h + gap
        chips: list[tuple[QRectF, str]] = []
        for text in texts.chips:
            chip_w = min(inner_width, metrics.horizontalAdvance(text) + theme.px(24))
            if x > inner_left and x + chip_w > inner_left + inner_width:
                x, y = inner_left, y + chip_h + chip_gap  # chips wrap to a new line, never drop
            chips.append((QRectF(x, y, chip_w, chip_h), text))
            x += chip_w + chip_gap
        bottom = y + chip_h if chips else y - gap

        summary_font = _font_for_words(texts.summary, theme.font(20), inner_width)
        summary_h = _wrapped_height(texts.summary, summary_font, inner_width) if texts.summary else 0
        summary = QRectF(inner_left, bottom + gap, inner_width, summary_h)
        height = int(summary.bottom() + pad + margin) if summary_h else int(bottom + pad + margin)
        card.setHeight(height - 2 * margin)
        return cls(card, icon, title, title_font, chips, chip_font, summary, summary_font, height)


class ExhibitTile(ThemedMixin, QAbstractButton):
    """One exhibit on the home grid: icon on its subject colour, title, chips, summary."""

    def __init__(self, entry: ExhibitEntry, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.language = language
        self.setObjectName(f"tile:{entry.id}")
        self.setEnabled(entry.ok)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._icon = QSvgRenderer(str(entry.manifest.icon_path)) if entry.manifest else None
        #: Whether the tile's last painted frame showed it pressed (what the visitor sees now). Qt's
        #: button paints the press at once (QAbstractButton repaints on the press itself), before
        #: the release opens the exhibit; tests/ui/test_screens_on_first_use.py holds it to that.
        self.painted_pressed = False

    def set_language(self, language: str) -> None:
        self.language = language
        self.update()

    def texts(self) -> TileTexts:
        manifest = self.entry.manifest
        if manifest is None:
            return TileTexts(self.entry.id, "", [self.tr("Temporarily unavailable")])
        # The age first: it matters most to a family choosing.
        chips = [self.tr("Ages %1").replace("%1", manifest.age_hint), subject_name(manifest.subject)]
        if manifest.needs_camera:
            chips.append(self.tr("Uses the camera"))
        return TileTexts(manifest.text("title", self.language), manifest.text("summary", self.language), chips)

    def height_for(self, width: int) -> int:
        """The height this tile needs at a width to show all of its texts."""
        return TileLayout.measure(self.texts(), width, current_theme()).height

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(420), self.height_for(theme.px(420)))

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        texts = self.texts()
        layout = TileLayout.measure(texts, self.width(), theme)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(layout.card)
        card.setHeight(self.height() - 2 * (layout.card.top()))
        self.painted_pressed = self.isDown()
        if self.isDown():
            painter.translate(0, theme.px(3))
        radius = theme.px(28)
        path = QPainterPath()
        path.addRoundedRect(card, radius, radius)
        subject = self.entry.manifest.subject if self.entry.manifest else ""
        colour = theme.subject_color(subject) if self.entry.ok else theme.color("outline")
        painter.fillPath(path, theme.color("surface_raised" if self.isDown() else "surface"))
        painter.setPen(QPen(colour, theme.px(4 if theme.high_contrast else 3)))
        painter.drawPath(path)

        # The white pictogram sits on a disc it stands out on (3:1 at least); in high contrast the
        # disc is black and the ring keeps the subject's colour.
        painter.setPen(QPen(colour, theme.px(3)) if theme.high_contrast else Qt.PenStyle.NoPen)
        painter.setBrush(theme.pictogram_disc(subject) if self.entry.ok else colour)
        painter.drawEllipse(layout.icon)
        if self._icon and self._icon.isValid():
            inset = layout.icon.width() * 0.18
            self._icon.render(painter, layout.icon.adjusted(inset, inset, -inset, -inset))

        painter.setPen(theme.color("text"))
        painter.setFont(layout.title_font)
        painter.drawText(layout.title, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, texts.title)

        painter.setFont(layout.chip_font)
        for rect, text in layout.chips:
            painter.setPen(QPen(colour, theme.px(2)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
            painter.setPen(theme.color("text"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

        if texts.summary:
            painter.setFont(layout.summary_font)
            painter.setPen(theme.color("text_muted"))
            painter.drawText(layout.summary, Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, texts.summary)

    def retranslate(self) -> None:
        self.update()  # the texts are painted, in the language of the moment
