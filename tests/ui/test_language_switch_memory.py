"""Switching language all day (every idle reset does) must not pile up translators."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QTranslator

from kiosk.exhibit.translator import TranslationSet
from tests.sizes import ci_size


def live_translators() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, QTranslator))


@pytest.mark.slow
def test_a_day_of_language_switches_keeps_one_set_of_translators(qapp):
    translations = TranslationSet()
    translations.switch("lv")
    one_set = live_translators()
    # Each switch tells every live widget (the test process keeps many): slow here, not in the kiosk.
    for language in ("ru", "en", "lv") * ci_size(30, 8):
        translations.switch(language)
    assert live_translators() <= one_set + 2 * len(translations._installed)
    assert qapp.translate("HomeScreen", "Explore science!") != ""  # still translating
