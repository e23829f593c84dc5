"""Crack the password: the builder page (tap generated pieces, see bits, guesses and cracking times)."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from exhibits.password_lab.chips import PieceChips
from exhibits.password_lab.model import (
    HOME_GUESSES_PER_S,
    PASSWORD_CHALLENGES,
    RIG_GUESSES_PER_S,
    SECONDS_PER_YEAR,
    UNIVERSE_AGE_S,
    Password,
    PieceMaker,
    challenge_bits,
    crack_seconds,
    entropy_bits,
    guesses_needed,
    plain_duration,
    pool_size,
    scientific,
)
from kiosk.exhibit import Card, ExhibitContext, ThemedLabel, TouchButton, ZoneMeter, current_theme, place_panel

PIECE_KINDS = ("word", "lower", "upper", "digit", "symbol")
#: The cracking-time meters run on log10(seconds) from one second to the age of the Universe.
METER_MAX = math.log10(UNIVERSE_AGE_S)


def superscript(number: int) -> str:
    """10 to the power written as on paper: 10¹⁷."""
    return str(number).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))


def meter_value(seconds: float) -> float:
    return min(METER_MAX, max(0.0, math.log10(max(1.0, seconds))))


class BuilderPage(QWidget):
    """The password as chips with its bits and cracking times, beside the piece buttons."""

    solved = Signal(str, float)  # challenge key, score

    def __init__(self, context: ExhibitContext, words: dict[str, tuple[str, ...]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.words = words
        self.maker = PieceMaker(self.word_list())
        self.password = Password()
        self.challenge_index = 0

        self.result = Card()
        self.result.setObjectName("password-result")
        column = QVBoxLayout(self.result)
        theme = context.theme
        column.setContentsMargins(theme.px(28), theme.px(22), theme.px(28), theme.px(22))
        column.setSpacing(theme.px(10))
        self.challenge_title = ThemedLabel(size=28, bold=True, accent=True)
        self.task = ThemedLabel(size=22)
        self.chips = PieceChips()
        self.bits = ThemedLabel(size=34, bold=True)
        self.bits.setObjectName("bits")
        self.formula = ThemedLabel(size=21, muted=True)
        self.guesses = ThemedLabel(size=23)
        self.home = ZoneMeter(METER_MAX, (meter_value(SECONDS_PER_YEAR), METER_MAX))
        self.rig = ZoneMeter(METER_MAX, (meter_value(100 * SECONDS_PER_YEAR), METER_MAX))
        self.home.setObjectName("home-meter")
        self.rig.setObjectName("rig-meter")
        self.assumption = ThemedLabel(size=18, muted=True)
        for widget in (self.challenge_title, self.task, self.chips, self.bits, self.formula, self.guesses,
                       self.home, self.rig):
            column.addWidget(widget)
        column.addStretch(1)
        column.addWidget(self.assumption)

        self.panel = Card()
        self.panel.setObjectName("password-panel")
        controls = QVBoxLayout(self.panel)
        controls.setContentsMargins(theme.px(24), theme.px(22), theme.px(24), theme.px(22))
        controls.setSpacing(theme.px(10))
        self.tap_hint = ThemedLabel(size=22, bold=True)
        grid = QGridLayout()
        grid.setSpacing(theme.px(10))
        self.piece_buttons: dict[str, TouchButton] = {}
        for index, kind in enumerate(PIECE_KINDS):
            button = TouchButton()
            button.setObjectName(f"piece:{kind}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, k=kind: self.take(k))
            self.piece_buttons[kind] = button
            if kind == "word":
                grid.addWidget(button, 0, 0, 1, 2)
            else:
                grid.addWidget(button, 1 + (index - 1) // 2, (index - 1) % 2)
        self.random_button = TouchButton(primary=True)
        self.random_button.setObjectName("random")
        self.random_button.clicked.connect(self.random_characters)
        self.remove_button = TouchButton()
        self.remove_button.setObjectName("remove-last")
        self.remove_button.clicked.connect(self.remove_last)
        self.clear_button = TouchButton()
        self.clear_button.setObjectName("clear")
        self.clear_button.clicked.connect(self.clear)
        self.renew_button = TouchButton()
        self.renew_button.setObjectName("new-pieces")
        self.renew_button.clicked.connect(self.renew)
        for button in (self.random_button, self.remove_button, self.clear_button, self.renew_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        grid.addWidget(self.random_button, 3, 0, 1, 2)
        grid.addWidget(self.remove_button, 4, 0)
        grid.addWidget(self.clear_button, 4, 1)
        grid.addWidget(self.renew_button, 5, 0, 1, 2)
        self.never = ThemedLabel(size=19, muted=True)
        controls.addWidget(self.tap_hint)
        controls.addLayout(grid)
        controls.addStretch(1)
        controls.addWidget(self.never)

        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(theme.px(16))
        self.box.addWidget(self.result, 1)
        self.box.addWidget(self.panel)

    # -- state ---------------------------------------------------------------------------------

    def word_list(self) -> tuple[str, ...]:
        return self.words.get(self.context.language) or self.words["en"]

    @property
    def bits_now(self) -> float:
        return entropy_bits(self.password.pieces, len(self.word_list()))

    def take(self, kind: str) -> None:
        """Add the piece on offer of this kind (a tap on its button)."""
        if self.password.add(self.maker.take(kind)):
            self.context.record("piece", kind)
        self._changed()

    def random_characters(self) -> None:
        self.password.clear()
        for piece in self.maker.random_characters():
            self.password.add(piece)
        self.context.record("random_characters", len(self.password.pieces))
        self._changed()

    def remove_last(self) -> None:
        self.password.remove_last()
        self._changed()

    def clear(self) -> None:
        self.password.clear()
        self.context.record("clear", None)
        self._changed()

    def renew(self) -> None:
        self.maker.renew()
        self.retranslate()

    def language_changed(self) -> None:
        """New offers in the visitor's language (pieces already taken stay)."""
        self.maker.words = self.word_list()
        self.maker.renew()

    def _changed(self) -> None:
        bits = self.bits_now
        # One strong password can solve the next challenge too: each counts.
        while self.challenge_index < len(PASSWORD_CHALLENGES):
            key = PASSWORD_CHALLENGES[self.challenge_index][0]
            if bits < challenge_bits(key):
                break
            self.challenge_index += 1
            self.solved.emit(key, round(bits, 1))
        self.retranslate()

    # -- texts ---------------------------------------------------------------------------------

    def kind_names(self) -> dict[str, str]:
        return {"word": self.tr("word"), "lower": "a–z", "upper": "A–Z", "digit": "0–9", "symbol": "#?!"}

    def duration_text(self, seconds: float) -> str:
        unit, count = plain_duration(seconds)
        if unit == "instant":
            return self.tr("less than a second")
        if unit == "universe":
            return self.tr("longer than the Universe has existed")
        texts = {
            "seconds": self.tr("%n second(s)", "", count),
            "minutes": self.tr("%n minute(s)", "", count),
            "hours": self.tr("%n hour(s)", "", count),
            "days": self.tr("%n day(s)", "", count),
            "years": self.tr("%n year(s)", "", count),
            "thousand_years": self.tr("%n thousand year(s)", "", count),
            "million_years": self.tr("%n million year(s)", "", count),
            "billion_years": self.tr("%n billion year(s)", "", count),
        }
        return texts[unit]

    def challenge_texts(self) -> tuple[str, str]:
        if self.challenge_index == 0:
            return (self.tr("Challenge 1: beat the home computer"),
                    self.tr("Build a password that a home computer needs more than a year to crack."))
        if self.challenge_index == 1:
            return (self.tr("Challenge 2: beat the cracking rig"),
                    self.tr("Now hold out for a century against a cracking rig. Tip: words are easier to "
                            "remember than random characters. How many do you need?"))
        return (self.tr("Both challenges solved!"),
                self.tr("Try the phishing spotter too: the strongest password is no help if you give it away."))

    def bits_text(self, bits: float) -> str:
        """Bits with one decimal, or none for a whole number (8 bits per word, not 8.0)."""
        return self.context.format_number(bits, 0 if abs(bits - round(bits)) < 1e-9 else 1)

    def formula_text(self) -> str:
        """The bits as the sum it is: count x log2(pool) for each kind of piece."""
        counts = self.password.kind_counts()
        if not counts:
            return ""
        words = len(self.word_list())
        parts = [f"{count} × log₂({pool_size(kind, words)})" for kind, count in counts.items()]
        return " + ".join(parts) + f" = {self.bits_text(self.bits_now)}"

    def guesses_text(self) -> str:
        bits = self.bits_now
        mantissa, exponent = scientific(guesses_needed(bits))
        power = self.bits_text(bits)
        amount = f"2^{power} ≈ {self.context.format_number(mantissa, 1)} × 10{superscript(exponent)}"
        if exponent < 6:  # a number a visitor can read in full
            amount = f"2^{power} = {self.context.format_number(round(guesses_needed(bits)), 0)}"
        return self.tr("Guesses to try every possibility: %1").replace("%1", amount)

    def retranslate(self) -> None:
        title, task = self.challenge_texts()
        self.challenge_title.setText(title)
        self.task.setText(task)
        self.chips.empty_text = self.tr("Tap the pieces to build a password.")
        self.chips.set_pieces(self.password.pieces)
        bits = self.bits_now
        self.bits.setText(self.tr("Strength: %1 bits").replace("%1", self.bits_text(bits)))
        self.formula.setText(self.formula_text())
        self.guesses.setText(self.guesses_text())
        captions = [(self.tr("1 s"), 0.0), (self.tr("1 day"), meter_value(86400)),
                    (self.tr("1 year"), meter_value(SECONDS_PER_YEAR)),
                    (self.tr("1 million years"), meter_value(1e6 * SECONDS_PER_YEAR))]
        for meter, name, rate in ((self.home, self.tr("Home computer"), HOME_GUESSES_PER_S),
                                  (self.rig, self.tr("Cracking rig"), RIG_GUESSES_PER_S)):
            seconds = crack_seconds(bits, rate)
            meter.set_reading(meter_value(seconds))
            meter.set_texts(name, self.duration_text(seconds), captions)
        self.assumption.setText(self.tr(
            "Assumed: a home computer tries a billion (10⁹) guesses a second, a cracking rig of several "
            "graphics cards a trillion (10¹²), against a fast password hash. The attacker knows the recipe "
            "(which kinds of pieces), not the pieces."))
        self.tap_hint.setText(self.tr("Tap a piece to add it:"))
        names = self.kind_names()
        words = len(self.word_list())
        for kind, button in self.piece_buttons.items():
            bits_each = self.bits_text(math.log2(pool_size(kind, words)))
            button.setText(self.tr("+ %2   (%1: %3 bits)").replace("%1", names[kind])
                           .replace("%2", self.maker.offers[kind].text).replace("%3", bits_each))
        self.random_button.setText(self.tr("12 random characters"))
        self.remove_button.setText(self.tr("Remove last"))
        self.clear_button.setText(self.tr("Clear"))
        self.renew_button.setText(self.tr("New pieces"))
        self.never.setText(self.tr("Never type a real password into anything to test it: "
                                   "this lab only uses made-up pieces."))

    def _place_panel(self) -> None:
        # Large text: two piece buttons a row ("+ L   (A–Z: 4.7 bits)") need a wider panel.
        side_share = 0.39 if current_theme().large_text else 0.34
        place_panel(self.box, self.panel, self, side_share=side_share, min_side_px=480, below_share=0.42)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_panel()
        super().resizeEvent(event)

    def apply_theme(self) -> None:
        self._place_panel()
        self.chips.updateGeometry()
