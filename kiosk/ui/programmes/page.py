"""What every page of the educator screen is, and the date and time texts they share.

Apart from kiosk.ui.programmes.screen, which builds the pages: a page sees its screen only as a
``PageHost``, so the pages and the screen that holds them import no circle.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QWidget

from kiosk.exhibit.kit import ThemedMixin
from kiosk.exhibit.translator import locale_for

if TYPE_CHECKING:
    from kiosk.ui.programmes.controller import ProgrammesController


def local_date_text(day: dt.date, language: str, *, heading: bool = False) -> str:
    """A long date in the language's own form, e.g. "otrdiena, 2025. gada 25. novembris".

    ``heading``: capitalised, to stand alone (weekdays are lower case mid-sentence in lv and ru).
    """
    locale = locale_for(language)
    text = locale.toString(QDate(day.year, day.month, day.day), locale.FormatType.LongFormat)
    return text[:1].upper() + text[1:] if heading else text


def local_time_text(moment: dt.datetime, zone: Any, language: str) -> str:
    local = moment.astimezone(zone)
    locale = locale_for(language)
    return locale.toString(QTime(local.hour, local.minute), locale.FormatType.ShortFormat)


class PageHost(Protocol):
    """What a page may ask of the educator screen that holds it."""

    controller: ProgrammesController
    pages: dict[str, Page]

    def show_tab(self, name: str) -> None: ...

    def prefill_registration(self, code: str, method: str) -> None: ...


class Page(ThemedMixin, QWidget):
    """One page of the educator screen."""

    def __init__(self, screen: PageHost) -> None:
        super().__init__()
        self.page_host = screen  # not self.screen: that is QWidget.screen()
        self.controller: ProgrammesController = screen.controller

    @property
    def language(self) -> str:
        return str(self.controller.window.language)

    def activate(self) -> None:
        """The page is shown: refresh what it displays."""
        self.refresh()

    def deactivate(self) -> None:
        """The page is left (or the screen closed)."""

    def refresh(self) -> None:
        """Reload from the database (in the background) and redraw."""

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
