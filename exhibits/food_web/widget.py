"""Baltic food web: sprat and cod cycles, four sliders, a time plot and a phase plot.

Goals: fish at least 20 % a year for 50 years without losing a stock, and find the balance
point by tapping the phase plot. The science lives in model.py; this module draws and listens.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from exhibits.food_web import model
from exhibits.food_web.plots import PhasePlot, TimePlot
from exhibits.food_web.sea_view import COD_KT_PER_ICON, SPRAT_KT_PER_ICON, SeaView
from kiosk.exhibit import (
    Card,
    ExhibitContext,
    ExhibitWidget,
    SegmentedChoice,
    ThemedLabel,
    TouchButton,
    ValueSlider,
    current_theme,
    fitted_font,
    layout_of,
    turn_boxes,
)

YEARS_PER_SECOND = 2.0  # 50 model years pass in 25 s: long enough to act, short enough to wait
PLOT_EVERY_FRAMES = 3  # the charts refresh at 20 Hz (enough for slow curves); the fish swim at 60
HINT_AFTER_MISSES = 3

# Slider key -> (minimum, maximum, start value, step); ranges come from the model.
SLIDERS = {
    "growth": (*model.PREY_GROWTH_RANGE, model.DEFAULT_PREY_GROWTH_PER_YEAR, 0.05),
    "predation": (*model.PREDATION_FACTOR_RANGE, 1.0, 0.05),
    "death": (*model.PREDATOR_DEATH_RANGE, model.DEFAULT_PREDATOR_DEATH_PER_YEAR, 0.05),
    "fishing": (*model.FISHING_RANGE, 0.0, 0.05),
}


class YearsBar(QWidget):
    """A thick progress bar with its text inside (e.g. '23 / 50 years'); the fill has a pattern."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = 0.0
        self.text = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_progress(self, fraction: float, text: str) -> None:
        if (fraction, text) != (self.fraction, self.text):
            self.fraction, self.text = fraction, text
            self.update()

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(300), theme.px(56))

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        radius = rect.height() / 2
        painter.setPen(QPen(theme.color("outline"), theme.px(2)))
        painter.setBrush(theme.color("background"))
        painter.drawRoundedRect(rect, radius, radius)
        if self.fraction > 0:
            filled = QRectF(rect.left(), rect.top(), max(rect.height(), rect.width() * self.fraction), rect.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.color("good"))
            painter.drawRoundedRect(filled, radius, radius)
        # Smaller type where the text is long for the bar (Russian, large text), clear of its round ends.
        painter.setFont(fitted_font(self.text, theme.font(22, QFont.Weight.Bold), rect.width() - radius, 0.6))
        # Light text over the empty part, dark text over the fill: readable wherever the edge is.
        split_x = rect.left() + (max(rect.height(), rect.width() * self.fraction) if self.fraction > 0 else 0)
        for colour, clip in ((theme.color("text"), QRectF(split_x, 0, self.width(), self.height())),
                             (theme.color("accent_text"), QRectF(0, 0, split_x, self.height()))):
            painter.save()
            painter.setClipRect(clip)
            painter.setPen(colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text)
            painter.restore()


def _card_around(widget: QWidget, padding: int) -> Card:
    card = Card()
    layout = QVBoxLayout(card)
    layout.setContentsMargins(padding, padding, padding, padding)
    layout.addWidget(widget)
    return card


class FoodWebExhibit(ExhibitWidget):
    """Predator and prey in the Baltic, after Lotka and Volterra."""

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        theme = context.theme
        self.ecosystem = model.Ecosystem()
        self.fishing_goal = model.FishingChallenge()
        self.goal = "fishing"
        self.balance_found = False
        self.balance_misses = 0
        self.last_tap: tuple[float, float] | None = None
        self.fishing_score: int | None = None
        self._frame = 0

        self.goal_choice = SegmentedChoice(["fishing", "balance"])
        self.goal_choice.setObjectName("goals")
        self.goal_choice.chosen.connect(self.choose_goal)
        self.goal_label = ThemedLabel("", size=26, bold=True)
        self.goal_label.setObjectName("goal-text")
        self.goal_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.years_bar = YearsBar()
        self.restart_button = TouchButton("")
        self.restart_button.setObjectName("restart")
        self.restart_button.clicked.connect(self.restart)
        self.header = Card()
        self.header_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.header)
        self.header_layout.setSpacing(theme.px(18))
        self.header_layout.addWidget(self.goal_choice, 0)
        self.header_layout.addWidget(self.goal_label, 1)
        self.header_layout.addWidget(self.years_bar, 0)
        self.header_layout.addWidget(self.restart_button, 0)

        self.sea = SeaView()
        self.sea.setObjectName("sea")
        self.sea.tapped.connect(self._on_sea_tapped)

        self.sliders: dict[str, ValueSlider] = {}
        self.controls = Card()
        grid = QGridLayout(self.controls)
        self.controls_grid = grid
        for index, (key, (low, high, start, step)) in enumerate(SLIDERS.items()):
            slider = ValueSlider(low, high, start, step)
            slider.setObjectName(f"slider:{key}")
            slider.valueChanged.connect(self._on_slider_changed)
            slider.released.connect(lambda value, k=key: self.context.record("slider", {"name": k, "value": value}))
            self.sliders[key] = slider
            grid.addWidget(slider, index // 2, index % 2)

        self.time_plot = TimePlot()
        self.phase_plot = PhasePlot()
        self.phase_plot.setObjectName("phase-plot")
        self.phase_plot.tapped.connect(self.tap_phase)
        self.time_card = _card_around(self.time_plot, theme.px(10))
        self.phase_card = _card_around(self.phase_plot, theme.px(10))

        # Landscape: [sea over sliders] beside [time plot over phase plot].
        # Portrait: sea, sliders, then the two plots side by side.
        self.left_column = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.left_column.addWidget(self.sea, 1)
        self.left_column.addWidget(self.controls, 0)
        self.right_column = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.right_column.addWidget(self.time_card, 1)
        self.right_column.addWidget(self.phase_card, 1)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addLayout(self.left_column, 1)
        self.body.addLayout(self.right_column, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(self.header)
        outer.addLayout(self.body, 1)
        self.apply_theme()
        self._on_slider_changed()

    # -- the model ------------------------------------------------------------------------------
    def parameters(self) -> model.WebParameters:
        """The slider values as model parameters."""
        return model.WebParameters(
            prey_growth_per_year=self.sliders["growth"].value(),
            predation_factor=self.sliders["predation"].value(),
            predator_death_per_year=self.sliders["death"].value(),
            fishing_per_year=self.sliders["fishing"].value(),
        )

    def _on_slider_changed(self, _value: float = 0.0) -> None:
        self.ecosystem.set_parameters(self.parameters())
        self._update_slider_texts()

    def advance(self, dt_s: float) -> None:
        years = dt_s * YEARS_PER_SECOND
        sea = self.ecosystem
        was_alive = sea.alive
        sea.step(years)
        if self.goal == "fishing" and self.fishing_goal.update(sea, years):
            self.fishing_score = self.fishing_goal.score()
            self.context.complete(self.fishing_score)
        if was_alive and not sea.alive:
            self.context.record("collapse", sea.collapsed)
        self.sea.show_stocks(sea.prey_kt, sea.predator_kt, sea.params.fishing)
        self.sea.advance(dt_s)
        self._frame += 1
        if self._frame % PLOT_EVERY_FRAMES == 0:
            self._update_plots()
        self._update_status()

    def _update_plots(self) -> None:
        sea = self.ecosystem
        start = max(0.0, sea.time_years - self.time_plot.window_years)
        self.time_plot.show_history(*sea.history.arrays(since_years=start), now_years=sea.time_years)
        _, prey, predator = sea.history.arrays(since_years=sea.time_years - self.phase_plot.trail_years)
        balance = model.equilibrium(sea.params)
        show_balance = self.goal == "fishing" or self.balance_found or self.balance_misses >= HINT_AFTER_MISSES
        self.phase_plot.show_state(prey, predator, (sea.prey_kt, sea.predator_kt),
                                   balance if show_balance else None, self.last_tap, keep_in_view=balance)

    # -- what the visitor does ------------------------------------------------------------------
    def choose_goal(self, goal: str) -> None:
        """Switch between the fishing challenge and the balance hunt; the sea starts again."""
        self.goal = goal
        self.goal_choice.set_current(goal)
        self.context.record("goal", goal)
        self.restart(record=False)

    def restart(self, _checked: bool = False, *, record: bool = True) -> None:
        """The 1980s start again (sliders stay as they are)."""
        self.ecosystem.restart()
        self.fishing_goal.restart()
        self.fishing_score = None
        self.last_tap = None
        self.sea.clear()
        self.time_plot.reset_range()
        self.phase_plot.reset_range()
        if record:
            self.context.record("restart", self.goal)
        self._update_plots()
        self._update_status()

    def _on_sea_tapped(self) -> None:
        if not self.ecosystem.alive:
            self.restart()

    def tap_phase(self, point: QPointF) -> None:
        """A tap on the phase plot puts that many sprat and cod in the sea."""
        prey, predator = point.x(), point.y()
        if prey <= 1 or predator <= 1:
            return  # below the axes: no fish to put in
        self.context.record("phase_tap", {"sprat_kt": round(prey), "cod_kt": round(predator)})
        self.last_tap = (prey, predator)
        self.ecosystem.set_populations(prey, predator)
        if self.goal == "balance" and not self.balance_found:
            verdict = model.judge_balance(self.ecosystem.params, prey, predator)
            if verdict.hit:
                self.balance_found = True
                self.context.complete(verdict.score)
            else:
                self.balance_misses += 1
        elif self.goal == "fishing" and not self.fishing_goal.done:
            self.fishing_goal.restart()  # new fish, new count: no skipping the hard years
        self._update_plots()
        self._update_status()

    # -- texts ----------------------------------------------------------------------------------
    def _kt(self, value: float) -> str:
        return self.context.format_number(value, 0, self.tr("kt"))

    def _percent_a_year(self, value: float) -> str:
        return self.tr("{percent} a year").format(percent=self.context.format_number(value * 100, 0, "%"))

    def _update_slider_texts(self) -> None:
        s = self.sliders
        s["growth"].set_texts(self.tr("Sprat growth"), self._percent_a_year(s["growth"].value()))
        s["predation"].set_texts(self.tr("Cod hunting"),
                                 "× " + self.context.format_number(s["predation"].value(), 2))
        s["death"].set_texts(self.tr("Cod death rate"), self._percent_a_year(s["death"].value()))
        s["fishing"].set_texts(self.tr("Fishing"), self._percent_a_year(s["fishing"].value()))

    def goal_text(self) -> str:
        sea = self.ecosystem
        if not sea.alive:
            if sea.collapsed == "predator":
                return self.tr("The cod are gone! Ease off and press Restart.")
            return self.tr("The sprat are gone, so the cod will starve. Press Restart.")
        if self.goal == "balance":
            if self.balance_found:
                return self.tr("Balance found! Now raise the fishing: the balance point moves "
                               "to more sprat and fewer cod.")
            if self.balance_misses >= HINT_AFTER_MISSES:
                return self.tr("Hint: the balance point is the yellow cross. Tap right on it.")
            if self.balance_misses:
                return self.tr("Not quite: the fish still swing. Tap nearer the middle of the loop.")
            return self.tr("Find the balance point: tap the phase plot where sprat and cod would stay the same.")
        if self.fishing_goal.done:
            score = self.fishing_score if self.fishing_score is not None else self.fishing_goal.score()
            if score >= 70:
                return self.tr("50 years of fishing and both stocks survived! Healthy {score} % of the "
                               "time.").format(score=score)
            return self.tr("Both survived 50 years, but were healthy only {score} % of the time. "
                           "Try fishing less.").format(score=score)
        if sea.params.fishing + 1e-9 < self.fishing_goal.min_fishing:
            return self.tr("Set fishing to at least 20 % a year, then keep sprat and cod alive for 50 years.")
        return self.tr("Keep sprat and cod alive for 50 years while fishing.")

    def _update_status(self) -> None:
        text = self.goal_text()
        if self.goal_label.text() != text:
            self.goal_label.setText(text)
        fishing = self.goal == "fishing"
        self.years_bar.setVisible(fishing)
        if fishing:
            self.years_bar.set_progress(self.fishing_goal.progress, self.tr("{years} / {goal} years of fishing").format(
                years=int(self.fishing_goal.fishing_years), goal=int(self.fishing_goal.goal_years)))
        sea = self.ecosystem
        self.sea.texts = {
            "year": self.tr("Year {year}").format(year=int(sea.time_years)),
            "catch": self.tr("Caught so far: {biomass}").format(biomass=self._kt(sea.catch_kt))
            if sea.catch_kt > 0 else "",
            "sprat": self.tr("Sprat: {biomass}").format(biomass=self._kt(sea.prey_kt)),
            "cod": self.tr("Cod: {biomass}").format(biomass=self._kt(sea.predator_kt)),
            "sprat_icon": self.tr("each fish = {biomass}").format(biomass=self._kt(SPRAT_KT_PER_ICON)),
            "cod_icon": self.tr("each fish = {biomass}").format(biomass=self._kt(COD_KT_PER_ICON)),
        }
        if sea.alive:
            self.sea.overlay = None
        elif sea.collapsed == "predator":
            self.sea.overlay = self.tr("The cod stock has collapsed.\nTap here to start again.")
        else:
            self.sea.overlay = self.tr("The sprat stock has collapsed.\nTap here to start again.")

    # -- exhibit contract -----------------------------------------------------------------------
    def reset(self) -> None:
        for key, (_low, _high, start, _step) in SLIDERS.items():
            self.sliders[key].setValue(start)
        self.goal = "fishing"
        self.goal_choice.set_current("fishing")
        self.balance_found = False
        self.balance_misses = 0
        self.restart(record=False)

    def retranslate(self) -> None:
        theme = self.context.theme
        self.goal_choice.set_texts({"fishing": self.tr("Fishing"), "balance": self.tr("Balance point")})
        self.restart_button.setText(self.tr("Restart"))
        self.time_plot.set_axis_labels(theme, self.tr("Stock, kt"), self.tr("Years"))
        self.time_plot.set_legend_text(theme, self.time_plot.prey_curve, self.tr("Sprat"))
        self.time_plot.set_legend_text(theme, self.time_plot.predator_curve, self.tr("Cod"))
        self.phase_plot.set_axis_labels(theme, self.tr("Cod, kt"), self.tr("Sprat, kt"))
        self.phase_plot.set_legend_text(theme, self.phase_plot.trail, self.tr("Path"))
        self.phase_plot.set_legend_text(theme, self.phase_plot.now_marker, self.tr("Now"))
        self.phase_plot.set_legend_text(theme, self.phase_plot.balance_marker, self.tr("Balance point"))
        self._update_slider_texts()
        self._update_status()
        self.update()

    def apply_theme(self) -> None:
        theme = self.context.theme
        layout_of(self).setContentsMargins(theme.px(20), theme.px(12), theme.px(20), theme.px(20))
        layout_of(self).setSpacing(theme.px(16))
        for box in (self.body, self.left_column, self.right_column):
            box.setSpacing(theme.px(16))
        self.header_layout.setContentsMargins(theme.px(20), theme.px(12), theme.px(20), theme.px(12))
        self.controls_grid.setContentsMargins(theme.px(24), theme.px(16), theme.px(24), theme.px(16))
        self.controls_grid.setHorizontalSpacing(theme.px(40))
        self.controls_grid.setVerticalSpacing(theme.px(12))
        for card in (self.time_card, self.phase_card):
            layout_of(card).setContentsMargins(*(theme.px(10),) * 4)
        self.time_plot.apply_theme(theme)
        self.phase_plot.apply_theme(theme)
        if self.goal_label.text():
            self.retranslate()  # fonts and colours of the plot labels follow the theme too
        super().apply_theme()

    def resizeEvent(self, event: QResizeEvent) -> None:
        portrait = event.size().height() > event.size().width()
        turn_boxes(portrait, beside=(self.body, self.header_layout), across=(self.right_column,))
        super().resizeEvent(event)
