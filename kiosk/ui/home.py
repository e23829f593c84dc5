"""The home screen: a grid of exhibit tiles, language buttons and the accessibility button."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.exhibit.kit import ThemedLabel, ThemedMixin, TouchButton
from kiosk.exhibit.theme import current_theme
from kiosk.registry import ExhibitEntry
from kiosk.ui.widgets import LanguageBar

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


def subject_name(subject: str) -> str:
    return QCoreApplication.translate("Subjects", SUBJECT_NAMES.get(subject, subject))


def _fit_lines(text: str, metrics: QFontMetrics, width: float, lines: int) -> str:
    """Word-wrapped text cut to whole lines, the last ending in an ellipsis if it was cut."""
    words, result, line = text.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not line:
            line = candidate
            continue
        result.append(line)
        line = word
        if len(result) == lines:
            break
    if len(result) < lines and line:
        result.append(line)
        line = ""
    if len(result) == lines and (line or " ".join(result) != " ".join(words)):
        result[-1] = metrics.elidedText(result[-1] + " …", Qt.TextElideMode.ElideRight, int(width))
    return "\n".join(result)


class ExhibitTile(ThemedMixin, QAbstractButton):
    """One exhibit on the home grid: icon on its subject colour, title, summary, age hint."""

    def __init__(self, entry: ExhibitEntry, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.language = language
        self.setObjectName(f"tile:{entry.id}")
        self.setEnabled(entry.ok)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._icon = QSvgRenderer(str(entry.manifest.icon_path)) if entry.manifest else None

    def set_language(self, language: str) -> None:
        self.language = language
        self.update()

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(420), theme.px(230))

    def minimumSizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(300), theme.px(200))

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        manifest = self.entry.manifest
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(theme.px(6), theme.px(6), -theme.px(6), -theme.px(6))
        if self.isDown():
            rect.adjust(theme.px(4), theme.px(4), -theme.px(4), -theme.px(4))
        radius = theme.px(28)
        path = QPainterPath()
        path.addRoundedRect(rect, radius, radius)
        subject = manifest.subject if manifest else ""
        colour = theme.subject_color(subject) if self.entry.ok else theme.color("outline")
        painter.fillPath(path, theme.color("surface_raised" if self.isDown() else "surface"))
        painter.setPen(QPen(colour, theme.px(4 if theme.high_contrast else 3)))
        painter.drawPath(path)
        pad = theme.px(20)
        icon_size = min(rect.height() * 0.4, theme.px(92))
        icon_rect = QRectF(rect.left() + pad, rect.top() + pad, icon_size, icon_size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(icon_rect)
        if self._icon and self._icon.isValid():
            inner = icon_rect.adjusted(icon_size * 0.18, icon_size * 0.18, -icon_size * 0.18, -icon_size * 0.18)
            self._icon.render(painter, inner)
        text_left = icon_rect.right() + pad
        text_width = rect.right() - pad - text_left
        chip_h = theme.px(32)
        title_h = icon_size + theme.px(14) - chip_h
        painter.setPen(theme.color("text"))
        painter.setFont(theme.font(28, QFont.Weight.Bold))
        title = manifest.text("title", self.language) if manifest else self.entry.id
        painter.drawText(
            QRectF(text_left, rect.top() + pad - theme.px(4), text_width, title_h),
            Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
            title,
        )
        # Subject, age and camera chips beside the icon, under the title.
        if manifest:
            # The age first: it matters most to a family choosing; the subject goes if space runs out.
            chips = [self.tr("Ages %1").replace("%1", manifest.age_hint), subject_name(manifest.subject)]
            if manifest.needs_camera:
                chips.append(self.tr("Camera"))
        else:
            chips = [self.tr("Temporarily unavailable")]
        painter.setFont(theme.font(17, QFont.Weight.DemiBold))
        metrics = painter.fontMetrics()
        x, chip_top = text_left, rect.top() + pad + title_h
        for chip in chips:
            width = metrics.horizontalAdvance(chip) + theme.px(22)
            if x + width > rect.right() - pad:
                break
            chip_rect = QRectF(x, chip_top, width, chip_h)
            painter.setPen(QPen(colour, theme.px(2)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(chip_rect, chip_h / 2, chip_h / 2)
            painter.setPen(theme.color("text"))
            painter.drawText(chip_rect, Qt.AlignmentFlag.AlignCenter, chip)
            x += width + theme.px(8)
        if manifest:
            summary_top = max(icon_rect.bottom(), chip_top + chip_h) + theme.px(12)
            painter.setFont(theme.font(20))
            painter.setPen(theme.color("text_muted"))
            metrics = painter.fontMetrics()
            lines_fit = int((rect.bottom() - pad / 2 - summary_top) // metrics.lineSpacing())
            if lines_fit > 0:
                box = QRectF(rect.left() + pad, summary_top, rect.width() - 2 * pad, lines_fit * metrics.lineSpacing())
                painter.drawText(
                    box,
                    Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                    _fit_lines(manifest.text("summary", self.language), metrics, box.width(), lines_fit),
                )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)


class HomeScreen(QWidget):
    """Tiles for the enabled exhibits; emits exhibit_chosen(id), language_chosen(code), a11y_clicked."""

    exhibit_chosen = Signal(str)
    language_chosen = Signal(str)
    a11y_clicked = Signal()

    def __init__(
        self, entries: list[ExhibitEntry], languages: tuple[str, ...], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self.language = language
        self.entries = entries
        self.title = ThemedLabel(size=54, bold=True)
        self.subtitle = ThemedLabel(size=28, muted=True)
        self.wordmark = ThemedLabel("VIZIUM", size=40, bold=True, accent=True)
        self.wordmark.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.wordmark.setWordWrap(False)
        self.banner = QWidget()  # educator-session banner slot (filled by the programmes screens)
        self.banner.hide()
        self.tiles: dict[str, ExhibitTile] = {}
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.grid_host)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setStyleSheet("background: transparent;")
        self.grid_host.setStyleSheet("background: transparent;")
        QScroller.grabGesture(self.scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.languages = LanguageBar(languages)
        self.languages.language_chosen.connect(self.language_chosen)
        self.a11y = TouchButton()
        self.a11y.setObjectName("a11y")
        self.a11y.clicked.connect(self.a11y_clicked)
        self.empty_note = ThemedLabel(size=28, muted=True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.wordmark, 0, Qt.AlignmentFlag.AlignTop)
        footer = QHBoxLayout()
        footer.addWidget(self.languages)
        footer.addStretch(1)
        footer.addWidget(self.a11y)
        self.outer = QVBoxLayout(self)
        self.outer.addLayout(header)
        self.outer.addWidget(self.banner)
        self.outer.addWidget(self.scroll, 1)
        self.outer.addWidget(self.empty_note)
        self.outer.addLayout(footer)
        self.set_entries(entries)
        self.set_language(language)
        self.retranslate()
        self.apply_theme()

    def set_entries(self, entries: list[ExhibitEntry]) -> None:
        """Show these exhibits (after a reload, or when a session limits the choice)."""
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = {}
        self.entries = entries
        for entry in entries:
            tile = ExhibitTile(entry, self.language)
            tile.clicked.connect(lambda _=False, i=entry.id: self.exhibit_chosen.emit(i))
            self.tiles[entry.id] = tile
        self._arrange()
        self.empty_note.setVisible(not entries)

    def set_banner(self, banner: QWidget | None) -> None:
        """Show a banner above the tiles (an educator's session), or none."""
        if self.banner is not None:
            self.outer.removeWidget(self.banner)
            self.banner.hide()
        self.banner = banner or QWidget()
        self.outer.insertWidget(1, self.banner)
        self.banner.setVisible(banner is not None)

    def _columns(self) -> int:
        theme = current_theme()
        fitting = max(1, min(4, self.width() // max(1, theme.px(430))))
        return min(fitting, max(1, len(self.tiles)))

    def _arrange(self) -> None:
        columns = self._columns()
        for index, tile in enumerate(self.tiles.values()):
            self.grid.addWidget(tile, index // columns, index % columns)
        for column in range(4):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        # With few tiles (an educator's session) they keep a tile's shape instead of growing tall:
        # rows up to three screens' worth stretch, the space after them takes the rest.
        rows = -(-len(self.tiles) // columns)
        for row in range(5):
            self.grid.setRowStretch(row, 1 if row < rows else 0)
        self.grid.setRowStretch(rows, max(0, 3 - rows))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def set_language(self, language: str) -> None:
        self.language = language
        self.languages.set_current(language)
        for tile in self.tiles.values():
            tile.set_language(language)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Explore science!"))
        self.subtitle.setText(self.tr("Touch an experiment to start"))
        self.a11y.setText(self.tr("Easier to see"))
        self.empty_note.setText(self.tr("No experiments are available right now."))

    def apply_theme(self) -> None:
        theme = current_theme()
        margin = theme.px(40)
        self.outer.setContentsMargins(margin, theme.px(28), margin, theme.px(24))
        self.outer.setSpacing(theme.px(18))
        self.grid.setSpacing(theme.px(18))
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.StyleChange:
            self.apply_theme()
        super().changeEvent(event)
