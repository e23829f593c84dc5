"""Every visible string is translated in lv, en and ru, and the catalogues match the sources."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from kiosk import i18n

CATALOGUES = i18n.catalogues()


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=[c.name for c in CATALOGUES])
def test_catalogue_is_complete_in_every_language(catalogue):
    problems = [
        p
        for language in i18n.LANGUAGES
        for p in i18n.check_file(catalogue.ts_file(language))
        if catalogue.ts_file(language).exists()
    ]
    missing = [str(catalogue.ts_file(lang)) for lang in i18n.LANGUAGES if not catalogue.ts_file(lang).exists()]
    assert not missing, f"missing catalogues: {missing}"
    assert not problems, "\n".join(map(str, problems))


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=[c.name for c in CATALOGUES])
def test_catalogue_holds_every_string_of_the_sources(catalogue, tmp_path):
    # Re-scan the sources into a copy: any string added to the code but not to the catalogue
    # shows up as a new unfinished entry.
    copy = tmp_path / catalogue.ts_file("ru").name
    shutil.copy(catalogue.ts_file("ru"), copy)
    subprocess.run(
        [
            i18n._tool("pyside6-lupdate"),
            "-silent",
            "-locations",
            "none",
            *map(str, catalogue.sources),
            "-ts",
            str(copy),
        ],
        check=True,
    )
    unfinished = [p for p in i18n.check_file(copy) if p.problem == "unfinished"]
    assert not unfinished, "run python -m kiosk.i18n update and translate:\n" + "\n".join(map(str, unfinished))


def test_check_file_finds_unfinished_and_empty_entries(tmp_path):
    ts = tmp_path / "x_lv.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="lv"><context><name>A</name>'
        '<message><source>One</source><translation type="unfinished"></translation></message>'
        "<message><source>Two</source><translation></translation></message>"
        "<message><source>Three</source><translation>Trīs</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert [(p.source, p.problem) for p in i18n.check_file(ts)] == [("One", "unfinished"), ("Two", "empty translation")]
    ts.write_text("<TS><context>", encoding="utf-8")
    assert "not valid XML" in i18n.check_file(ts)[0].problem
