"""Translated names of the programme categories (age bands, genders, roles, groups, outcomes).

Marked with QT_TRANSLATE_NOOP so `python -m kiosk.i18n update vizium` finds them, and translated
when shown (never at import time).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ProgrammeTexts"

GENDER_NAMES = {
    "female": QT_TRANSLATE_NOOP("ProgrammeTexts", "Female"),
    "male": QT_TRANSLATE_NOOP("ProgrammeTexts", "Male"),
    "another": QT_TRANSLATE_NOOP("ProgrammeTexts", "Another"),
    "not_said": QT_TRANSLATE_NOOP("ProgrammeTexts", "Not said"),
}

ROLE_NAMES = {
    "pupil": QT_TRANSLATE_NOOP("ProgrammeTexts", "Pupil"),
    "student": QT_TRANSLATE_NOOP("ProgrammeTexts", "Student"),
    "teacher": QT_TRANSLATE_NOOP("ProgrammeTexts", "Teacher"),
    "adult": QT_TRANSLATE_NOOP("ProgrammeTexts", "Adult"),
}

TARGET_GROUP_NAMES = {
    "children": QT_TRANSLATE_NOOP("ProgrammeTexts", "Children"),
    "youth": QT_TRANSLATE_NOOP("ProgrammeTexts", "Youth"),
    "adults": QT_TRANSLATE_NOOP("ProgrammeTexts", "Adults"),
    "teachers": QT_TRANSLATE_NOOP("ProgrammeTexts", "Teachers"),
}

METHOD_NAMES = {
    "qr": QT_TRANSLATE_NOOP("ProgrammeTexts", "QR"),
    "manual": QT_TRANSLATE_NOOP("ProgrammeTexts", "Tap"),
}


def translate(table: dict[str, str], key: str) -> str:
    """The translated name for a category key (the key itself if unknown)."""
    source = table.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key


def age_band_text(band: str) -> str:
    """Age bands are numbers: shown with an en dash, the same in every language."""
    return band.replace("-", "–")
