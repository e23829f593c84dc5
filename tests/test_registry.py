"""Manifests and discovery: read without importing, and errors that name the file and key."""

from __future__ import annotations

import sys

import pytest

from kiosk.config import ExhibitsSettings, Settings
from kiosk.doctor import can_run, check_exhibits
from kiosk.manifest import ManifestError, load_manifest
from kiosk.registry import discover, entry_point_modules, load_widget_class, not_installed

GOOD = """
id = "demo"
version = "1.0"
subject = "physics"
ages = [7, 99]
needs_camera = false
icon = "icon.svg"
widget = "widget:Demo"
[title]
lv = "Demo"
en = "Demo"
ru = "Демо"
[summary]
lv = "a"
en = "a"
ru = "a"
[instruction]
lv = "a"
en = "a"
ru = "a"
[learning_goal]
lv = "a"
en = "a"
ru = "a"
"""


def manifest_file(tmp_path, text):
    (tmp_path / "icon.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    path = tmp_path / "manifest.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_manifest(tmp_path):
    manifest = load_manifest(manifest_file(tmp_path, GOOD))
    assert manifest.id == "demo" and manifest.ages == (7, 99) and manifest.age_hint == "7+"
    assert manifest.text("title", "ru") == "Демо"


@pytest.mark.parametrize(
    ("change", "key", "message"),
    [
        (lambda t: t.replace('subject = "physics"\n', ""), "subject", "missing"),
        (lambda t: t.replace("needs_camera = false", 'needs_camera = "no"'), "needs_camera", "true or false"),
        (lambda t: t.replace('"physics"', '"alchemy"'), "subject", "unknown subject 'alchemy'"),
        (lambda t: t.replace('ru = "Демо"\n', ""), "title.ru", "missing or empty"),
        (lambda t: t.replace("ages = [7, 99]", "ages = [12, 7]"), "ages", "min <= max"),
        (lambda t: t.replace('icon = "icon.svg"', 'icon = "nope.svg"'), "icon", "not found"),
        (lambda t: t.replace('widget = "widget:Demo"', 'widget = "Demo"'), "widget", "module:Class"),
        (lambda t: 'colour = "red"\n' + t, "colour", "unknown key"),
        (lambda t: t.replace('id = "demo"', 'id = "Demo Exhibit"'), "id", "lower-case"),
    ],
)
def test_malformed_manifests_name_file_and_key(tmp_path, change, key, message):
    path = manifest_file(tmp_path, change(GOOD))
    with pytest.raises(ManifestError) as caught:
        load_manifest(path)
    assert caught.value.key == key
    assert str(path) in str(caught.value) and message in str(caught.value)


def test_not_toml_and_missing_file(tmp_path):
    with pytest.raises(ManifestError, match="not valid TOML"):
        load_manifest(manifest_file(tmp_path, "id = "))
    with pytest.raises(ManifestError, match="missing"):
        load_manifest(tmp_path / "nowhere" / "manifest.toml")


def test_discovery_reads_manifests_without_importing_exhibit_code():
    modules = {
        "tapper": "tests.fixtures.sample_exhibits.tapper",
        "broken_manifest": "tests.fixtures.sample_exhibits.broken_manifest",
        "ghost": "tests.fixtures.sample_exhibits.ghost",
    }
    sys.modules.pop("tests.fixtures.sample_exhibits.tapper.widget", None)  # an earlier test may have opened it
    entries = {e.id: e for e in discover(modules)}
    assert entries["tapper"].ok
    assert "tests.fixtures.sample_exhibits.tapper.widget" not in sys.modules
    assert not entries["broken_manifest"].ok and "subject" in entries["broken_manifest"].error
    assert not entries["ghost"].ok and "not found" in entries["ghost"].error
    widget_class = load_widget_class(entries["tapper"])
    assert widget_class.__name__ == "Tapper"


def test_enabled_list_sets_order_and_ignores_unknown_ids():
    modules = {"a": "tests.fixtures.sample_exhibits.tapper", "b": "tests.fixtures.sample_exhibits.faulty_slot"}
    assert [e.id for e in discover(modules, enabled=("b", "missing", "a"))] == ["b", "a"]


def test_built_in_exhibits_register_through_entry_points():
    assert entry_point_modules()["pendulum"] == "exhibits.pendulum"


def test_the_exhibit_list_is_read_from_the_installed_packages_once_until_something_is_installed(
    monkeypatch, tmp_path
):
    import importlib.metadata

    first = entry_point_modules()
    assert first["pendulum"] == "exhibits.pendulum"
    scans = []
    real_entry_points = importlib.metadata.entry_points
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **kw: scans.append(kw) or real_entry_points(**kw))
    assert entry_point_modules() == first
    assert scans == []  # the next start takes the cached list
    installed = tmp_path / "site-packages"
    installed.mkdir()
    monkeypatch.setattr(sys, "path", [*sys.path, str(installed)])
    assert entry_point_modules() == first
    assert len(scans) == 1  # another import path: read again
    (installed / "new_exhibit-1.0.dist-info").mkdir()  # a package installed there
    entry_point_modules()
    assert len(scans) == 2


def test_a_damaged_exhibit_list_cache_is_read_again(monkeypatch):
    from kiosk.registry import entry_points_cache_file

    entry_point_modules()
    entry_points_cache_file().write_text("{not json", encoding="utf-8")
    assert entry_point_modules()["pendulum"] == "exhibits.pendulum"


def test_enabled_exhibits_that_are_not_installed_are_named():
    modules = {"a": "tests.fixtures.sample_exhibits.tapper"}
    assert not_installed(("b", "all", "a", "missing"), modules) == ["b", "missing"]
    assert not_installed(("all",), modules) == []


DOCTOR_MODULES = {
    "tapper": "tests.fixtures.sample_exhibits.tapper",
    "broken_manifest": "tests.fixtures.sample_exhibits.broken_manifest",
    "ghost": "tests.fixtures.sample_exhibits.ghost",
    "phantom": "tests.fixtures.sample_exhibits.phantom",
}


def test_doctor_names_every_unavailable_exhibit():
    """It said '3 unavailable' and named only two of them."""
    checks = check_exhibits(Settings(), modules=DOCTOR_MODULES)
    summary = next(c for c in checks if c.name == "Exhibits")
    assert "1 ok, 3 unavailable" in summary.detail
    named = {c.name: c for c in checks if c.name.startswith("Exhibit ")}
    assert set(named) == {"Exhibit broken_manifest", "Exhibit ghost", "Exhibit phantom"}
    assert all(c.status == "WARN" for c in named.values())
    assert "subject" in named["Exhibit broken_manifest"].detail
    assert "not found" in named["Exhibit phantom"].detail


def test_doctor_warns_of_an_enabled_exhibit_that_is_not_installed():
    settings = Settings().replace(exhibits=ExhibitsSettings(enabled=("tapper", "pendullum", "no_such")))
    checks = check_exhibits(settings, modules=DOCTOR_MODULES)
    missing = next(c for c in checks if c.name == "Exhibits not installed")
    assert missing.status == "WARN"
    assert "pendullum, no_such" in missing.detail and "[exhibits] enabled" in missing.detail
    assert can_run(checks)


def test_doctor_fails_when_no_enabled_exhibit_is_installed():
    settings = Settings().replace(exhibits=ExhibitsSettings(enabled=("no_such",)))
    checks = check_exhibits(settings, modules=DOCTOR_MODULES)
    assert not can_run(checks)
    assert any("no_such" in c.detail for c in checks)


def test_kiosks_started_with_different_import_paths_keep_their_own_exhibit_lists(monkeypatch, tmp_path):
    """`kiosk`, `python -m kiosk` and the tests see different import paths: each start overwrote
    the one cached list, so the next start of the other kind read every installed package again."""
    import importlib.metadata

    entry_point_modules()
    other_path = [*sys.path, str(tmp_path)]
    real_path = list(sys.path)
    monkeypatch.setattr(sys, "path", other_path)
    entry_point_modules()  # the other kind of start: its own list
    scans = []
    real_entry_points = importlib.metadata.entry_points
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **kw: scans.append(kw) or real_entry_points(**kw))
    for path in (real_path, other_path, real_path):
        monkeypatch.setattr(sys, "path", path)
        assert entry_point_modules()["pendulum"] == "exhibits.pendulum"
    assert scans == []


def test_manifests_are_parsed_again_only_when_their_file_changes(monkeypatch, tmp_path):
    import os

    import kiosk.registry as registry

    package = tmp_path / "demo_exhibit_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    manifest = package / "manifest.toml"
    manifest.write_text(GOOD, encoding="utf-8")
    (package / "icon.svg").write_text("<svg/>", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    parsed = []
    real_read_toml = registry.read_toml
    monkeypatch.setattr(registry, "read_toml",
                        lambda path, *a, **kw: parsed.append(path) or real_read_toml(path, *a, **kw))
    modules = {"demo": "demo_exhibit_pkg"}

    assert discover(modules)[0].manifest.text("title", "en") == "Demo"
    assert discover(modules)[0].manifest.text("title", "en") == "Demo"
    assert parsed == [manifest]  # the second start took the cached table

    manifest.write_text(GOOD.replace('en = "Demo"', 'en = "Demo, renamed"'), encoding="utf-8")
    os.utime(manifest, ns=(manifest.stat().st_atime_ns, manifest.stat().st_mtime_ns + 1_000_000_000))
    assert discover(modules)[0].manifest.text("title", "en") == "Demo, renamed"
    assert len(parsed) == 2

    manifest.write_text(GOOD.replace('subject = "physics"', 'subject = "alchemy"'), encoding="utf-8")
    os.utime(manifest, ns=(manifest.stat().st_atime_ns, manifest.stat().st_mtime_ns + 2_000_000_000))
    broken = discover(modules)[0]
    assert not broken.ok and "subject" in broken.status  # a bad edit is found at once, never hidden by the cache
