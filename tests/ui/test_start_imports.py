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
_parser("run")
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


#: Made after the first frame (kiosk.ui.window): the screens other than the attract loop.
NOT_AT_FIRST_PAINT = NOT_AT_START | {
    "kiosk.ui.home", "kiosk.ui.home_tiles", "kiosk.ui.home_filters", "kiosk.ui.host", "kiosk.ui.exhibit_cards",
    "kiosk.ui.careers_card", "kiosk.ui.closed", "kiosk.schedule", "kiosk.careers",
    # The widget kit and the overlays: the attract loop needs only the theme and the translations.
    "kiosk.exhibit.kit", "kiosk.exhibit.base", "kiosk.ui.widgets", "kiosk.ui.staff", "kiosk.ui.idle",
    "kiosk.ui.window_cards",
    # The log file opens after the first frame (records wait in memory until then), and so do the
    # station's records: the store, the journal, the PINs, the visit's rules and the exhibit list,
    # with the data folder (platformdirs) and what they need of the standard library.
    "logging.handlers", "kiosk.store", "kiosk.journal", "kiosk.pins", "kiosk.visits", "kiosk.registry",
    "kiosk.manifest", "platformdirs", "sqlite3", "zoneinfo", "hashlib", "socket",
    # The attract loop's ribbon of exhibits slides in after the first frame, with their icons.
    "PySide6.QtSvg",
}

RUN_TO_READY = """
import gc, logging, sys

class Watch(logging.Handler):
    def emit(self, record):
        text = record.getMessage()
        if "first frame painted" in text:
            print("PAINTED", gc.isenabled(), " ".join(sorted(sys.modules)), flush=True)
        elif "ready for visitors" in text:
            print("READY", gc.isenabled(), gc.get_freeze_count() > 0, " ".join(sorted(sys.modules)), flush=True)

for name in ("kiosk.ui.first_paint", "kiosk.ui.app"):
    logging.getLogger(name).addHandler(Watch())
    logging.getLogger(name).setLevel(logging.INFO)
from kiosk.cli import main
sys.exit(main(["run", "--windowed", "--size", "1280x720", "--exit-after-first-paint"]))
"""


def test_kiosk_run_paints_its_first_frame_before_loading_the_other_screens(tmp_path: Path):
    """The real `kiosk run`, as a station runs it (packaging/linux/vizium-kiosk.service: its
    configuration file named, its folders the platform's): what is loaded when its first frame is
    painted, and when it is ready."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("VIZIUM_")}
    env.update(QT_QPA_PLATFORM="offscreen", VIZIUM_CONFIG=str(tmp_path / "kiosk.toml"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    (tmp_path / "kiosk.toml").write_text("# the defaults\n", encoding="utf-8")
    lines: dict[str, list[str]] = {}
    for _ in range(2):  # the second start is a usual one: the exhibit list is cached by then
        done = subprocess.run([sys.executable, "-c", RUN_TO_READY], env=env, capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr[-3000:]
        lines = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines() if line[:1].isupper()}
    assert "PAINTED" in lines and "READY" in lines, lines.keys()
    gc_on_at_paint, *at_paint = lines["PAINTED"]
    gc_on_when_ready, frozen, *when_ready = lines["READY"]
    assert "kiosk.ui.attract" in at_paint
    assert sorted(NOT_AT_FIRST_PAINT & set(at_paint)) == []
    # Ready: the screens one touch away are made and the staff parts plugged in.
    assert {"kiosk.ui.home", "kiosk.ui.host", "kiosk.ui.programmes", "kiosk.ui.sync_status"} <= set(when_ready)
    assert {"kiosk.store", "kiosk.journal", "kiosk.registry"} <= set(when_ready)
    assert (tmp_path / "data" / "vizium-kiosk" / "kiosk.db").exists()
    # The garbage collector was paused for the start, and runs again once the frame is on screen.
    assert (gc_on_at_paint, gc_on_when_ready, frozen) == ("False", "True", "True")
