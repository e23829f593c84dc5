"""Touch-friendly building blocks for exhibits: big buttons, sliders, choices, cards, meters.

They follow the current theme (colours, high contrast, large text, screen scale), are at least
15 mm tall on a station screen, and respond to touch, mouse and pen alike.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.exhibit.kit_picture import KeptPicture, card_corners, corner_template_span
from kiosk.exhibit.theme import current_theme

# The mixin is always combined with a QWidget: type-checkers see that base, Python sees object
# (a second QWidget base at run time would break the widget's layout in memory).
if TYPE_CHECKING:
    _WidgetBase = QWidget
else:
    _WidgetBase = object

#: Qt's "no limit" for a widget's maximum width or height.
QWIDGETSIZE_MAX = 16_777_215

#: Minimum touch target, design pixels (about 15 mm on a 24-inch 1080p screen).
TOUCH_TARGET_PX = 72


#: Fonts already fitted, by (text, font, width, smallest): the fitting loop measures the text at
#: every size it tries, too slow to run on every paint. Cleared whole when it grows past the limit.
_FITTED_FONTS: dict[tuple[str, str, float, float], QFont] = {}
_FITTED_FONTS_LIMIT = 2048


def fitted_font(text: str, font: QFont, width: float, smallest: float = 0.7) -> QFont:
    """The font, made smaller (down to `smallest` of its size) until the text fits the width."""
    key = (text, font.key(), round(width, 2), smallest)
    known = _FITTED_FONTS.get(key)
    if known is None:
        known = QFont(font)
        size = font.pixelSize()
        while size > font.pixelSize() * smallest and QFontMetrics(known).horizontalAdvance(text) > width:
            size -= 1
            known.setPixelSize(size)
        if len(_FITTED_FONTS) >= _FITTED_FONTS_LIMIT:
            _FITTED_FONTS.clear()
        _FITTED_FONTS[key] = known
    return QFont(known)  # the caller's own copy: changing it must not change the memory


class ThemedMixin(_WidgetBase):
    """Makes a widget follow the kiosk: on LanguageChange it calls ``retranslate()``, on
    StyleChange (sent by the theme hub for high contrast, large text, scale) ``apply_theme()``.

    Put it first among the bases (``class Panel(ThemedMixin, QWidget)``) and override the two
    methods; the widget then needs no changeEvent of its own for either (STYLE.md habit 4).
    """

    _applying_theme = False

    def changeEvent(self, event: QEvent) -> None:
        picture = getattr(self, "_picture", None)
        if isinstance(picture, KeptPicture):
            picture.forget()  # fonts, palette, style, language: paint afresh, whatever changed
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        # Re-entrancy guard: applying a theme may itself cause a StyleChange.
        elif event.type() == QEvent.Type.StyleChange and not self._applying_theme:
            self._applying_theme = True
            try:
                self.apply_theme()
            finally:
                self._applying_theme = False
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text with self.tr(); called again on each language change."""

    def apply_theme(self) -> None:
        """Follow a theme change (colours, high contrast, large text, scale)."""
        self.updateGeometry()
        self.update()


class TouchButton(ThemedMixin, QAbstractButton):
    """A large rounded button; `primary` ones use the accent colour."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        primary: bool = False,
        checkable: bool = False,
        colour: QColor | None = None,
    ) -> None:
        super().__init__(parent)
        self.setText(text)
        self.primary = primary
        self.colour = colour
        self.setCheckable(checkable)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self._picture = KeptPicture()

    def sizeHint(self) -> QSize:
        theme = current_theme()
        font = theme.font(26, QFont.Weight.DemiBold)
        width = QFontMetrics(font).horizontalAdvance(self.text()) + theme.px(64)
        return QSize(max(width, theme.px(TOUCH_TARGET_PX * 1.6)), theme.px(TOUCH_TARGET_PX))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _shape(self) -> QRectF:
        return QRectF(self.rect()).adjusted(2, 2, -2, -2)

    def text_rect(self) -> QRectF:
        """Where the text is painted: inside the rounded ends."""
        rect = self._shape()
        inset = rect.height() / 2 * 0.6
        return rect.adjusted(inset, 0, -inset, 0)

    def text_font(self) -> QFont:
        """The font the text is painted in: the theme's, made smaller until the text fits."""
        return fitted_font(self.text(), current_theme().font(26, QFont.Weight.DemiBold), self.text_rect().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        shows = (self.text(), self.isDown(), self.isChecked(), self.isEnabled(), self.primary,
                 None if self.colour is None else self.colour.rgba())
        self._picture.paint(self, shows, self.draw)

    def draw(self, painter: QPainter) -> None:
        """Paint the button as it is now (the kept picture is made with this)."""
        theme = current_theme()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._shape()
        radius = rect.height() / 2
        active = self.isDown() or self.isChecked()
        if self.primary or active:
            fill = self.colour or theme.color("accent")
            text = theme.color("accent_text")
        else:
            fill = theme.color("surface_raised")
            text = theme.color("text")
        if self.isDown():
            fill = fill.darker(130)
        if not self.isEnabled():
            fill.setAlpha(90)
            text.setAlpha(120)
        painter.setBrush(fill)
        painter.setPen(
            QPen(theme.color("outline"), theme.px(2))
            if theme.high_contrast or not (self.primary or active)
            else Qt.PenStyle.NoPen
        )
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(text)
        painter.setFont(self.text_font())
        painter.drawText(self.text_rect(), Qt.AlignmentFlag.AlignCenter, self.text())


class ValueSlider(ThemedMixin, QWidget):
    """A labelled slider with a big thumb; drag anywhere on the track. Emits valueChanged(float)."""

    valueChanged = Signal(float)
    released = Signal(float)

    def __init__(
        self, minimum: float, maximum: float, value: float, step: float = 0.0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if not minimum < maximum:
            raise ValueError("minimum must be below maximum")
        self.minimum, self.maximum, self.step = minimum, maximum, step
        self._value = self._snap(value)
        self.label = ""
        self.value_text = ""
        self._dragging = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._picture = KeptPicture()

    def sizeHint(self) -> QSize:
        theme = current_theme()
        return QSize(theme.px(360), theme.text_px(26) + theme.px(TOUCH_TARGET_PX) + theme.px(8))

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(200), self.sizeHint().height())

    def value(self) -> float:
        return self._value

    def setValue(self, value: float) -> None:
        value = self._snap(value)
        if value != self._value:
            self._value = value
            self.update()
            self.valueChanged.emit(value)

    def set_texts(self, label: str, value_text: str) -> None:
        """Label above the track and the formatted value at its right (already translated)."""
        self.label, self.value_text = label, value_text
        self.update()

    def _snap(self, value: float) -> float:
        value = min(self.maximum, max(self.minimum, value))
        if self.step:
            value = self.minimum + round((value - self.minimum) / self.step) * self.step
            value = min(self.maximum, max(self.minimum, value))
        return value

    def _track(self) -> QRectF:
        theme = current_theme()
        top = theme.text_px(26) + theme.px(8)
        radius = theme.px(TOUCH_TARGET_PX) / 2
        return QRectF(radius, top, self.width() - 2 * radius, theme.px(TOUCH_TARGET_PX))

    def _value_at(self, x: float) -> float:
        track = self._track()
        fraction = min(1.0, max(0.0, (x - track.left()) / max(1.0, track.width())))
        return self.minimum + fraction * (self.maximum - self.minimum)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._dragging = True
        self.setValue(self._value_at(event.position().x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            self.setValue(self._value_at(event.position().x()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            self._dragging = False
            self.released.emit(self._value)

    def paintEvent(self, event: QPaintEvent) -> None:
        shows = (self.label, self.value_text, self._value, self.minimum, self.maximum)
        self._picture.paint(self, shows, self.draw)

    def draw(self, painter: QPainter) -> None:
        """Paint the slider as it is now (the kept picture is made with this)."""
        theme = current_theme()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = theme.font(22, QFont.Weight.DemiBold)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        label_rect = QRectF(0, 0, self.width(), theme.text_px(26))
        value_width = metrics.horizontalAdvance(self.value_text) + theme.px(12)
        # The value always shows in full; a long label (Latvian, Russian, large text) is shortened.
        label = metrics.elidedText(self.label, Qt.TextElideMode.ElideRight, max(0, int(self.width() - value_width)))
        painter.setPen(theme.color("text"))
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        painter.setPen(theme.color("accent"))
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.value_text)
        track = self._track()
        groove_h = theme.px(12)
        groove = QRectF(track.left(), track.center().y() - groove_h / 2, track.width(), groove_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("surface_raised"))
        painter.drawRoundedRect(groove, groove_h / 2, groove_h / 2)
        fraction = (self._value - self.minimum) / (self.maximum - self.minimum)
        filled = QRectF(groove.left(), groove.top(), groove.width() * fraction, groove_h)
        painter.setBrush(theme.color("accent"))
        painter.drawRoundedRect(filled, groove_h / 2, groove_h / 2)
        radius = track.height() / 2 - theme.px(6)
        centre = QPointF(track.left() + track.width() * fraction, track.center().y())
        painter.setBrush(theme.color("text"))
        painter.setPen(QPen(theme.color("accent"), theme.px(5)))
        painter.drawEllipse(centre, radius, radius)


class SegmentedChoice(ThemedMixin, QWidget):
    """A row of large exclusive buttons; emits chosen(key). Texts are set with set_texts()."""

    chosen = Signal(str)

    def __init__(self, keys: list[str], parent: QWidget | None = None, current: str | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, TouchButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(current_theme().px(10))
        for key in keys:
            button = TouchButton(key, checkable=True)
            button.setObjectName(f"choice:{key}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._group.addButton(button)
            self._buttons[key] = button
            layout.addWidget(button)
            button.clicked.connect(lambda _=False, k=key: self._on_click(k))
        self._current = current or keys[0]
        self._buttons[self._current].setChecked(True)

    def _on_click(self, key: str) -> None:
        if key != self._current:
            self._current = key
            self.chosen.emit(key)

    def current(self) -> str:
        return self._current

    def set_current(self, key: str) -> None:
        self._buttons[key].setChecked(True)
        self._current = key

    def button(self, key: str) -> TouchButton:
        return self._buttons[key]

    def set_texts(self, texts: dict[str, str]) -> None:
        for key, text in texts.items():
            self._buttons[key].setText(text)
            self._buttons[key].updateGeometry()


class Card(ThemedMixin, QFrame):
    """A rounded panel on the surface colour, for controls and explanations."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)

    def paintEvent(self, event: QPaintEvent) -> None:
        # A card is large and repaints with its exhibit every frame. An antialiased fill of the
        # whole rounded shape, or a copy of a kept picture with see-through corners, costs far
        # more than what it needs: plain fills for the straight parts and the four corners
        # copied from one small picture (the same pixels, since the edges lie on whole pixels).
        theme = current_theme()
        radius = theme.px(24)
        ratio = self.devicePixelRatioF()
        box = self.rect().adjusted(1, 1, -1, -1)
        painter = QPainter(self)
        if theme.high_contrast or ratio != round(ratio) or min(box.width(), box.height()) < 2 * radius + 2:
            self.draw(painter)  # the outline, fractional screen scaling or a tiny card: as drawn
            return
        colour = theme.color("surface")
        corners = card_corners(radius, int(ratio), colour.rgba())
        left, top, width, height = box.x(), box.y(), box.width(), box.height()
        painter.fillRect(left + radius, top, width - 2 * radius, height, colour)
        painter.fillRect(left, top + radius, radius, height - 2 * radius, colour)
        painter.fillRect(left + width - radius, top + radius, radius, height - 2 * radius, colour)
        far = corner_template_span(radius) - radius  # where the far corners start in the picture
        for source_x, source_y, x, y in ((0, 0, left, top), (far, 0, left + width - radius, top),
                                         (0, far, left, top + height - radius),
                                         (far, far, left + width - radius, top + height - radius)):
            painter.drawPixmap(QRectF(x, y, radius, radius), corners,
                               QRectF(source_x * ratio, source_y * ratio, radius * ratio, radius * ratio))

    def draw(self, painter: QPainter) -> None:
        """Paint the card's background with antialiased shapes (the corners are taken from this)."""
        theme = current_theme()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        path = QPainterPath()
        path.addRoundedRect(rect, theme.px(24), theme.px(24))
        painter.fillPath(path, theme.color("surface"))
        if theme.high_contrast:
            painter.setPen(QPen(theme.color("outline"), theme.px(2)))
            painter.drawPath(path)


class ThemedLabel(ThemedMixin, QLabel):
    """A label with a design-pixel font size that follows the theme (large text, scale)."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        size: float = 24,
        bold: bool = False,
        muted: bool = False,
        accent: bool = False,
    ) -> None:
        super().__init__(text, parent)
        self.text_size, self.bold, self.muted, self.accent = size, bold, muted, accent
        self.setWordWrap(True)
        self.apply_theme()

    def apply_theme(self) -> None:
        theme = current_theme()
        self.setFont(theme.font(self.text_size, QFont.Weight.Bold if self.bold else QFont.Weight.Normal))
        role = "accent" if self.accent else "text_muted" if self.muted else "text"
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, theme.color(role))
        self.setPalette(palette)
        super().apply_theme()


def layout_of(widget: QWidget) -> QLayout:
    """The layout a widget was built with; an error that names the widget if it has none."""
    layout = widget.layout()
    if layout is None:
        raise LookupError(f"{type(widget).__name__} {widget.objectName()!r} has no layout")
    return layout


def fit_in_height(panel: QWidget, optional: Sequence[QWidget]) -> None:
    """Show the optional widgets, then hide them in the order given while the panel's layout
    cannot fit in the panel's height even with every widget at its minimum (large text on a
    small screen): the first ones are the extras a visitor misses least. Call it from the
    panel's resize."""
    layout = layout_of(panel)
    for widget in optional:
        widget.setVisible(True)
    for widget in optional:
        forget_layout_sizes(panel)
        if layout.totalMinimumHeightForWidth(panel.width()) <= panel.height():
            break
        widget.setVisible(False)


def forget_layout_sizes(panel: QWidget) -> None:
    """Make every layout in the panel measure afresh, before asking what it needs. Layouts keep
    the sizes of their last pass until the next pass of the event loop, and a widget shown or
    hidden while the panel is off screen (an exhibit behind its intro card) does not even tell
    them."""
    for widget in (*panel.findChildren(QWidget), panel):
        layout = widget.layout()
        if layout is not None:
            layout.invalidate()
            widget.updateGeometry()  # forgets the sizes its parent's layout holds for it


def fit_panel_now(panel: QWidget, optional: Sequence[QWidget], cards: Sequence[QWidget] = ()) -> None:
    """fit_in_height for a panel whose texts or sizes changed without a resize, laid out at once
    with the cards in it: not on the next pass of the event loop, as a frame (or a screenshot)
    in between would show a squeezed slider next to the gap of a hidden extra."""
    if panel.height() <= 0:
        return
    fit_in_height(panel, optional)
    layout_of(panel).activate()
    for card in cards:
        layout_of(card).invalidate()  # activate() does nothing to a layout it thinks is current
        layout_of(card).activate()


class _ExtrasWhenShort(QObject):
    def __init__(self, panel: QWidget, optional: Sequence[QWidget]) -> None:
        super().__init__(panel)
        self.panel, self.optional = panel, list(optional)
        panel.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.panel and event.type() == QEvent.Type.Resize:
            fit_in_height(self.panel, self.optional)
        return False


def hide_extras_when_short(panel: QWidget, optional: Sequence[QWidget]) -> None:
    """Apply fit_in_height to the panel every time it is resized."""
    _ExtrasWhenShort(panel, optional)


def place_panel(layout: QBoxLayout, panel: QWidget, host: QWidget, *, side_share: float,
                min_side_px: float, below_share: float | None) -> None:
    """A scene beside its control panel on a wide screen, above it on a tall one.

    ``layout`` holds the scene and then the panel, in ``host``. Beside: the panel takes
    ``side_share`` of the width (at least ``min_side_px`` design pixels). Below:
    ``below_share`` of the height, or the panel's own height with None. Call it from the host's
    resize and theme change (an ExhibitWidget declares the shares and the base calls it).
    """
    theme = current_theme()
    if host.width() >= host.height():
        layout.setDirection(QBoxLayout.Direction.LeftToRight)
        panel.setFixedWidth(max(theme.px(min_side_px), round(host.width() * side_share)))
        panel.setMinimumHeight(0)
        panel.setMaximumHeight(QWIDGETSIZE_MAX)
    else:
        layout.setDirection(QBoxLayout.Direction.TopToBottom)
        panel.setMinimumWidth(0)
        panel.setMaximumWidth(QWIDGETSIZE_MAX)
        if below_share is None:
            panel.setMinimumHeight(0)
            panel.setMaximumHeight(QWIDGETSIZE_MAX)
        else:
            # A fixed height, not a maximum: with wrapped texts inside, a box layout reserves the
            # panel's own preferred height and lets it overlap the scene above.
            panel.setFixedHeight(round(host.height() * below_share))


def lay_out_grid(grid: QGridLayout, cells: Sequence[tuple[QWidget, int, int, int, int]], *,
                 row_stretch: Sequence[int] = (), column_stretch: Sequence[int] = ()) -> None:
    """Put the widgets in the grid anew, each at (row, column, row span, column span), with
    these stretch factors (the rest 0): a screen's layout for one orientation."""
    for widget, *_ in cells:
        grid.removeWidget(widget)
    for index in range(grid.rowCount()):
        grid.setRowStretch(index, row_stretch[index] if index < len(row_stretch) else 0)
    for index in range(grid.columnCount()):
        grid.setColumnStretch(index, column_stretch[index] if index < len(column_stretch) else 0)
    for widget, row, column, rows, columns in cells:
        grid.addWidget(widget, row, column, rows, columns)
    for index, stretch in enumerate(row_stretch):
        grid.setRowStretch(index, stretch)
    for index, stretch in enumerate(column_stretch):
        grid.setColumnStretch(index, stretch)


def turn_boxes(portrait: bool, *, beside: Sequence[QBoxLayout] = (), across: Sequence[QBoxLayout] = ()) -> None:
    """Box layouts that turn with the screen: ``beside`` ones put their items side by side on a
    wide screen and stack them on a tall one; ``across`` ones the other way round."""
    row, column = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom
    for box in beside:
        box.setDirection(column if portrait else row)
    for box in across:
        box.setDirection(row if portrait else column)


def keep_width_share(panel: QWidget, host: QWidget, layout: QLayout, *, share: float, min_px: float) -> None:
    """A side panel as wide as ``share`` of the host (at least ``min_px`` design pixels), kept at
    every resize; the layout is placed again at once, as it already handled this resize."""
    width = max(current_theme().px(min_px), round(host.width() * share))
    if width != panel.width():
        panel.setFixedWidth(width)
        layout.activate()


def release_width(panel: QWidget) -> None:
    """Undo keep_width_share: the panel takes the width its layout gives it."""
    panel.setMinimumWidth(0)
    panel.setMaximumWidth(QWIDGETSIZE_MAX)


class GoalCard(Card):
    """The card of an exhibit's challenge: its title with the stars won at the right, the task,
    and a line of feedback below; ``column`` takes whatever else the exhibit shows in it.

    Sizes are design pixels and differ a little between exhibits (a long task is set smaller).
    """

    def __init__(self, parent: QWidget | None = None, *, title_size: float = 22, stars_size: float = 28,
                 task_size: float = 24, feedback_size: float = 22, feedback_muted: bool = True,
                 feedback_accent: bool = False) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = ThemedLabel(size=title_size, bold=True, accent=True)
        self.stars = ThemedLabel(size=stars_size, accent=True)
        self.stars.setWordWrap(False)
        self.stars.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.title, 1)
        header.addWidget(self.stars)
        self.column.addLayout(header)
        self.task = ThemedLabel(size=task_size, bold=True)
        self.feedback = ThemedLabel(size=feedback_size, muted=feedback_muted, accent=feedback_accent)
        self.column.addWidget(self.task)
        self.column.addWidget(self.feedback)


class ZoneMeter(ThemedMixin, QWidget):
    """A reading as a bar from 0 to ``maximum`` with a marked zone: a target to hit, or a line
    to get past. The zone is hatched as well as coloured, so it does not rely on colour.

    Above the bar: a title on the left and the value on the right (the value's font shrinks
    rather than overlap a long title). Below: captions at points of the scale. Texts arrive
    translated from the owner (``set_texts``).
    """

    def __init__(self, maximum: float, zone: tuple[float, float], *, needle: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if maximum <= 0:
            raise ValueError(f"a meter's maximum must be positive, got {maximum}")
        self.maximum = maximum
        self.zone = zone
        self.needle = needle  # a white needle at the reading (for a target zone inside the bar)
        self.value = 0.0
        self.title = ""
        self.value_text = ""
        self.captions: list[tuple[str, float]] = []  # (text, scale position)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._picture = KeptPicture()

    def sizeHint(self) -> QSize:
        theme = current_theme()
        captions = theme.text_px(20) + theme.px(12) if self.captions else 0
        return QSize(theme.px(400), theme.text_px(24) + theme.px(68) + captions)

    def minimumSizeHint(self) -> QSize:
        return QSize(current_theme().px(240), self.sizeHint().height())

    def set_reading(self, value: float, zone: tuple[float, float] | None = None) -> None:
        self.value = value
        if zone is not None:
            self.zone = zone
        self.update()

    def set_texts(self, title: str, value_text: str, captions: list[tuple[str, float]] | None = None) -> None:
        """Title, value and captions (text, position on the scale: 0 at the left end)."""
        captions = captions or []
        if bool(captions) != bool(self.captions):
            self.updateGeometry()  # the caption row comes or goes
        self.title, self.value_text, self.captions = title, value_text, captions
        self.update()

    @property
    def in_zone(self) -> bool:
        low, high = self.zone
        return low <= self.value <= high

    def paintEvent(self, event: QPaintEvent) -> None:
        shows = (self.value, tuple(self.zone), self.maximum, self.needle, self.title, self.value_text,
                 tuple(self.captions))
        self._picture.paint(self, shows, self.draw)

    def draw(self, painter: QPainter) -> None:
        """Paint the meter as it is now (the kept picture is made with this)."""
        theme = current_theme()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
        title_height = theme.text_px(24) + theme.px(8)
        painter.setFont(theme.font(22, QFont.Weight.DemiBold))
        painter.setPen(theme.color("text"))
        middle_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(0, 0, width, title_height), middle_left, self.title)
        title_width = painter.fontMetrics().horizontalAdvance(self.title) + theme.px(16)
        painter.setFont(fitted_font(self.value_text, theme.font(26, QFont.Weight.Bold), width - title_width, 0.68))
        painter.setPen(theme.color("accent"))
        painter.drawText(QRectF(0, 0, width, title_height), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         self.value_text)

        bar = QRectF(0, title_height + theme.px(4), width, theme.px(52))
        outline = QPainterPath()
        outline.addRoundedRect(bar, bar.height() / 2, bar.height() / 2)
        painter.fillPath(outline, theme.color("surface_raised"))

        def x_at(value: float) -> float:
            return bar.left() + bar.width() * min(1.0, max(0.0, value / self.maximum))

        painter.save()
        painter.setClipPath(outline)
        fill = theme.color("good") if self.in_zone and not self.needle else QColor(theme.series(0))
        painter.fillRect(QRectF(bar.left(), bar.top(), x_at(self.value) - bar.left(), bar.height()), fill)
        low, high = self.zone
        zone = QRectF(x_at(low), bar.top(), x_at(high) - x_at(low), bar.height())
        painter.fillRect(zone, QBrush(theme.color("accent"), Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(theme.color("accent"), theme.px(3)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(zone)
        painter.restore()
        painter.setPen(QPen(theme.color("outline"), theme.px(2)))
        painter.drawPath(outline)
        if self.needle:  # white with a dark edge: visible on any fill
            x = min(bar.right() - theme.px(4), max(bar.left() + theme.px(4), x_at(self.value)))
            for colour, pen_width in ((QColor("#0B1B34"), 8), (QColor("#FFFFFF"), 4)):
                painter.setPen(QPen(colour, theme.px(pen_width)))
                painter.drawLine(QPointF(x, bar.top() - theme.px(4)), QPointF(x, bar.bottom() + theme.px(4)))

        painter.setFont(theme.font(19, QFont.Weight.DemiBold))
        painter.setPen(theme.color("text_muted"))
        below = QRectF(0, bar.bottom() + theme.px(6), width, theme.text_px(20) + theme.px(8))
        for text, at in self.captions:
            text_width = painter.fontMetrics().horizontalAdvance(text) + theme.px(4)
            left = min(max(0.0, x_at(at) - text_width / 2), width - text_width)
            painter.drawText(QRectF(left, below.top(), text_width, below.height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)


def draw_arrow(painter: QPainter, start: QPointF, end: QPointF, head: float) -> None:
    """A straight arrow with a filled head, for forces, velocities and hints."""
    painter.drawLine(start, end)
    angle = math.atan2(end.y() - start.y(), end.x() - start.x())
    left = QPointF(end.x() - head * math.cos(angle - 0.45), end.y() - head * math.sin(angle - 0.45))
    right = QPointF(end.x() - head * math.cos(angle + 0.45), end.y() - head * math.sin(angle + 0.45))
    path = QPainterPath(end)
    path.lineTo(left)
    path.lineTo(right)
    path.closeSubpath()
    painter.fillPath(path, painter.pen().color())
