"""Teach the computer: the camera with its "show it here" square, a row per group to collect
examples, the live vote, the self-test and the challenges."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QWidget

from exhibits.teach_ai.model import (
    ENOUGH_EXAMPLES,
    GOOD_ACCURACY,
    MAX_GROUPS,
    Challenges,
    Teacher,
    TeachOutput,
    accuracy,
    one_sided,
    region_of_interest,
    too_few,
)
from exhibits.teach_ai.panel import GROUP_SYMBOLS, GroupRow, VoteBars, group_colour
from kiosk.exhibit import (
    CameraExhibit,
    CameraFrame,
    CameraView,
    ExhibitContext,
    ThemedLabel,
    TouchButton,
    hide_extras_when_short,
)


class TeachView(CameraView):
    """The camera picture with the square the computer looks at and its current guess."""

    def __init__(self, exhibit: TeachExhibit) -> None:
        super().__init__(exhibit)
        self.exhibit = exhibit
        self.setObjectName("teach-view")

    def draw_overlay(self, painter: QPainter) -> None:
        frame = self.frame
        if frame is None or self.unavailable:
            return
        theme = self.exhibit.context.theme
        left, top, right, bottom = region_of_interest(*frame.size)
        square = self.frame_transform().mapRect(QRectF(left, top, right - left, bottom - top))
        guess = self.exhibit.guess_group()
        colour = group_colour(guess) if guess is not None else theme.color("accent")
        pen = QPen(colour, theme.px(6))
        pen.setStyle(Qt.PenStyle.DashLine if guess is None else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(square, theme.px(16), theme.px(16))
        text = self.exhibit.view_caption()
        painter.setFont(theme.font(28, QFont.Weight.Bold))
        metrics = painter.fontMetrics()
        width = min(square.width(), metrics.horizontalAdvance(text) + theme.px(36))
        height = theme.text_px(28) + theme.px(20)
        box = QRectF(square.center().x() - width / 2, square.top() + theme.px(12), width, height)
        fill = theme.color("background")
        fill.setAlpha(255 if theme.high_contrast else 200)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        painter.setPen(theme.color("text"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(box.width() - theme.px(24))))


class TeachExhibit(CameraExhibit):
    """Show the camera two or three kinds of things, tap to give examples, watch it learn and guess."""

    def __init__(self, context: ExhibitContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.teacher = Teacher()
        self.challenges = Challenges()
        self.latest: TeachOutput | None = None
        self.self_test: list[tuple[int, int]] = [(0, 0), (0, 0)]
        self._notice = ""  # a one-off message after a tap (no picture yet, group full)

        column = self.place_view_and_panel(TeachView(self), spacing=10)
        self.panel.setObjectName("teach-panel")
        self.stage_title = ThemedLabel(size=30, bold=True, accent=True)
        self.task = ThemedLabel(size=22)
        self.rows = [GroupRow(group) for group in range(MAX_GROUPS)]
        for row in self.rows:
            row.add_clicked.connect(self.add_example)
            row.forget_clicked.connect(self.forget_group)
        self.rows[2].setVisible(False)
        self.guess_title = ThemedLabel(size=22, bold=True)
        self.votes = VoteBars()
        self.advice = ThemedLabel(size=21)
        self.advice.setObjectName("advice")
        self.third = TouchButton()
        self.third.setObjectName("add-group")
        self.third.clicked.connect(self.add_third_group)
        self.over = TouchButton()
        self.over.setObjectName("start-over")
        self.over.clicked.connect(self.start_over)
        self.privacy = ThemedLabel(size=18, muted=True)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.third, 1)
        buttons.addWidget(self.over, 1)
        column.addWidget(self.stage_title)
        column.addWidget(self.task)
        for row in self.rows:
            column.addWidget(row)
        column.addWidget(self.guess_title)
        column.addWidget(self.votes)
        column.addWidget(self.advice)
        column.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.privacy)
        hide_extras_when_short(self.panel, [self.privacy, self.task])

    # -- texts ---------------------------------------------------------------------------------

    def group_name(self, group: int) -> str:
        return (self.tr("Group 1"), self.tr("Group 2"), self.tr("Group 3"))[group]

    def stage_texts(self) -> tuple[str, str]:
        stage = self.challenges.stage
        if stage == "teach":
            return (self.tr("1. Teach it two groups"),
                    self.tr("Hold something (or make a gesture) in the square and tap Group 1 a few times. "
                            "Then show something different and tap Group 2."))
        if stage == "one_sided":
            return (self.tr("2. The bias challenge"),
                    self.tr("Give Group 1 at least three times as many examples as Group 2. "
                            "Then show Group 2's thing: does the computer still know it?"))
        if stage == "fix":
            return (self.tr("3. Make it fair again"),
                    self.tr("One-sided examples make the small group lose votes. Give both groups about the "
                            "same number of good examples."))
        if stage == "three":
            return (self.tr("4. Three groups"),
                    self.tr("Add a third group and teach it something new. Can it tell all three apart?"))
        return (self.tr("Free play"),
                self.tr("You taught a computer! Try tricky things: what does it say about something it never saw?"))

    def view_caption(self) -> str:
        """The line on the square: an invitation, or the current guess."""
        output = self.latest
        if output is None or output.guess is None:
            return self.tr("Show it here")
        guess = output.guess
        percent = self.context.format_number(100 * guess.confidence, 0, "%")
        return f"{GROUP_SYMBOLS[guess.group]} {self.group_name(guess.group)}: {percent}"

    def advice_text(self) -> str:
        if self._notice:
            return self._notice
        counts = self.teacher.counts
        if not self.teacher.classifier.ready:
            return self.tr("It knows nothing yet: give at least one example to two groups.")
        if one_sided(counts):
            return self.tr("One-sided! The big group has far more examples, so it wins the vote even "
                           "when it should not.")
        few = too_few(counts)
        if few:
            names = ", ".join(self.group_name(g) for g in few)
            return self.tr("Too few examples in %1: with fewer than %2 it is mostly guessing.").replace(
                "%1", names).replace("%2", str(ENOUGH_EXAMPLES))
        if accuracy(self.self_test) < GOOD_ACCURACY:
            return self.tr("It mixes the groups up: show things that look more different, from a few angles.")
        return self.tr("Well taught: it recognises most of its own examples.")

    def retranslate(self) -> None:
        title, task = self.stage_texts()
        self.stage_title.setText(title)
        self.task.setText(task)
        add_text = self.tr("add example")
        for group, row in enumerate(self.rows):
            row.add.setText(f"{GROUP_SYMBOLS[group]} {self.group_name(group)}: {add_text}")
            row.forget.setText(self.tr("Forget"))
            if group < self.teacher.groups:
                right, total = self.self_test[group] if group < len(self.self_test) else (0, 0)
                row.count.setText(self.tr("Examples: %1 · self-test: %2 of %3 right")
                                  .replace("%1", str(self.teacher.counts[group]))
                                  .replace("%2", str(right)).replace("%3", str(total)))
        self.guess_title.setText(self.tr("The computer thinks:"))
        self.votes.set_names([self.group_name(g) for g in range(self.teacher.groups)])
        self.advice.setText(self.advice_text())
        self.third.setText(self.tr("Add Group 3"))
        self.third.setEnabled(self.teacher.groups < MAX_GROUPS)
        self.over.setText(self.tr("Start over"))
        self.privacy.setText(self.tr("No pictures are kept: the computer remembers only numbers, and forgets "
                                     "them when you leave."))
        self.view.update()

    # -- what the visitor does -----------------------------------------------------------------

    def guess_group(self) -> int | None:
        output = self.latest
        return output.guess.group if output is not None and output.guess is not None else None

    def add_example(self, group: int) -> None:
        """Remember what the camera sees now as an example of ``group`` (a tap on its button)."""
        if self.latest is None:
            self._notice = self.tr("Wait for the camera picture, then tap again.")
        elif not self.teacher.add_example(group, self.latest.features):
            self._notice = self.tr("This group is full. Forget it to start it again.")
        else:
            self._notice = ""
            self.context.record("example", group)
        self._examples_changed()

    def forget_group(self, group: int) -> None:
        if self.teacher.counts[group]:
            self.teacher.forget(group)
            self.context.record("forget", group)
        self._notice = ""
        self._examples_changed()

    def add_third_group(self) -> None:
        if self.teacher.add_group():
            self.rows[2].setVisible(True)
            self.context.record("third_group", 3)
            self._examples_changed()

    def start_over(self) -> None:
        self.context.record("start_over", None)
        self.reset()

    def _examples_changed(self) -> None:
        self.self_test = self.teacher.classifier.self_test()
        solved = self.challenges.check(self.teacher.counts, self.self_test)
        if solved is not None:
            self.context.record("solved", solved)
            self.context.complete(self.challenges.score(self.self_test))
        self.retranslate()

    def on_camera_frame(self, frame: CameraFrame) -> None:
        output = frame.result
        if not isinstance(output, TeachOutput):
            return
        before = self.guess_group()
        self.latest = output
        guess = output.guess
        self.votes.set_vote(guess.shares if guess is not None else None, guess.group if guess is not None else None)
        if before != self.guess_group():
            self.view.update()

    def advance(self, dt_s: float) -> None:
        self.votes.advance(dt_s)

    # -- lifecycle -----------------------------------------------------------------------------

    def frame_processor(self):
        return self.teacher.process

    def reset(self) -> None:
        """Start over: every example forgotten, back to the first challenge."""
        self.teacher.clear()
        self.challenges = Challenges()
        self.rows[2].setVisible(False)
        self._notice = ""
        self.self_test = self.teacher.classifier.self_test()
        self.votes.set_vote(None, None)
        self.retranslate()

    def stop(self) -> None:
        super().stop()
        self.teacher.clear()  # the examples belong to this visitor's run only
        self.latest = None

    def apply_theme(self) -> None:
        for row in self.rows:
            row.apply_theme()
        self.view.update()
        super().apply_theme()
