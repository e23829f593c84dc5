"""What a participant is on the kiosk: a pseudonymous code and three coarse categories.

No names, no birth dates, no contact details: an age band, a gender, a role, and optionally a
group label that names a school class or club, never a person.

Group labels are checked as far as a machine sensibly can (``validate_group_label``):

* at most ``GROUP_LABEL_MAX`` (16) characters and three words;
* only letters, digits, spaces and ``. - /`` (so no e-mail addresses, phone numbers with ``+``,
  or sentences);
* two or more capitalised words without any digit ("Anna Ozola") look like a person's name and
  are refused; class labels ("5.a", "7B", "VVG 9.c") and clubs ("Senioru klubs") pass.

A single first name ("Anna") cannot be told from a club name by rule, so the screen says next to
the field that a label is "a class or group, never a name", and labels can be purged with the
participant. Digits-only labels ("12") are allowed: they are classes.
"""

from __future__ import annotations

import re

from kiosk.store.migrations import AGE_BANDS, GENDERS, PARTICIPANT_ROLES

GROUP_LABEL_MAX = 16
_GROUP_WORDS_MAX = 3
_ALLOWED = re.compile(r"^[^\W_]+(?:[ ./-]+[^\W_]*)*$")  # letters/digits, joined by space . / -


class RegistrationError(ValueError):
    """A registration the kiosk refuses: a message, and a ``reason`` key screens translate."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason  # too_long, characters, words, name, category, code, duplicate


def validate_group_label(label: str | None) -> str | None:
    """The label, tidied (None if empty); RegistrationError if it is not a sensible group label."""
    if label is None:
        return None
    tidy = " ".join(label.split())
    if not tidy:
        return None
    if len(tidy) > GROUP_LABEL_MAX:
        raise RegistrationError(
            f"a group label has at most {GROUP_LABEL_MAX} characters, e.g. a class like 5.a", "too_long"
        )
    if not _ALLOWED.match(tidy):
        raise RegistrationError("a group label uses only letters, digits, spaces and . - /", "characters")
    words = [w for w in re.split(r"[ /-]+", tidy) if w]
    if len(words) > _GROUP_WORDS_MAX:
        raise RegistrationError(f"a group label has at most {_GROUP_WORDS_MAX} words", "words")
    has_digit = any(ch.isdigit() for ch in tidy)
    capitalised = [w for w in words if w[0].isupper() and w[1:].islower() and len(w) > 1]
    if not has_digit and len(capitalised) >= 2:
        raise RegistrationError("this looks like a person's name; use the class or group instead, e.g. 5.a", "name")
    return tidy


def validate_categories(age_band: str, gender: str, role: str) -> None:
    """RegistrationError unless each value is one of the kiosk's categories."""
    for name, value, allowed in (
        ("age band", age_band, AGE_BANDS),
        ("gender", gender, GENDERS),
        ("role", role, PARTICIPANT_ROLES),
    ):
        if value not in allowed:
            raise RegistrationError(f"{name} {value!r} is not one of {', '.join(allowed)}", "category")
