"""The common shape of the three level scenes: signals to the exhibit and the challenge cycle."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.exhibit import Theme, ThemedMixin, current_theme

# How long a solved challenge stays on screen before the next one appears.
NEXT_CHALLENGE_DELAY_S = 2.5


class LevelScene(ThemedMixin, QWidget):
    """A painted level: it owns its challenges and tells the exhibit what happened.

    ``recorded(name, value)`` is a meaningful interaction, ``solved(score)`` a reached goal,
    ``status_changed()`` a new challenge text or progress. Theme changes arrive through
    ThemedMixin.apply_theme().

    Levels draw in ``paint_scene``. A still scene (dozens of texts, lamps and gates: about 5 ms
    at 1920x1080) is drawn once into a pixmap and shown from it until something changes: every
    ``update()`` from a level's code, a resize, a language or theme change draws it anew.
    """

    recorded = Signal(str, object)
    solved = Signal(int)
    status_changed = Signal()

    # How many challenges the level has (the progress dots).
    challenge_count = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.challenge_index = 0
        self.solved_count = 0
        self._next_in_s: float | None = None
        self._picture: QPixmap | None = None
        self._picture_current = False  # the picture shows the scene as it is now

    # -- painting -------------------------------------------------------------------------------
    def paint_scene(self, painter: QPainter) -> None:
        """Draw the whole level (overridden by each level)."""

    def update(self, *args: object) -> None:
        """Ask for a repaint; the level's picture changed, so it is drawn again."""
        self._picture_current = False
        super().update(*args)

    def changeEvent(self, event: QEvent) -> None:
        # language, theme, font, palette: whatever changed, the still picture is drawn anew (the
        # mixin then calls retranslate or apply_theme; levels need not remember the picture)
        self._picture_current = False
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._picture = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.animating():  # drawn anew every frame anyway: a pixmap would only add a copy
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.paint_scene(painter)
            return
        ratio = self.devicePixelRatioF()
        if self._picture is None or self._picture.devicePixelRatio() != ratio:
            self._picture = QPixmap(self.size() * ratio)  # kept for the next change (a drag redraws it often)
            self._picture.setDevicePixelRatio(ratio)
            self._picture_current = False
        if not self._picture_current:
            self._picture.fill(Qt.GlobalColor.transparent)
            picture_painter = QPainter(self._picture)
            picture_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.paint_scene(picture_painter)
            picture_painter.end()
            self._picture_current = True
        QPainter(self).drawPixmap(0, 0, self._picture)

    @property
    def theme(self) -> Theme:
        return current_theme()

    @property
    def level_done(self) -> bool:
        return self.solved_count >= self.challenge_count and self._next_in_s is None

    def challenge_text(self) -> str:
        """The current task in the current language (overridden by each level)."""
        return ""

    def mark_solved(self, score: int) -> None:
        """The current challenge is met: tell the exhibit, then move on after a short pause."""
        self.solved_count = max(self.solved_count, self.challenge_index + 1)
        self.solved.emit(score)
        if self.challenge_index + 1 < self.challenge_count:
            self._next_in_s = NEXT_CHALLENGE_DELAY_S
        self.status_changed.emit()

    @property
    def waiting_for_next(self) -> bool:
        return self._next_in_s is not None

    def animating(self) -> bool:
        """True while something moves on its own; otherwise the scene repaints only on change."""
        return False

    def advance(self, dt_s: float) -> None:
        """Animate; after a solved challenge's pause, start the next one."""
        if self._next_in_s is not None:
            self._next_in_s -= dt_s
            if self._next_in_s <= 0:
                self._next_in_s = None
                self.challenge_index += 1
                self.start_challenge()
                self.status_changed.emit()
                self.update()
        if self.animating():
            self.update()

    def start_challenge(self) -> None:
        """Prepare the current challenge (counts, targets)."""

    def reset(self) -> None:
        """Back to the first challenge with everything switched off."""
        self.challenge_index = 0
        self.solved_count = 0
        self._next_in_s = None
        self.start_challenge()
        self.status_changed.emit()
        self.update()
