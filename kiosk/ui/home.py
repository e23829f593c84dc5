"""The home screen: filters, a scrolling grid of exhibit tiles, language and accessibility buttons."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.exhibit.kit import ThemedLabel, ThemedMixin, TouchButton
from kiosk.exhibit.theme import current_theme
from kiosk.registry import ExhibitEntry
from kiosk.ui.home_filters import FilterBar, HomeFilter
from kiosk.ui.home_tiles import SUBJECT_NAMES, ExhibitTile, subject_name
from kiosk.ui.widgets import LanguageBar

__all__ = ["SUBJECT_NAMES", "ExhibitTile", "HomeScreen", "subject_name"]

#: Tiles are at least this wide (design px; larger with large text): four across a landscape
#: screen, three with large text, two in portrait.
TILE_MIN_WIDTH_PX = 400


class HomeScreen(ThemedMixin, QWidget):
    """Tiles for the enabled exhibits; emits exhibit_chosen(id), language_chosen(code), a11y_clicked.

    Twenty and more exhibits scroll with momentum (swipe, or the "more" button pages down);
    the filter chips narrow the choice by age and subject.
    """

    exhibit_chosen = Signal(str)
    language_chosen = Signal(str)
    a11y_clicked = Signal()
    #: Tiles to lay out once the home is shown (they are not, while it is hidden).
    _arrange_pending = False

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
        self.filters = FilterBar()
        self.filters.changed.connect(lambda _chosen: self._arrange(scroll_to_top=True))
        self.tiles: dict[str, ExhibitTile] = {}
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.tile_scroll = QScrollArea()
        self.tile_scroll.setObjectName("home-tiles")
        self.tile_scroll.setWidget(self.grid_host)
        self.tile_scroll.setWidgetResizable(True)
        self.tile_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tile_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tile_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tile_scroll.setStyleSheet("background: transparent;")
        self.grid_host.setStyleSheet("background: transparent;")
        QScroller.grabGesture(self.tile_scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        bar = self.tile_scroll.verticalScrollBar()
        bar.valueChanged.connect(self._show_more_button)
        bar.rangeChanged.connect(self._show_more_button)
        self.more = TouchButton(parent=self.tile_scroll, primary=True)
        self.more.setObjectName("home-more")
        self.more.clicked.connect(self.page_down)
        self.more.hide()
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
        self.outer.addWidget(self.filters)
        self.outer.addWidget(self.tile_scroll, 1)
        self.outer.addWidget(self.empty_note)
        self.outer.addLayout(footer)
        self.set_entries(entries)
        self.set_language(language)
        self.retranslate()
        self.apply_theme()

    def set_entries(self, entries: list[ExhibitEntry]) -> None:
        """Show these exhibits, in this order (after a reload, or when a session limits the choice)."""
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = {}
        self.entries = entries
        for entry in entries:
            tile = ExhibitTile(entry, self.language, self.grid_host)
            tile.clicked.connect(lambda _=False, i=entry.id: self.exhibit_chosen.emit(i))
            self.tiles[entry.id] = tile
        subjects = list(dict.fromkeys(e.manifest.subject for e in entries if e.manifest))
        self.filters.set_subjects(subjects)
        self.filters.setVisible(len(entries) > 6)  # a session's few exhibits need no filters
        self._arrange(scroll_to_top=True)

    def visible_tiles(self) -> list[ExhibitTile]:
        """The tiles the current filter lets through, in order."""
        chosen = self.filters.current if self.filters.isVisibleTo(self) else HomeFilter()
        return [tile for tile in self.tiles.values() if chosen.matches(tile.entry.manifest)]

    def start_over(self) -> None:
        """For the next visitor: no filter, the first tiles in view."""
        self.filters.clear()
        self._arrange(scroll_to_top=True)

    def set_banner(self, banner: QWidget | None) -> None:
        """Show a banner above the tiles (an educator's session), or none."""
        if self.banner is not None:
            self.outer.removeWidget(self.banner)
            self.banner.hide()
        self.banner = banner or QWidget()
        self.outer.insertWidget(1, self.banner)
        self.banner.setVisible(banner is not None)

    def columns(self) -> int:
        theme = current_theme()
        tile_min = theme.px(TILE_MIN_WIDTH_PX * (1.15 if theme.large_text else 1.0))
        width = self.tile_scroll.viewport().width() or self.width()
        return max(1, min(4, (width + self.grid.spacing()) // max(1, tile_min + self.grid.spacing())))

    def _arrange(self, scroll_to_top: bool = False) -> None:
        if self.isHidden():
            # Behind the attract loop (at start, after each visit) a layout is wasted work: the
            # tiles are measured for every look, language and size change. Done when shown.
            self._arrange_pending = True
            return
        was_pending, self._arrange_pending = self._arrange_pending, False
        while self.grid.count():
            self.grid.takeAt(0)
        visible = self.visible_tiles()
        for tile in self.tiles.values():
            tile.setVisible(tile in visible)
        columns = self.columns()
        spacing = self.grid.spacing()
        width = self.tile_scroll.viewport().width() or self.width()
        column_width = max(1, (width - spacing * (columns - 1)) // columns)
        for row_start in range(0, len(visible), columns):
            row = visible[row_start:row_start + columns]
            height = max(tile.height_for(column_width) for tile in row)
            for offset, tile in enumerate(row):
                tile.setFixedHeight(height)
                self.grid.addWidget(tile, row_start // columns, offset)
        for column in range(4):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        rows = -(-len(visible) // columns)
        for row_index in range(rows + 1):
            self.grid.setRowStretch(row_index, 0)
        self.grid.setRowStretch(rows, 1)  # what space is left stays under the tiles
        self.empty_note.setVisible(not visible)
        if scroll_to_top:
            self.tile_scroll.verticalScrollBar().setValue(0)
        if was_pending:  # laid out on the way to the screen: the tiles take their places at once
            self.outer.activate()
            self.grid.activate()
        self._show_more_button()

    def page_down(self) -> None:
        """Scroll most of a screen further (to the top again from the end), with momentum."""
        bar = self.tile_scroll.verticalScrollBar()
        target = 0 if bar.value() >= bar.maximum() else min(bar.maximum(), bar.value() + bar.pageStep() * 4 // 5)
        QScroller.scroller(self.tile_scroll.viewport()).scrollTo(QPointF(0, target), 400)

    def _show_more_button(self) -> None:
        bar = self.tile_scroll.verticalScrollBar()
        more_below = bar.maximum() > 0 and bar.value() < bar.maximum()
        self.more.setVisible(more_below)
        if more_below:
            hint = self.more.sizeHint()
            self.more.setGeometry(
                (self.tile_scroll.width() - hint.width()) // 2,
                self.tile_scroll.height() - hint.height() - current_theme().px(8),
                hint.width(),
                hint.height(),
            )
            self.more.raise_()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._arrange()

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        # Shown in a window that is itself not shown (a screenshot): no showEvent, lay out now.
        if visible and self._arrange_pending:
            self._arrange()

    def set_language(self, language: str) -> None:
        self.language = language
        self.languages.set_current(language)
        for tile in self.tiles.values():
            tile.set_language(language)
        self._arrange()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Explore science!"))
        self.subtitle.setText(self.tr("Touch an experiment to start"))
        self.a11y.setText(self.tr("Easier to see"))
        self.more.setText(self.tr("More experiments ↓"))
        if self.entries:
            self.empty_note.setText(self.tr("No experiment fits this choice. Touch “All” to see every one."))
        else:
            self.empty_note.setText(self.tr("No experiments are available right now."))
        self._arrange()  # other words, other heights: the tiles are laid out again

    def apply_theme(self) -> None:
        theme = current_theme()
        margin = theme.px(40)
        self.outer.setContentsMargins(margin, theme.px(28), margin, theme.px(24))
        self.outer.setSpacing(theme.px(18))
        self.grid.setSpacing(theme.px(18))
        self.grid.setContentsMargins(0, 0, 0, theme.px(90))  # room to scroll the last row above "more"
        self._arrange()
