"""A few open connections to the hub, shared by the console's request threads.

Opening a PostgreSQL connection costs more than most pages; a small pool keeps the floor page
fast under many browsers. At most ``size`` connections are open: a request beyond waits for one
(the hub is spared a burst of connections), and gives up after ``WAIT_S`` saying the console is
busy. A connection that failed mid-request is closed, never handed out again.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from kiosk.hub.connection import HubError, HubUnavailable, connect, redact
from kiosk.hub.schema import require_current

#: Seconds a request waits for a free connection before the page says the console is busy.
WAIT_S = 30.0


class HubPool:
    """Connections to the hub in autocommit mode (transactions are explicit where needed)."""

    def __init__(self, dsn: str, size: int = 8) -> None:
        self.dsn = dsn
        self.address = redact(dsn)
        self._idle: queue.LifoQueue[Any] = queue.LifoQueue(maxsize=size)
        self._slots = threading.BoundedSemaphore(size)

    def check(self) -> None:
        """Refuse to start over a hub that is missing or older than this kiosk, saying what to run."""
        with self.connection() as conn:
            require_current(conn, self.dsn)

    @contextmanager
    def connection(self) -> Iterator[Any]:
        if not self._slots.acquire(timeout=WAIT_S):
            raise HubUnavailable(f"every connection to the hub at {self.address} has been busy for {WAIT_S:.0f} s")
        try:
            try:
                conn = self._idle.get_nowait()
            except queue.Empty:
                conn = connect(self.dsn, purpose="console")
                conn.autocommit = True
            try:
                yield conn
            except BaseException:
                conn.close()  # its state is unknown after a failure; a fresh one replaces it
                raise
            if conn.closed or conn.info.transaction_status != 0:  # 0: idle, outside a transaction
                conn.close()
            else:
                self._idle.put_nowait(conn)  # never full: at most ``size`` are out at once
        finally:
            self._slots.release()

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return


__all__ = ["HubError", "HubPool"]
