"""Logging for a station that nobody watches: a rotating file with a size cap, and crash records."""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from pathlib import Path
from typing import IO

from kiosk import paths
from kiosk.timestamps import utc_now_iso

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


def setup_logging(verbose: bool = False, *, to_file: bool = True, file_later: bool = False) -> Path | None:
    """Log to stderr and (for a running kiosk) to a rotating file in the platform log folder.

    ``file_later`` (`kiosk run`): the file is opened by ``open_log_file()``, which the kiosk calls
    once its first frame is on screen; until then the records wait in memory (finding the log
    folder and the rotating handler's module cost about 14 ms of a start on these machines). A
    warning or worse opens the file at once, and so does the end of the process: a start that
    goes wrong is in the file whatever comes next."""
    root = logging.getLogger()
    root.setLevel(logging.INFO if verbose else logging.WARNING)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not any(isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler) for h in root.handlers):
        console = ConsoleHandler()
        console.setFormatter(formatter)
        root.addHandler(console)
    if not to_file:
        return None
    for earlier in [h for h in root.handlers if isinstance(h, LogFileLater)]:  # set up again: a new file
        root.removeHandler(earlier)
        earlier.close()
    waiting = LogFileLater(formatter)
    root.addHandler(waiting)
    root.setLevel(min(root.level, logging.INFO))
    if file_later:
        if not faulthandler.is_enabled():
            try:  # a hard crash before the file opens: its traceback on stderr
                faulthandler.enable()
            except (OSError, ValueError):  # no usable stderr (a closed or captured one)
                pass
        return None
    return waiting.open()


def open_log_file() -> Path | None:
    """Open the log file that ``setup_logging(file_later=True)`` left waiting; its path, or None
    when there is none or it cannot be written (said in a warning)."""
    waiting = next((h for h in logging.getLogger().handlers if isinstance(h, LogFileLater)), None)
    return waiting.open() if waiting is not None else None


class LogFileLater(logging.Handler):
    """The station's log file, opened on ``open()``: records before it are kept and written then.

    Once open it hands every record to the rotating file handler, and stays the root logger's
    handler (swapping handlers while other threads log could lose or double a record)."""

    def __init__(self, formatter: logging.Formatter) -> None:
        super().__init__(logging.INFO)
        self.formatter_for_file = formatter
        self.kept: list[logging.LogRecord] = []
        self.file: logging.Handler | None = None
        self.path: Path | None = None
        self.tried = False
        self.opening = threading.RLock()

    def emit(self, record: logging.LogRecord) -> None:
        if self.file is not None:
            self.file.handle(record)
            return
        if not self.tried:
            self.kept.append(record)
            if record.levelno >= logging.WARNING:
                self.open()

    def open(self) -> Path | None:
        with self.opening:  # re-entrant: a warning about the folder, logged from here, comes back here
            if self.tried:
                return self.path
            self.tried = True
            from logging.handlers import RotatingFileHandler

            global _fault_file
            folder = paths.log_dir()
            try:
                folder.mkdir(parents=True, exist_ok=True)
                handler = RotatingFileHandler(
                    folder / LOG_FILE, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
                )
                if _fault_file is None:
                    # Hard crashes (a segfault in a native library) still leave a Python traceback here.
                    _fault_file = open(folder / CRASH_FILE, "a", encoding="utf-8")  # noqa: SIM115 - for the process
            except OSError as exc:
                self.kept = []
                logging.getLogger(__name__).warning("cannot write logs to %s: %s", folder, exc)
                return None
            faulthandler.enable(_fault_file)
            handler.setFormatter(self.formatter_for_file)
            handler.setLevel(logging.INFO)
            for record in self.kept:
                handler.handle(record)
            self.kept = []
            self.file, self.path = handler, folder / LOG_FILE
            return self.path

    def flush(self) -> None:
        if self.file is not None:
            self.file.flush()

    def close(self) -> None:
        """At the end of the process (logging.shutdown): what is kept goes to the file first."""
        if self.kept:
            self.open()
        if self.file is not None:
            self.file.close()
        super().close()


def record_crash(exc: BaseException, database: Path) -> None:
    """Write a crash to the log and as an app event, straight to SQLite (the store may be gone)."""
    import json
    import sqlite3

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
