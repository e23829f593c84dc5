"""Careers cards: every exhibit says who works with its idea around Ventspils, in three languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.careers import PLACES, CareersError, load_careers, parse_careers
from kiosk.manifest import LANGUAGES
from kiosk.programmes.catalogue import load_catalogue
from kiosk.registry import discover

GOOD = {
    "career": [
        {
            "place": "port",
            "programme": "PORT-PHYSICS",
            "title": {"lv": "Kravas plānotājs", "en": "Cargo planner", "ru": "Планировщик"},
            "work": {"lv": "Plāno.", "en": "Plans.", "ru": "Планирует."},
        }
    ]
}


def test_every_installed_exhibit_has_two_or_three_careers_in_three_languages():
    codes = load_catalogue().codes
    entries = [e for e in discover() if e.ok]
    assert len(entries) >= 12
    for entry in entries:
        careers = load_careers(entry.manifest.folder, codes)
        assert 2 <= len(careers) <= 3, f"{entry.id}: {len(careers)} careers"
        for career in careers:
            for language in LANGUAGES:
                assert career.text("title", language) and career.text("work", language)
                assert career.text("place", language) == PLACES[career.place][language]
        titles = [c.text("title", "en") for c in careers]
        assert len(set(titles)) == len(titles), f"{entry.id}: a career is listed twice"


def test_a_programme_outside_the_catalogue_is_named(tmp_path: Path):
    bad = {"career": [dict(GOOD["career"][0], programme="NOPE-1")]}
    with pytest.raises(CareersError, match="NOPE-1"):
        parse_careers(bad, tmp_path / "careers.toml", ("PORT-PHYSICS",))


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"place": "moon"}, "place 'moon'"),
        ({"programme": ""}, "programme"),
        ({"title": {"lv": "x", "en": "y"}}, "title.ru"),
        ({"work": "text"}, "work must be a table"),
        ({"salary": 1}, "unknown key 'salary'"),
    ],
)
def test_a_bad_entry_names_the_file_the_entry_and_the_key(tmp_path: Path, change, words):
    entry = dict(GOOD["career"][0], **change)
    with pytest.raises(CareersError, match=words) as raised:
        parse_careers({"career": [entry]}, tmp_path / "careers.toml")
    assert "careers.toml: career 1" in str(raised.value)


def test_an_exhibit_without_careers_file_has_none(tmp_path: Path):
    assert load_careers(tmp_path) == ()


@given(st.binary(max_size=300))
def test_any_bytes_give_careers_or_a_clear_error(tmp_path_factory, data: bytes):
    folder = tmp_path_factory.mktemp("careers")
    (folder / "careers.toml").write_bytes(data)
    try:
        load_careers(folder)
    except CareersError as error:
        assert "careers.toml" in str(error)


def test_every_programme_offers_an_exhibit_made_for_it():
    """Each programme lists exhibits that are installed, and at least one whose careers card leads
    to that programme (an exhibit made for it, not only a related one)."""
    installed = {e.id: e for e in discover() if e.ok}
    assert len(installed) >= 20
    assert len({e.manifest.subject for e in installed.values()}) >= 9
    for programme in load_catalogue():
        assert set(programme.exhibits) <= set(installed), programme.code
        made_for_it = [
            exhibit for exhibit in programme.exhibits
            if any(c.programme == programme.code for c in load_careers(installed[exhibit].manifest.folder))
        ]
        assert made_for_it, f"{programme.code} offers no exhibit made for it"
