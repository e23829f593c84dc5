"""Chance and patterns: a Galton board and dice, their histograms against the exact chances,
and the running average that settles (the law of large numbers)."""

from __future__ import annotations

import random

from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from exhibits.chance.board_view import ChanceView
from exhibits.chance.mean_plot import MeanPlot
from exhibits.chance.model import (
    GALTON_GOAL_BALLS,
    GUESS_ROLLS,
    SETTLE_MIN_ROLLS,
    SETTLE_TOLERANCE,
    DiceExperiment,
    GaltonBoard,
    guess_score,
    settled,
)
from kiosk.exhibit import (
    Card,
    ExhibitContext,
    ExhibitWidget,
    SegmentedChoice,
    ThemedLabel,
    TouchButton,
    ValueSlider,
    hide_extras_when_short,
)

MODES = ("galton", "one_die", "two_dice")
AMOUNTS = (1, 10, 100, 1000)
#: How far above and below the predicted average the running-average plot reaches, per mode.
PLOT_HALF_RANGE = {"galton": 1.5, "one_die": 1.0, "two_dice": 2.0}
#: Seconds between two updates of the panel while balls are landing.
PANEL_REFRESH_S = 0.2


class ChanceExhibit(ExhibitWidget):
    """Pick an experiment, pour balls or roll dice by the 1, 10, 100 or 1000, watch the shape appear."""

    panel_side_share = 0.45
    panel_min_side_px = 600
    panel_below_share = 0.52

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # Seeded from the kiosk's clock: different for every visitor, repeatable under the monkey.
        self.rng = random.Random(round(context.clock.monotonic() * 1000))
        self.board = GaltonBoard()
        self.experiments = {"one_die": DiceExperiment(dice=1), "two_dice": DiceExperiment(dice=2)}
        self.mode = "galton"
        self.guess: int | None = None
        self.rolls_at_guess = 0
        self.done: set[str] = set()
        self._feedback = "start"
        self._panel_stale = False
        self._since_panel_s = 0.0
        self.view = ChanceView(self.board, self.experiments["one_die"])
        self.view.setObjectName("chance-view")
        self.view.bar_tapped.connect(self._on_guess)
        self._build_panel()
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.view, 1)
        self._layout.addWidget(self.panel)
        self._refresh()
        self.apply_theme()

    def _build_panel(self) -> None:
        self.panel = Card()
        self.panel.setObjectName("panel")
        column = QVBoxLayout(self.panel)
        self._panel_layout = column
        self.mode_choice = SegmentedChoice(list(MODES))
        self.mode_choice.setObjectName("modes")
        self.mode_choice.chosen.connect(self._on_mode)
        column.addWidget(self.mode_choice)
        self.task = ThemedLabel(size=24, bold=True)
        self.feedback = ThemedLabel(size=22, accent=True)
        self.feedback.setObjectName("feedback")
        column.addWidget(self.task)
        column.addWidget(self.feedback)
        self.amount_label = ThemedLabel(size=21, muted=True)
        column.addWidget(self.amount_label)
        buttons = QHBoxLayout()
        self.amount_buttons: dict[int, TouchButton] = {}
        for amount in AMOUNTS:
            button = TouchButton(str(amount), primary=amount == 100)
            button.setObjectName(f"amount:{amount}")
            button.clicked.connect(lambda _=False, n=amount: self._on_amount(n))
            buttons.addWidget(button, 1)
            self.amount_buttons[amount] = button
        self._buttons_layout = buttons
        column.addLayout(buttons)
        readouts = QGridLayout()
        self.count_name, self.count_value = ThemedLabel(size=21, muted=True), ThemedLabel(size=26, bold=True)
        self.mean_name, self.mean_value = ThemedLabel(size=21, muted=True), ThemedLabel(size=26, bold=True)
        readouts.addWidget(self.count_name, 0, 0)
        readouts.addWidget(self.mean_name, 0, 1)
        readouts.addWidget(self.count_value, 1, 0)
        readouts.addWidget(self.mean_value, 1, 1)
        column.addLayout(readouts)
        self.mean_plot = MeanPlot()
        column.addWidget(self.mean_plot, 1)
        self.tilt = ValueSlider(0.2, 0.8, 0.5, step=0.05)
        self.tilt.setObjectName("tilt")
        self.tilt.valueChanged.connect(self._on_tilt)
        self.tilt.released.connect(lambda value: self.context.record("tilt", round(value, 2)))
        column.addWidget(self.tilt)
        self.clear_button = TouchButton()
        self.clear_button.setObjectName("clear")
        self.clear_button.clicked.connect(self._on_clear)
        column.addWidget(self.clear_button)
        # On a short screen with large text the plot shrinks first; then these go.
        hide_extras_when_short(self.panel, [self.amount_label, self.mean_plot])

    # -- what the visitor does --------------------------------------------------------------------

    @property
    def dice(self) -> DiceExperiment:
        return self.experiments[self.mode] if self.mode != "galton" else self.experiments["one_die"]

    def _on_mode(self, mode: str) -> None:
        self.mode = mode
        self.context.record("mode", mode)
        self.view.set_mode("galton" if mode == "galton" else "dice", self.dice)
        self.tilt.setVisible(mode == "galton")
        self._feedback = "start" if mode not in self.done else "done"
        self._refresh()

    def _on_amount(self, amount: int) -> None:
        self.context.record("pour" if self.mode == "galton" else "roll", amount)
        if self.mode == "galton":
            if self.board.drop(amount, self.rng):
                self._after_galton_landing()
            self.context.keep_awake(self.board.busy)
        else:
            self.dice.roll(amount, self.rng)
            self.view.tumble()
            self._after_roll()
        self._refresh()

    def _on_guess(self, total: int) -> None:
        if self.mode != "two_dice" or "two_dice" in self.done:
            return
        self.guess = total
        self.rolls_at_guess = self.dice.total
        self.view.guess = total
        self.context.record("guess", total)
        self._feedback = "guessed"
        self._refresh()

    def _on_tilt(self, p_right: float) -> None:
        if abs(p_right - self.board.p_right) < 1e-9:
            return
        # A new tilt is a new experiment: counts of the old one would mix two shapes.
        self.board.p_right = p_right
        self.board.clear()
        self._feedback = "tilted" if abs(p_right - 0.5) > 1e-9 else "start"
        self._refresh()

    def _on_clear(self) -> None:
        self.context.record("clear", self.mode)
        if self.mode == "galton":
            self.board.clear()
        else:
            self.dice.clear()
            if self.mode == "two_dice":
                self.rolls_at_guess = 0
        self._feedback = "start" if self.mode not in self.done else "done"
        self._refresh()

    # -- goals ------------------------------------------------------------------------------------

    def _after_galton_landing(self) -> None:
        if "galton" not in self.done and self.board.total >= GALTON_GOAL_BALLS and abs(self.board.p_right - 0.5) < 1e-9:
            self._complete("galton", 100)
        elif self._feedback not in ("done", "tilted"):
            self._feedback = "progress"

    def _after_roll(self) -> None:
        dice = self.dice
        if self.mode == "one_die":
            if "one_die" not in self.done and settled(dice.running, dice.expected_mean):
                self._complete("one_die", 100)
            elif "one_die" not in self.done:
                self._feedback = "progress"
        elif "two_dice" not in self.done:
            if self.guess is None:
                self._feedback = "guess_first"
            elif dice.total - self.rolls_at_guess >= GUESS_ROLLS:
                self._complete("two_dice", guess_score(self.guess, dice))
            else:
                self._feedback = "guessed"

    def _complete(self, challenge: str, score: int) -> None:
        self.done.add(challenge)
        self._feedback = "done"
        self.context.record("challenge_done", challenge)
        self.context.complete(score)

    # -- animation --------------------------------------------------------------------------------

    def advance(self, dt_s: float) -> None:
        was_busy = self.board.busy
        if was_busy and self.board.advance(dt_s, self.rng):
            self._after_galton_landing()
            self._panel_stale = True
        self._since_panel_s += dt_s
        # The bins repaint every frame; the panel's texts and plot only a few times a second
        # while balls land (re-laying out wrapped texts 60 times a second costs frames).
        if self._panel_stale and (self._since_panel_s >= PANEL_REFRESH_S or not self.board.busy):
            self._refresh()
        if was_busy and not self.board.busy:
            self.context.keep_awake(False)
        self.view.advance(dt_s)

    # -- texts ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.mode_choice.set_texts({"galton": self.tr("Galton board"), "one_die": self.tr("One die"),
                                    "two_dice": self.tr("Two dice")})
        self.clear_button.setText(self.tr("Start again"))
        self.count_name.setText(self.tr("Tries"))
        self.mean_name.setText(self.tr("Average"))
        self.view.set_texts((self.tr("what happened"), self.tr("what chance predicts"), self.tr("bell curve")),
                            self.tr("your guess"))
        self._refresh()

    def _number(self, value: float, decimals: int = 0) -> str:
        return self.context.format_number(value, decimals)

    def _task_text(self) -> str:
        if self.mode == "galton":
            return self.tr("Drop {balls} balls through the pegs. Where do most of them land?").format(
                balls=GALTON_GOAL_BALLS)
        if self.mode == "one_die":
            task = self.tr("Roll at least {rolls} times until the average stays within {tolerance} of {expected}.")
            return task.format(
                rolls=SETTLE_MIN_ROLLS, tolerance=self._number(SETTLE_TOLERANCE, 1),
                expected=self._number(self.dice.expected_mean, 1))
        return self.tr("Which total of two dice comes up most often? Tap its bar to guess, then roll "
                       "{rolls} times.").format(rolls=GUESS_ROLLS)

    def _feedback_text(self) -> str:
        kind = self._feedback
        if self.mode == "galton":
            texts = {
                "start": self.tr("Tap a number to drop that many balls."),
                "progress": self.tr("Balls so far: {count} of {goal}.").format(
                    count=self.board.total, goal=GALTON_GOAL_BALLS),
                "tilted": self.tr("A tilted board moves the pile to one side, and the curve with it."),
                "done": self.tr("Most balls land near the middle: many more paths lead there than to the edges. "
                                "The more balls, the closer the pile is to the bell curve."),
            }
        elif self.mode == "one_die":
            mean = self.dice.running.mean
            texts = {
                "start": self.tr("Every face has the same chance. Tap a number to roll."),
                "progress": self.tr("Average so far: {mean}. Keep rolling!").format(
                    mean=self._number(mean if mean is not None else 0, 2)),
                "done": self.tr("The average settled near {expected}: the more you roll, the closer it gets. "
                                "This is the law of large numbers.").format(
                    expected=self._number(self.dice.expected_mean, 1)),
            }
        else:
            texts = {
                "start": self.tr("Tap the bar of the total you think will win."),
                "guess_first": self.tr("First tap a bar to guess, then roll."),
                "guessed": self.tr("Your guess: {total}. Rolls since then: {done} of {needed}.").format(
                    total=self.guess, done=self.dice.total - self.rolls_at_guess, needed=GUESS_ROLLS),
                "done": self.tr("7 comes up most often: six pairs make 7 (1+6, 2+5, 3+4, 4+3, 5+2, 6+1), "
                                "only one pair makes 2 or 12."),
            }
        return texts.get(kind, texts["start"])

    def _refresh(self) -> None:
        self._panel_stale, self._since_panel_s = False, 0.0
        galton = self.mode == "galton"
        self.task.setText(self._task_text())
        self.feedback.setText(self._feedback_text())
        self.amount_label.setText(self.tr("Drop balls:") if galton else self.tr("Roll the dice:"))
        running = self.board.running if galton else self.dice.running
        expected = self.board.rows * self.board.p_right if galton else self.dice.expected_mean
        self.count_value.setText(self._number(running.tries))
        mean = running.mean
        self.mean_value.setText(self.tr("{mean} (chance: {expected})").format(
            mean=self._number(mean, 2) if mean is not None else "–", expected=self._number(expected, 1)))
        self.mean_plot.set_data(running.points, expected, PLOT_HALF_RANGE[self.mode],
                                SETTLE_TOLERANCE if self.mode == "one_die" else None)
        self.mean_plot.set_texts(self.tr("Average after each try"), self.tr("chance: {expected}").format(
            expected=self._number(expected, 1)))
        self.tilt.set_texts(self.tr("Chance to bounce right"),
                            self._number(self.board.p_right * 100, 0) + "\N{NO-BREAK SPACE}%")
        self.view.update()

    # -- lifecycle and layout ---------------------------------------------------------------------

    def stop(self) -> None:
        self.context.keep_awake(False)
        super().stop()

    def apply_theme(self) -> None:
        theme = self.context.theme
        margin = theme.px(20)
        self._panel_layout.setContentsMargins(margin, margin, margin, margin)
        self._panel_layout.setSpacing(theme.px(10))
        self._buttons_layout.setSpacing(theme.px(10))
        self._layout.setSpacing(theme.px(16))
        self.arrange_panel()
        super().apply_theme()
