"""Settings from the console: validated exactly as kiosk.toml, refused versions kept with their
reason, every change in the audit trail."""

from __future__ import annotations

import pytest
from markupsafe import escape

from kiosk.config import ConfigError, settings_from_mapping
from kiosk.console import managed
from tests.console.conftest import beat, csrf_of
from tests.hub.conftest import hub_rows

GOOD = {
    "exhibits__enabled": "pendulum, waves, circuits",
    "ui__open_hours": "10:00-18:00",
    "ui__closed_days": ["monday"],
    "ui__languages": "lv, en, ru",
    "ui__default_language": "lv",
    "ui__idle_timeout_s": "120",
    "ui__countdown_s": "20",
    "camera__source": "auto",
}


def _post(client, station: str, **changes):
    token = csrf_of(client.get(f"/settings?station={station}").text)
    return client.post("/settings", data={"csrf": token, "station": station, **GOOD, **changes},
                       follow_redirects=False)


def test_a_valid_version_is_stored_audited_and_shown(hub_dsn, staff_client, clock):
    beat(hub_dsn, "kiosk-1", clock())
    response = _post(staff_client, "kiosk-1")
    assert response.status_code == 303
    assert response.headers["location"].startswith("/station/kiosk-1?saved=")
    (version, station, settings, who, problem), = hub_rows(
        hub_dsn, "SELECT id, station_id, settings, created_by, problem FROM station_settings")
    assert (station, who, problem) == ("kiosk-1", "anna", None)
    assert settings == {
        "exhibits": {"enabled": ["pendulum", "waves", "circuits"]},
        "ui": {"open_hours": "10:00-18:00", "closed_days": ["monday"], "languages": ["lv", "en", "ru"],
               "default_language": "lv", "idle_timeout_s": 120, "countdown_s": 20},
        "camera": {"source": "auto"},
    }
    settings_from_mapping(settings)  # what a station reads back is valid kiosk.toml
    (action, actor, detail), = hub_rows(hub_dsn, "SELECT action, username, detail FROM console_audit"
                                                 " WHERE starts_with(action, 'settings')")
    assert (action, actor, detail["target"], detail["version"]) == ("settings.change", "anna", "kiosk-1", version)
    assert detail["changes"]["ui.open_hours"] == ["", "10:00-18:00"]
    assert "ui.default_language" not in detail["changes"]  # unchanged values are not listed
    page = staff_client.get(response.headers["location"]).text
    assert f"Iestatījumu versija {version} saglabāta" in page

    again = staff_client.get("/settings?station=kiosk-1").text  # the form starts from the stored version
    assert 'value="10:00-18:00"' in again and 'value="pendulum, waves, circuits"' in again


@pytest.mark.parametrize(("field", "value", "toml_value"), [
    ("ui__open_hours", "18:00-10:00", "18:00-10:00"),
    ("ui__open_hours", "ten to six", "ten to six"),
    ("ui__idle_timeout_s", "abc", "abc"),
    ("ui__countdown_s", "9000", 9000),
    ("ui__languages", "lv, de", ["lv", "de"]),
    ("camera__source", "webcam", "webcam"),
])
def test_a_version_that_fails_validation_is_kept_with_the_same_words_as_kiosk_toml(
        hub_dsn, staff_client, clock, field, value, toml_value):
    beat(hub_dsn, "kiosk-1", clock())
    response = _post(staff_client, "kiosk-1", **{field: value})
    assert response.status_code == 422
    section, key = field.split("__")
    with pytest.raises(ConfigError) as refused:
        settings_from_mapping({section: {key: toml_value}}, source=managed.Path("centre settings for kiosk-1"))
    expected = str(refused.value)
    (problem,), = hub_rows(hub_dsn, "SELECT problem FROM station_settings")
    assert problem == expected
    assert escape(expected) in response.text
    assert f'value="{escape(value)}"' in response.text  # the form keeps what was typed
    (action, detail), = hub_rows(
        hub_dsn, "SELECT action, detail FROM console_audit WHERE starts_with(action, 'settings')")
    assert action == "settings.refused" and detail["problem"] == expected
    assert "atteikta" in staff_client.get("/station/kiosk-1").text  # the history shows it refused


def test_a_default_language_not_offered_is_refused(hub_dsn, staff_client):
    response = _post(staff_client, "*", ui__languages="en, ru", ui__default_language="lv")
    assert response.status_code == 422
    assert "the default language must be one of the offered languages" in response.text


def test_settings_for_every_station_and_for_an_unknown_one(hub_dsn, staff_client):
    saved = _post(staff_client, "*").headers["location"]
    assert saved.startswith("/floor?saved=")
    assert "visām stacijām saglabāta" in staff_client.get(saved).text
    assert "saglabāta" not in staff_client.get("/floor?saved=<b>forged</b>").text  # only a version number
    assert hub_rows(hub_dsn, "SELECT station_id, problem FROM station_settings") == [("*", None)]
    assert staff_client.get("/settings?station=ghost").status_code == 404


def test_a_station_without_a_version_of_its_own_starts_from_the_one_for_all(hub_dsn, staff_client, clock):
    beat(hub_dsn, "kiosk-2", clock())
    _post(staff_client, "*", ui__open_hours="09:00-17:00")
    assert 'value="09:00-17:00"' in staff_client.get("/settings?station=kiosk-2").text
    _post(staff_client, "*", ui__open_hours="25:00-17:00")  # refused: the form still starts from the valid one
    assert 'value="09:00-17:00"' in staff_client.get("/settings?station=kiosk-2").text


def test_an_exhibit_no_station_has_is_refused_with_a_suggestion(hub_dsn, staff_client, clock):
    """Found: a mistyped exhibit id was stored as a valid version, and every station then left
    that exhibit out of its home screen without a word to the person who typed it."""
    beat(hub_dsn, "kiosk-1", clock(), exhibits=["pendulum", "waves"])
    response = _post(staff_client, "*", exhibits__enabled="pendulm, waves")
    assert response.status_code == 422
    expected = ("centre settings for *: exhibits.enabled: unknown exhibit 'pendulm'. Did you mean 'pendulum'?")
    assert escape(expected) in response.text
    assert hub_rows(hub_dsn, "SELECT problem FROM station_settings") == [(expected,)]
    nothing_close = _post(staff_client, "kiosk-1", exhibits__enabled="waves, zzz")
    assert nothing_close.status_code == 422
    assert "unknown exhibit &#39;zzz&#39;. Known: " in nothing_close.text and "pendulum" in nothing_close.text


def test_an_exhibit_a_station_reports_is_known_there_and_for_all(hub_dsn, staff_client, clock):
    """An exhibit installed on one station only (its own package) may be listed for that station
    and for every station (the others leave it out); not for a station that does not have it."""
    beat(hub_dsn, "kiosk-1", clock(), exhibits=["pendulum", "waves"])
    beat(hub_dsn, "harbour", clock(), exhibits=["pendulum", "harbour_tour"])
    assert _post(staff_client, "harbour", exhibits__enabled="harbour_tour, pendulum").status_code == 303
    assert _post(staff_client, "*", exhibits__enabled="harbour_tour, waves").status_code == 303
    refused = _post(staff_client, "kiosk-1", exhibits__enabled="harbour_tour, waves")
    assert refused.status_code == 422
    assert "centre settings for kiosk-1: exhibits.enabled: unknown exhibit &#39;harbour_tour&#39;" in refused.text
    assert _post(staff_client, "kiosk-1", exhibits__enabled="all").status_code == 303
    form = staff_client.get("/settings?station=harbour").text  # the form names what may be listed
    assert "Zināmie eksponāti: " in form and "harbour_tour" in form
    assert "harbour_tour" not in staff_client.get("/settings?station=kiosk-1").text
