"""The floor, the station page, languages and escaping, over a real hub with real stations."""

from __future__ import annotations

import datetime as dt
import random

from kiosk.console.floor import FAULT, OFFLINE, ONLINE, judge
from tests.console.conftest import beat, csrf_of

HOSTILE = '<script>alert("x")</script>'


def test_the_light_follows_the_last_beat():
    now = dt.datetime(2026, 9, 7, 9, 0, tzinfo=dt.UTC)
    healthy = {"heartbeat_s": 60, "camera": {"state": "running"}, "store": "ok", "exhibit_faults": 0}
    assert judge(healthy, now - dt.timedelta(seconds=90), now) == (ONLINE, ())
    assert judge(healthy, now - dt.timedelta(seconds=181), now)[0] == OFFLINE
    assert judge({**healthy, "heartbeat_s": 600}, now - dt.timedelta(minutes=20), now)[0] == ONLINE
    assert judge(None, None, now) == (OFFLINE, ("problem_never_beat",))
    assert judge({**healthy, "exhibit_faults": [{"exhibit": "waves"}]}, now, now) == (FAULT, ("problem_faults",))
    assert judge({**healthy, "camera": {"state": "error"}}, now, now) == (FAULT, ("problem_camera",))
    assert judge({**healthy, "store": "disk full"}, now, now) == (FAULT, ("problem_store",))
    assert judge(healthy, now, now, settings_problem="ui.open_hours ...") == (FAULT, ("problem_settings",))


def test_the_floor_shows_every_station_its_light_and_todays_visits(hub_dsn, staff_client, make_station, clock):
    rng = random.Random(5)
    for station_id, visits in (("kiosk-1", 4), ("kiosk-2", 7), ("kiosk-3", 2)):
        station = make_station(station_id)
        station.play(visits, rng)
        station.sync(hub_dsn)
    now = clock()
    beat(hub_dsn, "kiosk-1", now - dt.timedelta(seconds=30))
    beat(hub_dsn, "kiosk-2", now - dt.timedelta(seconds=20), exhibit_faults=[{"exhibit": "waves", "kind": "crash"}])
    beat(hub_dsn, "kiosk-3", now - dt.timedelta(minutes=40))

    page = staff_client.get("/floor").text
    rows = {sid: page.split(f'href="/station/{sid}"')[0].rsplit("<tr", 1)[1]
            for sid in ("kiosk-1", "kiosk-2", "kiosk-3")}
    assert 'class="st-online"' in rows["kiosk-1"]
    assert 'class="st-fault"' in rows["kiosk-2"]
    assert 'class="st-offline"' in rows["kiosk-3"]
    assert "Darbojas: 1" in page and "Kļūme: 1" in page and "Nav sakaru: 1" in page
    for station_id, visits in (("kiosk-1", 4), ("kiosk-2", 7), ("kiosk-3", 2)):
        row = page.split(f'href="/station/{station_id}"')[1].split("</tr>")[0]
        assert f'<td class="num">{visits}</td>' in row


def test_a_station_that_stops_beating_turns_offline_from_its_last_beat(hub_dsn, staff_client, clock):
    beat(hub_dsn, "kiosk-1", clock())
    assert 'class="st-online"' in staff_client.get("/floor").text
    clock.advance(10 * 60)
    page = staff_client.get("/lang/en?next=/floor").text
    assert 'class="st-offline"' in page
    assert "offline since its last beat" in page and "10 min ago" in page


def test_the_station_page_shows_recent_faults_and_settings_history(hub_dsn, staff_client, clock):
    beat(hub_dsn, "kiosk-1", clock() - dt.timedelta(minutes=3), errors=[{"kind": "store", "message": "disk full"}])
    beat(hub_dsn, "kiosk-1", clock() - dt.timedelta(minutes=2), exhibit_faults=[{"exhibit": "waves"}])
    beat(hub_dsn, "kiosk-1", clock() - dt.timedelta(minutes=1))
    csrf = staff_client.get("/settings?station=kiosk-1").text.split('name="csrf" value="')[1].split('"')[0]
    staff_client.post("/settings", data={"csrf": csrf, "station": "kiosk-1", "ui__open_hours": "10:00-18:00",
                                         "ui__languages": "lv, en", "ui__default_language": "lv",
                                         "ui__idle_timeout_s": "90", "ui__countdown_s": "15",
                                         "exhibits__enabled": "all", "camera__source": "auto"})
    page = staff_client.get("/lang/en?next=/station/kiosk-1").text
    faults = page.split("Recent faults")[1].split("Settings history")[0]
    assert faults.count("<tr>") == 3  # header and the two beats with faults; the healthy beat is not listed
    assert "disk full" in faults and "waves" in faults
    history = page.split("Settings history")[1]
    assert "anna" in history and "valid" in history
    assert staff_client.get("/station/no-such-station").status_code == 404


def test_a_hostile_station_name_is_shown_as_text(hub_dsn, staff_client, clock):
    beat(hub_dsn, HOSTILE, clock(), exhibit_faults=[{"exhibit": HOSTILE, "message": "<img src=x onerror=alert(1)>"}])
    floor = staff_client.get("/floor").text
    assert HOSTILE not in floor and "<img src=x" not in floor
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in floor
    link = floor.split('href="/station/')[1].split('"')[0]
    assert link == "%3Cscript%3Ealert%28%22x%22%29%3C%2Fscript%3E"
    station = staff_client.get(f"/station/{link}")
    assert station.status_code == 200
    assert HOSTILE not in station.text and "<img src=x" not in station.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in station.text


def test_the_language_is_remembered(staff_client):
    assert "Visas stacijas" in staff_client.get("/floor").text
    assert "Все станции" in staff_client.get("/lang/ru?next=/floor").text
    assert "Все станции" in staff_client.get("/floor").text
    assert '<html lang="ru">' in staff_client.get("/kpis").text
    assert "Все станции" in staff_client.get("/lang/xx?next=/floor").text  # an unknown language changes nothing


def test_the_console_says_when_the_hub_is_away(hub_dsn, staff_client, pg_server):
    import psycopg

    name = psycopg.conninfo.conninfo_to_dict(hub_dsn)["dbname"]
    with psycopg.connect(pg_server.dsn(), autocommit=True) as admin:  # the hub's database is gone
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    response = staff_client.get("/floor")
    assert response.status_code == 503
    assert "Centra datubāze nav sasniedzama" in response.text
    assert "password" not in response.text


def test_the_floor_shows_what_a_running_station_says_in_its_beat(hub_dsn, staff_client, make_station, tmp_path,
                                                                  clock):
    from kiosk.config import settings_from_mapping
    from kiosk.hub.station_link import StationLink

    station = make_station("hall-2")
    station.clock.set(clock() - dt.timedelta(seconds=30))
    station.play(3, random.Random(2))
    settings = settings_from_mapping({"station": {"id": "hall-2"}, "storage": {"path": str(tmp_path / "hall-2")},
                                      "hub": {"dsn": hub_dsn, "heartbeat_s": 60}})
    link = StationLink(station.store, settings, clock=station.clock, beat_clock=station.clock)
    assert link.tick(), link.last_error  # the first beat: faults are counted from here on
    # The fault is saved before the next beat reads it (the journal writes in the background).
    assert station.journal.event("exhibit.error", exhibit="waves", error="ZeroDivisionError('division by zero')",
                                 traceback="Traceback (most recent call last): ...").wait(10)
    station.clock.set(clock() - dt.timedelta(seconds=10))
    assert link.tick(), link.last_error
    page = staff_client.get("/lang/en?next=/floor").text
    row = page.split('href="/station/hall-2"')[1].split("</tr>")[0]
    assert "faults since the beat before" in row
    station_page = staff_client.get("/station/hall-2").text
    assert "ZeroDivisionError" in station_page and "Traceback" not in station_page


def test_a_retired_station_leaves_the_floor_and_its_page_says_so(hub_dsn, staff_client, clock):
    import psycopg

    from kiosk.hub.stations import retire_station

    beat(hub_dsn, "kiosk-1", clock())
    beat(hub_dsn, "kiosk-old", clock() - dt.timedelta(days=40))
    assert "kiosk-old" in staff_client.get("/floor").text
    with psycopg.connect(hub_dsn) as conn:
        retire_station(conn, "kiosk-old", by="test")
    floor = staff_client.get("/floor").text
    assert "kiosk-1" in floor and "kiosk-old" not in floor
    page = staff_client.get("/lang/en?next=/station/kiosk-old").text
    assert "Retired on " in page and "its records stay in the figures" in page
    assert "/settings?station=kiosk-old" not in page  # nothing to set on a station that is gone


def _retire_form(client, station: str, **fields):
    page = client.get(f"/retire?station={station}")
    return page, client.post("/retire", data={"csrf": csrf_of(page.text), "station": station, **fields},
                             follow_redirects=False)


def test_staff_retire_a_station_from_its_page_and_the_audit_keeps_it(hub_dsn, staff_client, clock):
    from tests.hub.conftest import hub_rows

    beat(hub_dsn, "kiosk-1", clock())
    beat(hub_dsn, "kiosk-old", clock() - dt.timedelta(days=40))
    assert "/retire?station=kiosk-old" in staff_client.get("/station/kiosk-old").text
    page, done = _retire_form(staff_client, "kiosk-old")
    assert "kiosk-old" in page.text and "stay in the figures" in staff_client.get(
        "/lang/en?next=/retire?station=kiosk-old").text
    assert done.status_code == 303 and done.headers["location"] == "/station/kiosk-old"
    assert "kiosk-old" not in staff_client.get("/floor").text
    (who, detail), = hub_rows(hub_dsn, "SELECT username, detail FROM console_audit WHERE action = 'station.retire'")
    assert (who, detail["station"], detail["unsent"]) == ("anna", "kiosk-old", 0)
    assert hub_rows(hub_dsn, "SELECT retired_by FROM stations WHERE station_id = 'kiosk-old'") == [("console: anna",)]
    assert staff_client.get("/retire?station=ghost").status_code == 404


def test_retiring_a_station_with_records_not_at_the_hub_asks_to_confirm_the_loss(hub_dsn, staff_client, clock):
    from tests.hub.conftest import hub_rows

    beat(hub_dsn, "kiosk-old", clock(), waiting_hub=5)
    staff_client.get("/lang/en?next=/floor")
    page, refused = _retire_form(staff_client, "kiosk-old")
    assert "not at the centre database yet: 5." in page.text and "these records (5)" in page.text
    assert 'name="force"' in page.text
    assert refused.status_code == 422 and "at the centre database yet (5)" in refused.text
    assert hub_rows(hub_dsn, "SELECT retired_at FROM stations WHERE station_id = 'kiosk-old'") == [(None,)]
    _page, done = _retire_form(staff_client, "kiosk-old", force="1")
    assert done.status_code == 303


def test_an_educator_cannot_retire_a_station(hub_dsn, console_client, clock):
    from tests.console.conftest import add_account, log_in

    beat(hub_dsn, "kiosk-1", clock())
    add_account(hub_dsn, "ilze", role="educator")
    log_in(console_client, "ilze")
    assert console_client.get("/retire?station=kiosk-1").status_code == 403
