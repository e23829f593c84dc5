"""Baltic Sea water: the Gotland Deep in layers, why its bottom runs out of oxygen, and what helps.

Goal 1: a storm strong enough to mix the top 40 m (it stops at the halocline: the bottom stays
without oxygen). Goal 2: an inflow of North Sea water heavy enough to reach the sea floor and
bring it oxygen. Months pass while the exhibit runs, so the oxygen is seen running out again.
The science lives in model.py; the column is drawn by column_view.py.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from exhibits.baltic_water import model
from exhibits.baltic_water.column_view import ColumnView
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

#: Model days per second on screen: a month a second, so oxygen is seen running out in a minute.
DAYS_PER_SECOND = 30.0
#: The texts follow the months this often (the column repaints every frame).
TEXT_EVERY_FRAMES = 6
STORM_RANGE_MPS = (10.0, 32.0)
INFLOW_SALINITY_RANGE = (8.0, 25.0)
INFLOW_TEMPERATURE_RANGE = (0.0, 20.0)
QUANTITIES = ("salinity", "temperature", "density", "oxygen")


class BalticWaterExhibit(ExhibitWidget):
    """The water column beside a panel: goal, the water at the probe, a storm, an inflow."""

    panel_side_share = 0.4
    panel_min_side_px = 640
    panel_below_share = 0.52

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.column = model.WaterColumn()
        self.storm_done = False
        self.inflow_done = False
        self.failed_inflows = 0
        self._bottom_was_ventilated = False
        self._hint = "start"
        self._hint_values: dict[str, str] = {}
        self._frame = 0

        self.view = ColumnView(self.column)
        self.view.setObjectName("column")
        self.view.probed.connect(self._on_probe)
        self.view.quantity = "oxygen"
        self.quantity_choice = SegmentedChoice(list(QUANTITIES), current="oxygen")
        self.quantity_choice.setObjectName("quantity")
        self.quantity_choice.chosen.connect(self._on_quantity)
        self._build_panel()
        self._layout = self.lay_out_stage((self.quantity_choice, 0), (self.view, 1))
        self.apply_theme()

    # -- building --------------------------------------------------------------------------------

    def _build_panel(self) -> None:
        self.panel = QWidget()
        self.panel.setObjectName("panel")
        goal = self.goal_card = GoalCard(task_size=25, feedback_size=21)
        self.goal_title, self.stars, self.task, self.hint = goal.title, goal.stars, goal.task, goal.feedback
        self.hint.setObjectName("hint")
        goal.column.addStretch(1)

        self.probe_card = Card()
        probe = QGridLayout(self.probe_card)
        self.probe_title = ThemedLabel(size=22, bold=True)
        probe.addWidget(self.probe_title, 0, 0, 1, 4)
        self.readouts: dict[str, ThemedLabel] = {}
        self.readout_names: dict[str, ThemedLabel] = {}
        for index, key in enumerate(QUANTITIES):
            name, value = ThemedLabel(size=19, muted=True), ThemedLabel(size=22, bold=True)
            name.setWordWrap(False)
            value.setWordWrap(False)
            row, column = 1 + index // 2, (index % 2) * 2
            probe.addWidget(name, row, column)
            probe.addWidget(value, row, column + 1)
            self.readout_names[key], self.readouts[key] = name, value
        self.months_label = ThemedLabel(size=19, muted=True)
        probe.addWidget(self.months_label, 3, 0, 1, 4)

        self.storm_card = Card()
        storm = QVBoxLayout(self.storm_card)
        self.storm_slider = ValueSlider(*STORM_RANGE_MPS, 20.0, step=1.0)
        self.storm_slider.setObjectName("storm-wind")
        self.storm_slider.valueChanged.connect(lambda _value: self._refresh())
        self.storm_button = TouchButton()
        self.storm_button.setObjectName("storm")
        self.storm_button.clicked.connect(self._on_storm)
        storm_row = QHBoxLayout()  # the button beside its slider: the panel must fit 1080 pixels
        storm_row.setSpacing(self.context.theme.px(16))
        storm_row.addWidget(self.storm_slider, 1)
        storm_row.addWidget(self.storm_button, 0, Qt.AlignmentFlag.AlignBottom)
        storm.addLayout(storm_row)

        self.inflow_card = Card()
        inflow = QVBoxLayout(self.inflow_card)
        self.salinity_slider = ValueSlider(*INFLOW_SALINITY_RANGE, 12.0, step=0.5)
        self.salinity_slider.setObjectName("inflow-salinity")
        self.temperature_slider = ValueSlider(*INFLOW_TEMPERATURE_RANGE, 15.0, step=0.5)
        self.temperature_slider.setObjectName("inflow-temperature")
        for slider in (self.salinity_slider, self.temperature_slider):
            slider.valueChanged.connect(lambda _value: self._refresh())
        self.sample = ThemedLabel(size=20)
        self.linear_note = ThemedLabel(size=18, muted=True)
        self.inflow_button = TouchButton(primary=True)
        self.inflow_button.setObjectName("inflow")
        self.inflow_button.clicked.connect(self._on_inflow)
        for widget in (self.salinity_slider, self.temperature_slider, self.sample, self.linear_note,
                       self.inflow_button):
            inflow.addWidget(widget)

        self.panel_layout = QVBoxLayout(self.panel)
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        for card in (self.goal_card, self.probe_card, self.storm_card, self.inflow_card):
            self.panel_layout.addWidget(card)
        self.panel_layout.addStretch(1)
        self._extras = [self.linear_note, self.months_label, self.probe_card]  # hidden first when short
        self.panel.installEventFilter(self)  # refit when the panel is resized (see eventFilter)

    # -- what the visitor does -------------------------------------------------------------------

    def _on_quantity(self, quantity: str) -> None:
        self.view.quantity = quantity
        self.context.record("show", quantity)
        self._refresh()

    def _on_probe(self, depth_m: float) -> None:
        self._refresh()

    def _on_storm(self) -> None:
        wind = self.storm_slider.value()
        depth = self.column.storm(wind)
        self.context.record("storm", {"wind_mps": wind, "mixed_to_m": depth})
        self.view.set_texts(storm=self.tr("mixed down to {depth}").format(depth=self._metres(depth)))
        self.view.show_storm(depth)
        self._hint_values = {"depth": self._metres(depth), "halocline": self._metres(self.column.halocline_depth_m())}
        if depth >= model.STORM_GOAL_DEPTH_M:
            first = not self.storm_done
            self.storm_done = True
            self._set_hint("storm_deep")
            if first:
                self.context.complete(100)
        else:
            self._set_hint("storm_shallow")

    def _on_inflow(self) -> None:
        salinity, temperature = self.salinity_slider.value(), self.temperature_slider.value()
        result = self.column.inflow(salinity, temperature)
        self.context.record("inflow", {"salinity": salinity, "temperature_c": temperature,
                                       "rest_m": result.top_m})
        self.view.set_texts(inflow=self.tr("North Sea water"))
        self.view.show_inflow(result)
        self._hint_values = {"density": self._density(result.density_kgpm3), "depth": self._metres(result.top_m)}
        if result.reached_bottom and self.column.bottom_oxygen_mgl >= model.HYPOXIA_MGL:
            self._bottom_was_ventilated = True
            first = not self.inflow_done
            self.inflow_done = True
            self._set_hint("inflow_bottom")
            if first:
                self.context.complete(model.inflow_score(self.failed_inflows))
        else:
            self.failed_inflows += 1
            self._set_hint("inflow_stopped")

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
        fit_panel_now(self.panel, self._extras, (self.goal_card, self.probe_card, self.storm_card, self.inflow_card))

    # -- animation -------------------------------------------------------------------------------

    def advance(self, dt_s: float) -> None:
        self.column.step(dt_s * DAYS_PER_SECOND)
        self.view.advance(dt_s)
        if self._bottom_was_ventilated and self.column.bottom_oxygen_mgl <= 0:
            self._bottom_was_ventilated = False
            months = (self.column.days_since_inflow or 0.0) / 30.44
            self._hint_values = {"months": str(round(months))}
            self.context.record("bottom_anoxic_after_months", round(months))
            self._set_hint("ran_out")
        self._frame += 1
        if self._frame % TEXT_EVERY_FRAMES == 0:
            self._refresh_probe()

    # -- texts -----------------------------------------------------------------------------------

    def _metres(self, depth_m: float) -> str:
        return self.context.format_number(depth_m, 0, self.tr("m"))

    def _density(self, rho: float) -> str:
        return self.context.format_number(rho, 1, self.tr("kg/m³"))

    def _salinity(self, value: float) -> str:
        return self.context.format_number(value, 1, self.tr("g/kg"))

    def _celsius(self, value: float) -> str:
        return self.context.format_number(value, 1, "°C")

    def _oxygen(self, value: float) -> str:
        return self.context.format_number(value, 1, self.tr("mg/L"))

    def retranslate(self) -> None:
        self.quantity_choice.set_texts({"salinity": self.tr("Salt"), "temperature": self.tr("Temperature"),
                                        "density": self.tr("Density"), "oxygen": self.tr("Oxygen")})
        names = {"salinity": self.tr("Salt"), "temperature": self.tr("Temp."), "density": self.tr("Density"),
                 "oxygen": self.tr("Oxygen")}
        for key, label in self.readout_names.items():
            label.setText(names[key])
        self.storm_button.setText(self.tr("Storm!"))
        self.inflow_button.setText(self.tr("Let North Sea water in"))
        self.view.set_texts(depth=self.tr("depth, m"), halocline=self.tr("halocline"),
                            no_oxygen=self.tr("no oxygen: hydrogen sulphide"), surface=self.tr("surface"),
                            floor=self.tr("sea floor, Gotland Deep"))
        self._refresh()
        self._fit_panel()

    def _refresh(self) -> None:
        """Every text from the model, in the current language."""
        self._refresh_goal()
        self._refresh_probe()
        fmt = self.context.format_number
        self.storm_slider.set_texts(self.tr("Storm wind"), fmt(self.storm_slider.value(), 0, self.tr("m/s")))
        salinity, temperature = self.salinity_slider.value(), self.temperature_slider.value()
        self.salinity_slider.set_texts(self.tr("Inflow: salt"), self._salinity(salinity))
        self.temperature_slider.set_texts(self.tr("Inflow: temperature"), self._celsius(temperature))
        rho = float(model.density_eos80(salinity, temperature))
        bottom = self.column.reading(model.DEPTH_M - 1).density_kgpm3
        self.sample.setText(self.tr("This water: {rho} · at the bottom: {bottom}").format(
            rho=self._density(rho), bottom=self._density(bottom)))
        self.linear_note.setText(self.tr("Density by UNESCO EOS-80. The simple formula ρ₀(1 − αΔT + βΔS) gives "
                                         "{linear}: off by up to {error} in this range.").format(
            linear=self._density(model.density_linear(salinity, temperature)),
            error=self.context.format_number(model.LINEAR_MAX_ERROR_KGPM3, 1, self.tr("kg/m³"))))
        scale = {"salinity": (self._salinity(0), self._salinity(20)),
                 "temperature": (self._celsius(0), self._celsius(20)),
                 "density": (self.context.format_number(1000, 0), self._density(1016)),
                 "oxygen": (self._oxygen(0), self._oxygen(12))}[self.view.quantity]
        self.view.set_texts(low=scale[0], high=scale[1])

    def _refresh_goal(self) -> None:
        done = int(self.storm_done) + int(self.inflow_done)
        self.stars.setText("★" * done + "☆" * (2 - done))
        if not self.storm_done:
            self.goal_title.setText(self.tr("Goal 1 of 2"))
            self.task.setText(self.tr("The sea floor has no oxygen. Can a storm stir oxygen down to it? "
                                      "Make a storm that mixes at least the top {depth}.").format(
                depth=self._metres(model.STORM_GOAL_DEPTH_M)))
        elif not self.inflow_done:
            self.goal_title.setText(self.tr("Goal 2 of 2"))
            self.task.setText(self.tr("Bring oxygen to the sea floor: let in North Sea water heavy enough to "
                                      "sink all the way down."))
        else:
            self.goal_title.setText(self.tr("Free play"))
            self.task.setText(self.tr("Both goals done! Watch the oxygen at the bottom, and try a warm inflow."))
        values = self._hint_values
        hints = {
            "start": self.tr("Touch the water to measure it at any depth. Choose what the colours show."),
            "storm_shallow": self.tr("The storm mixed the water down to {depth}. Try a stronger wind.").format(**values)
            if "depth" in values else "",
            "storm_deep": self.tr("The storm mixed the water down to {depth}, but the halocline at {halocline} "
                                  "stopped it: salty water below is too heavy to stir. The bottom got no oxygen.")
            .format(**values) if "halocline" in values else "",
            "inflow_stopped": self.tr("This water ({density}) is lighter than the deep water: it stopped at "
                                      "{depth}. Saltier or colder water is heavier.").format(**values)
            if "density" in values else "",
            "inflow_bottom": self.tr("It sank to the sea floor and brought oxygen! Now watch: decomposing dead "
                                     "plankton uses it up, month by month."),
            "ran_out": self.tr("After %n month(s) the bottom has no oxygen again. Big inflows come only "
                               "every few years.", "", int(values["months"])) if "months" in values else "",
        }
        self.hint.setText(hints.get(self._hint) or hints["start"])

    def _refresh_probe(self) -> None:
        reading = self.column.reading(self.view.probe_depth_m)
        self.probe_title.setText(self.tr("At {depth} deep").format(depth=self._metres(reading.depth_m)))
        self.readouts["salinity"].setText(self._salinity(reading.salinity))
        self.readouts["temperature"].setText(self._celsius(reading.temperature_c))
        self.readouts["density"].setText(self._density(reading.density_kgpm3))
        self.readouts["oxygen"].setText(self._oxygen(max(0.0, reading.oxygen_mgl)) if reading.oxygen_mgl > 0
                                        else self.tr("none (H₂S)"))
        shown = {"salinity": self.readouts["salinity"], "temperature": self.readouts["temperature"],
                 "density": self.readouts["density"], "oxygen": self.readouts["oxygen"]}[self.view.quantity]
        self.view.set_probe_text(f"{self._metres(reading.depth_m)}: {shown.text()}")
        months = self.column.days_since_inflow
        self.months_label.setText(
            self.tr("No salt-water inflow yet: the deep water is years old.") if months is None else
            self.tr("%n month(s) since the last inflow", "", round(months / 30.44)))

    # -- layout and lifecycle --------------------------------------------------------------------

    def apply_theme(self) -> None:
        if not hasattr(self, "_extras"):  # a theme event may come while building
            return
        theme = self.context.theme
        for card in (self.goal_card, self.probe_card, self.storm_card, self.inflow_card):
            margin = theme.px(18)
            layout_of(card).setContentsMargins(margin, margin, margin, margin)
            layout_of(card).setSpacing(theme.px(8))
        self._layout.setSpacing(theme.px(14))
        self.panel_layout.setSpacing(theme.px(12))
        layout_of(self.stage).setSpacing(theme.px(10))
        self.arrange_panel()
        self._refresh()
        self._fit_panel()
        super().apply_theme()
