"""Logic and binary: three levels on one screen, from lamps as bits to a half adder.

The exhibit assembles the header (level choice, current challenge, progress) and the three
painted scenes; each scene owns its challenges and reports interactions and solved goals.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from exhibits.logic_gates.adder_scene import AdderScene
from exhibits.logic_gates.binary_scene import BinaryScene
from exhibits.logic_gates.drawing import draw_tick
from exhibits.logic_gates.gates_scene import GatesScene
from exhibits.logic_gates.scene import LevelScene
from kiosk.exhibit import (
    Card,
    ExhibitContext,
    ExhibitWidget,
    SegmentedChoice,
    ThemedLabel,
    TouchButton,
    current_theme,
    layout_of,
)

LEVELS = ("binary", "gates", "adder")


class ProgressDots(QWidget):
    """One dot per challenge: a ticked disc when solved, a ring for the current, dim for later."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total, self.solved, self.current = 1, 0, 0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_progress(self, total: int, solved: int, current: int) -> None:
        self.total, self.solved, self.current = total, solved, current
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(self.total * theme.px(44) + theme.px(8), theme.px(44))

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        step = theme.px(44)
        radius = step * 0.36
        for index in range(self.total):
            centre = QPointF(theme.px(4) + step * index + step / 2, self.height() / 2)
            if index < self.solved:
                painter.setBrush(theme.color("accent"))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(centre, radius, radius)
                draw_tick(painter, centre, radius, True, theme.color("accent_text"))
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                current = index == self.current
                painter.setPen(QPen(theme.color("accent") if current else theme.color("text_muted"),
                                    theme.px(4) if current else theme.px(2)))
                painter.drawEllipse(centre, radius, radius)


class LogicGatesExhibit(ExhibitWidget):
    """Binary lamps, logic gates and a half adder that opens a container lock."""

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        theme = context.theme
        self.level_choice = SegmentedChoice(list(LEVELS))
        self.level_choice.setObjectName("levels")
        self.level_choice.chosen.connect(self._on_level_chosen)
        self.challenge_label = ThemedLabel("", size=30, bold=True)
        self.challenge_label.setObjectName("challenge")
        self.challenge_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.progress = ProgressDots()
        self.next_button = TouchButton("", primary=True)
        self.next_button.setObjectName("next-level")
        self.next_button.clicked.connect(self._next_level)

        self.header = Card()
        self.header_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.header)
        self.header_layout.setContentsMargins(theme.px(20), theme.px(14), theme.px(20), theme.px(14))
        self.header_layout.setSpacing(theme.px(20))
        self.header_layout.addWidget(self.level_choice)
        challenge_row = QHBoxLayout()
        challenge_row.setSpacing(theme.px(16))
        challenge_row.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignVCenter)
        challenge_row.addWidget(self.challenge_label, 1)
        challenge_row.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.header_layout.addLayout(challenge_row, 1)

        self.scenes: dict[str, LevelScene] = {"binary": BinaryScene(), "gates": GatesScene(), "adder": AdderScene()}
        self.stack = QStackedWidget()
        for key in LEVELS:
            scene = self.scenes[key]
            scene.setObjectName(f"scene:{key}")
            scene.recorded.connect(self.context.record)
            scene.solved.connect(self._on_solved)
            scene.status_changed.connect(self._refresh_status)
            self.stack.addWidget(scene)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.px(20), theme.px(12), theme.px(20), theme.px(20))
        layout.setSpacing(theme.px(16))
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        self._refresh_status()

    # -- levels ---------------------------------------------------------------------------------
    @property
    def level(self) -> str:
        return LEVELS[self.stack.currentIndex()]

    @property
    def scene(self) -> LevelScene:
        return self.scenes[self.level]

    def show_level(self, key: str) -> None:
        """Switch to a level (also what the level buttons do)."""
        self.stack.setCurrentWidget(self.scenes[key])
        self.level_choice.set_current(key)
        self._refresh_status()

    def _on_level_chosen(self, key: str) -> None:
        self.context.record("level", key)
        self.show_level(key)

    def _next_level(self) -> None:
        index = LEVELS.index(self.level)
        if index + 1 < len(LEVELS):
            self._on_level_chosen(LEVELS[index + 1])
        else:
            self.scene.reset()  # the last level starts over for another try
            self.context.record("play_again", self.level)

    def _on_solved(self, score: int) -> None:
        self.context.complete(score)
        self._refresh_status()

    def _refresh_status(self) -> None:
        scene = self.scene
        self.challenge_label.setText(scene.challenge_text())
        self.progress.set_progress(scene.challenge_count, scene.solved_count,
                                   scene.challenge_index)
        last = self.level == LEVELS[-1]
        self.next_button.setText(self.tr("Play again") if last else self.tr("Next level"))
        self.next_button.setVisible(scene.level_done)

    # -- exhibit contract -----------------------------------------------------------------------
    def advance(self, dt_s: float) -> None:
        self.scene.advance(dt_s)

    def reset(self) -> None:
        for scene in self.scenes.values():
            scene.reset()
        self.show_level(LEVELS[0])

    def retranslate(self) -> None:
        self.level_choice.set_texts({"binary": self.tr("1 · Binary"), "gates": self.tr("2 · Gates"),
                                     "adder": self.tr("3 · Adder")})
        adder = self.scenes["adder"]
        if isinstance(adder, AdderScene):
            adder.retranslate()
        self._refresh_status()
        self.update()

    def apply_theme(self) -> None:
        theme = self.context.theme
        margins = theme.px(20), theme.px(12), theme.px(20), theme.px(20)
        layout_of(self).setContentsMargins(*margins)
        self.header_layout.setContentsMargins(theme.px(20), theme.px(14), theme.px(20), theme.px(14))
        for scene in self.scenes.values():
            scene.apply_theme()  # hidden levels too, so a level switch shows the new look
        super().apply_theme()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Portrait screens stack the level buttons above the challenge text.
        portrait = event.size().height() > event.size().width()
        self.header_layout.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                                        else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)

    def scene_rect(self) -> QRectF:
        """The current scene's area in this widget's coordinates (for tests)."""
        return QRectF(self.stack.geometry())
