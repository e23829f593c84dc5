"""The home screen's filters: "for 6+" style age choices and one chip per subject on offer.

Filtering is a pure function of the manifests (`matches`), so the rule a child sees on the
chips is the rule the tests check.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QScrollArea, QScroller, QSizePolicy, QWidget

from kiosk.exhibit.kit import ThemedMixin
from kiosk.exhibit.theme import current_theme
from kiosk.manifest import Manifest
from kiosk.ui.home_tiles import subject_name

#: The age choices: "for 6+" shows what a six-year-old can play (the exhibit's youngest age <= 6).
AGE_CHOICES = (6, 8, 10)


@dataclass(frozen=True)
class HomeFilter:
    """What the visitor chose: an age (None: any) and a subject (None: all)."""

    age: int | None = None
    subject: str | None = None

    def matches(self, manifest: Manifest | None) -> bool:
        if manifest is None:  # an unavailable exhibit shows only when nothing is filtered
            return self.age is None and self.subject is None
        if self.age is not None and manifest.ages[0] > self.age:
            return False
        return self.subject is None or manifest.subject == self.subject


class FilterChip(ThemedMixin, QAbstractButton):
    """A rounded, checkable chip with an optional colour dot (the subject's colour)."""

    def __init__(self, key: str, subject: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.subject = subject
        self.setObjectName(f"filter:{key}")
        self.setCheckable(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def _font(self) -> QFont:
        return current_theme().font(21, QFont.Weight.DemiBold)

    def sizeHint(self) -> QSize:
        theme = current_theme()
        dot = theme.px(30) if self.subject else 0
        width = QFontMetrics(self._font()).horizontalAdvance(self.text()) + theme.px(44) + dot
        return QSize(width, max(theme.px(60), QFontMetrics(self._font()).height() + theme.px(20)))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        radius = rect.height() / 2
        on = self.isChecked() or self.isDown()
        painter.setBrush(theme.color("accent") if on else theme.color("surface"))
        painter.setPen(QPen(theme.color("outline" if theme.high_contrast or not on else "accent"), theme.px(2)))
        painter.drawRoundedRect(rect, radius, radius)
        text_rect = rect.adjusted(theme.px(20), 0, -theme.px(20), 0)
        if self.subject:
            size = theme.px(18)
            dot = QRectF(text_rect.left(), rect.center().y() - size / 2, size, size)
            painter.setBrush(theme.subject_color(self.subject))
            painter.setPen(QPen(theme.color("accent_text" if on else "outline"), theme.px(2)))
            painter.drawEllipse(dot)
            text_rect.setLeft(dot.right() + theme.px(12))
        painter.setPen(theme.color("accent_text") if on else theme.color("text"))
        painter.setFont(self._font())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, self.text())


class FilterBar(ThemedMixin, QScrollArea):
    """One row of chips, "All" first, then ages, then the subjects on offer; swipe it sideways
    when it is wider than the screen. Emits changed(HomeFilter)."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home-filters")
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.row = QWidget()
        self.row.setStyleSheet("background: transparent;")
        self.chips_layout = QHBoxLayout(self.row)
        self.chips_layout.setContentsMargins(0, 0, 0, 0)
        self.setWidget(self.row)
        self.current = HomeFilter()
        self.all_chip = FilterChip("all")
        self.all_chip.clicked.connect(self.clear)
        self.age_chips = {age: FilterChip(f"age:{age}") for age in AGE_CHOICES}
        for age, chip in self.age_chips.items():
            chip.clicked.connect(lambda _=False, a=age: self._choose_age(a))
        self.subject_chips: dict[str, FilterChip] = {}
        self.set_subjects([])
        self.setStyleSheet("background: transparent;")  # last: it sends a StyleChange

    def set_subjects(self, subjects: list[str]) -> None:
        """The subjects of the exhibits on offer, in the order they first appear."""
        for chip in self.subject_chips.values():
            chip.deleteLater()
        self.subject_chips = {}
        while self.chips_layout.count():
            self.chips_layout.takeAt(0)
        self.chips_layout.addWidget(self.all_chip)
        for chip in self.age_chips.values():
            self.chips_layout.addWidget(chip)
        for subject in subjects:
            chip = FilterChip(f"subject:{subject}", subject)
            chip.clicked.connect(lambda _=False, s=subject: self._choose_subject(s))
            self.subject_chips[subject] = chip
            self.chips_layout.addWidget(chip)
        self.chips_layout.addStretch(1)
        if self.current.subject not in self.subject_chips:
            self.current = HomeFilter(self.current.age, None)
        self.retranslate()
        self._show_state()

    def clear(self) -> None:
        self._set(HomeFilter())

    def _choose_age(self, age: int) -> None:
        self._set(HomeFilter(None if self.current.age == age else age, self.current.subject))

    def _choose_subject(self, subject: str) -> None:
        self._set(HomeFilter(self.current.age, None if self.current.subject == subject else subject))

    def _set(self, chosen: HomeFilter) -> None:
        changed = chosen != self.current
        self.current = chosen
        self._show_state()
        if changed:
            self.changed.emit(chosen)

    def _show_state(self) -> None:
        self.all_chip.setChecked(self.current == HomeFilter())
        for age, chip in self.age_chips.items():
            chip.setChecked(self.current.age == age)
        for subject, chip in self.subject_chips.items():
            chip.setChecked(self.current.subject == subject)

    def retranslate(self) -> None:
        self.all_chip.setText(self.tr("All"))
        for age, chip in self.age_chips.items():
            chip.setText(self.tr("For %1+").replace("%1", str(age)))
        for subject, chip in self.subject_chips.items():
            chip.setText(subject_name(subject))
        height = max((chip.sizeHint().height() for chip in (self.all_chip, *self.age_chips.values())), default=0)
        self.setFixedHeight(height)

    def apply_theme(self) -> None:
        self.chips_layout.setSpacing(current_theme().px(10))
        self.retranslate()
