"""Logging for a station that nobody watches: a rotating file with a size cap, and crash records."""

from __future__ import annotations

import faulthandler
import json
import logging
import logging.handlers
import sqlite3
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


def setup_logging(verbose: bool = False, *, to_file: bool = True) -> Path | None:
    """Log to stderr and (for a running kiosk) to a rotating file in the platform log folder."""
    root = logging.getLogger()
    root.setLevel(logging.INFO if verbose else logging.WARNING)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not any(isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler) for h in root.handlers):
        console = logging.StreamHandler()
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
