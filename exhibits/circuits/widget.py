"""Circuit builder exhibit: a palette of parts, the board, and a panel with the challenge."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from exhibits.circuits.board import Board
from exhibits.circuits.model import (
    BATTERY_INTERNAL_OHM,
    BATTERY_VOLTAGE_V,
    ERASER,
    NO_CURRENT_A,
    RESISTOR_OHM,
    CircuitGame,
    Edge,
    Kind,
    lit_bulbs,
)
from exhibits.circuits.parts import draw_eraser, draw_part
from kiosk.exhibit import (
    Card,
    ExhibitContext,
    ExhibitWidget,
    ThemedLabel,
    ThemedMixin,
    TouchButton,
    current_theme,
    layout_of,
)

#: The palette, in order: tool key (a part kind's value, or the eraser).
TOOLS = (Kind.WIRE.value, Kind.BULB.value, Kind.BATTERY.value, Kind.SWITCH.value,
         Kind.RESISTOR.value, ERASER)


#: How long a "well done" stays in the hint box, seconds.
FLASH_S = 4.0
#: The side panel's least width at normal text size, design pixels (it grows with large text).
PANEL_MIN_PX = 500


class ToolButton(ThemedMixin, QAbstractButton):
    """A palette button: the part's picture above its name; checked = the tool in hand."""

    def __init__(self, tool: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tool = tool
        self.setCheckable(True)
        self.setObjectName(f"tool:{tool}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(150), theme.px(118))

    def minimumSizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(96), theme.px(90))

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        checked = self.isChecked()
        painter.setBrush(theme.color("surface_raised"))
        painter.setPen(QPen(theme.color("accent") if checked else theme.color("outline"),
                            theme.px(6 if checked else 2)))
        painter.drawRoundedRect(rect, theme.px(18), theme.px(18))
        label_h = theme.text_px(22) * 1.5
        icon = QRectF(rect.left(), rect.top() + theme.px(6), rect.width(), rect.height() - label_h - theme.px(6))
        span = min(icon.width() * 0.8, icon.height() * 1.6)
        a = QPointF(icon.center().x() - span / 2, icon.center().y())
        b = QPointF(icon.center().x() + span / 2, icon.center().y())
        if self.tool == ERASER:
            draw_eraser(painter, icon.center(), span * 0.55, theme)
        else:
            kind = Kind(self.tool)
            draw_part(painter, kind, a, b, theme, brightness=1.0 if kind is Kind.BULB else 0.0)
        painter.setPen(theme.color("accent") if checked else theme.color("text"))
        font = theme.font(22, QFont.Weight.Bold if checked else QFont.Weight.DemiBold)
        available = rect.width() - theme.px(10)
        while font.pixelSize() > 8 and QFontMetrics(font).horizontalAdvance(self.text()) > available:
            font.setPixelSize(font.pixelSize() - 1)  # long names (Russian) shrink to fit
        painter.setFont(font)
        painter.drawText(QRectF(rect.left(), rect.bottom() - label_h, rect.width(), label_h - theme.px(4)),
                         Qt.AlignmentFlag.AlignCenter, self.text())


class HintBox(ThemedMixin, QFrame):
    """A raised box with a coloured bar for the current advice; ``warning`` for short circuits."""

    def __init__(self, label: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warning = False
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(label)
        self.apply_theme()

    def apply_theme(self) -> None:
        theme = current_theme()
        self._layout.setContentsMargins(theme.px(30), theme.px(14), theme.px(16), theme.px(14))
        super().apply_theme()

    def set_warning(self, warning: bool) -> None:
        if warning != self.warning:
            self.warning = warning
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        edge = theme.color("danger") if self.warning else theme.color("outline")
        painter.setPen(QPen(edge, theme.px(3)) if self.warning or theme.high_contrast else Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("surface_raised"))
        painter.drawRoundedRect(rect, theme.px(16), theme.px(16))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("danger") if self.warning else theme.color("accent"))
        bar = theme.px(10)
        painter.drawRoundedRect(QRectF(rect.left() + theme.px(9), rect.top() + theme.px(10), bar,
                                       rect.height() - theme.px(20)), bar / 2, bar / 2)


class CircuitsExhibit(ExhibitWidget):
    """Build circuits on a grid; bulbs glow by P = I²R; challenges on series and parallel."""

    panel_side_share = 0.27
    panel_min_side_px: float = PANEL_MIN_PX

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.game = CircuitGame()
        self.tool = Kind.WIRE.value
        self._flash = ""
        self._flash_s = 0.0
        self.board = Board(self.game.circuit)
        self.board.setObjectName("board")
        self.board.format_number = context.format_number
        self.board.edge_tapped.connect(self._on_tap)
        self.board.edge_swiped.connect(self._on_swipe)
        self._build_palette()
        self._build_panel()
        # The board, and under it the how-to rules when the panel has no room for them.
        self.stage = QWidget()
        self._stage_layout = QVBoxLayout(self.stage)
        self._stage_layout.setContentsMargins(0, 0, 0, 0)
        self._stage_layout.addWidget(self.board, 1)
        self.rules_card = Card()
        self.rules_card.setObjectName("rules")
        QVBoxLayout(self.rules_card)
        self.rules_card.hide()
        self._stage_layout.addWidget(self.rules_card)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.tool_palette)
        self._layout.addWidget(self.stage, 1)
        self._layout.addWidget(self.panel)
        self.board.set_solution(self.game.solution)
        self.apply_theme()

    def _build_palette(self) -> None:
        self.tool_palette = QWidget()
        self._palette_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.tool_palette)
        self._palette_layout.setContentsMargins(0, 0, 0, 0)
        self._tool_group = QButtonGroup(self)
        self._tool_group.setExclusive(True)
        self.tool_buttons: dict[str, ToolButton] = {}
        for tool in TOOLS:
            button = ToolButton(tool)
            button.clicked.connect(lambda _=False, t=tool: self._choose_tool(t))
            self._tool_group.addButton(button)
            self._palette_layout.addWidget(button)
            self.tool_buttons[tool] = button
        self.tool_buttons[self.tool].setChecked(True)

    def _build_panel(self) -> None:
        theme = self.context.theme
        self.panel = Card()
        self.panel.setObjectName("panel")
        layout = QVBoxLayout(self.panel)
        self._panel_layout = layout
        self.challenge_title = ThemedLabel(size=30, bold=True, accent=True)
        self.challenge_text = ThemedLabel(size=28, bold=True)
        self.hint = ThemedLabel(size=24)
        self.hint.setObjectName("hint")
        self.hint_box = HintBox(self.hint)
        layout.addWidget(self.challenge_title)
        layout.addWidget(self.challenge_text)
        layout.addWidget(self.hint_box)
        self.how_to = ThemedLabel(size=22, muted=True)
        self.how_to.setTextFormat(Qt.TextFormat.RichText)
        self.how_to.setObjectName("how-to")
        layout.addSpacing(theme.px(6))
        layout.addWidget(self.how_to)
        self._how_to_index = layout.indexOf(self.how_to)
        layout.addStretch(1)
        self.law_label = ThemedLabel(size=26, bold=True, accent=True)
        layout.addWidget(self.law_label)
        readouts = QGridLayout()
        readouts.setHorizontalSpacing(theme.px(12))
        self.readout_names: dict[str, ThemedLabel] = {}
        self.readout_values: dict[str, ThemedLabel] = {}
        for row, key in enumerate(("voltage", "current", "resistance", "bulbs")):
            name, value = ThemedLabel(size=22, muted=True), ThemedLabel(size=22, bold=True)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            readouts.addWidget(name, row, 0)
            readouts.addWidget(value, row, 1)
            self.readout_names[key], self.readout_values[key] = name, value
        layout.addLayout(readouts)
        buttons = QHBoxLayout()
        self.clear_button = TouchButton()
        self.clear_button.setObjectName("clear")
        self.clear_button.clicked.connect(self._on_clear)
        self.skip_button = TouchButton()
        self.skip_button.setObjectName("skip")
        self.skip_button.clicked.connect(self._on_skip)
        buttons.addWidget(self.clear_button, 1)
        buttons.addWidget(self.skip_button, 1)
        layout.addLayout(buttons)

    # -- texts ---------------------------------------------------------------------------------

    def _tool_names(self) -> dict[str, str]:
        return {
            Kind.WIRE.value: self.tr("Wire"),
            Kind.BULB.value: self.tr("Bulb"),
            Kind.BATTERY.value: self.tr("Battery"),
            Kind.SWITCH.value: self.tr("Switch"),
            Kind.RESISTOR.value: self.tr("Resistor"),
            ERASER: self.tr("Eraser"),
        }

    def _challenge_texts(self) -> dict[str, tuple[str, str]]:
        """Each challenge's task and a tip."""
        return {
            "light_one": (self.tr("Light the bulb!"),
                          self.tr("Pick Wire, then tap the grey lines or swipe along them to join "
                                  "the battery and the bulb in a loop.")),
            "two_equal": (self.tr("Light two bulbs equally bright."),
                          self.tr("Add a second bulb. Does it matter where you put it?")),
            "switch_two": (self.tr("Make one switch turn two bulbs on and off."),
                           self.tr("Put a switch where the current of both bulbs passes. Tap a "
                                   "switch to close or open it.")),
            "parallel_bright": (self.tr("Make each of two bulbs as bright as one bulb alone."),
                                self.tr("Give every bulb its own path to the battery "
                                        "(a parallel circuit).")),
            "dim_resistor": (self.tr("Use a resistor to make a bulb glow dimmer."),
                             self.tr("A resistor lets less current through. Put it in a bulb's "
                                     "path.")),
        }

    def retranslate(self) -> None:
        names = self._tool_names()
        for tool, button in self.tool_buttons.items():
            button.setText(names[tool])
        self.clear_button.setText(self.tr("Clear"))
        self.skip_button.setText(self.tr("Next challenge"))
        self.readout_names["voltage"].setText(self.tr("Voltage U"))
        self.readout_names["current"].setText(self.tr("Current I"))
        self.readout_names["resistance"].setText(self.tr("Resistance R"))
        self.readout_names["bulbs"].setText(self.tr("Bulbs lit"))
        self.law_label.setText(self.tr("Ohm's law: I = U / R"))
        rules = (
            self.tr("Tap an empty line: put the part there."),
            self.tr("Swipe along lines: lay many at once."),
            self.tr("Tap a switch: open or close it."),
            self.tr("Tap a battery with Battery: turn it round."),
            self.tr("Tap a part with Eraser, or with the same part: take it away."),
        )
        self.how_to.setText("<br>".join(f"\N{BULLET}&nbsp;{rule}" for rule in rules))
        fmt = self.context.format_number
        self.board.labels = {
            "A": self.tr("A"),
            "battery": fmt(BATTERY_VOLTAGE_V, 1, self.tr("V")),
            "resistor": fmt(RESISTOR_OHM, 0, self.tr("Ω")),
        }
        self._refresh()

    def _refresh(self) -> None:
        game = self.game
        solution = game.solution
        title, tip = self._challenge_texts()[game.challenge.key]
        self.challenge_title.setText(self.tr("Challenge {number} of {total}").format(
            number=game.challenge_index % len(game.challenges) + 1, total=len(game.challenges)))
        self.challenge_text.setText(title)
        short = solution.short_circuit
        self.hint_box.set_warning(short)
        if short:
            self.hint.setText(self.tr("Short circuit! Wires join the battery's + and − directly, so "
                                      "a huge current flows and the battery gets hot. Put a bulb or "
                                      "a resistor in the way."))
        elif self._flash:
            self.hint.setText(self._flash)
        else:
            self.hint.setText(self._status_text() or tip)
        fmt = self.context.format_number
        battery = self._main_battery()
        values = self.readout_values
        if battery is None:
            for key in ("voltage", "current", "resistance"):
                values[key].setText("–")
        else:
            current, terminal_v = battery
            values["voltage"].setText(fmt(terminal_v, 2, self.tr("V")))
            values["current"].setText(fmt(current, 2, self.tr("A")))
            resistance = terminal_v / current
            values["resistance"].setText(fmt(resistance, 1, self.tr("Ω")) if resistance >= 0.05 else "≈ 0")
        values["bulbs"].setText(str(len(lit_bulbs(game.circuit, solution))))
        self.board.set_solution(solution)

    def _main_battery(self) -> tuple[float, float] | None:
        """(current, voltage across the outside circuit) of the battery carrying most current."""
        best = None
        for edge, part in self.game.circuit.parts.items():
            if part.kind is Kind.BATTERY:
                current = abs(self.game.solution.current(edge))
                if current > NO_CURRENT_A and (best is None or current > best[0]):
                    best = (current, BATTERY_VOLTAGE_V - current * BATTERY_INTERNAL_OHM)
        return best

    def _status_text(self) -> str:
        """Advice from the state of the board, when there is something to say."""
        circuit, solution = self.game.circuit, self.game.solution
        if circuit.count(Kind.BATTERY) == 0:
            return self.tr("Every circuit needs a battery: pick Battery and tap a line.")
        if not any(abs(c) > NO_CURRENT_A for c in solution.current_a.values()):
            if any(p.kind is Kind.SWITCH and not p.closed for p in circuit.parts.values()):
                return self.tr("A switch is open: tap it to close it.")
            if circuit.count(Kind.WIRE) and (circuit.count(Kind.BULB) or circuit.count(Kind.RESISTOR)):
                return self.tr("No current yet: the parts must make a closed loop from + round to −.")
        return ""

    # -- events --------------------------------------------------------------------------------

    def _choose_tool(self, tool: str) -> None:
        self.tool = tool
        self.context.record("tool", tool)

    def _on_tap(self, edge: Edge) -> None:
        action = self.game.circuit.tap(edge, self.tool)
        if action:
            self.context.record("tap", {"tool": self.tool, "action": action})
            self._changed()

    def _on_swipe(self, edge: Edge) -> None:
        action = self.game.circuit.lay(edge, self.tool)
        if action:
            self.context.record("swipe", {"tool": self.tool, "action": action})
            self._changed()

    def _changed(self) -> None:
        was_short = self.game.solution.short_circuit
        score = self.game.changed()
        if self.game.solution.short_circuit and not was_short:
            self.context.record("short_circuit", None)
        if score is not None:
            self._flash = self.tr("Well done! Here is the next challenge.")
            self._flash_s = FLASH_S
            self.context.complete(score)
        elif self._flash_s < FLASH_S - 1.0:  # a praise stays at least a second
            self._flash, self._flash_s = "", 0.0
        self._refresh()

    def _on_clear(self) -> None:
        self.game.circuit.clear()
        self.context.record("clear", None)
        self._flash = ""
        self._changed()

    def _on_skip(self) -> None:
        self.context.record("skip", self.game.challenge.key)
        self.game.next_challenge()
        self._flash = ""
        self._refresh()

    # -- lifecycle -----------------------------------------------------------------------------

    def advance(self, dt_s: float) -> None:
        if self._flash_s > 0:
            self._flash_s -= dt_s
            if self._flash_s <= 0:
                self._flash = ""
                self._refresh()
        self.board.advance(dt_s)

    def reset(self) -> None:
        self.game.reset()
        self._flash, self._flash_s = "", 0.0
        self.tool = Kind.WIRE.value
        self.tool_buttons[self.tool].setChecked(True)
        self._refresh()

    def apply_theme(self) -> None:
        theme = self.context.theme
        margin = theme.px(24)
        self._panel_layout.setContentsMargins(margin, margin, margin, margin)
        self._panel_layout.setSpacing(theme.px(14))
        self._palette_layout.setSpacing(theme.px(12))
        self._layout.setSpacing(theme.px(16))
        self._stage_layout.setSpacing(theme.px(16))
        layout_of(self.rules_card).setContentsMargins(margin, theme.px(18), margin, theme.px(18))
        self.arrange_panel()
        super().apply_theme()

    def arrange_panel(self) -> None:
        """Palette | board | panel in landscape; board, palette row, panel in portrait (the
        panel itself is placed by the base, as declared).

        With large text in landscape the panel is wider (its least width grows with the text)
        and the how-to rules move under the board: in the panel, the tip and the rules were cut
        and "Next challenge" did not fit its button."""
        theme = self.context.theme
        portrait = self.height() > self.width()
        # design pixels that grow with the text, as font sizes do (theme.text_px)
        self.panel_min_side_px = theme.text_px(PANEL_MIN_PX) / theme.scale
        self._place_rules(below_board=not portrait and theme.large_text)
        if portrait:
            self._palette_layout.setDirection(QBoxLayout.Direction.LeftToRight)
            self._layout.insertWidget(0, self.stage, 1)
            self.tool_palette.setFixedWidth(16777215)
            self.tool_palette.setMinimumWidth(0)
            self.tool_palette.setFixedHeight(theme.px(130))
        else:
            self._palette_layout.setDirection(QBoxLayout.Direction.TopToBottom)
            self._layout.insertWidget(0, self.tool_palette)
            self.tool_palette.setMinimumHeight(0)
            self.tool_palette.setMaximumHeight(16777215)
            self.tool_palette.setFixedWidth(theme.px(160))
        super().arrange_panel()

    def _place_rules(self, *, below_board: bool) -> None:
        """The how-to rules in the panel, or in their own card under the board."""
        rules_layout, panel_layout = layout_of(self.rules_card), self._panel_layout
        if below_board == (rules_layout.indexOf(self.how_to) >= 0):
            return
        if below_board:
            panel_layout.removeWidget(self.how_to)
            rules_layout.addWidget(self.how_to)
        else:
            rules_layout.removeWidget(self.how_to)
            panel_layout.insertWidget(self._how_to_index, self.how_to)
        self.rules_card.setVisible(below_board)
        self.how_to.show()

    # convenience for tests --------------------------------------------------------------------

    def edge_point(self, edge: Edge) -> QPointF:
        """The middle of an edge in board coordinates (where a finger taps it)."""
        return self.board.edge_midpoint(edge)
