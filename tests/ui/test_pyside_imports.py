"""PySide6's import hook, without its reading of every module's source (kiosk/exhibit/pyside_imports.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import linecache, sys
import {package}
import PySide6.QtWidgets  # as the kiosk's modules do next
sys.path.insert(0, sys.argv[1])
import plain_module, qt_module
print("READ", sorted(name for name in linecache.cache if name.endswith(("plain_module.py", "qt_module.py"))))
import feature_user
from PySide6.QtCore import QObject
probe = QObject()
probe.setObjectName("probe")
print("NAMES", feature_user.name_of(probe), qt_module.name_of(probe))
"""


@pytest.mark.parametrize("package", ["kiosk.ui", "kiosk.exhibit"])
def test_modules_imported_after_the_kiosk_are_not_read_and_features_still_work(tmp_path: Path, package: str):
    """PySide6 read the whole source of every module imported after it (to learn whether the
    module uses PySide) and linecache kept it for the life of the process: a kiosk that had
    prepared its exhibits held about 300 source files, 12 MiB. Either package the kiosk's code
    enters by stops it; a module that selects a PySide feature still gets it, and the others
    still see Qt's own names."""
    (tmp_path / "plain_module.py").write_text("VALUE = 1\n", encoding="utf-8")
    (tmp_path / "qt_module.py").write_text(
        "from PySide6.QtCore import QObject\n\ndef name_of(o: QObject) -> str:\n    return o.objectName()\n",
        encoding="utf-8")
    (tmp_path / "feature_user.py").write_text(
        "from __feature__ import snake_case  # noqa\nfrom PySide6.QtCore import QObject\n\n"
        "def name_of(o: QObject) -> str:\n    return o.object_name()\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", PROBE.format(package=package), str(tmp_path)],
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "READ []" in done.stdout.splitlines()
    assert "NAMES probe probe" in done.stdout.splitlines()
