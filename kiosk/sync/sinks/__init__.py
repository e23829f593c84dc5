"""Where entities go: a folder of NGSI-LD files, an NGSI-LD broker, or a PostgreSQL database.

Every sink has a ``target`` (kind and address, never a secret), a ``batch_size`` suited to it,
and ``send(entries) -> SinkAnswer``. A sink raises ``TransientError`` when the whole batch should
be tried again later, ``BatchRejected`` when the target calls the batch invalid (the runner then
splits it to park only the culprits), and ``TargetRefused`` when the target refuses us altogether.
The shared types are in ``base`` (the sinks import them from there, never from this package).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.sync.entities import StationIdentity
from kiosk.sync.sinks.base import Sink, SinkAnswer, SyncConfigError

__all__ = ["Sink", "SinkAnswer", "SinkChoice", "SyncConfigError", "choice_from_settings", "make_sink", "read_token"]

TOKEN_ENV = "VIZIUM_SYNC_TOKEN"


@dataclass(frozen=True)
class SinkChoice:
    """The effective sink settings of one run: [sync] with the command line's overrides."""

    kind: str
    folder: str = ""
    url: str = ""
    tenant: str = ""
    token_file: str = ""
    dsn: str = ""


def choice_from_settings(settings: Any, **overrides: str | None) -> SinkChoice:
    """[sync] settings, with non-empty overrides (``sink``, ``folder``, ``url``, ``dsn``, ``tenant``)."""
    sync = settings.sync
    values = {
        "kind": sync.sink,
        "folder": sync.folder,
        "url": sync.url,
        "tenant": sync.tenant,
        "token_file": sync.token_file,
        "dsn": sync.dsn,
    }
    for key, value in overrides.items():
        if value:
            values["kind" if key == "sink" else key] = value
    # A one-off --folder/--url/--dsn implies its sink, so `kiosk sync --folder /media/usb` just works.
    if not overrides.get("sink"):
        for key, kind in (("folder", "file"), ("url", "ngsi-ld"), ("dsn", "postgres")):
            if overrides.get(key):
                values["kind"] = kind
    return SinkChoice(**values)


def read_token(token_file: str) -> str | None:
    """The bearer token from ``[sync] token_file``, else ``$VIZIUM_SYNC_TOKEN``, else None."""
    if token_file:
        path = Path(token_file).expanduser()
        try:
            token = path.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            raise SyncConfigError(f"sync.token_file: {path} does not exist; create it or clear the key.") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise SyncConfigError(f"sync.token_file: cannot read {path} ({type(exc).__name__}).") from None
        if not token or any(c in token for c in "\r\n"):
            raise SyncConfigError(f"sync.token_file: {path} must hold the token on one line, and nothing else.")
        return token
    token = os.environ.get(TOKEN_ENV, "").strip()
    return token or None


def make_sink(
    choice: SinkChoice,
    station: StationIdentity,
    data_dir: Path,
    *,
    clock: Callable[[], Any] | None = None,
    http_transport: Any = None,
    http_timeout_s: float = 30.0,
) -> Sink:
    """Build the chosen sink, or raise SyncConfigError saying which key is missing or wrong."""
    if choice.kind == "file":
        from kiosk.sync.sinks.file import FileSink

        folder = Path(choice.folder).expanduser() if choice.folder else data_dir / "outbox"
        return FileSink(folder, station, clock=clock)
    if choice.kind == "ngsi-ld":
        from kiosk.sync.sinks.ngsi_ld import NgsiLdSink

        if not choice.url:
            raise SyncConfigError("sync.url is empty: the ngsi-ld sink needs the broker's base URL (or --url).")
        return NgsiLdSink(
            choice.url,
            tenant=choice.tenant,
            token=read_token(choice.token_file),
            transport=http_transport,
            timeout_s=http_timeout_s,
        )
    if choice.kind == "postgres":
        from kiosk.sync.sinks.postgres import PostgresSink

        if not choice.dsn:
            raise SyncConfigError("sync.dsn is empty: the postgres sink needs a connection string (or --dsn).")
        return PostgresSink(choice.dsn)
    raise SyncConfigError(f"sync.sink is {choice.kind!r}; valid sinks are 'file', 'ngsi-ld' and 'postgres'.")
