"""Connecting to the hub, with errors a person can act on and never a password in a message."""

from __future__ import annotations

from typing import Any

from psycopg.conninfo import conninfo_to_dict, make_conninfo

#: Seconds to wait for the hub before a round gives up (the kiosk retries at the next round).
CONNECT_TIMEOUT_S = 10


class HubError(Exception):
    """Something about the hub a person must fix (a bad address, a hub newer than this kiosk)."""


class HubUnavailable(HubError):
    """The hub cannot be reached now; nothing was changed, and the next round will try again."""


def redact(dsn: str) -> str:
    """The hub's address without its password, for logs, status and messages."""
    try:
        params = conninfo_to_dict(dsn)
    except Exception as exc:  # psycopg.ProgrammingError, with the parser's reason
        raise HubError(f"hub.dsn is not a valid PostgreSQL connection string: {exc}") from None
    params.pop("password", None)
    return make_conninfo("", **{k: v for k, v in params.items() if v is not None})


def connect(dsn: str, *, purpose: str = "sync", timeout_s: float = CONNECT_TIMEOUT_S) -> Any:
    """An open psycopg connection to the hub (not autocommit), or HubUnavailable saying why."""
    import psycopg

    if not dsn:
        raise HubError("no hub is configured: set [hub] dsn in the configuration or $VIZIUM_HUB_DSN")
    address = redact(dsn)
    try:
        return psycopg.connect(
            dsn, connect_timeout=max(1, round(timeout_s)), application_name=f"vizium-kiosk-{purpose}"
        )
    except psycopg.OperationalError as exc:
        first_line = (str(exc).strip().splitlines() or ["cannot connect"])[0]
        raise HubUnavailable(f"cannot reach the hub at {address}: {first_line}") from None
