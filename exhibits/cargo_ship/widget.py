"""Cargo ship exhibit: load containers on a ship in the port of Ventspils and deliver orders."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from exhibits.cargo_ship.model import LEVEL_TOLERANCE_DEG, WATER_DENSITIES_KGPM3, Fate, Port
from exhibits.cargo_ship.panel import HintBox, LoadGauges
from exhibits.cargo_ship.scene import ShipScene
from kiosk.exhibit import (
    Card,
    ExhibitContext,
    ExhibitWidget,
    SegmentedChoice,
    ThemedLabel,
    TouchButton,
    forget_layout_sizes,
)

#: Qt's "no maximum" for a widget's size.
QWIDGETSIZE_MAX = 16_777_215
CHECK_MARK = "\N{HEAVY CHECK MARK}"
CROSS_MARK = "\N{HEAVY BALLOT X}"


#: The panel's share of the width when it needs two columns to fit the height; more with large
#: text, so that the buttons' words fit in half a panel ("Baltijas jūra", "Разгрузить").
TWO_COLUMN_SHARE = 0.42
TWO_COLUMN_SHARE_LARGE_TEXT = 0.47


class CargoShipExhibit(ExhibitWidget):
    """The port scene beside a panel with the order, a checklist, readouts and the controls."""

    panel_side_share = 0.3
    panel_min_side_px = 520

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.port = Port()
        self.scene = ShipScene(self.port, self.format_mass)
        self.scene.number_formatter = context.format_number
        self.scene.setObjectName("scene")
        self._flash_hint = ""
        self._build_panel()
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.scene, 1)
        self._layout.addWidget(self.panel)
        self.scene.moved.connect(self._on_moved)
        self.scene.lift_refused.connect(self._on_lift_refused)
        self.scene.sunk.connect(self._on_sunk)
        self.scene.sailed_out.connect(self._on_sailed_out)
        self.apply_theme()

    def _build_panel(self) -> None:
        theme = self.context.theme
        self.panel = Card()
        self.panel.setObjectName("panel")
        outer = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.panel)
        self._panel_layout = outer
        first, second = QWidget(), QWidget()
        column_a, column_b = QVBoxLayout(first), QVBoxLayout(second)
        for column in (column_a, column_b):
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(theme.px(8))  # the panel must fit a 1080-pixel screen in Latvian
        self.order_title = ThemedLabel(size=30, bold=True, accent=True)
        self.order_text = ThemedLabel(size=28, bold=True)
        self.checklist = ThemedLabel(size=25)
        self.checklist.setTextFormat(Qt.TextFormat.RichText)
        self.hint = ThemedLabel(size=24)
        self.hint.setObjectName("hint")
        self.hint_box = HintBox(self.hint)
        for label in (self.order_title, self.order_text, self.checklist):
            column_a.addWidget(label)
        column_a.addWidget(self.hint_box)
        self.gauges = LoadGauges()
        column_a.addSpacing(theme.px(8))
        column_a.addWidget(self.gauges)
        column_a.addStretch(1)
        column_b.addStretch(1)
        readouts = QGridLayout()
        readouts.setHorizontalSpacing(theme.px(12))
        readouts.setVerticalSpacing(theme.px(4))
        self.readout_names: dict[str, ThemedLabel] = {}
        self.readout_values: dict[str, ThemedLabel] = {}
        for row, key in enumerate(("displacement", "draught", "freeboard", "heel", "gm")):
            name, value = ThemedLabel(size=22, muted=True), ThemedLabel(size=22, bold=True)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            readouts.addWidget(name, row, 0)
            readouts.addWidget(value, row, 1)
            self.readout_names[key], self.readout_values[key] = name, value
        self.formula_title = ThemedLabel(size=24, bold=True, accent=True)
        self.formula = ThemedLabel(size=22)
        column_b.addWidget(self.formula_title)
        column_b.addWidget(self.formula)
        column_b.addSpacing(theme.px(8))
        column_b.addLayout(readouts)
        self.water_label = ThemedLabel(size=22, muted=True)
        self.water_choice = SegmentedChoice(list(WATER_DENSITIES_KGPM3))
        self.water_choice.chosen.connect(self._on_water)
        column_b.addWidget(self.water_label)
        column_b.addWidget(self.water_choice)
        buttons = QHBoxLayout()
        buttons.setSpacing(theme.px(12))
        self.unload_button = TouchButton()
        self.unload_button.setObjectName("unload")
        self.unload_button.clicked.connect(self._on_unload)
        self.sail_button = TouchButton(primary=True)
        self.sail_button.setObjectName("sail")
        self.sail_button.clicked.connect(self._on_sail)
        buttons.addWidget(self.unload_button, 1)
        buttons.addWidget(self.sail_button, 1)
        column_b.addLayout(buttons)
        outer.addWidget(first)
        outer.addWidget(second, 1)
        self._columns = (first, second)

    # -- texts ---------------------------------------------------------------------------------

    def format_mass(self, mass_t: float) -> str:
        return self.context.format_number(mass_t, 0, self.tr("t"))

    def retranslate(self) -> None:
        self.readout_names["displacement"].setText(self.tr("Ship + cargo"))
        self.readout_names["draught"].setText(self.tr("Draught"))
        self.readout_names["freeboard"].setText(self.tr("Freeboard"))
        self.readout_names["heel"].setText(self.tr("Heel"))
        self.readout_names["gm"].setText(self.tr("Stability (GM)"))
        self.water_choice.set_texts({"ocean": self.tr("Ocean"), "baltic": self.tr("Baltic Sea")})
        self.unload_button.setText(self.tr("Unload"))
        self.sail_button.setText(self.tr("Sail!"))
        self._refresh()

    def _refresh(self) -> None:
        """Order, checklist, hint and readouts from the model (after every change)."""
        port = self.port
        state = port.state()
        check = port.check()
        fmt = self.context.format_number
        self.order_title.setText(self.tr("Order {number} of {total}").format(
            number=port.order_index % len(port.orders) + 1, total=len(port.orders)))
        self.order_text.setText(self.tr("Load exactly {mass} onto the ship.").format(
            mass=self.format_mass(port.order.cargo_t)))
        rows = (
            (check.mass_ok, self.tr("Cargo: {loaded} of {wanted}").format(
                loaded=self.format_mass(state.cargo_t), wanted=self.format_mass(port.order.cargo_t))),
            (check.level_ok, self.tr("Level (heel under {limit})").format(limit=fmt(1, 0, "°").replace(
                "\N{NO-BREAK SPACE}", ""))),
            (check.load_line_ok and check.afloat, self.tr("Water below the load line")),
        )
        lines = "<br>".join(self._check_row(ok, text) for ok, text in rows)
        self.checklist.setText(f"<div style='line-height:140%'>{lines}</div>")
        self.hint.setText(self._flash_hint or self._hint_text())
        self.gauges.set_values(state.cargo_t, port.order.cargo_t, state.heel_deg, LEVEL_TOLERANCE_DEG,
                               state.fate is Fate.AFLOAT)
        self.gauges.set_texts(self.tr("Cargo"), self.tr("Spirit level"), self.tr("{loaded} / {wanted}").format(
            loaded=self.format_mass(state.cargo_t), wanted=self.format_mass(port.order.cargo_t)))
        metres = self.tr("m")
        values = self.readout_values
        values["displacement"].setText(self.format_mass(state.displacement_t))
        values["draught"].setText(fmt(state.draught_m, 2, metres))
        values["freeboard"].setText(fmt(max(0.0, state.freeboard_m), 2, metres))
        values["heel"].setText(fmt(abs(state.heel_deg), 1, "°").replace("\N{NO-BREAK SPACE}", "")
                               if state.fate is Fate.AFLOAT else "–")
        values["gm"].setText(fmt(state.gm_m, 2, metres))
        hull = port.hull
        self.formula_title.setText(self.tr("Archimedes: T = m / (ρ · L · B)"))
        # m in kg so that kg / (kg/m³ · m · m) visibly gives metres
        self.formula.setText("{T} = {m} / ({rho} · {L} · {B})".format(
            T=fmt(state.draught_m, 2, metres), m=fmt(state.displacement_t * 1000, 0, self.tr("kg")),
            rho=fmt(port.density_kgpm3, 0, self.tr("kg/m³")), L=fmt(hull.length_m, 1, metres),
            B=fmt(hull.beam_m, 1, metres)))
        self.water_label.setText(self.tr("Water: {density}").format(
            density=fmt(port.density_kgpm3, 0, self.tr("kg/m³"))))
        self.arrange_panel()  # a longer hint or language may need the second column

    def _check_row(self, ok: bool, text: str) -> str:
        theme = self.context.theme
        colour = theme.colours["good" if ok else "warning"]
        mark = CHECK_MARK if ok else CROSS_MARK
        return f'<span style="color:{colour}; font-weight:bold">{mark}</span>&nbsp;{text}'

    def _hint_text(self) -> str:
        port = self.port
        state = port.state()
        wanted = port.order.cargo_t
        if state.cargo_t == 0:
            return self.tr("Drag containers from the quay onto the ship.")
        if state.over_load_line:
            return self.tr("Too deep: the load line is under water. Take some cargo off.")
        if state.cargo_t < wanted:
            return self.tr("Add {mass} more.").format(mass=self.format_mass(wanted - state.cargo_t))
        if state.cargo_t > wanted:
            return self.tr("{mass} too much: take some off.").format(
                mass=self.format_mass(state.cargo_t - wanted))
        if not state.level:
            if state.heel_deg > 0:
                return self.tr("The ship leans to the right: move weight to the left.")
            return self.tr("The ship leans to the left: move weight to the right.")
        return self.tr("All set! Tap Sail to deliver.")

    # -- events --------------------------------------------------------------------------------

    def _on_moved(self, container_id: int, area: str, column: int) -> None:
        container = self.port.containers[container_id]
        self.context.record("move", {"mass_t": container.mass_t, "to": area, "column": column})
        self._flash_hint = ""
        state = self.port.state()
        if state.fate is not Fate.AFLOAT:
            self.context.record("sank", state.fate.value)
            self.scene.start_sinking(state.fate)
            self._flash_hint = self.tr("Hold on: the crew is fishing the cargo out of the sea.")
        self._refresh()

    def _on_lift_refused(self, container_id: int) -> None:
        self._flash_hint = self.tr("Lift the container on top first.")
        self._refresh()

    def _on_sunk(self) -> None:
        self.port.sink()
        self._flash_hint = ""
        self._refresh()

    def _on_water(self, water: str) -> None:
        self.port.set_water(water)
        self.context.record("water", water)
        state = self.port.state()
        if state.fate is not Fate.AFLOAT and not self.scene.busy:
            self.context.record("sank", state.fate.value)
            self.scene.start_sinking(state.fate)
        self._refresh()

    def _on_unload(self) -> None:
        if self.scene.busy:
            return
        self.port.unload_all()
        self.context.record("unload", None)
        self._flash_hint = ""
        self._refresh()

    def _on_sail(self) -> None:
        if self.scene.busy:
            return
        check = self.port.check()
        self.context.record("sail", check.ready)
        if check.ready:
            self._flash_hint = self.tr("Bon voyage!")
            self.scene.start_sailing()
        else:
            self.port.sail()  # counts the failed try
            self._flash_hint = self.tr("Not yet!") + " " + self._hint_text()
        self._refresh()

    def _on_sailed_out(self) -> None:
        _, score = self.port.sail()
        self._flash_hint = ""
        self._refresh()
        if score is not None:
            self.context.complete(score)

    # -- lifecycle -----------------------------------------------------------------------------

    def advance(self, dt_s: float) -> None:
        self.scene.advance(dt_s)

    def reset(self) -> None:
        self.port.reset()
        self.scene.reset()
        self.water_choice.set_current("ocean")
        self._flash_hint = ""
        self._refresh()

    def apply_theme(self) -> None:
        theme = self.context.theme
        margin = theme.px(20)
        self._panel_layout.setContentsMargins(margin, margin, margin, margin)
        self._panel_layout.setSpacing(theme.px(8))
        self._layout.setSpacing(theme.px(16))
        # The action in another colour than the chosen water (the accent): "Sail!" is something
        # to do, "Ocean" something chosen.
        self.sail_button.colour = theme.color("good")
        self.sail_button.update()
        self.arrange_panel()
        # The labels take the new text size from their own StyleChange, which may come after
        # this one: decide one or two columns again once they all have it.
        QTimer.singleShot(0, self, self.arrange_panel)
        self._refresh()
        super().apply_theme()

    def arrange_panel(self) -> None:
        """Panel at the right in landscape, below the scene in portrait (its own height).

        In landscape the panel is one column while it fits the height; when it does not (large
        text, a long language or hint) it becomes two columns side by side on a wider panel, so
        no line, readout or the spirit level is squeezed into another. Decided again at every
        resize, look and text change (see _refresh), on sizes measured afresh: decided only at
        some of those moments, the outcome hung on the order events came in.
        """
        landscape = self.width() >= self.height() and self.testAttribute(Qt.WidgetAttribute.WA_Resized)
        one_column_px = max(self.context.theme.px(self.panel_min_side_px),
                            round(self.width() * type(self).panel_side_share))
        two_columns = landscape and self._one_column_height(one_column_px) > self.height()
        wide = TWO_COLUMN_SHARE_LARGE_TEXT if self.context.theme.large_text else TWO_COLUMN_SHARE
        self.panel_side_share = wide if two_columns else type(self).panel_side_share
        super().arrange_panel()
        first, _ = self._columns
        if two_columns:
            self._panel_layout.setDirection(QBoxLayout.Direction.LeftToRight)
            margins = self._panel_layout.contentsMargins()
            inner = self.panel.width() - margins.left() - margins.right() - self._panel_layout.spacing()
            first.setFixedWidth(inner // 2)  # two equal columns, whatever the buttons below ask for
        else:
            self._panel_layout.setDirection(QBoxLayout.Direction.TopToBottom)
            first.setMinimumWidth(0)
            first.setMaximumWidth(QWIDGETSIZE_MAX)
        self._panel_layout.activate()

    def _one_column_height(self, width: int) -> int:
        """The panel's height as one column this wide: both columns stacked, measured afresh."""
        forget_layout_sizes(self.panel)
        margins = self._panel_layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        first, second = self._columns
        return (first.heightForWidth(inner) + second.heightForWidth(inner) + self._panel_layout.spacing()
                + margins.top() + margins.bottom())
