"""Wind farm at sea: place turbines off Ventspils, see wakes steal wind, then power the town a day.

Goal 1: five turbines that together make at least 90 % of what five lone ones would (wakes).
Goal 2: a day of wind with the town's demand and a battery, without a shortfall.
The science lives in model.py; the map in sea_map.py, the day in day_chart.py.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from exhibits.wind_farm import model
from exhibits.wind_farm.day_chart import DayChart
from exhibits.wind_farm.sea_map import SeaMap
from kiosk.exhibit import (
    Card,
    ExhibitContext,
    ExhibitWidget,
    GoalCard,
    SegmentedChoice,
    ThemedLabel,
    TouchButton,
    ValueSlider,
    fit_panel_now,
    layout_of,
)

DEFAULT_WIND_MPS = 9.0
WIND_RANGE_MPS = (0.0, 30.0)
#: The day runs 24 hours in 12 seconds: long enough to watch the battery, short enough to wait.
DAY_HOURS_PER_S = 2.0


class WindFarmExhibit(ExhibitWidget):
    """The sea map and the day chart beside a panel with the goal, the wind and the day's controls."""

    panel_side_share = 0.32
    #: Large text wraps the goal and the feedback into more lines: in landscape the panel is wider.
    panel_side_share_large_text = 0.42
    panel_min_side_px = 560
    panel_below_share = 0.62

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.farm = model.WindFarm()
        self.goal_index = 0  # 0: layout, 1: the day, 2: free play
        self.day_result: model.DayResult | None = None
        self.day_running = False
        self._day_hours = 0.0
        self._hint = "start"
        self._hint_values: dict[str, str] = {}

        self.map = SeaMap(self.farm)
        self.map.setObjectName("sea-map")
        self.map.site_tapped.connect(self._on_site)
        self.chart = DayChart()
        self.chart.setObjectName("day-chart")
        self._build_panel()
        self._layout = self.lay_out_stage((self.map, 3), (self.chart, 2))
        self.apply_theme()

    # -- building --------------------------------------------------------------------------------

    def _build_panel(self) -> None:
        self.panel = QWidget()
        self.panel.setObjectName("panel")
        goal = self.goal_card = GoalCard(task_size=25, feedback_size=21)
        self.goal_title, self.stars, self.task, self.hint = goal.title, goal.stars, goal.task, goal.feedback
        self.hint.setObjectName("hint")
        goal.column.addStretch(1)

        self.now_card = Card()
        now = QVBoxLayout(self.now_card)
        self.farm_power = ThemedLabel(size=34, bold=True, accent=True)
        self.farm_detail = ThemedLabel(size=20)
        self.formula = ThemedLabel(size=19, muted=True)
        self.betz = ThemedLabel(size=19, muted=True)
        self.wind_slider = ValueSlider(*WIND_RANGE_MPS, DEFAULT_WIND_MPS, step=0.5)
        self.wind_slider.setObjectName("wind")
        self.wind_slider.valueChanged.connect(self._on_wind)
        self.wind_slider.released.connect(lambda value: self.context.record("wind_mps", value))
        self.direction_choice = SegmentedChoice(list(model.WIND_FROM_DEG))
        self.direction_choice.setObjectName("direction")
        self.direction_choice.chosen.connect(self._on_direction)
        for widget in (self.farm_power, self.farm_detail, self.formula, self.betz, self.wind_slider,
                       self.direction_choice):
            now.addWidget(widget)
        now.addStretch(1)

        self.day_card = Card()
        day = QVBoxLayout(self.day_card)
        self.day_choice = SegmentedChoice(list(model.DAY_WIND_MPS), current="windy")
        self.day_choice.setObjectName("day")
        self.day_choice.chosen.connect(self._on_day_choice)
        self.battery_choice = SegmentedChoice(list(model.BATTERY_SIZES_MWH), current="none")
        self.battery_choice.setObjectName("battery")
        self.battery_choice.chosen.connect(self._on_battery)
        buttons = QHBoxLayout()
        self.clear_button = TouchButton()
        self.clear_button.setObjectName("clear")
        self.clear_button.clicked.connect(self._on_clear)
        self.run_button = TouchButton(primary=True)
        self.run_button.setObjectName("run-day")
        self.run_button.clicked.connect(self._on_run_day)
        buttons.addWidget(self.clear_button, 1)
        buttons.addWidget(self.run_button, 2)
        self.day_result_label = ThemedLabel(size=20)
        self.battery_label = ThemedLabel(size=20, muted=True)
        day.addWidget(self.day_choice)
        day.addWidget(self.battery_label)
        day.addWidget(self.battery_choice)
        day.addLayout(buttons)
        day.addWidget(self.day_result_label)
        day.addStretch(1)

        self.panel_grid = QGridLayout(self.panel)
        self.panel_grid.setContentsMargins(0, 0, 0, 0)
        # Hidden in this order when short of room (large text, a long language or hint); the wake
        # loss goes last, and once turbines stand the feedback line says it too.
        self._extras = [self.betz, self.formula, self.day_result_label, self.farm_detail]
        self.panel.installEventFilter(self)  # refit when the panel is resized (see eventFilter)

    # -- what the visitor does -------------------------------------------------------------------

    @property
    def wind_from_deg(self) -> float:
        return model.WIND_FROM_DEG[self.direction_choice.current()]

    def _on_site(self, site: int) -> None:
        if self.day_running:
            return
        had = site in self.farm.placed
        if not self.farm.toggle(site):
            self._set_hint("full")
            return
        self.context.record("remove_turbine" if had else "place_turbine", site)
        self.day_result = None
        self._set_hint("placed" if not had else "removed")
        self._check_layout_goal()

    def _on_wind(self, speed_mps: float) -> None:
        if not self.day_running:
            self._refresh()

    def _on_direction(self, direction: str) -> None:
        self.context.record("direction", direction)
        self.day_result = None
        self._set_hint("direction")
        self._check_layout_goal()

    def _on_day_choice(self, day: str) -> None:
        self.context.record("day", day)
        self._refresh()

    def _on_battery(self, size: str) -> None:
        self.context.record("battery", size)
        self._refresh()

    def _on_clear(self) -> None:
        if self.day_running:
            return
        self.farm.clear()
        self.day_result = None
        self.context.record("clear", None)
        self._set_hint("start")

    def _on_run_day(self) -> None:
        if self.day_running:
            return
        if not self.farm.placed:
            self._set_hint("no_turbines")
            return
        self.day_result = model.simulate_day(self.farm, self.wind_from_deg, self.day_choice.current(),
                                             model.BATTERY_SIZES_MWH[self.battery_choice.current()])
        self.context.record("run_day", {"day": self.day_choice.current(), "battery": self.battery_choice.current(),
                                        "turbines": len(self.farm.placed)})
        self.day_running = True
        self._day_hours = 0.0
        self.context.keep_awake(True)
        for control in (self.run_button, self.clear_button, self.day_choice, self.battery_choice,
                        self.direction_choice, self.wind_slider):
            control.setEnabled(False)
        self._set_hint("running")

    def _finish_day(self) -> None:
        result = self.day_result
        assert result is not None
        self.day_running = False
        self.context.keep_awake(False)
        for control in (self.run_button, self.clear_button, self.day_choice, self.battery_choice,
                        self.direction_choice, self.wind_slider):
            control.setEnabled(True)
        short = result.shortfall_mwh > 1e-6
        self.context.record("day_result", {"shortfall_mwh": round(result.shortfall_mwh, 1)})
        if short:
            self._set_hint({"calm": "short_calm", "storm": "short_storm"}.get(self.day_choice.current(), "short"))
        else:
            self._set_hint("lights_on")
            if self.goal_index == 1:
                self.goal_index = 2
                self.context.complete(model.day_score(result, len(self.farm.placed), self.farm.max_turbines))
        self._refresh()

    def _check_layout_goal(self) -> None:
        if self.goal_index == 0 and model.layout_goal_met(self.farm, self.wind_from_deg):
            self.goal_index = 1
            self._set_hint("layout_done")
            self.context.complete(model.layout_score(self.farm, self.wind_from_deg))
        self._refresh()

    def _set_hint(self, key: str) -> None:
        self._hint = key
        self._refresh()
        self._fit_panel()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is getattr(self, "panel", None) and event.type() == QEvent.Type.Resize:
            self._fit_panel()
        return False

    def _fit_panel(self) -> None:
        """Texts or sizes changed without a resize: hide extras again if the panel is short of room."""
        fit_panel_now(self.panel, self._extras, (self.goal_card, self.now_card, self.day_card))

    # -- animation -------------------------------------------------------------------------------

    def advance(self, dt_s: float) -> None:
        if self.day_running and self.day_result is not None:
            step_before = int(self._day_hours * model.STEPS_PER_HOUR)
            self._day_hours += dt_s * DAY_HOURS_PER_S
            if self._day_hours >= 24:
                self._day_hours = 24.0
                self._finish_day()
            elif int(self._day_hours * model.STEPS_PER_HOUR) != step_before:
                self._refresh()  # texts, wakes and the chart follow the day a quarter hour at a time
        self.map.advance(dt_s)

    # -- texts -----------------------------------------------------------------------------------

    def _mw(self, watts: float, decimals: int = 1) -> str:
        return self.context.format_number(watts / 1e6, decimals, self.tr("MW"))

    def _speed(self, speed_mps: float, decimals: int = 1) -> str:
        return self.context.format_number(speed_mps, decimals, self.tr("m/s"))

    def _current_wind(self) -> float:
        if self.day_running:
            return model.hourly_value(model.DAY_WIND_MPS[self.day_choice.current()], self._day_hours)
        return self.wind_slider.value()

    def retranslate(self) -> None:
        self.direction_choice.set_texts({"west": self.tr("from W"), "southwest": self.tr("from SW"),
                                         "northwest": self.tr("from NW")})
        self.day_choice.set_texts({"calm": self.tr("Calm day"), "windy": self.tr("Windy day"),
                                   "storm": self.tr("Storm")})
        self.battery_choice.set_texts({"none": self.tr("none"),
                                       "small": self.context.format_number(20, 0, self.tr("MWh")),
                                       "large": self.context.format_number(60, 0, self.tr("MWh"))})
        self.battery_label.setText(self.tr("Battery"))
        self.clear_button.setText(self.tr("Clear"))
        self.run_button.setText(self.tr("Run the day"))
        self.map.set_texts(self.tr("Ventspils"), self.tr("N"), "", self.context.format_number(1, 0, self.tr("km")))
        self.chart.set_texts(supply=self.tr("Wind farm"), demand=self.tr("Town uses"), short=self.tr("Shortfall"),
                             charge=self.tr("Battery"), unit=self.tr("MW"))
        self._refresh()
        self._fit_panel()

    def _refresh(self) -> None:
        """Every text and picture from the model (after each change and, during a day, each frame)."""
        turbine = self.farm.turbine
        wind = self._current_wind()
        direction = self.wind_from_deg
        speeds = self.farm.speeds_mps(wind, direction)
        powers = {site: turbine.power_w(speed) for site, speed in speeds.items()}
        self.map.show_state(wind, direction, speeds, {
            site: (self.context.format_number(power / 1e6, 1), self.tr("MW")) for site, power in powers.items()})
        self.map.texts["wind"] = self._speed(wind, 1)
        total = sum(powers.values())
        alone = turbine.power_w(wind) * len(powers)
        count = len(self.farm.placed)
        self.farm_power.setText(self.tr("Farm: {power}").format(power=self._mw(total)))
        loss = 0.0 if alone <= 0 else 1 - total / alone
        self.farm_detail.setText(self.tr("%n turbine(s) · lost in wakes: {loss}", "", count).format(
            loss=self.context.format_number(100 * loss, 0, "%")))
        self.formula.setText(self._formula_text(wind))
        self.betz.setText(self.tr("No rotor can take more than 16/27 ≈ 59 % of the wind's power (Betz limit). "
                                  "This one takes {cp} at most.").format(
            cp=self.context.format_number(100 * turbine.design_cp, 0, "%")))
        self.wind_slider.set_texts(self.tr("Wind"), self._speed(wind, 1))
        self._refresh_goal()
        self._refresh_day(wind)

    def _formula_text(self, wind: float) -> str:
        turbine = self.farm.turbine
        fmt = self.context.format_number
        if wind < turbine.cut_in_mps:
            state = self.tr("Below {speed} the blades stand still.").format(speed=self._speed(turbine.cut_in_mps, 0))
        elif wind >= turbine.cut_out_mps:
            state = self.tr("Storm! From {speed} the turbines stop to protect themselves.").format(
                speed=self._speed(turbine.cut_out_mps, 0))
        elif wind >= turbine.rated_speed_mps:
            state = self.tr("Above {speed} the blades turn out of the wind: full power, no more.").format(
                speed=self._speed(turbine.rated_speed_mps, 1))
        else:
            state = ""
        equation = self.tr(
            "One turbine: P = ½ · ρ · A · v³ · Cp = ½ · {rho} · {area} · ({speed})³ · {cp} = {power}").format(
            rho=fmt(model.AIR_DENSITY_KGPM3, 3, self.tr("kg/m³")), area=fmt(turbine.swept_area_m2, 0, self.tr("m²")),
            speed=self._speed(wind, 1), cp=fmt(turbine.cp(wind), 2), power=self._mw(turbine.power_w(wind), 2))
        return f"{equation}\n{state}" if state else equation

    def _refresh_goal(self) -> None:
        total = 2
        done = min(self.goal_index, total)
        self.stars.setText("★" * done + "☆" * (total - done))
        if self.goal_index == 0:
            self.goal_title.setText(self.tr("Goal 1 of 2"))
            self.task.setText(self.tr("Place {count} turbines so that together they make at least {share} of what "
                                      "{count} lone turbines would, in a {speed} wind.").format(
                count=model.LAYOUT_GOAL_TURBINES, share=self.context.format_number(100 * model.LAYOUT_GOAL_EFFICIENCY,
                                                                                     0, "%"),
                speed=self._speed(model.LAYOUT_TEST_WIND_MPS, 0)))
        elif self.goal_index == 1:
            self.goal_title.setText(self.tr("Goal 2 of 2"))
            self.task.setText(self.tr("Keep the lights of Ventspils on for a whole day: run a day without a "
                                      "shortfall."))
        else:
            self.goal_title.setText(self.tr("Free play"))
            self.task.setText(self.tr("Both goals done! Try a storm, a calm day or fewer turbines."))
        efficiency = self.context.format_number(100 * self.farm.efficiency(model.LAYOUT_TEST_WIND_MPS,
                                                                           self.wind_from_deg), 0, "%")
        hints = {
            "start": self.tr("Tap a ring on the sea to build a turbine there; tap it again to take it away."),
            "placed": self.tr("In a {speed} wind this farm makes {share} of what lone turbines would.").format(
                speed=self._speed(model.LAYOUT_TEST_WIND_MPS, 0), share=efficiency),
            "removed": self.tr("Turbine removed."),
            "full": self.tr("The farm is full: %n turbines. Tap one to take it away.", "", self.farm.max_turbines),
            "direction": self.tr("The wind turned: the wakes now fall on other turbines."),
            "layout_done": self.tr("Well done! Turbines side by side across the wind do not steal each other's "
                                   "wind."),
            "no_turbines": self.tr("Build some turbines first."),
            "running": self.tr("The day is running…"),
            "lights_on": self.tr("The lights stayed on all day!"),
            "short": self.tr("The town ran short. More turbines, a bigger battery or a better layout?"),
            "short_calm": self.tr("On a calm day no wind farm is enough: the town needs other sources too."),
            "short_storm": self.tr("From {speed} the turbines stop: a storm leaves the town short.").format(
                speed=self._speed(self.farm.turbine.cut_out_mps, 0)),
        }
        self.hint.setText(hints.get(self._hint, hints["start"]))

    def _refresh_day(self, wind: float) -> None:
        result = self.day_result
        if result is None:
            self.chart.show_result(None, 0)
            self.day_result_label.setText(self.tr("Choose a day and a battery, then run the day."))
            return
        shown = len(result.steps) if not self.day_running else min(
            len(result.steps), int(self._day_hours * model.STEPS_PER_HOUR) + 1)
        self.chart.show_result(result, shown)
        steps = result.steps[:shown]
        made = sum(step.supply_mw for step in steps) / model.STEPS_PER_HOUR
        short = sum(step.shortfall_mwh for step in steps)
        fmt = self.context.format_number
        self.day_result_label.setText(self.tr("Made {made} · shortfall {short} · battery {charge}").format(
            made=fmt(made, 0, self.tr("MWh")), short=fmt(short, 0, self.tr("MWh")),
            charge=fmt(100 * steps[-1].state_of_charge, 0, "%")))

    # -- layout and lifecycle --------------------------------------------------------------------

    def apply_theme(self) -> None:
        if not hasattr(self, "_extras"):  # a theme event may come while building
            return
        theme = self.context.theme
        for card in (self.goal_card, self.now_card, self.day_card):
            margin = theme.px(18)
            layout_of(card).setContentsMargins(margin, margin, margin, margin)
            layout_of(card).setSpacing(theme.px(8))
        self._layout.setSpacing(theme.px(14))
        self.panel_grid.setSpacing(theme.px(12))
        layout_of(self.stage).setSpacing(theme.px(12))
        self.arrange_panel()
        self._refresh()
        self._fit_panel()
        super().apply_theme()

    def arrange_panel(self) -> None:
        """The cards stacked in the panel: at the right in landscape, below the map in portrait."""
        for card in (self.goal_card, self.now_card, self.day_card):
            self.panel_grid.removeWidget(card)
        for row, card in enumerate((self.goal_card, self.now_card, self.day_card)):
            self.panel_grid.addWidget(card, row, 0)
        self.panel_grid.setRowStretch(2, 1)
        self.panel_side_share = (self.panel_side_share_large_text if self.context.theme.large_text
                                 else type(self).panel_side_share)
        super().arrange_panel()

    def stop(self) -> None:
        self.context.keep_awake(False)
        super().stop()
