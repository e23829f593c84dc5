"""`python tests/faults/ack_kiosk.py ARGS` runs the real `kiosk ARGS` and, for the stop tests,
writes an acknowledgement log: each visit and exhibit run whose insert the store has confirmed
durable (its WriteTicket finished without error, i.e. committed with synchronous=FULL) is
appended to the file named by $VIZIUM_ACK_LOG as "visit ID" or "run ID".

An acknowledgement may be written a few milliseconds late (a kill in between loses it), never
early: the log can only under-report, so "every acknowledged row is in the database" is a fair test.
"""

from __future__ import annotations

import os
import sys
import threading
import time

from kiosk.cli import main
from kiosk.store import database

_KINDS = (("INSERT INTO visits", "visit"), ("INSERT INTO exhibit_runs", "run"))


def _install(path: str) -> None:
    log = open(path, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 - lives for the process
    pending: list[tuple[database.WriteTicket, str]] = []
    lock = threading.Lock()
    original = database.Store.execute

    def execute(self, sql, params=()):  # type: ignore[no-untyped-def]
        ticket = original(self, sql, params)
        for prefix, kind in _KINDS:
            if sql.startswith(prefix):
                with lock:
                    pending.append((ticket, f"{kind} {params[0]}\n"))
        return ticket

    def watch() -> None:
        while True:
            time.sleep(0.01)
            with lock:
                done = [(ticket, label) for ticket, label in pending if ticket.done]
                pending[:] = [(ticket, label) for ticket, label in pending if not ticket.done]
            for ticket, label in done:
                if ticket.error is None:
                    log.write(label)

    database.Store.execute = execute  # type: ignore[method-assign]
    threading.Thread(target=watch, name="ack-log", daemon=True).start()


if __name__ == "__main__":
    if os.environ.get("VIZIUM_ACK_LOG"):
        _install(os.environ["VIZIUM_ACK_LOG"])
    sys.exit(main(sys.argv[1:]))
