"""Switching language all day (every idle reset does) must not pile up translators."""

from __future__ import annotations

import gc

from PySide6.QtCore import QTranslator

from kiosk.exhibit.translator import TranslationSet


def live_translators() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, QTranslator))


def test_a_day_of_language_switches_keeps_one_set_of_translators(qapp):
    translations = TranslationSet()
    translations.switch("lv")
    one_set = live_translators()
    for language in ("ru", "en", "lv") * 30:
        translations.switch(language)
    assert live_translators() <= one_set + 2 * len(translations._installed)
    assert qapp.translate("HomeScreen", "Explore science!") != ""  # still translating
