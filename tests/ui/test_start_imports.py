"""What `kiosk run` loads before the home is on screen: only what the home needs. The staff
screens, the sync, statistics, programmes and hub, the other commands, the catalogue tools and
the installed packages' metadata load later, on first use or after the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

NOT_AT_START = {
    "pyqtgraph", "cv2", "numpy",  # DESIGN.md section 2, rule 5
    "kiosk.sync", "kiosk.stats", "kiosk.hub", "kiosk.programmes.service",
    "kiosk.ui.programmes", "kiosk.ui.sync_status", "kiosk.ui.dashboard", "kiosk.ui.camera_check",
    "kiosk.cli.stats", "kiosk.cli.sync", "kiosk.cli.hub", "kiosk.cli.programmes",
    "importlib.metadata", "subprocess", "xml.etree.ElementTree",
}

START = """
import sys
from kiosk.cli import _parser
_parser(parts=False)
import kiosk.cli.run
from kiosk.config import settings_from_mapping
from kiosk.ui.app import build_kiosk
kiosk = build_kiosk(settings_from_mapping({"storage": {"path": sys.argv[1]}}), staff_parts_later=True)
print(" ".join(sorted(sys.modules)))
kiosk.close()
"""


def test_a_start_loads_only_what_the_home_needs(tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    loaded: set[str] = set()
    for _ in range(2):  # the second start is a usual one: the exhibit list is cached by then
        done = subprocess.run([sys.executable, "-c", START, str(tmp_path / "data")], env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-3000:]
        loaded = set(done.stdout.split())
    assert "kiosk.ui.home" in loaded
    assert sorted(NOT_AT_START & loaded) == []
