"""The words for the categories people and programmes are counted by: one Qt-free table for the
screens (a person's attribute, singular) and the reports (a count's category, plural)."""

from __future__ import annotations

import pytest

from kiosk.programmes.catalogue import TARGET_GROUPS
from kiosk.programmes.categories import CATEGORY_WORDS, LANGUAGES, count_word, person_word, words
from kiosk.programmes.service import METHODS
from kiosk.store.migrations import AGE_BANDS, GENDERS, PARTICIPANT_ROLES


def test_a_person_is_female_and_a_count_is_of_women_in_each_language():
    assert [person_word("gender", "female", lang) for lang in LANGUAGES] == ["Sieviete", "Female", "Женский"]
    assert [count_word("gender", "female", lang) for lang in LANGUAGES] == ["sievietes", "female", "женский"]
    assert [person_word("role", "pupil", lang) for lang in LANGUAGES] == ["Skolēns", "Pupil", "Школьник"]
    assert [count_word("role", "pupil", lang) for lang in LANGUAGES] == ["skolēni", "pupils", "школьники"]


@pytest.mark.parametrize(
    ("dimension", "keys"),
    [("gender", GENDERS), ("role", PARTICIPANT_ROLES), ("target_group", TARGET_GROUPS), ("method", METHODS)],
)
def test_every_category_a_participant_can_have_has_words_in_every_language(dimension, keys):
    assert set(CATEGORY_WORDS[dimension]) == set(keys)
    for key in keys:
        for language in LANGUAGES:
            assert person_word(dimension, key, language) and count_word(dimension, key, language)


def test_latvian_and_russian_are_not_english_copies():
    for dimension, table in CATEGORY_WORDS.items():
        for key, word in table.items():
            for texts in (word.one, word.many):
                assert set(texts) == set(LANGUAGES), (dimension, key)
                if texts["en"].isalpha() and len(texts["en"]) > 3:  # "QR" is "QR" everywhere
                    assert texts["ru"] != texts["en"], (dimension, key)


def test_age_bands_are_numbers_the_same_in_every_language():
    for band in AGE_BANDS:
        assert person_word("age_band", band, "ru") == band.replace("-", "–")
    assert count_word("age_band", "9-12", "lv") == "9-12"  # exports keep the code staff filter by


def test_an_unknown_category_or_language_falls_back_without_failing():
    assert count_word("gender", "robot", "lv") == "robot"
    assert person_word("method", "manual", "de") == "Tap"
    assert words("a", "b", "c") == {"lv": "a", "en": "b", "ru": "c"}
