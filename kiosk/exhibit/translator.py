"""The Qt translator: loading the compiled catalogues into Qt and switching language at run time.

Switching removes the old translators and installs the new ones; Qt then sends a
LanguageChange event to every widget, and each re-translates itself (STYLE.md habit 4).
The catalogues themselves are built and checked by kiosk.i18n (Qt-free tooling). This module
sits in kiosk.exhibit, not kiosk.ui, because an exhibit's widgets format numbers with
``locale_for`` and ``kiosk.exhibit.standalone`` runs one exhibit without the shell.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from kiosk import i18n

log = logging.getLogger(__name__)

QT_LOCALES = {"lv": "lv_LV", "en": "en_GB", "ru": "ru_RU"}

#: Every translator any TranslationSet installed, so they can all be taken out again.
_installed_anywhere: list[QTranslator] = []


def reset_translations() -> None:
    """Back to the source language (English): remove every translator the kiosk installed."""
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed_anywhere:
            app.removeTranslator(translator)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    _installed_anywhere.clear()


def locale_for(language: str) -> QLocale:
    return QLocale(QT_LOCALES.get(language, language))


class TranslationSet:
    """The translators installed for the current language: the kiosk's, each exhibit's and Qt's."""

    def __init__(self, extra_folders: list[tuple[str, Path]] | None = None) -> None:
        self._installed: list[QTranslator] = []
        self._side_translators: dict[str, QTranslator] = {}
        self.language = ""
        self._catalogues = [(c.name, c.folder) for c in i18n.catalogues()]
        for name, folder in extra_folders or []:
            if (name, folder) not in self._catalogues:
                self._catalogues.append((name, folder))

    def add_catalogue(self, name: str, folder: Path) -> None:
        if (name, folder) not in self._catalogues:
            self._catalogues.append((name, folder))
            if self.language:
                self.switch(self.language, force=True)

    def switch(self, language: str, *, force: bool = False) -> None:
        if language == self.language and not force:
            return
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before loading translations")
        for translator in self._installed:
            app.removeTranslator(translator)
            if translator in _installed_anywhere:
                _installed_anywhere.remove(translator)
        self._installed = []
        QLocale.setDefault(locale_for(language))
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{language}", Path(qt_folder))]
        candidates += [(f"{name}_{language}", folder) for name, folder in self._catalogues]
        for base, folder in candidates:
            # Owned by Python, not parented to the app: a replaced translator is freed at the next
            # switch (each idle reset switches; parented ones piled up, ~20 per switch, all day).
            translator = QTranslator()
            if translator.load(base, str(folder)):
                app.installTranslator(translator)
                self._installed.append(translator)
                _installed_anywhere.append(translator)
            elif not base.startswith("qtbase_") and language != "en":
                log.warning("no compiled translation %s in %s; run make (or python -m kiosk.i18n build)", base, folder)
        self.language = language
        # Deliver the LanguageChange events now, so every screen is re-translated at once.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def translate_in(self, language: str, context: str, source: str) -> str:
        """A shell string in a given language regardless of the current one (attract loop)."""
        translator = self._side_translators.get(language)
        if translator is None:
            translator = QTranslator()
            translator.load(f"vizium_{language}", str(i18n.catalogues()[0].folder))
            self._side_translators[language] = translator
        return translator.translate(context, source) or source
