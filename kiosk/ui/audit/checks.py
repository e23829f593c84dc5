"""What the audit looks for in one rendered screen: texts that do not fit, widgets that overlap
or leave the window, touch targets that are too small, text too faint on its background.

The checks read the live widget tree (geometry, fonts, texts) and the rendered picture (for
contrast); they know nothing about particular screens.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from kiosk.exhibit.kit import TouchButton
from kiosk.exhibit.theme import ICON_CONTRAST, TEXT_CONTRAST, contrast_ratio, current_theme
from kiosk.ui.home_tiles import ExhibitTile, TileLayout
from kiosk.ui.widgets import Overlay

#: Smallest touch target (WCAG 2.5.5 asks for about 9 mm; children and gloves need more).
MIN_TOUCH_MM = 15.0
#: Pixels two boxes may share before it counts as an overlap (anti-aliased rounded edges).
OVERLAP_TOLERANCE_PX = 3
#: Texts that are the same in every language: the brand, numbers with units, proper names.
#: Language names are written in their own language on every screen.
SAME_IN_EVERY_LANGUAGE = {"VIZIUM", "OK", "LV", "EN", "RU", "PIN", "QR", "RT-32", "CSV", "PDF", "XLSX", "AR", "AI",
                          "3D", "ID", "USB", "kWh", "km/h", "m/s", "Wi-Fi", "LED", "Latviešu", "English", "Русский",
                          "Formula", "Temp."}  # the same words in Latvian
_NO_WORDS = re.compile(r"^[\W\d_]*(?:[\d.,:/%+−–×·\-]*\s*(?:[a-zA-Z]{1,3}|°C|°|Hz|kHz|MHz|GHz|dB)?)?[\W\d_]*$")


@dataclass(frozen=True)
class Finding:
    """One problem on one screen: what kind, which widget, and what is wrong, for a person."""

    kind: str  # clipped, overlap, outside, untranslated, small-target, contrast
    widget: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.widget}: {self.detail}"


# -- the widget tree ---------------------------------------------------------------------------


def widget_path(widget: QWidget, root: QWidget) -> str:
    """A readable, stable name for a widget: object names, or class and index, from the root down."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and current is not root:
        name = current.objectName()
        if not name or name.startswith("qt_"):
            parent = current.parentWidget()
            siblings = [w for w in parent.findChildren(type(current)) if w.parentWidget() is parent] if parent else []
            index = siblings.index(current) if current in siblings else 0
            name = f"{type(current).__name__}[{index}]"
        parts.append(name)
        current = current.parentWidget()
    return "/".join(reversed(parts))


def _paints_itself(widget: QWidget) -> bool:
    return type(widget).paintEvent is not QWidget.paintEvent  # a Python class that draws


def elides_on_purpose(widget: QWidget) -> bool:
    """Widgets that shorten their text with an ellipsis by design say so (property or attribute)."""
    return bool(widget.property("elides")) or bool(getattr(type(widget), "elides", False))


def _visible_children(widget: QWidget) -> list[QWidget]:
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    return [child for child in widget.findChildren(QWidget, options=direct) if child.isVisible()]


def _is_layer(widget: QWidget) -> bool:
    """An overlay: a card over the screen, a see-through effect (a celebration) over it, or a
    widget floating over its laid-out siblings (a prompt, a "more below" button)."""
    parent = widget.parentWidget()
    if isinstance(widget, Overlay):
        return True
    if parent is None:
        return False
    if widget.geometry() == parent.rect() and widget.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents):
        return True
    layout = parent.layout()
    return layout is not None and not _holds(layout, widget) and not isinstance(parent, QScrollArea)


def _holds(layout: QLayout, widget: QWidget) -> bool:
    """Whether the layout or one of its nested layouts places the widget."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        nested = item.layout()
        if item.widget() is widget or (nested is not None and _holds(nested, widget)):
            return True
    return False


@dataclass
class Leaf:
    """A visible widget a person sees as one thing, with its place in the window."""

    widget: QWidget
    path: str
    rect: QRect  # in the coordinates of its frame (the window, or a scroll area's content)
    frame: QWidget  # the window, or the content widget of the scroll area that holds it
    layer: QWidget  # the window, or the overlay / full-window screen it belongs to


def leaves(root: QWidget, panels: list[Leaf] | None = None) -> list[Leaf]:
    """The visible leaf widgets under ``root`` (the top layer the visitor sees); the panels that
    paint a background under their children (cards) go into ``panels`` when it is given."""
    found: list[Leaf] = []

    def walk(widget: QWidget, frame: QWidget, layer: QWidget) -> None:
        if widget is not root and _is_layer(widget):
            layer = widget
        content = widget.widget() if isinstance(widget, QScrollArea) else None
        if content is not None:
            if content.isVisible():
                walk(content, content, layer)
            return
        if isinstance(widget, QAbstractScrollArea) and widget is not root:  # lists, plots: one thing
            found.append(_leaf(widget, frame, layer, root))
            return
        children = _visible_children(widget)
        if widget is not root and not children:
            if isinstance(widget, QLabel | QAbstractButton | QLineEdit) or _paints_itself(widget):
                if isinstance(widget, QLabel) and not widget.text().strip() and widget.pixmap().isNull():
                    return  # an empty label shows nothing
                found.append(_leaf(widget, frame, layer, root))
            return
        if panels is not None and widget is not root and layer is not widget and _paints_itself(widget):
            panels.append(_leaf(widget, frame, layer, root))
        for child in children:
            walk(child, frame, layer)

    walk(root, root, root)
    return found


def _leaf(widget: QWidget, frame: QWidget, layer: QWidget, root: QWidget) -> Leaf:
    return Leaf(widget, widget_path(widget, root), box_in(widget, frame), frame, layer)


def box_in(widget: QWidget, ancestor: QWidget) -> QRect:
    """The widget's rectangle in an ancestor's coordinates."""
    top_left = widget.mapTo(ancestor, QPoint(0, 0))
    return QRect(top_left.x(), top_left.y(), widget.width(), widget.height())


def top_layer(window: QWidget) -> QWidget:
    """What a person sees and touches on top: the overlay or full-window staff screen under the
    middle of the window, else the window itself (its current screen)."""
    widget = window.childAt(window.rect().center())
    found: QWidget = window
    while widget is not None and widget is not window:
        parent = widget.parentWidget()
        if isinstance(widget, Overlay) or (parent is window and widget.geometry() == window.rect()
                                          and widget is not getattr(window, "stack", None)
                                          and not _in_stack(window, widget)):
            found = widget
        widget = parent
    return found


def _in_stack(window: QWidget, widget: QWidget) -> bool:
    stack = getattr(window, "stack", None)
    return stack is not None and stack.indexOf(widget) >= 0


# -- the checks --------------------------------------------------------------------------------


def check_texts(items: list[Leaf]) -> Iterator[Finding]:
    """Texts that do not fit their box: cut at the bottom or side, or shortened with an ellipsis."""
    for leaf in items:
        widget = leaf.widget
        if elides_on_purpose(widget):
            continue
        if isinstance(widget, QLabel):
            yield from _label_fit(leaf, widget)
        elif isinstance(widget, TouchButton):
            yield from _button_fit(leaf, widget)
        elif isinstance(widget, ExhibitTile):
            yield from _tile_fit(leaf, widget)
        elif callable(audit := getattr(widget, "audit_text_problems", None)):  # a widget that paints its texts
            for problem in audit():
                yield Finding("clipped", leaf.path, problem)
        if not isinstance(widget, QLabel | QAbstractScrollArea | TouchButton | ExhibitTile):  # those: checked above
            yield from _squeezed(leaf, widget)


def _label_fit(leaf: Leaf, label: QLabel) -> Iterator[Finding]:
    text = label.text()
    if not text.strip() or not label.pixmap().isNull():
        return
    box = label.contentsRect()
    metrics = QFontMetrics(label.font())
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            yield Finding("clipped", leaf.path, f"needs {needed} px of height, has {label.height()}: {_short(text)}")
        longest = max((metrics.horizontalAdvance(word) for word in _plain(text).split()), default=0)
        if longest > box.width() + 1:
            yield Finding("clipped", leaf.path,
                          f"a word is {longest} px wide in a {box.width()} px box: {_short(text)}")
    else:
        lines = _plain(text).splitlines() or [""]
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = metrics.height() * len(lines)
        if width > box.width() + 1 or height > box.height() + 1:
            yield Finding("clipped", leaf.path,
                          f"needs {width}x{height} px, has {box.width()}x{box.height()}: {_short(text)}")
    if "…" in text and "…" not in _source_text(label):
        yield Finding("clipped", leaf.path, f"shortened with an ellipsis: {_short(text)}")


def _source_text(label: QLabel) -> str:
    full = getattr(label, "_full", None)
    return full if isinstance(full, str) else label.text()


def _button_fit(leaf: Leaf, button: TouchButton) -> Iterator[Finding]:
    text = button.text()
    if not text:
        return
    box = button.text_rect()  # judged where the button paints its text, in the font it paints it in
    metrics = QFontMetrics(button.text_font())
    if metrics.horizontalAdvance(text) > box.width() + 1 or metrics.height() > button.height() - 4:
        needed = metrics.horizontalAdvance(text)
        yield Finding("clipped", leaf.path, f"needs {needed} px, has {int(box.width())} even in smaller type: {text}")


def _squeezed(leaf: Leaf, widget: QWidget) -> Iterator[Finding]:
    """A widget given less than its minimum size draws past its edge, where it is cut off (a
    meter under the next card, a button's label)."""
    minimum = widget.minimumSize() if not widget.minimumSize().isEmpty() else widget.minimumSizeHint()
    if not minimum.isValid():
        return
    if widget.height() + 1 < minimum.height() or widget.width() + 1 < minimum.width():
        yield Finding("clipped", leaf.path, f"squeezed to {widget.width()}x{widget.height()} px, needs at least "
                      f"{minimum.width()}x{minimum.height()}")


def _tile_fit(leaf: Leaf, tile: ExhibitTile) -> Iterator[Finding]:
    texts = tile.texts()
    layout = TileLayout.measure(texts, tile.width(), current_theme())
    if layout.height > tile.height() + 1:
        yield Finding("clipped", leaf.path, f"needs {layout.height} px of height, has {tile.height()}: {texts.title}")
    metrics = QFontMetrics(layout.chip_font)
    for rect, text in layout.chips:
        if metrics.horizontalAdvance(text) > rect.width():
            yield Finding("clipped", leaf.path, f"chip wider than the tile: {text}")


def check_overlaps(items: list[Leaf]) -> Iterator[Finding]:
    """Leaf widgets of the same frame and layer that cover each other."""
    for index, first in enumerate(items):
        for second in items[index + 1:]:
            if first.frame is not second.frame or first.layer is not second.layer:
                continue
            if first.widget.isAncestorOf(second.widget) or second.widget.isAncestorOf(first.widget):
                continue
            shared = first.rect.intersected(second.rect)
            if shared.width() > OVERLAP_TOLERANCE_PX and shared.height() > OVERLAP_TOLERANCE_PX:
                yield Finding("overlap", first.path,
                              f"covers {second.path} by {shared.width()}x{shared.height()} px")


def check_outside(items: list[Leaf]) -> Iterator[Finding]:
    """Leaf widgets reaching out of the window (or of their scroll area's content)."""
    for leaf in items:
        bounds = QRect(0, 0, leaf.frame.width(), leaf.frame.height())
        if not bounds.contains(leaf.rect) and leaf.rect.width() > 0 and leaf.rect.height() > 0:
            visible = leaf.rect.intersected(bounds)
            share = visible.width() * visible.height() / max(1, leaf.rect.width() * leaf.rect.height())
            yield Finding("outside", leaf.path,
                          f"at {_rect(leaf.rect)}, {share:.0%} of it inside {_rect(bounds)}")


def mm_per_pixel(size: tuple[int, int], diagonal_in: float) -> float:
    """Millimetres per pixel of a screen of this many pixels and this diagonal."""
    return diagonal_in * 25.4 / math.hypot(*size)


def check_targets(items: list[Leaf], mm_per_px: float) -> Iterator[Finding]:
    """Enabled buttons and tiles smaller than MIN_TOUCH_MM on the station's screen."""
    for leaf in items:
        widget = leaf.widget
        if not isinstance(widget, QAbstractButton) or not widget.isEnabled():
            continue
        side_mm = min(leaf.rect.width(), leaf.rect.height()) * mm_per_px
        if side_mm < MIN_TOUCH_MM:
            yield Finding("small-target", leaf.path,
                          f"{leaf.rect.width()}x{leaf.rect.height()} px is {side_mm:.1f} mm, under {MIN_TOUCH_MM:g} mm")


def visible_texts(items: list[Leaf]) -> dict[str, str]:
    """path -> the text a person reads there (labels, buttons, tiles)."""
    texts: dict[str, str] = {}
    for leaf in items:
        widget = leaf.widget
        if widget.property("same_in_every_language"):
            continue  # declared so, with the reason in the property (a technician's report)
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            text = _source_text(widget) if isinstance(widget, QLabel) else widget.text()
            if text.strip():
                texts[leaf.path] = text.strip()
        elif isinstance(widget, ExhibitTile):
            shown = widget.texts()
            texts[leaf.path + ":title"] = shown.title
            texts[leaf.path + ":summary"] = shown.summary
            for index, chip in enumerate(shown.chips):
                texts[f"{leaf.path}:chip{index}"] = chip
    return texts


def needs_translation(text: str) -> bool:
    """False for texts the same in every language: numbers, units, names in the allow list."""
    plain = _plain(text).strip()
    if plain.startswith(("/", "~")) or re.fullmatch(r"[\w.-]+[/\\][\w./\\-]*", plain):
        return False  # a folder or file name
    if not plain or plain in SAME_IN_EVERY_LANGUAGE or _NO_WORDS.match(plain):
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", plain) if w not in SAME_IN_EVERY_LANGUAGE]
    return any(len(word) > 2 for word in words)


def check_glyphs(items: list[Leaf]) -> Iterator[Finding]:
    """Characters the widget's font cannot draw: they show as empty boxes on a station that has
    only the kiosk's font (DejaVu Sans)."""
    for leaf in items:
        widget = leaf.widget
        if not isinstance(widget, QLabel | QAbstractButton):
            continue
        text = _source_text(widget) if isinstance(widget, QLabel) else widget.text()
        metrics = QFontMetrics(widget.font() if isinstance(widget, QLabel) else current_theme().font(26))
        missing = sorted({c for c in text if not c.isspace() and ord(c) > 0x7F and not metrics.inFontUcs4(ord(c))})
        if missing:
            codes = ", ".join(f"{c} U+{ord(c):04X}" for c in missing)
            yield Finding("glyph", leaf.path, f"the font has no {codes}: {_short(text)}")


def check_translated(texts: dict[str, str], english: dict[str, str], language: str) -> Iterator[Finding]:
    """Texts still in English on a Latvian or Russian screen."""
    def numbers_aside(text: str | None) -> str | None:  # free space and times change between pictures
        return re.sub(r"\d+", "#", text) if text is not None else None

    for path, text in texts.items():
        if numbers_aside(english.get(path)) == numbers_aside(text) and needs_translation(text):
            yield Finding("untranslated", path, f"the same in {language} as in en: {_short(text)}")


def check_contrast(items: list[Leaf], picture: QImage, window: QWidget) -> Iterator[Finding]:
    """Text on its background under 4.5:1, measured in the rendered picture: the box's most
    common colour is the background, the most contrasting colour drawn in quantity the text."""
    pixels = _as_array(picture)
    see_through = [leaf.layer for leaf in items  # a celebration over it all
                   if leaf.layer.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)]
    for leaf in items:
        widget = leaf.widget
        if see_through and leaf.layer is not see_through[-1]:
            continue  # dimmed for a moment on purpose; judged on the screen without it
        if not isinstance(widget, QLabel | TouchButton) or not widget.isEnabled():
            continue
        if isinstance(widget, QLabel) and (not widget.text().strip() or not widget.pixmap().isNull()):
            continue
        if isinstance(widget, TouchButton) and not widget.text():
            continue
        box = box_in(widget, window).intersected(QRect(0, 0, window.width(), window.height()))
        if isinstance(widget, TouchButton):  # inside the rounded ends
            box = box.adjusted(box.height() // 2, box.height() // 6, -box.height() // 2, -box.height() // 6)
        if box.width() < 4 or box.height() < 4:
            continue
        region = pixels[box.top():box.bottom() + 1, box.left():box.right() + 1].reshape(-1)
        ratio = _text_contrast(region)
        # Symbols without a letter or digit (☆☆☆, ▶) are icons: 3:1 is enough for them.
        symbols_only = not re.search(r"[^\W_]", widget.text())
        minimum = ICON_CONTRAST if symbols_only else TEXT_CONTRAST
        if ratio is not None and ratio < minimum:
            yield Finding("contrast", leaf.path, f"{'symbol' if symbols_only else 'text'} at {ratio:.2f}:1, "
                          f"under {minimum}:1: {_short(widget.text())}")


def _as_array(picture: QImage) -> np.ndarray:
    image = picture.convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    buffer = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.bytesPerLine() * height // 4)
    return buffer.reshape(height, image.bytesPerLine() // 4)[:, :width] & 0xFFFFFF


def _text_contrast(region: np.ndarray) -> float | None:
    colours, counts = np.unique(region, return_counts=True)
    if len(colours) < 2:
        return None
    order = np.argsort(counts)[::-1]
    background = _hex(int(colours[order[0]]))
    enough = max(6, int(region.size * 0.004))  # solid stroke pixels of the text, not anti-aliasing
    candidates = [_hex(int(colours[i])) for i in order[1:] if counts[i] >= enough]
    if not candidates:
        return None
    return max(contrast_ratio(colour, background) for colour in candidates)


def _hex(rgb: int) -> str:
    return f"#{rgb:06X}"


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text) if "<" in text and ">" in text else text


def _short(text: str, limit: int = 70) -> str:
    flat = " ".join(_plain(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _rect(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()} {rect.width()}x{rect.height()}"
