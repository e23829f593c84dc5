"""Who may do what in the console: logins, throttling that survives restarts, sessions,
cookie flags, CSRF on every form, roles, and redirects that stay on this server."""

from __future__ import annotations

import hashlib

from kiosk.console.app import LOGIN_CSRF_COOKIE, SESSION_COOKIE, create_app
from tests.console.conftest import ConsoleClient, add_account, console_settings, csrf_of, log_in
from tests.hub.conftest import hub_rows


def _set_cookie_headers(response) -> list[str]:
    return [v for k, v in response.headers.multi_items() if k == "set-cookie"]


def test_pages_need_a_login_and_send_the_person_back_where_they_were_going(console_client):
    response = console_client.get("/floor", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/floor"
    assert console_client.get("/kpis?period=year", follow_redirects=False).headers["location"].startswith("/login")


def test_a_wrong_password_is_refused_without_a_session(hub_dsn, console_client):
    add_account(hub_dsn, "anna")
    response = log_in(console_client, "anna", "not the password")
    assert response.status_code == 401
    assert "Nepareizs lietotājvārds vai parole" in response.text  # Latvian until the visitor picks a language
    assert SESSION_COOKIE not in console_client.cookies
    assert log_in(console_client, "nobody", "whatever").status_code == 401
    refused = hub_rows(hub_dsn, "SELECT detail->>'username', detail->>'reason' FROM console_audit"
                                " WHERE action = 'login.refused' ORDER BY id")
    assert refused == [("anna", "wrong"), ("nobody", "wrong")]


def test_a_login_opens_a_session_whose_token_the_hub_keeps_only_as_a_hash(hub_dsn, console_client):
    add_account(hub_dsn, "anna")
    response = log_in(console_client, "anna")
    assert response.status_code == 303 and response.headers["location"] == "/floor"
    cookie = next(c for c in _set_cookie_headers(response) if c.startswith(SESSION_COOKIE + "="))
    flags = [part.strip().lower() for part in cookie.split(";")]
    assert "httponly" in flags and "samesite=strict" in flags and "path=/" in flags
    assert "secure" not in flags  # plain http on localhost: a Secure cookie would never come back
    token = console_client.cookies[SESSION_COOKIE]
    stored = hub_rows(hub_dsn, "SELECT token_hash FROM console_sessions")
    assert stored == [(hashlib.sha256(token.encode()).hexdigest(),)]
    assert token not in str(hub_rows(hub_dsn, "SELECT * FROM console_sessions"))
    assert console_client.get("/floor").status_code == 200


def test_cookies_are_secure_over_tls_or_behind_a_proxy_that_says_so(hub_dsn, console_app):
    add_account(hub_dsn, "anna")
    with ConsoleClient(console_app, base_url="https://console.vizium.lv") as client:
        page = client.get("/login")
        assert "secure" in [p.strip().lower() for p in page.headers["set-cookie"].split(";")]
        response = log_in(client, "anna")
        cookie = next(c for c in _set_cookie_headers(response) if c.startswith(SESSION_COOKIE + "="))
        assert "secure" in [part.strip().lower() for part in cookie.split(";")]


def test_throttling_locks_an_account_grows_and_survives_a_restart(hub_dsn, console_client, clock):
    add_account(hub_dsn, "anna")
    for _ in range(5):
        assert log_in(console_client, "anna", "wrong password").status_code == 401
    locked = log_in(console_client, "anna")  # the right password, but the account is locked
    assert locked.status_code == 429
    assert "1 min" in locked.text

    restarted = create_app(hub_dsn, console_settings(), clock=clock, pool_size=1)
    with ConsoleClient(restarted) as client:
        assert log_in(client, "anna").status_code == 429  # the lock lives in the hub, not in memory
        clock.advance(31)
        for _ in range(5):
            assert log_in(client, "anna", "wrong again").status_code == 401
        clock.advance(31)  # the second lock lasts 60 s, not 30
        assert log_in(client, "anna").status_code == 429
        clock.advance(30)
        assert log_in(client, "anna").status_code == 303
    assert hub_rows(hub_dsn, "SELECT count(*) FROM console_login_failures WHERE key = 'user:anna'") == [(0,)]


def test_throttling_per_address_stops_guessing_across_many_accounts(hub_dsn, console_app):
    add_account(hub_dsn, "anna")
    with ConsoleClient(console_app, address="203.0.113.9") as guesser:
        for number in range(20):
            assert log_in(guesser, f"user{number}", "guess").status_code == 401
        assert log_in(guesser, "anna").status_code == 429
    with ConsoleClient(console_app, address="192.0.2.10") as office:
        assert log_in(office, "anna").status_code == 303


def test_every_form_needs_its_csrf_token(hub_dsn, staff_client):
    page = staff_client.get("/login")
    login_csrf = staff_client.cookies.get(LOGIN_CSRF_COOKIE)
    assert page.status_code == 200 and login_csrf
    refused = staff_client.post("/login", data={"username": "anna", "password": "correct horse battery"})
    assert refused.status_code == 403
    refused = staff_client.post("/login", data={"csrf": "forged", "username": "anna",
                                                "password": "correct horse battery"})
    assert refused.status_code == 403

    form = {"station": "*", "ui__open_hours": "09:00-17:00"}
    assert staff_client.post("/settings", data=form).status_code == 403
    assert staff_client.post("/settings", data={**form, "csrf": "forged"}).status_code == 403
    assert hub_rows(hub_dsn, "SELECT count(*) FROM station_settings") == [(0,)]
    assert staff_client.post("/logout", data={}, follow_redirects=False).status_code == 403
    assert staff_client.get("/floor").status_code == 200  # still logged in

    token = csrf_of(staff_client.get("/floor").text)
    assert staff_client.post("/logout", data={"csrf": token}, follow_redirects=False).status_code == 303
    assert staff_client.get("/floor", follow_redirects=False).status_code == 303
    assert hub_rows(hub_dsn, "SELECT count(*) FROM console_sessions") == [(0,)]


def test_an_educator_sees_the_kpis_read_only(hub_dsn, console_client):
    add_account(hub_dsn, "ilze", role="educator")
    response = log_in(console_client, "ilze")
    assert response.headers["location"] == "/kpis"
    assert console_client.get("/kpis").status_code == 200
    for path in ("/floor", "/station/kiosk-1", "/settings?station=*"):
        assert console_client.get(path).status_code == 403, path
    token = csrf_of(console_client.get("/kpis").text)
    assert console_client.post("/settings", data={"csrf": token, "station": "*"},
                               follow_redirects=False).status_code == 403
    assert hub_rows(hub_dsn, "SELECT count(*) FROM station_settings") == [(0,)]


def test_a_login_never_redirects_to_another_site(hub_dsn, console_client):
    add_account(hub_dsn, "anna")
    page = console_client.get("/login?next=//evil.example/")
    response = console_client.post("/login?next=//evil.example/", data={
        "csrf": csrf_of(page.text), "username": "anna", "password": "correct horse battery"}, follow_redirects=False)
    assert response.headers["location"] == "/floor"
    assert console_client.get("/lang/en?next=https://evil.example/", follow_redirects=False).headers["location"] == "/"


def test_pages_forbid_scripts_from_elsewhere(console_client):
    headers = console_client.get("/login").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
