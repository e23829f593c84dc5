"""Switching language all day (every idle reset does) must not pile up translators.

Run in a process of its own: each switch tells every live widget, and a test worker keeps the
widgets of hundreds of earlier tests (the switches took two minutes there, a second here)."""

from __future__ import annotations

import os
import subprocess
import sys

SWITCH_ALL_DAY = """
import gc, sys
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from kiosk.exhibit.translator import TranslationSet

def live_translators():
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, QTranslator))

app = QApplication(sys.argv[:1])
translations = TranslationSet()
translations.switch("lv")
one_set = live_translators()
for language in ("ru", "en", "lv") * int(sys.argv[1]):
    translations.switch(language)
print(one_set, live_translators(), len(translations._installed),
      app.translate("HomeScreen", "Explore science!") != "")
"""


def test_a_day_of_language_switches_keeps_one_set_of_translators():
    done = subprocess.run([sys.executable, "-c", SWITCH_ALL_DAY, "300"], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr[-3000:]
    one_set, after_a_day, installed, translating = done.stdout.split()
    assert int(after_a_day) <= int(one_set) + 2 * int(installed)
    assert translating == "True"  # still translating
