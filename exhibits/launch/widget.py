"""Launch to the target: the exhibit screen (port scene, level card, aim sliders, launch button)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from exhibits.launch.model import ANGLE_RANGE_DEG, SPEED_RANGE_MPS, LaunchGame, ShotResult, ideal_range_m
from exhibits.launch.scene import PortScene
from kiosk.exhibit import (
    Card,
    ExhibitContext,
    ExhibitWidget,
    ThemedLabel,
    TouchButton,
    ValueSlider,
    lay_out_grid,
    layout_of,
)

#: The ball flies a little faster than real time, so no visitor waits long for it to land.
TIME_SCALE = 1.6
#: How long a cleared level is celebrated before the next one appears.
CLEARED_PAUSE_S = 3.0


class LaunchExhibit(ExhibitWidget):
    """Aim by angle and speed, launch, and hit targets around the port of Ventspils, level by level."""

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.game = LaunchGame()
        self._message: tuple[str, ShotResult | None] = ("goal", None)
        self._cleared_pause_s = 0.0
        self._portrait: bool | None = None
        self._built = False

        self.scene = PortScene(self.game, context)
        self.scene.setObjectName("port-scene")
        self.scene.aimed.connect(self._on_scene_aim)
        self.scene.aim_released.connect(self._on_scene_aim_released)
        self._build_cards()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._arrange()
        self._built = True

    # -- building ---------------------------------------------------------------------------

    def _build_cards(self) -> None:
        self.level_card = Card()
        info = QVBoxLayout(self.level_card)
        header = QHBoxLayout()
        self.level_title = ThemedLabel(size=24, bold=True, accent=True)
        self.shots_label = ThemedLabel(size=22, muted=True)
        self.shots_label.setWordWrap(False)
        self.shots_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.level_title, 1)
        header.addWidget(self.shots_label)
        info.addLayout(header)
        self.message = ThemedLabel(size=28, bold=True)
        self.last_shot = ThemedLabel(size=20, muted=True)
        self.formula = ThemedLabel(size=20)
        info.addWidget(self.message)
        info.addStretch(1)
        info.addWidget(self.last_shot)
        info.addWidget(self.formula)

        self.controls_card = Card()
        controls = QVBoxLayout(self.controls_card)
        self.angle_slider = ValueSlider(*ANGLE_RANGE_DEG, self.game.angle_deg, step=1.0)
        self.angle_slider.setObjectName("angle")
        self.angle_slider.valueChanged.connect(lambda value: self._set_aim(angle_deg=value))
        self.angle_slider.released.connect(lambda value: self.context.record("angle_deg", round(value)))
        self.speed_slider = ValueSlider(*SPEED_RANGE_MPS, self.game.speed_mps, step=0.5)
        self.speed_slider.setObjectName("speed")
        self.speed_slider.valueChanged.connect(lambda value: self._set_aim(speed_mps=value))
        self.speed_slider.released.connect(lambda value: self.context.record("speed_mps", round(value, 1)))
        controls.addWidget(self.angle_slider)
        controls.addWidget(self.speed_slider)

        self.launch_button = TouchButton(primary=True)
        self.launch_button.setObjectName("launch")
        self.launch_button.clicked.connect(self.launch)

    def _arrange(self) -> None:
        """Controls under the port on wide screens; stacked under it on portrait screens."""
        portrait = self.height() > self.width() * 1.1
        if portrait == self._portrait:
            return
        self._portrait = portrait
        theme = self.context.theme
        self.grid.setSpacing(theme.px(16))
        for card in (self.level_card, self.controls_card):
            margin = theme.px(20)
            layout_of(card).setContentsMargins(margin, margin, margin, margin)
            layout_of(card).setSpacing(theme.px(8))
        if portrait:  # everything stacked, the port taking most of the height
            lay_out_grid(self.grid, [(self.scene, 0, 0, 1, 1), (self.level_card, 1, 0, 1, 1),
                                     (self.controls_card, 2, 0, 1, 1), (self.launch_button, 3, 0, 1, 1)],
                         row_stretch=(3, 1), column_stretch=(1,))
            self.launch_button.setMinimumHeight(theme.px(110))
        else:  # the port above a row of level, controls and the launch button
            lay_out_grid(self.grid, [(self.scene, 0, 0, 1, 3), (self.level_card, 1, 0, 1, 1),
                                     (self.controls_card, 1, 1, 1, 1), (self.launch_button, 1, 2, 1, 1)],
                         row_stretch=(1,), column_stretch=(5, 5, 2))
            self.launch_button.setMinimumHeight(theme.px(200))
        self.launch_button.setMinimumWidth(theme.px(220))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange()
        super().resizeEvent(event)

    # -- what the visitor does --------------------------------------------------------------

    def _set_aim(self, angle_deg: float | None = None, speed_mps: float | None = None) -> None:
        self.game.aim(angle_deg, speed_mps)
        self._refresh_texts()
        self.scene.update()

    def _on_scene_aim(self, angle_deg: float, speed_mps: float) -> None:
        self.game.aim(angle_deg, speed_mps)
        # the sliders follow the arrow (their own signal then sets the same aim again)
        self.angle_slider.setValue(round(self.game.angle_deg))
        self.speed_slider.setValue(round(self.game.speed_mps * 2) / 2)
        self._refresh_texts()
        self.scene.update()

    def _on_scene_aim_released(self, angle_deg: float, speed_mps: float) -> None:
        self._on_scene_aim(angle_deg, speed_mps)
        self.context.record("aim", {"angle_deg": round(self.game.angle_deg), "speed_mps": self.game.speed_mps})

    def launch(self) -> None:
        """Fire the ball with the current aim (ignored while one is flying or the level is won)."""
        if self.game.launch() is None:
            return
        self.context.record("launch", {"level": self.game.level.key, "angle_deg": self.game.angle_deg,
                                       "speed_mps": self.game.speed_mps})
        self.context.keep_awake(True)
        self.scene.banner = ""
        self._message = ("flying", None)
        self._refresh_texts()

    # -- animation --------------------------------------------------------------------------

    def advance(self, dt_s: float) -> None:
        result = self.game.step(dt_s * TIME_SCALE)
        self.scene.advance(dt_s)
        if result is not None:
            self._on_result(result)
        if self._cleared_pause_s > 0:
            self._cleared_pause_s -= dt_s
            if self._cleared_pause_s <= 0:
                self._next_level()
        self.scene.update()

    def _on_result(self, result: ShotResult) -> None:
        self.context.keep_awake(False)
        self.scene.show_result(result)
        if result.outcome == "hit":
            score = self.game.score
            self.context.record("level_cleared", {"level": self.game.level.key, "shots": self.game.shots})
            self.context.complete(score)
            self._cleared_pause_s = CLEARED_PAUSE_S
        self._message = (result.outcome, result)
        self._refresh_texts()

    def _next_level(self) -> None:
        finished_all = self.game.finished_all
        self.game.next_level()
        self._message = ("all_cleared" if finished_all else "goal", None)
        self._refresh_texts()

    def reset(self) -> None:
        """First level, starting aim, no trails: ready for the next visitor."""
        self.game.reset()
        self._cleared_pause_s = 0.0
        self._message = ("goal", None)
        self.angle_slider.setValue(self.game.angle_deg)
        self.speed_slider.setValue(self.game.speed_mps)
        self.scene.clear()
        self.context.keep_awake(False)
        self._refresh_texts()

    def apply_theme(self) -> None:
        """Sizes follow the new scale or text size: lay the screen out again."""
        if not getattr(self, "_built", False):  # a theme event may come while building
            return
        self._portrait = None
        self._arrange()
        super().apply_theme()

    def stop(self) -> None:
        self.context.keep_awake(False)
        super().stop()

    # -- texts ------------------------------------------------------------------------------

    def _level_name(self, key: str) -> str:
        return {
            "buoy": self.tr("The buoy"),
            "ship": self.tr("The cargo ship"),
            "containers": self.tr("Behind the containers"),
            "lighthouse": self.tr("From the lighthouse"),
            "sailing": self.tr("A sailing ship"),
            "wind": self.tr("Air resistance"),
        }.get(key, key)

    def _level_goal(self, key: str) -> str:
        return {
            "buoy": self.tr("Hit the buoy in the harbour!"),
            "ship": self.tr("Reach the cargo ship far out at sea."),
            "containers": self.tr("Lob the ball over the containers onto the boat."),
            "lighthouse": self.tr("Shoot from the top of the lighthouse to the boat."),
            "sailing": self.tr("The ship sails to and fro: launch at the right moment!"),
            "wind": self.tr("Now the air slows the ball down. Fly over the crane!"),
        }.get(key, self.tr("Hit the target!"))

    def _metres(self, value_m: float, decimals: int = 1) -> str:
        return self.context.format_number(value_m, decimals, self.tr("m"))

    def _message_text(self) -> str:
        kind, result = self._message
        level = self.game.level
        if kind == "goal":
            return self._level_goal(level.key)
        if kind == "all_cleared":
            return self.tr("You cleared every level! Try them again with fewer shots.")
        if kind == "flying":
            return self.tr("Watch it fly…")
        if result is None:
            return ""
        if kind == "hit":
            if self.game.shots == 1:
                return self.tr("Hit with the first shot! Perfect!")
            return self.tr("Hit! Level cleared. Shots used: {shots}.").format(shots=self.game.shots)
        if kind == "obstacle":
            if result.obstacle_kind == "crane":
                return self.tr("Bang! The ball hit the crane. Try a steeper angle.")
            return self.tr("Bang! The ball hit the containers. Try a steeper angle.")
        if kind == "away":
            return self.tr("Whoosh, out of the port! Less speed.")
        distance = self._metres(abs(result.miss_m), 0)
        if result.miss_m < 0:
            return self.tr("Splash! {distance} too short.").format(distance=distance)
        return self.tr("Splash! {distance} too far.").format(distance=distance)

    def retranslate(self) -> None:
        self.launch_button.setText(self.tr("Launch!"))
        self._refresh_texts()

    def _refresh_texts(self) -> None:
        """Every label from the game state, in the current language."""
        game = self.game
        self.level_title.setText(self.tr("Level {number} of {total}: {name}").format(
            number=game.level_index + 1, total=len(game.levels), name=self._level_name(game.level.key)))
        self.shots_label.setText(self.tr("Shots: {shots}").format(shots=game.shots))
        self.message.setText(self._message_text())
        result = game.last_result
        if result is not None and result.outcome != "away":
            self.last_shot.setText(self.tr("Last shot: {distance} far, {height} high, {time} in the air").format(
                distance=self._metres(max(0.0, result.landing_x_m)), height=self._metres(result.max_height_m),
                time=self.context.format_number(result.flight_time_s, 1, self.tr("s"))))
        else:
            self.last_shot.setText(self.tr("Drag the arrow or use the sliders to aim."))
        predicted = ideal_range_m(game.speed_mps, game.angle_deg)
        self.formula.setText(self.tr("Flat ground, no air: v²·sin 2θ / g = {distance}").format(
            distance=self._metres(predicted)))
        self.angle_slider.set_texts(self.tr("Angle θ"), self.context.format_number(
            game.angle_deg, 0, "°").replace("\N{NO-BREAK SPACE}", ""))
        self.speed_slider.set_texts(self.tr("Speed v"), self.context.format_number(
            game.speed_mps, 1, self.tr("m/s")))
        self.launch_button.setEnabled(not game.in_flight and not game.cleared)
        self.scene.banner = self.tr("Hit!") if game.cleared else ""
        self.scene.update()
