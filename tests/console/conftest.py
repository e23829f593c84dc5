"""Fixtures of the console tests: a real PostgreSQL hub (tests/hub), real station stores that
replicate to it, the console's ASGI app on top, and a way to log in as a person would."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import anyio.from_thread
import httpx
import pytest

from kiosk.config import settings_from_mapping
from kiosk.console import accounts
from kiosk.console.app import create_app
from kiosk.hub.connection import connect
from tests.hub.conftest import START, hub_dsn, make_station  # noqa: F401 - fixtures used here
from tests.sync.conftest import FakeClock

PASSWORD = "correct horse battery"


class _PortalTransport(httpx.BaseTransport):
    """httpx's ASGI transport, driven from plain (synchronous) tests through an anyio portal."""

    def __init__(self, app: Any, portal: Any, address: str) -> None:
        self.inner = httpx.ASGITransport(app=app, client=(address, 40000))
        self.portal = portal

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # the body as bytes, readable by the async transport too

        async def call() -> httpx.Response:
            response = await self.inner.handle_async_request(request)
            content = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, content=content, request=request)

        return self.portal.call(call)


class ConsoleClient(httpx.Client):
    """An httpx client talking to the console's ASGI app in this process (no socket)."""

    def __init__(self, app: Any, address: str = "127.0.0.1", base_url: str = "http://testserver") -> None:
        self._portal_cm = anyio.from_thread.start_blocking_portal()
        portal = self._portal_cm.__enter__()
        super().__init__(transport=_PortalTransport(app, portal, address), base_url=base_url, follow_redirects=True)

    def close(self) -> None:
        super().close()
        self._portal_cm.__exit__(None, None, None)
CSRF_FIELD = re.compile(r'name="csrf" value="([^"]+)"')


def add_account(dsn: str, username: str, role: str = "staff", password: str = PASSWORD) -> None:
    conn = connect(dsn, purpose="test")
    conn.autocommit = True
    try:
        accounts.add_user(conn, username, password, role)
    finally:
        conn.close()


def csrf_of(html: str) -> str:
    found = CSRF_FIELD.search(html)
    assert found, "the page has no CSRF field"
    return found.group(1)


def log_in(client: ConsoleClient, username: str, password: str = PASSWORD, address_ok: bool = True) -> Any:
    page = client.get("/login")
    return client.post("/login", data={"csrf": csrf_of(page.text), "username": username, "password": password},
                       follow_redirects=False)


def console_settings(**sections: Any) -> Any:
    return settings_from_mapping({"station": {"timezone": "Europe/Riga"}, **sections})


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START + dt.timedelta(hours=2))


@pytest.fixture
def console_app(hub_dsn: str, clock: FakeClock) -> Any:  # noqa: F811
    return create_app(hub_dsn, console_settings(), clock=clock, pool_size=2)


@pytest.fixture
def console_client(console_app: Any) -> Iterator[ConsoleClient]:
    with ConsoleClient(console_app) as client:
        yield client


@pytest.fixture
def staff_client(hub_dsn: str, console_client: ConsoleClient) -> ConsoleClient:  # noqa: F811
    add_account(hub_dsn, "anna")
    assert log_in(console_client, "anna").status_code == 303
    return console_client


def beat(dsn: str, station_id: str, at: dt.datetime, **fields: Any) -> None:
    """A heartbeat as a station writes it (kiosk.hub health), straight into the hub."""
    from psycopg.types.json import Jsonb

    body = {"version": "0.1.0", "uptime_s": 3600, "open": True, "camera": {"state": "running", "fps": 29.5},
            "disk_free_mb": 51200, "store": "ok", "waiting_hub": 0, "waiting_city": 0,
            "exhibit_faults": 0, "errors": 0, "heartbeat_s": 60, **fields}
    conn = connect(dsn, purpose="test")
    try:
        with conn.transaction():
            conn.execute("INSERT INTO stations(station_id, site) VALUES (%s, 'vizium') ON CONFLICT DO NOTHING",
                         (station_id,))
            conn.execute("UPDATE stations SET last_beat_at = %s, last_beat = %s WHERE station_id = %s",
                         (at, Jsonb(body), station_id))
            conn.execute("INSERT INTO station_beats(station_id, at, beat) VALUES (%s, %s, %s)",
                         (station_id, at, Jsonb(body)))
    finally:
        conn.close()
