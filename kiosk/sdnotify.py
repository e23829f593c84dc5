"""systemd's notify protocol, Qt-free: READY=1, WATCHDOG=1, STATUS=... over $NOTIFY_SOCKET.

The plain datagram protocol (sd_notify(3)), so no library is needed. When $NOTIFY_SOCKET is not
set (development, tests, Windows) every call does nothing.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import socket


class Notifier:
    """Sends state changes to the service manager that started the kiosk."""

    def __init__(self, address: str | None = None) -> None:
        address = address if address is not None else os.environ.get("NOTIFY_SOCKET", "")
        self.address = "\0" + address[1:] if address.startswith("@") else address
        self._socket: socket.socket | None = None
        if self.address:
            import socket  # only under a service manager: the socket module costs a start 2 ms

            if hasattr(socket, "AF_UNIX"):
                self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)

    @property
    def enabled(self) -> bool:
        return self._socket is not None

    def notify(self, *states: str) -> bool:
        if self._socket is None:
            return False
        try:
            self._socket.sendto("\n".join(states).encode(), self.address)
        except OSError:
            return False  # the manager went away: nothing useful to do
        return True

    def ready(self, status: str = "") -> bool:
        return self.notify("READY=1", *([f"STATUS={status}"] if status else []))

    def watchdog(self) -> bool:
        return self.notify("WATCHDOG=1")

    def stopping(self) -> bool:
        return self.notify("STOPPING=1")

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None


def watchdog_interval_s() -> float | None:
    """Half the watchdog period systemd asked for ($WATCHDOG_USEC), or None without a watchdog."""
    usec = os.environ.get("WATCHDOG_USEC")
    pid = os.environ.get("WATCHDOG_PID")
    if not usec or (pid and pid != str(os.getpid())):
        return None
    try:
        return max(0.05, int(usec) / 1_000_000 / 2)
    except ValueError:
        return None
