"""Shapes in 3D: the exhibit screen (3D picture, build plate, three views, challenge and measures)."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from exhibits.shapes_3d.model import MAX_HEIGHT, PLATE_COLUMNS, PLATE_ROWS, ChallengeTrack, Shape
from exhibits.shapes_3d.views import BuildPlate, FlatView, IsoView
from kiosk.exhibit import (
    Card,
    ExhibitContext,
    ExhibitWidget,
    GoalCard,
    SegmentedChoice,
    ThemedLabel,
    TouchButton,
    hide_extras_when_short,
    keep_width_share,
    lay_out_grid,
    layout_of,
    release_width,
)

#: How long "Solved!" stays before the next challenge's empty plate appears.
SOLVED_PAUSE_S = 2.5


class Shapes3DExhibit(ExhibitWidget):
    """Tap the plate to stack cubes; match the wanted top, front and side views."""

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.shape = Shape()
        self.track = ChallengeTrack()
        self._solved_pause_s = 0.0
        self._message = "start"
        self._portrait: bool | None = None

        self.iso_view = IsoView(self.shape)
        self.iso_view.setObjectName("iso-view")
        self.iso_view.turned.connect(lambda turns: self.context.record("turn_view", turns))
        self.plate = BuildPlate(self.shape)
        self.plate.setObjectName("plate")
        self.plate.tapped.connect(self._on_tapped)
        self.flat_views = {
            "top": FlatView(PLATE_COLUMNS, PLATE_ROWS),
            "front": FlatView(PLATE_COLUMNS, MAX_HEIGHT),
            "side": FlatView(PLATE_ROWS, MAX_HEIGHT),
        }
        self.views_card = Card()
        views_row = QHBoxLayout(self.views_card)
        for name, view in self.flat_views.items():
            view.setObjectName(f"view:{name}")
            views_row.addWidget(view)
        self._build_panel()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._arrange()
        self._refresh()

    def _build_panel(self) -> None:
        card = self.panel = GoalCard(task_size=26)
        self.panel.setObjectName("panel")
        self.challenge_number, self.stars, self.task, self.feedback = card.title, card.stars, card.task, card.feedback
        column = card.column
        column.addStretch(1)
        self.volume_text = ThemedLabel(size=26, bold=True)
        self.volume_text.setObjectName("volume")
        self.volume_explained = ThemedLabel(size=20, muted=True)
        self.area_text = ThemedLabel(size=26, bold=True)
        self.area_text.setObjectName("area")
        self.area_explained = ThemedLabel(size=20, muted=True)
        for label in (self.volume_text, self.volume_explained, self.area_text, self.area_explained):
            column.addWidget(label)
        column.addStretch(1)
        self.mode_choice = SegmentedChoice(["add", "remove"])
        self.mode_choice.setObjectName("mode")
        self.mode_choice.chosen.connect(self._on_mode)
        column.addWidget(self.mode_choice)
        self.clear_button = TouchButton()
        self.clear_button.setObjectName("clear")
        self.clear_button.clicked.connect(self._on_clear)
        column.addWidget(self.clear_button)
        # on a short panel (large text, portrait) the explanations go first, the numbers stay
        hide_extras_when_short(self.panel, [self.area_explained, self.volume_explained])

    def _arrange(self) -> None:
        """Panel beside the pictures on wide screens, below them on tall ones."""
        portrait = self.height() > self.width()
        theme = self.context.theme
        if not portrait:  # the panel's share follows the width at every resize
            keep_width_share(self.panel, self, self.grid, share=0.3, min_px=460)
        if portrait == self._portrait:
            return
        self._portrait = portrait
        for card in (self.panel, self.views_card):
            margin = theme.px(20)
            layout_of(card).setContentsMargins(margin, margin, margin, margin)
            layout_of(card).setSpacing(theme.px(10))
        self.grid.setSpacing(theme.px(16))
        pictures = [(self.iso_view, 0, 0, 1, 1), (self.plate, 0, 1, 1, 1), (self.views_card, 1, 0, 1, 2)]
        if portrait:
            lay_out_grid(self.grid, [*pictures, (self.panel, 2, 0, 1, 2)],
                         row_stretch=(5, 3, 4), column_stretch=(5, 4))
            release_width(self.panel)
        else:
            lay_out_grid(self.grid, [*pictures, (self.panel, 0, 2, 2, 1)],
                         row_stretch=(3, 2), column_stretch=(5, 4))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange()
        super().resizeEvent(event)

    # -- what the visitor does ------------------------------------------------------------------

    def _on_tapped(self, x: int, y: int) -> None:
        if self._solved_pause_s > 0:
            return  # "Solved!" is showing; the next plate comes in a moment
        adding = self.mode_choice.current() == "add"
        changed = self.shape.stack(x, y) if adding else self.shape.unstack(x, y)
        if not changed:
            self._message = "full" if adding else "empty"
            self._refresh()
            return
        self.track.count_move()
        self.context.record("stack" if adding else "unstack", {"x": x, "y": y, "volume": self.shape.volume})
        self._message = "building"
        self._shape_changed()
        challenge = self.track.current
        score = self.track.check(self.shape)
        if score is not None and challenge is not None:
            self.context.record("challenge_solved", challenge.key)
            self._message = "solved"
            self._solved_pause_s = SOLVED_PAUSE_S
            self.context.complete(score)
            self._refresh()

    def _on_mode(self, mode: str) -> None:
        self.context.record("mode", mode)
        self._message = "building"
        self._refresh()

    def _on_clear(self) -> None:
        if self._solved_pause_s > 0:
            return
        self.shape.clear()
        self.mode_choice.set_current("add")
        self.context.record("clear", None)
        self._message = "start"
        self._shape_changed()

    def _shape_changed(self) -> None:
        self.iso_view.shape_changed()
        self.plate.update()
        self._refresh()

    # -- animation ------------------------------------------------------------------------------

    def advance(self, dt_s: float) -> None:
        if self._solved_pause_s > 0:
            self._solved_pause_s -= dt_s
            if self._solved_pause_s <= 0:
                self._solved_pause_s = 0.0
                self.shape.clear()
                self.mode_choice.set_current("add")
                self._message = "start"
                self._shape_changed()

    def reset(self) -> None:
        """Empty plate, first challenge."""
        self.shape.clear()
        self.track.reset()
        self._solved_pause_s = 0.0
        self.mode_choice.set_current("add")
        self._message = "start"
        self._shape_changed()

    # -- texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._refresh()

    def _shown_challenge_index(self) -> int:
        """While "Solved!" shows, the solved challenge stays on screen."""
        return self.track.index - 1 if self._solved_pause_s > 0 else self.track.index

    def _refresh(self) -> None:
        fmt = self.context.format_number
        total = len(self.track.challenges)
        shown = self._shown_challenge_index()
        challenge = self.track.challenges[shown] if shown < total else None
        if challenge is not None:
            self.challenge_number.setText(
                self.tr("Challenge {number} of {total}").format(number=shown + 1, total=total))
        else:
            self.challenge_number.setText(self.tr("Free building"))
        solved = len(self.track.scores)
        self.stars.setText("★" * solved + "☆" * (total - solved))
        if challenge is None:
            self.task.setText(self.tr("All challenges solved! Build anything you like and watch its views."))
        elif challenge.exact_volume is not None:
            self.task.setText(self.tr("These views belong to a block of {big} cubes. Build the same views with only "
                                 "{small} cubes!").format(big=fmt(challenge.reference.volume),
                                                          small=fmt(challenge.exact_volume)))
        else:
            self.task.setText(self.tr("Build a shape that fills the striped squares in all three views."))
        target_views = challenge.views if challenge is not None else None
        views = self.shape.views()
        titles = {"top": self.tr("From above"), "front": self.tr("From the front"),
                  "side": self.tr("From the right side")}
        matching = 0
        for name, view in self.flat_views.items():
            view.set_cells(views.view(name), target_views.view(name) if target_views else None)
            if view.matches:
                matching += 1
                status = self.tr("✔ matches")
            elif target_views is not None:
                status = self.tr("not yet")
            else:
                status = ""
            view.set_texts(titles[name], status)
        self.feedback.setText(self._feedback_text(matching, challenge is not None))
        volume, pairs, area = self.shape.volume, self.shape.touching_pairs, self.shape.surface_area
        self.volume_text.setText(self.tr("Volume: {volume}").format(volume=self._cubes(volume)))
        self.volume_explained.setText(self.tr("Each cube is 1 cubic unit, so the volume is the number of cubes."))
        self.area_text.setText(self.tr("Surface area: {area}").format(area=self._squares(area)))
        self.area_explained.setText(
            self.tr("Each cube has 6 square faces. Where two cubes touch, 2 faces are hidden: "
               "6 × {volume} − 2 × {pairs} = {area}.").format(volume=fmt(volume), pairs=fmt(pairs), area=fmt(area)))
        self.mode_choice.set_texts({"add": self.tr("Add a cube"), "remove": self.tr("Take one off")})
        self.clear_button.setText(self.tr("Clear the plate"))
        front = self.tr("FRONT")
        self.iso_view.front_label = front
        self.iso_view.shape_changed()
        self.plate.front_label = front
        self.plate.update()

    def _cubes(self, count: int) -> str:
        return self.tr("%n cube(s)", "", count)

    def _squares(self, count: int) -> str:
        return self.tr("%n square(s)", "", count)

    def _feedback_text(self, matching: int, in_challenge: bool) -> str:
        if self._message == "solved":
            return self.tr("Solved! All three views match. Well done!")
        if self._message == "full":
            return self.tr("That tower is as tall as it can be.")
        if self._message == "empty":
            return self.tr("There is no cube there to take off.")
        if self._message == "start" or not in_challenge:
            return self.tr("Tap a square of the plate to stack a cube on it.")
        challenge = self.track.current
        if matching == 3 and challenge is not None and challenge.exact_volume is not None:
            advice = self.tr("The views match, but you used {count}. Take some off where they hide behind others.")
            return advice.format(count=self._cubes(self.shape.volume))
        return self.tr("{matching} of 3 views match.").format(matching=self.context.format_number(matching))

    def apply_theme(self) -> None:
        if not hasattr(self, "grid"):  # a theme event may come while building
            return
        self._portrait = None
        self._arrange()
        self._refresh()
        super().apply_theme()
