"""`kiosk hub user add` and `kiosk hub serve` as a person runs them."""

from __future__ import annotations

import io

import pytest

from kiosk.cli import main
from kiosk.console import server
from tests.console.conftest import PASSWORD
from tests.hub.conftest import hub_rows


@pytest.fixture
def no_config(tmp_path, monkeypatch):
    (tmp_path / "kiosk.toml").write_text("", encoding="utf-8")
    monkeypatch.setenv("VIZIUM_CONFIG", str(tmp_path / "kiosk.toml"))
    monkeypatch.delenv("VIZIUM_HUB_DSN", raising=False)


def test_user_add_reads_the_password_from_stdin_and_stores_only_its_hash(hub_dsn, no_config, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["hub", "user", "add", "ilze", "--role", "educator", "--dsn", hub_dsn]) == 0
    assert "'ilze' (educator) created" in capsys.readouterr().out
    (role, stored), = hub_rows(hub_dsn, "SELECT role, password_hash FROM console_users")
    assert role == "educator" and stored.startswith("scrypt$") and PASSWORD not in stored
    assert hub_rows(hub_dsn, "SELECT action, detail->>'username' FROM console_audit") == [("user.add", "ilze")]


@pytest.mark.parametrize(("name", "password", "why"), [
    ("ilze", "short", "at least 10 characters"),
    ("<b>ilze</b>", PASSWORD, "must be 1 to 64 letters"),
])
def test_user_add_refuses_weak_passwords_and_odd_names(hub_dsn, no_config, monkeypatch, capsys, name, password, why):
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    assert main(["hub", "--dsn", hub_dsn, "user", "add", name, "--role", "staff"]) == 2
    assert why in capsys.readouterr().err
    assert hub_rows(hub_dsn, "SELECT count(*) FROM console_users") == [(0,)]


def test_user_add_twice_is_refused(hub_dsn, no_config, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["hub", "--dsn", hub_dsn, "user", "add", "anna", "--role", "staff"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["hub", "--dsn", hub_dsn, "user", "add", "anna", "--role", "staff"]) == 2
    assert "exists already" in capsys.readouterr().err


def test_serve_refuses_a_hub_that_was_never_set_up(pg_server, no_config, capsys):
    empty = pg_server.new_database()
    assert main(["hub", "serve", "--dsn", empty, "--port", "1"]) == 2
    assert "kiosk hub init" in capsys.readouterr().err


def test_serve_listens_on_this_machine_unless_told_otherwise(hub_dsn, no_config, monkeypatch):
    calls = {}
    monkeypatch.setattr("uvicorn.run", lambda app, **options: calls.update(options))
    assert main(["hub", "serve", "--dsn", hub_dsn]) == 0
    assert (calls["host"], calls["port"], calls["forwarded_allow_ips"]) == ("127.0.0.1", 8080, "127.0.0.1")
    assert calls["proxy_headers"] is True
    out = io.StringIO()
    server.serve(hub_dsn, None, host="0.0.0.0", port=8443, out=out)
    assert "reachable from the network" in out.getvalue() and "TLS" in out.getvalue()


def test_serve_says_when_the_hub_cannot_be_reached(no_config, capsys):
    unreachable = "host=127.0.0.1 port=1 dbname=vizium user=kiosk password=secret connect_timeout=2"
    assert main(["hub", "serve", "--dsn", unreachable]) == 3
    err = capsys.readouterr().err
    assert "The console needs the hub" in err and "secret" not in err
