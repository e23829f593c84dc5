"""Pendulum and energy: the exhibit screen (scene, energy plot, challenge, period and controls)."""

from __future__ import annotations

import math

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from exhibits.pendulum.energy_plot import EnergyPlot
from exhibits.pendulum.gauge import PeriodGauge
from exhibits.pendulum.model import (
    DAMPING_RANGE_PER_S,
    GRAVITY_MPS2,
    LENGTH_RANGE_M,
    ChallengeTrack,
    EnergyHistory,
    Pendulum,
)
from exhibits.pendulum.scene import PendulumScene
from kiosk.exhibit import (
    Card,
    ExhibitContext,
    ExhibitWidget,
    GoalCard,
    SegmentedChoice,
    ThemedLabel,
    ValueSlider,
    lay_out_grid,
    layout_of,
)

DEFAULT_LENGTH_M = 1.4
DEFAULT_WORLD = "earth"
#: How long a solved challenge stays on screen before the next one appears.
SOLVED_PAUSE_S = 3.5


class PendulumExhibit(ExhibitWidget):
    """Drag the bob, let go, watch energy change form; match a period on Earth, the Moon and Mars."""

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.pendulum = Pendulum(DEFAULT_LENGTH_M, GRAVITY_MPS2[DEFAULT_WORLD])
        self.world = DEFAULT_WORLD
        self.history = EnergyHistory(window_s=10.0, sample_hz=30.0)
        self.track = ChallengeTrack()
        self._shown_challenge = 0
        self._feedback: tuple[str, float | None] = ("idle", None)
        self._solved_pause_s = 0.0
        self._seen_periods = 0
        self._shape: tuple[bool, bool] | None = None  # (portrait, period card beside the side panel)
        self._built = False

        self.scene = PendulumScene(self.pendulum, context)
        self.scene.setObjectName("pendulum-scene")
        self.scene.grabbed.connect(self._on_grabbed)
        self.scene.let_go.connect(self._on_let_go)
        self.energy_plot = EnergyPlot()
        self.side = QWidget()
        self._build_cards()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.side_grid = QGridLayout(self.side)
        self.side_grid.setContentsMargins(0, 0, 0, 0)
        self._arrange()
        self._built = True

    # -- building ---------------------------------------------------------------------------

    def _build_cards(self) -> None:
        card = self.challenge_card = GoalCard(stars_size=30, task_size=28)
        self.challenge_number, self.stars, self.task, self.feedback = card.title, card.stars, card.task, card.feedback
        self.gauge = PeriodGauge()
        card.column.insertWidget(card.column.indexOf(card.feedback), self.gauge, 1)

        self.period_card = Card()
        period = QGridLayout(self.period_card)
        self.measured_title = ThemedLabel(size=20, muted=True)
        self.measured_value = ThemedLabel(size=44, bold=True, accent=True)
        self.formula_title = ThemedLabel(size=20, muted=True)
        self.formula_value = ThemedLabel(size=44, bold=True)
        self.period_note = ThemedLabel(size=18, muted=True)
        period.addWidget(self.measured_title, 0, 0)
        period.addWidget(self.formula_title, 0, 1)
        period.addWidget(self.measured_value, 1, 0)
        period.addWidget(self.formula_value, 1, 1)
        period.addWidget(self.period_note, 2, 0, 1, 2)

        self.controls_card = Card()
        controls = QVBoxLayout(self.controls_card)
        self.length_slider = ValueSlider(*LENGTH_RANGE_M, DEFAULT_LENGTH_M, step=0.01)
        self.length_slider.setObjectName("length")
        self.length_slider.valueChanged.connect(self._on_length)
        self.length_slider.released.connect(lambda value: self.context.record("length_m", round(value, 2)))
        self.gravity_label = ThemedLabel(size=22, bold=True)
        self.gravity_choice = SegmentedChoice(list(GRAVITY_MPS2), current=DEFAULT_WORLD)
        self.gravity_choice.setObjectName("gravity")
        self.gravity_choice.chosen.connect(self._on_world)
        self.friction_slider = ValueSlider(*DAMPING_RANGE_PER_S, 0.0, step=0.05)
        self.friction_slider.setObjectName("friction")
        self.friction_slider.valueChanged.connect(self._on_friction)
        self.friction_slider.released.connect(lambda value: self.context.record("friction_per_s", round(value, 2)))
        controls.addWidget(self.length_slider)
        controls.addWidget(self.gravity_label)
        controls.addWidget(self.gravity_choice)
        controls.addWidget(self.friction_slider)

    def _arrange(self) -> None:
        """Side panel beside the pendulum on wide screens, below it on portrait screens.

        With large text the energy plot is as tall as the pendulum (its larger axis title needs the
        height), and beside the pendulum the period card moves under the plot: the goal, the
        period and the controls together need more than the height of a full HD screen, and the
        goal text, the gauge and the sliders were squeezed."""
        theme = self.context.theme
        portrait = self.height() > self.width() * 1.1
        period_aside = not portrait and theme.large_text
        if (portrait, period_aside) == self._shape:
            return
        self._shape = (portrait, period_aside)
        for card in (self.challenge_card, self.period_card, self.controls_card):
            margin = theme.px(22)
            layout_of(card).setContentsMargins(margin, margin, margin, margin)
            layout_of(card).setSpacing(theme.px(10))
        self.grid.setSpacing(theme.px(16))
        self.side_grid.setSpacing(theme.px(16))
        for grid in (self.grid, self.side_grid):
            grid.removeWidget(self.period_card)
        pictures = [(self.scene, 0, 0, 1, 1), (self.energy_plot, 1, 0, 1, 1)]
        scene_share, plot_share = (1, 1) if theme.large_text else (3, 2)
        if portrait:
            lay_out_grid(self.grid, [*pictures, (self.side, 2, 0, 1, 1)],
                         row_stretch=(scene_share, plot_share, scene_share), column_stretch=(1,))
        elif period_aside:
            lay_out_grid(self.grid, [*pictures, (self.period_card, 2, 0, 1, 1), (self.side, 0, 1, 3, 1)],
                         row_stretch=(scene_share, plot_share, 0), column_stretch=(3, 2))
        else:
            lay_out_grid(self.grid, [*pictures, (self.side, 0, 1, 2, 1)], row_stretch=(3, 2), column_stretch=(3, 2))
        side_cards = (self.challenge_card, self.controls_card) if period_aside else \
            (self.challenge_card, self.period_card, self.controls_card)
        lay_out_grid(self.side_grid, [(card, row, 0, 1, 1) for row, card in enumerate(side_cards)],
                     row_stretch=(1,), column_stretch=(1,))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange()
        super().resizeEvent(event)

    # -- what the visitor does --------------------------------------------------------------

    def _on_grabbed(self) -> None:
        self._set_feedback("holding")

    def _on_let_go(self, angle_rad: float) -> None:
        self.context.record("release_angle_deg", round(math.degrees(angle_rad)))
        self._seen_periods = self.pendulum.periods_measured
        self._set_feedback("timing" if abs(angle_rad) > math.radians(1) else "idle")

    def _on_length(self, length_m: float) -> None:
        self.pendulum.length_m = length_m
        self._after_setting_change()

    def _on_world(self, world: str) -> None:
        self.world = world
        self.pendulum.gravity_mps2 = GRAVITY_MPS2[world]
        self.context.record("gravity", world)
        self._after_setting_change()

    def _on_friction(self, damping_per_s: float) -> None:
        self.pendulum.damping_per_s = damping_per_s
        self.scene.restart_energy_scale()
        self._refresh_texts()

    def _after_setting_change(self) -> None:
        """A new length or gravity: a new swing to time, new bars, a new formula value."""
        self.scene.restart_energy_scale()
        if self._feedback[0] not in ("idle", "holding"):
            self._set_feedback("timing")
        else:
            self._refresh_texts()

    def _on_period(self, period_s: float) -> None:
        """A full swing was timed: judge it against the current challenge."""
        if self._solved_pause_s > 0 or self.track.finished:
            self._set_feedback("measured", period_s)
            return
        challenge = self.track.current
        verdict, score = self.track.submit(self.world, period_s)
        if verdict == "solved":
            self._solved_pause_s = SOLVED_PAUSE_S
            self.context.record("challenge_solved", challenge.key if challenge else "")
            self.context.complete(score)
        elif verdict == "too_slow" and challenge is not None and \
                challenge.judge(self.world, self.pendulum.formula_period_s) == "solved":
            verdict = "wide_swing"  # the length is right; the amplitude makes it slow
        self._set_feedback(verdict, period_s)

    def _set_feedback(self, kind: str, period_s: float | None = None) -> None:
        self._feedback = (kind, period_s)
        self._refresh_texts()

    # -- animation --------------------------------------------------------------------------

    def advance(self, dt_s: float) -> None:
        self.pendulum.step(dt_s)
        self.scene.advance(dt_s)
        pendulum = self.pendulum
        if self.history.add(pendulum.time_s, pendulum.kinetic_energy_j, pendulum.potential_energy_j):
            self.energy_plot.show_history(self.history, pendulum.time_s, self.scene.energy_scale_j)
        if pendulum.periods_measured != self._seen_periods:
            self._seen_periods = pendulum.periods_measured
            if pendulum.measured_period_s is not None:
                self._on_period(pendulum.measured_period_s)
        if self._solved_pause_s > 0:
            self._solved_pause_s -= dt_s
            if self._solved_pause_s <= 0:
                self._shown_challenge = self.track.index
                self._set_feedback("next")
        self.scene.update()

    def reset(self) -> None:
        """Back to a resting pendulum on Earth and the first challenge."""
        self.pendulum.hold(0.0)
        self.pendulum.release()
        self.pendulum.damping_per_s = 0.0
        self.length_slider.setValue(DEFAULT_LENGTH_M)
        self.friction_slider.setValue(0.0)
        self.gravity_choice.set_current(DEFAULT_WORLD)
        self.world = DEFAULT_WORLD
        self.pendulum.length_m = DEFAULT_LENGTH_M
        self.pendulum.gravity_mps2 = GRAVITY_MPS2[DEFAULT_WORLD]
        self.pendulum.measured_period_s = None
        self._seen_periods = self.pendulum.periods_measured
        self.track.reset()
        self._shown_challenge = 0
        self._solved_pause_s = 0.0
        self.history.clear()
        self.energy_plot.clear()
        self.scene.clear()
        self._set_feedback("idle")

    # -- texts ------------------------------------------------------------------------------

    def _world_name(self, world: str) -> str:
        return {"earth": self.tr("Earth"), "moon": self.tr("Moon"), "mars": self.tr("Mars")}[world]

    def _seconds(self, value_s: float, decimals: int = 2) -> str:
        return self.context.format_number(value_s, decimals, self.tr("s"))

    def _task_text(self, index: int) -> str:
        if index >= len(self.track.challenges):
            return self.tr("All challenges solved! Keep experimenting.")
        challenge = self.track.challenges[index]
        decimals = 0 if float(challenge.target_period_s).is_integer() else 1
        seconds = self._seconds(challenge.target_period_s, decimals)
        tasks = {
            "earth_2s": self.tr("On Earth: make one full swing, there and back, take {seconds}."),
            "moon_5s": self.tr("Fly to the Moon: make one full swing take {seconds}."),
            "mars_3s": self.tr("Now on Mars: make one full swing take {seconds}."),
            "earth_fast": self.tr("Back on Earth: a quick swing of only {seconds}."),
        }
        return tasks.get(challenge.key, self.tr("Make one full swing take {seconds}.")).format(seconds=seconds)

    def _feedback_text(self) -> str:
        kind, period_s = self._feedback
        period = self._seconds(period_s) if period_s is not None else ""
        challenge = self.track.challenges[self._shown_challenge] \
            if self._shown_challenge < len(self.track.challenges) else None
        texts = {
            "idle": self.tr("Drag the ball to the side and let go."),
            "holding": self.tr("Now let go!"),
            "timing": self.tr("Timing one full swing…"),
            "next": self.tr("Drag the ball to the side and let go."),
            "measured": self.tr("One full swing: {period}."),
            "solved": self.tr("Solved! One swing took {period}. Well done!"),
            "too_slow": self.tr("{period}: too slow. Make the pendulum shorter."),
            "too_fast": self.tr("{period}: too fast. Make the pendulum longer."),
            "wide_swing": self.tr("{period}: the length is right, but wide swings are slower. Let go lower."),
            "wrong_world": self.tr("First choose below: {world}."),
        }
        world = self._world_name(challenge.world) if challenge else ""
        return texts.get(kind, texts["idle"]).format(period=period, world=world)

    def retranslate(self) -> None:
        self._refresh_texts()  # the energy plot re-translates itself (ThemedMixin)

    def _refresh_texts(self) -> None:
        """Every label from the current state, in the current language."""
        total = len(self.track.challenges)
        solved = len(self.track.scores)
        if self._shown_challenge < total:
            self.challenge_number.setText(
                self.tr("Challenge {number} of {total}").format(number=self._shown_challenge + 1, total=total))
        else:
            self.challenge_number.setText(self.tr("Free play"))
        self.stars.setText("★" * solved + "☆" * (total - solved))
        self.task.setText(self._task_text(self._shown_challenge))
        self.feedback.setText(self._feedback_text())
        self.measured_title.setText(self.tr("Measured swing"))
        measured = self.pendulum.measured_period_s
        self.measured_value.setText(self._seconds(measured) if measured is not None else "–")
        self.formula_title.setText(self.tr("Formula 2π√(L/g)"))
        self.formula_value.setText(self._seconds(self.pendulum.formula_period_s))
        self.period_note.setText(self.tr("The formula is exact only for small swings; wide swings take longer."))
        self.length_slider.set_texts(self.tr("Length"),
                                     self.context.format_number(self.pendulum.length_m, 2, self.tr("m")))
        self.gravity_label.setText(self.tr("Gravity: {value}").format(
            value=self.context.format_number(self.pendulum.gravity_mps2, 2, self.tr("m/s²"))))
        self.gravity_choice.set_texts({world: self._world_name(world) for world in GRAVITY_MPS2})
        self.friction_slider.set_texts(self.tr("Friction"), self._friction_word(self.pendulum.damping_per_s))
        self._refresh_gauge()
        self.scene.update()

    def _refresh_gauge(self) -> None:
        shown = self._shown_challenge
        challenge = self.track.challenges[shown] if shown < len(self.track.challenges) else None
        measured = self.pendulum.measured_period_s
        if challenge is None:
            self.gauge.set_values(None, 0.0, None, None)
            return
        self.gauge.set_values(challenge.target_period_s, challenge.tolerance, measured,
                              self.pendulum.formula_period_s if self.world == challenge.world else None)
        decimals = 0 if float(challenge.target_period_s).is_integer() else 1
        self.gauge.set_texts(
            self.tr("goal {seconds}").format(seconds=self._seconds(challenge.target_period_s, decimals)),
            self._seconds(measured) if measured is not None else "",
            self.tr("faster"), self.tr("slower"))

    def _friction_word(self, damping_per_s: float) -> str:
        if damping_per_s <= 0:
            return self.tr("none")
        if damping_per_s < 0.25:
            return self.tr("a little")
        if damping_per_s < 0.6:
            return self.tr("some")
        return self.tr("a lot")

    def apply_theme(self) -> None:
        """Colours and sizes follow the theme: restyle the plot and lay the screen out again."""
        if not getattr(self, "_built", False):  # a theme event may come while building
            return
        self.energy_plot.apply_theme()
        self._shape = None
        self._arrange()
        super().apply_theme()
