"""The programme catalogue: the built-in file is complete, and every kind of mistake is named."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.manifest import LANGUAGES, SUBJECTS
from kiosk.programmes.catalogue import (
    BUILT_IN,
    TAGS,
    TARGET_GROUPS,
    CatalogueError,
    load_catalogue,
)

#: The exhibits a programme may link to (the kiosk's built-in exhibits).
EXHIBIT_IDS = {
    "pendulum", "waves", "cargo_ship", "launch", "circuits", "logic_gates", "food_web", "radio_telescope",
    "computer_vision", "motion_painter", "motion_wind", "ar_cards", "pilot_boat", "teach_ai", "password_lab",
    "wind_farm", "baltic_water", "shapes_3d", "drone", "chance",
}

GOOD = """
[[programme]]
code = "TEST-1"
subject = "physics"
target_group = "children"
tags = ["after-school"]
sessions_to_graduate = 3
exhibits = ["pendulum"]
title = { lv = "Tests", en = "Test", ru = "Тест" }
description = { lv = "Apraksts", en = "Description", ru = "Описание" }
"""


def test_built_in_catalogue_has_the_centres_20_programmes():
    catalogue = load_catalogue()
    assert len(catalogue) == 20
    assert len(set(catalogue.codes)) == 20
    for programme in catalogue:
        assert programme.subject in SUBJECTS
        assert programme.target_group in TARGET_GROUPS
        assert set(programme.tags) <= set(TAGS)
        assert 1 <= programme.sessions_to_graduate <= 20
        assert programme.exhibits and set(programme.exhibits) <= EXHIBIT_IDS
        for language in LANGUAGES:
            assert programme.title[language] and programme.description[language]
        assert programme.title["lv"] != programme.title["en"] != programme.title["ru"]
    groups = {p.target_group for p in catalogue}
    assert groups == set(TARGET_GROUPS), "children, youth, adults and teachers all have programmes"
    assert sum(p.digital_skills for p in catalogue) >= 8
    assert sum(p.after_school for p in catalogue) >= 12
    assert any("Irbene" in p.title["en"] for p in catalogue)


def test_every_linked_exhibit_is_a_built_in_exhibit():
    entry_points = tomllib.loads((BUILT_IN.parents[2] / "pyproject.toml").read_text())["project"]["entry-points"]
    declared = set(entry_points["vizium.exhibits"])
    for programme in load_catalogue():
        assert set(programme.exhibits) <= declared, programme.code


def test_latvian_and_russian_texts_use_their_own_letters():
    catalogue = load_catalogue()
    lv = " ".join(p.title["lv"] + p.description["lv"] for p in catalogue)
    ru = " ".join(p.title["ru"] + p.description["ru"] for p in catalogue)
    assert set("āčēģīķļņšūž") & set(lv.lower())
    assert sum("а" <= ch <= "я" for ch in ru.lower()) > 500


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "catalogue.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_small_catalogue_loads(tmp_path):
    catalogue = load_catalogue(write(tmp_path, GOOD))
    (programme,) = catalogue
    assert programme.code == "TEST-1" and programme.text("title", "ru") == "Тест"
    assert catalogue["TEST-1"] is programme and catalogue.get("NOPE") is None


BAD_CASES = [
    ("not toml", GOOD.replace('code = "TEST-1"', "code = TEST-1"), "not valid TOML"),
    ("no programmes", "", "no programmes"),
    ("top-level key", GOOD + "\nversion = 2\n", "'version'"),
    ("unknown key", GOOD.replace("tags =", "tag ="), "unknown key 'tag'; did you mean 'tags'?"),
    ("missing key", GOOD.replace('subject = "physics"\n', ""), "key 'subject' is missing"),
    ("bad code", GOOD.replace('"TEST-1"', '"test 1"'), "key 'code'"),
    ("bad subject", GOOD.replace('"physics"', '"alchemy"'), "key 'subject' is 'alchemy'"),
    ("bad group", GOOD.replace('"children"', '"kids"'), "key 'target_group' is 'kids'"),
    ("unknown tag", GOOD.replace('"after-school"', '"digital_skills"'), "did you mean 'digital-skills'?"),
    ("tags not a list", GOOD.replace('["after-school"]', '"after-school"'), "key 'tags' must be a list"),
    ("zero sessions", GOOD.replace("= 3", "= 0"), "key 'sessions_to_graduate'"),
    ("text sessions", GOOD.replace("= 3", '= "three"'), "key 'sessions_to_graduate'"),
    ("bool sessions", GOOD.replace("= 3", "= true"), "key 'sessions_to_graduate'"),
    ("bad exhibit", GOOD.replace('["pendulum"]', '["Pendulum Swing"]'), "key 'exhibits'"),
    ("missing language", GOOD.replace(', ru = "Тест"', ""), "key 'title.ru' is missing"),
    ("empty text", GOOD.replace('en = "Description"', 'en = "  "'), "key 'description.en'"),
    ("extra language", GOOD.replace('ru = "Тест"', 'ru = "Тест", de = "Test"'), "key 'title.de'"),
    ("title not a table", GOOD.replace('title = { lv = "Tests", en = "Test", ru = "Тест" }', 'title = "Test"'),
     "key 'title' must be a table"),
]


@pytest.mark.parametrize(("case", "text", "expected"), BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_each_kind_of_bad_file_names_the_file_and_key(tmp_path, case, text, expected):
    path = write(tmp_path, text)
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    message = str(caught.value)
    assert str(path) in message
    assert expected in message
    if case not in ("not toml", "no programmes", "top-level key"):
        assert "programme 1 (TEST-1)" in message or "programme 1" in message


def test_duplicate_codes_name_both_programmes(tmp_path):
    path = write(tmp_path, GOOD + GOOD)
    with pytest.raises(CatalogueError, match=r"programme 2 \(TEST-1\): code 'TEST-1' is already used by programme 1"):
        load_catalogue(path)


def test_missing_file(tmp_path):
    with pytest.raises(CatalogueError, match="not found"):
        load_catalogue(tmp_path / "nope.toml")


def test_cli_lists_the_catalogue(capsys):
    assert main(["programmes", "list"]) == 0
    out = capsys.readouterr().out
    assert "20 programmes" in out and "RADIO-IRBENE" in out
    assert main(["programmes", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 20 and set(rows[0]["title"]) == set(LANGUAGES)


def test_cli_names_the_mistake_in_a_configured_catalogue(tmp_path, capsys):
    bad = write(tmp_path, GOOD.replace('"physics"', '"alchemy"'))
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[programmes]\ncatalogue = "{bad}"\n')
    assert main(["--config", str(config), "programmes", "list"]) == 1
    err = capsys.readouterr().err
    assert str(bad) in err and "subject" in err and "Traceback" not in err
