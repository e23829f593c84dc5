"""The words for the categories people and programmes are counted by, in every kiosk language.

Qt-free and written once: the educator's screens show a person's attribute ("Female", "Pupil"),
the exports, the PDF report, the dashboard and the console name a count's category ("female",
"pupils"). Both read this table, so a word is translated in one place. Age bands are numbers,
the same in every language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

LANGUAGES = ("lv", "en", "ru")

#: language -> text
Texts = Mapping[str, str]


def words(lv: str, en: str, ru: str) -> dict[str, str]:
    """One text in the kiosk's three languages."""
    return {"lv": lv, "en": en, "ru": ru}


@dataclass(frozen=True)
class CategoryWord:
    """A category's name: ``one`` for a person on a screen, ``many`` for a count in a report."""

    one: Texts
    many: Texts


def _same(lv: str, en: str, ru: str) -> CategoryWord:
    """A category named alike for one and for many (a group, a subject)."""
    texts = words(lv, en, ru)
    return CategoryWord(texts, texts)


CATEGORY_WORDS: dict[str, dict[str, CategoryWord]] = {
    "gender": {
        "female": CategoryWord(words("Sieviete", "Female", "Женский"), words("sievietes", "female", "женский")),
        "male": CategoryWord(words("Vīrietis", "Male", "Мужской"), words("vīrieši", "male", "мужской")),
        "another": CategoryWord(words("Cits", "Another", "Другой"), words("cits", "another", "другой")),
        "not_said": CategoryWord(
            words("Nav norādīts", "Not said", "Не указан"), words("nav norādīts", "not said", "не указан")
        ),
    },
    "role": {
        "pupil": CategoryWord(words("Skolēns", "Pupil", "Школьник"), words("skolēni", "pupils", "школьники")),
        "student": CategoryWord(words("Students", "Student", "Студент"), words("studenti", "students", "студенты")),
        "teacher": CategoryWord(words("Skolotājs", "Teacher", "Учитель"), words("skolotāji", "teachers", "учителя")),
        "adult": CategoryWord(
            words("Pieaugušais", "Adult", "Взрослый"), words("pieaugušie", "adults", "взрослые")
        ),
    },
    "target_group": {
        "children": _same("Bērni", "Children", "Дети"),
        "youth": _same("Jaunieši", "Youth", "Молодёжь"),
        "adults": _same("Pieaugušie", "Adults", "Взрослые"),
        "teachers": _same("Skolotāji", "Teachers", "Учителя"),
    },
    "method": {
        "qr": _same("QR", "QR", "QR"),
        "manual": _same("Ar roku", "Tap", "Вручную"),
    },
    "language": {
        "lv": _same("latviešu", "Latvian", "латышский"),
        "en": _same("angļu", "English", "английский"),
        "ru": _same("krievu", "Russian", "русский"),
    },
    "weeks": {
        "days": _same("dienas ar nodarbībām", "days with sessions", "дни с занятиями"),
        "active": _same("nedēļas ar nodarbībām", "weeks with sessions", "недели с занятиями"),
    },
    "subject": {
        "physics": _same("fizika", "physics", "физика"),
        "mathematics": _same("matemātika", "mathematics", "математика"),
        "computing": _same("datorika", "computing", "информатика"),
        "biology": _same("bioloģija", "biology", "биология"),
        "chemistry": _same("ķīmija", "chemistry", "химия"),
        "astronomy": _same("astronomija", "astronomy", "астрономия"),
        "engineering": _same("inženierija", "engineering", "инженерия"),
        "energy": _same("enerģētika", "energy", "энергетика"),
        "artificial_intelligence": _same("mākslīgais intelekts", "artificial intelligence", "искусственный интеллект"),
        "online_safety": _same("drošība internetā", "online safety", "безопасность в интернете"),
    },
}


def _pick(texts: Texts, language: str) -> str:
    return texts.get(language) or texts["en"]


def person_word(dimension: str, key: str, language: str) -> str:
    """A person's (or a programme's) category on a screen: "Female", "Pupil", an age band "9–12"."""
    if dimension == "age_band":
        return key.replace("-", "–")
    word = CATEGORY_WORDS.get(dimension, {}).get(key)
    return _pick(word.one, language) if word else key


def count_word(dimension: str, key: str, language: str) -> str:
    """A count's category in a report: "female", "pupils" (the key itself when it has no word, e.g. '9-12')."""
    word = CATEGORY_WORDS.get(dimension, {}).get(key)
    return _pick(word.many, language) if word else key
