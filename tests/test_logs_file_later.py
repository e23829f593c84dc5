"""`kiosk run` opens its log file after its first frame: no record of the start may be lost on the way.

Until the file opens the records wait in memory; a warning or worse opens it at once, and so does
the end of the process, so a start that goes wrong is in the file whatever happens next.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.logs import LOG_FILE, LogFileLater, open_log_file, setup_logging


@pytest.fixture
def root_logger(isolated_environment) -> Iterator[logging.Logger]:
    """The root logger as the test found it, afterwards (setup_logging adds handlers to it)."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield root
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def log_file() -> Path:
    return Path(os.environ["VIZIUM_LOG_DIR"]) / LOG_FILE


def test_records_before_the_file_opens_are_written_in_order_when_it_does(root_logger):
    assert setup_logging(to_file=True, file_later=True) is None
    for number in range(3):
        logging.getLogger("kiosk.test").info("start step %d", number)
    assert not log_file().exists(), "nothing is written before the file opens"
    assert open_log_file() == log_file()
    logging.getLogger("kiosk.test").info("after the first frame")
    lines = [line.split(": ", 1)[1] for line in log_file().read_text(encoding="utf-8").splitlines()]
    assert lines == ["start step 0", "start step 1", "start step 2", "after the first frame"]
    assert open_log_file() == log_file(), "opened once; asked again it gives the same file"


def test_a_warning_opens_the_file_at_once(root_logger):
    setup_logging(to_file=True, file_later=True)
    logging.getLogger("kiosk.test").info("the store is opening")
    logging.getLogger("kiosk.test").warning("the data folder is nearly full")
    text = log_file().read_text(encoding="utf-8")
    assert "the store is opening" in text and "the data folder is nearly full" in text


def test_a_log_folder_that_cannot_be_made_is_a_warning_not_a_crash(root_logger, tmp_path, monkeypatch, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("VIZIUM_LOG_DIR", str(blocker / "logs"))
    setup_logging(to_file=True, file_later=True)
    logging.getLogger("kiosk.test").info("kept for a file that never opens")
    assert open_log_file() is None
    assert any(r.levelno == logging.WARNING and "cannot write logs to" in r.getMessage() for r in caplog.records)
    logging.getLogger("kiosk.test").info("after the failure")  # nothing kept, nothing raised
    waiting = next(h for h in root_logger.handlers if isinstance(h, LogFileLater))
    assert waiting.kept == []


ENDS_BEFORE_THE_FILE_OPENS = """
import logging, sys
from kiosk.logs import setup_logging
setup_logging(to_file=True, file_later=True)
logging.getLogger("kiosk.test").info("the only record of this start")
sys.exit(3)
"""


def test_a_process_that_ends_before_its_file_opens_still_writes_what_it_kept(isolated_environment):
    done = subprocess.run([sys.executable, "-c", ENDS_BEFORE_THE_FILE_OPENS], capture_output=True, text=True,
                          timeout=60, env=dict(os.environ))
    assert done.returncode == 3, done.stderr
    assert "the only record of this start" in log_file().read_text(encoding="utf-8")


def test_kiosk_run_writes_its_start_to_the_log_file(isolated_environment, tmp_path):
    """The real `kiosk run`: the first frame's own record, logged while the file waited, is in it."""
    (tmp_path / "kiosk.toml").write_text("# the defaults\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIZIUM_CONFIG=str(tmp_path / "kiosk.toml"))
    done = subprocess.run([sys.executable, "-m", "kiosk", "run", "--windowed", "--size", "800x600",
                           "--exit-after-first-paint"], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    text = log_file().read_text(encoding="utf-8")
    assert "first frame painted" in text and "ready for visitors" in text
