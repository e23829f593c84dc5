"""Logging for a station that nobody watches: a rotating file with a size cap, and crash records."""

from __future__ import annotations

import faulthandler
import json
import logging
import logging.handlers
import sqlite3
import sys
import traceback
from pathlib import Path
from typing import IO

from kiosk import paths
from kiosk.store import utc_now_iso

LOG_FILE = "kiosk.log"
CRASH_FILE = "crash.log"
MAX_LOG_BYTES = 2 * 1024 * 1024
LOG_BACKUPS = 5  # at most about 12 MB of logs

_fault_file: IO[str] | None = None


class ConsoleHandler(logging.StreamHandler):
    """Records on stderr while someone reads them.

    A station is often started from a terminal or a pipe, which may go away while it runs. Then
    writes to stderr fail (a closed pipe, a hung-up terminal): the handler says so once, in the
    other logs (the station's file), and writes no more to the console, so that a gone reader
    costs the kiosk nothing and no record is lost from the file.
    """

    def __init__(self, stream: IO[str] | None = None) -> None:
        super().__init__(stream)
        self.gone = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self.gone:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):  # a bug in a format or a stream: logging's usual report
            super().handleError(record)
            return
        self.gone = True
        # goes to every other handler; this one, now gone, returns at once
        logging.getLogger(__name__).warning(
            "the console (stderr) is gone (%s): the kiosk runs on and writes to its log file only", error)


def setup_logging(verbose: bool = False, *, to_file: bool = True) -> Path | None:
    """Log to stderr and (for a running kiosk) to a rotating file in the platform log folder."""
    root = logging.getLogger()
    root.setLevel(logging.INFO if verbose else logging.WARNING)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not any(isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler) for h in root.handlers):
        console = ConsoleHandler()
        console.setFormatter(formatter)
        root.addHandler(console)
    if not to_file:
        return None
    folder = paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("cannot write logs to %s: %s", folder, exc)
        return None
    handler.setFormatter(formatter)
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    root.setLevel(min(root.level, logging.INFO))
    global _fault_file
    if _fault_file is None:
        # Hard crashes (a segfault in a native library) still leave a Python traceback here.
        _fault_file = open(folder / CRASH_FILE, "a", encoding="utf-8")  # noqa: SIM115 - lives for the process
        faulthandler.enable(_fault_file)
    return folder / LOG_FILE


def record_crash(exc: BaseException, database: Path) -> None:
    """Write a crash to the log and as an app event, straight to SQLite (the store may be gone)."""
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    logging.getLogger("kiosk").critical("the kiosk crashed and will be restarted:\n%s", text)
    try:
        conn = sqlite3.connect(database, timeout=5)
        with conn:
            conn.execute(
                "INSERT INTO app_events(at, kind, detail) VALUES (?, 'kiosk.crash', ?)",
                (utc_now_iso(), json.dumps({"error": repr(exc), "traceback": text[-4000:]})),
            )
        conn.close()
    except sqlite3.Error as db_error:
        logging.getLogger("kiosk").error("could not record the crash in the database: %s", db_error)
