"""A station whose terminal (stderr) goes away keeps running and keeps its records in its log file.

The kiosk is often started from a terminal or a pipe during setup; the terminal may close while the
kiosk runs. It must not stop, keep retrying the dead console, or lose a log record because of it.
"""

from __future__ import annotations

import io
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.logs import ConsoleHandler


class ClosedPipe(io.StringIO):
    """A stream whose reader has gone: every write fails as a closed pipe does."""

    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def write(self, text: str) -> int:
        self.writes += 1
        raise BrokenPipeError(32, "Broken pipe")


@pytest.fixture
def logger_with_file(tmp_path: Path):
    """The root logger (where the kiosk puts its handlers) with a ConsoleHandler on a closed pipe and a
    file handler beside it, as setup_logging makes them."""
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.INFO)
    pipe = ClosedPipe()
    console = ConsoleHandler(pipe)
    file_handler = logging.FileHandler(tmp_path / "kiosk.log", encoding="utf-8")
    root.addHandler(console)
    root.addHandler(file_handler)
    yield logging.getLogger("kiosk.test"), console, pipe, tmp_path / "kiosk.log"
    for handler in (console, file_handler):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def test_a_closed_console_is_tried_once_then_left_and_the_file_keeps_every_record(logger_with_file, capsys):
    logger, console, pipe, log_file = logger_with_file
    for number in range(50):
        logger.warning("record %d", number)
    assert console.gone
    assert pipe.writes == 1, "after the first failed write the console is not tried again"
    text = log_file.read_text(encoding="utf-8")
    assert all(f"record {number}\n" in text for number in range(50))
    assert text.count("console") == 1 and "log file only" in text  # said once, where staff will read it
    assert "Logging error" not in capsys.readouterr().err  # no traceback for every record


def test_other_console_errors_still_show_as_logging_errors(tmp_path, capsys):
    class Broken(io.StringIO):
        def write(self, text: str) -> int:
            raise ValueError("a bug in a formatter or stream, not a closed console")

    handler = ConsoleHandler(Broken())
    logger = logging.getLogger("test-console-bug")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        logger.warning("hello")
    finally:
        logger.removeHandler(handler)
    assert not handler.gone
    assert "Logging error" in capsys.readouterr().err


def wait_for_line(child: subprocess.Popen, log_file: Path, words: str) -> None:
    deadline = time.monotonic() + 90
    while words not in (log_file.read_text(encoding="utf-8") if log_file.exists() else ""):
        assert child.poll() is None, f"the kiosk ended ({child.returncode}) before logging {words!r}"
        assert time.monotonic() < deadline, f"no {words!r} in the log after 90 s"
        time.sleep(0.1)


@pytest.mark.slow
def test_a_running_kiosk_whose_stderr_reader_goes_away_keeps_running_and_logs_to_its_file(tmp_path):
    env = os.environ.copy()
    env.update(VIZIUM_DATA_DIR=str(tmp_path / "data"), VIZIUM_LOG_DIR=str(tmp_path / "logs"),
               VIZIUM_CACHE_DIR=str(tmp_path / "cache"), XDG_STATE_HOME=str(tmp_path / "state"),
               TMPDIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    log_file = tmp_path / "logs" / "kiosk.log"
    child = subprocess.Popen([sys.executable, "-m", "kiosk", "--verbose", "run", "--windowed"], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_line(child, log_file, "first frame painted")
        child.stderr.close()  # the terminal went away
        # records made after that (the exhibits prepared in the background) reach the file, and the kiosk runs on
        wait_for_line(child, log_file, "exhibits prepared")
        assert child.poll() is None
        # the stop is logged too: SIGINT asks for it, SIGTERM finds it already under way
        child.send_signal(signal.SIGINT)
        child.send_signal(signal.SIGTERM)
        code = child.wait(timeout=60)
    finally:
        child.kill()
    assert code == 0, "a clean stop, not the exit of a command whose reader went away (141)"
    text = log_file.read_text(encoding="utf-8")
    assert "SIGINT received: stopping the kiosk" in text
    assert "SIGTERM again: the kiosk is already stopping" in text
    assert "the console (stderr) is gone" in text
    database = sqlite3.connect(tmp_path / "data" / "kiosk.db")
    kinds = [row[0] for row in database.execute(
        "SELECT kind FROM app_events WHERE kind IN ('kiosk.start', 'kiosk.stop', 'kiosk.crash') ORDER BY id")]
    database.close()
    assert kinds == ["kiosk.start", "kiosk.stop"]
