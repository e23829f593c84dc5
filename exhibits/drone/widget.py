"""Fly the drone: the exhibit screen (flying space, altitude plot, challenge, controls)."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from exhibits.drone.altitude_plot import KEPT_FLIGHTS, AltitudePlot
from exhibits.drone.model import (
    BUTTON_GUST,
    CONTROLLER_TERMS,
    GAIN_RANGES,
    PARCEL_KG,
    TEST_FLIGHT_S,
    Autopilot,
    Challenge,
    ChallengeBook,
    Flight,
    HoverTimer,
    analyse,
)
from exhibits.drone.scene import DroneScene
from kiosk.exhibit import (
    Card,
    ExhibitContext,
    ExhibitWidget,
    GoalCard,
    SegmentedChoice,
    ThemedLabel,
    TouchButton,
    ValueSlider,
    hide_extras_when_short,
    keep_width_share,
    lay_out_grid,
    layout_of,
    release_width,
)

#: Flights are recorded at this rate for the plot (enough for a smooth line, cheap to draw).
SAMPLE_HZ = 20.0
#: The band around the target shown when no challenge asks for one.
FREE_TOLERANCE_M = 0.2
KIND_NAMES = {"p": "P", "pi": "PI", "pid": "PID"}


class DroneExhibit(ExhibitWidget):
    """Hover by hand with a throttle, then tune a P, PI or PID autopilot and compare its flights."""

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.flight = Flight(by_hand=True, autopilot=Autopilot("p", kp=6.0, ki=2.0, kd=4.0))
        self.book = ChallengeBook()
        self.by_hand = True
        self.hover_timer = HoverTimer(5.0, 1.0)
        self.times: list[float] = []
        self.altitudes: list[float] = []
        self.flight_label = ""
        self.earlier: list[tuple[list[float], list[float], str]] = []
        self.testing = False  # an autopilot test flight is being recorded
        self._since_sample_s = 0.0
        self._message: tuple[str, dict] = ("hand_start", {})
        self._portrait: bool | None = None

        self.scene = DroneScene(self.flight, context.format_number)
        self.scene.setObjectName("scene")
        self.plot = AltitudePlot()
        self.plot.setObjectName("plot")
        self._build_challenge_card()
        self._build_controls()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._arrange()
        self._apply_mode()

    # -- building -------------------------------------------------------------------------------

    def _build_challenge_card(self) -> None:
        card = self.challenge_card = GoalCard(feedback_muted=False)
        self.challenge_number, self.stars, self.task, self.feedback = card.title, card.stars, card.task, card.feedback
        self.feedback.setObjectName("feedback")
        card.column.addStretch(1)

    def _build_controls(self) -> None:
        self.controls = Card()
        self.controls.setObjectName("controls")
        column = QVBoxLayout(self.controls)
        self.mode_choice = SegmentedChoice(["hand", "auto"])
        self.mode_choice.setObjectName("mode")
        self.mode_choice.chosen.connect(self._on_mode)
        column.addWidget(self.mode_choice)
        # by hand
        self.throttle_slider = ValueSlider(0.0, 100.0, 0.0, step=1.0)
        self.throttle_slider.setObjectName("throttle")
        self.throttle_slider.valueChanged.connect(self._on_throttle)
        self.throttle_slider.released.connect(lambda value: self.context.record("throttle_percent", round(value)))
        self.balance = ThemedLabel(size=22, bold=True)
        self.balance.setObjectName("balance")
        column.addWidget(self.throttle_slider)
        column.addWidget(self.balance)
        # autopilot
        self.kind_choice = SegmentedChoice(list(KIND_NAMES), current=self.flight.autopilot.kind)
        self.kind_choice.setObjectName("kind")
        self.kind_choice.chosen.connect(self._on_kind)
        column.addWidget(self.kind_choice)
        self.gain_sliders: dict[str, ValueSlider] = {}
        for name, (low, high) in GAIN_RANGES.items():
            slider = ValueSlider(low, high, getattr(self.flight.autopilot, name), step=0.5)
            slider.setObjectName(name)
            slider.valueChanged.connect(lambda value, n=name: self._on_gain(n, value))
            slider.released.connect(lambda value, n=name: self.context.record(n, value))
            self.gain_sliders[name] = slider
            column.addWidget(slider)
        self.fly_button = TouchButton(primary=True)
        self.fly_button.setObjectName("fly")
        self.fly_button.clicked.connect(self._on_fly)
        column.addWidget(self.fly_button)
        row = QHBoxLayout()
        self.parcel_button = TouchButton(checkable=True)
        self.parcel_button.setObjectName("parcel")
        self.parcel_button.toggled.connect(self._on_parcel)
        self.gust_button = TouchButton()
        self.gust_button.setObjectName("gust")
        self.gust_button.clicked.connect(self._on_gust)
        row.addWidget(self.parcel_button, 1)
        row.addWidget(self.gust_button, 1)
        column.addLayout(row)
        self.readout = ThemedLabel(size=20, muted=True)
        self.readout.setObjectName("readout")
        column.addWidget(self.readout)
        column.addStretch(1)
        hide_extras_when_short(self.controls, [self.readout])

    def _arrange(self) -> None:
        """Landscape: flying space | plot over challenge | controls. Portrait: the controls go below."""
        portrait = self.height() > self.width()
        theme = self.context.theme
        if not portrait:  # the controls' share follows the width at every resize
            keep_width_share(self.controls, self, self.grid, share=0.3, min_px=460)
        if portrait == self._portrait:
            return
        self._portrait = portrait
        for card in (self.challenge_card, self.controls):
            margin = theme.px(20)
            layout_of(card).setContentsMargins(margin, margin, margin, margin)
            layout_of(card).setSpacing(theme.px(10))
        self.grid.setSpacing(theme.px(16))
        pictures = [(self.scene, 0, 0, 2, 1), (self.plot, 0, 1, 1, 1), (self.challenge_card, 1, 1, 1, 1)]
        if portrait:
            # the controls take the height they need (more for the autopilot), the pictures the rest
            lay_out_grid(self.grid, [*pictures, (self.controls, 2, 0, 1, 2)],
                         row_stretch=(3, 2), column_stretch=(2, 3))
            release_width(self.controls)
        else:
            lay_out_grid(self.grid, [*pictures, (self.controls, 0, 2, 2, 1)],
                         row_stretch=(3, 2), column_stretch=(3, 5))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange()
        super().resizeEvent(event)

    # -- what the visitor does ------------------------------------------------------------------

    def _on_mode(self, mode: str) -> None:
        self.by_hand = mode == "hand"
        self.context.record("mode", mode)
        self._apply_mode()

    def _apply_mode(self) -> None:
        """Hand: on the pad, throttle at zero. Autopilot: on the pad, waiting for Fly."""
        self.throttle_slider.setVisible(self.by_hand)
        self.balance.setVisible(self.by_hand)
        self.kind_choice.setVisible(not self.by_hand)
        for slider in self.gain_sliders.values():
            slider.setVisible(not self.by_hand)
        self.fly_button.setVisible(not self.by_hand)
        self.flight.by_hand = True  # the autopilot waits for Fly
        self.throttle_slider.setValue(0.0)
        self.flight.throttle = 0.0
        self.flight.restart()
        self.testing = False
        self.earlier.clear()
        self._start_recording(self.tr("by hand") if self.by_hand else "")
        challenge = self.book.current(self.by_hand)
        if challenge is not None and challenge.parcel != self.parcel_button.isChecked():
            self.parcel_button.setChecked(challenge.parcel)
        self._message = ("hand_start", {}) if self.by_hand else ("auto_start", {})
        self._refresh()

    def _on_throttle(self, percent: float) -> None:
        self.flight.throttle = percent / 100
        self._refresh_balance()

    def _on_kind(self, kind: str) -> None:
        self.flight.autopilot.kind = kind
        self.context.record("controller", kind)
        self._refresh()

    def _on_gain(self, name: str, value: float) -> None:
        setattr(self.flight.autopilot, name, value)
        self._refresh_gains()

    def _on_parcel(self, on: bool) -> None:
        self.flight.set_parcel(on)
        self.context.record("parcel", on)
        self._refresh()

    def _on_gust(self) -> None:
        self.flight.add_gust(BUTTON_GUST)
        self.context.record("gust", None)

    def _on_fly(self) -> None:
        """A test flight: from the pad to the target under the autopilot, recorded and judged."""
        autopilot = self.flight.autopilot
        if self.times and self.flight_label:
            self.earlier.insert(0, (self.times, self.altitudes, self.flight_label))
            del self.earlier[KEPT_FLIGHTS:]
        self.flight.restart()
        self.flight.by_hand = False
        challenge = self.book.current(by_hand=False)
        if challenge is not None:
            self.flight.target_m = challenge.target_m
            for gust in challenge.gusts:
                self.flight.add_gust(gust)
            if challenge.parcel == self.parcel_button.isChecked():
                self.book.attempt(challenge)
        self.testing = True
        self.context.keep_awake(True)
        gains = {name: self.context.format_number(autopilot.gain(name), 1) for name in GAIN_RANGES}
        self._start_recording(self.tr("{kind}: P {kp}, I {ki}, D {kd}").format(
            kind=KIND_NAMES[autopilot.kind], **gains))
        self.context.record("fly", {"kind": autopilot.kind, **{n: autopilot.gain(n) for n in GAIN_RANGES},
                                    "parcel": self.parcel_button.isChecked()})
        self._message = ("flying", {})
        self._refresh()

    def _start_recording(self, label: str) -> None:
        self.times, self.altitudes, self.flight_label = [], [], label
        self._since_sample_s = 0.0
        self.hover_timer.held_s = 0.0
        self._update_plot()

    # -- animation ------------------------------------------------------------------------------

    def advance(self, dt_s: float) -> None:
        self.flight.step(dt_s)
        self.scene.advance(dt_s)
        self._since_sample_s += dt_s
        if self._since_sample_s >= 1 / SAMPLE_HZ:
            self._since_sample_s = 0.0
            self._sample()
        if self.by_hand:
            self._check_hover(dt_s)
        self.scene.update()

    def _sample(self) -> None:
        if self.by_hand or self.testing:
            self.times.append(self.flight.time_s)
            self.altitudes.append(self.flight.drone.altitude_m)
            if self.by_hand and self.times[0] < self.times[-1] - 2 * TEST_FLIGHT_S:
                del self.times[:60], self.altitudes[:60]  # hand flights scroll; keep the list short
            self._update_plot()
        if self.testing and self.flight.time_s >= TEST_FLIGHT_S:
            self.testing = False
            self.context.keep_awake(False)
            self._judge_test_flight()
        self._refresh_readout()

    def _check_hover(self, dt_s: float) -> None:
        challenge = self.book.current(by_hand=True)
        if challenge is None:
            return
        held = self.hover_timer.update(self.flight.drone.altitude_m, dt_s)
        if held >= challenge.hold_s:
            self.book.attempt(challenge)
            score = self.book.solve(challenge)
            self.context.record("challenge_solved", challenge.key)
            self._message = ("hover_solved", {})
            self.context.complete(score)
            self._refresh()
        elif held > 0 and self._message[0] != "hovering":
            self._message = ("hovering", {})
            self._refresh()
        elif held == 0 and self._message[0] == "hovering":
            self._message = ("hand_start", {})
            self._refresh()

    def _judge_test_flight(self) -> None:
        challenge = self.book.current(by_hand=False)
        target = self.flight.target_m
        tolerance = challenge.tolerance_m if challenge else FREE_TOLERANCE_M
        response = analyse(self.times, self.altitudes, target, tolerance)
        recent = [a for t, a in zip(self.times, self.altitudes, strict=True) if t >= self.times[-1] - 3.0]
        swinging = max(recent) - min(recent) > tolerance
        details = {"settle": response.settle_time_s, "error": response.final_error_m,
                   "overshoot": response.overshoot_m}
        if challenge is not None and challenge.parcel != self.parcel_button.isChecked():
            self._message = ("needs_parcel" if challenge.parcel else "no_parcel", details)
        elif challenge is not None and challenge.judge_flight(response):
            score = self.book.solve(challenge)
            self.context.record("challenge_solved", challenge.key)
            self._message = ("solved", details)
            self.context.complete(score)
        elif response.settle_time_s is not None:
            self._message = ("settled" if challenge is None else "too_slow", details)
        elif swinging:
            self._message = ("swinging_no_d" if self.flight.autopilot.gain("kd") == 0 else "swinging", details)
        elif abs(response.final_error_m) > tolerance:
            self._message = ("offset_no_i" if self.flight.autopilot.gain("ki") == 0 else "offset", details)
        else:
            self._message = ("pushed_out", details)
        self._refresh()

    def reset(self) -> None:
        """Hand mode, on the pad, no challenge solved."""
        self.book = ChallengeBook()
        self.mode_choice.set_current("hand")
        self.by_hand = True
        self.parcel_button.setChecked(False)
        self._apply_mode()

    # -- texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.mode_choice.set_texts({"hand": self.tr("By hand"), "auto": self.tr("Autopilot")})
        self.kind_choice.set_texts(KIND_NAMES)
        self.fly_button.setText(self.tr("Fly!"))
        self.parcel_button.setText(self.tr("Parcel {mass}").format(
            mass=self.context.format_number(PARCEL_KG, 1, self.tr("kg"))))
        self.gust_button.setText(self.tr("Gust of wind"))
        self.scene.set_texts({"thrust": self.tr("thrust"), "weight": self.tr("weight"), "metres": self.tr("m")})
        self.plot.set_texts(self.tr("time, s"), self.tr("height, m"))
        if self.by_hand:
            self.flight_label = self.tr("by hand")
            self._update_plot()  # the legend shows the flight's name in the new language at once
        self._refresh()

    def _metres(self, value_m: float, decimals: int = 1) -> str:
        return self.context.format_number(value_m, decimals, self.tr("m"))

    def _seconds(self, value_s: float) -> str:
        return self.context.format_number(value_s, 1, self.tr("s"))

    def _refresh(self) -> None:
        challenge = self.book.current(self.by_hand)
        total = len(self.book.challenges)
        if challenge is not None:
            self.challenge_number.setText(self.tr("Challenge {number} of {total}").format(
                number=self.book.number(challenge), total=total))
        else:
            self.challenge_number.setText(self.tr("Free flight"))
        self.stars.setText("".join("★" if c.key in self.book.scores else "☆" for c in self.book.challenges))
        self.task.setText(self._task_text(challenge))
        self.feedback.setText(self._feedback_text())
        target = challenge.target_m if challenge else self.flight.target_m
        tolerance = challenge.tolerance_m if challenge else FREE_TOLERANCE_M
        self.scene.target_m, self.scene.tolerance_m = target, tolerance
        self.plot.set_target(target, tolerance)
        self.hover_timer.target_m, self.hover_timer.tolerance_m = target, tolerance
        self._refresh_gains()
        self._refresh_balance()
        self._refresh_readout()
        self.scene.update()

    def _task_text(self, challenge: Challenge | None) -> str:
        if challenge is None:
            other = self.book.current(not self.by_hand)
            if other is None:
                return self.tr("All challenges solved! Fly freely: try strong gusts and odd gains.")
            if self.by_hand:
                return self.tr("Hovering by hand is done. Switch to Autopilot for the next challenges.")
            return self.tr("The autopilot challenges are done. Try hovering By hand!")
        low = self._metres(challenge.target_m - challenge.tolerance_m)
        high = self._metres(challenge.target_m + challenge.tolerance_m)
        band = self.context.format_number(challenge.tolerance_m * 100, 0, self.tr("cm"))
        target = self._metres(challenge.target_m, 0)
        texts = {
            "hover_by_hand": self.tr("Keep the drone between {low} and {high} for {seconds} with the throttle."),
            "settle": self.tr("Tune the autopilot: reach {target} and stay within {band} of it before {seconds}."),
            "parcel": self.tr("Carry the parcel: reach {target} and stay within {band} of it before {seconds}."),
            "gusts": self.tr("Gusts are coming! With the parcel, be within {band} of {target} by {seconds} "
                             "and stay there through the wind."),
        }
        seconds = self._seconds(challenge.hold_s if challenge.by_hand else challenge.settle_by_s)
        return texts[challenge.key].format(low=low, high=high, target=target, band=band, seconds=seconds)

    def _feedback_text(self) -> str:
        kind, details = self._message
        settle = details.get("settle")
        error = abs(details.get("error", 0.0))
        values = {"time": self._seconds(settle) if settle is not None else "",
                  "error": self._metres(error, 2), "held": self._seconds(self.hover_timer.held_s)}
        texts = {
            "hand_start": self.tr("Slide the throttle up to take off. When thrust equals weight, the drone hovers."),
            "hovering": self.tr("In the band: hold it there!"),
            "hover_solved": self.tr("Solved! You held a hover: thrust was equal to the weight."),
            "auto_start": self.tr("Choose P, PI or PID, set the gains and press Fly."),
            "flying": self.tr("Flying… watch the plot."),
            "solved": self.tr("Solved! It settled after {time}."),
            "settled": self.tr("It settled after {time}."),
            "too_slow": self.tr("It settled after {time}: too slow. More P is quicker; more D calms the swing."),
            "swinging_no_d": self.tr("It keeps swinging around the target. Choose PID: the D term brakes."),
            "swinging": self.tr("It still swings. Try more D, or less P or I."),
            "offset_no_i": self.tr("It stays {error} off the target: the parcel is heavier than the autopilot "
                                   "expects. The I term fixes a lasting error."),
            "offset": self.tr("It stays {error} off the target. Give I more strength."),
            "pushed_out": self.tr("The wind pushed it out of the band. More P and D fight back harder."),
            "needs_parcel": self.tr("This challenge needs the parcel: switch it on and fly again."),
            "no_parcel": self.tr("This challenge is without the parcel: switch it off and fly again."),
        }
        return texts[kind].format(**values)

    def _refresh_gains(self) -> None:
        autopilot = self.flight.autopilot
        names = {"kp": self.tr("P: push towards the target"), "ki": self.tr("I: memory of a lasting error"),
                 "kd": self.tr("D: brake the speed")}
        for name, slider in self.gain_sliders.items():
            used = name in CONTROLLER_TERMS[autopilot.kind]
            slider.setEnabled(used)
            value = self.context.format_number(getattr(autopilot, name), 1) if used else self.tr("off")
            slider.set_texts(names[name], value)

    def _refresh_balance(self) -> None:
        drone = self.flight.drone
        thrust_n = self.flight.command_n
        sign = "=" if abs(thrust_n - drone.weight_n) < 0.05 else (">" if thrust_n > drone.weight_n else "<")
        newtons = self.tr("N")
        self.throttle_slider.set_texts(self.tr("Throttle"), self.context.format_number(
            self.throttle_slider.value(), 0, "%"))
        self.balance.setText(self.tr("Thrust {thrust} {sign} weight {weight}").format(
            thrust=self.context.format_number(thrust_n, 1, newtons), sign=sign,
            weight=self.context.format_number(drone.weight_n, 1, newtons)))

    def _refresh_readout(self) -> None:
        drone = self.flight.drone
        self.readout.setText(self.tr("Height {height} · speed {speed} · thrust {thrust}").format(
            height=self._metres(drone.altitude_m, 1),
            speed=self.context.format_number(drone.velocity_mps, 1, self.tr("m/s")),
            thrust=self.context.format_number(drone.thrust_n, 1, self.tr("N"))))

    def _update_plot(self) -> None:
        self.plot.show_flights((self.times, self.altitudes, self.flight_label), self.earlier)

    def apply_theme(self) -> None:
        if not hasattr(self, "grid"):  # a theme event may come while building
            return
        self.plot.apply_theme()
        self._portrait = None
        self._arrange()
        super().apply_theme()
