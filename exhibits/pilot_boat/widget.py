"""Program the pilot boat: the harbour chart beside the block editor, the trips and the run controls."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QWidget

from exhibits.pilot_boat.editor import ProgramEditor
from exhibits.pilot_boat.harbour import HarbourView
from exhibits.pilot_boat.model import LEVELS, Execution, Outcome, Step, Trip, block_count
from kiosk.exhibit import (
    ExhibitContext,
    ExhibitWidget,
    GoalCard,
    SegmentedChoice,
    TouchButton,
)

#: Seconds between two program steps while the program runs (time to follow the lit block).
STEP_INTERVAL_S = 0.55


class PilotBoatExhibit(ExhibitWidget):
    """Snap blocks into a program, run it step by step, and bring the pilot to the waiting ship."""

    panel_side_share = 0.5
    panel_min_side_px = 640
    panel_below_share = 0.6

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.trip = Trip()
        self.execution: Execution | None = None
        self.running = False
        self._since_step_s = 0.0
        self._feedback = ("idle", 0)
        self.harbour = HarbourView(self.trip.level)
        self.harbour.setObjectName("harbour")
        self.editor = ProgramEditor()
        self.editor.setObjectName("editor")
        self.editor.changed.connect(self._on_program_changed)
        self.editor.refused.connect(self._on_refused)
        self._build_panel()
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.harbour, 1)
        self._layout.addWidget(self.panel)
        self._open_level(0)
        self.apply_theme()

    def _build_panel(self) -> None:
        card = self.panel = GoalCard(title_size=26, feedback_size=23, feedback_muted=False, feedback_accent=True)
        self.panel.setObjectName("panel")
        self.trip_title, self.stars, self.task, self.feedback = card.title, card.stars, card.task, card.feedback
        column = self._panel_layout = card.column
        self.level_choice = SegmentedChoice([str(n) for n in range(1, len(LEVELS) + 1)])
        self.level_choice.setObjectName("levels")
        self.level_choice.chosen.connect(lambda key: self._choose_level(int(key) - 1))
        column.insertWidget(column.indexOf(self.task), self.level_choice)  # the trip's levels above its task
        column.insertWidget(column.indexOf(self.feedback), self.editor, 1)
        self.feedback.setObjectName("feedback")
        buttons = QHBoxLayout()
        self.run_button = TouchButton(primary=True)
        self.run_button.setObjectName("run")
        self.run_button.clicked.connect(self._on_run)
        self.step_button = TouchButton()
        self.step_button.setObjectName("step")
        self.step_button.clicked.connect(self._on_step)
        self.clear_button = TouchButton()
        self.clear_button.setObjectName("clear")
        self.clear_button.clicked.connect(self._on_clear)
        self.next_button = TouchButton(primary=True)
        self.next_button.setObjectName("next")
        self.next_button.clicked.connect(self._on_next)
        self.next_button.hide()
        for button in (self.run_button, self.step_button, self.clear_button, self.next_button):
            buttons.addWidget(button, 1)
        self._buttons_layout = buttons
        column.addLayout(buttons)

    # -- trips ------------------------------------------------------------------------------------

    def _open_level(self, index: int) -> None:
        self.trip.choose(index)
        level = self.trip.level
        self.level_choice.set_current(str(index + 1))
        self.harbour.set_level(level)
        self.editor.set_level(level.blocks, level.max_blocks)
        self._stop_run()
        self.execution = None
        self.next_button.hide()
        self._set_feedback("idle")

    def _choose_level(self, index: int) -> None:
        self.context.record("level", LEVELS[index].key)
        self._open_level(index)

    def _on_next(self) -> None:
        if self.trip.has_next:
            self._choose_level(self.trip.level_index + 1)

    # -- running ----------------------------------------------------------------------------------

    def _new_execution(self) -> Execution:
        self.harbour.reset_boat()
        # The run gets its own copy: the editor's program stays free to change afterwards.
        self.execution = Execution(self.trip.level, copy.deepcopy(self.editor.program))
        return self.execution

    def _on_run(self) -> None:
        if self.running:
            self._stop_run()
            self._set_feedback("paused")
            return
        if not self.editor.program:
            self._set_feedback("empty")
            return
        if self.execution is None or self.execution.finished:
            self._new_execution()
            self.context.record("run", block_count(self.editor.program))
        self.running = True
        self.editor.locked = True
        self._since_step_s = STEP_INTERVAL_S  # the first step at once
        self.context.keep_awake(True)
        self._set_feedback("running")

    def _on_step(self) -> None:
        if self.running:
            self._stop_run()
        if not self.editor.program:
            self._set_feedback("empty")
            return
        if self.execution is None or self.execution.finished:
            self._new_execution()
            self.context.record("step_through", block_count(self.editor.program))
        self._take_step()
        if self.execution is not None and not self.execution.finished:
            self._set_feedback("stepping")

    def _stop_run(self) -> None:
        self.running = False
        self.editor.locked = False
        self.context.keep_awake(False)
        self._refresh_buttons()

    def _take_step(self) -> None:
        execution = self.execution
        if execution is None:
            return
        step = execution.step()
        if step is None:
            return
        self.editor.set_lit(step.path or None)
        self.harbour.show_boat(step.boat, execution.trail, crashed=step.outcome in (
            Outcome.HIT_PIER, Outcome.HIT_BUOY, Outcome.LEFT_CHART), arrived=step.outcome is Outcome.ARRIVED)
        if execution.finished:
            self._finish(step)

    def _finish(self, step: Step) -> None:
        self._stop_run()
        outcome = step.outcome
        self.context.record("outcome", outcome.value)
        score = self.trip.finish_run(outcome)
        self._set_feedback(outcome.value)
        if score is not None:
            self.next_button.setVisible(self.trip.has_next)
            self._refresh_texts()
            self.context.complete(score)

    def advance(self, dt_s: float) -> None:
        self.harbour.advance(dt_s)
        if not self.running:
            return
        self._since_step_s += dt_s
        if self._since_step_s >= STEP_INTERVAL_S:
            self._since_step_s = 0.0
            self._take_step()

    # -- editing ----------------------------------------------------------------------------------

    def _on_program_changed(self) -> None:
        """A changed program starts again from the pilot station."""
        self.context.record("blocks", block_count(self.editor.program))
        self.execution = None
        self.editor.set_lit(None)
        self.harbour.reset_boat()
        self._set_feedback("idle")

    def _on_refused(self, reason: str) -> None:
        self._set_feedback("full" if reason == "full" else "locked")

    def _on_clear(self) -> None:
        if self.running:
            self._stop_run()
        self.editor.clear()

    # -- texts ------------------------------------------------------------------------------------

    def _set_feedback(self, kind: str) -> None:
        self._feedback = (kind, 0)
        self._refresh_texts()

    def retranslate(self) -> None:
        self.clear_button.setText(self.tr("Clear"))
        self.step_button.setText(self.tr("Step"))
        self.next_button.setText(self.tr("Next trip"))
        self.editor.set_texts({
            "forward": self.tr("Forward"),
            "left": self.tr("Turn left"),
            "right": self.tr("Turn right"),
            "repeat": self.tr("Repeat"),
            "if_buoy": self.tr("If buoy ahead"),
        }, self.tr("Tap or drag blocks here to build the program."), self.tr("Let go to remove"))
        self._refresh_texts()

    def _task_text(self) -> str:
        level = self.trip.level
        texts = {
            "first_trip": self.tr("Steer the pilot boat from the pilot station to the ship. "
                                  "Add blocks: forward, turn, forward."),
            "long_channel": self.tr("A long channel, but only {blocks} blocks fit. Put Forward inside Repeat."),
            "stairs": self.tr("Zig-zag between the piers with at most {blocks} blocks: repeat a pattern."),
            "follow_buoys": self.tr("Buoys show where to turn. Only {blocks} blocks: inside Repeat, "
                                    "check If buoy ahead, then go Forward."),
            "harbour_mouth": self.tr("Out through the harbour mouth to the ship at sea. "
                                     "Here the buoys mean: turn left."),
        }
        return texts[level.key].format(blocks=level.max_blocks)

    def _feedback_text(self) -> str:
        level = self.trip.level
        steps = self.execution.steps_taken if self.execution else 0
        texts = {
            "idle": self.tr("Build the program, then tap Run or Step."),
            "empty": self.tr("The program is empty: tap a block to add it."),
            "running": self.tr("The boat follows your program: watch the lit block."),
            "stepping": self.tr("Step {steps}: tap Step again for the next block.").format(steps=steps),
            "paused": self.tr("Paused. Tap Run to go on, or Step for one block."),
            "full": self.tr("This trip allows only {blocks} blocks. Can a Repeat do it with fewer?").format(
                blocks=level.max_blocks),
            "locked": self.tr("The boat is under way: tap Stop to change the program."),
            "arrived": self.tr("Alongside! The pilot climbs aboard the ship. Well done!"),
            "hit_pier": self.tr("Bump! The boat hit the pier. Change the program and try again."),
            "hit_buoy": self.tr("Bump! The boat hit a buoy. Turn before it."),
            "left_chart": self.tr("The boat sailed off the chart. Turn the other way?"),
            "out_of_fuel": self.tr("Out of steps! This trip has fuel for {steps} steps. "
                                   "Does a Repeat run too often?").format(steps=level.fuel_steps),
            "stopped_short": self.tr("The program ended before the boat reached the ship. Add more blocks."),
        }
        return texts.get(self._feedback[0], texts["idle"])

    def _refresh_texts(self) -> None:
        level = self.trip.level
        self.trip_title.setText(self.tr("Trip {number} of {total}").format(
            number=self.trip.level_index + 1, total=len(LEVELS)))
        self.stars.setText("".join("★" if lv.key in self.trip.solved else "☆" for lv in LEVELS))
        self.task.setText(self._task_text() + " " + self.tr("Blocks: {used} of {most}.").format(
            used=block_count(self.editor.program), most=level.max_blocks))
        self.feedback.setText(self._feedback_text())
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        self.run_button.setText(self.tr("Stop") if self.running else self.tr("Run"))
        self.run_button.updateGeometry()

    # -- lifecycle and layout ---------------------------------------------------------------------

    def stop(self) -> None:
        self._stop_run()
        super().stop()

    def reset(self) -> None:
        self.trip = Trip()
        self._open_level(0)

    def apply_theme(self) -> None:
        theme = self.context.theme
        margin = theme.px(20)
        self._panel_layout.setContentsMargins(margin, margin, margin, margin)
        self._panel_layout.setSpacing(theme.px(10))
        self._buttons_layout.setSpacing(theme.px(10))
        self._layout.setSpacing(theme.px(16))
        self.arrange_panel()
        super().apply_theme()
