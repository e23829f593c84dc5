"""Crack the password: how many guesses a generated password needs, how long that takes, and
the phishing spotter's rules.

Qt-free. A password here is a list of generated pieces (a word from a word list, a letter, a
digit, a symbol, or a character from all of them); the visitor never types one. Its strength
comes from how it was made, not from how it looks: an attacker who knows the recipe must try
every combination, so a piece drawn from a pool of P equally likely choices adds log2(P) bits,
and L random characters from one pool give log2(P^L) = L log2(P) bits. A word from a list of
N words adds log2(N) bits.
"""

from __future__ import annotations

import functools
import math
import random
import string
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

#: Characters of each kind; "any" is all of them together (the classic random password).
SYMBOLS = string.punctuation  # the 32 symbols on a keyboard
CHARACTER_POOLS = {
    "lower": string.ascii_lowercase,
    "upper": string.ascii_uppercase,
    "digit": string.digits,
    "symbol": SYMBOLS,
    "any": string.ascii_lowercase + string.ascii_uppercase + string.digits + SYMBOLS,
}
KINDS = ("word", "lower", "upper", "digit", "symbol", "any")
#: A password holds at most this many pieces (the screen shows them all).
MAX_PIECES = 24
#: The "random characters" recipe's length.
RANDOM_LENGTH = 12

#: Guessing speed assumed for a fast password hash (such as MD5 or NTLM) in a stolen file:
#: a home computer about a billion guesses a second, a cracking rig of several top graphics
#: cards about a trillion. A site that stores passwords with a slow hash is far slower to attack.
HOME_GUESSES_PER_S = 1e9
RIG_GUESSES_PER_S = 1e12

SECONDS_PER_YEAR = 365.25 * 24 * 3600
#: The age of the Universe, about 13.8 billion years.
UNIVERSE_AGE_S = 13.8e9 * SECONDS_PER_YEAR


def load_words(path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """The passphrase word lists by language (words.toml beside this module)."""
    return dict(_parsed_words(path or Path(__file__).with_name("words.toml")))


@functools.cache
def _parsed_words(path: Path) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Read once per run: the file ships with the exhibit (parsing it cost every open about 4 ms)."""
    with path.open("rb") as file:
        data = tomllib.load(file)
    lists = []
    for language, words in data.items():
        unique = tuple(dict.fromkeys(words))
        if len(unique) != len(words) or not unique:
            raise ValueError(f"{path}: the {language} word list must hold different words, and some")
        lists.append((language, unique))
    return tuple(lists)


def pool_size(kind: str, word_count: int) -> int:
    """How many equally likely choices one piece of this kind is drawn from."""
    if kind == "word":
        return word_count
    if kind not in CHARACTER_POOLS:
        raise ValueError(f"unknown piece kind {kind!r}; use one of {', '.join(KINDS)}")
    return len(CHARACTER_POOLS[kind])


@dataclass(frozen=True)
class Piece:
    kind: str
    text: str


def entropy_bits(pieces: list[Piece], word_count: int) -> float:
    """Bits of the recipe: the sum of log2(pool) over the pieces (log2 of the number of passwords
    the same recipe could have made)."""
    return sum(math.log2(pool_size(piece.kind, word_count)) for piece in pieces)


def guesses_needed(bits: float) -> float:
    """Guesses to try every password of the recipe: 2^bits (on average half of them are needed)."""
    return 2.0 ** bits


def crack_seconds(bits: float, guesses_per_s: float) -> float:
    """Seconds to try every possibility at a guessing speed."""
    return guesses_needed(bits) / guesses_per_s


def bits_for_seconds(seconds: float, guesses_per_s: float) -> float:
    """The bits a recipe needs so that trying everything takes at least this long."""
    return math.log2(seconds * guesses_per_s)


#: Units to say a long time in, largest first: (key, seconds).
DURATION_UNITS = (
    ("billion_years", 1e9 * SECONDS_PER_YEAR),
    ("million_years", 1e6 * SECONDS_PER_YEAR),
    ("thousand_years", 1e3 * SECONDS_PER_YEAR),
    ("years", SECONDS_PER_YEAR),
    ("days", 86400.0),
    ("hours", 3600.0),
    ("minutes", 60.0),
    ("seconds", 1.0),
)


def plain_duration(seconds: float) -> tuple[str, int]:
    """A time as (unit, whole number) a visitor can read: (days, 12), (million_years, 3).

    Less than a second is ("instant", 0); longer than the Universe has existed is
    ("universe", times its age)."""
    if seconds < 1.0:
        return "instant", 0
    if seconds > UNIVERSE_AGE_S:
        return "universe", int(seconds // UNIVERSE_AGE_S)
    for unit, unit_s in DURATION_UNITS:
        if seconds >= unit_s:
            return unit, int(seconds // unit_s)
    return "seconds", int(seconds)  # pragma: no cover - 1 s and more always matches a unit


def scientific(value: float) -> tuple[float, int]:
    """value = mantissa x 10^exponent, mantissa in [1, 10)."""
    if value <= 0:
        return 0.0, 0
    exponent = math.floor(math.log10(value))
    mantissa = value / 10.0 ** exponent
    if mantissa >= 9.995:  # rounds up to 10.0 on screen
        mantissa, exponent = mantissa / 10, exponent + 1
    return mantissa, exponent


class PieceMaker:
    """Generates pieces: an offer of the next piece of each kind, renewed when it is taken."""

    def __init__(self, words: tuple[str, ...], rng: random.Random | None = None) -> None:
        if not words:
            raise ValueError("a passphrase needs a word list")
        self.words = words
        self.rng = rng or random.SystemRandom()  # the same generator real password managers use
        self.offers = {kind: self.make(kind) for kind in KINDS}

    def make(self, kind: str) -> Piece:
        if kind == "word":
            return Piece(kind, self.rng.choice(self.words))
        return Piece(kind, self.rng.choice(CHARACTER_POOLS[kind]))

    def take(self, kind: str) -> Piece:
        """The piece on offer for this kind; a new one takes its place."""
        piece = self.offers[kind]
        self.offers[kind] = self.make(kind)
        return piece

    def renew(self) -> None:
        self.offers = {kind: self.make(kind) for kind in KINDS}

    def random_characters(self, length: int = RANDOM_LENGTH) -> list[Piece]:
        """A classic random password: length characters from all 94."""
        return [self.make("any") for _ in range(length)]


@dataclass
class Password:
    """The password being built, as pieces."""

    pieces: list[Piece] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)

    def add(self, piece: Piece) -> bool:
        if len(self.pieces) >= MAX_PIECES:
            return False
        self.pieces.append(piece)
        return True

    def remove_last(self) -> None:
        if self.pieces:
            self.pieces.pop()

    def clear(self) -> None:
        self.pieces.clear()

    def kind_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for piece in self.pieces:
            counts[piece.kind] = counts.get(piece.kind, 0) + 1
        return counts


# -- challenges ------------------------------------------------------------------------------------

#: Password challenges: (key, guessing speed, seconds it must hold out).
PASSWORD_CHALLENGES = (
    ("home_year", HOME_GUESSES_PER_S, SECONDS_PER_YEAR),
    ("rig_century", RIG_GUESSES_PER_S, 100 * SECONDS_PER_YEAR),
)


def challenge_bits(key: str) -> float:
    for name, rate, seconds in PASSWORD_CHALLENGES:
        if name == key:
            return bits_for_seconds(seconds, rate)
    raise ValueError(f"unknown challenge {key!r}")


# -- phishing spotter ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    """One tappable part of a message; ``sign`` names the warning sign, or is "" for a normal part."""

    texts: dict[str, str]
    sign: str = ""
    why: dict[str, str] = field(default_factory=dict)

    def text(self, language: str) -> str:
        return self.texts.get(language) or self.texts["en"]

    def explanation(self, language: str) -> str:
        return self.why.get(language) or self.why.get("en", "")


@dataclass(frozen=True)
class Message:
    key: str
    segments: tuple[Segment, ...]

    @property
    def signs(self) -> frozenset[int]:
        return frozenset(i for i, segment in enumerate(self.segments) if segment.sign)


def load_messages(path: Path | None = None) -> tuple[Message, ...]:
    """The invented messages of the spotter (messages.toml beside this module)."""
    return _parsed_messages(path or Path(__file__).with_name("messages.toml"))


@functools.cache
def _parsed_messages(path: Path) -> tuple[Message, ...]:
    """Read once per run, as the word lists (frozen messages: nobody can change them)."""
    with path.open("rb") as file:
        data = tomllib.load(file)
    messages = []
    for number, entry in enumerate(data.get("message", []), start=1):
        segments = []
        for part, raw in enumerate(entry.get("segment", []), start=1):
            where = f"{path}: message {number}, segment {part}"
            texts = {language: raw.get(language, "") for language in ("lv", "en", "ru")}
            if not all(texts.values()):
                raise ValueError(f"{where}: needs text in lv, en and ru")
            why = raw.get("why", {})
            if raw.get("sign") and not all(why.get(language) for language in ("lv", "en", "ru")):
                raise ValueError(f"{where}: a warning sign needs its 'why' in lv, en and ru")
            segments.append(Segment(texts, raw.get("sign", ""), why))
        message = Message(entry["key"], tuple(segments))
        if not message.signs:
            raise ValueError(f"{path}: message {number} has no warning sign to find")
        messages.append(message)
    if not messages:
        raise ValueError(f"{path}: no messages")
    return tuple(messages)


@dataclass
class SpotterRound:
    """One message: the visitor taps parts; found signs and wrong taps are remembered."""

    message: Message
    found: set[int] = field(default_factory=set)
    wrong: set[int] = field(default_factory=set)
    revealed: bool = False

    def tap(self, index: int) -> str:
        """ "sign" (a new warning sign), "fine" (a normal part), or "again" (tapped before)."""
        if not 0 <= index < len(self.message.segments):
            raise IndexError(f"message {self.message.key} has no part {index}")
        if index in self.found or index in self.wrong:
            return "again"
        if index in self.message.signs:
            self.found.add(index)
            return "sign"
        self.wrong.add(index)
        return "fine"

    @property
    def complete(self) -> bool:
        return self.found == self.message.signs

    @property
    def score(self) -> float:
        """100 for every sign found with no wrong tap; each wrong tap costs 15."""
        return max(0.0, 100.0 * len(self.found) / len(self.message.signs) - 15.0 * len(self.wrong))
