"""Running the console (`kiosk hub serve`) and creating its accounts (`kiosk hub user add`).

The server listens on 127.0.0.1 unless told otherwise. Behind a reverse proxy that terminates
TLS, uvicorn trusts X-Forwarded-Proto and X-Forwarded-For only from ``forwarded_allow_ips``
(default: this machine), so cookies become Secure and logins are throttled per real address.
"""

from __future__ import annotations

import getpass
import ipaddress
import sys
from typing import IO, Any

from kiosk.console import accounts
from kiosk.hub.connection import connect

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def serve(dsn: str, settings: Any, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          forwarded_allow_ips: str = "127.0.0.1", out: IO[str] = sys.stdout) -> int:
    """Serve the console until stopped (Ctrl+C or SIGTERM)."""
    import uvicorn

    from kiosk.console.app import create_app

    app = create_app(dsn, settings)
    if not _loopback(host):
        print(f"Listening on {host}: reachable from the network. Serve it over TLS (a reverse proxy, see "
              "docs/deployment.md) so passwords and cookies never cross the network in clear.", file=out)
    print(f"Centre console on http://{host}:{port}/ — press Ctrl+C to stop.", file=out, flush=True)
    uvicorn.run(app, host=host, port=port, proxy_headers=True, forwarded_allow_ips=forwarded_allow_ips,
                server_header=False, log_level="info", access_log=False)
    return 0


def read_password(stdin: IO[str] | None = None) -> str:
    """The new account's password: asked twice on a terminal, else the first line of stdin."""
    stdin = stdin or sys.stdin
    if stdin.isatty():
        first = getpass.getpass("Password for the new account: ")
        if getpass.getpass("The same password again: ") != first:
            raise accounts.AccountError("the two passwords differ; nothing was created")
        return first
    return stdin.readline().rstrip("\r\n")


def add_user(dsn: str, username: str, role: str, password: str) -> None:
    conn = connect(dsn, purpose="console")
    conn.autocommit = True
    try:
        from kiosk.hub.schema import require_current

        require_current(conn, dsn)
        accounts.add_user(conn, username, password, role)
    finally:
        conn.close()
