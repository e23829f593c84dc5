"""`kiosk run` covers its whole screen on X11 without a window manager (a bare station, Xvfb).

Without a window manager nobody honours showFullScreen(): the window used to sit 428x405 in the
top-left corner of a 1920x1080 screen. Looked at from outside, as `xwininfo` sees it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
"$KIOSK" run 2>"$LOGS/stderr" & pid=$!
for i in $(seq 1 600); do
  xwininfo -root -tree 2>/dev/null | grep -q '"VIZIUM"' && break
  sleep 0.1
done
sleep 1
xwininfo -root -tree | grep '"VIZIUM"'
kill -TERM $pid
wait $pid
echo "exit $?"
"""


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("xvfb-run") is None or shutil.which("xwininfo") is None,
                    reason="needs xvfb-run and xwininfo (apt-get install xvfb xauth x11-utils)")
def test_the_kiosk_covers_a_screen_without_a_window_manager(tmp_path: Path):
    env = {key: value for key, value in os.environ.items() if key not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.update(VIZIUM_DATA_DIR=str(tmp_path / "data"), VIZIUM_LOG_DIR=str(tmp_path / "logs"),
               LOGS=str(tmp_path), KIOSK=str(Path(sys.executable).with_name("kiosk")), QT_QPA_PLATFORM="xcb")
    done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", "sh", "-c", PROBE],
                          env=env, capture_output=True, text=True, timeout=180)
    stderr = (tmp_path / "stderr").read_text() if (tmp_path / "stderr").exists() else ""
    geometry = re.search(r"(\d+)x(\d+)\+(-?\d+)\+(-?\d+)", done.stdout)
    assert geometry, done.stdout + done.stderr + stderr[-2000:]
    assert geometry.groups() == ("1920", "1080", "0", "0"), done.stdout
    assert "exit 0" in done.stdout, done.stdout + stderr[-2000:]  # and SIGTERM stopped it cleanly
