"""Who works with this here? Professions around Ventspils that use what an exhibit shows.

Each exhibit may declare them in `careers.toml` beside its manifest: two or three entries, each
a profession, the kind of place in and around Ventspils where people do it, what they do there
with the exhibit's idea, and the centre programme that leads towards it. Places are a fixed
list of kinds (the port, the Irbene radio telescopes, ...), never people or companies.

    [[career]]
    place = "port"
    programme = "PORT-PHYSICS"
    title = { lv = "Kuģu kravas plānotājs", en = "Ship cargo planner", ru = "Планировщик грузов" }
    work = { lv = "...", en = "...", ru = "..." }
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.manifest import LANGUAGES
from kiosk.toml_files import read_toml_if_present

CAREERS_FILE = "careers.toml"

#: The kinds of places in and around Ventspils that the centre's seeds name, in three languages.
PLACES: dict[str, dict[str, str]] = {
    "port": {"lv": "Ventspils ostā", "en": "at the Port of Ventspils", "ru": "в Вентспилсском порту"},
    "irbene": {
        "lv": "Irbenes radioteleskopos",
        "en": "at the Irbene radio telescopes",
        "ru": "на радиотелескопах в Ирбене",
    },
    "technology_park": {
        "lv": "Ventspils Augsto tehnoloģiju parkā",
        "en": "at Ventspils High Technology Park",
        "ru": "в Вентспилсском парке высоких технологий",
    },
    "university": {
        "lv": "Ventspils Augstskolā",
        "en": "at Ventspils University of Applied Sciences",
        "ru": "в Вентспилсской высшей школе",
    },
    "vocational_school": {
        "lv": "Ventspils tehnikumā",
        "en": "at the Ventspils vocational school",
        "ru": "в Вентспилсском техникуме",
    },
    "digital_centre": {
        "lv": "Ventspils Digitālajā centrā",
        "en": "at Ventspils Digital Centre",
        "ru": "в Вентспилсском цифровом центре",
    },
    "city": {"lv": "Ventspils pilsētā", "en": "in the city of Ventspils", "ru": "в городе Вентспилс"},
    "sea": {"lv": "Baltijas jūrā", "en": "on the Baltic Sea", "ru": "на Балтийском море"},
}


class CareersError(ValueError):
    """A careers.toml that cannot be used; the message names the file, the entry and the key."""


@dataclass(frozen=True)
class Career:
    """One profession on an exhibit's careers card."""

    title: Mapping[str, str]
    work: Mapping[str, str]
    place: str
    programme: str

    def text(self, key: str, language: str) -> str:
        """The title, the work or the place in a language (English if that one is missing)."""
        table = PLACES[self.place] if key == "place" else getattr(self, key)
        return table.get(language) or table["en"]


def load_careers(folder: Path, programme_codes: tuple[str, ...] | None = None) -> tuple[Career, ...]:
    """The careers declared beside an exhibit's manifest (none if it has no careers.toml).

    With ``programme_codes``, every career's programme must be one of them.
    """
    path = folder / CAREERS_FILE
    data = read_toml_if_present(path, "careers file", lambda problem: CareersError(f"{path}: {problem}"))
    if data is None:
        return ()
    return parse_careers(data, path, programme_codes)


def parse_careers(
    data: Mapping[str, Any], path: Path, programme_codes: tuple[str, ...] | None = None
) -> tuple[Career, ...]:
    entries = data.get("career")
    unknown = sorted(set(data) - {"career"})
    if unknown:
        raise CareersError(f"{path}: unknown key {unknown[0]!r}; the file holds [[career]] entries only")
    if not isinstance(entries, list) or not entries:
        raise CareersError(f"{path}: no [[career]] entries; give two or three")
    careers = []
    for index, entry in enumerate(entries, start=1):
        where = f"{path}: career {index}"
        if not isinstance(entry, dict):
            raise CareersError(f"{where}: must be a table")
        extra = sorted(set(entry) - {"title", "work", "place", "programme"})
        if extra:
            raise CareersError(f"{where}: unknown key {extra[0]!r}; use title, work, place, programme")
        place = entry.get("place")
        if place not in PLACES:
            raise CareersError(f"{where}: place {place!r} is not one of {', '.join(PLACES)}")
        programme = entry.get("programme")
        if not isinstance(programme, str) or not programme:
            raise CareersError(f"{where}: programme must be a programme code such as 'PORT-PHYSICS'")
        if programme_codes is not None and programme not in programme_codes:
            raise CareersError(f"{where}: programme {programme!r} is not in the programme catalogue")
        careers.append(
            Career(_languages(entry, "title", where), _languages(entry, "work", where), place, programme)
        )
    return tuple(careers)


def _languages(entry: Mapping[str, Any], key: str, where: str) -> dict[str, str]:
    table = entry.get(key)
    if not isinstance(table, dict):
        raise CareersError(f"{where}: {key} must be a table with {', '.join(LANGUAGES)}")
    for language in LANGUAGES:
        text = table.get(language)
        if not isinstance(text, str) or not text.strip():
            raise CareersError(f"{where}: {key}.{language} is missing or empty")
    return {language: table[language].strip() for language in LANGUAGES}
