"""Participant codes: short, easy to read aloud and type, with a check character.

A code is five random characters and one check character from a 31-symbol alphabet that leaves
out the look-alikes 0/O, 1/I and U (read as V). Printed as ``K7M-Q2X``; typed with or without
the hyphen, in any case.

The check character makes the weighted sum ``sum((i + 1) * value(c_i))`` of all six characters
a multiple of 31. Because 31 is prime and the weights 1..6 are distinct and non-zero modulo 31:

* a single wrong character at position i changes the sum by ``w_i * d`` with ``0 < |d| < 31``,
  never a multiple of 31, so it is always caught;
* swapping two different neighbours changes it by ``(w_i - w_{i+1}) * (b - a) = a - b``, again
  never a multiple of 31, so every adjacent swap is caught too.

(tests/programmes/test_programmes_codes.py checks both exhaustively and with hypothesis.)
A badge's QR code carries ``VIZIUM:<code>``, so the kiosk can tell a VIZIUM badge that was read
wrongly from a QR code that has nothing to do with VIZIUM.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTVWXYZ"
MODULUS = len(ALPHABET)  # 31, a prime: the reason the check catches every single error and swap
BODY_LENGTH = 5
CODE_LENGTH = BODY_LENGTH + 1
QR_PREFIX = "VIZIUM:"

_VALUES = {char: index for index, char in enumerate(ALPHABET)}
_CHECK_WEIGHT_INVERSE = pow(CODE_LENGTH, -1, MODULUS)

# How a badge's text was understood.
CODE = "code"  # a well-formed participant code (check character right)
MISREAD = "misread"  # looks like a VIZIUM code but the check character is wrong
FOREIGN = "foreign"  # not a VIZIUM badge at all


def _weighted_sum(text: str) -> int:
    return sum((position + 1) * _VALUES[char] for position, char in enumerate(text))


def check_character(body: str) -> str:
    """The check character for a five-character body (ValueError for a bad body)."""
    if len(body) != BODY_LENGTH or any(char not in _VALUES for char in body):
        raise ValueError(f"a code body is {BODY_LENGTH} characters from {ALPHABET}, not {body!r}")
    value = (-_weighted_sum(body) * _CHECK_WEIGHT_INVERSE) % MODULUS
    return ALPHABET[value]


def normalise(text: str) -> str:
    """Upper case, without spaces, hyphens and dots: what a person may type for ``K7M-Q2X``."""
    return "".join(char for char in text.strip().upper() if char not in " -.\t")


def is_valid(code: str) -> bool:
    """True for a normalised six-character code whose check character is right."""
    return (
        len(code) == CODE_LENGTH
        and all(char in _VALUES for char in code)
        and _weighted_sum(code) % MODULUS == 0
    )


def new_code() -> str:
    """A fresh random code (cryptographic randomness: codes cannot be guessed from each other)."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(BODY_LENGTH))
    return body + check_character(body)


def display(code: str) -> str:
    """The printed form, ``K7M-Q2X``."""
    return f"{code[:3]}-{code[3:]}" if len(code) == CODE_LENGTH else code


def qr_payload(code: str) -> str:
    """What a badge's QR code carries."""
    return QR_PREFIX + code


@dataclass(frozen=True)
class BadgeReading:
    """A scanned or typed badge, understood: ``kind`` is CODE, MISREAD or FOREIGN."""

    kind: str
    code: str = ""


def read_badge(text: str) -> BadgeReading:
    """Understand a QR payload or a typed code."""
    raw = text.strip()
    if raw.upper().startswith(QR_PREFIX):
        candidate = normalise(raw[len(QR_PREFIX):])
        return BadgeReading(CODE, candidate) if is_valid(candidate) else BadgeReading(MISREAD)
    candidate = normalise(raw)
    if len(candidate) == CODE_LENGTH and candidate.isascii() and candidate.isalnum():
        # Six letters and digits: a code typed or read wrongly (an O for a 0 included).
        return BadgeReading(CODE, candidate) if is_valid(candidate) else BadgeReading(MISREAD)
    return BadgeReading(FOREIGN)
