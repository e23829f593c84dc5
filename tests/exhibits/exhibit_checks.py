"""Helpers the exhibit widget tests share: frames without a real clock, and the layout checks.

Imported by name (``from exhibit_checks import ...``), as tests/stats imports stats_helpers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.exhibit import TouchButton

#: One frame of the host's 60 Hz frame timer.
FRAME_S = 1 / 60


def run_frames(widget, seconds: float, until: Callable[[], bool] = lambda: False) -> None:
    """Advance the exhibit frame by frame for ``seconds``, as the host's frame timer would, or until
    ``until()`` becomes true."""
    for _ in range(round(seconds / FRAME_S)):
        widget.advance(FRAME_S)
        if until():
            return


def assert_every_text_changes(qtbot, context, texts: Callable[[], tuple[str, ...]],
                              languages: tuple[str, ...] = ("ru", "en")) -> None:
    """Switching to each of ``languages`` in turn changes every one of ``texts()`` from what it was
    at the start (the exhibit opened in another language)."""
    from kiosk.exhibit.translator import TranslationSet

    first = texts()
    translations = TranslationSet()
    for language in languages:
        translations.switch(language)
        context.set_language(language)
        qtbot.waitUntil(lambda: texts() != first, timeout=2000)
        assert all(a != b for a, b in zip(first, texts(), strict=True)), texts()


def rect_in(child: QWidget, host: QWidget) -> QRect:
    """``child``'s rectangle in ``host``'s coordinates."""
    return QRect(child.mapTo(host, QPoint(0, 0)), QSize(child.width(), child.height()))


def visible_leaves(root: QWidget) -> list[QWidget]:
    """The visible widgets below ``root`` that hold no widgets of their own (what a visitor reads)."""
    return [child for child in root.findChildren(QWidget)
            if child.isVisibleTo(root) and not child.findChildren(QWidget) and child.width() > 0]


def assert_side_panel_fits(widget: QWidget, size: tuple[int, int]) -> None:
    """The exhibit fills ``size``; its ``panel`` and ``stage`` are on screen and apart; every visible
    leaf of the panel is on screen, at least as tall as it needs, and overlaps no other."""
    image = widget.grab()
    assert (image.width(), image.height()) == size
    screen = QRect(0, 0, *size)
    panel = widget.panel.geometry()
    assert screen.contains(panel) and screen.contains(widget.stage.geometry())
    assert not panel.intersects(widget.stage.geometry())
    leaves = visible_leaves(widget.panel)
    rects = [rect_in(leaf, widget) for leaf in leaves]
    for index, rect in enumerate(rects):
        leaf = leaves[index]
        name = leaf.objectName() or type(leaf).__name__
        assert screen.contains(rect), name
        want = leaf.heightForWidth(leaf.width()) if leaf.hasHeightForWidth() else leaf.minimumSizeHint().height()
        assert leaf.height() >= want - 1, (name, leaf.height(), want)
        for other in rects[index + 1:]:
            assert not rect.intersects(other)


def assert_button_texts_fit(widget: QWidget) -> None:
    """Every touch button's text fits where the button paints it, in the font it paints it in
    (the kit shrinks it down to 0.7 of its size first)."""
    for button in widget.findChildren(TouchButton):
        if not button.isVisible():
            continue
        advance = QFontMetrics(button.text_font()).horizontalAdvance(button.text())
        assert advance <= button.text_rect().width() + 1, button.text()


def fit_findings(widget: QWidget) -> list[str]:
    """What the screen audit finds in the exhibit: texts that do not fit their box, widgets given
    less than their minimum, visible widgets that overlap."""
    from kiosk.ui.audit.checks import check_overlaps, check_texts, leaves

    items = leaves(widget)
    return [str(finding) for finding in (*check_texts(items), *check_overlaps(items))]


#: The exhibit's area under the kiosk's top bar on a 1920x1080 station screen, and on 1080x1920.
STATION_AREAS = {"landscape": (1880, 964), "portrait": (1040, 1740)}


def show_on_station(widget: QWidget, size: tuple[int, int], *, large_text: bool = False) -> None:
    """Show the open exhibit as on a full HD station (scale 1), with large text if asked (as the
    visitor's accessibility button sets it), laid out at ``size``: its area on that screen."""
    from kiosk.exhibit.theme import Theme, hub

    hub.set(Theme.create(large_text=large_text, scale=1.0))
    # Twice: a window cannot be made smaller than its layout's minimum, and that minimum drops
    # once the exhibit has turned its layout to the new shape (a wide layout is wider than 1040).
    for _ in range(2):
        widget.resize(*size)
        settle()
    assert (widget.width(), widget.height()) == size


def show_large_text(widget: QWidget, size: tuple[int, int]) -> None:
    """show_on_station with large text."""
    show_on_station(widget, size, large_text=True)


def settle() -> None:
    """Every posted event handled (font and style changes, layout requests), however busy the
    machine: a fixed short wait can leave some unhandled on a loaded CI machine."""
    for _ in range(5):
        QApplication.sendPostedEvents(None, 0)
        QApplication.processEvents()
