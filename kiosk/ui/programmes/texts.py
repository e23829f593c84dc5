"""Category words on the educator's screens (age band, gender, role, target group, check-in method).

The words are Qt-free, in kiosk.programmes.categories, shared with the exports, the PDF report
and the console; a screen asks for them in its language when it re-translates (never at import).
"""

from __future__ import annotations

from kiosk.programmes.categories import person_word


def category_text(dimension: str, key: str, language: str) -> str:
    """A person's or a programme's category as the screen shows it: "Female", "Pupil", "Children"."""
    return person_word(dimension, key, language)


def age_band_text(band: str) -> str:
    """Age bands are numbers: shown with an en dash, the same in every language."""
    return person_word("age_band", band, "en")
